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



@pytest.mark.slow
def test_a_town_fronted_with_its_region_is_the_scene_not_the_region(tiny_index_with):
    tiny_index_with(places=[
        (9100601, "Tall Barqa", "Tall Barqa", "", 36.40, 37.30, "P", "PPL", "SY", "09", 4000),
    ])
    protest = _protest(CLASH + "In Aleppo Governorate's Tall Barqa, students responded with "
                       "anger at the militants. " + MARCH)
    assert (protest.location, protest.geo_precision) == ("Tall Barqa", 1)


def test_a_region_known_with_no_point_is_no_fronted_region():
    from types import SimpleNamespace

    from eventdesk.components.events.placing.region_scene import fronted_region
    from eventdesk.records import Place

    mention = SimpleNamespace(kind="region", candidates=[SimpleNamespace(is_region=True)])
    pointless = Place(country="Syria", country_code="SY", admin1="Aleppo", geo_precision=3)
    assert not fronted_region(mention, pointless)
    pointed = Place(country="Syria", country_code="SY", admin1="Aleppo", geo_precision=3,
                    latitude=36.2, longitude=37.5)
    assert fronted_region(mention, pointed)
