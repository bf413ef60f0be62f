"""Readings of names events were left unplaced for (issue 9), each with a tiny hand-built
gazetteer: a region written with its kind word in another spelling of its main name."""

from __future__ import annotations

import pytest
import spacy

from eventdesk.geo import forget_opened, open_gazetteer
from eventdesk.geo.importer import import_geonames

NLP = spacy.blank("en")

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    # a region under its English name without its kind word, as the default index names it
    (9200001, "Deir ez-Zor", "Deir ez-Zor Governorate,Dayr az Zawr Governorate", 35.0, 40.5,
     "A", "ADM1", "SY", "07", 1_200_000),
    (9200002, "Deir ez-Zor", "", 35.33588, 40.14084, "P", "PPLA", "SY", "07", 271_800),
    (9200003, "Ninawa Governorate", "", 36.0, 42.5, "A", "ADM1", "IQ", "15", 3_000_000),
]
ADMIN1 = [("SY.07", "Deir ez-Zor", "Deir ez-Zor", 9200001),
          ("IQ.15", "Ninawa", "Ninawa", 9200003)]


def _line(row):
    gid, name, alternates, lat, lon, fclass, fcode, cc, admin1, population = row
    return "\t".join([str(gid), name, name, alternates, str(lat), str(lon), fclass, fcode, cc,
                      "", admin1, "", "", "", str(population), "", "100", "UTC",
                      "2024-01-01"]) + "\n"


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unplaced")
    (folder / "XX.txt").write_text("".join(_line(r) for r in PLACES), encoding="utf-8")
    (folder / "admin1CodesASCII.txt").write_text(
        "".join("\t".join(map(str, r)) + "\n" for r in ADMIN1), encoding="utf-8")
    index = folder / "tiny.sqlite"
    import_geonames([folder / "XX.txt", folder / "admin1CodesASCII.txt"], index_path=index,
                    empty=True, progress=False)
    yield open_gazetteer(index)
    forget_opened(index)


def test_a_region_with_its_kind_word_in_another_spelling_is_kept(gaz):
    # "Deir Ezzor" is another spelling of the region's main name; the country the text names
    # (in a group's name) is no reason to read it as a namesake
    doc = NLP("The Islamic State of Iraq executed detainees in the Deir Ezzor Governorate.")
    mentions = [m for m in gaz.find_mentions(doc) if m.kind != "country"]
    assert [m.text for m in mentions] == ["Deir Ezzor Governorate"]
    place = gaz.resolve(mentions[0], countries=["IQ", "SY"])
    assert place.country_code == "SY" and place.geo_precision == 3


def test_a_region_of_the_named_country_is_read_as_before(gaz):
    # a region of the country the text names is read as before
    doc = NLP("The Islamic State of Iraq executed detainees in the Ninawa Governorate.")
    mentions = [m for m in gaz.find_mentions(doc) if m.kind != "country"]
    assert [(m.text, m.candidates[0].country_code) for m in mentions] == [
        ("Ninawa Governorate", "IQ")]
