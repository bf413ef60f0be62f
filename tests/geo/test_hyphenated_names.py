"""A name news writes hyphenated ("Carre-four") that the index holds as one word
("Carrefour"): read as that word where the index lacks the hyphenated spelling, and found
as a place in a report's text."""

from __future__ import annotations

import pytest
import spacy

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9410001, "Carrefour", "", 18.54, -72.40, "P", "PPL", "HT", "11", 400_000),
    (9410002, "Saint-Louis", "", 16.02, -16.49, "P", "PPLA", "SN", "14", 200_000),
    (9410003, "Navbahor", "Sarytash", 40.2, 69.6, "P", "PPL", "TJ", "02", 0),
]
ADMIN1 = [("HT.11", "Ouest", "Ouest", 9410010), ("SN.14", "Saint-Louis", "Saint-Louis", 9410011)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def test_a_hyphenated_spelling_of_a_one_word_name_is_that_place(gaz):
    assert [c.name for c in gaz.candidates("Carre-Four")] == ["Carrefour"]


def test_a_name_the_index_holds_hyphenated_is_read_as_written(gaz):
    assert [(c.name, c.match) for c in gaz.candidates("Saint-Louis")][:1] == [
        ("Saint-Louis", "exact")]
    assert gaz.candidates("Saint Louis")[0].name == "Saint-Louis"
    assert gaz.candidates("Carre Four") == []   # two words apart are no hyphenated name


def test_a_hyphenated_spelling_in_a_report_is_detected_as_the_one_word_place(gaz):
    doc = spacy.blank("en")("Residents of Carre-Four beat two suspected thieves to death.")
    assert [(m.text, m.candidates[0].name) for m in gaz.find_mentions(doc)] == [
        ("Carre-Four", "Carrefour")]
    # another place's one-word alternate name is no reading of a hyphenated village
    doc = spacy.blank("en")("Troops exchanged fire near the village of Sary-Tash.")
    assert not any(m.text == "Sary-Tash" for m in gaz.find_mentions(doc))


# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population, admin2
HALVES = [
    (9411001, "Vasta", "", 35.0, 50.3, "P", "PPLA2", "IR", "35", 220_000),
    (9411002, "Kordel", "", 53.9, -9.3, "A", "ADM2", "IE", "C", 130_000, "M1"),
    (9411003, "Upper Lakes", "", 10.6, 14.3, "A", "ADM1", "CM", "12", 3_000_000),
]
HALVES_ADMIN1 = [("IR.35", "Markazi", "Markazi", 9411010), ("IE.C", "Connacht", "Connacht",
                                                              9411011),
                 ("CM.12", "Upper Lakes", "Upper Lakes", 9411003)]


@pytest.fixture(scope="module")
def halves_gaz(gazetteer_of):
    return gazetteer_of(HALVES, HALVES_ADMIN1, [("IE.C.M1", "Kordel", "Kordel", 9411002)])


def test_the_close_of_a_name_whose_opening_is_only_a_district_abroad_is_no_place(halves_gaz):
    # the opening, a district's name of a country the report is not about, is dropped as
    # no place: the close is half of an unknown name, not the big town abroad
    doc = spacy.blank("en")("Raiders looted cattle in a village of the Kordel-Vasta division, "
                            "in the Upper Lakes region, on Friday.")
    assert [m.text for m in halves_gaz.find_mentions(doc)] == ["Upper Lakes"]
    # the close named alone is the town
    doc = spacy.blank("en")("Raiders looted cattle in Vasta on Friday.")
    assert [m.text for m in halves_gaz.find_mentions(doc)] == ["Vasta"]
