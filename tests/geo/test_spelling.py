"""The spelling analysts and ACLED write ("Hama", not "Hamah" or "Ḩamāh"), chosen among a
place's own names when the default index is built."""

import pytest

from eventdesk.geo import store
from eventdesk.geo.normalize import name_key
from eventdesk.geo.region_capitals import (
    name_adjectival_regions_after_their_capital,
    prefer_capital_spelling,
)
from eventdesk.geo.region_names import (
    acled_region_name,
    english_region_name,
    strip_region_word,
    uninverted,
)


@pytest.mark.parametrize(("native", "aliases", "written"), [
    # the English aliases outvote GeoNames' strict transliteration
    ("Ḩamāh", ["Hama", "Hama Governorate", "Hamah Governorate"], "Hama"),
    ("Karbalā’", ["Karbala Governorate"], "Karbala"),
    ("Ma’rib", ["Marib Governorate"], "Marib"),
    # among equals the native name keeps its article and its own spelling
    ("An Najaf", ["Najaf", "Necef"], "An Najaf"),
    ("Ghōr", ["Ghowr", "Ghur"], "Ghor"),
    ("Kunduz", ["Kunduz Province", "Qunduz viloyati"], "Kunduz"),
    # GeoNames' inverted official style: the kind after a comma is not part of the name
    ("Murcia, Región de", ["Comunidad Autónoma de la Región de Murcia", "Múrcia"], "Murcia"),
    ("Zorvaya, Respublika", ["Zorvaya Republic"], "Zorvaya"),
    # an official name that is an adjective before its kind: the English noun is written
    ("Zorvskaya oblast'", ["Zorvsk Oblast"], "Zorvsk"),
    ("Morskiy kray", ["Morskiy (Maritime) Kray", "Morye"], "Morye"),
    # a name's own parenthesis tells namesakes apart: kept
    ("Bang Sai (West)", ["Bang Sai (West)", "Bang Sai"], "Bang Sai (West)"),
])
def test_a_region_is_written_in_its_commonest_english_spelling(native, aliases, written):
    assert english_region_name(native, aliases) == written


def _index(tmp_path, region: str, capital: str, capital_ascii: str):
    con = store.connect(tmp_path / "spelling.sqlite")
    con.execute("INSERT INTO places VALUES (1, ?, ?, 'A', 'ADM1', 'SY', '10', NULL, 0, NULL, "
                "NULL, 1)", (region, region))
    con.execute("INSERT INTO admin1 VALUES ('SY.10', ?, ?, 1)", (region, region))
    con.execute("INSERT INTO places VALUES (2, ?, ?, 'P', 'PPLA', 'SY', '10', NULL, 460602, "
                "35.13, 36.75, 0)", (capital, capital_ascii))
    return con


def test_a_capital_in_strict_transliteration_is_written_like_its_region(tmp_path):
    con = _index(tmp_path, "Hama", "Ḩamāh", "Hamah")
    prefer_capital_spelling(con)
    assert con.execute("SELECT asciiname FROM places WHERE geonameid = 2").fetchone() == ("Hama",)
    # the old spelling is still found
    assert con.execute("SELECT count(*) FROM name_index WHERE geonameid = 2 AND folded = 'hama'"
                       ).fetchone() == (1,)


def test_a_short_capital_name_in_strict_transliteration_is_written_like_its_region(tmp_path):
    con = _index(tmp_path, "Daraa", "Dar‘ā", "Dar`a")
    prefer_capital_spelling(con)
    assert con.execute("SELECT asciiname FROM places WHERE geonameid = 2").fetchone() == (
        "Daraa",)


def test_a_region_and_capital_of_other_names_or_articles_keep_their_own(tmp_path):
    con = _index(tmp_path, "Raqqa", "Ar Raqqah", "Ar Raqqah")
    prefer_capital_spelling(con)
    assert con.execute("SELECT name FROM places WHERE geonameid = 1").fetchone() == ("Raqqa",)
    assert con.execute("SELECT asciiname FROM places WHERE geonameid = 2").fetchone() == (
        "Ar Raqqah",)


@pytest.mark.parametrize(("region", "capital", "named"), [
    ("Kurskaya oblast'", "Kursk", "Kursk"),
    ("Belgorodskaya oblast'", "Belgorod", "Belgorod"),
    ("Stavropol'skiy kray", "Stavropol'", "Stavropol"),
    ("Łódzkie", "Łódź", "Lodz"),
    # the capital's final vowel gives way to the adjective's ending
    ("Tul'skaya oblast'", "Tula", "Tula"),
    ("Ivanovskaya oblast'", "Ivanovo", "Ivanovo"),
    # not an adjective of the capital's name: kept
    ("Sinaloa", "Culiacán", "Sinaloa"),
    ("Kursk", "Kursk", "Kursk"),
])
def test_a_region_named_by_its_capitals_adjective_is_named_after_the_capital(
        tmp_path, region, capital, named):
    con = _index(tmp_path, region, capital, capital)
    name_adjectival_regions_after_their_capital(con)
    assert con.execute("SELECT name FROM places WHERE geonameid = 1").fetchone() == (named,)
    assert con.execute("SELECT name FROM admin1 WHERE code = 'SY.10'").fetchone() == (named,)
    if named != region:  # "the Kursk region" finds it
        assert con.execute("SELECT count(*) FROM name_index WHERE geonameid = 1 AND key = ?",
                           (name_key(named),)).fetchone() == (1,)


@pytest.mark.parametrize(("region", "capital", "named"), [
    ("Banghazi", "Benghazi", "Benghazi"),
    ("Surt", "Sirte", "Sirte"),
    ("Baki", "Baku", "Baku"),
    # a short name a letter longer is another name: Abia state, whose largest town is Aba
    ("Abia", "Aba", "Abia"),
])
def test_a_region_spelled_in_strict_transliteration_takes_its_capitals_spelling(
        tmp_path, region, capital, named):
    con = _index(tmp_path, region, capital, capital)
    prefer_capital_spelling(con)
    assert con.execute("SELECT name FROM places WHERE geonameid = 1").fetchone() == (named,)


@pytest.mark.parametrize(("official", "plain"), [
    ("Dagestan, Respublika", "Dagestan"),
    ("Murcia, Región de", "Murcia"),
    ("Asturias, Principado de", "Asturias"),
    ("Praha, Hlavní město", "Praha"),
    ("Gagauzia, Unitatea teritorială autonomă", "Gagauzia"),
    ("Borno, State of", "Borno"),
    # a comma before anything but a kind of region is part of the name
    ("San Andrés, Providencia y Santa Catalina", "San Andrés, Providencia y Santa Catalina"),
    ("Bonaire, Sint Eustatius and Saba", "Bonaire, Sint Eustatius and Saba"),
    ("Aleppo", "Aleppo"),
])
def test_a_kind_written_after_a_comma_is_dropped(official, plain):
    assert uninverted(official) == plain
    # filters and lookups read the official spelling the same way
    assert strip_region_word(official) == strip_region_word(plain)


@pytest.mark.parametrize(("code", "name", "written"), [
    ("ES.31", "Murcia, Región de", "Murcia"),
    ("RU.17", "Dagestan, Respublika", "Dagestan"),
    ("RU.28", "Kareliya, Respublika", "Karelia"),   # Russian -iya is English -ia
    ("RU.24", "Kalmykiya", "Kalmykia"),
    ("SY.09", "Suwayda", "Suwayda"),                # only in Russia
    ("IQ.07", "Diyala", "Diyala"),
    ("MY.15", "Wilayah Persekutuan Labuan", "Labuan"),  # a kind written as a title
    ("CZ.52", "Praha, Hlavní město", "Prague"),    # listed: an English exonym
    ("RU.12", "Chechenskaya Respublika", "Chechnya"),
    # in ASCII when accents and the dotless i are all that keep it from it
    ("TR.63", "Şanlıurfa", "Sanliurfa"),
    ("TR.21", "Diyarbakır", "Diyarbakir"),
    ("TR.88", "Iğdır", "Igdir"),
    ("ML.05", "Ségou", "Segou"),
    ("NO.13", "Østfold", "Østfold"),                # a letter of its own is kept
])
def test_a_region_takes_the_name_acled_writes(code, name, written):
    assert acled_region_name(code, name) == written


def test_an_imported_admin1_file_in_inverted_style_gives_plain_names(gazetteer_of):
    places = [(9100001, "Zorvask", "", 43.0, 47.5, "P", "PPLA", "RU", "17", 600000),
              (9100002, "Zorvaya", "", 43.0, 47.0, "A", "ADM1", "RU", "17", 0)]
    gaz = gazetteer_of(places, [("RU.17", "Zorvaya, Respublika", "Zorvaya, Respublika",
                                 9100002)])
    assert gaz.lookup("Zorvask")[0].admin1 == "Zorvaya"
    # the official spelling still finds the region
    assert gaz.lookup("Zorvaya, Respublika")[0].geonameid == 9100002
