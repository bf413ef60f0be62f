"""A village the index lacks, named in a clause placed in a district the clause names by a
division word (placing/district_villages.py): the event keeps the village's name in the
district's region with no point (issue 9), not the district's seat or centre under the
district's name. A district named bare keeps its point: it may be the seat town meant."""

import pytest

# an invented district, its seat town and its first-level region
PLACES = [
    (9400001, "Morvani", "Morvani", "", -12.20, 40.10, "A", "ADM2", "MZ", "01", 23_000),
    (9400002, "Morvani", "Morvani", "", -12.25, 40.12, "P", "PPLA2", "MZ", "01", 23_000),
]
ADMIN1 = [("MZ.01", "Cabo Delgado", "Cabo Delgado", 1051823)]


@pytest.mark.slow
def test_a_village_near_which_the_deed_was_in_a_fronted_district_has_no_point(tiny_index_with):
    import eventdesk

    tiny_index_with(places=PLACES, admin1=ADMIN1)
    events = eventdesk.extract(
        "In Morvani district, raiders burned three huts near Talcobo on Monday, "
        "residents said.", published="2024-05-14")
    assert [(e.location, e.admin1, e.latitude, e.geo_precision) for e in events] == [
        ("Talcobo", "Cabo Delgado", None, 3)]


@pytest.mark.slow
def test_a_deed_in_a_district_with_no_village_named_keeps_the_districts_point(tiny_index_with):
    import eventdesk

    tiny_index_with(places=PLACES, admin1=ADMIN1)
    events = eventdesk.extract(
        "In Morvani district, raiders burned three huts on Monday, residents said.",
        published="2024-05-14")
    assert events and all(e.location == "Morvani" and e.latitude is not None for e in events)


# a district the index knows with no town of its name
BARE_DISTRICT = [
    (9400003, "Kelvani", "Kelvani", "", -12.60, 40.30, "A", "ADM2", "MZ", "01", 31_000),
]


@pytest.mark.slow
def test_a_district_named_with_no_division_word_keeps_its_point(tiny_index_with):
    import eventdesk

    # "in Kelvani near Talcobo": no division word says Kelvani is taken as a district here;
    # the nearest place the report gives keeps its point
    tiny_index_with(places=[*PLACES, *BARE_DISTRICT], admin1=ADMIN1)
    events = eventdesk.extract(
        "Raiders stormed a police post in Kelvani near Talcobo on Monday, residents said.",
        published="2024-05-14")
    assert [(e.location, e.latitude is not None) for e in events] == [("Kelvani", True)]


@pytest.mark.slow
def test_a_village_near_which_the_deed_was_in_a_fronted_bare_district_has_no_point(
        tiny_index_with):
    import eventdesk

    # "In Kelvani, ...": the district is the frame the scene lies in, near Talcobo
    tiny_index_with(places=[*PLACES, *BARE_DISTRICT], admin1=ADMIN1)
    events = eventdesk.extract(
        "In Kelvani, raiders burned three huts near Talcobo on Monday, residents said.",
        published="2024-05-14")
    assert [(e.location, e.latitude) for e in events] == [("Talcobo", None)]
