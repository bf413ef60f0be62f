"""Towns the index lacks that a report names only through a site there or a group's
stronghold (place_names/site_town_names.py): "attacked the X police substation", "took
over the X border crossing", "the Taliban stronghold of X"."""

from types import SimpleNamespace

import pytest

from eventdesk.components.events.place_mentions import MentionJudge
from eventdesk.components.events.place_names import NameReader
from eventdesk.components.events.place_names.site_town_names import (
    opens_a_site,
    site_town_name,
)


@pytest.fixture
def reader(tiny_gazetteer):
    return NameReader(tiny_gazetteer, MentionJudge(tiny_gazetteer))


def _doc(parsed, words):
    doc = parsed(words, [0] * len(words), ["dep"] * len(words))
    doc._.places, doc._.actors = [], []
    return doc


def _clause(doc):
    return SimpleNamespace(tokens=list(doc))


@pytest.mark.parametrize(("words", "town"), [
    (["Gunmen", "attacked", "the", "Tamboro", "27", "police", "substation"], "Tamboro"),
    (["Troops", "took", "over", "the", "Tamboro", "border", "crossing"], "Tamboro"),
    (["Rockets", "hit", "the", "Tamboro", "barracks"], "Tamboro"),
    (["Police", "raided", "the", "Tamboro", "monastery"], "Tamboro"),
    (["Rockets", "hit", "a", "house", "in", "the", "rebel", "stronghold", "of", "Tamboro"],
     "Tamboro"),
])
def test_a_site_names_the_town_it_stands_in(reader, parsed, words, town):
    doc = _doc(parsed, words)
    assert site_town_name(reader, doc, _clause(doc)) == (town, words.index(town))
    assert reader.unknown_town_name(doc, _clause(doc)) == (town, words.index(town))


@pytest.mark.parametrize("words", [
    # a name of everyday words, a demonym, an acronym: no town's name
    ["Gunmen", "attacked", "the", "Central", "Police", "substation"],
    ["Troops", "closed", "the", "Syrian", "border", "crossing"],
    ["Gunmen", "attacked", "the", "UN", "barracks"],
    # a site word with no name before it
    ["Gunmen", "attacked", "the", "police", "substation"],
    # a stronghold of no name
    ["Troops", "entered", "a", "stronghold", "of", "the", "rebels"],
])
def test_no_town_without_a_towns_name(reader, parsed, words):
    doc = _doc(parsed, words)
    assert site_town_name(reader, doc, _clause(doc)) is None


def test_a_name_the_index_knows_is_no_unknown_town(reader, parsed, monkeypatch):
    words = ["Rockets", "hit", "the", "Tamboro", "barracks"]
    doc = _doc(parsed, words)
    monkeypatch.setattr(reader, "known_names", lambda doc: frozenset({3}))
    assert site_town_name(reader, doc, _clause(doc)) is None


@pytest.mark.parametrize(("words", "opens"), [
    (["the", "Tamboro", "27", "police", "substation"], True),
    (["the", "Tamboro", "barracks"], True),
    (["the", "Tamboro", "Delta"], False),
    (["the", "Tamboro", "hospital"], False),
])
def test_the_site_after_a_name(parsed, words, opens):
    assert opens_a_site(_doc(parsed, words), 1) is opens
