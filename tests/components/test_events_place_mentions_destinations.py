"""place_mentions/destinations: a place "in" or "at" after where people were taken locates
that destination, not the scene; people who went of themselves ("protesters moved to the
governor's office in X") were there, and X is the scene. A place a phrase after "from" only
names ("came from the village of X", "from X's hills") is where people came from."""

import pytest

import eventdesk
from eventdesk.components.events.place_mentions.destinations import (
    locates_a_destination,
    origin_of,
)


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


def test_a_place_naming_the_noun_after_from_is_judged_as_from_it(parsed):
    # "raiders arrived from the hamlet of Ruvo" / "raiders arrived from Ruvo's ridges"
    doc = parsed(["raiders", "arrived", "from", "the", "hamlet", "of", "Ruvo"],
                 [1, 1, 1, 4, 2, 4, 5], ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
                 pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                 lemmas=["raider", "arrive", "from", "the", "hamlet", "of", "ruvo"])
    assert origin_of(doc[6]).i == 4
    doc = parsed(["raiders", "arrived", "from", "Ruvo", "'s", "ridges"],
                 [1, 1, 1, 5, 3, 2], ["nsubj", "ROOT", "prep", "poss", "case", "pobj"],
                 pos=["NOUN", "VERB", "ADP", "PROPN", "PART", "NOUN"],
                 lemmas=["raider", "arrive", "from", "ruvo", "'s", "ridge"])
    assert origin_of(doc[3]).i == 5


def test_a_from_phrase_on_a_noun_or_a_verb_of_leaving_keeps_the_place(parsed):
    # "troops completed their withdrawal from the town of Ruvo"
    doc = parsed(["troops", "completed", "withdrawal", "from", "the", "town", "of", "Ruvo"],
                 [1, 1, 1, 2, 5, 3, 5, 6],
                 ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "pobj"],
                 pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                 lemmas=["troop", "complete", "withdrawal", "from", "the", "town", "of", "ruvo"])
    assert origin_of(doc[7]).i == 7


def test_a_place_in_a_phrase_after_another_word_keeps_its_token(parsed):
    # "raiders reached the hamlet of Ruvo"
    doc = parsed(["raiders", "reached", "the", "hamlet", "of", "Ruvo"],
                 [1, 1, 3, 1, 3, 4], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                 pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"])
    assert origin_of(doc[5]).i == 5


# Invented rows of the villages the sentence names (tests/geo/geonames_files.py's layout)
VILLAGES = [
    (9240511, "Korvani", "Korvani", "", 12.41, 3.87, "P", "PPL", "NE", "08", 8_000),
    (9240512, "Dargol", "Dargol", "", 12.62, 3.95, "P", "PPL", "NE", "08", 6_000),
]


@pytest.mark.slow
def test_gunmen_who_came_from_another_village_did_their_deed_at_the_scene(tiny_index_with):
    tiny_index_with(places=VILLAGES)
    text = ("Masked gunmen stormed Korvani on Sunday, leaving six people dead, the local "
            "chairman said. In his account the band of robbers came from Dargol's "
            "ridges before sunrise and fired on villagers as they escaped.")
    events = eventdesk.extract(text, published="2014-05-13", doc_id="came")
    assert [e.location for e in events] == ["Korvani"]
