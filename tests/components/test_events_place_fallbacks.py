"""Fallbacks for events whose own place the index lacks (issue 9): a territory's region, the
one place a sentence gives for an unknown village -- each read with a tiny hand-built
gazetteer -- and never the report's town as a guess for a sentence that names none."""

from __future__ import annotations

import pytest

from eventdesk.geo import forget_opened, open_gazetteer
from tests.geo.geonames_files import import_places

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9100001, "Gaza Strip", "", 31.45, 34.40, "A", "ADM1", "PS", "GZ", 1_800_000),
    (9100002, "Wase", "", 9.09, 9.96, "P", "PPL", "NG", "49", 2_000),
    (9100003, "Plateau State", "Plateau", 9.25, 9.50, "A", "ADM1", "NG", "49", 3_200_000),
    (9100004, "Jos", "", 9.92, 8.89, "P", "PPLA", "NG", "49", 900_000),
    (9100005, "Kaduna", "", 10.52, 7.44, "P", "PPLA", "NG", "23", 1_500_000),
    (9100006, "Wase", "", 50.0, 10.0, "P", "PPL", "DE", "02", 3_000),
    (9100007, "Zangon", "", 9.60, 9.20, "A", "ADM2", "NG", "49", 200_000),
    (9100008, "Pankshin", "", 9.33, 9.43, "P", "PPL", "NG", "49", 50_000),
]
ADMIN1 = [("PS.GZ", "Gaza Strip", "Gaza Strip", 9100001), ("NG.49", "Plateau", "Plateau",
                                                          9100003),
          ("NG.23", "Kaduna", "Kaduna", 9100010), ("DE.02", "Bavaria", "Bavaria", 9100011)]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("fallbacks"), PLACES, ADMIN1)
    yield open_gazetteer(index)
    forget_opened(index)


def _doc(parsed, gaz, words, heads, deps, countries, pos=None):
    doc = parsed(words, heads, deps, pos=pos or ["PROPN" if w[:1].isupper() else "NOUN"
                                                 for w in words])
    doc._.places = gaz.find_mentions(doc)
    doc._.countries, doc._.actors = countries, []
    return doc


def _placer(gaz):
    from eventdesk.components.events.placing import Placer

    return Placer(gaz)


# "Jets bombed a camp in the central Gaza Strip"
GAZA = (["Jets", "bombed", "a", "camp", "in", "the", "central", "Gaza", "Strip"],
        [1, 1, 3, 1, 3, 8, 8, 8, 4],
        ["nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "compound", "pobj"])


def test_a_territory_named_as_the_scene_is_its_region_under_the_unknown_places_name(
        parsed, gaz):
    from eventdesk.components.events.place_fallbacks import territory_region

    doc = _doc(parsed, gaz, *GAZA, ["PS"])
    assert [m.kind for m in doc._.places] == ["country"]
    place = territory_region(gaz, doc, list(doc), "PS", name="Maghazi")
    assert (place.admin1, place.location, place.geo_precision) == ("Gaza Strip", "Maghazi", 3)
    assert place.latitude == pytest.approx(31.45)
    # without a name of its own, the region's
    assert territory_region(gaz, doc, list(doc), "PS").location == "Gaza Strip"
    # outside the clause's words, or another country: nothing
    assert territory_region(gaz, doc, list(doc)[:4], "PS") is None
    assert territory_region(gaz, doc, list(doc), "IL") is None


def test_a_territory_left_or_owned_is_no_scene(parsed, gaz):
    from eventdesk.components.events.place_fallbacks import territory_region

    # "Soldiers shot a youth infiltrating from the Gaza Strip"
    doc = _doc(parsed, gaz, ["Soldiers", "shot", "a", "youth", "infiltrating", "from", "the",
                             "Gaza", "Strip"],
               [1, 1, 3, 1, 3, 4, 8, 8, 5],
               ["nsubj", "ROOT", "det", "dobj", "acl", "prep", "det", "compound", "pobj"],
               ["PS"])
    assert territory_region(gaz, doc, list(doc), "PS") is None


def test_a_country_that_is_no_region_of_its_own_gives_no_region(parsed, gaz):
    from eventdesk.components.events.place_fallbacks import territory_region

    doc = _doc(parsed, gaz, ["Jets", "bombed", "a", "camp", "in", "Nigeria"],
               [1, 1, 3, 1, 3, 4], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], ["NG"])
    assert territory_region(gaz, doc, list(doc), "NG") is None


# "Gunmen killed five in Mavo village near Wase"
NEAR_WASE = (["Gunmen", "killed", "five", "in", "Mavo", "village", "near", "Wase"],
             [1, 1, 1, 1, 5, 3, 5, 6],
             ["nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "prep", "pobj"])


def test_an_unknown_village_is_placed_at_the_one_town_its_sentence_gives(parsed, gaz):
    from eventdesk.components.events.place_fallbacks import sentence_container

    doc = _doc(parsed, gaz, *NEAR_WASE, ["NG"])
    place = sentence_container(_placer(gaz), doc, None, ("Mavo", 4), "NG", list(doc))
    assert (place.location, place.admin1, place.geo_precision) == ("Wase - Mavo", "Plateau", 2)
    assert place.country_code == "NG"  # never the namesake in Germany


def test_no_container_in_the_reports_country_or_outside_the_incident_is_none(parsed, gaz):
    from eventdesk.components.events.place_fallbacks import sentence_container

    doc = _doc(parsed, gaz, *NEAR_WASE, ["NG"])
    placer = _placer(gaz)
    # "the Somali village of Mavo": no Wase there
    assert sentence_container(placer, doc, None, ("Mavo", 4), "SO", list(doc)) is None
    assert sentence_container(placer, doc, None, ("Mavo", 4), "NG", list(doc)[:6]) is None
    assert sentence_container(placer, doc, None, ("Mavo", 4), None, list(doc)) is None


def test_two_unrelated_towns_leave_the_village_unplaced(parsed, gaz):
    from eventdesk.components.events.place_fallbacks import sentence_container

    # "Gunmen killed five in Mavo village between Jos and Kaduna"
    doc = _doc(parsed, gaz,
               ["Gunmen", "killed", "five", "in", "Mavo", "village", "between", "Jos", "and",
                "Kaduna"],
               [1, 1, 1, 1, 5, 3, 5, 6, 7, 7],
               ["nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "prep", "pobj", "cc",
                "conj"], ["NG"])
    assert sentence_container(_placer(gaz), doc, None, ("Mavo", 4), "NG", list(doc)) is None


def test_a_region_alone_holds_the_unknown_village_at_its_centre(parsed, gaz):
    from eventdesk.components.events.place_fallbacks import sentence_container

    # "Gunmen killed five in Mavo village in Plateau State"
    doc = _doc(parsed, gaz,
               ["Gunmen", "killed", "five", "in", "Mavo", "village", "in", "Plateau", "State"],
               [1, 1, 1, 1, 5, 3, 5, 8, 6],
               ["nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "prep", "compound",
                "pobj"], ["NG"])
    place = sentence_container(_placer(gaz), doc, None, ("Mavo", 4), "NG", list(doc))
    assert (place.location, place.admin1, place.geo_precision) == ("Mavo", "Plateau", 3)


# End to end, with the default index.

def _events(text):
    import eventdesk

    return [(e.location, e.admin1, e.country, e.geo_precision)
            for e in eventdesk.extract(text, published="2024-03-04")]


@pytest.mark.slow
def test_a_clause_in_a_territory_is_placed_in_its_region():
    [(_, admin1, country, precision)] = _events(
        "Israeli warplanes bombed a site in the central Gaza Strip on Sunday, causing damage "
        "to nearby homes.")
    assert (admin1, country, precision) == ("Gaza Strip", "Palestine", 3)


@pytest.mark.slow
def test_a_sentence_naming_no_event_place_gets_no_invented_one():
    events = _events(
        "Two years after the government and the rebels signed a peace agreement, much of it "
        "remains on paper. Officials in Mogadishu say the talks will resume. Mogadishu was "
        "calm on Sunday.")
    assert all(location is None for location, *_ in events)


def _told(parsed, title, countries=("NG",)):
    """ "Gunmen killed 12 villagers", a clause that names no place, under `title`."""
    from types import SimpleNamespace

    doc = parsed(["Gunmen", "killed", "12", "villagers"], [1, 1, 3, 1],
                 ["nsubj", "ROOT", "nummod", "dobj"], pos=["NOUN", "VERB", "NUM", "NOUN"],
                 lemmas=["gunman", "kill", "12", "villager"])
    doc._.title, doc._.countries = title, list(countries)
    return doc, SimpleNamespace(root=doc[1], triggers=[], tokens=list(doc))


def test_a_headline_that_tells_the_clauses_deed_gives_its_place(parsed, gaz):
    from eventdesk.components.events.headline_places import headline_place

    doc, clause = _told(parsed, "Gunmen kill 12 in Jos as attacks spread")
    place = headline_place(gaz, doc, clause, None)
    assert (place.location, place.country_code) == ("Jos", "NG")
    # a clause placed only in its country: the headline's town in that country
    from eventdesk.records import Place
    place = headline_place(gaz, doc, clause, Place(country="Nigeria", country_code="NG"))
    assert place.location == "Jos"


def test_a_headline_place_needs_the_same_deed_one_known_town_and_the_reports_country(
        parsed, gaz):
    from eventdesk.components.events.headline_places import headline_place
    from eventdesk.records import Place

    # another verb: the headline tells another deed
    doc, clause = _told(parsed, "Curfew imposed in Jos")
    assert headline_place(gaz, doc, clause, None) is None
    # no headline, or one naming a town outside the report's countries (Wase, Germany)
    doc, clause = _told(parsed, None)
    assert headline_place(gaz, doc, clause, None) is None
    doc, clause = _told(parsed, "Gunmen kill 12 in Kaduna", countries=("DE",))
    assert headline_place(gaz, doc, clause, None) is None
    # two towns, or a province's name: which place is this deed's is unsaid
    doc, clause = _told(parsed, "Gunmen kill 12 in Jos and in Kaduna")
    assert headline_place(gaz, doc, clause, None) is None
    doc, clause = _told(parsed, "Gunmen kill 12 in Plateau")
    assert headline_place(gaz, doc, clause, None) is None
    # a clause already placed keeps its place; one placed in another country too
    doc, clause = _told(parsed, "Gunmen kill 12 in Jos")
    placed = Place(country="Nigeria", country_code="NG", admin1="Kaduna", latitude=10.5,
                   longitude=7.4)
    assert headline_place(gaz, doc, clause, placed) is None
    assert headline_place(gaz, doc, clause, Place(country="Germany", country_code="DE")) \
        is None


LEAD = ("HAVANA, June 9 (Wire) - The Colombian government and the ELN rebels signed an "
        "agreement on Friday for a six-month bilateral ceasefire.")


@pytest.mark.slow
@pytest.mark.parametrize("title, text, location", [
    # the headline tells the lead's deed, which the body places nowhere (a dateline is no
    # sign of the event's place): the headline's town
    ("Colombia, ELN rebels sign ceasefire in Havana", LEAD, "Havana"),
    # no headline, or one telling another deed: no place rather than a guess
    (None, LEAD, None),
    ("Colombia's president lands in Havana", LEAD, None),
    # a second deed of the same kind: the headline's place may be that one's
    ("Colombia, ELN rebels sign ceasefire in Havana",
     LEAD + " On Saturday the government signed a second truce with dissidents in Cali.",
     None),
])
def test_the_headline_places_the_lead_deed_it_tells(title, text, location):
    import eventdesk
    from eventdesk.records import Document

    events = eventdesk.load().extract(Document(text=text, doc_id="h", title=title,
                                               published="2023-06-10"))
    [lead] = [e for e in events if "ELN rebels signed" in e.evidence]
    assert lead.location == location


def test_a_headline_name_the_index_lacks_opening_with_a_town_the_body_names(parsed, gaz):
    from types import SimpleNamespace

    from eventdesk.components.events.headline_places import headline_place

    # "Gunmen killed 12 west of Jos": the body names Jos; the headline's "Jos Tudun Wada"
    # is a part of it
    words = ["Gunmen", "killed", "12", "west", "of", "Jos"]
    doc = _doc(parsed, gaz, words, [1, 1, 1, 1, 3, 4],
               ["nsubj", "ROOT", "dobj", "advmod", "prep", "pobj"], ["NG"],
               pos=["NOUN", "VERB", "NUM", "ADV", "ADP", "PROPN"])
    doc[1].lemma_ = "kill"
    clause = SimpleNamespace(root=doc[1], triggers=[], tokens=list(doc))
    doc._.title = "Gunmen kill 12 in Jos Tudun Wada"
    place = headline_place(gaz, doc, clause, None)
    assert (place.location, place.geo_precision) == ("Jos - Jos Tudun Wada", 2)
    # a name opening with a word the body does not name as a town: no place
    doc._.title = "Gunmen kill 12 in Kaduna Tudun Wada"
    assert headline_place(gaz, doc, clause, None) is None


def _report(parsed, gaz, towns, countries=("NG",)):
    """"Gunmen struck Jos and Wase": a report whose body names these towns."""
    first, second = towns
    return _doc(parsed, gaz, ["Gunmen", "struck", first, "and", second],
                [1, 1, 1, 2, 2], ["nsubj", "ROOT", "dobj", "cc", "conj"], list(countries))


def test_the_reports_one_region_holds_a_place_the_index_lacks(parsed, gaz):
    from eventdesk.components.events.place_fallbacks import report_region

    doc = _report(parsed, gaz, ("Jos", "Wase"))
    place = report_region(_placer(gaz), doc, "NG", "Mavo")
    assert (place.admin1, place.location, place.geo_precision, place.country_code) == (
        "Plateau", "Mavo", 3, "NG")
    assert place.latitude is None  # the region alone: a point in it would be a guess
    assert report_region(_placer(gaz), doc, "NG").location is None


def test_towns_of_two_regions_one_town_or_no_country_give_no_report_region(parsed, gaz):
    from eventdesk.components.events.place_fallbacks import report_region

    placer = _placer(gaz)
    assert report_region(placer, _report(parsed, gaz, ("Jos", "Kaduna")), "NG", "Mavo") is None
    assert report_region(placer, _report(parsed, gaz, ("Jos", "Wase")), None, "Mavo") is None
    # one town named twice is no sign the report keeps to its region
    assert report_region(placer, _report(parsed, gaz, ("Jos", "Jos")), "NG", "Mavo") is None


def test_a_town_the_index_lacks_takes_the_region_of_the_reports_one_town(parsed, gaz):
    """"Gunmen struck Jos ... shelled the town of Ubandoma", Ubandoma unknown: the one
    known town's region holds it (no point); a clause naming no place does not."""
    from eventdesk.components.events.place_fallbacks import report_region

    placer = _placer(gaz)
    doc = _report(parsed, gaz, ("Jos", "Jos"))
    place = report_region(placer, doc, "NG", "Ubandoma", lone_town=lambda: True)
    assert (place.admin1, place.location, place.geo_precision, place.latitude) == (
        "Plateau", "Ubandoma", 3, None)
    assert report_region(placer, doc, "NG", lone_town=lambda: False) is None
    # towns of two regions: none, even for a town the index lacks
    doc = _report(parsed, gaz, ("Jos", "Kaduna"))
    assert report_region(placer, doc, "NG", "Ubandoma", lone_town=lambda: True) is None


def test_one_region_named_as_such_is_the_reports_region(parsed, gaz):
    """"Gunmen struck Plateau State": a report naming one region and no place outside it
    keeps to it; one town alone does not (above), nor a region and a town outside it."""
    from eventdesk.components.events.place_fallbacks import report_region

    doc = _doc(parsed, gaz, ["Gunmen", "struck", "Plateau", "State"], [1, 1, 3, 1],
               ["nsubj", "ROOT", "compound", "dobj"], ["NG"])
    place = report_region(_placer(gaz), doc, "NG", "Mavo")
    assert (place.admin1, place.location, place.geo_precision, place.latitude) == (
        "Plateau", "Mavo", 3, None)
    doc = _report(parsed, gaz, ("Plateau", "Kaduna"))
    assert report_region(_placer(gaz), doc, "NG", "Mavo") is None


def test_the_reports_region_is_read_once_per_report_and_country(parsed, gaz, monkeypatch):
    from eventdesk.components.events.place_fallbacks import report_region

    placer = _placer(gaz)
    doc = _report(parsed, gaz, ("Jos", "Wase"))
    calls = []
    resolve = gaz.resolve
    monkeypatch.setattr(placer, "gazetteer", type("Counting", (), {
        "resolve": lambda self, *a, **k: calls.append(a) or resolve(*a, **k)})())
    first = report_region(placer, doc, "NG", "Mavo")
    read = len(calls)
    second = report_region(placer, doc, "NG", "Kaura")
    assert read >= 2 and len(calls) == read  # the report's places are resolved once
    assert (first.admin1, first.location) == ("Plateau", "Mavo")
    assert (second.admin1, second.location) == ("Plateau", "Kaura")
    assert second is not first  # each caller gets its own place to change
    assert report_region(placer, doc, "DE") is None and report_region(placer, doc, "DE") is None
    assert len(calls) > read  # another country is read afresh, and then kept
    after = len(calls)
    report_region(placer, doc, "DE")
    assert len(calls) == after


def test_a_forest_the_clause_names_is_not_at_the_town_of_an_earlier_deed(parsed, gaz):
    """"Jets bombed camps in the Sambisa Forest", after a raid on Jos: a forest is no part of
    the town the last deed was at (NER reads "Sambisa Forest" as an organisation)."""
    from spacy.tokens import Span

    from eventdesk.components.events.common import Context
    from eventdesk.components.triggers import Clause

    doc = _doc(parsed, gaz, ["Jets", "bombed", "camps", "in", "the", "Sambisa", "Forest"],
               [1, 1, 1, 1, 6, 6, 3], ["nsubj", "ROOT", "dobj", "prep", "det", "compound",
                                       "pobj"], ["NG"])
    doc.ents = [Span(doc, 5, 7, label="ORG")]
    jos = gaz.resolve_name("Jos", countries=["NG"])
    ctx = Context(place=jos, focus=jos, place_sent=0)
    clause = Clause(root=doc[1], tokens=list(doc), sent=doc[:])
    place = _placer(gaz).place_for(doc, doc[:], 1, clause, ctx)
    assert place is not None and place.latitude is None and place.country_code == "NG"


# "JOS - Gunmen killed two people here on Sunday ."
HERE = (["JOS", "-", "Gunmen", "killed", "two", "people", "here", "on", "Sunday", "."],
        [3, 3, 3, 3, 5, 3, 3, 3, 7, 3],
        ["npadvmod", "punct", "nsubj", "ROOT", "nummod", "dobj", "advmod", "prep", "pobj",
         "punct"],
        ["PROPN", "PUNCT", "NOUN", "VERB", "NUM", "NOUN", "ADV", "ADP", "PROPN", "PUNCT"])


def _clause(doc):
    from eventdesk.components.triggers import Clause

    return Clause(root=doc[3], tokens=list(doc), sent=doc[:])


def test_the_reporters_here_is_the_datelines_town(parsed, gaz):
    from eventdesk.components.events.placing.anaphora import dateline_here

    words, heads, deps, pos = HERE
    doc = _doc(parsed, gaz, words, heads, deps, ["NG"], pos=pos)
    placer = _placer(gaz)
    place = dateline_here(placer, doc, _clause(doc), "NG")
    assert (place.location, place.geo_precision) == ("Jos", 1)
    # a village the index lacks, told "here": the dateline town's
    place = dateline_here(placer, doc, _clause(doc), "NG", "Kwall")
    assert (place.location, place.geo_precision, place.latitude) == ("Jos - Kwall", 2, 9.92)
    # a dateline town outside the report's country is no "here" of its
    assert dateline_here(placer, doc, _clause(doc), "DE") is None


def test_a_quoted_here_or_no_here_is_not_the_dateline(parsed, gaz):
    from eventdesk.components.events.placing.anaphora import dateline_here

    words, heads, deps, pos = HERE
    quoted = words[:6] + ['"', "here", '"'] + words[7:]
    doc = _doc(parsed, gaz, quoted, [3, 3, 3, 3, 5, 3, 7, 3, 7, 3, 9, 3],
               deps[:6] + ["punct", "advmod", "punct"] + deps[7:],
               ["NG"], pos=pos[:6] + ["PUNCT", "ADV", "PUNCT"] + pos[7:])
    assert dateline_here(_placer(gaz), doc, _clause(doc), "NG") is None
    doc = _doc(parsed, gaz, words[:6] + words[7:], [3, 3, 3, 3, 5, 3, 3, 6, 3],
               deps[:6] + deps[7:], ["NG"], pos=pos[:6] + pos[7:])
    assert dateline_here(_placer(gaz), doc, _clause(doc), "NG") is None


def test_this_city_is_the_datelines_town_before_a_quarter_named_like_a_town(parsed, gaz):
    """"JOS - Gunmen killed two people in the Bauchi quarter of this city": "this city" is
    the reporter's own, the dateline's town (`dateline_here(this_town=True)`), not the
    town elsewhere a quarter is named after; "here" is not read in that mode."""
    from eventdesk.components.events.placing.anaphora import dateline_here

    words = ["JOS", "-", "Gunmen", "killed", "two", "people", "in", "the", "Bauchi",
             "quarter", "of", "this", "city", "."]
    doc = _doc(parsed, gaz, words, [3, 3, 3, 3, 5, 3, 3, 9, 9, 6, 9, 12, 10, 3],
               ["npadvmod", "punct", "nsubj", "ROOT", "nummod", "dobj", "prep", "det",
                "compound", "pobj", "prep", "det", "pobj", "punct"], ["NG"],
               pos=["PROPN", "PUNCT", "NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "PROPN",
                    "NOUN", "ADP", "DET", "NOUN", "PUNCT"])
    place = dateline_here(_placer(gaz), doc, _clause(doc), "NG", this_town=True)
    assert (place.location, place.geo_precision) == ("Jos", 1)
    words, heads, deps, pos = HERE
    doc = _doc(parsed, gaz, words, heads, deps, ["NG"], pos=pos)
    assert dateline_here(_placer(gaz), doc, _clause(doc), "NG", this_town=True) is None


def test_an_unknown_village_of_a_district_datelined_item_lies_in_that_district(parsed, gaz):
    from eventdesk.components.events.placing.filed_district import filed_district

    # "ZANGON: Gunmen killed two people in Kwall village": a local page's district dateline
    words, heads, deps, pos = HERE
    doc = _doc(parsed, gaz, ["ZANGON", ":", *words[2:]], heads, deps, ["NG"], pos=pos)
    place = filed_district(_placer(gaz), doc, "NG", "Kwall")
    assert (place.admin1, place.location, place.geo_precision, place.latitude) == (
        "Plateau", "Kwall", 3, None)
    assert filed_district(_placer(gaz), doc, "DE", "Kwall") is None  # not the scene's land
    # a big city's dateline (Jos, 900,000) says where a desk files from, not where the
    # village lies (a provincial town's: its province, the next test)
    doc = _doc(parsed, gaz, words, heads, deps, ["NG"], pos=pos)
    assert filed_district(_placer(gaz), doc, "NG", "Kwall") is None


def test_an_unknown_village_of_a_provincial_town_datelined_item_lies_in_its_province(
        parsed, gaz):
    from eventdesk.components.events.placing.filed_district import filed_district

    # "PANKSHIN - Gunmen killed two people here": a provincial correspondent's town
    words, heads, deps, pos = HERE
    doc = _doc(parsed, gaz, ["PANKSHIN", *words[1:]], heads, deps, ["NG"], pos=pos)
    place = filed_district(_placer(gaz), doc, "NG", "Kwall")
    assert (place.admin1, place.admin2, place.location, place.geo_precision,
            place.latitude) == ("Plateau", None, "Kwall", 3, None)
    # a body naming a known town of another province: the report is not the province's
    words = ["PANKSHIN", "-", "Gunmen", "killed", "two", "people", "in", "Kaduna", "."]
    doc = _doc(parsed, gaz, words, [3, 3, 3, 3, 5, 3, 3, 6, 3],
               ["npadvmod", "punct", "nsubj", "ROOT", "nummod", "dobj", "prep", "pobj",
                "punct"], ["NG"])
    assert filed_district(_placer(gaz), doc, "NG", "Kwall") is None


ONE_TOWN = ("A mob beat a trader to death on Tuesday over an alleged theft, witnesses said. "
            "The police commissioner in Jos said officers later arrested three suspects.")


@pytest.mark.slow
@pytest.mark.parametrize("text, location", [
    # the dateline's town, the one town the body names: where a deed placed nowhere was
    ("JOS - " + ONE_TOWN, "Jos"),
    # no dateline, or the body's town elsewhere than the dateline's: no place rather
    # than a guess
    (ONE_TOWN, None),
    ("JOS - " + ONE_TOWN.replace("in Jos", "in Kaduna"), None),
    # the dateline's town alone (where the reporter is): its region, at precision 3 with
    # no point (placing/filed_region.py), not the town
    ("JOS - " + ONE_TOWN.replace(" in Jos", ""), "Plateau"),
    # a report naming a second country: the deed may be there
    ("JOS - " + ONE_TOWN + " Cameroon condemned the killing.", None),
])
def test_a_deed_placed_nowhere_is_at_the_one_town_of_dateline_and_body(text, location):
    import eventdesk
    from eventdesk.records import Document

    events = eventdesk.load().extract(Document(text=text, doc_id="t", published="2024-03-08"))
    [mob] = [e for e in events if "mob" in e.evidence]
    assert mob.location == location


def test_an_agreement_placed_nowhere_is_where_the_report_was_filed():
    """"ERBIL, May 4 (Reuters) - the two parties signed a deal on Tuesday": a deal told with
    no scene of its own is where the wire filed from; a deed of another type placed nowhere
    is not, nor is a deal in another country than the dateline's."""
    from eventdesk.components.events.place_fallbacks import at_the_only_town
    from eventdesk.records import Place
    from tests.components.merging_tellings import draft

    erbil = Place(country="Iraq", country_code="IQ", admin1="Erbil", location="Erbil",
                  latitude=36.19, longitude=44.01, geo_precision=1)
    deal = draft("Agreement", "Strategic developments", place=None)
    killing = draft("Attack", "Violence against civilians", place=None)
    at_the_only_town(None, [deal, killing], "IQ", filed=lambda: erbil)
    assert deal.place.location == "Erbil" and killing.place is None
    abroad = draft("Agreement", "Strategic developments", place=None)
    at_the_only_town(None, [abroad], "SY", filed=lambda: erbil)
    assert abroad.place is None


@pytest.mark.parametrize(("words", "held"), [
    # "near Tamboro in North Kelwa": the text names Tamboro's holder, and the index lacks it
    (["Fighters", "repulsed", "attacks", "near", "Tamboro", "in", "North", "Kelwa"], True),
    (["Fighters", "shelled", "Tamboro", "village", ",", "Upper", "Dansa"], True),
    # a holder the index reads, or none at all: not held by an unread name
    (["Fighters", "repulsed", "attacks", "near", "Tamboro", "in", "Jos"], False),
    (["Fighters", "shelled", "Tamboro", "village", "on", "Monday"], False),
    (["Fighters", "shelled", "Tamboro", "in", "the", "night"], False),
])
def test_an_unknown_village_held_by_a_name_the_index_lacks(parsed, gaz, words, held):
    from eventdesk.components.events.placing.unread_holder import held_unread

    doc = _doc(parsed, gaz, words, [1] * len(words), ["dep"] * len(words), ["NG"])
    assert held_unread(doc, words.index("Tamboro")) is held


@pytest.mark.parametrize(("words", "beside"), [
    (["Gunmen", "shelled", "the", "town", "of", "Tamboro"], True),
    (["Gunmen", "attacked", "farmers", "near", "Tamboro"], True),
    # an area named with "the" is wider than the lone town's region
    (["Gunmen", "attacked", "farmers", "in", "the", "Tamboro", "Delta"], False),
    (["Gunmen", "attacked", "farmers", "near", "Tamboro", "in", "North", "Kelwa"], False),
    # the "the" of a site named after its town is the site's: the town may take the region
    (["Gunmen", "attacked", "the", "Tamboro", "12", "police", "substation"], True),
])
def test_an_unknown_town_but_no_area_may_take_the_lone_towns_region(parsed, gaz, words,
                                                                     beside):
    from eventdesk.components.events.placing.unread_holder import beside_a_lone_town

    doc = _doc(parsed, gaz, words, [1] * len(words), ["dep"] * len(words), ["NG"])
    assert beside_a_lone_town(gaz, doc, ("Tamboro", words.index("Tamboro"))) is beside
