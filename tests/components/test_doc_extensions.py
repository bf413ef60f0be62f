"""Doc readings that skip what spaCy builds on each read: `doc_ext` reads an extension where
spaCy keeps it (no Underscore object per `doc._`) and must give what `doc._` gives, for
every extension, set or not (a spaCy that kept extensions elsewhere would fail here, not
silently code nothing); `span_root` builds no Span for a one-word span and one per report
for a longer one; `span_text` cuts a slice's text from the report's text; `doc_words` lists
the words' text once per report; `climb` walks up the parse to the root, at most so far;
`first_conjunct` climbs a row of joined words to its first."""

import datetime as dt

import pytest

from eventdesk.extensions import (
    DOC_EXTENSIONS,
    ROOTS_KEY,
    climb,
    doc_ext,
    doc_words,
    first_conjunct,
    span_root,
    span_text,
)


@pytest.mark.parametrize("name", sorted(DOC_EXTENSIONS))
def test_doc_ext_reads_what_doc_underscore_reads(parsed, name):
    doc = parsed(["Gunmen", "struck", "Korvo"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert doc_ext(doc, name) is None and doc._.get(name) is None
    value = [object()] if name != "published" else dt.date(2024, 3, 8)
    doc._.set(name, value)
    assert doc_ext(doc, name) is doc._.get(name) is value
    doc._.set(name, None)
    assert doc_ext(doc, name) is None


def test_span_root_is_the_root_of_the_slice_for_every_span(parsed):
    """"Gunmen from the hills struck Korvo": one-word spans, and longer ones whose root is
    inside or is the sentence's root."""
    words = ["Gunmen", "from", "the", "hills", "struck", "Korvo"]
    doc = parsed(words, [4, 0, 3, 1, 4, 4], ["nsubj", "prep", "det", "pobj", "ROOT", "dobj"])
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            assert span_root(doc, start, end) == doc[start:end].root, (start, end)
    assert span_root(doc, 0, 4).text == "Gunmen" and span_root(doc, 2, 6).text == "struck"


def test_span_root_reads_a_longer_span_once_per_report(parsed):
    """The second ask of a longer span's root builds no Span: it is kept on the Doc."""
    doc = parsed(["Gunmen", "from", "the", "hills", "struck", "Korvo"], [4, 0, 3, 1, 4, 4],
                 ["nsubj", "prep", "det", "pobj", "ROOT", "dobj"])
    assert span_root(doc, 0, 4).text == "Gunmen"
    assert doc.user_data[ROOTS_KEY] == {(0, 4): 0}
    doc.user_data[ROOTS_KEY][(0, 4)] = 3  # what is kept is what is read
    assert span_root(doc, 0, 4).text == "hills"


def test_span_text_is_the_text_of_the_slice_for_every_bound(parsed):
    """"Shelling hit  Korvo , Dravi;\nthen Ulm": runs of spaces, a line break, a
    space token, empty and reversed bounds, bounds past the end and counted from it."""
    doc = parsed(["Shelling", "hit", " ", "Korvo", ",", "Dravi", ";", "\n", "then", "Ulm"],
                 [1, 1, 1, 1, 3, 3, 1, 6, 9, 1],
                 ["nsubj", "ROOT", "dep", "dobj", "punct", "conj", "punct", "dep", "advmod",
                  "dobj"])
    n = len(doc)
    for start in range(-n - 2, n + 3):
        for end in range(-n - 2, n + 3):
            assert span_text(doc, start, end) == doc[start:end].text, (start, end)


def test_doc_words_are_the_tokens_texts_listed_once(parsed):
    doc = parsed(["Gunmen", "struck", "Korvo", "."], [1, 1, 1, 1],
                 ["nsubj", "ROOT", "dobj", "punct"])
    assert doc_words(doc) == ["Gunmen", "struck", "Korvo", "."]
    assert doc_words(doc) is doc_words(doc)


def test_climb_walks_up_to_the_root_and_no_further_than_asked(parsed):
    """"Gunmen from the hills struck Korvo": from "the", its heads up to "struck", the root,
    which ends the climb; a shorter climb stops on the way."""
    doc = parsed(["Gunmen", "from", "the", "hills", "struck", "Korvo"], [4, 0, 3, 1, 4, 4],
                 ["nsubj", "prep", "det", "pobj", "ROOT", "dobj"])
    assert [t.text for t in climb(doc[2], 10)] == ["the", "hills", "from", "Gunmen", "struck"]
    assert [t.text for t in climb(doc[2], 2)] == ["the", "hills"]
    assert [t.text for t in climb(doc[4], 10)] == ["struck"]


def test_the_first_conjunct_of_a_row_is_its_first_word(parsed):
    """"Troops shelled Ostrava, Melnik and Tarn": Melnik hangs on Ostrava, Tarn on Melnik."""
    doc = parsed(["Troops", "shelled", "Ostrava", ",", "Melnik", "and", "Tarn"],
                 [1, 1, 1, 2, 2, 4, 4],
                 ["nsubj", "ROOT", "dobj", "punct", "conj", "cc", "conj"])
    assert first_conjunct(doc[6]).i == 2
    assert first_conjunct(doc[4]).i == 2
    assert first_conjunct(doc[2]).i == 2   # in no row but its own: itself
    assert first_conjunct(doc[1]).i == 1   # the root


def test_other_relations_are_climbed_only_when_named(parsed):
    """"fled to Velka Dobra and Rusk": "Velka" is a compound of "Dobra"."""
    doc = parsed(["fled", "to", "Velka", "Dobra", "and", "Rusk"], [0, 0, 3, 1, 3, 3],
                 ["ROOT", "prep", "compound", "pobj", "cc", "conj"])
    assert first_conjunct(doc[2]).i == 2
    assert first_conjunct(doc[2], also=("compound",)).i == 3
    assert first_conjunct(doc[5], also=("compound",)).i == 3
