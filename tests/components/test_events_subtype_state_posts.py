"""state_posts.py: a non-state side's storming of a town whose sentence tells the town's police
station or barracks overrun or burned, or its prison's inmates freed, is the town taken
("Non-state actor overtakes territory", rule assault-overruns-state-posts); a storming alone,
or a post seized with no town stormed, stays an armed clash."""

import pytest

import eventdesk

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240101, "Hinche", "Hinche", "", 19.14, -72.01, "P", "PPLA", "HT", "09", 50_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


def _coded(text):
    return [e.sub_event_type for e in eventdesk.extract(text, published="2024-05-21")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gang members stormed the town of Hinche on Monday, freeing more than 300 inmates from "
    "its prison and setting fire to the police station.",
    "Armed bandits attacked the town of Hinche on Monday, set fire to the police "
    "commissariat and freed some 300 prisoners.",
    "Gunmen stormed Hinche on Monday and overran the army barracks.",
])
def test_a_town_stormed_with_its_state_posts_overrun_is_taken(index, text):
    assert _coded(text) == ["Non-state actor overtakes territory"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gang members stormed the town of Hinche on Monday.",
    "Gunmen seized the police station in Hinche on Monday.",
    # a station named as a landmark, not overrun
    "Gang members stormed the town of Hinche on Monday, firing near the police station.",
])
def test_a_storming_or_a_post_alone_stays_a_clash(index, text):
    assert _coded(text) == ["Armed clash"]
