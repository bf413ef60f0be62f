"""A sentence naming hundreds of places (a roster pasted as text) is read for at most
MAX_SENTENCE_PLACES of them: each name was judged against the whole sentence, so 3,600
names in one sentence took minutes to code, past the report time limit."""

from collections import Counter

import pytest

import eventdesk
from eventdesk.components.stages import MAX_SENTENCE_PLACES
from eventdesk.records import Document

pytestmark = pytest.mark.slow

TOWNS = ["Aleppo", "Homs", "Mosul", "Kabul", "Gao", "Goma", "Sanaa", "Idlib", "Raqqa"]


def test_a_roster_of_places_keeps_its_first_names_and_the_next_sentence_all_its_own():
    roster = "Fighting was reported in " + ", ".join(TOWNS * 30) + "."
    after = " Gunmen killed two civilians in Homs and Idlib on Friday."
    text = roster + after
    doc = eventdesk.load().parse(Document(text=text, doc_id="roster"), classifier=False)
    in_roster = [m for m in doc._.places if m.start_char < len(roster)]
    # the roster, over LONG_RUN tokens, is cut into sentences at its commas; each keeps
    # its first MAX_SENTENCE_PLACES names
    per_sentence = Counter(doc[m.start].sent.start for m in in_roster)
    assert max(per_sentence.values()) == MAX_SENTENCE_PLACES
    assert len(in_roster) < len(TOWNS) * 30
    assert [m.text for m in doc._.places if m.start_char > len(roster)] == ["Homs", "Idlib"]
