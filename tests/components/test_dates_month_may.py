"""month_may: "8 May" between a subject and its verb is the month, not the modal."""

import datetime as dt

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

import eventdesk
from eventdesk.components.dates import find_dates
from eventdesk.components.dates.month_may import month_not_modal


def _doc(words, tags, deps, heads):
    return Doc(English().vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_may_in_a_day_is_retagged_as_the_month():
    doc = _doc(["Militia", "8", "May", "killed", "civilians"],
               ["NN", "CD", "MD", "VBD", "NNS"],
               ["nsubj", "nummod", "aux", "ROOT", "dobj"], [3, 2, 3, 3, 3])
    month_not_modal(doc, find_dates(doc.text, dt.date(2022, 6, 1)))
    may = doc[2]
    assert (may.tag_, may.pos_, may.dep_) == ("NNP", "PROPN", "npadvmod")


@pytest.mark.parametrize(("words", "tags", "deps", "heads"), [
    # "May the talks succeed in May": the wish's capitalised modal, then the month
    (["May", "the", "talks", "succeed", "in", "May"], ["MD", "DT", "NNS", "VB", "IN", "NNP"],
     ["aux", "det", "nsubj", "ROOT", "prep", "pobj"], [3, 2, 3, 3, 3, 4]),
    # "May I add that rebels fled": the question's modal
    (["May", "I", "add", "that", "rebels", "fled"], ["MD", "PRP", "VB", "IN", "NNS", "VBD"],
     ["aux", "nsubj", "ROOT", "mark", "nsubj", "ccomp"], [2, 2, 2, 5, 5, 2]),
])
def test_the_modal_outside_a_date_is_left_alone(words, tags, deps, heads):
    """A sentence-initial "May" that opens a wish or a question is the modal, whatever the
    finders read elsewhere in the sentence."""
    doc = _doc(words, tags, deps, heads)
    month_not_modal(doc, find_dates(doc.text, dt.date(2022, 6, 1)))
    assert (doc[0].tag_, doc[0].pos_, doc[0].dep_) == ("MD", "", "aux")


@pytest.mark.slow
def test_a_tracker_entry_with_its_day_before_the_verb_is_an_event(tiny_index):
    """A monthly tracker's clipped style: "Rebels 8 May shelled Homs" happened on 8 May."""
    text = "Situation deteriorated. In Homs, militants 8 May killed 12 civilians in Homs."
    events = eventdesk.extract(text, published="2014-06-02", doc_id="tracker")
    assert [(e.location, e.event_date) for e in events] == [("Homs", dt.date(2014, 5, 8))]
