"""herder_clashes.py: a fight with herders as a side is an armed clash of two communal
militias (not two crowds' mob violence); herders killed with no fight told are an attack's
civilian victims, even where the lexicon names herdsmen as an ethnic militia, but not
herders told armed or suspected, nor those a force killed."""

import pytest

import eventdesk

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240101, "Kembari", "Kembari", "", 9.1, 18.4, "P", "PPL", "TD", "13", 6_000),
    (9240102, "Dargami", "Dargami", "", 12.1, 6.2, "P", "PPL", "NG", "57", 9_000),
    (9240103, "Ein Harod", "Ein Harod", "", 31.6, 35.2, "P", "PPL", "PS", "WE", 3_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


def _coded(text):
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventdesk.extract(text, published="2024-05-21")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Six people died on Monday when herders and crop farmers clashed near Kembari, the "
    "governor said.",
    "Herders and villagers fought over a borehole near Kembari on Sunday, leaving "
    "four dead.",
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
def test_herders_killed_by_gunmen_are_civilian_victims(index):
    text = "Masked gunmen killed six herdsmen beside a seasonal stream outside Dargami " \
           "on Friday, residents said."
    assert _coded(text) == [
        ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police shot dead three armed herdsmen in Dargami on Friday.",
    "Soldiers killed four herdsmen suspected of rustling cattle in Dargami on Friday.",
    "Soldiers killed five herdsmen in a gunfight in Dargami on Wednesday.",
])
def test_herdsmen_a_force_killed_or_armed_are_no_civilians(index, text):
    assert all(victims != "Civilians (Nigeria)" for _, _, victims in _coded(text))


@pytest.mark.slow
def test_shepherds_facing_settlers_are_no_militia(index):
    text = "Shepherds clashed with Israeli settlers near Ein Harod on Monday."
    assert all("Communal Militia" not in one for _, one, _ in _coded(text))
