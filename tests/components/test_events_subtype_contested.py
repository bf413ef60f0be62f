"""contested.py: a taking the losing side denies (a verb of modality.toml's cue denial) is a
fight when the denial tells fighting (rule taking-denied-fight-told), else no event (rule
taking-denied); the verbs of denial are the cue's, not a list of the rule's own."""

import dataclasses

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240401, "Pryvilne", "Pryvilne", "", 47.9, 36.1, "P", "PPL", "UA", "26", 3_000),
]

FOUGHT = ("Army units liberated the village of Pryvilne on Monday, the ministry said. The "
          "rebels disputed the loss of the village, saying fighting there was continuing.")
CLAIMED = ("The president said on Monday that his army had liberated the town of Pryvilne, "
           "which the rebels disputed.")


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
def test_a_taking_disputed_with_fighting_told_is_a_clash(index):
    # "dispute": in cue denial, not in the rule's former list (deny, dismiss, refute, reject)
    assert sub_types(FOUGHT) == ["Armed clash"]


@pytest.mark.slow
def test_a_taking_disputed_alone_is_no_event(index):
    assert sub_types(CLAIMED) == []


@pytest.mark.slow
def test_the_modality_table_decides_what_denies(index, monkeypatch):
    """Without "dispute" in modality.toml's cue denial, the disputed taking stands."""
    from eventdesk.components.events.happened import cue_words
    from eventdesk.components.events.happened.table import modality

    table = modality()
    words = {**table.words, "denial": table.words["denial"] - {"dispute"}}
    monkeypatch.setattr(cue_words, "modality", lambda: dataclasses.replace(table, words=words))
    assert sub_types(CLAIMED) != []


@pytest.mark.slow
def test_claims_called_false_by_the_cue_words_deny_the_taking(index):
    # "groundless": in cue told_as_false, not in the rule's former list of its own
    assert sub_types("The rebels said they had captured Pryvilne on Sunday. The government "
                     "called the claims groundless.") == []
