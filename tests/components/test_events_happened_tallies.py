"""Deeds named as a tally or a stretch of the war (happened/tallies.py
`deeds_tallied_since`, `spent_in_a_span`) are no incident; the same deeds told as the
subject of a dated deed, or in a relative clause on a short counted span, are."""

import pytest

from tests.components.coder_records import sub_types

pytestmark = pytest.mark.slow


def test_plural_deeds_tallied_since_a_time_are_no_incident(tiny_index):
    assert sub_types("The village had served as the depot of the rockets that have hit the "
                     "districts of Homs and Hama since the truce broke down.") == []


@pytest.mark.parametrize("text, kind", [
    ("Airstrikes that have pounded Idlib since Friday killed 12 people in Homs on Monday.",
     "Air/drone strike"),
    ("Clashes that have raged in Hama since Friday killed at least 20 fighters on Sunday.",
     "Armed clash"),
])
def test_deeds_tallied_since_that_did_a_dated_deed_are_that_deed(tiny_index, text, kind):
    assert kind in sub_types(text)


def test_deeds_in_a_relative_clause_on_months_are_no_incident(tiny_index):
    assert sub_types("Shops in Homs reopened on Monday after months during which gunmen had "
                     "looted the market and burned its stalls.") == []


def test_deeds_in_a_relative_clause_on_counted_weeks_are_told(tiny_index):
    """A short counted span ("the two weeks during which") can be one incident's time."""
    assert sub_types("Gunmen looted the market of Homs and burned its stalls in the two weeks "
                     "during which the police were away, residents said on Monday.") != []
