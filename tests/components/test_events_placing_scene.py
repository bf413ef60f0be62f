"""The event's own place and country (issue 9, items 3 and 4): a list of towns is no
containment, an area is not the dateline city's, a country across a border is not the
scene, and the country context comes from the towns the report names, not from demonyms
of foreign actors or the dateline."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow

MALI_REPORT = (
    "Bamako, 18 March 2024 (ORTM) – The Armed Forces of Mali continue their mission. "
    "Several terrorists have been neutralised and their logistics destroyed during a "
    "ground offensive reconnaissance mission in the Nampala sector, in the Ségou region. "
    "On 16 March, the FAMa aerial vectors carried out "
    "precise strikes on a gathering of armed terrorists in the area of Boulkessi, close to "
    "the border with Burkina Faso; the hideout was destroyed.")


def _places(text):
    return [(e.location, e.admin1, e.country, e.geo_precision)
            for e in eventdesk.extract(text, published="2024-03-20")]


def test_a_list_of_towns_is_one_event_per_town_not_a_town_inside_the_next():
    places = _places("Islamist fighters attacked army posts in Kidal, Gao and Timbuktu on "
                     "Sunday, killing five soldiers.")
    assert [p[0] for p in places] == ["Kidal", "Gao", "Timbuktu"]


@pytest.mark.parametrize("text, place", [
    ("Gunmen killed five people in Tumaco, Narino, on Sunday.", "Tumaco"),
    ("Rebels attacked an army base in Kutum, North Darfur and Nyala on Sunday.", "Kutum"),
])
def test_a_town_then_its_region_after_a_comma_is_still_the_town(text, place):
    assert _places(text)[0][0] == place


def test_an_area_is_not_a_part_of_the_city_of_the_dateline():
    places = _places(MALI_REPORT)
    assert not any((p[0] or "").startswith("Bamako") for p in places)


def test_the_region_its_sentence_names_holds_an_unknown_area_not_the_dateline_city():
    places = _places("Bamako, 18 March 2024 (ORTM) – In the Ségou region, the army said that "
                     "several terrorists were killed and their logistics destroyed in an air "
                     "strike in the Nampala sector.")
    assert places[0][:3] == ("Segou - Nampala", "Segou", "Mali")


def test_a_country_across_the_border_is_not_the_scene():
    places = _places("Bamako, 18 March 2024 (ORTM) – Protesters marched in Gao on Monday. On "
                     "Tuesday, the army said soldiers killed five terrorists close to the "
                     "border with Burkina Faso.")
    assert [p[2] for p in places] == ["Mali", "Mali"]


@pytest.mark.parametrize("dateline", ["BEIRUT, Aug. 17 (Wire) -",
                                      "Beirut, 17 August 2024 (NNA) -"])
def test_a_part_of_a_city_is_still_the_dateline_citys(dateline):
    places = _places(f"{dateline} A strike hit a building in the Bir al-Abed neighbourhood "
                     "on Monday, killing two.")
    assert places[0][:2] == ("Beirut - Bir al-Abed", "Bayrut")


def test_a_demonym_and_a_dateline_do_not_make_the_scene_country():
    places = _places(
        "ANKARA - The Turkish Armed Forces on Wednesday set up the twelfth and final "
        "observation post in Syria's Idlib de-escalation zone, near Jisr al-Shughur, the "
        "General Staff said in a statement. Ankara says the posts monitor the ceasefire.")
    assert places[0][1:3] == ("Idlib", "Syria")


def test_foreign_forces_fight_in_the_town_the_report_names_not_where_they_speak():
    places = _places("French forces clashed with rebels near Bria on Sunday, killing three "
                     "fighters, a French army spokesman said in Paris.")
    assert places[0][:3] == ("Bria", "Haute-Kotto", "Central African Republic")


def test_a_report_naming_towns_of_its_weightiest_country_keeps_it():
    places = _places("ANKARA - Turkish police detained 20 people in Istanbul on Monday over "
                     "links to a Syrian militant group, the interior ministry said.")
    assert places[0][2] == "Turkey"
