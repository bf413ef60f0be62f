"""Where a first-level region is placed: its capital, as analysts code a region-only event
(GUIDELINES: geo_precision 3, "coded to its capital or centre"), on tiny indexes built by
hand with the build's own steps."""

import sqlite3

import pytest

from eventdesk.geo import Gazetteer, open_gazetteer, store
from eventdesk.geo.region_capitals import place_region_seats, region_seats
from eventdesk.geo.region_names import strip_region_word

# (geonameid, name, feature code, country, admin1, population, lat, lon)
TOWNS = [
    (2001, "Kalay", "PPL", "MM", "10", 350_000, 23.19, 94.06),
    (2002, "Sagaing", "PPL", "MM", "10", 79_000, 21.88, 95.98),
    (2003, "Monywa", "PPL", "MM", "10", 200_000, 22.11, 95.14),
    (2011, "Bondoukou", "PPL", "CI", "81", 58_000, 8.04, -2.80),
    (2012, "Zanzan", "PPL", "CI", "81", 700, 8.70, -3.30),
    (2021, "Nyala", "PPL", "SD", "68", 565_000, 12.05, 24.88),
    (2031, "Kiev", "PPL", "UA", "12", 2_800_000, 50.45, 30.52),
]
# (geonameid, name, country, admin1, latitude, longitude): a GeoNames ADM1 has a point
REGIONS = [
    (1001, "Sagaing Region", "MM", "10", None, None),
    (1011, "Zanzan", "CI", "81", None, None),
    (1021, "South Darfur", "SD", "68", None, None),
    (1031, "Kyiv City", "UA", "12", 50.43, 30.50),
    (1041, "Empty Province", "AF", "99", None, None),
]


def _build(path, towns, regions):
    con = store.connect(path)
    for gid, name, code, country, admin1, population, lat, lon in towns:
        con.execute(f"INSERT INTO places VALUES ({','.join('?' * 12)})",
                    (gid, name, name, "P", code, country, admin1, None, population, lat, lon,
                     0))
        store.index_names(con, gid, [name])
    for gid, name, country, admin1, lat, lon in regions:
        con.execute("INSERT INTO admin1 VALUES (?, ?, ?, ?)",
                    (f"{country}.{admin1}", name, name, gid))
        con.execute(f"INSERT INTO places VALUES ({','.join('?' * 12)})",
                    (gid, name, name, "A", "ADM1", country, admin1, None, 0, lat, lon, 1))
        store.index_names(con, gid, [name, strip_region_word(name)])
    store.place_region_centres(con)
    store.write_countries(con)
    store.finalise(con, source="test")
    con.close()


@pytest.fixture(scope="module")
def region_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("regions") / "gazetteer.sqlite"
    _build(path, TOWNS, REGIONS)
    return path


def _point(path, geonameid):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT latitude, longitude, is_region FROM places "
                           "WHERE geonameid = ?", (geonameid,)).fetchone()
    finally:
        con.close()


def test_a_region_named_after_a_town_is_placed_at_that_town_not_the_largest(region_index):
    # With no seat known, the town the region is named after is the likeliest capital,
    # though Kalay is four times its size.
    assert _point(region_index, 1001) == (21.88, 95.98, 1)


def test_a_village_much_smaller_than_the_regions_towns_is_not_its_capital(region_index):
    # Zanzan's capital is Bondoukou; the hamlet called Zanzan is a namesake.
    assert _point(region_index, 1011) == (8.04, -2.80, 1)


def test_a_region_named_after_no_town_is_placed_at_its_most_populous_place(region_index):
    assert _point(region_index, 1021) == (12.05, 24.88, 1)


def test_a_region_that_has_a_point_keeps_it_and_one_with_no_place_is_no_region(region_index):
    assert _point(region_index, 1031) == (50.43, 30.50, 1)
    assert _point(region_index, 1041) == (None, None, 0)


def test_the_seat_geonames_marks_replaces_an_imported_regions_middle(tmp_path):
    # An imported GeoNames ADM1 lies near the region's middle; its PPLA is the capital.
    path = tmp_path / "imported.sqlite"
    _build(path, [(3001, "Homs", "PPLA", "SY", "11", 775_000, 34.73, 36.72),
                  (3002, "Tadmur", "PPL", "SY", "11", 51_000, 34.56, 38.28)],
           [(3000, "Homs Governorate", "SY", "11", 34.5, 37.9)])
    assert _point(path, 3000) == (34.73, 36.72, 1)


def test_region_words_resolve_to_the_region_and_bare_names_to_the_town(region_index):
    gaz = Gazetteer(region_index)
    try:
        region = gaz.resolve_name("Sagaing Region")
        town = gaz.resolve_name("Sagaing")
        assert (region.geonameid, region.geo_precision) == (1001, 3)
        assert (town.geonameid, town.geo_precision) == (2002, 1)
    finally:
        gaz.close()


def test_imported_governorate_is_placed_at_its_capital(tiny_index):
    # geonames_files: Homs Governorate at (34.5, 37.9), its PPLA Homs at (34.73, 36.72).
    region = open_gazetteer(tiny_index).resolve_name("Homs Governorate")
    assert (round(region.latitude, 2), round(region.longitude, 2)) == (34.73, 36.72)


def test_a_listed_seat_places_the_region_whatever_its_namesake_or_largest_town(tmp_path):
    path = tmp_path / "gazetteer.sqlite"
    _build(path, TOWNS, REGIONS)
    con = sqlite3.connect(path)
    place_region_seats(con, {"MM": {"Sagaing": "Monywa"}, "SD": {"South Darfur": "Kas"}})
    con.commit()
    con.close()
    assert _point(path, 1001) == (22.11, 95.14, 1)  # Monywa, not Sagaing nor Kalay
    assert _point(path, 1021) == (12.05, 24.88, 1)  # a seat the index lacks changes nothing
    assert _point(path, 1011) == (8.04, -2.80, 1)  # a region not listed keeps its point


def test_the_seat_table_names_regions_and_their_seats():
    seats = region_seats()
    assert seats["NG"]["Oyo"] == "Ibadan" and seats["MM"]["Sagaing"] == "Monywa"
    assert all(region and seat for listed in seats.values() for region, seat in listed.items())
