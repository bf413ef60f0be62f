import hashlib
import sqlite3
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdesk.errors import GazetteerError
from eventdesk.geo import open_gazetteer
from eventdesk.geo.importer import import_geonames

from .geonames_files import PLACES, geoname_line, write_geonames_files


def _count(index, sql):
    con = sqlite3.connect(index)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_import_keeps_classes_p_and_a_with_admin_names(tiny_index):
    kept = [p for p in PLACES if p[6] in ("P", "A")]
    assert _count(tiny_index, "SELECT count(*) FROM places") == len(kept)
    assert _count(tiny_index, "SELECT count(*) FROM places WHERE feature_class = 'H'") == 0
    regions = [p for p in PLACES if p[7] == "ADM1"]
    assert _count(tiny_index, "SELECT count(*) FROM places WHERE is_region = 1") == len(regions)
    gaz = open_gazetteer(tiny_index)
    homs = gaz.lookup("Homs", country="SY")[0]
    assert (homs.geonameid, homs.admin1, homs.admin2) == (169577, "Homs", "Homs District")


def test_alternate_names_file_adds_names_of_known_places_only(tiny_index):
    gaz = open_gazetteer(tiny_index)
    assert gaz.lookup("Rashideen")[0].geonameid == 9000003
    assert gaz.lookup("حلب")[0].geonameid == 170063
    assert gaz.lookup("Nowhere Place") == []
    assert _count(tiny_index, "SELECT count(*) FROM alternate_names WHERE name LIKE 'http%'") == 0


def test_zip_archives_are_read(tmp_path):
    files = write_geonames_files(tmp_path / "files")
    archive = tmp_path / "XX.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(files[0], "XX.txt")
        zf.writestr("readme.txt", "not data\n")
    index = tmp_path / "zipped.sqlite"
    stats = import_geonames([archive], index_path=index, empty=True, progress=False)
    assert stats.places == len([p for p in PLACES if p[6] in ("P", "A")])
    assert stats.skipped_rows == 1
    assert open_gazetteer(index).lookup("Deir ez-Zour")[0].geonameid == 170794


def test_wrong_column_count_names_file_and_line(tmp_path):
    bad = tmp_path / "SY.txt"
    good = geoname_line(PLACES[0])
    broken = "\t".join(good.rstrip("\n").split("\t")[:18]) + "\n"
    bad.write_text(good + good + broken, encoding="utf-8")
    with pytest.raises(GazetteerError) as caught:
        import_geonames([bad], index_path=tmp_path / "x.sqlite", empty=True, progress=False)
    message = str(caught.value)
    assert str(bad) in message and "line 3" in message and "found 18" in message


@pytest.mark.parametrize("content", [b"", b"\n\n", b"# a comment only\n"])
def test_a_file_without_rows_is_an_error_and_the_index_is_kept(tmp_path, content):
    """An empty file (a download cut short, a `touch`) was 'imported 0 places' with exit 0,
    and listed among the index's sources."""
    index = tmp_path / "x.sqlite"
    import_geonames(write_geonames_files(tmp_path / "files"), index_path=index, empty=True,
                    progress=False)
    places = _count(index, "SELECT count(*) FROM places")
    empty = tmp_path / "SY.txt"
    empty.write_bytes(content)
    with pytest.raises(GazetteerError, match="no GeoNames rows") as caught:
        import_geonames([empty], index_path=index, progress=False)
    assert str(empty) in str(caught.value)
    assert _count(index, "SELECT count(*) FROM places") == places
    assert "SY.txt" not in open_gazetteer(index).info()["sources"]


def test_bad_number_names_file_line_and_column(tmp_path):
    bad = tmp_path / "SY.txt"
    fields = geoname_line(PLACES[0]).rstrip("\n").split("\t")
    fields[4] = "north"
    bad.write_text("\t".join(fields) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"line 1: latitude is not a number"):
        import_geonames([bad], index_path=tmp_path / "x.sqlite", empty=True, progress=False)


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(GazetteerError, match="file not found"):
        import_geonames([tmp_path / "nope.txt"], index_path=tmp_path / "x.sqlite", empty=True,
                        progress=False)
    latin1 = tmp_path / "FR.txt"
    latin1.write_bytes(geoname_line(PLACES[0]).encode() + "Montr\xe9al\n".encode("latin-1"))
    with pytest.raises(GazetteerError, match=r"FR.txt: line 2: not UTF-8"):
        import_geonames([latin1], index_path=tmp_path / "x.sqlite", empty=True, progress=False)


def test_failed_import_leaves_previous_index_usable(tmp_path):
    files = write_geonames_files(tmp_path / "files")
    index = tmp_path / "index.sqlite"
    import_geonames(files, index_path=index, empty=True, progress=False)
    before = hashlib.sha256(index.read_bytes()).hexdigest()
    extra = tmp_path / "ZZ.txt"
    # Valid rows first (they reach the working copy), then a broken line: the import stops.
    new_place = (9100000, "Newtown", "Newtown", "", 1.0, 2.0, "P", "PPL", "SY", "11", 1000)
    extra.write_text(geoname_line(new_place) + "broken line\n", encoding="utf-8")
    with pytest.raises(GazetteerError):
        import_geonames([extra], index_path=index, progress=False)
    assert hashlib.sha256(index.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob(".index.sqlite.*"))
    gaz = open_gazetteer(index)
    assert gaz.lookup("Newtown") == []
    assert gaz.lookup("Homs")[0].geonameid == 169577


def test_second_import_adds_to_the_index(tmp_path):
    files = write_geonames_files(tmp_path / "files")
    index = tmp_path / "index.sqlite"
    import_geonames(files, index_path=index, empty=True, progress=False)
    extra = tmp_path / "ZZ.txt"
    new_place = (9100000, "Newtown", "Newtown", "", 34.7, 36.7, "P", "PPL", "SY", "11", 1000)
    extra.write_text(geoname_line(new_place), encoding="utf-8")
    import_geonames([extra], index_path=index, progress=False)
    gaz = open_gazetteer(index)
    assert gaz.lookup("Newtown")[0].admin1 == "Homs"
    assert gaz.lookup("Homs")[0].geonameid == 169577
    assert "XX.txt" in gaz.info()["sources"] and "ZZ.txt" in gaz.info()["sources"]


def test_corrupt_or_foreign_index_file_gives_gazetteer_error(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerError, match="gazetteer build"):
        open_gazetteer(junk)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(GazetteerError, match=str(other)):
        open_gazetteer(other)


def _left_alone_by_index_writers(target, tmp_path, why):
    """Import and build each refuse `target` as an index with `why`, and leave it as it was;
    returns a GeoNames file they could have written."""
    from eventdesk.geo.build import build_default

    before = target.read_bytes()
    good = tmp_path / "SY.txt"
    good.write_text(geoname_line(PLACES[0]), encoding="utf-8")
    with pytest.raises(GazetteerError, match=why):
        import_geonames([good], index_path=target, empty=True, progress=False)
    with pytest.raises(GazetteerError, match="give another --index file"):
        build_default(target)
    assert target.read_bytes() == before
    return good


@pytest.mark.parametrize("tables", [("documents", "events", "clusters"), ("people",)])
def test_a_database_of_something_else_is_never_replaced_by_an_index(tmp_path, tables):
    """`gazetteer --index events.sqlite build` (a slip, or the advice a lookup on the store
    gave: "rebuild it with `eventdesk gazetteer build`") replaced the store with an index."""
    store = tmp_path / "events.sqlite"
    con = sqlite3.connect(store)
    for table in tables:
        con.execute(f"CREATE TABLE {table} (x)")
    con.execute(f"INSERT INTO {tables[0]} VALUES ('a report')")
    con.commit()
    con.close()
    _left_alone_by_index_writers(store, tmp_path, "is a database of something else")


def test_a_file_that_is_no_database_is_never_replaced_by_an_index(tmp_path):
    """A file of reports given as --index by a slip: a lookup on it advised `gazetteer
    build`, which replaced it. A damaged index keeps SQLite's header and is rebuilt."""
    reports = tmp_path / "reports.jsonl"
    reports.write_text('{"id": "r1", "text": "Shelling hit Idlib."}\n', encoding="utf-8")
    good = _left_alone_by_index_writers(reports, tmp_path, "is no database at all")
    damaged = tmp_path / "index.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 400)
    import_geonames([good], index_path=damaged, empty=True, progress=False)
    assert open_gazetteer(damaged).lookup(PLACES[0][1])


def test_stale_default_index_is_rebuilt_but_imported_one_is_kept(tmp_path, monkeypatch):
    from eventdesk.geo import build, forget_opened

    built = []
    monkeypatch.setattr(build, "build_default", lambda path: built.append(path))
    index = tmp_path / "index.sqlite"
    import_geonames(write_geonames_files(tmp_path / "files"), index_path=index, empty=True,
                    progress=False)
    open_gazetteer(index)
    assert built == []  # imported data is never thrown away
    con = sqlite3.connect(index)
    con.execute("UPDATE meta SET value = ? WHERE key = 'sources'", (build.DEFAULT_SOURCE,))
    con.execute("INSERT OR REPLACE INTO meta VALUES ('default_build', '0')")
    con.commit()
    con.close()
    forget_opened(index)
    open_gazetteer(index)
    assert built == [index.resolve()]


def test_places_are_written_in_ascii_and_an_english_name_wins(tmp_path):
    files = write_geonames_files(tmp_path / "files")
    index = tmp_path / "index.sqlite"
    import_geonames(files, index_path=index, empty=True, progress=False)
    gaz = open_gazetteer(index)
    place = gaz.resolve_name("al-Rashedin", countries=["SY"], container_name="Aleppo")
    assert (place.location, place.geonameid) == ("Aleppo - Ar Rashidin", 9000003)
    assert gaz.lookup("Ar Rashidin")[0].name == "Ar Rāshidīn"  # GeoNames' own name is kept
    # GeoNames' preferred English name, when imported, is the one shown.
    english = tmp_path / "alternateNamesV2.txt"
    english.write_text("9\t9000003\ten\tRashideen\t1\t\t\t\t\t\n"
                       "10\t9000001\ten\tKhalidiya Old\t1\t\t\t1\t\t\n", encoding="utf-8")
    import_geonames([english], index_path=index, progress=False)
    gaz = open_gazetteer(index)
    place = gaz.resolve_name("al-Rashedin", countries=["SY"], container_name="Aleppo")
    assert (place.location, place.geonameid) == ("Aleppo - Rashideen", 9000003)
    # A historic English name is not how analysts write it today.
    assert gaz.lookup("Khaldiyeh")[0].display_name == "Al Khalidiyah"


def test_admin1_names_already_in_the_index_are_kept(tmp_path):
    files = write_geonames_files(tmp_path / "files")
    index = tmp_path / "index.sqlite"
    import_geonames(files, index_path=index, empty=True, progress=False)
    local = tmp_path / "admin1CodesASCII.txt"
    local.write_text("SY.11\tḨimş\tHims\t169575\nSY.14\tḨamāh\tHamah\t170015\n",
                     encoding="utf-8")
    import_geonames([local], index_path=index, progress=False)
    con = sqlite3.connect(index)
    names = dict(con.execute("SELECT code, name FROM admin1 WHERE code LIKE 'SY.1%'"))
    con.close()
    assert names == {"SY.11": "Homs", "SY.14": "Hamah"}  # in ASCII, as ACLED writes it
    # A name only in GeoNames' own spelling is shown without its accents.
    newtown = tmp_path / "ZZ.txt"
    newtown.write_text(geoname_line(
        (9100001, "Kafr Zayta", "Kafr Zayta", "", 35.37, 36.6, "P", "PPL", "SY", "14", 9000)),
        encoding="utf-8")
    import_geonames([newtown], index_path=index, progress=False)
    assert open_gazetteer(index).lookup("Kafr Zayta")[0].admin1 == "Hamah"


def test_an_import_extends_the_name_hashes_to_exactly_the_full_set(tmp_path):
    import array

    from eventdesk.geo.store import name_hash

    files = write_geonames_files(tmp_path / "files")
    index = tmp_path / "index.sqlite"
    import_geonames(files, index_path=index, empty=True, progress=False)
    extra = tmp_path / "ZZ.txt"
    extra.write_text(geoname_line(
        (9100000, "Newtown", "Newtown", "Nouvelleville", 34.7, 36.7, "P", "PPL", "SY", "11",
         1000)), encoding="utf-8")
    import_geonames([extra], index_path=index, progress=False)
    con = sqlite3.connect(index)
    for column, blob in (("key", "key_hashes"), ("skel", "skel_hashes")):
        stored = array.array("q")
        stored.frombytes(con.execute("SELECT data FROM blobs WHERE name = ?",
                                     (blob,)).fetchone()[0])
        full = sorted({name_hash(v) for (v,) in con.execute(
            f"SELECT DISTINCT {column} FROM name_index WHERE {column} IS NOT NULL")
            if v.isascii()})
        assert list(stored) == full
    con.close()
    from eventdesk.geo.normalize import name_key

    assert name_key("Nouvelleville") in open_gazetteer(index)._keys


def test_importing_into_one_index_leaves_the_others_open(tiny_index, tmp_path):
    """A running pipeline keeps its gazetteer while another file is imported."""
    opened = open_gazetteer(tiny_index)
    import_geonames(write_geonames_files(tmp_path / "files"), index_path=tmp_path / "b.sqlite",
                    empty=True, progress=False)
    assert opened.info()  # still answers: only b.sqlite's cache entry was closed
    assert open_gazetteer(tiny_index) is opened


@pytest.mark.parametrize("column, value, words", [
    (0, "9" * 30, "geonameid is not an integer of at least 1"),  # SQLite's int64: overflow
    (0, "-5", "geonameid is not an integer of at least 1"),
    (0, "1_000", "geonameid is not an integer"),  # Python's int() takes these
    (0, "\u0661\u0662\u0663", "geonameid is not an integer"),
    (4, "nan", "latitude is not a number within ±90"),
    (4, "200", "latitude is not a number within ±90"),
    (5, "-inf", "longitude is not a number within ±180"),
    (14, "9" * 30, "population is not an integer of at least 0"),
    (1, "  ", "the name column is empty"),
])
def test_a_value_the_index_cannot_hold_names_file_line_and_column(tmp_path, column, value,
                                                                   words):
    """Found by generation: a 30-digit id or population raised OverflowError out of SQLite
    (a traceback), and NaN or out-of-range coordinates were imported as places."""
    bad = tmp_path / "SY.txt"
    fields = geoname_line(PLACES[0]).rstrip("\n").split("\t")
    fields[column] = value
    bad.write_text(geoname_line(PLACES[4]) + "\t".join(fields) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=f"line 2: {words}"):
        import_geonames([bad], index_path=tmp_path / "x.sqlite", empty=True, progress=False)


@pytest.mark.parametrize("name, line", [
    ("admin1CodesASCII.txt", "SY.11\tHoms\tHoms\t" + "9" * 30 + "\n"),
    ("alternateNamesV2.txt", "1\t" + "9" * 30 + "\ten\tHoms\t1\t\t\t\n"),
])
def test_an_id_too_large_in_an_admin_or_alternate_file_is_named(tmp_path, name, line):
    bad = tmp_path / name
    bad.write_text(line, encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 1: geonameid is not an integer"):
        import_geonames([bad], index_path=tmp_path / "x.sqlite", empty=True, progress=False)


def test_an_index_path_under_a_file_or_at_a_folder_is_a_gazetteer_error(tmp_path):
    """EVENTDESK_HOME naming a file made the first lookup fail with FileExistsError out of
    mkdir (a traceback); EVENTDESK_GAZETTEER naming a folder said "disk I/O error" and
    told the user to rebuild, which failed the same way."""
    from eventdesk.cli import main
    from eventdesk.geo import open_gazetteer

    not_a_folder = tmp_path / "home.txt"
    not_a_folder.write_text("x")
    with pytest.raises(GazetteerError, match="home.txt is a file, not a folder"):
        open_gazetteer(not_a_folder / "gazetteer.sqlite")
    files = write_geonames_files(tmp_path / "files")
    with pytest.raises(GazetteerError, match="home.txt is a file, not a folder"):
        import_geonames(files, index_path=not_a_folder / "g.sqlite", empty=True,
                        progress=False)
    folder = tmp_path / "index"
    folder.mkdir()
    with pytest.raises(GazetteerError, match="is a folder, not a gazetteer index file"):
        open_gazetteer(folder)
    assert main(["gazetteer", "--index", str(folder), "build"]) == 1
    assert folder.is_dir() and not any(folder.iterdir())


_ODD_CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "0", "-1", "9" * 20, "nan", "1e308", "-0", "+5", "0x1F", " 7", "P", "A",
                     "ADM1", "SY", "\u202e", "\x00", "12.5", "\u0663"]))


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.dictionaries(st.integers(0, 18), _ODD_CELLS, min_size=1, max_size=4))
def test_any_odd_geonames_row_is_imported_or_named(tmp_path_factory, cells):
    """Whatever a GeoNames row holds, the import either keeps it as a place the index can
    use (coordinates within range) or stops with a GazetteerError naming file and line."""
    folder = tmp_path_factory.mktemp("odd")
    fields = geoname_line(PLACES[0]).rstrip("\n").split("\t")
    for column, value in cells.items():
        fields[column] = value.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    path = folder / "SY.txt"
    path.write_text("\t".join(fields) + "\n", encoding="utf-8", errors="surrogatepass")
    try:
        import_geonames([path], index_path=folder / "x.sqlite", empty=True, progress=False)
    except GazetteerError as exc:
        assert str(path) in str(exc)
        return
    con = sqlite3.connect(folder / "x.sqlite")
    for lat, lon in con.execute("SELECT latitude, longitude FROM places"):
        assert -90 <= lat <= 90 and -180 <= lon <= 180


@pytest.mark.parametrize("name", ["SY.txt", "admin1CodesASCII.txt"])
def test_a_utf8_bom_is_dropped_not_glued_to_the_first_id_or_code(tmp_path, name):
    """Files saved by a Windows editor begin with a BOM: the geoname file was refused
    ('\\ufeff169577' is not an integer) and the admin1 file stored a code no place matched."""
    rows = {"SY.txt": geoname_line(PLACES[1]),
            "admin1CodesASCII.txt": "SY.11\tHoms\tHoms\t169575\n"}
    path = tmp_path / name
    path.write_bytes(rows[name].encode("utf-8-sig"))
    index = tmp_path / "x.sqlite"
    import_geonames([path], index_path=index, empty=True, progress=False)
    table, column, value = (("places", "geonameid", 169575) if name == "SY.txt"
                            else ("admin1", "code", "SY.11"))
    assert _count(index, f"SELECT count(*) FROM {table} WHERE {column} = '{value}'") == 1


def test_a_utf16_file_is_named_as_such(tmp_path):
    path = tmp_path / "SY.txt"
    path.write_bytes(geoname_line(PLACES[0]).encode("utf-16"))
    with pytest.raises(GazetteerError, match=r"SY.txt: UTF-16 text; GeoNames files are UTF-8"):
        import_geonames([path], index_path=tmp_path / "x.sqlite", empty=True, progress=False)


def test_a_killed_imports_temporary_copy_is_removed_by_the_next_one(tmp_path):
    """SIGKILL leaves the import's copy of the whole index next to it: the next import
    removes the copies of processes gone, and keeps those of one still running (its own
    parent's here) and of other machines."""
    import os
    import subprocess
    import sys

    from eventdesk import orphans

    index = tmp_path / "x.sqlite"
    good = tmp_path / "SY.txt"
    good.write_text(geoname_line(PLACES[0]), encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                            capture_output=True, text=True, check=True)
    gone = tmp_path / f".x.sqlite.{killed.stdout.strip()}-{orphans.HOST}.abc.tmp"
    running = tmp_path / f".x.sqlite.{os.getppid()}-{orphans.HOST}.abc.tmp"
    elsewhere = tmp_path / f".x.sqlite.{killed.stdout.strip()}-0000ffff.abc.tmp"
    for path in (gone, running, elsewhere):
        path.write_bytes(b"a copy of the index")
    import_geonames([good], index_path=index, empty=True, progress=False)
    assert not gone.exists() and running.exists() and elsewhere.exists()
    assert sorted(p.name for p in tmp_path.glob(".x.sqlite.*")) == sorted(
        [running.name, elsewhere.name])


@pytest.mark.parametrize("column", [1, 2])
def test_a_name_too_long_to_be_a_places_is_named_with_its_line(tmp_path, column):
    """A 10-million-character name was imported, its keys indexed in 900 MB of memory."""
    fields = geoname_line(PLACES[0]).rstrip("\n").split("\t")
    fields[column] = "N" * 5_000
    path = tmp_path / "SY.txt"
    path.write_text(geoname_line(PLACES[1]) + "\t".join(fields) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"SY.txt: line 2: the (ascii)?name column is "
                                             r"5,000 characters long"):
        import_geonames([path], index_path=tmp_path / "x.sqlite", empty=True, progress=False)


# An import into `index` (a copy of the existing one, or a new one) under a file-size limit
# (Python ignores SIGXFSZ: a write past it fails as on a full disk)
IMPORT_WITHOUT_ROOM = """
import resource, sys
from pathlib import Path
from eventdesk.errors import GazetteerError
from eventdesk.geo.importer import import_geonames
resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))
try:
    import_geonames([Path(p) for p in sys.argv[2:]], index_path=Path(sys.argv[1]),
                    empty=sys.argv[1].endswith("new.sqlite"), progress=False)
except GazetteerError as exc:
    print(exc.code, exc)
"""


@pytest.mark.parametrize("name", ["copy.sqlite", "new.sqlite"])
def test_an_index_that_cannot_grow_is_named_and_kept(tmp_path, tiny_index, name):
    """A full disk or file-size limit during an import or build: E003 naming the index, the
    old one unchanged, no temporary copy left. It was a sqlite3 traceback, or, while copying
    the index, 'cannot read the existing index' of an index that was fine."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    index = tmp_path / name
    if name == "copy.sqlite":
        shutil.copy(tiny_index, index)
    before = index.read_bytes() if index.exists() else None
    files = write_geonames_files(tmp_path / "files")
    done = subprocess.run([sys.executable, "-c", IMPORT_WITHOUT_ROOM, str(index),
                           *map(str, files)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    assert done.returncode == 0 and not done.stderr, done.stderr
    assert done.stdout.startswith(f"E003 {index}: cannot write the index: ")
    assert "(is the disk full, or a file-size limit reached?)" in done.stdout
    assert (index.read_bytes() if index.exists() else None) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["files", *[name][:bool(before)]])
