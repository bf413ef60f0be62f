"""Of two towns of one size that both list a name, the one whose main name it spells is
meant: GeoNames lists namesakes and former names among a city's alternates ("Zorviansk"
among Belopol's), so an alternate far from the main name weighs less (candidate_rows.py
SPELLING_RATIO)."""

from __future__ import annotations

import pytest

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9410001, "Zorvyansk", "Zorviansk,Zorvjansk", 48.85, 37.6, "P", "PPL", "UA", "05", 105_100),
    # a slightly bigger city that lists the other's spellings among its own alternates
    (9410002, "Belopol", "Zorviansk,Zorvyansk,Mykopil", 47.57, 34.39, "P", "PPL", "UA", "04",
     105_200),
]
ADMIN1 = [("UA.05", "Donetsk", "Donetsk", 9410001),
          ("UA.04", "Dnipropetrovsk", "Dnipropetrovsk", 9410002)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def test_a_spelling_of_the_main_name_outranks_an_unrelated_alternate(gaz):
    place = gaz.resolve_name("Zorviansk", countries=["UA"])
    assert place.location == "Zorvyansk"


def test_a_bigger_city_keeps_its_own_names(gaz):
    assert gaz.resolve_name("Mykopil", countries=["UA"]).location == "Belopol"
    assert gaz.resolve_name("Zorvyansk", countries=["UA"]).location == "Zorvyansk"
