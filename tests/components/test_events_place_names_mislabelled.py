"""Towns the index lacks that NER labels a person, a group or a people
(place_names/mislabelled.py): "near" before the name makes it a place, unless the text
tells it as a person, a group or an organisation; and a town the report calls one, named
again after "in the vicinity of" (place_names/settlements.py)."""

from types import SimpleNamespace

import pytest
from spacy.tokens import Span

from eventdesk.components.events.place_mentions import MentionJudge
from eventdesk.components.events.place_names import NameReader
from eventdesk.components.events.place_names.mislabelled import mislabelled_town


@pytest.fixture
def reader(tiny_gazetteer):
    return NameReader(tiny_gazetteer, MentionJudge(tiny_gazetteer))


def _clause(doc):
    return SimpleNamespace(tokens=list(doc))


def _parsed(parsed, rows, labels, lemmas=None):
    """A Doc from (word, head, dep, pos) rows, `labels` {token: NER label}."""
    words, heads, deps, pos = (list(col) for col in zip(*rows, strict=True))
    doc = parsed(words, heads, deps, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, i, i + 1, label=label) for i, label in sorted(labels.items())]
    doc._.places, doc._.actors = [], []
    return doc


# "A mob stormed a station near Madyan ." with the preposition, Madyan's label and the
# words that follow it set per case
def _station_in(parsed, prep, label, tail=()):
    rows = [("A", 1, "det", "DET"), ("mob", 2, "nsubj", "NOUN"), ("stormed", 2, "ROOT", "VERB"),
            ("a", 4, "det", "DET"), ("station", 2, "dobj", "NOUN"), (prep, 4, "prep", "ADP"),
            ("Madyan", 5, "pobj", "PROPN"), *tail, (".", 2, "punct", "PUNCT")]
    return _parsed(parsed, rows, {6: label})


@pytest.mark.parametrize("label", ["NORP", "PERSON", "ORG"])
def test_a_name_ner_mislabels_after_near_is_a_town(reader, parsed, label):
    doc = _station_in(parsed, "near", label)
    assert mislabelled_town(reader, doc, _clause(doc)) == ("Madyan", 6)
    assert reader.unknown_town_name(doc, _clause(doc)) == ("Madyan", 6)


@pytest.mark.parametrize("prep", ["in", "at"])
def test_only_near_reads_a_mislabelled_name(reader, parsed, prep):
    # measured: "in" and "at" as well added a false event on a measure-only set
    doc = _station_in(parsed, prep, "NORP")
    assert mislabelled_town(reader, doc, _clause(doc)) is None


def test_a_description_naming_a_place_s_kind_keeps_the_town(reader, parsed):
    doc = _station_in(parsed, "near", "PERSON", [
        (",", 6, "punct", "PUNCT"), ("a", 10, "det", "DET"), ("farming", 10, "amod", "NOUN"),
        ("town", 6, "appos", "NOUN")])
    assert mislabelled_town(reader, doc, _clause(doc)) == ("Madyan", 6)


@pytest.mark.parametrize("tail", [
    # "near Madyan, a local activist": a person
    [(",", 6, "punct", "PUNCT"), ("a", 10, "det", "DET"), ("local", 10, "amod", "ADJ"),
     ("activist", 6, "appos", "NOUN")],
    # "near Madyan, who ...": a person
    [(",", 6, "punct", "PUNCT"), ("who", 6, "relcl", "PRON")],
    # "near Madyan 's house": a person's
    [("'s", 6, "case", "PART")],
    # "near Madyan fighters": a group (the parse may hang the noun on the name)
    [("fighters", 6, "dep", "NOUN")],
])
def test_a_name_told_as_a_person_or_a_group_is_no_town(reader, parsed, tail):
    doc = _station_in(parsed, "near", "PERSON", tail)
    assert mislabelled_town(reader, doc, _clause(doc)) is None


def test_a_name_labelled_a_place_or_not_at_all_is_left_to_the_other_readers(reader, parsed):
    for label in ("GPE", "DATE"):
        doc = _station_in(parsed, "near", label)
        assert mislabelled_town(reader, doc, _clause(doc)) is None


def test_a_title_or_an_everyday_word_is_no_town(reader, parsed):
    doc = _station_in(parsed, "near", "ORG")
    doc = _parsed(parsed, [(t.text if t.i != 6 else "Parliament", t.head.i, t.dep_, t.pos_)
                           for t in doc], {6: "ORG"})
    assert mislabelled_town(reader, doc, _clause(doc)) is None


def test_a_town_the_report_calls_one_is_read_again_in_the_vicinity_of_its_name(reader, parsed):
    words = ("Rebels seized the town of Kawuri . Jets struck in the vicinity of Kawuri ."
             ).split()
    heads = [1, 1, 3, 1, 3, 4, 1, 8, 8, 8, 11, 9, 11, 12, 8]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "prep",
            "det", "pobj", "prep", "pobj", "punct"]
    doc = parsed(words, heads, deps, pos=["PROPN" if w[:1].isupper() else "NOUN"
                                          for w in words])
    doc.ents = [Span(doc, 13, 14, label="PERSON")]
    doc._.places, doc._.actors = [], []
    second = SimpleNamespace(tokens=list(doc[7:]))
    assert reader._unknown_near(doc, second) == ("Kawuri", 13)
    # control: "the people of Kawuri" does not put the deed there
    doc = parsed([*words[:10], "the", "people", "of", "Kawuri", "."], heads, deps,
                 pos=["PROPN" if w[:1].isupper() else "NOUN" for w in words])
    doc._.places, doc._.actors = [], []
    assert reader._unknown_near(doc, SimpleNamespace(tokens=list(doc[7:]))) is None


def test_a_name_opening_a_longer_entity_is_no_town(reader, parsed):
    # "near Madyan, Madyan Administration ...": NER's one organisation runs on past the name
    tail = [(",", 6, "punct", "PUNCT"), ("Madyan", 9, "compound", "PROPN"),
            ("Administration", 6, "appos", "PROPN")]
    doc = _station_in(parsed, "near", "ORG", tail)
    doc.ents = [Span(doc, 6, 10, label="ORG")]
    assert mislabelled_town(reader, doc, _clause(doc)) is None
    doc.ents = [Span(doc, 6, 7, label="ORG"), Span(doc, 8, 10, label="ORG")]  # control
    assert mislabelled_town(reader, doc, _clause(doc)) == ("Madyan", 6)


def test_a_name_measured_from_a_town_is_left_to_that_town(reader, parsed):
    # "near Madyan, north of the town": the town the report measures it from places it
    tail = [(",", 6, "punct", "PUNCT"), ("north", 6, "advmod", "ADV"),
            ("of", 8, "prep", "ADP"), ("the", 11, "det", "DET"), ("town", 9, "pobj", "NOUN")]
    doc = _station_in(parsed, "near", "ORG", tail)
    assert mislabelled_town(reader, doc, _clause(doc)) is None
    tail[1] = ("today", 6, "npadvmod", "NOUN")  # control: no measure
    doc = _station_in(parsed, "near", "ORG", tail)
    assert mislabelled_town(reader, doc, _clause(doc)) == ("Madyan", 6)
