"""A witness's words quoted after "told <someone> that" retell the event just told, as a
quotation opening its sentence does (issue 8: 'A villager told Radio X that "the militia
fired shells at people in their homes"' was coded as a shelling of its own)."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events.merging.clause_reading import quoted_bare
from eventdesk.components.triggers import sentence_clauses
from eventdesk.records import Document

pytestmark = pytest.mark.slow

ATTACK = ("At least 40 people were killed when militiamen attacked Kauru village in Kaduna "
          "State on Wednesday, residents said. ")


@pytest.fixture(scope="module")
def pipeline():
    return eventdesk.load()


def _fired(pipeline, text):
    doc = pipeline.parse(Document(text=text, doc_id="told", published=dt.date(2024, 6, 7)),
                         classifier=False)
    return next(quoted_bare(doc, sent, c) for sent, cs in sentence_clauses(doc) for c in cs
                if c.root.text == "fired")


@pytest.mark.parametrize("text, expected", [
    ('A villager told Radio Nile that "the militia fired shells at people in their homes".', True),
    ('A farmer told reporters: "They fired shells at people in their homes."', True),
    ('"They fired shells at people in their homes," a farmer told reporters.', True),
    # the quotation names a place and a day of its own: another scene
    ('A villager told Radio Nile that "the militia fired shells at Zonkwa on Thursday".', False),
    # no quotation: the report's own telling
    ("A villager told Radio Nile that the militia fired shells at people in their homes.", False),
])
def test_a_quotation_after_told_that_is_read_as_a_bare_quotation(pipeline, text, expected):
    assert _fired(pipeline, ATTACK + text) is expected


def test_the_witness_quoted_after_told_that_retells_the_attack():
    events = eventdesk.extract(ATTACK + 'A villager told Radio Nile that "the militia fired '
                               'shells and machine guns at people in their homes".',
                               published="2024-06-07")
    assert [e.sub_event_type for e in events] == ["Attack"]
