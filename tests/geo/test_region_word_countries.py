"""A name with a region word ("Rakhine State", "Kassala Province") says the country of its
regions, not of a bigger city elsewhere with that name (dev19: a state named like a Chinese
city), with a tiny hand-built gazetteer."""

from __future__ import annotations

import pytest
import spacy

NLP = spacy.blank("en")

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9410001, "Zarin", "", 22.6, 93.6, "A", "ADM1", "MM", "02", 478_000),
    (9410002, "Zarinzhou", "Zarin", 21.98, 108.65, "P", "PPL", "CN", "16", 1_300_000),
]
ADMIN1 = [("MM.02", "Zarin", "Zarin", 9410001), ("CN.16", "Guangxi", "Guangxi", 9410003)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def codes(ranked):
    return [code for code, _ in ranked]


def test_a_name_with_a_region_word_says_its_regions_country(gaz):
    doc = NLP("Soldiers burned 160 houses in Zarin State on Friday.")
    assert codes(gaz.document_countries(doc)) == ["MM"]


def test_without_the_region_word_the_big_city_still_counts(gaz):
    assert "CN" in codes(gaz.document_countries(NLP("Soldiers burned 160 houses in Zarin.")))
