"""Who the victims of a clause are when its verb is co-ordinated with another
(subtype/shared.py `_victim_words`)."""

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.records import Document

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline():
    return eventdesk.load()


def _decisions(pipeline, text):
    doc = pipeline.parse(Document(text=text, doc_id="victims"), classifier=False)
    return [(outcome, why) for _, _, outcome, why in doc.user_data[DECISIONS_KEY]]


def test_victims_of_a_verb_sharing_the_subject(pipeline):
    # "shot and killed a man": the man is the shooting's victim too, and the relative
    # clause about him makes him an attacker
    decisions = _decisions(pipeline, "Police shot and killed a man who they said was "
                           "preparing to attack a hotel in Tal Afar on Monday.")
    assert ("Armed clash", "victims-were-fighting") in decisions


def test_a_verb_telling_another_deed_lends_no_victims(pipeline):
    # the people seized are the abduction's, not the storming's
    decisions = _decisions(pipeline, "Militants stormed a hotel in Tal Afar on Monday and "
                           "seized 20 people, including three children.")
    assert ("Abduction/forced disappearance", "people-seized") in decisions
    assert not any(outcome == "Attack" for outcome, _ in decisions), decisions
