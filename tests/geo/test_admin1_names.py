"""First-level regions of the conflict countries written as ACLED and English-language news
write them (data/geonames/admin1_names.toml), GeoNames' spelling still finding them."""

import pytest

from eventdesk.geo import forget_opened, open_gazetteer
from eventdesk.geo.region_capitals import (
    name_adjectival_regions_after_their_capital,
    prefer_capital_spelling,
)
from eventdesk.geo.region_names import acled_region_name, listed_region_names
from eventdesk.store import ClusterFilter, Store

# (admin1 code, GeoNames' spelling, ACLED's spelling)
ROWS = [
    # transliterations
    ("ET.46", "Amara", "Amhara"), ("ET.47", "Benshangul-Gumaz", "Benishangul-Gumuz"),
    ("ET.53", "Tigrai", "Tigray"), ("LB.04", "Bayrut", "Beirut"),
    ("LB.05", "Jabal Lubnan", "Mount Lebanon"), ("LB.07", "An Nabatiyah", "Nabatieh"),
    ("LB.10", "‘Akkār", "Akkar"), ("LY.77", "Tarabulus", "Tripoli"),
    ("LY.82", "Al Marqab", "Al Murqub"), ("IQ.17", "An Najaf", "Najaf"),
    ("SA.11", "'Asir", "Asir"), ("SD.38", "Gezira", "Al Jazirah"),
    ("SD.39", "Gedaref", "Al Qadarif"), ("SO.07", "Hiiran", "Hiraan"),
    ("SO.13", "Shabeele Dhexe", "Middle Shabelle"), ("SO.14", "Shabeele Hoose", "Lower Shabelle"),
    ("YE.04", "Hadramaout", "Hadramawt"), ("YE.19", "'Amran", "Amran"),
    ("YE.26", "Amanat Alasimah", "Amanat al Asimah"), ("YE.28", "Soqatra", "Socotra"),
    ("RU.48", "Moskva", "Moscow"), ("RU.51", "Nizhniy Novgorod", "Nizhny Novgorod"),
    ("RU.56", "Orel", "Oryol"), ("RU.66", "Sankt-Peterburg", "Saint Petersburg"),
    ("ML.08", "Tombouctou", "Timbuktu"), ("HT.14", "Grande'Anse", "Grand'Anse"),
    ("TD.21", "Ville de Ndjamena", "N'Djamena"),
    # official renamings news still writes in the old form
    ("BD.84", "Chattogram", "Chittagong"), ("BD.85", "Barishal", "Barisal"),
    # the region, not its namesake city; a capital city region told from its province
    ("ET.50", "Harar", "Harari"), ("MZ.11", "Maputo", "Maputo City"),
    ("UA.12", "Kyiv", "Kyiv City"), ("RU.47", "Moscow", "Moscow Oblast"),
    ("RU.04", "Altay", "Altai Krai"), ("PK.08", "Islamabad", "Islamabad Capital Territory"),
    # official long forms and old names
    ("ET.55", "Central Ethiopia Regional State", "Central Ethiopia"),
    ("ET.56", "South Ethiopia Regional State", "South Ethiopia"),
    ("ET.SW", "South West Ethiopia Peoples'", "South West Ethiopia"),
    ("CD.04", "East Kasai", "Kasai-Oriental"), ("CD.08", "Bas-Congo", "Kongo Central"),
    ("CF.04", "Haute-Sangha / Mambere-Kadei", "Mambere-Kadei"),
    ("CF.06", "Kemo-Gribingui", "Kemo"), ("CF.15", "Gribingui", "Nana-Grebizi"),
    ("CO.34", "Distrito Capital de Bogota", "Bogota D.C."),
    ("KE.05", "Nairobi City", "Nairobi"), ("KE.14", "Elgeyo/Marakwet", "Elgeyo-Marakwet"),
    ("KE.47", "Taita/Taveta", "Taita Taveta"), ("MX.07", "Coahuila de Zaragoza", "Coahuila"),
    ("MX.16", "Michoacan de Ocampo", "Michoacan"), ("MX.30", "Veracruz-Llave", "Veracruz"),
    ("NG.11", "Abuja Federal Capital Territory", "Federal Capital Territory"),
    ("PH.14", "Autonomous Region in Muslim Mindanao",
     "Bangsamoro Autonomous Region in Muslim Mindanao"),
    ("PK.06", "Azad Jammu and Kashmir", "Azad Kashmir"),
    # ACLED's transliterations and short forms, which gold labellers write too
    ("YE.18", "Dhale", "Ad Dali"), ("YE.25", "Taiz", "Taizz"),
    ("IQ.15", "Nineveh", "Ninewa"), ("IQ.08", "Dihok", "Duhok"),
    ("IL.01", "Southern", "HaDarom"), ("IL.02", "Central", "HaMerkaz"),
    ("IL.03", "Northern", "HaZafon"), ("IR.16", "Kordestan", "Kurdistan"),
    ("SA.14", "Makkah al Mukarramah", "Makkah"), ("AM.11", "Erevan", "Yerevan"),
    ("AZ.20", "Gəncə", "Ganja"), ("AZ.40", "Qazax", "Gazakh"),
    ("GE.04", "Ajaria", "Adjara"), ("TJ.01", "Kuhistoni Badakhshon", "Gorno-Badakhshan"),
    ("BJ.08", "Atakora", "Atacora"), ("AO.17", "Luanda Norte", "Lunda Norte"),
    ("CL.12", "Region Metropolitana de Santiago", "Santiago Metropolitan"),
    ("ID.04", "Jakarta Raya", "Jakarta"), ("ID.PE", "Papua Pengunungan", "Highland Papua"),
]


@pytest.mark.parametrize(("code", "geonames", "acled"), ROWS)
def test_a_conflict_countrys_region_takes_acleds_spelling(code, geonames, acled):
    assert acled_region_name(code, geonames) == acled


def test_every_listed_row_is_tested():
    tested = {code for code, _, _ in ROWS}
    conflict = {"ET", "BD", "CD", "CF", "CO", "HT", "IQ", "KE", "LB", "LY", "ML", "MX", "MZ",
                "NG", "PH", "PK", "SA", "SD", "SO", "TD", "YE"}
    listed = {code for code in listed_region_names() if code[:2] in conflict}
    assert listed <= tested


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """Each region under GeoNames' spelling, with a town in it."""
    from tests.geo.geonames_files import import_places

    folder = tmp_path_factory.mktemp("acled")
    places, admin1 = [], []
    for n, (code, geonames, _) in enumerate(ROWS):
        country, region = code.split(".")
        places += [(9300000 + 2 * n, geonames, "", 10.0, 10.0 + n, "A", "ADM1", country, region,
                    0),
                   (9300001 + 2 * n, f"Zorvtown{n}", "", 10.1, 10.0 + n, "P", "PPL", country,
                    region, 5000)]
        admin1.append((code, geonames, geonames, 9300000 + 2 * n))
    path = import_places(folder, places, admin1)
    yield path
    forget_opened(path)


def test_imported_regions_are_shown_as_acled_writes_them_and_found_by_geonames_spelling(index):
    gaz = open_gazetteer(index)
    for n, (code, geonames, acled) in enumerate(ROWS):
        assert gaz.lookup(f"Zorvtown{n}")[0].admin1 == acled, code
        assert 9300000 + 2 * n in {p.geonameid for p in gaz.lookup(geonames)}, code


def test_the_admin1_filter_accepts_geonames_spelling(index, tmp_path, monkeypatch):
    from tests.store.store_helpers import make_document, make_event

    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    path = tmp_path / "regions.sqlite"
    with Store.open(path) as store:
        for n, (code, _, acled) in enumerate(ROWS):
            store.add(make_document(code, text=f"Clashes broke out in Zorvtown{n}."),
                      [make_event(code, country=code[:2], admin1=acled,
                                  location=f"Zorvtown{n}", latitude=10.1,
                                  longitude=10.0 + n)], extractor_version="v1")
    with Store.open(path, readonly=True) as store:
        for code, geonames, acled in ROWS:
            for spelling in (acled, geonames):
                assert code in [e["doc_id"] for e in store.query_events(
                    ClusterFilter(admin1=spelling))], (code, spelling)


def _region_with_capital(tmp_path, code: str, region: str, capital: str):
    from eventdesk.geo import store

    country, admin1 = code.split(".")
    con = store.connect(tmp_path / "capital.sqlite")
    con.execute("INSERT INTO places VALUES (1, ?, ?, 'A', 'ADM1', ?, ?, NULL, 0, NULL, NULL, 1)",
                (region, region, country, admin1))
    con.execute("INSERT INTO admin1 VALUES (?, ?, ?, 1)", (code, region, region))
    con.execute("INSERT INTO places VALUES (2, ?, ?, 'P', 'PPLA', ?, ?, NULL, 150000, 9.3, 42.1,"
                " 0)", (capital, capital, country, admin1))
    return con


@pytest.mark.parametrize(("code", "region", "capital"), [
    ("ET.50", "Harari", "Harar"),                       # spelled nearly alike
    ("RU.51", "Nizhny Novgorod", "Nizhniy Novgorod"),     # the capital's transliteration
])
def test_a_listed_region_is_not_renamed_after_its_capital(tmp_path, code, region, capital):
    con = _region_with_capital(tmp_path, code, region, capital)
    prefer_capital_spelling(con)
    name_adjectival_regions_after_their_capital(con)
    assert con.execute("SELECT name FROM admin1").fetchone() == (region,)
