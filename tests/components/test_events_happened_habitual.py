"""A deed summed over incidents counted as separate is no single incident
(happened/habitual.py `separate_incidents`); one incident told apart from another stays one."""

import pytest

import eventdesk


def _sub_types(text):
    return [e.sub_event_type for e in eventdesk.extract(text, published="2024-08-14")
            if e.location]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police killed nine suspected robbers in two separate gunfights near Kano on Monday.",
    "Soldiers clashed with bandits in four separate encounters around Kano this week.",
])
def test_a_deed_summed_over_separate_incidents_is_no_event(text):
    assert _sub_types(text) == []


@pytest.mark.slow
def test_one_incident_told_apart_stays_an_event():
    text = ("Gunmen killed a trader in Kano on Monday. In a separate incident, police shot "
            "dead two suspected robbers near Kano on Tuesday.")
    assert len(_sub_types(text)) == 2
