"""An agreement told in a past-perfect relative clause on a noun with no day of its own is
who or what its people were, no agreement reached (subtype/agreements.py
`agreement_in_someones_past`); with a day of its own in the relative clause it stays."""

import pytest

from tests.components.coder_records import sub_types

pytestmark = pytest.mark.slow


def test_a_teacher_who_had_brokered_a_truce_is_no_agreement(tiny_index):
    kinds = sub_types("Unknown gunmen on Sunday killed a retired schoolteacher in Homs who "
                      "had brokered a truce between two clans.")
    assert "Agreement" not in kinds and "Attack" in kinds


@pytest.mark.parametrize("text", [
    "The army on Tuesday freed the prisoners that the two sides had agreed in Hama on Sunday "
    "to exchange.",
    "Rebels who had signed a ceasefire with the army in Hama on Monday attacked an army "
    "checkpoint there on Wednesday.",
])
def test_an_agreement_with_its_own_day_in_the_relative_clause_stays(tiny_index, text):
    assert "Agreement" in sub_types(text)
