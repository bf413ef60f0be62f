"""A name read abroad, in a country the report is not about: only a well-known town named
by its main name, or a big city by another of its names; a mid-sized town's alternate name
is as likely a village of the report's own country that the index lacks."""

from __future__ import annotations

import pytest

from eventdesk.geo.readings_abroad import readable_abroad

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9420001, "Lanfeng", "Tomboli", 40.1, 80.2, "P", "PPL", "CN", "13", 120_000),
    (9420002, "Vardosk", "Ombrel", 55.1, 37.2, "P", "PPLA", "RU", "48", 900_000),
    (9420003, "Kesmara", "", 41.3, 81.6, "P", "PPL", "CN", "13", 120_000),
    (9420004, "Ilorodo", "", 9.6, 6.5, "P", "PPL", "NG", "31", 40_000),
]
ADMIN1 = [("CN.13", "Xinjiang", "Xinjiang", 9420010), ("RU.48", "Moscow", "Moscow", 9420011),
          ("NG.31", "Niger", "Niger", 9420012)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def test_a_mid_sized_towns_alternate_name_is_no_place_abroad(gaz):
    # "Tomboli" in a Nigerian report: a village the index lacks, not Lanfeng in China
    assert gaz.resolve_name("Tomboli", countries=["NG"]) is None
    assert gaz.resolve_name("Tomboli", countries=["CN"]).location == "Lanfeng"


def test_a_town_abroad_named_by_its_main_name_or_a_big_city_by_another_stays(gaz):
    assert gaz.resolve_name("Kesmara", countries=["NG"]).country_code == "CN"
    assert gaz.resolve_name("Ombrel", countries=["NG"]).location == "Vardosk"


def test_what_may_be_read_abroad(gaz):
    lanfeng, = gaz.candidates("Tomboli")
    assert not readable_abroad(lanfeng, "Tomboli", None)
    assert readable_abroad(lanfeng, "Lanfeng", None)
    assert not readable_abroad(lanfeng, "Lanfeng", "neighbourhood")  # a quarter: its town's
    small, = gaz.candidates("Ilorodo")
    assert not readable_abroad(small, "Ilorodo", None)
