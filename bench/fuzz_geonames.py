"""Generated GeoNames files through `eventdesk gazetteer import` and `gazetteer download
--from DIR` (`files`): rows with wrong column counts, bad coordinates and ids, huge or empty
names, BOMs, CRLF and Latin-1, zips with wrong or extra members, cut or garbled zips, admin
code files missing; and imports killed part way (`killed`). Each case must exit 0, 1 or 2
with a message naming the file (and the line for a bad row), no traceback; a failed import
must leave the previous index byte for byte, a finished one an index that still finds the
places it held; and no temporary index file may be left next to it. Runs in an empty
temporary folder with its own index (EVENTDESK_GAZETTEER) and store (EVENTDESK_DB). Not
part of CI: run it by hand. bench/fuzz_surfaces.py covers `gazetteer lookup`.

    .venv/bin/python bench/fuzz_geonames.py --n 200           # every target
    .venv/bin/python bench/fuzz_geonames.py --n 20 killed     # some
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "store"))
sys.path.insert(0, str(ROOT / "tests" / "geo"))

import fuzz_inputs  # noqa: E402
from fuzz_inputs import STATS, run_cli, target  # noqa: E402
from geonames_files import ADMIN1, PLACES, geoname_line  # noqa: E402

BASE = ""  # the index every case starts from (made once in main)

CELL = st.one_of(st.text(max_size=12), st.sampled_from([
    "", " ", "\t", "-1", "0", "1e3", "nan", "inf", "-inf", "91", "-180.0001", "1_000", "١٢",
    "9" * 30, "\x00", "\ufeff1", "Ḩamāh", "a" * 100_000, "#x", "x,y,,z", "\u2028", "\r"]))
GEONAME_ROW = st.one_of(
    st.sampled_from(PLACES).map(lambda r: geoname_line(r).rstrip("\n").split("\t")),
    st.tuples(st.sampled_from(PLACES), st.integers(0, 18), CELL).map(
        lambda t: _set(geoname_line(t[0]).rstrip("\n").split("\t"), t[1], t[2])),
    st.lists(CELL, max_size=21))
ADMIN_ROW = st.one_of(
    st.sampled_from(ADMIN1).map(lambda r: list(map(str, r))),
    st.tuples(st.sampled_from(ADMIN1), st.integers(0, 3), CELL).map(
        lambda t: _set(list(map(str, t[0])), t[1], t[2])),
    st.lists(CELL, max_size=5))
ALTERNATE_ROW = st.one_of(
    st.tuples(st.integers(1, 10**6), st.sampled_from([p[0] for p in PLACES]),
              st.sampled_from(["en", "ar", "", "link", "abbr"]), CELL,
              st.sampled_from(["", "1"])).map(
        lambda t: [str(t[0]), str(t[1]), t[2], t[3], t[4], "", "", "", "", ""]),
    st.lists(CELL, max_size=11))
ENCODING = st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1", "crlf", "cr"])
CONTAINER = st.sampled_from(["txt", "txt", "zip", "zip", "zip-wrong-member", "zip-extra",
                             "zip-cut", "zip-garbled", "zip-garbled-header",
                             "zip-empty-member", "zip-readme-only", "empty", "folder"])
FILE = st.tuples(st.sampled_from(["geoname", "admin1", "admin2", "alternate"]),
                 st.lists(st.one_of(GEONAME_ROW, ADMIN_ROW, ALTERNATE_ROW), max_size=6),
                 ENCODING, CONTAINER)


def _set(fields: list[str], i: int, value: str) -> list[str]:
    fields[i % len(fields)] = value
    return fields


def encode(rows: list[list[str]], encoding: str) -> bytes:
    newline = {"crlf": "\r\n", "cr": "\r"}.get(encoding, "\n")
    text = "".join("\t".join(r) + newline for r in rows)
    codec = encoding if encoding not in ("crlf", "cr") else "utf-8"
    return text.encode(codec, errors="surrogatepass" if codec.startswith("utf") else "replace")


def write(folder: Path, name: str, data: bytes, container: str) -> Path:
    """`data` as the file `name` (a .txt name) in the generated container."""
    member = Path(name).name
    if container == "txt":
        path = folder / name
    else:
        path = folder / Path(name).with_suffix(".zip")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():  # the same file named twice: the first one stays
        return path
    if container == "txt":
        path.write_bytes(data)
    elif container == "empty":
        path.write_bytes(b"")
    elif container == "folder":
        path.mkdir()
    else:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            if container == "zip-wrong-member":
                archive.writestr("other.txt", data)
            elif container == "zip-empty-member":
                archive.writestr(member, b"")
            elif container == "zip-readme-only":
                archive.writestr("readme.txt", b"about")
            else:
                archive.writestr(member, data)
                if container == "zip-extra":
                    archive.writestr("readme.txt", b"about these files\n")
                    archive.writestr("notes/extra.txt", data[:50])
        raw = path.read_bytes()
        if container == "zip-cut":
            path.write_bytes(raw[:max(1, len(raw) // 2)])
        elif container.startswith("zip-garbled") and len(raw) > 60:
            # the data, or the central directory's header fields (version, method, sizes)
            middle = len(raw) // 2 if container == "zip-garbled" else \
                raw.rindex(b"PK\x01\x02") + 4 + len(raw) % 20
            path.write_bytes(raw[:middle] + bytes(b ^ 0x5A for b in raw[middle:middle + 8])
                             + raw[middle + 8:])
    return path


NAMES = {"geoname": "SY.txt", "admin1": "admin1CodesASCII.txt", "admin2": "admin2Codes.txt",
         "alternate": "alternatenames/SY.txt"}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def check_index(index: Path) -> None:
    """The index opens and still finds a place every case's base holds."""
    out = run_cli(["gazetteer", "--index", str(index), "lookup", "Aleppo", "--json"], ok=(0,))
    assert '"Aleppo"' in out, out[:300]


@target(st.lists(FILE, min_size=1, max_size=4), st.sampled_from(["import", "from", "from-SY"]))
def files(specs, how):
    with tempfile.TemporaryDirectory(dir=".") as tmp:
        folder, index = Path(tmp) / "dl", Path(tmp) / "index.sqlite"
        folder.mkdir()
        shutil.copyfile(BASE, index)
        before = digest(index)
        paths = []
        for kind, rows, encoding, container in specs:
            paths.append(write(folder, NAMES[kind], encode(rows, encoding), container))
        if how == "import":
            argv = ["import", "--quiet", *map(str, dict.fromkeys(paths))]
        else:
            argv = ["download", "--quiet", "--from", str(folder)] + (["SY"] if how == "from-SY"
                                                                      else [])
        status, err = status_of(["gazetteer", "--index", str(index), *argv])
        assert not leftovers(Path(tmp)), leftovers(Path(tmp))
        STATS[f"files exit {status}"] = STATS.get(f"files exit {status}", 0) + 1
        if status != 0:
            assert digest(index) == before, "a failed import changed the index"
            assert err.count("\n") <= 2 and "error" in err, err[:500]
            assert str(folder) in err or str(Path(tmp)) in err, err[:500]
        else:
            assert not stray_characters(index), stray_characters(index)
        check_index(index)


def stray_characters(index: Path) -> list:
    """Codes and names holding a BOM or a line end: a file's framing stored as data."""
    con = sqlite3.connect(index)
    try:
        return [row for table, column in (("admin1", "code"), ("admin2", "code"),
                                          ("admin1", "geonameid"), ("places", "name"),
                                          ("places", "population"))
                for row in con.execute(
                    f"SELECT {column} FROM {table} WHERE CAST({column} AS TEXT) GLOB "
                    "'*[\ufeff\r\n]*'")]
    finally:
        con.close()


def status_of(argv: list[str]) -> tuple[int, str]:
    import contextlib
    import io

    from eventdesk.cli import main as cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli(argv)
        except SystemExit as exc:
            status = exc.code
    assert status in (0, 1, 2), (status, err.getvalue()[-800:])
    assert "Traceback" not in err.getvalue(), err.getvalue()[-800:]
    return status, err.getvalue()


@target(st.floats(0.05, 1.1), st.sampled_from([signal.SIGKILL, signal.SIGTERM, signal.SIGINT]),
        st.booleans())
def killed(share, how, zipped):
    """An import of a large file killed after `share` of the time a whole one takes: the
    index stays the old one (or the new one whole) and opens; the next import of the same
    file finishes and leaves no temporary copy behind."""
    with tempfile.TemporaryDirectory(dir=".") as tmp:
        index = Path(tmp) / "index.sqlite"
        shutil.copyfile(BASE, index)
        before = digest(index)
        rows = [geoname_line((10_000_000 + i, f"Qaryat {i}", f"Qaryat {i}", f"Q{i},Qr {i}",
                              30 + i % 50 / 10, 40 + i % 70 / 10, "P", "PPL", "SY", "09", i))
                for i in range(60_000)]
        path = write(Path(tmp), "SY.txt", "".join(rows).encode(), "zip" if zipped else "txt")
        argv = [sys.executable, "-m", "eventdesk", "gazetteer", "--index", str(index),
                "import", "--quiet", str(path)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        began = time.perf_counter()
        process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        time.sleep(share * WHOLE.get("seconds", 10.0))
        process.send_signal(how)
        _, err = process.communicate(timeout=300)
        if process.returncode == 0:
            WHOLE["seconds"] = time.perf_counter() - began
        STATS[f"killed exit {process.returncode}"] = STATS.get(
            f"killed exit {process.returncode}", 0) + 1
        assert "Traceback" not in err, err[-800:]
        if process.returncode != 0:
            assert digest(index) == before, "a killed import changed the index"
        check_index(index)
        finished = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600)
        assert finished.returncode == 0, finished.stderr[-800:]
        assert not leftovers(Path(tmp)), leftovers(Path(tmp))
        check_index(index)


WHOLE: dict[str, float] = {}  # how long a whole import of killed's file took


TARGETS = {f.__name__: f for f in (files, killed)}


@contextlib.contextmanager
def _gazetteers():
    """A scratch folder with its own default gazetteer and home, and the base index the
    cases import into."""
    global BASE
    with fuzz_inputs.scratch_folder() as folder:
        os.environ["EVENTDESK_GAZETTEER"] = str(folder / "default-gazetteer.sqlite")
        os.environ["EVENTDESK_HOME"] = str(folder)
        from geonames_files import import_places

        BASE = str(import_places(folder / "base", [
            (gid, name, *rest) for gid, name, _, *rest in PLACES], ADMIN1))
        yield


def main(argv: list[str] | None = None) -> int:
    return fuzz_inputs.fuzz_main(__doc__, TARGETS, 100, argv, _gazetteers)


if __name__ == "__main__":
    sys.exit(main())
