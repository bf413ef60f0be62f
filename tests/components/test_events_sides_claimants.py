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


def test_a_charge_on_the_groups_members_names_the_group():
    found = _doers("A drone bombed a school in Tepalcatepec, Michoacán, on Monday, wounding "
                   "three teachers. State officials blamed the attack on suspected members "
                   "of the Sinaloa Cartel.")
    assert found == [("Tepalcatepec", "Sinaloa Cartel")]


def test_members_of_a_group_charged_with_no_deed_named_far_on_name_no_doer():
    found = _doers("Gunmen shot dead two shopkeepers in Tepalcatepec, Michoacán, on Monday. "
                   "The market stayed shut. Traders gathered outside. Officials have long "
                   "accused members of the Sinaloa Cartel.")
    assert found == [("Tepalcatepec", "Unidentified Armed Group (Mexico)")]


def test_sides_that_blamed_each_other_leave_the_launcher_unidentified():
    found = _doers("A drone hit a fuel depot outside Tal Afar on Monday, killing two guards. "
                   "The army and the rebels blamed each other.")
    assert found == [("Tall Afar", "Unidentified Armed Group (Iraq)")]


def test_a_strike_with_no_mutual_blame_keeps_the_default_launcher():
    found = _doers("A drone hit a fuel depot outside Tal Afar on Monday, killing two guards. "
                   "The army gave no toll of its own.")
    assert found == [("Tall Afar", "Military Forces of Iraq")]
