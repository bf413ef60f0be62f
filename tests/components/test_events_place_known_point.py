"""A name the index lacks, held by the report only in a region or a district (issue 9): the
record keeps the name and the region, geo_precision 3, and no point -- never the region's
centre or a far seat town's point under the village's name. A region named as the place, a
town's part, and a village of a district seated at its namesake town keep their points."""

from __future__ import annotations

import pytest

import eventdesk
from eventdesk.distance import haversine_km
from eventdesk.geo import forget_opened, open_gazetteer
from eventdesk.records import Place
from tests.geo.geonames_files import import_places

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9200001, "Zaporizhzhia Oblast", "Zaporozhye", 47.5, 35.5, "A", "ADM1", "UA", "26",
     1_700_000),
    (9200002, "Masisi", "", -1.40, 28.82, "A", "ADM2", "CD", "11", 0),
    (9200003, "Aleppo", "Halab", 36.2, 37.16, "P", "PPLA", "SY", "09", 2_000_000),
    # a district named after the city it is made of
    (9200004, "Harare", "", -17.83, 31.05, "P", "PPLC", "ZW", "10", 1_500_000),
    (9200005, "Harare", "", -17.83, 31.05, "A", "ADM2", "ZW", "10", 1_500_000),
    # invented: a small town that is the seat of the region named after it, and a big one
    (9200006, "Tindoumar", "", 17.1, 0.4, "P", "PPLA", "ML", "20", 12_000),
    (9200007, "Tindoumar", "", 17.5, 0.9, "A", "ADM1", "ML", "20", 60_000),
    (9200008, "Qasrabad", "", 31.0, 45.0, "P", "PPLA", "IQ", "21", 900_000),
    (9200009, "Qasrabad", "", 31.2, 45.3, "A", "ADM1", "IQ", "21", 1_400_000),
    # invented: a district seated at its namesake town, and one whose namesake lies far off
    (9200013, "Kurabo", "", 9.52, 9.10, "A", "ADM2", "NG", "49", 0),
    (9200014, "Kurabo", "", 9.521, 9.098, "P", "PPLA2", "NG", "49", 0),
    (9200015, "Lembaru", "", 9.0, 8.6, "A", "ADM2", "NG", "49", 0),
    (9200016, "Lembaru", "", 9.4, 8.9, "P", "PPL", "NG", "49", 0),
    # invented: a region and a town in it that a hospital and a dam are named after
    (9200018, "Kordafa", "", 12.0, 30.0, "A", "ADM1", "SD", "77", 500_000),
    (9200019, "Umm Zabara", "", 12.9, 31.2, "P", "PPLA2", "SD", "77", 40_000),
    # invented: another town of that region, which a report names first
    (9200020, "Tabeldi", "", 12.2, 30.4, "P", "PPLA2", "SD", "77", 90_000),
]
ADMIN1 = [("UA.26", "Zaporizhzhia", "Zaporizhzhia", 9200001),
          ("CD.11", "North Kivu", "North Kivu", 9200010),
          ("SY.09", "Aleppo", "Aleppo", 9200011), ("ZW.10", "Harare", "Harare", 9200012),
          ("ML.20", "Tindoumar", "Tindoumar", 9200007), ("IQ.21", "Qasrabad", "Qasrabad",
                                                         9200009),
          ("NG.49", "Plateau", "Plateau", 9200017), ("SD.77", "Kordafa", "Kordafa", 9200018)]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("known_point"), PLACES, ADMIN1)
    yield open_gazetteer(index)
    forget_opened(index)


def _region(location: str) -> Place:
    return Place(country="Ukraine", country_code="UA", admin1="Zaporizhzhia",
                 location=location, latitude=47.5, longitude=35.5, geo_precision=3,
                 geonameid=9200001)


def test_a_village_at_its_regions_centre_keeps_its_name_and_region_and_loses_the_point(gaz):
    from eventdesk.components.events.place_names import known_point

    place = known_point(gaz, _region("Robotyne"))
    assert (place.location, place.admin1, place.country_code, place.geo_precision) == (
        "Robotyne", "Zaporizhzhia", "UA", 3)
    assert (place.latitude, place.longitude, place.geonameid) == (None, None, None)


@pytest.mark.parametrize("name", ["Zaporizhzhia", "Zaporizhzhia region", "Zaporozhye"])
def test_a_region_named_as_the_place_keeps_its_centre(gaz, name):
    from eventdesk.components.events.place_names import known_point

    # its admin1, the admin1 with its kind, or a name the index gives the region itself
    assert known_point(gaz, _region(name)).latitude == pytest.approx(47.5)


def test_a_village_written_as_a_part_of_a_districts_seat_is_the_districts(gaz):
    from eventdesk.components.events.place_names import known_point

    seat = Place(country="Democratic Republic of Congo", country_code="CD",
                 admin1="North Kivu", admin2="Masisi", location="Masisi - Kitshanga",
                 latitude=-1.40, longitude=28.82, geo_precision=2, geonameid=9200002)
    place = known_point(gaz, seat)
    assert (place.location, place.admin1, place.admin2, place.geo_precision) == (
        "Kitshanga", "North Kivu", "Masisi", 3)
    assert place.latitude is None and place.geonameid is None


def _district_part(district: str, village: str, point: tuple[float, float], gid: int
                   ) -> Place:
    return Place(country="Nigeria", country_code="NG", admin1="Plateau", admin2=district,
                 location=f"{district} - {village}", latitude=point[0], longitude=point[1],
                 geo_precision=2, geonameid=gid)


def test_a_village_of_a_district_seated_at_its_namesake_town_is_the_districts(gaz):
    from eventdesk.components.events.place_names import known_point

    # "a raid on the village of Dobalak in Kurabo local government area": the district
    # holds it, not Kurabo town's point
    place = known_point(gaz, _district_part("Kurabo", "Dobalak", (9.52, 9.10), 9200013))
    assert (place.location, place.admin1, place.admin2, place.geo_precision) == (
        "Dobalak", "Plateau", "Kurabo", 3)
    assert place.latitude is None and place.geonameid is None


def test_a_village_of_a_district_whose_namesake_town_lies_far_off_has_no_point(gaz):
    from eventdesk.components.events.place_names import known_point

    place = known_point(gaz, _district_part("Lembaru", "Dobalak", (9.0, 8.6), 9200015))
    assert (place.location, place.admin2, place.geo_precision) == ("Dobalak", "Lembaru", 3)
    assert place.latitude is None


def test_a_part_of_a_district_named_after_its_city_keeps_the_citys_point(gaz):
    from eventdesk.components.events.place_names import known_point

    # "the Harare township of Highfield", read at the district: the city's part
    part = Place(country="Zimbabwe", country_code="ZW", admin1="Harare", admin2="Harare",
                 location="Harare - Highfield", latitude=-17.83, longitude=31.05,
                 geo_precision=2, geonameid=9200005)
    assert known_point(gaz, part) is part


def _part(town: str, name: str, code: str, point: tuple[float, float], gid: int) -> Place:
    return Place(country=None, country_code=code, admin1=town, location=f"{town} - {name}",
                 latitude=point[0], longitude=point[1], geo_precision=2, geonameid=gid)


def test_a_name_held_by_a_small_seat_of_its_namesake_region_is_the_regions(gaz):
    from eventdesk.components.events.place_names import known_point

    # "In Tindoumar, gunmen killed herders around Ouarsamba": a town of 12,000 has no named
    # quarters in the news; the village lies somewhere in the Tindoumar region
    place = known_point(gaz, _part("Tindoumar", "Ouarsamba", "ML", (17.1, 0.4), 9200006))
    assert (place.location, place.admin1, place.geo_precision) == ("Ouarsamba", "Tindoumar", 3)
    assert place.latitude is None and place.geonameid is None


@pytest.mark.parametrize("text", [
    "Gunmen killed herders at Ouarsamba, about 30 kilometres from Tindoumar town, on Monday.",
    "Gunmen killed herders at Ouarsamba, near Tindoumar, on Monday.",
    "A shell hit the Ouarsamba camp, 8 km west of the city of Tindoumar, on Monday.",
])
def test_a_name_measured_from_a_small_seat_is_at_the_town(gaz, text):
    from eventdesk.components.events.place_names import known_point
    from eventdesk.components.events.place_names.near_town import near_town_in

    # the report measures the village from the town itself, not from its region: coded at
    # the nearest named town (GUIDELINES, geo_precision 2)
    part = _part("Tindoumar", "Ouarsamba", "ML", (17.1, 0.4), 9200006)
    assert known_point(gaz, part, near_town_in(text)) is part


def test_a_name_put_in_a_small_seat_stays_its_regions_whatever_else_is_measured(gaz):
    from eventdesk.components.events.place_names import known_point
    from eventdesk.components.events.place_names.near_town import near_town_in

    text = "In Tindoumar, gunmen killed herders in Ouarsamba, 40 km from the border, on Monday."
    part = _part("Tindoumar", "Ouarsamba", "ML", (17.1, 0.4), 9200006)
    assert known_point(gaz, part, near_town_in(text)).latitude is None


def _in_kordafa(site: str) -> Place:
    return Place(country="Sudan", country_code="SD", admin1="Kordafa", location=site,
                 latitude=12.0, longitude=30.0, geo_precision=3, geonameid=9200018)


@pytest.mark.parametrize("site", ["Umm Zabara Teaching Hospital", "Umm Zabara Hospital",
                                  "Umm Zabara Central Market"])
def test_a_site_named_after_a_town_of_its_region_is_at_the_town(gaz, site):
    from eventdesk.components.events.place_names import known_point

    # "the Umm Zabara Teaching Hospital in Kordafa state": the site's name gives its town
    place = known_point(gaz, _in_kordafa(site))
    assert (place.location, place.geo_precision, place.geonameid) == (
        f"{site.split()[0]} Zabara - {site}", 2, 9200019)
    assert (place.latitude, place.longitude) == (12.9, 31.2)


@pytest.mark.parametrize("site", ["Umm Zabara Dam", "Zorvo Hospital", "Umm Zabara"])
def test_a_site_not_named_after_a_town_beside_it_stays_held_in_its_region(gaz, site):
    from eventdesk.components.events.place_names import known_point

    # a dam may lie tens of km from its namesake town; a hospital of no known town, and a
    # town name alone, are no sites
    assert known_point(gaz, _in_kordafa(site)).latitude is None


def _at_tabeldi(site: str) -> Place:
    return Place(country="Sudan", country_code="SD", admin1="Kordafa",
                 location=f"Tabeldi - {site}", latitude=12.2, longitude=30.4,
                 geo_precision=2, geonameid=9200020)


def test_a_site_named_after_a_town_held_at_another_town_is_at_its_own_town(gaz):
    from eventdesk.components.events.place_names import known_point

    # "Troops took Tabeldi. On Friday they arrested two traders at Umm Zabara market": the
    # site, read as a part of the report's Tabeldi, names its own town
    place = known_point(gaz, _at_tabeldi("Umm Zabara market"))
    assert (place.location, place.geo_precision, place.geonameid) == (
        "Umm Zabara - Umm Zabara market", 2, 9200019)
    assert (place.latitude, place.longitude) == (12.9, 31.2)


@pytest.mark.parametrize("site", ["Zorvo market", "Umm Zabara Dam", "Tabeldi market"])
def test_a_site_of_no_other_town_stays_the_holding_towns_part(gaz, site):
    from eventdesk.components.events.place_names import known_point

    part = _at_tabeldi(site)
    assert known_point(gaz, part) is part


def test_a_name_held_by_a_big_seat_of_its_namesake_region_keeps_the_citys_point(gaz):
    from eventdesk.components.events.place_names import known_point

    part = _part("Qasrabad", "Hay al-Nour", "IQ", (31.0, 45.0), 9200008)
    assert known_point(gaz, part) is part


def test_a_part_of_a_town_and_a_place_with_no_point_are_kept(gaz):
    from eventdesk.components.events.place_names import known_point

    part = Place(country="Syria", country_code="SY", admin1="Aleppo",
                 location="Aleppo - al-Rashedin", latitude=36.2, longitude=37.16,
                 geo_precision=2, geonameid=9200003)
    assert known_point(gaz, part) is part
    unplaced = Place(country="Syria", country_code="SY")
    assert known_point(gaz, unplaced) is unplaced
    assert known_point(gaz, None) is None



def _one(text: str, published: str = "2023-06-10"):
    [event] = eventdesk.extract(text, published=published)
    return event


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian forces clashed with Russian troops near Robotyne, in the Zaporizhzhia region, "
     "on Monday.", ("Robotyne", "Zaporizhzhia", None)),
    ("M23 rebels attacked an army position near Kitshanga, in Masisi territory, North Kivu, "
     "on Sunday, killing three soldiers.", ("Kitshanga", "North Kivu", "Masisi")),
    ("Soldiers neutralised several terrorists during a ground offensive in the Nampala "
     "sector, in the Segou region, on Monday.", ("Nampala", "Segou", None)),
    ("CODECO militiamen killed 12 civilians in Nizi, Djugu territory, Ituri province, on "
     "Sunday.", ("Nizi", "Ituri", "Djugu")),
    # the province's seat named later in the sentence (as an office's) is not where it was
    ("In Kandahar province, militants clashed with police on Monday in Shah Wali Kot, "
     "leaving three militants dead, said Kandahar police chief Esmatullah Alizai.",
     ("Shah Wali Kot", "Kandahar", None)),
])
def test_a_place_held_only_in_a_region_or_district_has_no_point(text, expected):
    event = _one(text)
    assert (event.location, event.admin1, event.admin2) == expected
    assert event.geo_precision == 3
    assert event.latitude is None and event.longitude is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "location", "point"), [
    # a city's part: the city is within a few km
    ("Gunmen killed four people in Aleppo's al-Rashedin district on Sunday.",
     "Aleppo - al-Rashedin", (36.20, 37.16)),
    ("In Homs province, gunmen killed four people in the Khalidiya district on Sunday.",
     "Homs - Khalidiya", (34.72, 36.72)),
    # a village held by a town
    ("Gunmen killed five people in Mavo village near Wase on Sunday.", "Wase - Mavo",
     (9.09, 9.96)),
])
def test_a_place_held_by_a_town_keeps_the_towns_point(text, location, point):
    event = _one(text)
    assert (event.location, event.geo_precision) == (location, 2)
    assert haversine_km(event.latitude, event.longitude, *point) < 10


@pytest.mark.slow
def test_each_listed_part_of_a_city_keeps_the_citys_point():
    # "the districts of A and B": one event per district (placing/listed_parts.py), each at
    # the city's point, the toll told once
    events = eventdesk.extract("In Homs province, shells hit the districts of Khalidiya and "
                               "Bayada on Sunday, killing four.", published="2023-06-10")
    assert [(e.location, e.geo_precision, e.fatalities) for e in events] == [
        ("Homs - Khalidiya", 2, 4), ("Homs - Bayada", 2, None)]
    for event in events:
        assert haversine_km(event.latitude, event.longitude, 34.72, 36.72) < 10


@pytest.mark.parametrize("name", ["Ukrainian", "Azov Sea"])
def test_a_region_read_under_a_word_that_names_no_place_is_the_region(gaz, name):
    from eventdesk.components.events.place_names import known_point

    # "in Ukrainian Zaporizhzhia" read as "Ukrainian": the region under its own name, at its
    # centre -- not a place called "Ukrainian" with no point
    place = known_point(gaz, _region(name))
    assert (place.location, place.admin1, place.latitude) == (
        "Zaporizhzhia", "Zaporizhzhia", pytest.approx(47.5))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "location", "admin2"), [
    # a village of a district seated at its namesake town, the district spelled out or not:
    # the district holds it (its name, admin1 and admin2, geo_precision 3), not the seat's
    # point, which may lie tens of km off
    ("Gunmen attacked Kwarbal community in Pankshin Local Government Area of Plateau State "
     "late on Sunday, killing 12.", "Kwarbal", "Pankshin"),
    ("Gunmen killed five people in Tulmak village in Pankshin LGA of Plateau State on Monday.",
     "Tulmak", "Pankshin"),
])
def test_a_village_of_a_district_seated_at_its_namesake_town_has_no_point(text, location,
                                                                          admin2):
    event = _one(text)
    assert (event.location, event.admin1, event.admin2, event.geo_precision) == (
        location, "Plateau", admin2, 3)
    assert event.latitude is None


@pytest.mark.slow
def test_a_village_of_a_district_named_after_no_town_is_held_by_the_district():
    # Kanam LGA has no town of its name in the index: its point is not a seat
    event = _one("Bandits on Saturday stormed Dabagi, a village in Kanam Local Government "
                 "Area of Plateau State, killing nine people.")
    assert (event.location, event.admin1, event.admin2, event.geo_precision) == (
        "Dabagi", "Plateau", "Kanam", 3)
    assert event.latitude is None
