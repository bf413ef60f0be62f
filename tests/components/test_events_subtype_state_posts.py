"""state_posts.py: a non-state side's storming of a town whose sentence tells the town's police
station or barracks overrun or burned, or its prison's inmates freed, is the town taken
("Non-state actor overtakes territory", rule assault-overruns-state-posts); a storming alone,
a post seized with no town stormed, a post burned at another time, only tried, not burned
or only what may have been (modality.toml's cues), or a town held for hours stays an armed
clash."""

import dataclasses

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240101, "Hinche", "Hinche", "", 19.14, -72.01, "P", "PPLA", "HT", "09", 50_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gang members stormed the river town of Hinche on Thursday, torching the police post and "
    "the tax office.",
    "Bandits attacked the town of Hinche on Friday, burned the gendarmerie barracks and freed "
    "60 detainees.",
    "Gunmen stormed Hinche on Monday and overran the army barracks.",
])
def test_a_town_stormed_with_its_state_posts_overrun_is_taken(index, text):
    assert sub_types(text) == ["Non-state actor overtakes territory"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gang members stormed the town of Hinche on Monday.",
    "Gunmen seized the police station in Hinche on Monday.",
    # a station named as a landmark, not overrun
    "Gang members stormed the town of Hinche on Monday, firing near the police station.",
    # a post burned at another time, only tried, or a hold given up within hours
    "Gunmen stormed the town of Hinche on Friday, weeks after rebels burned the police post "
    "there.",
    "Rebels stormed the town of Hinche on Friday and tried to torch the gendarmerie barracks, "
    "but were driven off by troops.",
    "Militiamen stormed the town of Hinche on Friday and looted the army barracks. Troops "
    "retook the town hours later.",
    "Gang members stormed Hinche on Friday, torching the police post, before pulling out at "
    "dusk.",    # a post the modality cues call undone: negated, or only what may have been
    "Gunmen stormed the town of Hinche on Monday but did not burn the police station.",
    "Gunmen stormed the town of Hinche on Monday and may have burned the police station.",
])
def test_a_storming_or_a_post_alone_stays_a_clash(index, text):
    assert sub_types(text) == ["Armed clash"]


@pytest.mark.slow
def test_the_modality_table_decides_a_modal_post(index, monkeypatch):
    """Without "may" in modality.toml's cue modal, the post that may have burned reads as
    burned: the rule asks the shared cue, not a list of its own."""
    from eventdesk.components.events.happened import cue_words
    from eventdesk.components.events.happened.table import modality

    text = "Gunmen stormed the town of Hinche on Monday and may have burned the police station."
    assert sub_types(text) == ["Armed clash"]
    table = modality()
    words = {**table.words, "modal": table.words["modal"] - {"may"}}
    monkeypatch.setattr(cue_words, "modality", lambda: dataclasses.replace(table, words=words))
    assert sub_types(text) == ["Non-state actor overtakes territory"]
