"""The doer a report names after a deed it tells with no doer reaches the deed a few
sentences on, unless a new deed is told between (sides/claimants.py)."""

import pytest

from tests.components.merging_tellings import doers

pytestmark = pytest.mark.slow


def _doers(text: str) -> list[tuple[str, str | None]]:
    return doers(text, "2024-11-10")


def test_a_claim_three_sentences_on_names_the_doer():
    found = _doers("A car bomb exploded near a market in Tal Afar on Monday, killing six "
                   "people. The blast damaged several shops. Witnesses said the street was "
                   "crowded. Islamic State claimed responsibility in a statement.")
    assert found == [("Tall Afar", "Islamic State")]


def test_a_new_deed_between_keeps_the_claim_from_the_first():
    found = _doers("A car bomb exploded near a market in Tal Afar on Monday, killing six "
                   "people. A second bomb exploded in Mosul on Tuesday, wounding two. "
                   "Police blamed the bombing on Islamic State.")
    assert ("Tall Afar", "Unidentified Armed Group (Iraq)") in found


def test_a_denial_names_no_doer():
    found = _doers("A car bomb exploded near a market in Tal Afar on Monday, killing six "
                   "people. The blast damaged several shops. Witnesses said the street was "
                   "crowded. Islamic State denied any role in the bombing.")
    assert found == [("Tall Afar", "Unidentified Armed Group (Iraq)")]
