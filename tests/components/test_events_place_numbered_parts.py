"""A city's numbered part ("in Sector 14", "Phase 3 of the estate") is no town named by its
word (geo/span_vetting.py, geo/words.py NUMBERED_PARTS), but a known city followed by a
number ("in Tripoli 4 km from the airport") is still the city."""

import pytest


@pytest.mark.slow
def test_a_citys_numbered_sector_is_no_town_of_that_name(tiny_index_with):
    import eventdesk

    tiny_index_with(places=[
        (9300001, "Sector", "Sector", "", 28.41, 77.31, "P", "PPL", "IN", "10", 2000),
        (9300002, "Faridkot Nagar", "Faridkot Nagar", "", 28.40, 77.30, "P", "PPLA2", "IN",
         "10", 640_000),
    ], admin1=[("IN.10", "Haryana", "Haryana", 1270260)])
    events = eventdesk.extract(
        "On Tuesday evening, a crowd set fire to a shrine in Sector 14 of Faridkot Nagar and "
        "threw stones at police, officials said.", published="2023-05-02")
    assert events and all(e.location != "Sector" for e in events)


@pytest.mark.slow
def test_a_known_city_followed_by_a_number_is_still_the_city(tiny_index_with):
    import eventdesk

    tiny_index_with()
    events = eventdesk.extract(
        "Gunmen attacked a police checkpoint in Tripoli 4 km from the airport on Tuesday, "
        "killing two officers, security sources said.", published="2023-05-02")
    assert events and any("Tripoli" in (e.location or "") for e in events)
