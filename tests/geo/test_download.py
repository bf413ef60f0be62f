"""`gazetteer download`: fetch from a local stand-in of the GeoNames server, verify, import."""

import hashlib
import socket

import pytest

from eventdesk.cli import main
from eventdesk.errors import DownloadError, GazetteerError, UsageError
from eventdesk.geo import open_gazetteer
from eventdesk.geo.download import (
    conflict_countries,
    country_codes,
    download_and_import,
    import_folder,
)
from eventdesk.geo.importer import import_geonames

from .geonames_files import PLACES, geoname_line
from .geonames_server import GeoNamesServer, admin_files, country_files, zipped


@pytest.fixture
def base_index(tmp_path):
    """An index of the tiny gazetteer's places outside Syria."""
    source = tmp_path / "LB.txt"
    source.write_text("".join(geoname_line(p) for p in PLACES if p[8] != "SY"), encoding="utf-8")
    index = tmp_path / "index.sqlite"
    import_geonames([source], index_path=index, empty=True, progress=False)
    return index


@pytest.fixture
def served():
    with GeoNamesServer({**admin_files(), **country_files("SY"), **country_files("LY")}) as s:
        yield s


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _download(countries, index, server_url, cache):
    return download_and_import(countries, index_path=index, url=server_url, cache=cache,
                               progress=False)


def test_a_country_is_fetched_verified_and_imported(base_index, served, tmp_path):
    assert open_gazetteer(base_index).lookup("Homs", country="SY") == []
    stats = _download(["SY"], base_index, served.url, tmp_path / "cache")
    assert sorted(served.paths_requested()) == sorted(
        ["admin1CodesASCII.txt", "admin2Codes.txt", "SY.zip", "alternatenames/SY.zip"])
    syrian = [p for p in PLACES if p[8] == "SY" and p[6] in ("P", "A")]
    assert stats.imported.places == len(syrian)
    assert stats.bytes_fetched == sum(len(v) for k, v in served.files.items()
                                      if k in served.paths_requested())
    gaz = open_gazetteer(base_index)
    homs = gaz.lookup("Homs", country="SY")[0]
    assert (homs.geonameid, homs.admin1, homs.admin2) == (169577, "Homs", "Homs District")
    # The per-country alternate names file was read as alternate names.
    assert gaz.lookup("Rashideen")[0].geonameid == 9000003
    assert gaz.lookup("Tripoli", country="LY")  # what the index held is still there
    assert "alternatenames/SY.zip" in gaz.info()["sources"]


def test_files_in_the_cache_are_not_fetched_again(base_index, served, tmp_path):
    _download(["SY"], base_index, served.url, tmp_path / "cache")
    served.requests.clear()
    stats = _download(["SY"], base_index, served.url, tmp_path / "cache")
    assert served.requests == []
    assert stats.fetched == [] and len(stats.cached) == 4
    stats = download_and_import(["SY"], index_path=base_index, url=served.url,
                                cache=tmp_path / "cache", refresh=True, progress=False)
    assert len(served.requests) == 4 and len(stats.fetched) == 4


def test_truncated_download_fails_clearly_then_resumes(base_index, served, tmp_path):
    whole = len(served.files["SY.zip"])
    served.cut_once["SY.zip"] = whole // 2
    before = _digest(base_index)
    with pytest.raises(DownloadError) as caught:
        _download(["SY"], base_index, served.url, tmp_path / "cache")
    message = str(caught.value)
    assert "SY.zip" in message and "run the command again to resume" in message
    assert f"after {whole // 2:,} bytes" in message or f"at {whole // 2:,} of" in message
    assert _digest(base_index) == before
    part = tmp_path / "cache" / "SY.zip.part"
    assert part.stat().st_size == whole // 2
    served.requests.clear()
    _download(["SY"], base_index, served.url, tmp_path / "cache")
    assert ("SY.zip", f"bytes={whole // 2}-") in served.requests
    assert not part.exists()
    assert (tmp_path / "cache" / "SY.zip").read_bytes() == served.files["SY.zip"]
    assert open_gazetteer(base_index).lookup("Homs", country="SY")[0].geonameid == 169577


def test_missing_country_file_is_a_404_naming_it(base_index, served, tmp_path):
    before = _digest(base_index)
    with pytest.raises(DownloadError, match=r"ZZ\.zip: not found on the server \(HTTP 404\)"):
        _download(["SY", "ZZ"], base_index, served.url, tmp_path / "cache")
    assert _digest(base_index) == before
    assert open_gazetteer(base_index).lookup("Homs", country="SY") == []


def test_corrupt_zip_is_refused_and_fetched_afresh_next_time(base_index, served, tmp_path):
    good = served.files["SY.zip"]
    broken = bytearray(good)
    data_start = 30 + len("SY.txt")  # local file header, then the compressed data
    broken[data_start + 5] ^= 0xFF
    served.files["SY.zip"] = bytes(broken)
    before = _digest(base_index)
    with pytest.raises(DownloadError, match=r"SY\.zip: (corrupt|not a readable) zip"):
        _download(["SY"], base_index, served.url, tmp_path / "cache")
    assert _digest(base_index) == before
    assert not (tmp_path / "cache" / "SY.zip").exists()
    served.files["SY.zip"] = good
    _download(["SY"], base_index, served.url, tmp_path / "cache")
    assert open_gazetteer(base_index).lookup("Homs", country="SY")


def test_zip_without_the_expected_member_is_refused(base_index, served, tmp_path):
    served.files["SY.zip"] = zipped("readme.txt", "hello\n")
    with pytest.raises(DownloadError, match=r"SY\.zip: the zip holds readme\.txt, not SY\.txt"):
        _download(["SY"], base_index, served.url, tmp_path / "cache")


def test_refused_connection_names_the_file(base_index, tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    before = _digest(base_index)
    with pytest.raises(DownloadError, match=r"admin1CodesASCII\.txt: cannot connect"):
        _download(["SY"], base_index, f"http://127.0.0.1:{port}/dump/", tmp_path / "cache")
    assert _digest(base_index) == before


def test_malformed_rows_fail_the_import_and_keep_the_index(base_index, served, tmp_path):
    served.files["SY.zip"] = zipped("SY.txt", geoname_line(PLACES[0]) + "not\ta\tplace\n")
    before = _digest(base_index)
    with pytest.raises(GazetteerError, match=r"SY\.zip!SY\.txt: line 2: expected 19"):
        _download(["SY"], base_index, served.url, tmp_path / "cache")
    assert _digest(base_index) == before


def test_from_folder_imports_files_laid_out_as_on_the_server(base_index, tmp_path):
    folder = tmp_path / "offline"
    for name, data in {**admin_files(), **country_files("SY")}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    stats = import_folder(folder, ["SY"], index_path=base_index, progress=False)
    assert stats.imported.alternate_names >= 1
    gaz = open_gazetteer(base_index)
    assert gaz.lookup("Rashideen")[0].geonameid == 9000003
    with pytest.raises(GazetteerError, match=r"missing IQ\.zip, alternatenames/IQ\.zip"):
        import_folder(folder, ["IQ"], index_path=base_index, progress=False)


def test_from_folder_without_countries_takes_every_geonames_file(base_index, tmp_path):
    folder = tmp_path / "offline"
    for name, data in country_files("SY").items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / "notes.txt").write_text("not GeoNames\n")
    stats = import_folder(folder, None, index_path=base_index, progress=False)
    assert sorted(stats.cached) == ["SY.zip", "alternatenames/SY.zip"]


def test_conflict_list_is_about_forty_valid_codes():
    import pycountry

    codes = conflict_countries()
    assert 35 <= len(codes) <= 45 and len(set(codes)) == len(codes)
    assert {"SY", "UA", "YE", "SO", "ML", "CD", "MM"} <= set(codes)
    assert all(pycountry.countries.get(alpha_2=c) for c in codes)


def test_country_codes_are_checked():
    assert country_codes(["sy", "IQ", "SY"]) == ["SY", "IQ"]
    with pytest.raises(UsageError, match="'Syria' is not a two-letter country code"):
        country_codes(["Syria"])


def test_cli_download_uses_the_url_setting_and_reports(base_index, served, tmp_path, capsys,
                                                       monkeypatch):
    monkeypatch.setenv("EVENTDESK_GEONAMES_URL", served.url)
    assert main(["gazetteer", "--index", str(base_index), "download", "SY", "--quiet"]) == 0
    out = capsys.readouterr().out
    syrian = [p for p in PLACES if p[8] == "SY" and p[6] in ("P", "A")]
    assert "downloaded 4 file(s)" in out and f"imported {len(syrian)} places" in out
    assert str(tmp_path / "home" / "downloads" / "geonames") in out


def test_cli_errors_exit_with_a_message(base_index, served, capsys):
    code = main(["gazetteer", "--index", str(base_index), "download", "ZZ", "--quiet",
                 "--url", served.url])
    assert code == 1
    err = capsys.readouterr().err
    assert "[E012]" in err and "ZZ.zip: not found on the server (HTTP 404)" in err
    assert "Traceback" not in err
    assert main(["gazetteer", "--index", str(base_index), "download", "--quiet"]) == 2
    assert "name the countries" in capsys.readouterr().err
    assert main(["gazetteer", "--index", str(base_index), "download", "SY", "--conflict"]) == 2



@pytest.mark.parametrize("url", ["http://[::1", "ftp://x/dump/", "file:///tmp/", "not a url",
                                 "http:///dump/", " "])
def test_a_url_that_is_no_http_server_is_a_usage_error(base_index, capsys, monkeypatch, url):
    """'http://[::1' was a traceback (httpx.InvalidURL); ftp:// and a path were "download
    interrupted after 0 bytes ... run the command again to resume", which cannot help."""
    argv = ["gazetteer", "--index", str(base_index), "download", "SY", "--quiet", "--url", url]
    for env in (False, True):  # the option, or the setting
        if env:
            monkeypatch.setenv("EVENTDESK_GEONAMES_URL", url)
            argv = argv[:-2]
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own refusal of an empty value
            code = exc.code
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err
        assert "http" in err and ("--url" in err or "geonames_url" in err), err


@pytest.mark.parametrize("field, value", [(6, 78), (10, 99)])  # version needed; compression
def test_a_zip_with_a_garbled_header_is_named_not_a_traceback(base_index, tmp_path, field,
                                                               value):
    """A garbled central directory's 'version needed' (7.8) or compression method (99) is
    NotImplementedError in zipfile, not BadZipFile: it ended import and --from in a
    traceback (found by bench/fuzz_geonames.py)."""
    folder = tmp_path / "offline"
    folder.mkdir()
    data = bytearray(country_files("SY")["SY.zip"])
    at = data.index(b"PK\x01\x02") + field
    data[at:at + 2] = value.to_bytes(2, "little")
    (folder / "SY.zip").write_bytes(bytes(data))
    before = _digest(base_index)
    for call in (lambda: import_geonames([folder / "SY.zip"], index_path=base_index,
                                         progress=False),
                 lambda: import_folder(folder, None, index_path=base_index, progress=False)):
        with pytest.raises(GazetteerError, match=r"SY\.zip.*: not a readable zip"):
            call()
    assert _digest(base_index) == before
