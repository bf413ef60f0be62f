"""A lede's deed placed nowhere, in a report datelined at a town its body names again
(`placing.dateline_lede`): that town, geo_precision 1; not a deed told after another town,
nor one naming a nation's force, nor a relative clause, nor a deed of another country."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventdesk.geo import forget_opened, open_gazetteer
from eventdesk.records import Place
from tests.geo.geonames_files import import_places

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9300001, "Korvo", "", 9.92, 8.89, "P", "PPLA", "NG", "49", 900_000),
    (9300002, "Tanlo", "", 10.52, 7.44, "P", "PPLA", "NG", "23", 1_500_000),
]
ADMIN1 = [("NG.49", "Plateau", "Plateau", 9300010), ("NG.23", "Kaduna", "Kaduna", 9300011)]

# "KORVO - Police detained two men . A rally is called in Korvo ."
LEDE = (["KORVO", "-", "Police", "detained", "two", "men", ".",
         "A", "rally", "is", "called", "in", "Korvo", "."],
        [3, 3, 3, 3, 5, 3, 3, 8, 10, 10, 10, 10, 11, 10],
        ["npadvmod", "punct", "nsubj", "ROOT", "nummod", "dobj", "punct",
         "det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"])


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("dateline_lede"), PLACES, ADMIN1)
    yield open_gazetteer(index)
    forget_opened(index)


def _report(parsed, gaz, words, heads, deps, norp=None):
    from spacy.tokens import Span

    doc = parsed(words, heads, deps, pos=["PROPN" if w[:1].isupper() else "VERB"
                                          if d in ("ROOT", "relcl") else "NOUN"
                                          for w, d in zip(words, deps, strict=True)])
    if norp is not None:
        doc.ents = [Span(doc, norp, norp + 1, label="NORP")]
    doc._.places = gaz.find_mentions(doc)
    doc._.countries, doc._.actors = ["NG"], []
    return doc


def _deed(doc, first, last, place=None):
    """A candidate told by the words `first` to `last` (token indices)."""
    return SimpleNamespace(place=place, start_char=doc[first].idx,
                           end_char=doc[last].idx + len(doc[last]))


def test_the_ledes_deed_is_at_the_dateline_town_the_body_names_again(parsed, gaz):
    from eventdesk.components.events.placing import Placer
    from eventdesk.components.events.placing.dateline_lede import at_the_dateline_town

    placer = Placer(gaz)
    doc = _report(parsed, gaz, *LEDE)
    deed = _deed(doc, 2, 5)
    abroad = _deed(doc, 2, 5, Place(country="Niger", country_code="NE"))
    at_the_dateline_town(placer, doc, [deed, abroad], "NG")
    assert (deed.place.location, deed.place.geo_precision) == ("Korvo", 1)
    assert abroad.place.location is None


def test_no_dateline_town_when_the_body_never_names_it(parsed, gaz):
    from eventdesk.components.events.placing import Placer

    words, heads, deps = LEDE
    doc = _report(parsed, gaz, words[:7], heads[:7], deps[:7])
    assert Placer(gaz).dateline_town_named_again(doc) is None


def test_a_deed_told_after_another_town_is_not_the_datelines(parsed, gaz):
    from eventdesk.components.events.placing import Placer
    from eventdesk.components.events.placing.dateline_lede import at_the_dateline_town

    # "KORVO - Troops shelled Tanlo . Police detained two men . A rally is called in Korvo ."
    words = ["KORVO", "-", "Troops", "shelled", "Tanlo", ".",
             "Police", "detained", "two", "men", ".",
             "A", "rally", "is", "called", "in", "Korvo", "."]
    heads = [3, 3, 3, 3, 3, 3, 7, 7, 9, 7, 7, 12, 14, 14, 14, 14, 15, 14]
    deps = ["npadvmod", "punct", "nsubj", "ROOT", "dobj", "punct",
            "nsubj", "ROOT", "nummod", "dobj", "punct",
            "det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"]
    doc = _report(parsed, gaz, words, heads, deps)
    deed = _deed(doc, 6, 9)
    at_the_dateline_town(Placer(gaz), doc, [deed], "NG")
    assert deed.place is None


def test_a_nations_force_or_a_relative_clause_is_no_news_of_the_town(parsed, gaz):
    from eventdesk.components.events.placing import Placer
    from eventdesk.components.events.placing.dateline_lede import at_the_dateline_town

    # "KORVO - Nigerian police detained men who robbed banks . A rally is called in Korvo ."
    words = ["KORVO", "-", "Nigerian", "police", "detained", "men", "who", "robbed", "banks",
             ".", "A", "rally", "is", "called", "in", "Korvo", "."]
    heads = [4, 4, 3, 4, 4, 4, 7, 5, 7, 4, 11, 13, 13, 13, 13, 14, 13]
    deps = ["npadvmod", "punct", "amod", "nsubj", "ROOT", "dobj", "nsubj", "relcl", "dobj",
            "punct", "det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"]
    doc = _report(parsed, gaz, words, heads, deps, norp=2)
    placer = Placer(gaz)
    placer.gazetteer = SimpleNamespace(demonym_country=lambda w: "NG" if w == "Nigerian"
                                       else None, resolve=gaz.resolve)
    national, described = _deed(doc, 2, 5), _deed(doc, 6, 8)
    at_the_dateline_town(placer, doc, [national, described], "NG")
    assert national.place is None and described.place is None
