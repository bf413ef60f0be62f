"""Roles from the parse: who acts and who is acted upon in a clause."""

import pytest

import eventdesk
from eventdesk.components.events.roles import roles
from eventdesk.components.triggers import sentence_clauses
from eventdesk.records import Document


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    doc = eventdesk.load().parse(Document(text=text, doc_id="t"))
    return [tuple(m and m.text for m in roles(doc, clause))
            for _, grouped in sentence_clauses(doc) for clause in grouped]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "agent"), [
    ("Somali militants killed two city council officials and a former lawmaker in Baidoa, "
     "police and the rebel group said on Sunday.", "Somali militants"),
    ("Gunmen opened fire on a provincial councillor's convoy in Baquba, killing him and two "
     "guards, police and a doctor said.", "Gunmen"),
])
def test_the_source_of_the_news_is_no_side(text, agent):
    """"…, police and a doctor said": the police tell the news; the parse hangs them on
    the victims, but they are not the side acted upon."""
    assert _roles(text)[0] == (agent, None)


@pytest.mark.slow
def test_a_subject_hung_on_a_fronted_phrase_acts():
    """After "On Monday in the Qalamoun Mountains," the parser makes the subject an
    apposition of "Mountains": it is still who took the hill."""
    events = eventdesk.extract(
        "On Monday in the Qalamoun Mountains, Syrian troops and Hezbollah fighters captured "
        "a hill from Islamic State militants.", published="2016-06-15")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Government regains territory", "Military Forces of Syria", "Islamic State")]
