"""A place the text puts in a town keeps only its readings near that town; and a shared
name read as the capital of a country the report supports, not a town of another.

Made-up places: Moravo, a hamlet named in three states, and Zarcal in two far from Chimala;
Chimala, a town of the state the report is about (and a namesake hamlet elsewhere); Dantor,
a district whose town namesake lies in another state; Marenga, a capital and a town abroad;
Chikuni, a town of that other country; Velkar, a district whose town Ponsari lies 150 km
from its seat (and a namesake Ponsari in another state); Amrani, a sizeable town, and Sholla,
a hamlet abroad named like the zone the text puts Amrani in; Kastro, a city abroad named like
a village of another land.
"""

import pytest
import spacy

NLP = spacy.blank("en")

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9500001, "Moravo", "", 18.6, -95.4, "P", "PPL", "MX", "30", 1_400),
    (9500002, "Moravo", "", 20.05, -99.34, "P", "PPL", "MX", "13", 1_100),
    (9500003, "Chimala", "", 17.6, -99.17, "P", "PPL", "MX", "12", 31_000),
    (9500004, "Chimala", "", 22.0, -105.2, "P", "PPL", "MX", "18", 1_900),
    (9500005, "Tepoztal", "", 17.55, -99.5, "P", "PPLA", "MX", "12", 187_000),
    (9500006, "Moravo", "", 17.65, -99.1, "P", "PPL", "MX", "12", 600),
    (9500007, "Zarcal", "", 18.6, -95.4, "P", "PPL", "MX", "30", 1_400),
    (9500008, "Zarcal", "", 18.5, -97.9, "P", "PPL", "MX", "21", 1_000),
    (9500010, "Dantor", "", 16.8, 75.7, "P", "PPL", "IN", "19", 327_000),
    (9500011, "Dantor", "", 18.8, 80.8, "A", "ADM2", "IN", "37", 29_600),
    (9500012, "Keltapur", "", 18.9, 80.9, "P", "PPL", "IN", "37", 2_000),
    (9500020, "Marenga", "", -13.96, 33.78, "P", "PPLC", "MW", "C", 1_000_000),
    (9500021, "Marenga", "", -15.4, 28.3, "P", "PPL", "ZM", "09", 40_000),
    (9500022, "Chikuni", "", -12.8, 28.2, "P", "PPL", "ZM", "08", 45_000),
    (9500030, "Zarvan", "", 34.7, 36.7, "P", "PPLA", "SY", "11", 700_000),
    (9500031, "Zarvan", "", 34.5, 38.2, "A", "ADM1", "SY", "11", 1_800_000),
    (9500032, "Kurdal", "", 34.6, 38.3, "P", "PPL", "SY", "11", 3_000),
    (9500040, "Velkar", "", 21.0, 81.0, "A", "ADM2", "IN", "37", 150_000, "501"),
    (9500041, "Velkar", "", 21.0, 81.0, "P", "PPLA2", "IN", "37", 70_000, "501"),
    (9500042, "Ponsari", "", 21.1, 82.45, "P", "PPL", "IN", "37", 40_000, "501"),
    (9500043, "Ponsari", "", 16.5, 75.0, "P", "PPL", "IN", "19", 2_000),
    (9500050, "Amrani", "", 9.6, 39.5, "P", "PPL", "ET", "46", 140_000),
    (9500051, "Sholla", "", 34.4, 70.4, "P", "PPL", "AF", "18", 0),
    (9500060, "Kastro", "", 36.5, 2.8, "P", "PPLA", "DZ", "20", 330_000),
]
ADMIN1 = [("MX.12", "Guerrero", "Guerrero", 9500100), ("MX.30", "Veracruz", "Veracruz", 9500101),
          ("IN.37", "Chhattisgarh", "Chhattisgarh", 9500102)]
ADMIN2 = [("IN.37.501", "Velkar", "Velkar", 9500040)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1, ADMIN2)


def readings(gaz, text):
    return {m.text: [c.geonameid for c in m.candidates] for m in gaz.find_mentions(NLP(text))}


def test_a_place_in_a_town_keeps_only_its_readings_near_the_town(gaz):
    found = readings(gaz, "Gunmen abducted five farmers from the community of Moravo, in the "
                          "municipality of Chimala, near Tepoztal, on Sunday.")
    assert found["Moravo"] == [9500006]
    assert found["Chimala"][0] == 9500003


def test_a_place_in_a_town_with_no_reading_near_it_is_one_the_index_lacks(gaz):
    found = readings(gaz, "Gunmen abducted five farmers from Zarcal, in the municipality of "
                          "Chimala, near Tepoztal, on Sunday.")
    assert "Zarcal" not in found and "Chimala" in found
    # a place put only near a town is left alone
    near = readings(gaz, "Gunmen abducted five farmers near Zarcal, near Tepoztal.")
    assert sorted(near["Zarcal"]) == [9500007, 9500008]


def test_a_place_a_settlement_apposition_puts_in_a_town_keeps_only_its_readings_there(gaz):
    # "X, a locality of the district of Y", "X, a hamlet in Y": an apposition holds it
    found = readings(gaz, "Drones hit three homes in Moravo, a community in the municipality "
                          "of Chimala, on Saturday.")
    assert found["Moravo"] == [9500006]
    assert "Zarcal" not in readings(gaz, "Gunmen abducted five farmers from Zarcal, a hamlet "
                                         "in Chimala, on Sunday.")
    # an apposition putting it at a distance from the town is no holding
    far = readings(gaz, "Gunmen abducted five farmers from Zarcal, a hamlet 300 km from "
                        "Chimala.")
    assert sorted(far["Zarcal"]) == [9500007, 9500008]


def test_a_place_put_in_a_district_after_a_comma_keeps_its_reading_there_everywhere(gaz):
    mentions = NLP("A mob beat a man to death in Moravo, Chimala district, on Friday. Police "
                   "arrested two men in Moravo on Saturday.")
    moravo = [m for m in gaz.find_mentions(mentions) if m.text == "Moravo"]
    assert [[c.geonameid for c in m.candidates] for m in moravo] == [[9500006], [9500006]]
    # a town named after a comma is no district holding the place before it
    found = readings(gaz, "Protesters marched in Moravo, Chimala and Tepoztal.")
    assert sorted(found["Moravo"]) == [9500001, 9500002, 9500006]


def test_a_town_that_names_a_region_may_mean_the_region(gaz):
    # "X in Homs": the governorate as well as its capital; Kurdal lies 140 km off the town
    found = readings(gaz, "Jets shelled the village of Kurdal in Zarvan on Monday.")
    assert found["Kurdal"] == [9500032]


def test_a_district_of_the_name_holds_the_place(gaz):
    # "Dantor" reads first as the big town of another state; its district holds Keltapur
    found = readings(gaz, "Maoists killed a villager in Keltapur village in Dantor district.")
    assert found["Keltapur"] == [9500012]


def test_a_capital_outweighs_a_town_of_a_country_the_report_also_names(gaz):
    doc = NLP("MARENGA, July 19 - Rioters of a Malawi-based movement set fire to a bus depot "
              "in Chikuni on Thursday.")
    countries = [code for code, _ in gaz.document_countries(doc)]
    assert countries[0] == "MW"


def test_a_place_the_text_puts_near_a_town_keeps_only_its_readings_near_the_town(gaz):
    # "in the camp of Moravo, near Chimala": Moravo is Chimala's, not a hamlet of Veracruz
    found = readings(gaz, "Rebels handed over their rifles at a ceremony in the camp of Moravo, "
                          "near Chimala, on Tuesday.")
    assert found["Moravo"] == [9500006]
    # with no reading near it, it names a place the index lacks
    found = readings(gaz, "Rebels handed over their rifles at a ceremony in the camp of Zarcal, "
                          "near Chimala, on Tuesday.")
    assert "Zarcal" not in found and "Chimala" in found


@pytest.mark.parametrize("text", [
    "Gunmen attacked police posts in Zarcal, in Chimala and in Tepoztal on Sunday.",
    "Gunmen attacked police posts in Zarcal, in Chimala, in Tepoztal and in Moravo.",
    "Troops clashed with rebels near Zarcal, near Chimala or near Tepoztal.",
])
def test_a_list_of_places_each_opened_by_its_preposition_is_no_containment(gaz, text):
    # "in A, in B and in C": places side by side; Zarcal keeps its readings far from Chimala
    assert sorted(readings(gaz, text)["Zarcal"]) == [9500007, 9500008]


def test_a_town_put_in_the_next_one_that_ends_the_list_still_holds_it(gaz):
    # "in A, in B" with nothing after: the second may hold the first
    found = readings(gaz, "Gunmen abducted five farmers in Zarcal, in Chimala, on Sunday.")
    assert "Zarcal" not in found


def test_a_district_holds_its_own_places_however_far_from_its_seat(gaz):
    # "near Ponsari in Velkar district": the index puts Ponsari in Velkar district, 150 km
    # from the district's point at its seat; the namesake in another state stays out
    found = readings(gaz, "Rebels attacked an army post near Ponsari in Velkar district on "
                          "Thursday night.")
    assert found["Ponsari"] == [9500042]


def test_a_zone_read_only_as_a_hamlet_abroad_says_nothing_of_the_town_before_it(gaz):
    # "outside Amrani, in North Sholla zone": the index lacks the zone and knows only a
    # hamlet abroad so named, which is no evidence against the town
    found = readings(gaz, "A drone struck a minibus on the road outside Amrani, in North "
                          "Sholla zone, on Monday.")
    assert found["Amrani"] == [9500050]
    # a place put in a town abroad is still that town's namesake question
    found = readings(gaz, "A drone struck a minibus on the road outside Amrani, in Sholla, "
                          "on Monday.")
    assert "Amrani" not in found


@pytest.mark.parametrize("where", ["in south Lebanon", "in southern Lebanon", "in Lebanon"])
def test_a_list_put_in_a_country_with_a_compass_word_holds_its_last_town_there(gaz, where):
    # "near the towns of Zerkot and Kastro in south Lebanon": the city abroad is a namesake
    # of a Lebanese village the index lacks
    found = readings(gaz, f"Fighters clashed with troops near the towns of Zerkot and Kastro "
                          f"{where} on Tuesday.")
    assert "Kastro" not in found
    # a country named after a compass word and "of" lies beyond the town, not around it
    found = readings(gaz, "Fighters clashed with troops near Kastro, south of Lebanon.")
    assert found["Kastro"] == [9500060]
