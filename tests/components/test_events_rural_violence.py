"""How news of rural, communal and gang violence is written, end to end: vigilantes are an
armed community guard (a clash when they repel bandits), a lynching told with two verbs
("beaten and burned to death") is mob violence whoever the victims were said to inform for,
a crowd's "beaten to death" is no property destroyed, and residents "gathered" outside a
shop when gunmen fired on them are no protest."""

import pytest

import eventdesk

PLACES = [
    (9240301, "Tamburi", "Tamburi", "", 12.3, 7.4, "P", "PPL", "NG", "21", 7_000),
    (9240302, "Port-Lavand", "Port-Lavand", "", 19.1, -72.7, "P", "PPL", "HT", "06", 30_000),
    (9240303, "Kanyango", "Kanyango", "", -0.1, 34.75, "P", "PPL", "KE", "17", 20_000),
    (9240304, "Santa Lucrecia", "Santa Lucrecia", "", -2.2, -79.9, "P", "PPL", "EC", "10",
     50_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


def _coded(text, published="2024-05-22"):
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventdesk.extract(text, published=published)]


@pytest.mark.slow
def test_vigilantes_repelling_bandits_is_a_clash(index):
    text = "Local vigilantes on Tuesday repelled an attack by bandits on Tamburi village. " \
           "Three bandits and one vigilante were killed in the gun duel."
    [(sub, one, other)] = _coded(text)
    assert sub == "Armed clash"
    assert "Unidentified Communal Militia (Nigeria)" in (one, other)


@pytest.mark.slow
def test_a_lynching_told_with_two_verbs_is_mob_violence(index):
    text = "In Port-Lavand, two young men accused by residents of being informants for the " \
           "gang were beaten and burned to death on Tuesday."
    assert [sub for sub, _, _ in _coded(text)] == ["Mob violence"]


@pytest.mark.slow
def test_beaten_to_death_is_one_lynching_not_property_destroyed(index):
    text = "Two men suspected to be thieves were lynched by a mob in Kanyango on Sunday " \
           "night. 'By the time our officers arrived, the two had been beaten to death,' " \
           "the police commander said."
    assert [sub for sub, _, _ in _coded(text, "2024-05-21")] == ["Mob violence"]


@pytest.mark.slow
def test_residents_gathered_at_a_shop_are_no_protesters(index):
    text = "Five people were killed on Saturday night when hooded gunmen opened fire on a " \
           "group of residents gathered outside a shop in Santa Lucrecia."
    assert [(sub, victims) for sub, _, victims in _coded(text)] == [
        ("Attack", "Civilians (Ecuador)")]
