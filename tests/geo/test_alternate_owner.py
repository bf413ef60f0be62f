"""A name that is the main name of a sizeable town and an alternate name of a bigger city
abroad says the town's country: "MORA -" is the Cameroonian town, not Bilimora in India
that the index also calls Mora -- unless that city is famous.

Made-up places: Kolmar, a town of 60,000 of Cameroon; Bilkolmar, an Indian city of 500,000
also called Kolmar; Dravik, an Indian city of three million
also called Tessin, and Tessin, a Swiss town of 60,000.
"""

import pytest
import spacy

NLP = spacy.blank("en")

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9600001, "Kolmar", "", 11.05, 14.14, "P", "PPL", "CM", "12", 60_000),
    (9600002, "Bilkolmar", "Kolmar", 20.77, 72.96, "P", "PPL", "IN", "09", 500_000),
    (9600003, "Dravik", "Tessin", 19.0, 73.0, "P", "PPL", "IN", "16", 3_000_000),
    (9600004, "Tessin", "", 46.2, 8.9, "P", "PPL", "CH", "TI", 60_000),
]
ADMIN1 = [("CM.12", "Far North", "Far North", 9600100), ("IN.09", "Gujarat", "Gujarat", 9600101)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def test_a_towns_own_name_says_its_country_over_a_bigger_city_so_called_abroad(gaz):
    ranked = gaz.document_countries(NLP("Kolmar - Gunmen killed four villagers on Sunday."))
    assert ranked[0][0] == "CM"


def test_a_famous_city_so_called_still_says_its_country(gaz):
    ranked = gaz.document_countries(NLP("Tessin - Gunmen killed four villagers on Sunday."))
    assert ranked[0][0] == "IN"
