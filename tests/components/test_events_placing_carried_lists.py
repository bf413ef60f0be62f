"""Places of a list each told with a noun of its own, one event each
(placing/carried_lists.py): "the outskirts of X and the outskirts of Y", "in X and Y city",
"took X on Friday and Y on Saturday"; a possessive names the province that holds a place,
no place of the list. Over the tiny hand-made index with made-up towns, and hand-built
parses for the reading itself."""

import pytest

import eventdesk
from eventdesk.components.events.placing.carried_lists import carried_apart, carrier
from eventdesk.geo.candidates import PlaceMention

TOWNS = [
    (9100001, "Qarbun", "Qarbun", "", 34.9, 36.9, "P", "PPL", "SY", "11", 20000),
    (9100002, "Dalmaz", "Dalmaz", "", 34.6, 37.2, "P", "PPL", "SY", "11", 15000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=TOWNS)


def _locations(text):
    return sorted(e.location for e in eventdesk.extract(text, published="2024-03-12"))


@pytest.mark.slow
def test_the_outskirts_of_two_towns_are_two_events(index):
    assert _locations("Government artillery shelled the outskirts of Qarbun and the outskirts "
                      "of Dalmaz on Monday morning, a monitor said.") == ["Dalmaz", "Qarbun"]


@pytest.mark.slow
def test_the_outskirts_of_one_town_are_one_event(index):
    # a guard: one carrying noun, one town
    assert _locations("Government artillery shelled the outskirts of Qarbun on Monday "
                      "morning, a monitor said.") == ["Qarbun"]


def _mention(doc, i):
    return PlaceMention(start=i, end=i + 1, start_char=doc[i].idx,
                        end_char=doc[i].idx + len(doc[i].text), text=doc[i].text,
                        candidates=[])


def test_a_name_carried_by_a_noun_joined_to_another_places_is_listed(parsed):
    # "shelled the outskirts of Qarbun and the outskirts of Dalmaz"
    doc = parsed(["shelled", "the", "outskirts", "of", "Qarbun", "and", "the", "outskirts",
                  "of", "Dalmaz"],
                 [0, 2, 0, 2, 3, 4, 7, 4, 7, 8],
                 ["ROOT", "det", "dobj", "prep", "pobj", "cc", "det", "conj", "prep", "pobj"],
                 pos=["VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "ADP",
                      "PROPN"])
    first, second = _mention(doc, 4), _mention(doc, 9)
    assert carrier(doc[9]).i == 7
    assert carried_apart(doc, doc[9], [first, second], second)
    # a carrying noun alone lists nothing: it must be joined to another place's
    assert not carried_apart(doc, doc[9], [second], second)


def test_a_possessive_holder_is_no_place_of_the_list(parsed):
    # "in Halab's Qarbun district and Dalmaz district": Halab holds Qarbun
    doc = parsed(["in", "Halab", "'s", "Qarbun", "district", "and", "Dalmaz", "district"],
                 [0, 4, 1, 4, 0, 4, 7, 4],
                 ["ROOT", "poss", "case", "compound", "pobj", "cc", "compound", "conj"],
                 pos=["ADP", "PROPN", "PART", "PROPN", "NOUN", "CCONJ", "PROPN", "NOUN"])
    halab, qarbun, dalmaz = _mention(doc, 1), _mention(doc, 3), _mention(doc, 6)
    mentions = [halab, qarbun, dalmaz]
    assert carried_apart(doc, doc[6], mentions, dalmaz)
    assert carrier(doc[1]) is None
    assert not carried_apart(doc, doc[1], mentions, halab)


def test_an_office_of_a_town_carries_no_place_of_a_list(parsed):
    # "arrested the governor of Qarbun and the mayor of Dalmaz": whose office, not where
    doc = parsed(["arrested", "the", "governor", "of", "Qarbun", "and", "the", "mayor", "of",
                  "Dalmaz"],
                 [0, 2, 0, 2, 3, 4, 7, 4, 7, 8],
                 ["ROOT", "det", "dobj", "prep", "pobj", "cc", "det", "conj", "prep", "pobj"],
                 pos=["VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "ADP",
                      "PROPN"])
    first, second = _mention(doc, 4), _mention(doc, 9)
    assert carrier(doc[9]) is None
    assert not carried_apart(doc, doc[9], [first, second], second)


def test_a_name_joined_to_the_day_after_another_place_is_listed(parsed):
    # "took Qarbun on Friday and Dalmaz on Saturday": the parse joins Dalmaz to "Friday"
    doc = parsed(["took", "Qarbun", "on", "Friday", "and", "Dalmaz", "on", "Saturday"],
                 [0, 0, 0, 2, 3, 3, 0, 6],
                 ["ROOT", "dobj", "prep", "pobj", "cc", "conj", "prep", "pobj"],
                 pos=["VERB", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN"])
    doc.ents = [doc.char_span(doc[3].idx, doc[3].idx + 6, label="DATE"),
                doc.char_span(doc[7].idx, doc[7].idx + 8, label="DATE")]
    first, second = _mention(doc, 1), _mention(doc, 5)
    assert carried_apart(doc, doc[5], [first, second], second)
    assert not carried_apart(doc, doc[5], [second], second)
