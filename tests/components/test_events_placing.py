"""Placing: how places are compared, and where a clause's event is placed."""

import pytest

import eventdesk
from eventdesk.components.events.merging import is_district
from eventdesk.components.events.placing import place_key
from eventdesk.records import Place


def test_a_region_only_place_is_not_the_town_of_the_same_name():
    town = Place(country="Syria", location="Idlib", geo_precision=1)
    region = Place(country="Syria", admin1="Idlib", geo_precision=3)
    assert place_key(town) != place_key(region)
    assert place_key(None) == ""


def test_a_district_is_written_city_dash_part():
    assert is_district(Place(country="Syria", location="Aleppo - al-Sakhour"))
    assert not is_district(Place(country="Syria", location="Aleppo"))


@pytest.mark.slow
def test_one_event_per_place_named_in_one_clause():
    events = eventdesk.extract(
        "Iraqi troops retook the towns of Tal Afar and Sinjar on Monday.", published="2016-03-30")
    assert len(events) == 2
    assert len({e.location for e in events}) == 2


@pytest.mark.slow
def test_the_city_refers_to_the_city_the_report_names():
    events = eventdesk.extract(
        "Fighting has raged around Aleppo for weeks. On Monday, rebels shelled the city, "
        "killing four civilians.", published="2016-03-30")
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].location.startswith("Aleppo")


@pytest.mark.slow
@pytest.mark.parametrize("text, country, admin1, location", [
    # ACLED codes Hong Kong and Macau as China, the territory as admin1 (GUIDELINES.md)
    ("Police fired tear gas at protesters in Hong Kong on Monday.", "China", "Hong Kong",
     "Hong Kong"),
    # a country that is one city is placed at the city, not left at country level
    ("Police arrested five activists in Singapore on Monday.", "Singapore", None, "Singapore"),
    # a country of many towns stays unplaced when no town is named
    ("Police fired tear gas at protesters in Bahrain on Monday.", "Bahrain", None, None),
])
def test_city_states_and_territories_are_placed_as_acled_does(text, country, admin1, location):
    import eventdesk

    [event] = eventdesk.extract(text, published="2019-07-02")
    assert (event.country, event.admin1, event.location) == (country, admin1, location)
    assert (event.latitude is not None) == (location is not None)
