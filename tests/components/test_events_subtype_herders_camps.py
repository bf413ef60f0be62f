"""herders_camps.py: a raid on a cattle camp whose dead are counted only as "people" is an
armed clash (the camp's armed keepers fought back, rule cattle-camp-raided); herders, women
or children named among the dead, or another kind of camp, keep it an attack on civilians."""

import pytest

import eventdesk

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240001, "Tonj", "Tonj", "", 7.27, 28.68, "P", "PPLA2", "SS", "09", 17_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


def _coded(text):
    return [(e.sub_event_type, e.actor2)
            for e in eventdesk.extract(text, published="2024-05-21")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Nine people died on Thursday when gunmen stormed a cattle camp outside Tonj.",
    "Armed youths raided a cattle camp near Tonj on Sunday, killing nine people.",
    # the camp's keepers named in the next sentence are no civilians among the dead
    "Nine people died on Thursday when gunmen stormed a cattle camp outside Tonj. Youths "
    "guarding the camp fought the raiders for two hours.",
])
def test_a_cattle_camp_raided_with_people_killed_is_a_clash_with_its_keepers(index, text):
    assert _coded(text) == [("Armed clash", "Unidentified Communal Militia (South Sudan)")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Raiders shot dead four herdsmen at a cattle camp outside Tonj on Thursday.",
    "Gunmen attacked a cattle camp near Tonj on Sunday, killing two women and a child.",
    "Gunmen attacked a displaced persons camp near Tonj on Sunday, killing five people.",
    # the dead called unarmed
    "Gunmen attacked a cattle camp near Tonj on Sunday, killing 11 unarmed people.",
    # civilians named in the next sentence
    "Gunmen stormed a cattle camp outside Tonj on Thursday, killing eight people. The dead "
    "included four women and two boys.",
])
def test_civilians_named_or_another_camp_stay_an_attack(index, text):
    assert [sub for sub, _ in _coded(text)] == ["Attack"]
