"""The towns a report names, counted once per report: the main city, the only town and
the readers of a city's parts each ask for them, and judging every place mention again
for each ask was repeated work."""

from __future__ import annotations

import pytest

from eventdesk.geo import forget_opened, open_gazetteer
from tests.geo.geonames_files import import_places

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9200001, "Korvo", "", 9.92, 8.89, "P", "PPLA", "NG", "49", 900_000),
    (9200002, "Tanlo", "", 10.52, 7.44, "P", "PPLA", "NG", "23", 1_500_000),
]
ADMIN1 = [("NG.49", "Plateau", "Plateau", 9200010), ("NG.23", "Kaduna", "Kaduna", 9200011)]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("town_counts"), PLACES, ADMIN1)
    yield open_gazetteer(index)
    forget_opened(index)


def _report(parsed, gaz, words, heads, deps):
    doc = parsed(words, heads, deps, pos=["PROPN" if w[:1].isupper() else "NOUN"
                                          for w in words])
    doc._.places = gaz.find_mentions(doc)
    doc._.countries, doc._.actors = ["NG"], []
    return doc


# "Gunmen struck Korvo and Korvo and Tanlo"
WORDS = ["Gunmen", "struck", "Korvo", "and", "Korvo", "and", "Tanlo"]
HEADS = [1, 1, 1, 2, 2, 4, 4]
DEPS = ["nsubj", "ROOT", "dobj", "cc", "conj", "cc", "conj"]


def test_the_town_counts_are_read_once_per_report_and_give_the_same_answer(
        parsed, gaz, monkeypatch):
    from eventdesk.components.events.placing import Placer

    placer = Placer(gaz)
    doc = _report(parsed, gaz, WORDS, HEADS, DEPS)
    fresh = placer._count_towns(doc, body_only=True)
    calls = []
    count = placer._count_towns
    monkeypatch.setattr(placer, "_count_towns",
                        lambda d, **k: calls.append(k) or count(d, **k))
    city = placer.main_city(doc)
    assert city.location == "Korvo"  # named twice, Tanlo once
    assert placer.only_town(doc) is None and placer.filed_from(doc) is None
    assert placer.main_city(doc).location == "Korvo"
    assert placer._town_counts(doc, body_only=True) == fresh
    assert fresh[0] == {9200001: 2, 9200002: 1}
    assert calls == [{"body_only": False}, {"body_only": True}]  # once for each reading


def test_the_town_counts_follow_a_new_list_of_place_mentions(parsed, gaz):
    from eventdesk.components.events.placing import Placer

    placer = Placer(gaz)
    doc = _report(parsed, gaz, WORDS, HEADS, DEPS)
    assert placer.main_city(doc).location == "Korvo"
    doc._.places = [m for m in doc._.places if m.text == "Tanlo"]
    assert placer.main_city(doc).location == "Tanlo"
