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
    ("Earlier in the day, about 2,000 nurses marched peacefully to the clinic in Tal Afar.",
     True),
    ("The march ended at the cathedral without any incident.", True),
    # a calm start is the crowd that turned: not apart
    ("The protest had started peacefully before the clashes.", False),
    ("The rally was peaceful until youths arrived.", False),
    # ended calm before a brawl told later: over, calm, when the brawl began
    ("The rally finished peacefully before a brawl began across town.", True),
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
    report = ("Youths lobbed bricks at gendarmes in Tal Afar on Sunday night. "
              "The gendarmes answered with tear gas. "
              "Earlier in the day, about 2,000 nurses marched peacefully to the clinic.")
    events = eventdesk.extract(report, published="2021-12-07", doc_id="calm-apart")
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest",
                                                        "Violent demonstration"]
    events = eventdesk.extract(report.replace(" peacefully", ""), published="2021-12-07",
                               doc_id="calm-one")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


@pytest.mark.slow
def test_a_protest_that_started_peacefully_before_the_clashes_is_one_event():
    report = ("Youths hurled stones at police in Tal Afar on Monday. "
              "The protest had started peacefully before the clashes.")
    events = eventdesk.extract(report, published="2024-08-03", doc_id="calm-start")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
