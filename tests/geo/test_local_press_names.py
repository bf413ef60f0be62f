"""How local press writes a place's name (issue 9): a town and the division that holds it set
off by a comma ("near Muyuka, Fako Division"), a town's facility named after it ("the police
station of X"), a name opened by a Romance article ("Las Bateas"), a country's word inside a
town's name ("Datu Saudi Ampatuan")."""

import pytest
import spacy
from spacy.tokens import Span

from eventdesk.geo.name_spans import _after_locative, name_part, names_a_military_site
from eventdesk.geo.span_judging import _after_a_name_article, _inside_a_longer_name


def _doc(text, ents=()):
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_a_town_and_its_division_ner_reads_as_one_name_are_two_names():
    doc = _doc("a gun battle near Muyuka , Fako Division , on Thursday", [(4, 8, "ORG")])
    ent = doc.ents[0]
    assert name_part(ent, 4) == (4, 5)  # Muyuka alone
    assert name_part(ent, 6) == (6, 8)  # Fako Division
    # a town and its state, as local press writes them: the name after the comma is its own
    doc = _doc("a mob gathered in Tilpa , Jalisco , on Sunday", [(4, 7, "ORG")])
    assert name_part(doc.ents[0], 4) == (4, 5)
    assert name_part(doc.ents[0], 6) == (6, 7)
    # but not an office's longer name after a region's
    doc = _doc("in Tesso Oblast , Tesso Oblast Military Administration head", [(1, 9, "ORG")])
    assert name_part(doc.ents[0], 1) == (1, 9)
    # a comma before words that name no division stays inside the name
    doc = _doc("the Ministry of Health , Labour and Welfare said", [(1, 8, "ORG")])
    assert name_part(doc.ents[0], 1) == (1, 8)


def test_a_towns_facility_names_the_town():
    assert _after_locative("rebels attacked the police station of Suarez".split(), 6)
    assert _after_locative("the weekly market of Kongou".split(), 4)
    # translated French and Spanish copy: "the police commissariat of X" (commissariat de X)
    assert _after_locative("gangs attacked the police commissariat of Thomonde".split(), 6)
    assert not _after_locative("a friend of Suarez".split(), 3)


def test_a_military_post_named_after_its_town_names_the_town():
    words = "the militia said it shelled the army 's Dovev site at dawn".split()
    assert names_a_military_site(words, 8, 9)
    assert names_a_military_site("rockets hit the Zarit barracks".split(), 3, 4)
    # a name with no post after it, or a post not opened by "the" or a possessive
    assert not names_a_military_site("rockets hit Dovev yesterday".split(), 2, 3)
    assert not names_a_military_site("Colonel Dovev base commander".split(), 1, 2)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "admin1"), [
    ("The ministry said its forces struck the Ukrainian army's Kreminna base with Iskander "
     "missiles.", "Luhansk"),
    ("The rebels said they shelled the Syrian army's Taftanaz barracks with mortars on Friday.",
     "Idlib"),
])
def test_a_deed_at_a_post_named_after_a_town_ner_calls_a_person_is_at_the_town(text, admin1):
    import eventdesk

    [event] = eventdesk.extract(text, published="2024-03-01")
    assert event.admin1 == admin1 and event.latitude is not None


@pytest.mark.slow
def test_a_deed_under_a_police_station_ner_calls_a_person_is_at_its_town():
    """"under Chandwa police station limits": South Asian press names the station, and the
    area it polices, after its town."""
    import eventdesk

    [event] = eventdesk.extract(
        "RANCHI: Two villagers were killed when Maoists set off a landmine near a forest track "
        "under Chandwa police station limits on Tuesday.", published="2023-03-08")
    assert event.location == "Chandwa" and event.admin1 == "Jharkhand"


def test_the_rest_of_a_name_opened_by_an_article_is_not_a_place():
    doc = _doc("houses in the community of Las Bateas were hit")
    assert _after_a_name_article(list(doc), 6)
    assert not _after_a_name_article(list(doc), 5)
    doc = _doc("Los Angeles police said")  # an article opening the sentence is no name's
    assert not _after_a_name_article(list(doc), 1)


def test_a_country_word_inside_a_longer_name_is_no_country():
    tokens = list(_doc("mortars hit a detachment in Datu Saudi Ampatuan town"))
    assert _inside_a_longer_name(tokens, 6, 7)
    tokens = list(_doc("jets of the Saudi Air Force struck"))
    assert not _inside_a_longer_name(tokens, 3, 4)  # "the Saudi ...": opened by "the"
    tokens = list(_doc("Saudi jets struck Saada"))
    assert not _inside_a_longer_name(tokens, 0, 1)
