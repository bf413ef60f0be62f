"""How a protest movement began, recalled past the lead with its definite noun and no place
of its own, is its backdrop, no protest of that day (happened/movement_began.py); a deed
the sentence tells in its own "when" clause, and a start told with its place, are coded."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.records import Document

pytestmark = pytest.mark.slow

LEAD = "Two bank guards in Mosul were killed by masked robbers on Tuesday. "


def _coded(text):
    doc = eventdesk.load().parse(Document(text=text, doc_id="t", published=dt.date(2024, 3, 12)),
                                 classifier=False)
    return ([(e.sub_event_type, e.event_date.isoformat()) for e in doc._.events],
            [d[2:] for d in doc.user_data[DECISIONS_KEY]])


def test_the_day_the_demonstrations_started_is_their_backdrop():
    events, decisions = _coded(LEAD + "The demonstrations started on 2 March against a cut in pay.")
    assert ("not happened", "movement_began") in decisions
    assert [e for e in events if e[1] == "2024-03-02"] == []


def test_the_demonstrations_the_unrest_erupted_with_are_its_backdrop():
    events, decisions = _coded(
        LEAD + "The unrest erupted on Friday with demonstrations against rents.")
    assert ("not happened", "movement_began") in decisions
    assert [e for e in events if e[1] == "2024-03-08"] == []


def test_a_march_told_in_the_when_clause_is_coded():
    events, _ = _coded(
        LEAD + "The demonstrations started on Friday, when nurses walked out and marched.")
    assert events.count(("Peaceful protest", "2024-03-08")) == 1


def test_a_lead_telling_where_demonstrations_started_is_the_news():
    events, decisions = _coded("Demonstrations against power cuts started in Basra on Monday.")
    assert ("Peaceful protest", "2024-03-11") in events
    assert ("not happened", "movement_began") not in decisions


def test_a_march_told_in_the_same_clause_is_coded():
    events, decisions = _coded(
        LEAD + "The demonstrations started on Friday as thousands of nurses marched in Mosul.")
    assert ("Peaceful protest", "2024-03-08") in events
    assert ("not happened", "movement_began") not in decisions


def test_a_participle_describing_a_noun_tells_no_deed_beside_the_start():
    events, decisions = _coded(LEAD + "The demonstrations started on 2 March against abuses by "
                                      "the since-disbanded riot unit of the city police.")
    assert ("not happened", "movement_began") in decisions
    assert [e for e in events if e[1] == "2024-03-02"] == []
