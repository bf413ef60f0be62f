"""The "Town - Part" location convention (records.py): every reading and writing of a
location's town and part goes through these helpers, so their edge cases are pinned here."""

import pytest

from eventdesk.records import Place, is_city_part, join_parts, local_name_of, part_of, town_of


@pytest.mark.parametrize(("location", "town"), [
    ("Norhaven - Eastgate", "Norhaven"),
    ("Norhaven", "Norhaven"),                      # no part: the whole location
    ("Norhaven - ", "Norhaven"),                   # an empty part
    ("Norhaven - Eastgate - Mill Lane", "Norhaven"),  # several parts: the first name
    ("Ras el-Tal", "Ras el-Tal"),                  # a hyphen inside a name is no part
    (" Norhaven - Eastgate ", " Norhaven"),        # as written, spaces and all
    ("", ""),
    (None, ""),
])
def test_town_of(location, town):
    assert town_of(location) == town


@pytest.mark.parametrize(("location", "part"), [
    ("Norhaven - Eastgate", "Eastgate"),
    ("Norhaven", ""),
    ("Norhaven - ", ""),
    ("Norhaven - Eastgate - Mill Lane", "Eastgate - Mill Lane"),  # all inside the town
    ("Ras el-Tal", ""),
    (" Norhaven - Eastgate ", "Eastgate "),
    (None, ""),
])
def test_part_of(location, part):
    assert part_of(location) == part


@pytest.mark.parametrize(("location", "name"), [
    ("Norhaven - Eastgate", "Eastgate"),
    ("Norhaven", "Norhaven"),                      # no part: the town is the most local
    ("Norhaven - ", ""),
    ("Norhaven - Eastgate - Mill Lane", "Mill Lane"),  # the innermost
    ("Ras el-Tal", "Ras el-Tal"),
    (" Norhaven - Eastgate ", "Eastgate "),
    (None, ""),
])
def test_local_name_of(location, name):
    assert local_name_of(location) == name


@pytest.mark.parametrize(("town", "part", "location"), [
    ("Norhaven", "Eastgate", "Norhaven - Eastgate"),
    ("Norhaven", "", "Norhaven - "),
    ("Norhaven - Eastgate", "Mill Lane", "Norhaven - Eastgate - Mill Lane"),
])
def test_join_parts_is_read_back_by_town_of_and_part_of(town, part, location):
    assert join_parts(town, part) == location
    assert town_of(location) == town_of(town)
    assert local_name_of(location) == part


@pytest.mark.parametrize(("location", "expected"), [
    ("Norhaven - Eastgate", True),
    ("Norhaven - ", True),
    ("Norhaven", False),
    ("Ras el-Tal", False),
    ("Norhaven -Eastgate", False),                 # the separator is " - ", spaced
    (None, False),
])
def test_is_city_part(location, expected):
    assert is_city_part(Place(country="Utopia", location=location)) is expected
    assert not is_city_part(None)
