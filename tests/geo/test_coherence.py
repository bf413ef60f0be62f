"""A report's names agree with one another (issue 9), each with a tiny hand-built gazetteer:
a name a town's possessive opens is a part of that town, not evidence of another country;
a capital named exactly is not a small namesake another spelling reaches, nor one in a
country the report names only by a demonym; of a name's
readings in one country, the one near the report's other places is meant; a town's own
reading in the report's country, not a namesake region abroad that seems to hold it; a town
the text puts in a country ("Syria's border city of X") is read there; of a town's readings
in one country, the one in a region the report names is meant; a small village read only
in another region of that country, whose region the report names no town of, is a namesake."""

from __future__ import annotations

import pytest
import spacy

NLP = spacy.blank("en")

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9400001, "Baghdad", "", 33.34058, 44.40088, "P", "PPLC", "IQ", "07", 7_216_000),
    (9400002, "Baghdadeh", "Baghdad", 33.77163, 58.31735, "P", "PPL", "IR", "29", 1_808),
    (9400003, "Tehran", "", 35.69439, 51.42151, "P", "PPLC", "IR", "26", 7_153_309),
    (9400004, "Manila", "", 14.6042, 120.9822, "P", "PPLC", "PH", "NCR", 1_600_000),
    (9400005, "Manilla", "", -30.74748, 150.71974, "P", "PPL", "AU", "02", 2_516),
    (9400006, "Sydney", "", -33.86785, 151.20732, "P", "PPLA", "AU", "02", 4_627_345),
    (9400007, "Isabela", "", 10.2048, 122.9888, "P", "PPL", "PH", "06", 95_897),
    (9400008, "City of Isabela", "Isabela", 6.70407, 121.97117, "P", "PPLA", "PH", "14",
     67_336),
    (9400009, "Zamboanga", "", 6.91028, 122.07389, "P", "PPLA", "PH", "09", 1_018_849),
    (9400014, "Manila", "", 6.95, 122.1, "P", "PPL", "PH", "09", 900),
    (9400010, "Kordestan", "Kurdistan", 35.7, 47.0, "A", "ADM1", "IR", "16", 1_035_400),
    (9400011, "Baynjiwayn", "Penjwen", 35.62054, 45.94908, "P", "PPL", "IQ", "05", 27_116),
    (9400012, "Ceylanpinar", "Ras al-Ain", 36.84722, 40.05, "P", "PPL", "TR", "63", 31_488),
    (9400013, "Ra's al 'Ayn", "Ras al-Ain", 36.85034, 40.07055, "P", "PPL", "SY", "08", 0),
    (9400015, "Moscow", "", 55.75222, 37.61556, "P", "PPLC", "RU", "48", 10_381_222),
    (9400016, "Moscow", "", 46.73239, -117.00017, "P", "PPL", "US", "ID", 25_435),
    # a district as populous as a big city, and a town of its name (Nawa)
    (9400017, "Nawara", "", 5.43, -6.56, "A", "ADM2", "CI", "01", 475_557),
    (9400018, "Nawara", "", 32.89, 36.04, "P", "PPL", "SY", "08", 47_066),
    # a town's namesakes of about one weight in two regions, one of them named by the report
    (9400019, "San Rafael", "", 10.7, 122.6, "P", "PPL", "PH", "06", 4_100),
    (9400020, "San Rafael", "", 6.5, 124.4, "P", "PPL", "PH", "14", 3_900),
    (9400021, "Muslim Mindanao", "", 7.0, 124.3, "A", "ADM1", "PH", "14", 4_000_000),
    # a village and a town of one region, the report naming another
    (9400022, "Tawkyi", "", 11.2, 122.5, "P", "PPL", "PH", "06", 900),
    (9400023, "Bantuyan", "", 11.3, 122.4, "P", "PPL", "PH", "06", 60_000),
    # a region whose town of its name reads first
    (9400024, "Lawka", "", 8.1, 125.1, "P", "PPLA", "PH", "15", 90_000),
    (9400025, "Lawka", "", 8.0, 125.0, "A", "ADM1", "PH", "15", 1_000_000),
    # a village beside a small town that shares its name with its region (the town first)
    (9400026, "Marvo", "", 9.1, 123.1, "P", "PPL", "PH", "16", 2_000),
    (9400027, "Tesso", "", 9.2, 123.2, "P", "PPL", "PH", "16", 3_000),
    (9400028, "Tesso", "", 9.3, 123.3, "A", "ADM1", "PH", "16", 600_000),
]
ADMIN1 = [("IQ.07", "Baghdad", "Baghdad", 9400001), ("IR.26", "Tehran", "Tehran", 9400003),
          ("IR.29", "South Khorasan", "South Khorasan", 9400002),
          ("PH.NCR", "Metro Manila", "Metro Manila", 9400004),
          ("AU.02", "New South Wales", "New South Wales", 9400006),
          ("PH.06", "Western Visayas", "Western Visayas", 9400007),
          ("PH.14", "Muslim Mindanao", "Muslim Mindanao", 9400008),
          ("PH.09", "Zamboanga Peninsula", "Zamboanga Peninsula", 9400009),
          ("IR.16", "Kordestan", "Kordestan", 9400010),
          ("IQ.05", "Sulaymaniyah", "Sulaymaniyah", 9400011),
          ("TR.63", "Sanliurfa", "Sanliurfa", 9400012),
          ("SY.08", "Al Hasakah", "Al Hasakah", 9400013),
          ("RU.48", "Moscow", "Moscow", 9400015), ("US.ID", "Idaho", "Idaho", 9400016),
          ("CI.01", "Bas-Sassandra", "Bas-Sassandra", 9400017),
          ("PH.15", "Lawka", "Lawka", 9400025), ("PH.16", "Tesso", "Tesso", 9400028)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def test_a_name_in_a_towns_possessive_is_a_part_of_that_town(gaz):
    doc = NLP("Five people were killed in a mortar attack in central Baghdad's Al-Tehran "
              "square on Monday.")
    mentions = gaz.find_mentions(doc)
    assert [m.text for m in mentions] == ["Baghdad", "Al-Tehran"]
    countries = gaz.document_countries(doc, mentions=mentions)
    assert countries[0][0] == "IQ"
    place = gaz.resolve(mentions[0], countries=countries)
    assert (place.location, place.country_code) == ("Baghdad", "IQ")
    # the same name told as a place of its own still says its country
    assert gaz.document_countries(NLP("Five people were killed in Al-Tehran."))[0][0] == "IR"


def test_a_capital_named_exactly_is_no_small_namesake_of_another_spelling(gaz):
    doc = NLP("Thousands of Australians marched in Sydney as the prime minister met leaders "
              "in Manila.")
    mentions = gaz.find_mentions(doc)
    manila = next(m for m in mentions if m.text == "Manila")
    assert {c.name for c in manila.candidates} >= {"Manila", "Manilla"}
    countries = gaz.document_countries(doc, mentions=mentions)
    assert countries[0][0] == "AU"
    place = gaz.resolve(manila, countries=countries)
    assert (place.location, place.country_code) == ("Manila", "PH")
    # a small place named exactly in the report's country is still its own
    sydney = next(m for m in mentions if m.text == "Sydney")
    assert gaz.resolve(sydney, countries=countries).country_code == "AU"


def test_a_reading_near_the_reports_other_places_is_the_one_meant(gaz):
    alone = gaz.find_mentions(NLP("Gunmen shot dead a village official in Isabela."))
    assert alone[0].candidates[0].name == "Isabela"  # the town of the Visayas, by its name
    doc = NLP("Gunmen shot dead a village official in Isabela on Sunday. Marines were sent "
              "from Zamboanga to hunt the attackers.")
    mentions = gaz.find_mentions(doc)
    isabela = mentions[0]
    assert isabela.text == "Isabela"
    place = gaz.resolve(isabela, countries=gaz.document_countries(doc, mentions=mentions))
    assert place.location == "City of Isabela"
    # a capital needs no neighbour: Manila beside Zamboanga is still the capital
    doc = NLP("Protesters marched in Manila and in Zamboanga.")
    assert gaz.find_mentions(doc)[0].candidates[0].feature_code == "PPLC"


def test_a_towns_own_reading_over_a_namesake_region_of_a_lesser_country(gaz):
    doc = NLP("A drone hit a base of the Kurdistan Region's forces near Penjwen in Iraq.")
    region, town, _ = gaz.find_mentions(doc)
    assert (region.text, region.candidates[0].country_code, town.text) == (
        "Kurdistan", "IR", "Penjwen")
    place = gaz.resolve(town, countries=["IQ", "IR"], container=region)
    assert (place.location, place.country_code) == ("Baynjiwayn", "IQ")
    # the report's own country holds the region: a village it lacks is placed in the region
    assert gaz.resolve(town, countries=["IR", "IQ"], container=region).country_code == "IR"


def test_a_town_the_text_puts_in_a_country_is_read_there(gaz):
    doc = NLP("A civilian was shot dead in Syria's border city of Ras al-Ain by guards from "
              "Turkey, officials in Syria said.")
    town = next(m for m in gaz.find_mentions(doc) if m.text == "Ras al-Ain")
    assert {c.country_code for c in town.candidates} == {"SY"}
    place = gaz.resolve(town, countries=["SY", "TR"])
    assert place.country_code == "SY"
    plain = NLP("A civilian was shot dead in Ras al-Ain by guards from Turkey, officials in "
                "Syria said.")
    assert {c.country_code for c in gaz.find_mentions(plain)[0].candidates} == {"SY", "TR"}


def test_a_capital_is_no_small_namesake_of_a_country_named_only_by_a_demonym(gaz):
    doc = NLP("Thousands marched through Moscow against a ban on adoptions by Americans.")
    [moscow] = gaz.find_mentions(doc)
    assert {c.country_code for c in moscow.candidates} == {"RU"}
    place = gaz.resolve(moscow, countries=gaz.document_countries(doc, mentions=[moscow]))
    assert (place.location, place.country_code) == ("Moscow", "RU")
    # the report names the namesake's country, or calls the place a town: kept
    for text in ("Students in the United States marched through Moscow.",
                 "Students marched through the town of Moscow."):
        moscow = next(m for m in gaz.find_mentions(NLP(text)) if m.text == "Moscow")
        assert {c.country_code for c in moscow.candidates} == {"RU", "US"}
    # a village reached only by an alternate name is no likelier in the report's country
    doc = NLP("Protesters in Tehran denounced a bombing in Baghdad.")
    mentions = gaz.find_mentions(doc)
    place = gaz.resolve(mentions[1], countries=gaz.document_countries(doc, mentions=mentions))
    assert (place.location, place.country_code) == ("Baghdad", "IQ")
    # a district as populous as a big city is no city: the town keeps its reading
    nawara = gaz.find_mentions(NLP("Jets struck Nawara, a Syrian official said."))[0]
    assert "SY" in {c.country_code for c in nawara.candidates}


def test_a_towns_reading_in_the_region_the_report_names_is_the_one_meant(gaz):
    alone = gaz.find_mentions(NLP("A mob beat a man to death in San Rafael on Sunday."))
    assert alone[0].candidates[0].geonameid == 9400019  # the more populous, alone
    doc = NLP("A mob beat a man to death in San Rafael on Sunday, prosecutors in Muslim "
              "Mindanao said.")
    town = gaz.find_mentions(doc)[0]
    assert (town.text, town.candidates[0].geonameid) == ("San Rafael", 9400020)


def test_a_small_village_read_only_outside_the_region_the_report_names_is_a_namesake(gaz):
    text = "Soldiers burned houses in Tawkyi village{} on Sunday{}."
    # no region named: the village is read
    alone = gaz.find_mentions(NLP(text.format("", "")))
    assert [m.text for m in alone] == ["Tawkyi"]
    # the report names another region of the country: a namesake of a village it lacks
    named = gaz.find_mentions(NLP(text.format("", ", officials in Muslim Mindanao said")))
    assert [m.text for m in named] == ["Muslim Mindanao"]
    # a town of some size of the village's own region is named too: the village is read
    near = gaz.find_mentions(NLP(text.format(" near Bantuyan",
                                             ", officials in Muslim Mindanao said")))
    assert [m.text for m in near] == ["Tawkyi", "Bantuyan", "Muslim Mindanao"]
    # a region written as one, though its town reads first
    written = gaz.find_mentions(NLP("Soldiers burned houses in Tawkyi village in Kyunpin "
                                    "Township, Lawka Region, on Sunday."))
    assert "Tawkyi" not in [m.text for m in written]


def test_a_village_by_a_town_named_as_its_region_too_is_read(gaz):
    """"near Marvo in Tesso South", another region named later: "Tesso" reads first as a
    small town, but it is also the name of the region the town lies in, so the report
    names that region and Marvo, a village of it, is no namesake."""
    text = ("Bandits shot two herders at Kalvi, near Marvo in Tesso South, on Sunday. In "
            "Muslim Mindanao, gunmen ambushed a patrol.")
    assert [m.text for m in gaz.find_mentions(NLP(text))] == [
        "Marvo", "Tesso", "Muslim Mindanao"]
