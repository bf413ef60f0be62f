"""The country a clause names as where its event was (issue 9): "the X region of northern
Iraq", "X, a base in northeastern Jordan" put a name the index lacks in that country, not in
the one the report is most about (its actors' home, its dateline's). Read with a tiny
hand-built gazetteer and hand-parsed sentences."""

from __future__ import annotations

import pytest

from eventdesk.geo import forget_opened, open_gazetteer
from tests.geo.geonames_files import import_places

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9300001, "Cukurca", "", 37.25, 43.61, "P", "PPL", "TR", "80", 5_000),
    (9300002, "Baghdad", "", 33.34, 44.40, "P", "PPLC", "IQ", "07", 7_000_000),
    (9300003, "Nawa", "", 32.89, 36.04, "P", "PPL", "SY", "08", 50_000),
]
ADMIN1 = [("TR.80", "Hakkari", "Hakkari", 9300010), ("IQ.07", "Baghdad", "Baghdad", 9300011),
          ("SY.08", "Daraa", "Daraa", 9300012)]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("scene_country"), PLACES, ADMIN1)
    yield open_gazetteer(index)
    forget_opened(index)


def _place(parsed, gaz, words, heads, deps, countries, clause_end=None, verbs=()):
    from eventdesk.components.events.common import Context
    from eventdesk.components.events.placing import Placer
    from eventdesk.components.triggers import Clause

    doc = parsed(words, heads, deps, pos=["VERB" if i in verbs else "PROPN" if w[:1].isupper()
                                          else "NOUN" for i, w in enumerate(words)])
    doc._.places = gaz.find_mentions(doc)
    doc._.countries, doc._.actors = list(countries), []
    root = next(t for t in doc if t.dep_ == "ROOT")
    root.pos_ = "VERB"
    clause = Clause(root=root, tokens=list(doc)[:clause_end], sent=doc[:])
    return Placer(gaz).place_for(doc, doc[:], 0, clause, Context())


def test_the_country_after_a_regions_of_holds_the_unknown_region(parsed, gaz):
    # 0 Jets 1 struck 2 fighters 3 in 4 the 5 Zarqun 6 region 7 of 8 northern 9 Iraq
    place = _place(parsed, gaz,
                   ["Jets", "struck", "fighters", "in", "the", "Zarqun", "region", "of",
                    "northern", "Iraq"], [1, 1, 1, 1, 6, 6, 3, 6, 9, 7],
                   ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "prep",
                    "amod", "pobj"], countries=["TR"])
    assert place is not None and place.country_code == "IQ" and place.latitude is None


def test_the_country_an_apposition_gives_holds_the_unknown_town(parsed, gaz):
    # 0 A 1 drone 2 killed 3 soldiers 4 at 5 Zarqun 6 , 7 a 8 base 9 in 10 northeastern
    # 11 Jordan
    place = _place(parsed, gaz,
                   ["A", "drone", "killed", "soldiers", "at", "Zarqun", ",", "a", "base", "in",
                    "northeastern", "Jordan"], [1, 2, 2, 2, 2, 4, 5, 8, 5, 8, 11, 9],
                   ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "det", "appos",
                    "prep", "amod", "pobj"], countries=["IQ", "JO"])
    assert place is not None and place.country_code == "JO" and place.latitude is None


def test_a_town_of_the_country_named_beside_the_subject_is_nearer_than_the_country(
        parsed, gaz):
    """"Rebels in southern Syria agreed to a deal reached in the town of Nawa": the town its
    sentence names, in that country, not Syria with no point."""
    # 0 Rebels 1 in 2 southern 3 Syria 4 agreed 5 to 6 a 7 deal 8 reached 9 in 10 the
    # 11 town 12 of 13 Nawa
    place = _place(parsed, gaz,
                   ["Rebels", "in", "southern", "Syria", "agreed", "to", "a", "deal", "reached",
                    "in", "the", "town", "of", "Nawa"],
                   [4, 0, 3, 1, 4, 4, 7, 5, 7, 8, 11, 9, 11, 12],
                   ["nsubj", "prep", "amod", "pobj", "ROOT", "prep", "det", "pobj", "acl",
                    "prep", "det", "pobj", "prep", "pobj"], countries=["SY"], clause_end=8)
    assert place is not None and place.location == "Nawa"


def test_a_town_another_clause_of_the_sentence_names_is_not_the_deeds(parsed, gaz):
    """"... agreed to a deal as a general warned of an offensive on the town of Nawa": a town
    told in a clause of its own is not where the deal was; the country stays."""
    # 0 Rebels 1 in 2 southern 3 Syria 4 agreed 5 to 6 a 7 deal 8 as 9 a 10 general
    # 11 warned 12 of 13 an 14 offensive 15 on 16 the 17 town 18 of 19 Nawa
    place = _place(parsed, gaz,
                   ["Rebels", "in", "southern", "Syria", "agreed", "to", "a", "deal", "as", "a",
                    "general", "warned", "of", "an", "offensive", "on", "the", "town", "of",
                    "Nawa"],
                   [4, 0, 3, 1, 4, 4, 7, 5, 11, 10, 11, 4, 11, 14, 12, 14, 17, 15, 17, 18],
                   ["nsubj", "prep", "amod", "pobj", "ROOT", "prep", "det", "pobj", "mark",
                    "det", "nsubj", "advcl", "prep", "det", "pobj", "prep", "det", "pobj",
                    "prep", "pobj"], countries=["SY"], clause_end=8, verbs=(11,))
    assert place is not None and place.country_code == "SY" and place.location != "Nawa"


def test_a_body_of_a_country_is_no_scene(parsed, gaz):
    from eventdesk.components.events.placing import Placer
    from eventdesk.components.events.placing.scene_country import scene_country
    from eventdesk.components.triggers import Clause

    # 0 Jets 1 struck 2 Zarqun 3 , 4 the 5 government 6 of 7 Jordan 8 said
    doc = parsed(["Jets", "struck", "Zarqun", ",", "the", "government", "of", "Jordan", "said"],
                 [1, 1, 1, 1, 5, 8, 5, 6, 1],
                 ["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "prep", "pobj", "conj"])
    doc._.places = gaz.find_mentions(doc)
    clause = Clause(root=doc[1], tokens=list(doc), sent=doc[:])
    assert any(m.kind == "country" for m in doc._.places)
    assert scene_country(Placer(gaz).judge, doc, clause, doc._.places) == (None, False)
