"""herder_clashes.py: a fight with herders as a side is an armed clash of two communal
militias (not two crowds' mob violence); herders killed with no fight told are an attack's
civilian victims, even where the lexicon names herdsmen as an ethnic militia."""

import pytest

import eventdesk

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240101, "Kembari", "Kembari", "", 9.1, 18.4, "P", "PPL", "TD", "13", 6_000),
    (9240102, "Dargami", "Dargami", "", 12.1, 6.2, "P", "PPL", "NG", "57", 9_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


def _coded(text):
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventdesk.extract(text, published="2024-05-21")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "At least nine people were killed on Monday in clashes between farmers and herders in "
    "the village of Kembari, the governor said.",
    "Herders clashed with farmers over grazing land near Kembari on Monday, leaving four dead.",
])
def test_herders_fighting_farmers_is_a_clash_of_two_communal_militias(index, text):
    militia = "Unidentified Communal Militia (Chad)"
    assert _coded(text) == [("Armed clash", militia, militia)]


@pytest.mark.slow
def test_a_clash_between_two_factions_stays_mob_violence(index):
    text = "Three people were injured in a clash between two factions of the ruling party in " \
           "Kembari on Monday."
    assert [sub for sub, _, _ in _coded(text)] == ["Mob violence"]


@pytest.mark.slow
def test_herders_killed_at_a_market_are_civilian_victims(index):
    text = "Members of a local vigilante group on Wednesday killed 13 Fulani herders at a " \
           "weekly market in Dargami, residents said."
    [(sub, _, victims)] = _coded(text)
    assert (sub, victims) == ("Attack", "Civilians (Nigeria)")


@pytest.mark.slow
def test_herdsmen_killed_in_a_gun_duel_fought(index):
    text = "Soldiers killed five armed herdsmen in a gun duel in Dargami on Wednesday."
    assert [sub for sub, _, _ in _coded(text)] == ["Armed clash"]
