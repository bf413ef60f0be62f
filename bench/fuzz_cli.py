"""Generated input through the CLI with the real pipeline (bench/fuzz_inputs.py, fuzz_edges.py
and fuzz_surfaces.py code with stand-ins): real reports from bench/data mutated (odd
publication dates, huge, negative and non-ASCII numbers, control and bidi characters, odd
ids, outlets and titles), saved as JSON Lines, CSV, text or HTML in an encoding of its own
(or two in one file) under a name with spaces, then `extract` (`--jobs 1` or 2, an odd
`--published`), `ingest` → `events`, and two `ingest`s into one store at once
(`together`). Each case must exit 0 or 1 with no traceback, output that parses, every
stored event sound against its stored report (`records.event_problems`), and two ingests
at once must store what they store one after the other. Not part of CI: run it by hand
with EVENTDESK_GAZETTEER set.

    .venv/bin/python bench/fuzz_cli.py --n 100            # every target
    .venv/bin/python bench/fuzz_cli.py --n 50 extract
"""

from __future__ import annotations

import csv
import io
import json
import sys
import tempfile
from pathlib import Path

import fuzz_inputs
from fuzz_inputs import STATS, check_output, run_cli, target
from hypothesis import strategies as st

from eventdesk.records import Event, event_problems

ROOT = Path(__file__).resolve().parent.parent
REPORTS = [json.loads(line) for line in (ROOT / "bench" / "data" / "multi_event_reports.jsonl")
           .read_text(encoding="utf-8").splitlines()[:8]]
ODD_DATE = st.sampled_from([
    None, "", "2014-02-30", "0000-01-01", "0001-01-01", "9999-12-31", "99999-01-01", "-1",
    "2014-13-01T25:00:00", "2014-05-10T08:00:00+14:00", "1970-01-01", "1850-06-01",
    "٢٠١٤-٠٥-١٠", "10/05/2014", "May 10", "2014-05-10\x00", 20140510, -1, 1e308, True,
    [2014, 5, 10], {"y": 2014}])
INSERT = st.sampled_from([
    " killing 99999999999999999999 people", " killing -5 people", " killing 1e400 people",
    " killing ١٢ people", " killing twelve thousand million people", " \x00", " \x1b[31m",
    "\u200b", "\u202e", "\u0301\u0301\u0301", " 🙂", " \ufffd", "\r", "\x85", "\u2028",
    " " + "x" * 400, " killed" * 60, " on 31 February", " on 30/02/2014", " in 2014-99-99",
    "\t\t\t", " \"quoted\" ", " a,b;c"])
ODD_FIELD = st.one_of(st.none(), st.sampled_from([
    "", " ", "a\nb", "../x", "\u202e", "x" * 3000, 0, -1, 2**70, 1.5, [1], "🙂", "\x00"]))
RECORD = st.fixed_dictionaries({
    "report": st.integers(0, len(REPORTS) - 1),
    "published": st.one_of(st.just("as reported"), st.just("as reported"), ODD_DATE),
    "inserts": st.lists(st.tuples(st.integers(0, 10**6), INSERT), max_size=3),
    "doc_id": ODD_FIELD, "outlet": ODD_FIELD, "title": ODD_FIELD})
FILE = st.tuples(st.lists(RECORD, min_size=1, max_size=3),
                 st.sampled_from(["jsonl", "csv", "txt", "html"]),
                 st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "mixed"]))
NAME = st.sampled_from(["in", "my reports", "رپورٹ", "a  b", "-x", "r.e.p"])
PUBLISHED = st.one_of(st.none(), st.none(), st.just("2014-05-10"), st.sampled_from([
    "2014-02-30", "0001-01-01", "", "yesterday", "9999-12-31"]))


def record(spec: dict) -> dict:
    real = REPORTS[spec["report"]]
    text = real["text"]
    for at, piece in spec["inserts"]:
        k = at % (len(text) + 1)
        text = text[:k] + piece + text[k:]
    published = spec["published"]
    out = {"text": text,
           "published": real.get("published") if published == "as reported" else published}
    for name in ("doc_id", "outlet", "title"):
        out[name] = spec[name] if spec[name] is not None else real.get(name)
    return out


def render(records: list[dict], kind: str, encoding: str) -> bytes:
    if kind == "jsonl":
        lines = [json.dumps(r, ensure_ascii=False) for r in records]
    elif kind == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, ["text", "doc_id", "published", "outlet", "title"])
        writer.writeheader()
        writer.writerows(records)
        lines = [buffer.getvalue()]
    elif kind == "html":
        lines = [f"<html><body><h1>{records[0]['title']}</h1><p>{records[0]['text']}</p>"]
    else:
        lines = ["\n\n".join(r["text"] for r in records)]
    if encoding == "mixed":  # a file saved by two tools: its first line UTF-8, the rest cp1252
        head, *rest = "\n".join(lines).split("\n", 1) + [""]
        return (head.encode("utf-8", "replace") + b"\n"
                + "".join(rest).encode("cp1252", "replace"))
    return "\n".join(lines).encode(encoding, "replace")


@target(FILE, NAME, PUBLISHED, st.sampled_from(["jsonl", "csv", "json"]),
        st.sampled_from([1, 1, 2]))
def extract(file, name, published, fmt, jobs):
    records, kind, encoding = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.{kind}"
        path.write_bytes(render([record(r) for r in records], kind, encoding))
        argv = ["extract", str(path), "--format", fmt, "--jobs", str(jobs)]
        text = run_cli(argv + ([f"--published={published}"] if published is not None else []),
                       ok=(0, 1, 2))
        check_output(text, fmt)
        STATS[f"extract: {'events' if text.strip() else 'no output'}"] += 1


@target(FILE, NAME)
def ingest(file, name):
    from eventdesk.store import ClusterFilter, Store

    records, kind, encoding = file
    with tempfile.TemporaryDirectory() as folder:
        path, db = Path(folder) / f"{name}.{kind}", str(Path(folder) / "s t.sqlite")
        path.write_bytes(render([record(r) for r in records], kind, encoding))
        run_cli(["ingest", str(path), "--db", db, "-q"], ok=(0, 1))
        check_output(run_cli(["events", "--db", db, "--raw", "--format", "jsonl"], ok=(0,)),
                     "jsonl")
        with Store.open(db, readonly=True) as store:
            texts: dict[str, list[str]] = {}
            for r in store._query("SELECT doc_id, text FROM documents"):
                texts.setdefault(r["doc_id"], []).append(r["text"])
            for row in store.iter_events(ClusterFilter(limit=10_000)):
                event = Event.from_dict(row)
                problems = [event_problems(event, text) for text in texts[event.doc_id]]
                assert [] in problems, (event.doc_id, problems)
                STATS["ingest: events checked"] += 1


def _ingest_quietly(path: str, db: str) -> None:
    """A forked process: `ingest` with the model its parent loaded; its status as exit code."""
    import contextlib
    import os

    with contextlib.redirect_stderr(io.StringIO()) as err:
        status = fuzz_inputs.cli(["ingest", path, "--db", db, "-q"])
    os._exit(status if status in (0, 1) and "Traceback" not in err.getvalue() else 99)


@target(st.lists(FILE, min_size=2, max_size=2), st.booleans())
def together(files, same):
    """Two `ingest`s into one store at once (the same file or two): both finish with 0 or 1,
    and the store holds each report a single ingest stores, once."""
    import multiprocessing

    from eventdesk.store import Store

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for k, (records, kind, encoding) in enumerate(files[:1] * 2 if same else files):
            path = Path(folder) / f"in {k}.{kind}"
            path.write_bytes(render([record(r) for r in records], kind, encoding))
            paths.append(str(path))
        db = str(Path(folder) / "shared.sqlite")
        fork = multiprocessing.get_context("fork")
        writers = [fork.Process(target=_ingest_quietly, args=(p, db)) for p in paths]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join(300)
        assert [w.exitcode for w in writers if w.exitcode not in (0, 1)] == [], \
            [w.exitcode for w in writers]
        alone = str(Path(folder) / "alone.sqlite")
        for path in paths:
            run_cli(["ingest", path, "--db", alone, "-q"], ok=(0, 1))
        hashes = []
        for name in (db, alone):
            if not Path(name).exists():
                hashes.append(None)
                continue
            with Store.open(name, readonly=True) as store:
                hashes.append(sorted(r["content_hash"] for r in store._query(
                    "SELECT content_hash FROM documents")))
        assert hashes[0] == hashes[1], (len(hashes[0] or []), len(hashes[1] or []))
        STATS["together: reports stored"] += len(hashes[0] or [])


TARGETS = {f.__name__: f for f in (extract, ingest, together)}


def main(argv: list[str] | None = None) -> int:
    return fuzz_inputs.fuzz_main(__doc__, TARGETS, 50, argv)


if __name__ == "__main__":
    sys.exit(main())
