"""A place named after the event's own to say what holds it is no second event
(placing/held_by.py): "in Dorvan, Belcosta", "in Marbat in the southern Strip"."""

import pytest

import eventdesk
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.placing.held_by import holders_dropped
from eventdesk.geo.candidates import PlaceMention
from eventdesk.records import Place


def _place(location, admin1, admin2=None, code="PH"):
    return Place(country="X", country_code=code, admin1=admin1, admin2=admin2,
                 location=location, latitude=1.0, longitude=1.0, geo_precision=1)


def _at(place):
    return Candidate("Battles", "Armed clash", 0, 0, 0, place=place)


def _doc(parsed, text, names):
    """`text`'s words, each of `names` (one word) a place mention."""
    words = text.split()
    doc = parsed(words, heads=[0] * len(words), deps=["ROOT"] + ["dep"] * (len(words) - 1))
    doc._.places = [PlaceMention(i, i + 1, 0, 0, w, []) for i, w in enumerate(words)
                    if w in names]
    return doc


DORVAN = _place("Dorvan", "Kordafa", "Belcosta")
BELCOSTA = _place("Belcosta", "Tindoumar")


def test_a_copy_at_the_holder_told_after_the_events_place_is_dropped(parsed):
    doc = _doc(parsed, "a bomb went off in Dorvan , Belcosta , on Monday", {"Dorvan", "Belcosta"})
    assert holders_dropped(doc, _at(DORVAN), [_at(BELCOSTA)], doc._.places) == []


def test_the_event_placed_at_the_holder_moves_to_the_place_it_holds(parsed):
    doc = _doc(parsed, "a bomb went off in Dorvan , Belcosta , on Monday", {"Dorvan", "Belcosta"})
    cand = _at(BELCOSTA)
    assert holders_dropped(doc, cand, [_at(DORVAN)], doc._.places) == [] and cand.place is DORVAN


def test_a_listed_holder_keeps_its_copy(parsed):
    doc = _doc(parsed, "clashes in Dorvan and Belcosta on Monday", {"Dorvan", "Belcosta"})
    copy = _at(BELCOSTA)
    assert holders_dropped(doc, _at(DORVAN), [copy], doc._.places) == [copy]


EARLIER = ("Dorvan , Belcosta , was calm last week . On Monday clashes broke out in Dorvan "
           "and Belcosta .")


def test_a_holder_told_in_another_sentence_keeps_the_clauses_copy(parsed):
    # the first sentence tells Belcosta as Dorvan's district; the clause lists them
    doc = _doc(parsed, EARLIER, {"Dorvan", "Belcosta"})
    clause = [m for m in doc._.places if m.start > 8]
    copy = _at(BELCOSTA)
    assert holders_dropped(doc, _at(DORVAN), [copy], clause) == [copy]


def test_the_event_at_a_holder_told_in_another_sentence_stays_there(parsed):
    doc = _doc(parsed, EARLIER, {"Dorvan", "Belcosta"})
    clause = [m for m in doc._.places if m.start > 8]
    cand, copy = _at(BELCOSTA), _at(DORVAN)
    assert holders_dropped(doc, cand, [copy], clause) == [copy] and cand.place is BELCOSTA


@pytest.fixture
def tiny_index(tiny_index_with):
    return tiny_index_with(places=[
        (9100011, "Tell Marzouk", "Tell Marzouk", "", 34.9, 36.5, "P", "PPL", "SY", "11",
         12000)])


@pytest.mark.slow
def test_the_town_named_as_the_holder_is_no_second_event(tiny_index):
    events = eventdesk.extract(
        "In Tell Marzouk, Homs, a roadside bomb exploded near a bus on Monday, killing three "
        "people, a Syrian war monitor said.", published="2024-03-12")
    assert [e.location for e in events] == ["Tell Marzouk"]


@pytest.mark.slow
def test_a_listed_holder_is_a_place_of_its_own(tiny_index):
    events = eventdesk.extract(
        "Syrian army artillery shelled Tell Marzouk and Homs on Monday, killing three "
        "people, a Syrian war monitor said.", published="2024-03-12")
    assert sorted(e.location for e in events) == ["Homs", "Tell Marzouk"]


@pytest.mark.slow
def test_a_holder_in_a_list_that_and_ends_is_a_place_of_its_own(tiny_index):
    events = eventdesk.extract(
        "Rebels attacked army positions in several Syrian towns on Monday, including Homs, "
        "Tell Marzouk, Talal and Jabur, the army said.", published="2024-03-12")
    assert "Homs" in {e.location for e in events}


def test_a_copy_abroad_of_an_event_in_the_reports_country_is_no_second_place(parsed):
    # "in Bristol, marchers ended their walk beside the bandstand of Alexandra Park":
    # a park's name the index reads as a town abroad
    from eventdesk.components.events.placing.held_by import abroad_copy

    doc = _doc(parsed, "in Bristol marchers stopped in Alexandra Park", {"Bristol"})
    doc._.countries = ["GB"]
    bristol = _at(_place("Bristol", "England", code="GB"))
    assert abroad_copy(doc, bristol, _at(_place("Alexandra", "Otago", code="NZ")))
    # control: a second town of the report's country stays a copy
    assert not abroad_copy(doc, bristol, _at(_place("Bath", "England", code="GB")))
