"""Namesakes abroad: a reading far from where the text puts a place, or a loose spelling or
alternate name in a country nothing else in the report names, is not the place.

The places are the made-up ones of the tiny gazetteer (geonames_files.py): Sidonia, a
Lebanese town of 200,000 and a US hamlet; Tripoli in Libya and in Lebanon; Tazirt, a Moroccan
hamlet; Vellouse, a French village; Homs, also called Emesa.
"""

import spacy

from eventdesk.components.events.preamble import DATELINE
from eventdesk.geo.country_words import _dateline

NLP = spacy.blank("en")


def found(gaz, text):
    return {m.text: sorted({c.country_code for c in m.candidates})
            for m in gaz.find_mentions(NLP(text))}


def test_a_place_measured_from_a_city_keeps_only_its_readings_near_it(gaz):
    assert found(gaz, "Rockets hit Sidonia, about 40 km south of Tripoli.")["Sidonia"] == ["LB"]
    assert found(gaz, "Rockets hit Sidonia and Tripoli.")["Sidonia"] == ["LB", "US"]


def test_a_reading_across_a_border_near_the_anchor_stays(gaz):
    # Tripoli in Lebanon is ~230 km from Aleppo; the Libyan one is not near it.
    assert found(gaz, "Shells fell on Tripoli, near Aleppo.")["Tripoli"] == ["LB"]


def test_a_name_known_only_abroad_is_no_place_where_the_text_puts_it(gaz):
    mentions = found(gaz, "Militants shelled the town of Tazirt, south of Homs, and "
                          "residents of Tazirt fled.")
    assert "Tazirt" not in mentions  # every mention of the name, not only the anchored one
    assert "Homs" in mentions


def test_a_country_anchors_only_with_in_or_a_comma(gaz):
    assert "Vellouse" not in found(gaz, "Gunmen raided Vellouse, Somalia, on Sunday.")
    assert "Vellouse" not in found(gaz, "Gunmen raided Vellouse in Somalia on Sunday.")
    # "near" a country names a place across its border
    assert found(gaz, "Gunmen raided Vellouse near Somalia.")["Vellouse"] == ["FR"]
    # a country word that qualifies a noun names whose it is, not where the town lies
    assert found(gaz, "In Vellouse, Somali artillery shelled farms.")["Vellouse"] == ["FR"]
    assert found(gaz, "In Vellouse, the Somalia army shelled farms.")["Vellouse"] == ["FR"]


def test_an_alternate_name_needs_its_country_named_elsewhere(gaz):
    # "Emesa" is an alternate name of Homs
    assert "Emesa" not in found(gaz, "Clashes hit Emesa. Aden and Sanaa were shelled.")
    assert found(gaz, "Clashes hit Emesa. Aleppo and Aden were shelled.")["Emesa"] == ["SY"]
    # nothing else names a country: the alternate name stands
    assert found(gaz, "Clashes hit Emesa.")["Emesa"] == ["SY"]
    # a demonym naming a border or a party in passing names no other country
    assert found(gaz, "Clashes hit Emesa. Many fled to the Yemeni border.")["Emesa"] == ["SY"]
    assert found(gaz, "Clashes hit Emesa as a Yemeni-led force advanced.")["Emesa"] == ["SY"]
    assert "Emesa" not in found(gaz, "Clashes hit Emesa. Yemeni troops advanced.")


def test_a_combined_dateline_is_a_dateline():
    text = "ADEN/SANAA - Jets struck Homs."
    words = ["ADEN", "/", "SANAA", "-", "Jets", "struck", "Homs", "."]
    assert _dateline(words)[0] == frozenset({0, 1, 2})
    assert DATELINE.match(text).end() == len("ADEN/SANAA - ")


def test_a_city_part_is_left_to_the_placing_of_city_parts(gaz):
    # Tall Qirmish (Syria) is ~140 km from Homs; "neighbourhood" leaves the name as it is
    assert found(gaz, "Shells hit the Tall Qirmish neighbourhood of Homs.")[
        "Tall Qirmish"] == ["SY"]
    assert "Tazirt" not in found(gaz, "Shells hit the town of Tazirt, near Homs.")


def test_a_region_named_as_such_gives_its_country(gaz):
    doc = NLP("Jets struck villages in Homs province. Rockets hit Sanaa and Aden.")
    mentions = gaz.find_mentions(doc)
    assert gaz.named_region_countries(mentions) == ["SY"]
    # a bare name is a town as often as a region
    assert gaz.named_region_countries(gaz.find_mentions(NLP("Jets struck Homs."))) == []


def test_a_loose_spelling_anchors_nothing(gaz):
    # "Khozeira" is Al Khuzayrah (Yemen) only by a normalised spelling
    assert found(gaz, "A bomb hit the Homs neighbourhood of Khozeira.")["Homs"] == ["SY"]


def test_a_dateline_closed_by_a_colon_is_a_dateline():
    # "LAKKI MARWAT: A police constable was killed": a district-datelined roundup's line
    words = ["BANNU", ":", "Two", "policemen", "were", "killed", ".", "\n", "LAKKI", "MARWAT",
             ":", "A", "constable", "died", "."]
    assert _dateline(words)[0] == frozenset({0, 8, 9})
    assert _dateline(["OUTLOOK", "is", "calm"])[0] == frozenset()


def test_a_countrys_possessive_keeps_only_the_towns_readings_there(gaz):
    assert found(gaz, "Shells hit Lebanon's Sidonia on Sunday.")["Sidonia"] == ["LB"]
    # known only abroad: a namesake of a town the index lacks, no place of the report
    assert "Vellouse" not in found(gaz, "Shells hit Somalia's Vellouse on Sunday.")
    # a possessive that is not a country's says nothing of the country
    assert found(gaz, "Shells hit Sidonia's outskirts.")["Sidonia"] == ["LB", "US"]
