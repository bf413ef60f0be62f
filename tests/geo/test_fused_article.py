"""A name written with its article fused to it ("Elfasher" for El Fasher), which news
often writes so: read as the index's name with the article apart, only where the index
lacks the word as written and it is no English word ("Almost")."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from eventdesk.geo.normalize import article_split

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9400001, "El Fasher", "", 13.63, 25.35, "P", "PPLA", "SD", "02", 250_000),
    (9400002, "Most", "", 50.50, 13.64, "P", "PPLA3", "CZ", "85", 66_000),
]
ADMIN1 = [("SD.02", "North Darfur", "North Darfur", 9400010),
          ("CZ.85", "Ustecky", "Ustecky", 9400011)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def test_an_article_fused_to_the_first_word_is_written_apart():
    assert article_split("elfasher") == "el fasher"
    assert article_split("alkhums market") == "al khums market"
    assert article_split("alba") is None and article_split("el fasher") is None


def test_a_name_with_its_article_fused_is_the_indexs_name(gaz):
    found = gaz.candidates("Elfasher")
    assert [(c.name, c.match) for c in found] == [("El Fasher", "exact")]


def test_the_fused_name_is_found_in_a_report_even_as_ners_person(gaz):
    doc = spacy.blank("en")("Gunmen attacked a market near Elfasher on Monday.")
    doc.ents = [Span(doc, 5, 6, label="PERSON")]
    assert [m.text for m in gaz.find_mentions(doc)] == ["Elfasher"]


def test_an_english_word_opening_with_the_letters_is_no_place(gaz):
    assert gaz.candidates("Almost") == []
    doc = spacy.blank("en")("Almost 20 people were killed on Monday.")
    assert gaz.find_mentions(doc) == []
