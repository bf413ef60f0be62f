"""Readings of names events were left unplaced for (issue 9), each with a tiny hand-built
gazetteer: a region written with its kind word in another spelling of its main name, a town
NER calls a person after a verb of taking it, a district NER calls a place in a report that
names no country, and a town read in one country only in such a report."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from eventdesk.geo import forget_opened, open_gazetteer

NLP = spacy.blank("en")

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    # a region under its English name without its kind word, as the default index names it
    (9200001, "Deir ez-Zor", "Deir ez-Zor Governorate,Dayr az Zawr Governorate", 35.0, 40.5,
     "A", "ADM1", "SY", "07", 1_200_000),
    (9200002, "Deir ez-Zor", "", 35.33588, 40.14084, "P", "PPLA", "SY", "07", 271_800),
    (9200003, "Ninawa Governorate", "", 36.0, 42.5, "A", "ADM1", "IQ", "15", 3_000_000),
    (9200004, "Knin", "", 44.04, 16.2, "P", "PPL", "HR", "15", 10_000),
    (9200005, "Zarwan", "", 32.3, 69.6, "A", "ADM2", "PK", "03", 0),
    (9200006, "Nubl", "Nubbul", 36.38, 36.99, "P", "PPL", "SY", "09", 25_000),
    (9200007, "Hisbani", "Hisbaniya", 30.0, 31.0, "P", "PPL", "EG", "01", 50_000),
    (9200008, "Hisbani", "Hisbaniya", 31.0, 35.0, "P", "PPL", "JO", "02", 9_000),
]
ADMIN1 = [("SY.07", "Deir ez-Zor", "Deir ez-Zor", 9200001),
          ("IQ.15", "Ninawa", "Ninawa", 9200003)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def test_a_region_with_its_kind_word_in_another_spelling_is_kept(gaz):
    # "Deir Ezzor" is another spelling of the region's main name; the country the text names
    # (in a group's name) is no reason to read it as a namesake
    doc = NLP("The Islamic State of Iraq executed detainees in the Deir Ezzor Governorate.")
    mentions = [m for m in gaz.find_mentions(doc) if m.kind != "country"]
    assert [m.text for m in mentions] == ["Deir Ezzor Governorate"]
    place = gaz.resolve(mentions[0], countries=["IQ", "SY"])
    assert place.country_code == "SY" and place.geo_precision == 3


def test_a_region_of_the_named_country_is_read_as_before(gaz):
    # a region of the country the text names is read as before
    doc = NLP("The Islamic State of Iraq executed detainees in the Ninawa Governorate.")
    mentions = [m for m in gaz.find_mentions(doc) if m.kind != "country"]
    assert [(m.text, m.candidates[0].country_code) for m in mentions] == [
        ("Ninawa Governorate", "IQ")]


def _with_entity(text: str, start: int, end: int, label: str):
    doc = NLP(text)
    doc.ents = [Span(doc, start, end, label=label)]
    return doc


def test_a_town_ner_calls_a_person_is_a_place_after_a_verb_of_taking_it(gaz):
    doc = _with_entity("Croatian forces captured Knin on Saturday.", 3, 4, "PERSON")
    assert [m.text for m in gaz.find_mentions(doc)] == ["Knin"]
    # without a verb of taking (or a locative), a name NER calls a person stays a person
    doc = _with_entity("Croatian forces praised Knin on Saturday.", 3, 4, "PERSON")
    assert gaz.find_mentions(doc) == []


def test_a_district_ner_calls_a_place_is_kept_in_a_report_that_names_no_country(gaz):
    doc = _with_entity("In neighbouring Zarwan, a bomb went off on Sunday.", 2, 3, "GPE")
    assert [m.text for m in gaz.find_mentions(doc)] == ["Zarwan"]
    # a district's name NER does not call a place needs its country named
    doc = _with_entity("In neighbouring Zarwan, a bomb went off on Sunday.", 2, 3, "PERSON")
    assert gaz.find_mentions(doc) == []


def _plausible(gaz, doc, countries=()) -> bool:
    from eventdesk.components.events.place_mentions import MentionJudge
    from eventdesk.extensions import register_extensions

    register_extensions()
    doc._.places = gaz.find_mentions(doc)
    doc._.countries, doc._.actors = list(countries), []
    mention, = [m for m in doc._.places if m.kind != "country"]
    return MentionJudge(gaz).plausible(doc, mention)


def test_a_town_read_in_one_country_only_is_plausible_where_no_country_is_named(gaz):
    # "Nubbul", another spelling of a town of 25,000 the index holds in Syria alone
    assert _plausible(gaz, _with_entity("Jets struck positions in Nubbul.", 4, 5, "GPE"))
    # the same name NER calls an organisation: not enough
    assert not _plausible(gaz, _with_entity("Jets struck positions in Nubbul.", 4, 5, "ORG"))
    # readings in two countries: which one is unsaid
    assert not _plausible(gaz, _with_entity("Jets struck positions in Hisbaniya.", 4, 5,
                                            "GPE"))


def test_a_town_read_in_one_country_only_is_plausible_where_that_country_is_second(gaz):
    # "a car bomb in Beledweyne" in a report that names Nairobi more: Syria second
    doc = _with_entity("Jets struck positions in Nubbul.", 4, 5, "GPE")
    assert _plausible(gaz, doc, countries=["KE", "SY"])
    # a report whose countries hold none of its readings: a namesake of a place it lacks
    doc = _with_entity("Jets struck positions in Nubbul.", 4, 5, "GPE")
    assert not _plausible(gaz, doc, countries=["KE"])


def test_a_listed_areas_whole_name_of_everyday_words_is_a_place(tmp_path):
    # "the Olive Valley", an area of the areas table whose words are all everyday English
    from eventdesk.geo import store
    from eventdesk.geo.areas import Area, load_areas

    path = tmp_path / "areas.sqlite"
    con = store.connect(path)
    con.execute("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
                (100, "Mingora", "Mingora", "P", "PPL", "PK", "03", 300_000, 34.78, 72.36, 0))
    store.index_names(con, 100, ["Mingora"])
    load_areas(con, [Area("Olive Valley", (), "PK", "area", 100, "Mingora")])
    store.write_countries(con)
    store.finalise(con, source="test")
    con.close()
    areas = open_gazetteer(path)
    try:
        doc = NLP("Troops are battling insurgents in the Olive Valley, officials said.")
        assert [m.text for m in areas.find_mentions(doc)] == ["Olive Valley"]
        # the same everyday words, no listed area's whole name: no place
        doc = NLP("Troops are battling insurgents in the Olive Grove, officials said.")
        assert areas.find_mentions(doc) == []
    finally:
        forget_opened(path)
