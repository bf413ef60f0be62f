"""What placing/listed_unknowns.py takes as a list of places (`_plain_list`), over
hand-parsed sentences: names joined by commas and a last "and"; not a route's ends, not names
a region word closes, not an address, not a name beside other words."""

from spacy.tokens import Span

from eventdesk.components.events.placing.listed_unknowns import (
    _list_of,
    _may_be_a_village,
    _plain_list,
)


def _heads(doc):
    first = doc[[t.dep_ for t in doc].index("pobj")]
    return sorted([first, *_list_of(first)], key=lambda t: t.i)


def _list(parsed, words, heads, deps):
    pos = ["PROPN" if w[:1].isupper() else "ADP" for w in words]
    doc = parsed(words, heads, deps, pos=pos)
    return _plain_list(doc, _heads(doc))


def test_names_joined_by_commas_and_a_last_and_are_a_list(parsed):
    assert _list(parsed, ["near", "Talal", ",", "Zorbet", "and", "Khlym"],
                 [0, 0, 1, 1, 3, 3], ["ROOT", "pobj", "punct", "conj", "cc", "conj"])


def test_names_a_region_word_closes_are_regions(parsed):
    assert not _list(parsed, ["near", "Talal", ",", "Zorbet", "and", "Khlym", "provinces"],
                     [0, 0, 1, 1, 3, 3, 5],
                     ["ROOT", "pobj", "punct", "conj", "cc", "conj", "npadvmod"])


def test_a_routes_ends_are_no_list(parsed):
    assert not _list(parsed, ["road", "between", "Talal", "and", "Zorbet"],
                     [0, 0, 1, 2, 2], ["ROOT", "prep", "pobj", "cc", "conj"])


def test_an_address_has_no_and(parsed):
    assert not _list(parsed, ["in", "Zorbet", ",", "Talal", ",", "Homs"],
                     [0, 0, 1, 1, 3, 3], ["ROOT", "pobj", "punct", "conj", "punct", "conj"])


def test_a_name_beside_other_words_is_no_list(parsed):
    assert not _list(parsed, ["in", "Talal", ",", "police", "and", "ZBT"],
                     [0, 0, 1, 1, 3, 3], ["ROOT", "pobj", "punct", "conj", "cc", "conj"])


def test_a_list_the_report_puts_in_one_holder_is_coded_once(parsed):
    # "the villages of A and B in X": one event, at what holds them
    assert not _list(parsed, ["of", "Zorbet", "and", "Khlym", "in", "Talal"],
                     [0, 0, 1, 1, 1, 4], ["ROOT", "pobj", "cc", "conj", "prep", "pobj"])
    assert not _list(parsed, ["near", "Talal", "and", "Zorbet", ",", "near", "Homs"],
                     [0, 0, 1, 1, 1, 1, 5],
                     ["ROOT", "pobj", "cc", "conj", "punct", "prep", "pobj"])


def test_a_day_the_parse_joins_to_a_list_is_no_village(parsed):
    """"took Zorbet on Friday and Talal on Saturday": the parse may hang "Talal" on
    "Friday" as a conjunct; a day is never a village, a made-up name NER reads as a place
    may be one."""
    words = ["took", "Zorbet", "on", "Friday", "and", "Talal"]
    doc = parsed(words, [0, 0, 0, 2, 3, 3], ["ROOT", "dobj", "prep", "pobj", "cc", "conj"],
                 pos=["VERB", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN"])
    doc.ents = [Span(doc, 1, 2, label="GPE"), Span(doc, 3, 4, label="DATE"),
                Span(doc, 5, 6, label="GPE")]
    assert not _may_be_a_village(doc[3])
    assert _may_be_a_village(doc[5])
