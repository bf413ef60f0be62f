"""A report of unrest: a crowd told live in the present progressive, fireworks thrown,
and the predicates that read the report as one of unrest."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.records import Document

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline():
    return eventdesk.load()


def _code(pipeline, text):
    doc = pipeline.parse(Document(text=text, doc_id="unrest", published=dt.date(2021, 6, 15)),
                         classifier=False)
    return [e.sub_event_type for e in doc._.events], doc.user_data[DECISIONS_KEY]


def test_a_crowd_told_in_the_present_progressive_is_live_news_not_a_campaign(pipeline):
    """"Some protesters are throwing stones at police lines": a crowd reported live (a live
    blog's entry), not the war's course; its violence makes the dispersed protest a riot."""
    events, decisions = _code(pipeline, (
        "Riot police fired tear gas at protesters in Tal Afar on Monday night. Some "
        "protesters are throwing stones at police lines outside the governor's office."))
    assert not any(why == "campaign" for *_, why in decisions), decisions
    assert events == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "Youths threw fireworks at police in Tal Afar on Monday night.",
    "Protesters hurled firecrackers at riot police in Tal Afar on Monday.",
])
def test_fireworks_thrown_are_a_riot(pipeline, text):
    """Fireworks and firecrackers thrown at police are a crowd's violence, as stones
    thrown are."""
    events, _ = _code(pipeline, text)
    assert events == ["Violent demonstration"]


def test_a_band_called_by_a_loaded_word_riots_only_in_a_report_of_unrest(pipeline):
    """"Miscreants set fire to the council office": the rioting crowd when the report tells
    protests; with no unrest told, the loaded word stays property destruction by nobody
    named (rule looting)."""
    unrest, _ = _code(pipeline, (
        "Protests over fuel prices spread on Monday. Miscreants set fire to the district "
        "council office in Tal Afar on Monday afternoon."))
    alone, _ = _code(pipeline, (
        "Miscreants set fire to the district council office in Tal Afar on Monday "
        "afternoon."))
    assert "Violent demonstration" in unrest and "Looting/property destruction" not in unrest
    assert alone == ["Looting/property destruction"]


def test_a_movement_of_troops_tells_no_unrest(pipeline):
    """"the movement of troops" is no people's movement: the band stays an arsonist."""
    events, _ = _code(pipeline, (
        "Residents reported the movement of troops near Mosul on Sunday. Miscreants set "
        "fire to the district council office in Tal Afar on Monday afternoon."))
    assert "Violent demonstration" not in events

