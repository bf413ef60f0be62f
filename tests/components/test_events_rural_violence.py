"""How news of rural, communal and gang violence is written, end to end: a lynching told with
two verbs ("stoned and burnt to death") is mob violence unless its "by" phrase names an armed
doer, a crowd's "beaten to death" is no property destroyed, villagers "gathered" near a stop
when gunmen fired on them are no protest, and the victims of unnamed gunmen never become the
gunmen (implicit_sides.py `named_group_nearby`)."""

import pytest

import eventdesk

PLACES = [
    (9240301, "Tamburi", "Tamburi", "", 12.3, 7.4, "P", "PPL", "NG", "21", 7_000),
    (9240302, "Port-Lavand", "Port-Lavand", "", 19.1, -72.7, "P", "PPL", "HT", "06", 30_000),
    (9240303, "Kanyango", "Kanyango", "", -0.1, 34.75, "P", "PPL", "KE", "17", 20_000),
    (9240304, "Santa Lucrecia", "Santa Lucrecia", "", -2.2, -79.9, "P", "PPL", "EC", "10",
     50_000),
    (9240305, "Tell Safra", "Tell Safra", "", 35.9, 39.0, "P", "PPL", "SY", "04", 40_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


def _coded(text, published="2024-05-22"):
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventdesk.extract(text, published=published)]


@pytest.mark.slow
def test_a_lynching_told_with_two_verbs_is_mob_violence(index):
    text = "A youth suspected of spying for a cartel was stoned and burnt to death in " \
           "Port-Lavand late on Friday, a priest told reporters."
    assert [sub for sub, _, _ in _coded(text)] == ["Mob violence"]


@pytest.mark.slow
def test_a_killing_told_with_two_verbs_by_militants_is_theirs(index):
    text = "Three soldiers were beaten and burned to death by Islamic State militants " \
           "outside Tell Safra on Friday."
    assert "Mob violence" not in [sub for sub, _, _ in _coded(text)]


@pytest.mark.slow
def test_beaten_to_death_is_one_lynching_not_property_destroyed(index):
    text = "Residents of Kanyango lynched three suspected burglars on Saturday evening. " \
           "Officers reached the scene too late: all three had been beaten to death, a " \
           "police spokesman said."
    assert [sub for sub, _, _ in _coded(text, "2024-05-21")] == ["Mob violence"]


@pytest.mark.slow
def test_villagers_gathered_near_a_stop_are_no_protesters(index):
    text = "Gunmen in a pickup truck fired on villagers gathered near a bus stop in " \
           "Santa Lucrecia on Friday, killing three."
    assert [(sub, victims) for sub, _, victims in _coded(text)] == [
        ("Attack", "Civilians (Ecuador)")]


@pytest.mark.slow
def test_unnamed_gunmen_keep_the_first_side_over_their_victims(index):
    text = "Unknown gunmen shot dead four herdsmen in Tamburi on Friday."
    assert _coded(text) == [
        ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]
