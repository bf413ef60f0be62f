"""A region's name shared by regions of many countries ("Eastern Province", a translated
kind of province) is no evidence of any one of them (issue 9), with a tiny hand-built
gazetteer."""

from __future__ import annotations

import pytest
import spacy

NLP = spacy.blank("en")

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9400001, "Eastern Province", "", 7.8, 81.5, "A", "ADM1", "LK", "02", 1_500_000),
    (9400002, "Eastern", "Eastern Province", 23.0, 50.0, "A", "ADM1", "SA", "06", 4_000_000),
    (9400003, "Sharqia", "Eastern Province", 30.7, 31.6, "A", "ADM1", "EG", "07", 6_000_000),
    (9400004, "Batticaloa", "", 7.7102, 81.6924, "P", "PPLA", "LK", "02", 86_227),
    (9400005, "Punjab", "", 31.0, 75.3, "A", "ADM1", "IN", "23", 27_000_000),
    (9400006, "Punjab", "", 30.8, 72.5, "A", "ADM1", "PK", "04", 100_000_000),
]
ADMIN1 = [("LK.02", "Eastern Province", "Eastern Province", 9400001),
          ("SA.06", "Eastern", "Eastern", 9400002), ("EG.07", "Sharqia", "Sharqia", 9400003)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def codes(ranked):
    return [code for code, _ in ranked]


def test_a_region_name_of_many_countries_says_no_country(gaz):
    assert gaz.document_countries(NLP("Gunmen killed eight people in Eastern Province.")) == []


def test_it_counts_for_the_country_the_report_names_otherwise(gaz):
    doc = NLP("Rebels attacked a police post in Batticaloa in the Eastern Province.")
    assert codes(gaz.document_countries(doc))[:1] == ["LK"]


def test_a_region_name_of_two_countries_is_still_shared_by_them(gaz):
    assert sorted(codes(gaz.document_countries(NLP("Floods hit Punjab on Monday.")))) == [
        "IN", "PK"]
