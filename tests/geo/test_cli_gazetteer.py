import json

from eventdesk.cli import main

from .geonames_files import PLACES, write_geonames_files


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
