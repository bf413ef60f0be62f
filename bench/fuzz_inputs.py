"""Generated input through every way into eventdesk but the coding itself (bench/fuzz.py does
that): the readers (each file format, stdin), `extract` and `ingest` → `events` end to end
with a stand-in pipeline, and `events`' options. Each case must give Documents or problems
naming their file on one line, exit statuses 0, 1 or 2, parseable output, and no traceback
or stray warning on standard error. Failures are collected (not shrunk) and printed once per
distinct cause. Not part of CI: run it by hand.

    .venv/bin/python bench/fuzz_inputs.py --n 300                 # every target
    .venv/bin/python bench/fuzz_inputs.py --n 1000 files stdin    # some
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import functools
import gzip
import io
import json
import os
import re
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "store"))

import eventdesk  # noqa: E402
from eventdesk.cli import main as cli  # noqa: E402
from eventdesk.io import InputProblem, count_documents, read_documents  # noqa: E402
from eventdesk.records import Document, DocumentResult, Event  # noqa: E402

REPORT = ("Syrian troops shelled the district of al-Khalidiya in Homs on Saturday, killing "
          "five people.")
TEXT = st.one_of(st.text(max_size=30), st.sampled_from([
    REPORT, "\ufeff" + REPORT, "\x00", "\r\n", "\r", "\u2028", "\ud800", "\udcff", "é" * 3,
    "x" * 3000, "\u202e", "{", "[", "<html><body><p>" + REPORT, ",", '"', "\t"]))
BIG = st.sampled_from(["y" * 140_000, "é" * 70_000, '"' * 1000, "a,b\nc"])
FORMATS = st.sampled_from(["table", "json", "jsonl", "csv", "geojson"])
RECORD = st.dictionaries(
    st.sampled_from(["text", "id", "doc_id", "published", "url", "title", "outlet"]),
    st.one_of(TEXT, st.integers(), st.none(), st.floats(), st.lists(st.integers(), max_size=2)),
    max_size=5).map(lambda d: {"text": REPORT, **d} if len(d) % 2 else d)
CONTENT = st.tuples(
    st.one_of(st.tuples(st.lists(RECORD, max_size=5), st.sampled_from(["jsonl", "json", "csv"])),
              st.tuples(st.lists(TEXT, max_size=6), st.just("raw"))),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1",
                     "cp1252"]),
    st.sampled_from([b"", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\r\n", b"\x1f\x8b"]),
    st.sampled_from(["", "\r\n", "\n\n", "\x00"]))
OPTION_VALUES = st.one_of(st.text(max_size=12), st.sampled_from([
    "Syria", "\udcff", "2014-02-30", "0", "-1", "99999999999999999999", "%", "_", "\x00",
    "2013-07-06", "", " ", "Battles"]))
OPTIONS = ["--country", "--admin1", "--type", "--sub-type", "--since", "--until", "--actor",
           "--min-sources", "--limit"]

cases: dict[str, int] = {}
STATS: Counter = Counter()  # a target's own counts, printed by report_failures
failures: list[tuple[str, str, str]] = []


def render(content) -> bytes:
    (items, kind), encoding, prefix, separator = content
    if kind == "jsonl":
        text = (separator or "\n").join(json.dumps(r, ensure_ascii=False) for r in items)
    elif kind == "json":
        text = json.dumps(items if len(items) != 1 else items[0], ensure_ascii=False, indent=2)
    elif kind == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        columns = sorted({k for r in items for k in r}) or ["text"]
        writer.writerow(columns)
        writer.writerows([str(r.get(c, "")) for c in columns] for r in items)
        text = buffer.getvalue()
    else:
        text = separator.join(items)
    errors = "surrogatepass" if encoding.startswith("utf") else "replace"
    return prefix + text.encode(encoding, errors=errors)


def warc(body: bytes, length_error: int = 0, url: str = "http://x.test/a") -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: "
            + url.encode("utf-8", "surrogatepass") + b"\r\nContent-Type: application/http; "
            b"msgtype=response\r\nContent-Length: "
            + str(max(0, len(http) + length_error)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")


def check_items(items: list, name: str) -> None:
    for item in items:
        assert isinstance(item, Document | InputProblem), item
        if isinstance(item, InputProblem):
            assert name in item.path and item.message and "\n" not in item.message, item
        else:
            for value in (item.text, item.doc_id, item.outlet, item.url, item.title):
                if value is not None:
                    value.encode("utf-8")
            assert item.text.strip()


def read_file(name: str, data: bytes) -> None:
    """`data` as a file called `name` through the reader and the progress count."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        with contextlib.redirect_stderr(io.StringIO()) as err:
            check_items(list(read_documents([str(path)])), str(path))
            count_documents([str(path)])
        assert err.getvalue() == "", err.getvalue()


_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def run_cli(argv: list[str], ok: tuple[int, ...], *, with_err: bool = False):
    """The command's standard output (and error, `with_err`), its status one of `ok`."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli(argv)
        except SystemExit as exc:  # argparse
            status = exc.code
    assert status in ok, (status, err.getvalue())
    assert "Traceback" not in err.getvalue()
    # an input's name or text printed raw could clear or recolour the terminal
    assert not _RAW_CONTROL.search(err.getvalue()), err.getvalue()
    return (out.getvalue(), err.getvalue()) if with_err else out.getvalue()


def check_output(text: str, fmt: str) -> None:
    """Output that parses in its format (none at all when no report could be read)."""
    if not text:
        return
    if fmt in ("json", "geojson"):
        json.loads(text)
    elif fmt == "jsonl":
        [json.loads(line) for line in text.splitlines()]
    elif fmt == "csv":
        list(csv.reader(io.StringIO(text)))


class StandIn:
    """Codes each report as one event made of its own fields (odd names, places, URLs)."""

    version = "fuzz-1"

    def pipe(self, documents, *, n_process=1, batch_size=16):
        for d in documents:
            end = max(0, d.text.find(" ")) + 5
            yield DocumentResult(d, [Event(
                event_type="Battles", sub_event_type="Armed clash", doc_id=d.doc_id,
                evidence=d.text[:end], evidence_start=0, evidence_end=end,
                event_date=d.published, country=d.title or "Syria", location=d.outlet,
                latitude=1.0 if len(d.text) % 2 else None, longitude=2.0, actor1=d.url)])


class Coder:
    """One event a report (its first words, placed or not, as the store accepts), and an
    exception for a report that says FAIL: a worker failing on one document."""

    version = "fuzz-1"

    def pipe(self, documents, *, n_process=1, batch_size=16):
        for d in documents:
            if "FAIL" in d.text:
                raise RuntimeError(f"the coder broke on {d.doc_id}")
            end = min(len(d.text), 40)
            placed = len(d.text) % 2 == 1
            yield DocumentResult(d, [Event(
                event_type="Battles", sub_event_type="Armed clash", doc_id=d.doc_id,
                evidence=d.text[:end], evidence_start=0, evidence_end=end,
                event_date=d.published, country="Syria", location=d.outlet,
                latitude=34.7 if placed else None, longitude=36.7 if placed else None,
                actor1=d.title)])


def target(*strategies):
    """A fuzz target: each generated case counted, its exception kept as a failure."""
    def wrap(check):
        @functools.wraps(check)
        def case(*values, **named):
            cases[check.__name__] = cases.get(check.__name__, 0) + 1
            try:
                check(*values, **named)
            except Exception as exc:  # noqa: BLE001 - every failure is collected
                failures.append((check.__name__, repr(named or values)[:4000],  # to replay it
                                 "".join(traceback.format_exception(exc))[-1500:]))
        return given(*strategies)(case)
    return wrap


@target(CONTENT, st.sampled_from([".jsonl", ".json", ".csv", ".html", ".txt", "", ".jsonl.gz",
                                  ".warc", ".warc.gz", ".JSONL"]), st.integers(-6, 6), TEXT)
def files(content, suffix, length_error, url):
    data = render(content)
    if suffix.startswith(".warc"):
        data = warc(data, length_error, url)
    read_file(f"in{suffix}", gzip.compress(data) if suffix.endswith(".gz") else data)


@target(CONTENT, st.sampled_from([".jsonl.gz", ".warc.gz", ".warc", ".jsonl", ".html", ".csv"]),
        st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=6)),
                 min_size=1, max_size=3))
def damaged(content, suffix, hits):
    data = render(content) * 5
    if suffix.startswith(".warc"):
        data = warc(data) * 3
    data = bytearray(gzip.compress(data, mtime=0) if suffix.endswith(".gz") else data)
    for at, junk in hits:
        k = at % max(1, len(data))
        data[k:k + len(junk)] = junk
    read_file(f"in{suffix}", bytes(data))


@target(st.lists(st.lists(st.one_of(TEXT, BIG, st.sampled_from(
    ['"unclosed', 'a""b', '"q"x', "Text", "TEXT", "text", "id", ""])), min_size=1, max_size=4),
    min_size=1, max_size=4), st.sampled_from([",", ";", "\t"]), st.booleans())
def csv_cells(rows, delimiter, header):
    lines = ([["text", "id"]] if header else []) + rows
    read_file("in.csv", "\r\n".join(delimiter.join(r) for r in lines).encode(
        "utf-8", "surrogatepass"))


@target(CONTENT)
def stdin(content):
    real = sys.stdin
    sys.stdin = type("Stdin", (), {"buffer": io.BufferedReader(io.BytesIO(render(content)))})()
    try:
        check_items(list(read_documents(["-"])), "-")
    finally:
        sys.stdin = real


@target(CONTENT, FORMATS, st.booleans(), st.booleans())
def extract(content, fmt, to_file, placed_only):
    with tempfile.TemporaryDirectory() as folder:
        path, out = Path(folder) / "in.jsonl", Path(folder) / f"out.{fmt}"
        path.write_bytes(render(content))
        text = run_cli(["extract", str(path), "--format", fmt]
                       + (["-o", str(out)] if to_file else [])
                       + (["--placed-only"] if placed_only else []), ok=(0, 1))
        check_output(out.read_text() if to_file and out.exists() else text, fmt)


@target(st.lists(st.tuples(st.sampled_from(OPTIONS), OPTION_VALUES), max_size=4), st.booleans(),
        FORMATS)
def events(options, raw, fmt):
    argv = ["events", "--db", STORE, "--format", fmt] + (["--raw"] if raw else [])
    text = run_cli(argv + [f"{o}={v}" for o, v in options], ok=(0, 1, 2))
    check_output(text, fmt)


@target(st.lists(RECORD, min_size=1, max_size=6), FORMATS, st.booleans())
def ingest(records, fmt, raw):
    with tempfile.TemporaryDirectory() as folder:
        path, db = Path(folder) / "in.jsonl", str(Path(folder) / "events.sqlite")
        path.write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode(
            "utf-8", "surrogatepass"))
        run_cli(["ingest", str(path), "--db", db, "-q"], ok=(0, 1))
        if os.path.exists(db):
            check_output(run_cli(["events", "--db", db, "--format", fmt]
                                 + (["--raw"] if raw else []), ok=(0,)), fmt)


TARGETS = {f.__name__: f for f in (files, damaged, csv_cells, stdin, extract, events, ingest)}
STORE = ""


def run_targets(targets: dict, names, n: int) -> None:
    """Each named target for `n` generated cases, its count of cases and failures printed."""
    for name in names or targets:
        settings(max_examples=n, deadline=None, database=None, phases=[Phase.generate],
                 suppress_health_check=list(HealthCheck))(targets[name])()
        print(f"{name}: {cases.get(name, 0)} cases, "
              f"{sum(f[0] == name for f in failures)} failed", flush=True)


def report_failures() -> int:
    """The targets' own counts (STATS, by name), each distinct failure once (by target and
    last line of its trace), then the totals; the exit status: 1 when any case failed."""
    for what, n in sorted(STATS.items()):
        print(f"{what}: {n}")
    shown = set()
    for name, values, trace in failures:
        cause = (name, trace.strip().splitlines()[-1][:120])
        if cause not in shown:
            shown.add(cause)
            print(f"{'=' * 70}\n{name} {values}\n{trace}")
    print(f"total: {sum(cases.values())} cases, {len(failures)} failed, {len(shown)} distinct")
    return 1 if failures else 0


def fuzz_main(doc: str, targets: dict, n: int, argv: list[str] | None = None,
              setup=contextlib.nullcontext) -> int:
    """Every fuzzer's command line: the targets named (all by default), `--n` cases each
    (default `n`), run inside `setup()` (a context manager: its stubs, folder or store),
    then each distinct failure printed; the exit status, 1 when any case failed."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("targets", nargs="*", choices=[[], *targets], default=[],
                        help="which (default: all)")
    parser.add_argument("--n", type=int, default=n, help=f"cases per target (default {n})")
    args = parser.parse_args(argv)
    with setup():
        run_targets(targets, args.targets, args.n)
    return report_failures()


@contextlib.contextmanager
def scratch_folder():
    """An empty temporary folder made the current one, with its own default store: a
    command without --db writes here, not the user's store, and a path read as the current
    folder reads this empty one."""
    home = os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["EVENTDESK_DB"] = str(Path(folder) / "default.sqlite")
        os.chdir(folder)
        try:
            yield Path(folder)
        finally:
            os.chdir(home)


@contextlib.contextmanager
def _readers():
    """The readers and writers are fuzzed here, not the coding: a stand-in coder, a size
    limit the cases reach, and a store of the corpus for `events`."""
    global STORE
    eventdesk.load = StandIn
    os.environ.setdefault("EVENTDESK_MAX_BYTES", "200000")
    with tempfile.TemporaryDirectory() as folder:
        STORE = str(Path(folder) / "corpus.sqlite")
        from store_helpers import load_corpus

        from eventdesk.store import Store

        with Store.open(STORE) as store:
            for document, found, _ in load_corpus():
                store.add(document, found, extractor_version="fuzz-1")
        yield


def main(argv: list[str] | None = None) -> int:
    return fuzz_main(__doc__, TARGETS, 300, argv, _readers)


if __name__ == "__main__":
    sys.exit(main())
