"""A clause at a site of a city ("on Corso Cavour", "at the Tomb of the Lanterns") in a
report filed from that city: the dateline's city, never a town elsewhere named like the site
(eventdesk/geo/landmark_names.py, placing/anaphora.py, place_names/settlements.py)."""

from __future__ import annotations

import pytest

from eventdesk.geo import forget_opened, open_gazetteer
from tests.components.test_events_place_fallbacks import ADMIN1, PLACES, _doc, _placer
from tests.geo.geonames_files import import_places


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("city_sites"), PLACES, ADMIN1)
    yield open_gazetteer(index)
    forget_opened(index)

# "JOS - Youths burned tyres on Avenida Bauchi ."
SITE = (["JOS", "-", "Youths", "burned", "tyres", "on", "Avenida", "Bauchi", "."],
        [3, 3, 3, 3, 3, 3, 7, 5, 3],
        ["npadvmod", "punct", "nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "punct"],
        ["PROPN", "PUNCT", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"])


def _clause(doc):
    from eventdesk.components.triggers import Clause

    return Clause(root=doc[3], tokens=list(doc), sent=doc[:])


def test_a_clause_at_a_named_site_of_the_city_is_in_the_datelines_city(parsed, gaz):
    from eventdesk.components.events.placing.anaphora import dateline_here

    words, heads, deps, pos = SITE
    doc = _doc(parsed, gaz, words, heads, deps, ["NG"], pos=pos)
    place = dateline_here(_placer(gaz), doc, _clause(doc), "NG")
    assert place is not None and (place.location, place.geo_precision) == ("Jos", 1)
    # a lower-case "avenue" names no site: no place rather than the dateline's as a guess
    plain = words[:6] + ["avenue", "Bauchi", "."]
    doc = _doc(parsed, gaz, plain, heads, deps, ["NG"], pos=pos)
    assert dateline_here(_placer(gaz), doc, _clause(doc), "NG") is None


def test_a_site_in_a_sentence_naming_another_town_is_not_the_datelines(parsed, gaz):
    from eventdesk.components.events.placing.anaphora import dateline_here

    # "JOS - Youths burned tyres in Kaduna on Avenida Bauchi ."
    words = ["JOS", "-", "Youths", "burned", "tyres", "in", "Kaduna", "on", "Avenida",
             "Bauchi", "."]
    doc = _doc(parsed, gaz, words, [3, 3, 3, 3, 3, 3, 5, 3, 9, 7, 3],
               ["npadvmod", "punct", "nsubj", "ROOT", "dobj", "prep", "pobj", "prep",
                "compound", "pobj", "punct"], ["NG"],
               pos=["PROPN", "PUNCT", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN",
                    "PROPN", "PUNCT"])
    assert dateline_here(_placer(gaz), doc, _clause(doc), "NG") is None


def test_a_landmark_the_index_lacks_is_no_unknown_town(parsed, gaz):
    from eventdesk.components.events.place_names.settlements import _a_facility

    # "Mourners sang hymns at the Tomb of Lanterns ."
    words = ["Mourners", "sang", "at", "dusk", "at", "the", "Tomb", "of",
             "Lanterns", "."]
    doc = parsed(words, [1, 1, 1, 2, 1, 6, 4, 6, 7, 1],
                 ["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj",
                  "punct"])
    assert _a_facility(doc, 6)
    assert not _a_facility(doc, 8)  # a name that is no landmark's


def test_a_site_in_a_town_told_by_what_it_is_like_is_not_the_datelines(parsed, gaz):
    from eventdesk.components.events.placing.anaphora import dateline_here
    from eventdesk.components.triggers import Clause

    # "JOS - Youths in the northern town burned tyres on Avenida Bauchi ."
    words = ["JOS", "-", "Youths", "in", "the", "northern", "town", "burned", "tyres", "on",
             "Avenida", "Bauchi", "."]
    heads = [7, 7, 7, 2, 6, 6, 3, 7, 7, 7, 11, 9, 7]
    deps = ["npadvmod", "punct", "nsubj", "prep", "det", "amod", "pobj", "ROOT", "dobj",
            "prep", "compound", "pobj", "punct"]
    pos = ["PROPN", "PUNCT", "NOUN", "ADP", "DET", "ADJ", "NOUN", "VERB", "NOUN", "ADP",
           "PROPN", "PROPN", "PUNCT"]
    doc = _doc(parsed, gaz, words, heads, deps, ["NG"], pos=pos)
    clause = Clause(root=doc[7], tokens=list(doc), sent=doc[:])
    assert dateline_here(_placer(gaz), doc, clause, "NG") is None
    # control: the same town with no word of what it is like is the dateline's
    deps[5] = "det"
    doc = _doc(parsed, gaz, words, heads, deps, ["NG"], pos=pos)
    clause = Clause(root=doc[7], tokens=list(doc), sent=doc[:])
    place = dateline_here(_placer(gaz), doc, clause, "NG")
    assert place is not None and place.location == "Jos"
