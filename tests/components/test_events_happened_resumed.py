"""A deed named again as what started again on a day of its own is a new round of it
(happened/resumed.py); without a day of its own it stays the deed named again."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.records import Document

pytestmark = pytest.mark.slow

LEAD = "Heavy fighting broke out in Mosul on Sunday between the army and militants. "


def _coded(text):
    doc = eventdesk.load().parse(Document(text=text, doc_id="t", published=dt.date(2021, 6, 15)),
                                 classifier=False)
    return ([(e.sub_event_type, e.event_date.isoformat()) for e in doc._.events],
            [d[2:] for d in doc.user_data[DECISIONS_KEY]])


def test_fighting_resumed_on_a_day_of_its_own_is_that_days_fighting():
    events, _ = _coded(LEAD + "The clashes restarted near Tal Afar on Monday.")
    assert ("Armed clash", "2021-06-14") in events
    assert len(events) == 2


def test_fighting_resumed_with_no_day_is_the_fighting_named_again():
    events, decisions = _coded(LEAD + "The fighting resumed after a short lull.")
    assert events == [("Armed clash", "2021-06-13")]
    assert ("not happened", "named_again") in decisions
