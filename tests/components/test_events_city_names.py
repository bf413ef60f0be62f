"""A city of a million named like an everyday English word ("Shanghai", also a verb) is a
place where NER calls it one and only places are named."""

import pytest

import eventdesk


@pytest.mark.slow
def test_a_famous_city_named_like_a_verb_is_placed():
    events = eventdesk.extract(
        "Some 300 workers from a state pharmaceutical company in Shanghai demonstrated "
        "Wednesday outside municipal government buildings alleging management corruption.",
        published="2003-05-07")
    assert [(e.location, e.country) for e in events] == [("Shanghai", "China")]
