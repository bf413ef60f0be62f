"""Placing events in districts (second-level divisions of the default index)."""

import pytest

import eventdesk
from eventdesk.distance import haversine_km

pytestmark = pytest.mark.slow


def _one(text):
    [event] = eventdesk.extract(text, published="2023-06-10")
    return event


def test_the_district_of_a_province_is_placed_at_its_seat():
    event = _one("Taliban fighters attacked a police post in the Urgun district of Paktika "
                 "province on Monday, killing four policemen.")
    assert (event.location, event.admin1, event.geo_precision) == ("Urgun", "Paktika", 2)
    assert haversine_km(event.latitude, event.longitude, 32.95, 69.18) < 25


def test_a_district_named_after_a_city_is_the_district_not_a_part_of_the_city():
    event = _one("In Kandahar, a roadside bomb killed six civilians on Friday in Maiwand "
                 "district, police said.")
    assert (event.admin1, event.geo_precision) == ("Kandahar", 2)
    assert event.location != "Kandahar" and " - " not in event.location
    # Maiwand's seat, some 50 km from Kandahar city
    assert haversine_km(event.latitude, event.longitude, 31.61, 65.70) > 30


def test_a_district_with_its_kind_word_in_its_name_is_placed():
    event = _one("In one instance, up to 600 men were reportedly killed in Tel Afar District.")
    assert (event.country, event.admin1, event.geo_precision) == ("Iraq", "Nineveh", 2)


def test_a_village_in_a_regions_district_is_placed_at_the_district():
    event = _one("Taliban fighters seized the village of Zarghun Kalay in Paktika's Urgun "
                 "district on Sunday, police said.")
    assert (event.location, event.admin1, event.geo_precision) == (
        "Urgun - Zarghun Kalay", "Paktika", 2)
    assert haversine_km(event.latitude, event.longitude, 32.95, 69.18) < 25


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "At least four civilians were killed in the Zaytouniya neighborhood in Thursday's "
    "bombardment.",
    "Two children were killed in the Zaytouniya neighborhood in Sunday's shelling.",
])
def test_a_weekday_after_a_district_is_not_what_holds_it(text):
    events = eventdesk.extract(text, published="2016-03-30")
    assert events and not any(
        word in (e.location or "") for e in events for word in ("Thursday", "Sunday"))
