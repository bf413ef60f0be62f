"""Country context from evidence that the event is there (issue 9, item 4): an attacker's
weapon named by its home ("a Syrian drone", "Syrian missiles") says the least of where an
attack fell; a town of one country named in the body, or the victims' or the target's home
("Yemeni civilians", "a Yemeni army post"), says more. With a tiny hand-built gazetteer of
made-up towns: Dar Qudra in Yemen and Tell Marun in Syria, 20,000 people each.
"""

from __future__ import annotations

import pytest
import spacy

from eventdesk.geo.country_words import _of_a_force

NLP = spacy.blank("en")

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9420001, "Dar Qudra", "", 14.1, 44.2, "P", "PPL", "YE", "01", 20_000),
    (9420002, "Tell Marun", "", 35.1, 37.2, "P", "PPL", "SY", "01", 20_000),
]
ADMIN1 = [("YE.01", "Wadi Region", "Wadi Region", 9420003),
          ("SY.01", "Jabal Region", "Jabal Region", 9420004)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def first(gaz, text):
    return gaz.document_countries(NLP(text))[0][0]


def test_a_town_named_in_the_body_outweighs_the_attackers_weapons(gaz):
    # two demonyms of the attacker's weapons weighed more than one town of the scene
    assert first(gaz, "A Syrian drone struck a car in Dar Qudra, and Syrian missiles hit "
                      "a market nearby.") == "YE"


def test_the_attackers_country_when_the_town_is_in_it(gaz):
    assert first(gaz, "A Yemeni drone struck a car in Tell Marun, and Yemeni missiles hit "
                      "a market nearby.") == "SY"


def test_the_victims_home_outweighs_the_attackers(gaz):
    assert first(gaz, "Syrian jets struck a house on Monday, killing two Yemeni "
                      "civilians.") == "YE"


def test_the_targets_home_outweighs_the_attackers(gaz):
    # "a Yemeni army post" is the target, not a force acting abroad
    assert first(gaz, "Syrian fighters shelled a Yemeni army post overnight.") == "YE"


def test_the_attackers_home_when_nothing_else_says_where(gaz):
    assert first(gaz, "A Syrian drone struck a car on Monday, killing two people.") == "SY"


def test_the_attackers_home_stays_among_the_reports_countries(gaz):
    # a strike back at the attacker's side is coded there: its home keeps some weight
    ranked = dict(gaz.document_countries(NLP(
        "A Syrian drone struck a car in Dar Qudra, killing two Yemeni civilians. Fighters "
        "later fired rockets at the Syrian army's positions.")))
    assert max(ranked, key=ranked.get) == "YE"
    assert ranked["SY"] >= 0.2 * ranked["YE"]


def test_an_attack_word_is_a_force_only_where_asked():
    # the country context reads "a Syrian drone" as a force's home; the placer's check of a
    # namesake abroad still reads it as a home of its own (a small Syrian town struck back)
    words = ["A", "Syrian", "drone", "struck"]
    assert _of_a_force(words, 2, attack=True)
    assert not _of_a_force(words, 2)
    assert _of_a_force(["Syrian", "troops"], 1)
