"""place_mentions/destinations: a place "in" or "at" after where people were taken locates
that destination, not the scene; people who went of themselves ("protesters moved to the
governor's office in X") were there, and X is the scene."""

import pytest

import eventdesk
from eventdesk.components.events.place_mentions.destinations import locates_a_destination


def _went(parsed, verb, lemma, passive):
    # "crowds moved to the office in Aden" / "crowds were moved to the office in Aden"
    words = ["crowds", *(["were"] if passive else []), verb, "to", "the", "office", "in",
             "Aden"]
    k = 1 if passive else 0
    heads = [1 + k, *([2] if passive else []), 1 + k, 1 + k, 4 + k, 2 + k, 4 + k, 5 + k]
    deps = ["nsubjpass" if passive else "nsubj", *(["auxpass"] if passive else []), "ROOT",
            "prep", "det", "pobj", "prep", "pobj"]
    pos = ["NOUN", *(["AUX"] if passive else []), "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"]
    lemmas = ["crowd", *(["be"] if passive else []), lemma, "to", "the", "office", "in", "aden"]
    return parsed(words, heads, deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(("verb", "lemma"), [("moved", "move"), ("flew", "fly"),
                                             ("ferried", "ferry")])
def test_people_going_of_themselves_are_at_the_place(parsed, verb, lemma):
    doc = _went(parsed, verb, lemma, passive=False)
    assert not locates_a_destination(doc[6])


@pytest.mark.parametrize(("verb", "lemma"), [("moved", "move"), ("flown", "fly")])
def test_people_carried_there_by_others_are_not_at_the_place(parsed, verb, lemma):
    doc = _went(parsed, verb, lemma, passive=True)
    assert locates_a_destination(doc[7])


def test_a_verb_that_only_carries_locates_a_destination_in_the_active_too(parsed):
    doc = _went(parsed, "deported", "deport", passive=False)
    assert locates_a_destination(doc[6])


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Hundreds of students moved to the provincial council in Aden on Monday and chanted "
    "slogans against the power cuts.",
    "Police fired tear gas at students on Monday after they moved to the provincial council "
    "in Aden.",
])
def test_a_crowd_that_moved_to_a_building_is_placed_in_its_town(tiny_index, text):
    events = eventdesk.extract(text, published="2014-05-10", doc_id="moved")
    assert [e.location for e in events] == ["Aden"]
