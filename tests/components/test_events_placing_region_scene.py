"""A province a sentence telling no event fronts ("In X Governorate, students responded with
anger") is the next deeds' scene (placing/region_scene.py, frame_scene.py). Over the tiny
hand-made index (tests/geo/geonames_files.py)."""

import pytest

import eventdesk

CLASH = "On Monday, at least five people were killed in a gunfight near Homs, police said. "
MARCH = ("On Tuesday, thousands of students marched to demand the police chief's removal; "
         "police fired tear gas to disperse them.")


def _protest(text):
    events = eventdesk.extract(text, published="2023-05-17")
    return next(e for e in events if e.event_type == "Protests")


@pytest.mark.slow
def test_a_fronted_region_of_a_sentence_telling_no_event_is_the_next_deeds_scene(tiny_index):
    protest = _protest(CLASH + "In Aleppo Governorate, students responded with anger at the "
                       "militants. " + MARCH)
    assert (protest.admin1, protest.geo_precision) == ("Aleppo", 3)


@pytest.mark.slow
def test_a_fronted_region_where_officials_spoke_sets_no_scene(tiny_index):
    protest = _protest(CLASH + "In Aleppo Governorate, officials said the militants had fled. "
                       + MARCH)
    assert protest.location == "Homs"


@pytest.mark.slow
def test_a_town_the_next_sentence_names_is_its_own_scene(tiny_index):
    protest = _protest(CLASH + "In Aleppo Governorate, students responded with anger at the "
                       "militants. On Tuesday, thousands of students marched in Homs to "
                       "demand the police chief's removal.")
    assert protest.location == "Homs"

