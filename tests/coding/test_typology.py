"""The typology module: the one list of ACLED types, sub-types and priorities."""

import pytest

from eventdesk.coding import typology
from eventdesk.store.corroborate import OUTCOMES


def test_twenty_five_sub_types_in_six_types_and_a_none_label():
    assert len(typology.EVENT_TYPES) == 6
    assert len(typology.SUB_TYPES) == len(set(typology.SUB_TYPES)) == 25
    assert typology.LABELS[-1] == typology.NONE and len(typology.LABELS) == 26


@pytest.mark.parametrize(("first", "then"), [
    # GUIDELINES' own examples of the priority order
    ("Government regains territory", "Armed clash"),
    ("Air/drone strike", "Shelling/artillery/missile attack"),
    ("Excessive force against protesters", "Peaceful protest"),
    ("Agreement", "Other"),
])
def test_priority_follows_the_guidelines_order(first, then):
    assert typology.priority(first) < typology.priority(then)
    assert typology.type_of(first) == typology.type_of(then)


def test_unknown_sub_type_is_refused():
    with pytest.raises(KeyError):
        typology.type_of("Skirmish")


def test_corroboration_outcomes_name_battle_sub_types():
    assert {typology.type_of(s) for s in OUTCOMES} == {typology.BATTLES}
