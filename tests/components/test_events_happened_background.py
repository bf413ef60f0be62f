"""A deed dated only by a span begun before the report's week is background
(happened/background.py); a day said in a verb joined after it, with a subject of its own,
is that verb's and does not make the deed news."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.records import Document

pytestmark = pytest.mark.slow

LEAD = "Troops shelled the outskirts of Mosul on Tuesday, officials said. "


def _coded(text):
    doc = eventdesk.load().parse(Document(text=text, doc_id="t", published=dt.date(2024, 6, 12)),
                                 classifier=False)
    return ([(e.sub_event_type, e.event_date.isoformat()) for e in doc._.events],
            [d[2:] for d in doc.user_data[DECISIONS_KEY]])


def test_a_day_of_a_joined_verb_with_its_own_subject_is_not_the_deeds():
    events, decisions = _coded(
        LEAD + "Fighting for Sinjar, the rebels' last bastion in the west, has grown fiercer "
               "since April 20, and the regional assembly on Friday is due to debate a truce.")
    assert ("not happened", "background_date") in decisions
    assert [e for e in events if e[0] == "Armed clash"] == []


def test_a_day_of_the_deeds_own_verb_still_makes_it_news():
    events, decisions = _coded(
        LEAD + "Fighting broke out in Sinjar on Monday, and the regional assembly is due to "
               "debate a truce.")
    assert ("Armed clash", "2024-06-10") in events
    assert ("not happened", "background_date") not in decisions
