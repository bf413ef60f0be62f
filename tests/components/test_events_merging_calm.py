"""A protest its own sentence tells was peaceful is not the crowd of a riot told in another
sentence (merging/calm.py, read by crowds.py `turned_violent`)."""

import pytest

import eventdesk
from eventdesk.components.events.merging.calm import told_calm
from eventdesk.components.triggers import sentence_clauses
from eventdesk.records import Document


def _protest_clause(sentence):
    doc = eventdesk.load().parse(Document(text=sentence, doc_id="calm"))
    return next(c for _, found in sentence_clauses(doc) for c in found)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "calm"), [
    ("Earlier, some 3,000 students marched peacefully to parliament in Tal Afar.", True),
    ("The march reached the main square without major incident.", True),
    ("Thousands joined a peaceful march through Tal Afar on Monday.", True),
    ("Thousands of students marched to parliament in Tal Afar on Monday.", False),
    ("Protesters marched to parliament after the incident at the university.", False),
])
def test_told_calm(sentence, calm):
    assert told_calm(_protest_clause(sentence)) is calm


@pytest.mark.slow
def test_a_march_told_peaceful_after_the_clashes_is_its_own_event():
    """The clashes of the night and the march that passed peacefully earlier are two
    events (GUIDELINES: one type of interaction per event); told without the peaceful
    word, the march is the crowd that turned violent, one event."""
    report = ("Youths hurled petrol bombs at riot police in Tal Afar on Monday night. "
              "Police responded with tear gas. "
              "Earlier, some 3,000 students marched peacefully to the governor's office.")
    events = eventdesk.extract(report, published="2021-12-07", doc_id="calm-apart")
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest",
                                                        "Violent demonstration"]
    events = eventdesk.extract(report.replace(" peacefully", ""), published="2021-12-07",
                               doc_id="calm-one")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
