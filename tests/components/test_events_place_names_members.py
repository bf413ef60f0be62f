"""A place word before a member noun (place_names/words.py of_a_member): "a Zorblat community
member" names a people, no settlement of the scene; "a Vorsk village elder" still names a
village, the report's only place. Over the tiny hand-made index (tests/geo/geonames_files.py)."""

import pytest

import eventdesk


@pytest.mark.slow
def test_a_village_elder_keeps_his_village_as_the_place(tiny_index):
    [event] = eventdesk.extract("Gunmen shot dead a Vorsk village elder on Sunday, Syrian "
                                "police said.", published="2023-07-11")
    assert event.location == "Vorsk"


@pytest.mark.slow
def test_a_village_chief_keeps_his_village_in_the_region_named(tiny_index):
    [event] = eventdesk.extract("Gunmen shot dead the Vorsk village chief on Sunday in Homs "
                                "Governorate, police said.", published="2023-07-11")
    assert (event.location, event.admin1) == ("Vorsk", "Homs")


@pytest.mark.slow
def test_a_community_member_names_a_people_not_a_place(tiny_index):
    [event] = eventdesk.extract("Gunmen shot dead a Zorblat community member on Sunday in "
                                "Homs, police said.", published="2023-07-11")
    assert event.location == "Homs"
