"""The day of a toll's count (`toll_days`): a day hung on the toll's verb, or on a
participle of counting or confirming, is the count's, not the deed's."""

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

import eventdesk
from eventdesk.components.events.toll_days import dates_a_toll_update


def _parsed(words, heads, deps, tags, pos, lemmas) -> Doc:
    """A Doc built by hand with its parse: `heads` are indices."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
               pos=pos, lemmas=lemmas)


def _toll_climbed_with(actor, participle, lemma, deed_noun) -> Doc:
    """"The toll climbed with <actor> <participle> <deed_noun> on Tuesday", parsed."""
    return _parsed(
        ["The", "toll", "climbed", "with", actor, participle, deed_noun, "on", "Tuesday"],
        [1, 2, 2, 2, 5, 3, 5, 5, 7],
        ["det", "nsubj", "ROOT", "prep", "nsubj", "pcomp", "dobj", "prep", "pobj"],
        ["DT", "NN", "VBD", "IN", "NNS", "VBG", "NNS", "IN", "NNP"],
        ["DET", "NOUN", "VERB", "ADP", "NOUN", "VERB", "NOUN", "ADP", "PROPN"],
        ["the", "toll", "climb", "with", actor, lemma, deed_noun, "on", "Tuesday"])


def test_a_day_hung_on_a_participle_of_counting_under_the_toll_s_verb_is_the_count_s():
    """"The toll climbed with medics counting bodies on Tuesday"."""
    assert dates_a_toll_update(_toll_climbed_with("medics", "counting", "count", "bodies")[8])


def test_a_day_hung_on_a_participle_telling_a_deed_under_the_toll_s_verb_is_the_deed_s():
    """"The toll climbed with gunmen killing villagers on Tuesday": the killing is a deed
    of its own, its day told."""
    assert not dates_a_toll_update(
        _toll_climbed_with("gunmen", "killing", "kill", "villagers")[8])


def test_a_day_of_a_deed_told_with_its_own_mark_beside_the_toll_is_the_deed_s():
    """"The toll rose after a bomb exploded on Monday": "exploded" is a deed of its own."""
    doc = _parsed(
        ["The", "toll", "rose", "after", "a", "bomb", "exploded", "on", "Monday"],
        [1, 2, 2, 6, 5, 6, 2, 6, 7],
        ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "advcl", "prep", "pobj"],
        ["DT", "NN", "VBD", "IN", "DT", "NN", "VBD", "IN", "NNP"],
        ["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "ADP", "PROPN"],
        ["the", "toll", "rise", "after", "a", "bomb", "explode", "on", "Monday"])
    assert not dates_a_toll_update(doc[8])


@pytest.mark.slow
def test_a_day_told_of_how_a_toll_was_counted_dates_the_count_not_the_attack():
    """"The number of dead … has climbed, with medics counting 14 bodies as of Tuesday":
    the day of the counting is the count's; the raid told next with its own day is the
    same event, one record on the raid's day."""
    report = ("The number of dead from the raid on the hamlet of Kurmin Dangi has climbed, "
              "with medics counting 14 bodies as of Tuesday afternoon.\n"
              "Armed men entered the village on Sunday night and fired on worshippers, a "
              "village head said.")
    events = eventdesk.extract(report, published="2025-01-01", doc_id="toll-count")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Attack", dt.date(2024, 12, 29))]


@pytest.mark.slow
@pytest.mark.parametrize(("report", "days"), [
    ("The death toll from the clashes in Bauchi State has risen to 40, with gunmen killing 15 "
     "more villagers in Tafawa Balewa on Tuesday.\nThe violence began on Saturday when armed "
     "men attacked farmers in Tafawa Balewa, residents said.",
     {dt.date(2024, 12, 31), dt.date(2024, 12, 28)}),
    ("The death toll in Zamfara has climbed to 18, with bandits attacking a second village "
     "near Anka on Tuesday night.\nGunmen on motorcycles raided Anka town on Sunday, killing "
     "11 people, police said.",
     {dt.date(2024, 12, 31), dt.date(2024, 12, 29)}),
])
def test_a_deed_told_as_a_participle_beside_a_toll_keeps_its_day(report, days):
    """"… has risen to 40, with gunmen killing 15 more on Tuesday": the killing is a new
    deed, not how the count was made; its day stays its own, apart from the earlier one."""
    events = eventdesk.extract(report, published="2025-01-01", doc_id="toll-deed-participle")
    assert {e.event_date for e in events} == days


@pytest.mark.slow
def test_a_day_of_a_deed_told_with_its_tense_beside_a_toll_is_the_deed_s():
    """"The toll rose to 12 after a bomb exploded on Sunday": "exploded" is a deed of its
    own with its tense, not how the count was made; its day stays the bomb's, told."""
    report = ("The death toll rose to 12 after a bomb exploded at a bus station in Maiduguri "
              "on Sunday, police said.")
    events = eventdesk.extract(report, published="2022-03-08", doc_id="toll-deed")
    assert [e.event_date for e in events] == [dt.date(2022, 3, 6)]
