"""Towns the index lacks that a report names only through a site there or a group's
stronghold (place_names/site_town_names.py): "set fire to the X police substation", "seized
the X border crossing", "the militia stronghold of X"; not a firm's or a person's name."""

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


def _doc(parsed, words, pos=None):
    doc = parsed(words, [0] * len(words), ["dep"] * len(words), pos=pos)
    doc._.places, doc._.actors = [], []
    return doc


def _clause(doc, start=0):
    return SimpleNamespace(tokens=list(doc[start:]))


@pytest.mark.parametrize(("words", "town"), [
    (["Bandits", "set", "fire", "to", "the", "Velmora", "14", "police", "substation"],
     "Velmora"),
    (["Rebels", "seized", "the", "Drevlan", "border", "crossing", "overnight"], "Drevlan"),
    (["Mortar", "rounds", "fell", "on", "the", "Drevlan", "army", "barracks"], "Drevlan"),
    (["Looters", "ransacked", "the", "Velmora", "orthodox", "monastery"], "Velmora"),
    (["Looters", "ransacked", "the", "Velmora", "monastery"], "Velmora"),
    # a crossing bears its town's name even right before it
    (["Rebels", "seized", "the", "Drevlan", "crossing", "overnight"], "Drevlan"),
    (["Drones", "struck", "a", "convoy", "near", "the", "militia", "stronghold", "of",
      "Velmora"], "Velmora"),
])
def test_a_site_names_the_town_it_stands_in(reader, parsed, words, town):
    doc = _doc(parsed, words)
    assert site_town_name(reader, doc, _clause(doc)) == (town, words.index(town))
    assert reader.unknown_town_name(doc, _clause(doc)) == (town, words.index(town))


@pytest.mark.parametrize("words", [
    # a name of everyday words, a demonym, an acronym: no town's name
    ["Gunmen", "attacked", "the", "Main", "Police", "substation"],
    ["Troops", "closed", "the", "Syrian", "border", "crossing"],
    ["Gunmen", "attacked", "the", "UN", "army", "barracks"],
    # a site word with no name before it
    ["Gunmen", "attacked", "the", "police", "substation"],
    # a stronghold of no name
    ["Troops", "entered", "a", "stronghold", "of", "the", "rebels"],
    # a firm's substation: only a police one is named after its town
    ["Vandals", "wrecked", "the", "Lumetra", "grid", "substation"],
    ["Vandals", "wrecked", "the", "Lumetra", "substation"],
    # a name right before the site word may be a firm's or a person's: `site_name` keeps it
    ["Gunmen", "overran", "the", "Korvane", "checkpoint"],
    ["Gunmen", "overran", "the", "Korvane", "barracks"],
])
def test_no_town_without_a_towns_name(reader, parsed, words):
    doc = _doc(parsed, words)
    assert site_town_name(reader, doc, _clause(doc)) is None


def test_a_site_word_read_as_a_verb_is_no_site(reader, parsed):
    """"Gunmen shot Velmora police crossing the river": "crossing" the police's deed."""
    words = ["Gunmen", "shot", "Velmora", "police", "crossing", "the", "river"]
    pos = ["NOUN", "VERB", "PROPN", "NOUN", "VERB", "DET", "NOUN"]
    doc = _doc(parsed, words, pos)
    assert site_town_name(reader, doc, _clause(doc)) is None


def test_a_strongholds_name_ending_a_persons_is_no_town(reader, parsed):
    """"Velmora is a stronghold of Dario Mensah. Police dispersed crowds in the stronghold of
    Mensah": Mensah ends a person's name told before; the town is not read from it. Told
    without the full name, it is read."""
    first = ["Velmora", "is", "a", "stronghold", "of", "Dario", "Mensah", "."]
    second = ["Police", "dispersed", "crowds", "in", "the", "stronghold", "of", "Mensah"]
    doc = _doc(parsed, first + second)
    assert site_town_name(reader, doc, _clause(doc, len(first))) is None
    doc = _doc(parsed, ["Velmora", "is", "a", "stronghold", "of", "rebels", "."] + second)
    assert site_town_name(reader, doc, _clause(doc, 7)) == ("Mensah", 14)


def test_a_name_the_index_knows_is_no_unknown_town(reader, parsed, monkeypatch):
    words = ["Mortar", "rounds", "fell", "on", "the", "Drevlan", "army", "barracks"]
    doc = _doc(parsed, words)
    monkeypatch.setattr(reader, "known_names", lambda doc: frozenset({5}))
    assert site_town_name(reader, doc, _clause(doc)) is None


@pytest.mark.parametrize(("words", "opens"), [
    (["the", "Velmora", "14", "police", "substation"], True),
    (["the", "Velmora", "barracks"], True),
    (["the", "Velmora", "Delta"], False),
    (["the", "Velmora", "hospital"], False),
])
def test_the_site_after_a_name(parsed, words, opens):
    assert opens_a_site(_doc(parsed, words), 1) is opens
