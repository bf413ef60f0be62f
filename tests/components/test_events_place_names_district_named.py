"""The towns a report writes as a district's name (place_names/district_named.py), read from
the place mentions of the sentences telling the event by the designator each carries ("Y
district", "the district of Y", "Y territory", "Y tehsil"); not a town put "in" bare, nor a
name the same sentences also write as a town ("the town of Y in Y district", "in Y, Y
district"), whose part keeps the town's point (holders.known_point)."""

from __future__ import annotations

import pytest

from eventdesk.components.events.place_names.district_named import district_named_in

# (name, designator) of each place mention, in the order the words name them
Mentions = list[tuple[str, str | None]]


def _told(text: str, named: Mentions):
    """`text` as a Doc and its place mentions: each name's first occurrence after the one
    before, with the designator given."""
    from spacy.lang.en import English

    from eventdesk.geo.candidates import PlaceMention

    doc = English()(text)
    mentions, at = [], 0
    for name, designator in named:
        words = name.split()
        start = next(i for i in range(at, len(doc))
                     if [t.text for t in doc[i:i + len(words)]] == words)
        span = doc[start:start + len(words)]
        mentions.append(PlaceMention(start, span.end, span.start_char, span.end_char, name,
                                     [], designator=designator))
        at = span.end
    return doc, mentions


@pytest.mark.parametrize(("text", "named", "town"), [
    ("Raiders burned three huts at Dorpal in Tabeldi district on Monday",
     [("Dorpal", None), ("Tabeldi", "district")], "Tabeldi"),
    ("Within Tabeldi district, raiders burned three huts at Dorpal",
     [("Tabeldi", "district"), ("Dorpal", None)], "Tabeldi"),
    ("an ambush at Dorpal, in the district of Tabeldi, on Friday",
     [("Dorpal", None), ("Tabeldi", "district")], "Tabeldi"),
    ("herders killed at Dorpal in Tabeldi LGA", [("Dorpal", None), ("Tabeldi", "lga")],
     "Tabeldi"),
    ("a clash at Dorpal, Umm Zabara District",
     [("Dorpal", None), ("Umm Zabara", "district")], "Umm Zabara"),
    # a division word the mention does not carry, right after its name
    ("a trader was shot at Dorpal in Tabeldi tehsil", [("Dorpal", None), ("Tabeldi", None)],
     "Tabeldi"),
    ("a raid on the market of Dorpal, in the cercle of Tabeldi",
     [("Dorpal", None), ("Tabeldi", None)], "Tabeldi"),
])
def test_a_town_written_as_a_districts_name(text, named, town):
    doc, mentions = _told(text, named)
    assert district_named_in(doc, mentions)(town)


@pytest.mark.parametrize(("text", "named", "town"), [
    ("Raiders burned three huts at Dorpal in Tabeldi on Monday",
     [("Dorpal", None), ("Tabeldi", None)], "Tabeldi"),
    ("the Tabeldi district police detained a courier at Dorpal",
     [("Tabeldi", "district"), ("Dorpal", None)], "Kordafa"),
    # the same sentences write the name as a town's too: the town
    ("Raiders killed a herder in the town of Tabeldi in Tabeldi district on Monday",
     [("Tabeldi", "town"), ("Tabeldi", "district")], "Tabeldi"),
    ("A grenade hit a shop in Dorpal Bazaar in Tabeldi, Tabeldi district, on Monday",
     [("Tabeldi", None), ("Tabeldi", "district")], "Tabeldi"),
])
def test_a_town_not_written_as_a_districts_name(text, named, town):
    doc, mentions = _told(text, named)
    assert not district_named_in(doc, mentions)(town)
    assert not district_named_in(doc, mentions)("")


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


def _part(town: str, point: tuple[float, float], gid: int, part: str = "Dorpal"):
    from eventdesk.records import Place

    return Place(country="Sudan", country_code="SD", admin1="Kordafa",
                 location=f"{town} - {part}", latitude=point[0], longitude=point[1],
                 geo_precision=2, geonameid=gid)


def test_a_village_put_in_a_towns_namesake_district_has_no_point(gaz):
    from eventdesk.components.events.place_names import known_point

    # "at Dorpal in Tabeldi district": the village lies somewhere in the district, not at
    # the seat's point; the record keeps its name and region (issue 9)
    doc, mentions = _told("Raiders burned three huts at Dorpal in Tabeldi district on Monday.",
                          [("Dorpal", None), ("Tabeldi", "district")])
    place = known_point(gaz, _part("Tabeldi", (12.2, 30.4), 9300002),
                        district_named=district_named_in(doc, mentions))
    assert (place.location, place.admin1, place.geo_precision) == ("Dorpal", "Kordafa", 3)
    assert place.latitude is None and place.geonameid is None


@pytest.mark.parametrize(("town", "point", "gid", "text", "named"), [
    # the town itself holds the name: a town's part keeps the town's point
    ("Tabeldi", (12.2, 30.4), 9300002, "Raiders burned three huts at Dorpal in Tabeldi.",
     [("Dorpal", None), ("Tabeldi", None)]),
    # a big city's district is the city: its quarter keeps the city's point
    ("Qasrabad", (12.6, 30.9), 9300003,
     "Gunmen robbed a shopkeeper in Dorpal in Qasrabad district.",
     [("Dorpal", None), ("Qasrabad", "district")]),
    # the town and its district both told: the town's part keeps the town's point
    ("Tabeldi", (12.2, 30.4), 9300002,
     "A grenade hit a shop in Dorpal in Tabeldi, Tabeldi district, on Monday.",
     [("Dorpal", None), ("Tabeldi", None), ("Tabeldi", "district")]),
])
def test_a_part_of_a_town_or_a_big_citys_district_keeps_the_point(gaz, town, point, gid, text,
                                                                   named):
    from eventdesk.components.events.place_names import known_point

    part = _part(town, point, gid)
    doc, mentions = _told(text, named)
    assert known_point(gaz, part, district_named=district_named_in(doc, mentions)) is part


def test_the_town_itself_in_its_namesake_district_keeps_its_point(gaz):
    from eventdesk.components.events.place_names import known_point

    # "in Tabeldi in Tabeldi district", read as "Tabeldi - Tabeldi": the town, not a
    # village of the district -- even when the sentence writes the name only as a district's
    place = _part("Tabeldi", (12.2, 30.4), 9300002, part="Tabeldi")
    assert known_point(gaz, place, district_named=lambda town: town == "Tabeldi") is place
