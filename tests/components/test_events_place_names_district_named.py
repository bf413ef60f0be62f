"""The towns a report writes as a district's name (place_names/district_named.py): "in
Y district", "Y territory", "the district of Y", "North Kivu's Y territory"; not a town put
"in" bare, nor one whose name only stands near a division word of another name."""

from __future__ import annotations

import pytest

from eventdesk.components.events.place_names.district_named import (
    district_named_in,
    divisions_named,
)
from eventdesk.geo.normalize import name_key


@pytest.mark.parametrize(("text", "town"), [
    ("Maoists shot dead a villager at Dorpal in Tabeldi district on Monday", "Tabeldi"),
    ("In Tabeldi district, gunmen shot dead a villager at Dorpal", "Tabeldi"),
    ("rebels attacked army posts in Dorpal area in Kordafa province's Tabeldi territory",
     "Tabeldi"),
    ("an ambush at Dorpal, in the district of Tabeldi, on Friday", "Tabeldi"),
    ("herders killed at Dorpal in Tabeldi LGA", "Tabeldi"),
    ("a raid on Dorpal in the Tabeldi cercle", "Tabeldi"),
    ("a clash at Dorpal, Umm Zabara District", "Umm Zabara"),
])
def test_a_town_written_as_a_districts_name(text, town):
    assert district_named_in(text)(town)


@pytest.mark.parametrize(("text", "town"), [
    ("Maoists shot dead a villager at Dorpal in Tabeldi on Monday", "Tabeldi"),
    ("gunmen attacked Dorpal, near Tabeldi, in the district on Monday", "Tabeldi"),
    ("a clash in Tabeldi town, in Kordafa district", "Tabeldi"),
    ("the Tabeldi district police arrested two men", "Kordafa"),
])
def test_a_town_not_written_as_a_districts_name(text, town):
    assert not district_named_in(text)(town)


def test_a_name_is_cut_before_each_word():
    keys = divisions_named("In central Kordafa's Tabeldi district, gunmen struck")
    assert name_key("Tabeldi") in keys and name_key("Kordafa's Tabeldi") in keys
    assert not district_named_in("no district here")("")


# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population (invented)
PLACES = [
    (9300001, "Kordafa", "", 12.0, 30.0, "A", "ADM1", "SD", "77", 500_000),
    # a district's seat, a town of the kind the news names ("Tabeldi district")
    (9300002, "Tabeldi", "", 12.2, 30.4, "P", "PPLA2", "SD", "77", 90_000),
    # a city whose district is made of the city itself
    (9300003, "Qasrabad", "", 12.6, 30.9, "P", "PPLA", "SD", "77", 900_000),
]
ADMIN1 = [("SD.77", "Kordafa", "Kordafa", 9300001)]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    from eventdesk.geo import forget_opened, open_gazetteer
    from tests.geo.geonames_files import import_places

    index = import_places(tmp_path_factory.mktemp("district_named"), PLACES, ADMIN1)
    yield open_gazetteer(index)
    forget_opened(index)


def _part(town: str, point: tuple[float, float], gid: int):
    from eventdesk.records import Place

    return Place(country="Sudan", country_code="SD", admin1="Kordafa",
                 location=f"{town} - Dorpal", latitude=point[0], longitude=point[1],
                 geo_precision=2, geonameid=gid)


def test_a_village_put_in_a_towns_namesake_district_has_no_point(gaz):
    from eventdesk.components.events.place_names import known_point

    # "at Dorpal in Tabeldi district": the village lies somewhere in the district, not at
    # the seat's point; the record keeps its name and region (issue 9)
    text = "Maoists shot dead a villager at Dorpal in Tabeldi district on Monday."
    place = known_point(gaz, _part("Tabeldi", (12.2, 30.4), 9300002),
                        district_named=district_named_in(text))
    assert (place.location, place.admin1, place.geo_precision) == ("Dorpal", "Kordafa", 3)
    assert place.latitude is None and place.geonameid is None


@pytest.mark.parametrize(("town", "point", "gid", "text"), [
    # the town itself holds the name: a town's part keeps the town's point
    ("Tabeldi", (12.2, 30.4), 9300002, "Gunmen shot dead a villager at Dorpal in Tabeldi."),
    # a big city's district is the city: its quarter keeps the city's point
    ("Qasrabad", (12.6, 30.9), 9300003,
     "Gunmen shot dead a shopkeeper in Dorpal in Qasrabad district."),
])
def test_a_part_of_a_town_or_a_big_citys_district_keeps_the_point(gaz, town, point, gid, text):
    from eventdesk.components.events.place_names import known_point

    part = _part(town, point, gid)
    assert known_point(gaz, part, district_named=district_named_in(text)) is part
