""""the X neighbourhood of Y" when the index knows both names: the bigger place holds the
smaller (place_names/part_holders.py), "the city of Y" Y whatever X weighs; a holder whose
name runs on through "de" is read whole ("San Telmo de Vargas", not "San Telmo")."""

import pytest

import eventdesk


@pytest.fixture
def tiny_index(tiny_index_with):
    return tiny_index_with(places=[
        # the town, named with "de"
        (9100301, "San Telmo de Vargas", "San Telmo de Vargas", "", 17.60, -99.17, "P", "PPL",
         "MX", "12", 31000),
        # a village of the part's name 90 km off, and a "San Telmo" in another state
        (9100302, "El Mirador", "El Mirador", "", 18.30, -99.80, "P", "PPL", "MX", "12",
         1200),
        (9100303, "San Telmo", "San Telmo", "", 22.03, -105.23, "P", "PPL", "MX", "18", 4000),
        # the two states, as the index holds a first-level region: its own ADM1 row
        (9100304, "Guerrero", "Guerrero", "", 17.5, -100.0, "A", "ADM1", "MX", "12", 3500000),
        (9100305, "Nayarit", "Nayarit", "", 21.8, -104.8, "A", "ADM1", "MX", "18", 1200000),
        # a big city abroad whose name a neighbourhood of the town shares
        (9100306, "Valdoro", "Valdoro", "", 39.47, -0.38, "P", "PPLA", "ES", "60", 800000),
    ], admin1=[("MX.12", "Guerrero", "Guerrero", 9100304),
               ("MX.18", "Nayarit", "Nayarit", 9100305), ("ES.60", "Valencia", "Valencia",
                                                          9100306)])


@pytest.mark.slow
def test_the_part_before_the_word_is_in_the_bigger_town_after_of(tiny_index):
    [event] = eventdesk.extract(
        "Gunmen killed three men in the El Mirador neighbourhood of San Telmo de Vargas, in "
        "Guerrero, on Sunday night, Mexican police said.", published="2023-07-11")
    assert (event.location, event.admin1) == ("San Telmo de Vargas - El Mirador", "Guerrero")
    assert (event.latitude, event.longitude) == pytest.approx((17.60, -99.17), abs=0.01)


@pytest.mark.slow
def test_the_part_of_what_the_words_call_the_city_is_in_that_city(tiny_index):
    """"the Valdoro neighbourhood of the city of San Telmo de Vargas": the words call the
    name after "of" the city, whatever a namesake abroad of the part's name weighs
    (`districts._capital_named_after`); the part was a record placed nowhere."""
    [event] = eventdesk.extract(
        "Mexican police said on Monday that a gang shot dead three men outside a garage in "
        "the Valdoro neighbourhood of the city of San Telmo de Vargas, in Guerrero, on "
        "Sunday.", published="2023-07-11")
    assert (event.location, event.admin1) == ("San Telmo de Vargas - Valdoro", "Guerrero")


@pytest.mark.slow
def test_a_community_member_names_no_settlement(tiny_index):
    [event] = eventdesk.extract(
        "Juan Ruiz, a 50-year-old Zorblat community member, was shot dead on Sunday in San "
        "Telmo de Vargas, in Guerrero, Mexican police said.", published="2023-07-11")
    assert event.location == "San Telmo de Vargas"
