"""'Recorded' as a verb of saying (lexicon.toml telling_clause): a monitor's tally told by
who kept it is no incident ("over the weekend the observer mission recorded 31 mortar rounds
hitting farmland"; cue.speech's example), but an event that is itself the passive subject
("heavy clashes were recorded in X on Friday") is told as briefs tell news
(happened/deciding.py REPORTED_PASSIVES), and "record" that counts nothing is no telling
(happened/beside.py `recorded_as_a_tally`): a side's losses, or a filming."""

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
        "During the night the truce monitors recorded 17 rockets striking orchards east of "
        "Homs.", published="2021-06-15") == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "event_type"), [
    ("The army recorded heavy losses in clashes with rebels outside Homs on Friday.",
     "Battles"),
    ("Journalists recorded soldiers beating protesters in Homs on Friday.", "Protests"),
])
def test_a_record_that_counts_nothing_tells_the_deed(tiny_index, text, event_type):
    import eventdesk

    events = eventdesk.extract(text, published="2021-06-15")
    assert event_type in [e.event_type for e in events], events
