"""A report moving on to another scene or incident keeps tellings of one type, place
and day apart (issue 8: event granularity across sentences)."""

import pytest

import eventdesk
from eventdesk.components.events.merging.merge import merge
from eventdesk.components.events.merging.same_event import same_event
from eventdesk.components.events.merging.scenes import moved_to_another_place, opens_on_a_place
from eventdesk.records import Document
from tests.components.merging_tellings import (
    CITY,
    DISTRICT,
    draft,
)


def test_another_sub_type_in_a_district_named_in_its_own_sentence_is_another_incident():
    suicide = draft("Suicide bomb", "Explosions/Remote violence", place=CITY, sent_index=1)
    roadside = draft("Remote explosive/landmine/IED", "Explosions/Remote violence",
                     place=DISTRICT, sent_index=3)
    assert len(merge([suicide, roadside])) == 2


def test_a_district_telling_of_the_same_sub_type_or_placed_by_context_still_joins_the_city():
    blast = draft("Suicide bomb", "Explosions/Remote violence", place=CITY, sent_index=1)
    again = draft("Suicide bomb", "Explosions/Remote violence", place=DISTRICT, sent_index=2)
    assert len(merge([blast, again])) == 1
    city = draft("Suicide bomb", "Explosions/Remote violence", place=CITY, sent_index=1)
    unplaced = draft("Remote explosive/landmine/IED", "Explosions/Remote violence",
                     place=DISTRICT, sent_index=2, place_from_context=True)
    assert len(merge([city, unplaced])) == 1


def test_a_telling_marked_as_another_incident_stays_apart_at_the_same_place_and_day():
    """"An air strike hit a market in X on Monday. Separately, another strike hit a school
    in the town": a later sentence marked as another incident is one, even at the same
    place on the same day; told in one sentence, or unmarked, the tellings merge."""
    first = draft("Air/drone strike", "Explosions/Remote violence", sent_index=0)
    separately = draft("Air/drone strike", "Explosions/Remote violence", start=1,
                       sent_index=1, another_incident=True)
    assert not same_event(first, separately)
    assert len(merge([first, separately])) == 2
    separately.another_incident = False
    assert len(merge([first, separately])) == 1
    same_sentence = draft("Air/drone strike", "Explosions/Remote violence", start=1,
                          sent_index=0, another_incident=True)
    assert same_event(first, same_sentence)


def test_a_sentence_opening_on_its_place_is_another_scene_even_in_the_citys_district():
    """"Clashes erupted in Mosul … In al-Zuhur, young men confronted the forces": a later
    sentence that opens on its place tells another event, even one the index puts in a
    district of the first telling's city; without that opening the city takes in its
    district (one event)."""
    first = draft("Armed clash", place=CITY, start=0)
    fronted = draft("Armed clash", place=DISTRICT, start=2, place_fronted=True)
    assert moved_to_another_place(first, fronted)
    assert len(merge([first, fronted])) == 2
    plain = draft("Armed clash", place=DISTRICT, start=2)
    assert not moved_to_another_place(first, plain)
    assert len(merge([draft("Armed clash", place=CITY, start=0), plain])) == 1
    # the same place named again at the sentence's opening: the same event
    again = draft("Armed clash", place=CITY, start=2, place_fronted=True)
    assert len(merge([draft("Armed clash", place=CITY, start=0), again])) == 1


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "opens"), [
    ("In Quetta, one protester was killed on Tuesday.", True),
    ("In the western city of Zawiya, rival militias also exchanged fire.", True),
    ("Also in Kaduna, gunmen abducted ten people.", True),
    ("In March, gunmen abducted ten people in Kaduna.", False),
    ("In a statement, the army said troops killed ten militants in Kaduna.", False),
    ("Gunmen abducted ten people in Kaduna, police said.", False),
])
def test_opens_on_a_place(sentence, opens):
    doc = eventdesk.load().parse(Document(text=sentence, doc_id="opens"))
    assert opens_on_a_place(next(iter(doc.sents))) is opens


def test_whether_a_sentence_opens_on_its_place_is_read_once_per_sentence(parsed, monkeypatch):
    """Every candidate of a sentence asks (the event coder's hot path): the sentence is read
    once, and another sentence of the report is read for itself."""
    from eventdesk.components.events.merging import scenes

    doc = parsed(["In", "Quetta", ",", "police", "fired", ".", "Police", "fired", "."],
                 [4, 0, 4, 4, 4, 4, 7, 7, 7],
                 ["prep", "pobj", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
                 pos=["ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"])
    first, second = doc[0:6], doc[6:9]
    read = []
    monkeypatch.setattr(scenes, "opens_on_a_place",
                        lambda sent: read.append(sent.start) or sent.start == 0)
    assert scenes.sentence_fronted(first) and scenes.sentence_fronted(first)
    assert not scenes.sentence_fronted(second)
    assert read == [0, 6]
