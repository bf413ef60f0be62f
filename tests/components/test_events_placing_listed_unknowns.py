"""Villages the index lacks, listed beside a town it knows ("repelled attacks near A and B"):
each is an event of its own, kept at the known town's region with no point
(placing/listed_unknowns.py; what makes a list: test_events_placing_listed_unknowns_lists).
Over the tiny hand-made index (tests/geo/geonames_files.py), the villages made up."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(admin1=[("SY.11", "Homs", "Homs", 169575)])


def _coded(text):
    return sorted((e.location, e.admin1, e.latitude is None, e.geo_precision)
                  for e in eventdesk.extract(text, published="2024-03-12"))


def test_a_listed_village_the_index_lacks_is_kept_at_the_towns_region(index):
    coded = _coded("In Syria, army units repelled attacks by militants in the areas of Jabur, "
                   "Zorbetove and Khlymivka on Tuesday, a military source said.")
    assert ("Zorbetove", "Homs", True, 3) in coded
    assert any(location == "Jabur" and not unplaced for location, _, unplaced, _ in coded)


def test_a_listed_name_read_as_a_person_is_no_village(index):
    coded = _coded("Militants attacked positions in Jabur and Walid Haddad's farm on Tuesday, "
                   "killing two soldiers.")
    assert any(location == "Jabur" for location, *_ in coded)
    assert not any("Haddad" in (location or "") for location, *_ in coded)
