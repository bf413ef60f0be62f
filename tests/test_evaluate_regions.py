"""The scorer's admin1 compare (evaluate/regions.py): two spellings of one first-level region
match when the gazetteer index holds both as names of that one region of the event's country
("Nord-Kivu" is North Kivu); two regions whose names differ by a letter stay two ("Shanxi",
"Shaanxi"); with no index, only names folded alike match."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.evaluate import GoldDocument, GoldEvent, score
from eventdesk.evaluate.regions import same_admin1
from eventdesk.records import Event
from tests.geo.geonames_files import import_places

CD, CN = "Democratic Republic of Congo", "China"
# Regions of the index, with the alternate names GeoNames gives them; invented ones too
REGIONS = [
    (9100001, "North Kivu", "Nord-Kivu,Kivu Kaskazini", -0.8, 29.0, "A", "ADM1", "CD", "11", 0),
    (9100002, "South Kivu", "Sud-Kivu", -3.0, 28.3, "A", "ADM1", "CD", "12", 0),
    (9100003, "Shanxi", "Shanxi Sheng", 37.7, 112.4, "A", "ADM1", "CN", "24", 0),
    (9100004, "Shaanxi", "Shaanxi Sheng", 35.3, 108.9, "A", "ADM1", "CN", "26", 0),
    # two regions of one country that an old name both answers to
    (9100005, "Upper Varnia", "Old Varnia", 40.0, 110.0, "A", "ADM1", "CN", "31", 0),
    (9100006, "Lower Varnia", "Old Varnia", 39.0, 111.0, "A", "ADM1", "CN", "32", 0),
]
ADMIN1 = [("CD.11", "North Kivu", "North Kivu", 9100001), ("CD.12", "South Kivu", "South Kivu",
                                                            9100002),
          ("CN.24", "Shanxi", "Shanxi", 9100003), ("CN.26", "Shaanxi", "Shaanxi", 9100004),
          ("CN.31", "Upper Varnia", "Upper Varnia", 9100005),
          ("CN.32", "Lower Varnia", "Lower Varnia", 9100006)]


@pytest.fixture
def regions_index(tmp_path, monkeypatch):
    index = import_places(tmp_path / "files", REGIONS, ADMIN1)
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    return index


def test_two_names_of_one_region_are_the_same_admin1(regions_index):
    assert same_admin1("Nord-Kivu", CD, "North Kivu", CD)
    assert same_admin1("north kivu province", CD, "Kivu Kaskazini", CD)


def test_regions_whose_names_differ_by_a_letter_stay_apart(regions_index):
    assert not same_admin1("Shanxi", CN, "Shaanxi", CN)
    assert not same_admin1("Shanxi Sheng", CN, "Shaanxi", CN)
    assert not same_admin1("Nord-Kivu", CD, "Sud-Kivu", CD)


def test_a_name_of_two_regions_names_neither(regions_index):
    assert not same_admin1("Old Varnia", CN, "Upper Varnia", CN)
    assert not same_admin1("Old Varnia", CN, "Lower Varnia", CN)


def test_a_region_is_one_only_within_the_events_country(regions_index):
    assert not same_admin1("Nord-Kivu", "Rwanda", "North Kivu", CD)
    assert not same_admin1("Nord-Kivu", None, "North Kivu", CD)


def test_with_no_index_only_names_folded_alike_match(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(tmp_path / "absent.sqlite"))
    assert not same_admin1("Nord-Kivu", CD, "North Kivu", CD)
    assert same_admin1("North-Kivu Province", CD, "North Kivu", CD)
    assert not (tmp_path / "absent.sqlite").exists()   # the scorer builds no index


def _scored(gold_admin1: str, pred_admin1: str):
    gold = GoldEvent(event_type="Battles", sub_event_type="Armed clash", evidence="Clashes",
                     event_date=dt.date(2024, 5, 2), time_precision=1, country=CD,
                     admin1=gold_admin1)
    pred = Event(event_type="Battles", sub_event_type="Armed clash", doc_id="d1",
                 evidence="Clashes", evidence_start=0, evidence_end=7,
                 event_date=dt.date(2024, 5, 2), time_precision=1, country=CD,
                 admin1=pred_admin1)
    return score([GoldDocument(doc_id="d1", text="Clashes.", events=[gold])], {"d1": [pred]})


def test_a_pair_with_no_coordinates_matches_on_another_spelling_of_its_region(regions_index):
    assert _scored("Nord-Kivu", "North Kivu").tp == 1
    found = _scored("Sud-Kivu", "North Kivu")
    assert found.tp == 0 and found.fp == 1 and found.fn == 1


def test_names_folded_alike_are_one_region_only_in_one_country(tmp_path, monkeypatch):
    """"Punjab" of India is not "Punjab" of Pakistan; with a country untold, the names
    alone decide."""
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(tmp_path / "absent.sqlite"))
    assert not same_admin1("Punjab", "India", "Punjab", "Pakistan")
    assert same_admin1("Punjab Province", "Pakistan", "punjab", "PK")
    assert same_admin1("Punjab", None, "Punjab", "Pakistan")


def test_the_kind_words_folded_are_those_of_the_region_names(tmp_path, monkeypatch):
    """One list of a region's kind words (geo/region_names.py REGION_WORDS) for the index
    and the scorer: "Dhaka Division" is Dhaka."""
    from eventdesk.evaluate.regions import fold_admin1
    from eventdesk.geo.region_names import REGION_WORDS

    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(tmp_path / "absent.sqlite"))
    from eventdesk.evaluate.regions import CITY_REGIONS_KEPT

    assert same_admin1("Dhaka Division", "Bangladesh", "Dhaka", "Bangladesh")
    assert all(fold_admin1(f"Varnia {word}") == "varnia" for word in REGION_WORDS
               if word not in CITY_REGIONS_KEPT)


def test_a_capital_city_region_is_not_the_region_named_like_it(tmp_path, monkeypatch):
    """"Mexico City" is a first-level region of its own beside the State of Mexico."""
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(tmp_path / "absent.sqlite"))
    assert not same_admin1("Mexico City", "Mexico", "Mexico", "Mexico")
    assert same_admin1("Mexico City", "Mexico", "mexico city", "Mexico")


def test_an_index_rebuilt_in_the_same_process_is_read_anew(tmp_path, monkeypatch):
    first = import_places(tmp_path / "a", REGIONS, ADMIN1)
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(first))
    assert same_admin1("Nord-Kivu", CD, "North Kivu", CD)
    # the same path rebuilt without the alternate name: the alias is gone
    rebuilt = import_places(tmp_path / "b", [(9100001, "North Kivu", "Kivu Kaskazini", -0.8,
                                              29.0, "A", "ADM1", "CD", "11", 0)], ADMIN1[:1])
    first.unlink()
    rebuilt.rename(first)
    assert not same_admin1("Nord-Kivu", CD, "North Kivu", CD)
    assert same_admin1("Kivu Kaskazini", CD, "North Kivu", CD)
