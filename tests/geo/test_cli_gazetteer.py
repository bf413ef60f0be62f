import json

import pytest

from eventdesk.cli import main

from .geonames_files import PLACES, write_geonames_files


def test_lookup_json_of_no_place_is_an_empty_list_and_exit_1(tiny_index, capsys):
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Zzyzxqv", "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_lookup_json_shape(tiny_index, capsys):
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Tripoli", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [c["country_code"] for c in found] == ["LY", "LB"]
    first = found[0]
    for key in ("geonameid", "name", "country_code", "admin1", "latitude", "longitude",
                "feature_code", "population", "score"):
        assert key in first
    assert first["geonameid"] == 2210247 and first["feature_code"] == "PPLC"
    assert isinstance(first["score"], float) and first["score"] > found[1]["score"]


def test_lookup_text_lists_reasons_and_country_filter(tiny_index, capsys):
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Tripoli",
                 "--country", "LB"]) == 0
    out = capsys.readouterr().out
    assert "Tripoli (North Governorate, Lebanon)" in out and "Libya" not in out
    assert "exact name 'tripoli'" in out


def test_lookup_of_unknown_name_exits_1(tiny_index, capsys):
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Qwertyville"]) == 1
    assert "no place named" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [[""], [" "], ["Tripoli", "--country", ""]])
def test_lookup_of_an_empty_name_or_country_is_a_usage_error(tiny_index, capsys, argv):
    """An empty --country looked everywhere, as if left out; an empty name said 'no place
    named' with exit 1, as if the index lacked it."""
    with pytest.raises(SystemExit) as exit_:
        main(["gazetteer", "--index", str(tiny_index), "lookup", *argv])
    assert exit_.value.code == 2 and "is empty: give a value" in capsys.readouterr().err


def test_import_then_info_via_environment_index(tmp_path, capsys, monkeypatch):
    index = tmp_path / "env.sqlite"
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    files = write_geonames_files(tmp_path / "files")
    assert main(["gazetteer", "import", "--empty", "--quiet", *map(str, files)]) == 0
    kept = [p for p in PLACES if p[6] in ("P", "A")]
    regions = [p for p in PLACES if p[7] == "ADM1"]
    assert f"imported {len(kept)} places" in capsys.readouterr().out
    assert main(["gazetteer", "info"]) == 0
    out = capsys.readouterr().out
    assert str(index) in out and "geonames import: admin1CodesASCII.txt" in out
    assert f"regions:         {len(regions)}" in out


def test_malformed_import_prints_file_and_line(tmp_path, capsys):
    bad = tmp_path / "admin1CodesASCII.txt"
    bad.write_text("SY.11\tHoms\tHoms\t169575\nSY.09\tAleppo\n", encoding="utf-8")
    code = main(["gazetteer", "--index", str(tmp_path / "x.sqlite"), "import", "--empty",
                 "--quiet", str(bad)])
    assert code == 1
    err = capsys.readouterr().err
    assert "[E003]" in err and f"{bad}: line 2: expected 4 tab-separated columns" in err


def test_lookup_of_a_district_in_its_city_all_three_forms(tiny_index, capsys):
    for query in ("al-Rashedin, Aleppo", "Aleppo - al-Rashedin", "al-Rashedin in Aleppo"):
        assert main(["gazetteer", "--index", str(tiny_index), "lookup", query, "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert (out["name"], out["within"]) == ("al-Rashedin", "Aleppo")
        assert out["container"]["geonameid"] == 170063
        assert out["place"]["geonameid"] == 9000003 and out["place"]["geo_precision"] == 1
        assert [c["geonameid"] for c in out["candidates"]] == [9000003]


def test_lookup_within_a_city_never_takes_a_namesake_elsewhere(tiny_index, capsys):
    # Two places are named Al Khālidīyah: the section of Homs and a town in Jordan.
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Khalidiya in Homs"]) == 0
    out = capsys.readouterr().out
    assert "'Homs' is Homs (Homs, Syria)" in out and "geonameid 9000001" in out
    assert "Jordan" not in out


def test_lookup_of_a_district_the_index_lacks_gives_the_city_at_precision_2(tiny_index, capsys):
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Qusoor in Homs",
                 "--json"]) == 0
    place = json.loads(capsys.readouterr().out)["place"]
    assert place["location"] == "Homs - Qusoor" and place["geo_precision"] == 2
    assert place["geonameid"] == 169577 and place["admin1"] == "Homs"
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Homs - Qusoor"]) == 0
    assert "the index has no 'Qusoor' inside Homs: placed at Homs" in capsys.readouterr().out


def test_lookup_of_a_known_place_in_another_container_does_not_call_it_unknown(tiny_index,
                                                                                 capsys):
    """'Homs - Aleppo': Aleppo is in the index, only not inside Homs."""
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Homs - Aleppo"]) == 0
    out = capsys.readouterr().out
    assert "the index has no 'Aleppo' inside Homs" in out and "not in the index" not in out


def test_lookup_in_a_region_and_a_country(tiny_index, capsys):
    assert main(["gazetteer", "--index", str(tiny_index), "lookup",
                 "Al Khalidiyah, Homs Governorate", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["container"]["is_region"] and out["place"]["geonameid"] == 9000001
    # A country after the comma filters: the Lebanese Tripoli, not the Libyan capital.
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Tripoli, Lebanon",
                 "--json"]) == 0
    assert [c["geonameid"] for c in json.loads(capsys.readouterr().out)] == [266826]


def test_unknown_container_falls_back_to_a_plain_lookup(tiny_index, capsys):
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Homs, Qwertyland"]) == 1
    assert "no place named 'Homs, Qwertyland'" in capsys.readouterr().out


def test_lookup_country_by_name_or_iso3_as_by_its_code(tiny_index, capsys):
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Tripoli",
                 "--country", "LB", "--json"]) == 0
    by_code = json.loads(capsys.readouterr().out)
    assert [c["country_code"] for c in by_code] == ["LB"]
    for spelling in ("Lebanon", "lebanon", "LBN", "lb"):
        assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Tripoli",
                     "--country", spelling, "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == by_code, spelling


def test_lookup_with_an_unknown_country_or_no_room_is_a_usage_error(tiny_index, capsys):
    for options in (["--country", "Narnia"], ["--country", "XX"], ["--limit", "0"],
                    ["--limit", "-1"]):
        assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Tripoli",
                     *options]) == 2, options
        err = capsys.readouterr().err
        assert "[E006]" in err and options[1] in err and "Traceback" not in err, options


def test_lookup_of_a_country_says_it_is_one(tiny_index, capsys):
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", "Lebanon"]) == 1
    out = capsys.readouterr().out
    assert "'Lebanon' is a country" in out and "--country LB" in out
