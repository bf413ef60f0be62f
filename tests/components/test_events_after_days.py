"""after_days: a deed named right after "a day after" (or "two days before") is the day the
sentence names, moved by the count, not that day itself nor the report's last date."""

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

import eventdesk
from eventdesk.components.dates import find_dates
from eventdesk.components.events.after_days import counted_from_its_day

TUESDAY = dt.date(2024, 3, 12)


def _doc(words: list[str], pos: list[str]) -> Doc:
    """One sentence built by hand, with its parts of speech."""
    return Doc(spacy.blank("en").vocab, words=words, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))


def _counted(words: list[str], pos: list[str], deed: str):
    """The day `counted_from_its_day` gives the deed word of the sentence."""
    doc = _doc(words, pos)
    dates = find_dates(doc.text, TUESDAY)
    return counted_from_its_day(doc, doc[:], dates, words.index(deed))


RAID = ["Gunmen", "raided", "a", "farm", "on", "Sunday", ",", "three", "days", "after"]
RAID_POS = ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "NUM", "NOUN", "ADP"]


def test_a_deed_right_after_three_days_after_is_the_sentence_s_day_less_three():
    """"Gunmen raided a farm on Sunday, three days after a car bomb wounded ten"."""
    words = RAID + ["a", "car", "bomb", "wounded", "ten"]
    pos = RAID_POS + ["DET", "NOUN", "NOUN", "VERB", "NUM"]
    assert _counted(words, pos, "bomb") == (dt.date(2024, 3, 7), 2)  # a count past two


def test_a_deed_told_by_another_verb_after_the_phrase_is_not_the_one_it_dates():
    """"… three days after police said a car bomb wounded ten": a saying stands between."""
    words = RAID + ["police", "said", "a", "car", "bomb", "wounded", "ten"]
    pos = RAID_POS + ["NOUN", "VERB", "DET", "NOUN", "NOUN", "VERB", "NUM"]
    assert _counted(words, pos, "bomb") is None


def test_with_no_day_named_before_the_phrase_the_deed_is_left_to_the_report_s_dates():
    """"Two days after a car bomb wounded ten, gunmen raided a farm": no day to count from."""
    words = ["Two", "days", "after", "a", "car", "bomb", "wounded", "ten", ",", "gunmen",
             "raided", "a", "farm"]
    pos = ["NUM", "NOUN", "ADP", "DET", "NOUN", "NOUN", "VERB", "NUM", "PUNCT", "NOUN",
           "VERB", "DET", "NOUN"]
    assert _counted(words, pos, "bomb") is None


@pytest.mark.slow
def test_a_brief_mention_dated_by_the_lead_s_day_joins_its_telling_in_detail():
    """The lead names the earlier bombing briefly; the body tells it on its own day: one
    bombing, on its day, beside the raid."""
    events = eventdesk.extract(
        "Gunmen raided a farm near Kaduna on Sunday, killing three workers, two days after a "
        "car bomb in Zaria wounded ten people, police said. On Friday evening, a parked sedan "
        "rigged to detonate tore through a crowded motor park in Zaria, wounding ten.",
        published="2024-03-12", doc_id="after-days")
    assert sorted((e.event_date.isoformat(), e.location) for e in events
                  if e.event_type == "Explosions/Remote violence") == [("2024-03-08", "Zaria")]
