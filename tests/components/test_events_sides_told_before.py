"""A strike told "also", with no attacker of its own, takes the attacker the sentence
before names (sides/told_before.py)."""

import pytest

from tests.components.merging_tellings import doers

pytestmark = pytest.mark.slow


def _attackers(text: str) -> list[tuple[str, str | None]]:
    return doers(text, "2024-06-27")


def test_a_strike_told_also_takes_the_attacker_named_before():
    found = _attackers("Two people were wounded by Russian shelling in Kherson on Tuesday. "
                       "The village of Bilozerka was also shelled, the governor said.")
    assert ("Bilozerka", "Military Forces of Russia") in found


def test_a_strike_not_told_also_stays_unattributed():
    found = _attackers("Two people were wounded by Russian shelling in Kherson on Tuesday. "
                       "On Wednesday the village of Bilozerka was shelled, the governor said.")
    assert ("Bilozerka", "Military Forces of Russia") not in found
