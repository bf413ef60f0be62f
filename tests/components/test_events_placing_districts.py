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
    assert (event.country, event.admin1, event.geo_precision) == ("Iraq", "Ninewa", 2)


def test_a_village_in_a_regions_district_is_held_by_the_district_with_no_point():
    # the index lacks the village: it lies in the district, not at its seat (Urgun town,
    # which may be tens of km off); its name, the district, no point
    event = _one("Taliban fighters seized the village of Zarghun Kalay in Paktika's Urgun "
                 "district on Sunday, police said.")
    assert (event.location, event.admin1, event.admin2, event.geo_precision) == (
        "Zarghun Kalay", "Paktika", "Urgun", 3)
    assert event.latitude is None


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


def test_a_local_government_area_ner_calls_an_organisation_is_placed_at_its_seat():
    [event] = eventdesk.extract(
        "NIGERIA SECURITY DIGEST\n5 Jan – Zamfara: Bandits killed 21 people in villages of "
        "Tsafe LGA; a local councillor said the toll could rise.", published="2022-01-08")
    assert (event.location, event.admin1, event.geo_precision) == ("Tsafe", "Zamfara", 2)
    assert haversine_km(event.latitude, event.longitude, 11.96, 6.92) < 25


def test_a_district_of_the_region_the_clause_names_is_never_a_namesake_in_another_region():
    # the index knows a town Sahar only in Sanaa governorate, 180 km away: Saada's Sahar
    # district is unknown to it, so the governorate holds the event, under the district's name
    # and with no point (the governorate's centre is not the district's)
    [event] = eventdesk.extract(
        "In Saada governorate, artillery shelled villages of the Sahar district on "
        "Monday, killing two civilians.", published="2024-01-12")
    assert (event.location, event.admin1, event.geo_precision) == ("Sahar", "Saada", 3)
    assert event.latitude is None


@pytest.mark.parametrize(("text", "location"), [
    ("Gunmen killed two soldiers in Kabul's Dasht-e-Barchi district on Monday.",
     "Kabul - Dasht-e-Barchi"),
    ("Shelling hit the al-Kalasa neighbourhood in Aleppo on Sunday, killing four.",
     "Aleppo - al-Kalasa"),
])
def test_a_city_part_the_index_lacks_keeps_its_whole_hyphenated_name(text, location):
    event = _one(text)
    assert (event.location, event.geo_precision) == (location, 2)


def test_a_district_named_at_the_start_of_a_sentence_is_the_district_not_a_name_with_in():
    # "In" opens the sentence, capitalised: no word of the township's name
    event = _one("In Monywa township, junta troops set fire to more than 100 houses in three "
                 "villages on Sunday, local residents said.")
    assert (event.location, event.admin1, event.geo_precision) == ("Monywa", "Sagaing", 2)
    assert event.latitude is not None


def test_a_territory_named_with_its_word_is_no_part_of_the_town_named_before():
    # "near Ngazuba in Mabanzi territory", both unknown to the index: the division of the
    # region, never "Bunia - Mabanzi" at the town the report named before
    events = eventdesk.extract(
        "Thousands have fled the fighting around Bunia. On Tuesday, armed men kidnapped "
        "five traders near Ngazuba in Mabanzi territory.", published="2023-06-10")
    kidnap = [e for e in events if "kidnapped" in e.evidence]
    assert kidnap and kidnap[0].admin1 == "Ituri"
    assert not kidnap[0].location.startswith("Bunia")
    assert kidnap[0].latitude is None or haversine_km(
        kidnap[0].latitude, kidnap[0].longitude, 1.56, 30.25) > 25


def test_a_town_named_by_its_region_is_not_placed_at_the_namesake_capital():
    # "Fortul, Arauca": the municipality of Arauca department, some 70 km from Arauca city
    event = _one("Two soldiers were killed on Wednesday when an explosive device went off "
                 "as a patrol passed through the rural area of Fortul, Arauca, the army said.")
    assert (event.location, event.admin1) == ("Fortul", "Arauca")
    assert haversine_km(event.latitude, event.longitude, 6.79, -71.78) < 10


def test_a_district_in_the_capital_the_sentence_names_is_the_capitals_not_the_last_towns():
    # "In the capital, ... in the Kawangware district": the report's country's capital holds
    # the district, not the town of the sentence before
    events = eventdesk.extract(
        "NAIROBI, March 3 (Wire) - Gunmen killed two traders in Mombasa on Friday, police "
        "said. In the capital, a grenade thrown into a bar in the Kawangware district on "
        "Saturday wounded five people, police said.", published="2023-03-03")
    grenade = next(e for e in events if "grenade" in e.evidence)
    assert (grenade.location, grenade.admin1) == ("Nairobi - Kawangware", "Nairobi")


def test_a_district_of_a_countrys_capital_named_with_its_possessive_is_that_capitals():
    # "the Karrada district of Iraq's capital Baghdad": Baghdad holds it, Iraq is no part
    event = _one("Gunmen attacked a school in the Karrada district of Iraq's capital Baghdad "
                 "on Tuesday, killing two teachers.")
    assert (event.location, event.geo_precision) == ("Baghdad - Karrada", 2)


def test_a_district_north_of_the_provincial_capital_is_read_without_the_countrys_capital():
    # "the provincial capital" is no country's capital: the district is read as before
    events = eventdesk.extract("Security forces shot him during a protest Sunday by "
                               "poppy-growers in Kajaki district, north of the provincial "
                               "capital.", published="2023-06-10")
    assert all("Kabul" not in (e.location or "") for e in events)


@pytest.mark.parametrize(("text", "location", "admin1"), [
    # the municipality holds a village the index lacks there (its name, no point: the
    # seat is not the village), not a namesake in another state
    ("Gunmen killed four men in the community of Los Aguajes, municipality of Tuzantla, on "
     "Friday.", "Los Aguajes", "Michoacan"),
    ("Gunmen killed four men in the community of Aguaje de Espejo, in the municipality of "
     "Coalcomán, on Friday.", "Coalcoman de Vazquez Pallares - Aguaje de Espejo", "Michoacan"),
])
def test_a_village_told_with_its_municipality_in_a_phrase_of_its_own_lies_in_it(
        text, location, admin1):
    event = _one(text)
    assert (event.location, event.admin1) == (location, admin1)
