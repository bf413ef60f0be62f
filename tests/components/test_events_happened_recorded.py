"""'Recorded' as a verb of saying (lexicon.toml telling_clause): a monitor's tally told by
who kept it is no incident ("the mission recorded 24 shells fired at the villages over the
past day"; cue.speech's example), but an event that is itself the passive subject ("heavy
clashes were recorded in X on Friday") is told as briefs tell news
(happened/deciding.py REPORTED_PASSIVES)."""

import pytest


@pytest.mark.slow
def test_an_event_recorded_in_the_passive_is_an_event(tiny_index):
    import eventdesk

    events = eventdesk.extract(
        "Heavy clashes between the army and rebels were recorded in Homs on Friday, the "
        "monitor said.", published="2021-06-15")
    assert [e.event_type for e in events] == ["Battles"]


@pytest.mark.slow
def test_a_tally_recorded_by_a_monitor_is_no_event(tiny_index):
    import eventdesk

    assert eventdesk.extract(
        "The monitoring mission recorded 24 shells fired by the army at villages around Homs "
        "over the past day.", published="2021-06-15") == []
