"""Well-known areas the default index lacks (data/geonames/areas.toml): the table's form, and
their loading into an index, coded at a place it holds (tiny hand-made stores here; the real
table in the real default index: test_default_index.py)."""

from __future__ import annotations

import itertools

import pytest

from eventdesk.geo import store
from eventdesk.geo.areas import AREA_KINDS, OTHER_NAME_KIND, Area, known_areas, load_areas
from eventdesk.geo.candidates import WELL_KNOWN_POPULATION, Candidate, _precision, is_area
from eventdesk.geo.normalize import name_key


def test_the_table_names_each_area_once_with_a_known_kind_country_and_anchor():
    areas = known_areas()
    assert len(areas) >= 20
    keys: dict[str, str] = {}
    for area in areas:
        assert area.kind in AREA_KINDS or area.kind == OTHER_NAME_KIND
        assert len(area.country) == 2 and area.country.isupper()
        assert area.at > 0 and area.at_name
        for name in (area.name, *area.aliases):
            key = name_key(name)
            assert keys.setdefault(key, area.name) == area.name, f"{name} names two areas"


# geonameid, name, class, code, country, admin1, population, lat, lon, is_region
ROWS = [
    (100, "Dūmā", "P", "PPL", "SY", "08", 110_000, 33.57, 36.40, 0),
    (101, "Baghdad", "P", "PPLC", "IQ", "07", 7_000_000, 33.34, 44.40, 0),
    (102, "Rif Dimashq", "A", "ADM1", "SY", "08", 2_000_000, 33.57, 36.40, 1),
]


@pytest.fixture
def con(tmp_path):
    con = store.connect(tmp_path / "areas.sqlite")
    for gid, name, fclass, fcode, cc, admin1, population, lat, lon, region in ROWS:
        con.execute("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
                    (gid, name, name, fclass, fcode, cc, admin1, population, lat, lon, region))
        store.index_names(con, gid, [name, "Douma"] if gid == 100 else [name])
    yield con
    con.close()


def _named(con, name):
    return {gid for (gid,) in con.execute("SELECT geonameid FROM name_index WHERE key = ?",
                                          (name_key(name),))}


def test_an_area_is_a_place_of_its_own_at_its_anchors_point_region_and_population(con):
    left = load_areas(con, [Area("Eastern Ghouta", ("East Ghouta",), "SY", "area", 100,
                                 "Douma")])
    assert left == []
    (gid,) = _named(con, "East Ghouta")
    assert gid < 0 and _named(con, "Eastern Ghouta") == {gid}
    row = con.execute("SELECT name, asciiname, feature_class, feature_code, country_code, "
                      "admin1_code, population, latitude, longitude FROM places "
                      "WHERE geonameid = ?", (gid,)).fetchone()
    assert row == ("Eastern Ghouta", "Eastern Ghouta", "L", "AREA", "SY", "08", 110_000,
                   33.57, 36.40)


def test_a_listed_area_counts_at_least_as_a_well_known_town(con):
    con.execute("UPDATE places SET population = 300 WHERE geonameid = 100")
    load_areas(con, [Area("Golan Heights", (), "SY", "area", 100, "Douma")])
    (gid,) = _named(con, "Golan Heights")
    assert con.execute("SELECT population FROM places WHERE geonameid = ?",
                       (gid,)).fetchone() == (WELL_KNOWN_POPULATION,)


def test_a_city_quarter_is_written_city_dash_quarter_and_a_wide_region_is_rgn(con):
    load_areas(con, [Area("Karrada", (), "IQ", "city_part", 101, "Baghdad"),
                     Area("Wide", (), "SY", "region", 100, "Douma")])
    (quarter,) = _named(con, "Karrada")
    assert con.execute("SELECT asciiname, feature_code FROM places WHERE geonameid = ?",
                       (quarter,)).fetchone() == ("Baghdad - Karrada", "AREA")
    (wide,) = _named(con, "Wide")
    assert con.execute("SELECT feature_code FROM places WHERE geonameid = ?",
                       (wide,)).fetchone() == ("RGN",)


def test_a_regions_other_name_joins_the_region(con):
    load_areas(con, [Area("Rural Damascus", ("Damascus Countryside",), "SY", "other_name",
                          102, "Rif Dimashq")])
    assert _named(con, "Rural Damascus") == {102} == _named(con, "Damascus Countryside")
    assert con.execute("SELECT count(*) FROM places").fetchone() == (len(ROWS),)


@pytest.mark.parametrize(("at", "at_name", "country"), [
    (999, "Douma", "SY"),      # the index lacks the anchor
    (100, "Baghdad", "SY"),    # the anchor is another place than the table says
    (100, "Douma", "IQ"),      # in another country
])
def test_an_area_whose_anchor_the_index_does_not_hold_as_written_is_left_out(
        con, at, at_name, country):
    area = Area("Somewhere", (), country, "area", at, at_name)
    assert load_areas(con, [area]) == [area]
    assert _named(con, "Somewhere") == set()


def _cand(fclass, fcode, *, region=False):
    return Candidate(geonameid=1, name="x", country_code="SY", country="Syria", admin1="A",
                     admin2=None, feature_class=fclass, feature_code=fcode, population=0,
                     latitude=1.0, longitude=1.0, is_region=region)


def test_an_area_is_coded_at_precision_2_a_wide_region_at_3():
    assert is_area(_cand("L", "AREA")) and _precision(_cand("L", "AREA")) == 2
    assert _precision(_cand("L", "RGN")) == 3
    assert _precision(_cand("P", "PPL")) == 1 and not is_area(_cand("P", "PPL"))
    assert _precision(_cand("A", "ADM1", region=True)) == 3


@pytest.fixture
def sinai(tmp_path):
    """A tiny finalised index: Arish and Taba in two regions, and the wide region Sinai
    coded at Arish."""
    from eventdesk.geo import Gazetteer

    path = tmp_path / "sinai.sqlite"
    con = store.connect(path)
    for gid, name, admin1, population, lat, lon in [
            (200, "Arish", "27", 160_000, 31.13, 33.80),
            (201, "Taba", "14", 3_000, 29.49, 34.90)]:
        con.execute("INSERT INTO places VALUES (?, ?, ?, 'P', 'PPL', 'EG', ?, NULL, ?, ?, ?, 0)",
                    (gid, name, name, admin1, population, lat, lon))
        store.index_names(con, gid, [name])
    load_areas(con, [Area("Sinai", ("Sinai Peninsula",), "EG", "region", 200, "Arish")])
    store.finalise(con, source="test")
    con.close()
    gaz = Gazetteer(path)
    yield gaz
    gaz.close()


def test_a_wide_region_is_coded_at_its_capital_as_a_region(sinai):
    place = sinai.resolve_name("Sinai Peninsula", countries=["EG"])
    assert (place.location, place.geo_precision, place.latitude) == ("Sinai", 3, 31.13)


def test_a_wide_region_holds_no_town_as_its_container(sinai):
    # "the Sinai resorts of Taba": Taba itself, not "Sinai - Taba" at the region's capital
    place = sinai.resolve_name("Taba", countries=["EG"], container_name="Sinai")
    assert (place.location, place.latitude, place.geo_precision) == ("Taba", 29.49, 1)


def test_a_wide_region_named_in_a_text_is_a_region_mention_a_town_a_place(sinai):
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from eventdesk.extensions import register_extensions

    register_extensions()
    words = ["Bombs", "hit", "Taba", "in", "Sinai"]
    doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 2, 3],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
              pos=["NOUN", "VERB", "PROPN", "ADP", "PROPN"])
    kinds = {m.text: m.kind for m in sinai.find_mentions(doc)}
    assert kinds == {"Taba": "place", "Sinai": "region"}


def test_places_added_without_an_id_get_ids_below_every_id_the_index_holds(tmp_path, con):
    assert list(itertools.islice(store.synthetic_ids(con), 2)) == [-1, -2]
    load_areas(con, [Area("Eastern Ghouta", (), "SY", "area", 100, "Duma")])
    assert list(itertools.islice(store.synthetic_ids(con), 2)) == [-2, -3]
    assert next(store.synthetic_ids(store.connect(tmp_path / "empty.sqlite"))) == -1
