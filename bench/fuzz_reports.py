"""Generated report text through the real pipeline, composed from the pieces news is written
in (tests/report_text.py: datelines of many shapes, "60 km east of X", "X, north of Y",
lists of places, quoted retellings, headlines, ticker lines, Unicode and right-to-left
names, zero-width characters, "1e9" dead, "30 February", very long and blank sentences),
aimed at the stages bench/fuzz.py's hostile fragments rarely reach (the preamble, place
measures and anchors, list splitting, retellings, the learned vetting). Targets: `code`
(`Pipeline.pipe`: no failure at all, every record sound by `report_text.invariant_problems`),
`parse` (`Pipeline.parse`, with and without the learned stages: no exception), and `cli`
(a file of several such reports and one bad one through `extract` and `ingest`: exit 1,
the bad one named with its code, every other report's events written and stored). Failures
are collected and printed once per distinct cause. Not part of CI (tests/
test_report_shapes.py runs a small fixed budget): run it by hand with EVENTDESK_GAZETTEER set.

    .venv/bin/python bench/fuzz_reports.py --n 300            # every target
    .venv/bin/python bench/fuzz_reports.py --n 100 code
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import fuzz_inputs  # noqa: E402
from fuzz_inputs import run_cli, target  # noqa: E402
from report_text import PUBLISHED, TITLE, invariant_problems, report  # noqa: E402

import eventdesk  # noqa: E402
from eventdesk.records import Document  # noqa: E402


@target(report(noise=True), PUBLISHED, TITLE)
def code(text, published, title):
    [result] = eventdesk.load().pipe([Document(text=text, doc_id="gen", published=published,
                                               title=title, outlet=title)])
    assert result.failure is None, result.failure
    for event in result.events:
        problems = invariant_problems(event, text, published)
        assert not problems, (problems, event)


@target(report(noise=True), PUBLISHED, st.booleans(), st.booleans())
def parse(text, published, classifier, vetting):
    if not text.strip():
        return
    doc = eventdesk.load().parse(Document(text=text, doc_id="gen", published=published),
                                 classifier=classifier, vetting=vetting)
    assert doc.text == text


@target(st.lists(st.tuples(report(), PUBLISHED), min_size=1, max_size=4), st.integers(0, 4),
        st.sampled_from(["0001-01-01", "\ud800", "not a date"]))
def cli(reports, bad_at, how):
    """Reports and one bad one (a date out of range, a lone surrogate) in one file: the bad
    one is named with its file and line and skipped, every other report is written and
    stored (exit 0, or 1 when one failed: none may)."""
    lines = [{"doc_id": f"r{k}", "text": text,
              "published": published.isoformat() if published else None}
             for k, (text, published) in enumerate(reports)]
    bad = {"doc_id": "bad", "text": "Gunmen killed two civilians in Homs.",
           "published": "2014-05-10"}
    if how == "\ud800":
        bad["text"] += how  # a lone surrogate: not a text
    else:
        bad["published"] = how
    at = bad_at % (len(lines) + 1)
    lines.insert(at, bad)
    with tempfile.TemporaryDirectory() as folder:
        path, out = Path(folder) / "in put.jsonl", Path(folder) / "out.jsonl"
        db = Path(folder) / "events.sqlite"
        path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
        for argv in (["extract", str(path), "--format", "jsonl", "-o", str(out)],
                     ["ingest", str(path), "--db", str(db), "-q"]):
            _, err = run_cli(argv, ok=(0,), with_err=True)
            assert f"{path}:{at + 1}:" in err, err
        # a report the reader refuses (not English) is named with its line, as the bad one
        named = {line["doc_id"] for n, line in enumerate(lines, 1) if f"{path}:{n}:" in err}
        written = [json.loads(row) for row in out.read_text(encoding="utf-8").splitlines()]
        with sqlite3.connect(db) as conn:
            stored = {row[0] for row in conn.execute("SELECT doc_id FROM documents")}
            failed = conn.execute("SELECT doc_id, code FROM failures").fetchall()
            events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        firsts = {}  # one report a text and day: the store keeps the first
        for line in lines:
            if line["doc_id"] != "bad" and line["text"].strip():
                firsts.setdefault((line["text"], line["published"]), line["doc_id"])
        assert stored == set(firsts.values()) - named, (stored, firsts, err)
        assert failed == [] and "bad" not in {row["doc_id"] for row in written}, failed
        assert len(written) >= events, (len(written), events)


@target(st.lists(st.tuples(report(), st.sampled_from([".txt", ".html", ".htm", ".TXT"])),
                min_size=1, max_size=4),
        st.sampled_from([b"\x00\x01\x02" * 50, b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
                         b"<html><body></body></html>", b"   \n\t\n"]),
        st.sampled_from(["2014-05-10", "2024-02-29"]))
def folder(reports, junk, published):
    """A folder of reports as text and HTML files and one that holds no report (binary,
    empty): `ingest` names that file and stores every report of the others."""
    from html import escape

    with tempfile.TemporaryDirectory() as root:
        inputs, db = Path(root) / "in puts", Path(root) / "events.sqlite"
        inputs.mkdir()
        expected = set()
        for k, (text, suffix) in enumerate(reports):
            path = inputs / f"r{k}{suffix}"
            if suffix.startswith(".htm"):
                path.write_text(f"<html><body><p>{escape(text)}</p></body></html>",
                                encoding="utf-8")
            else:
                path.write_text(text, encoding="utf-8")
            if text.strip(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029\u200b\ufeff\x00"):
                expected.add(path.name)
        (inputs / "junk.txt").write_bytes(junk)
        _, err = run_cli(["ingest", str(inputs), "--db", str(db), "--published", published,
                          "-q"], ok=(0, 1), with_err=True)
        assert "junk.txt" in err, err
        with sqlite3.connect(db) as conn:
            stored = {Path(row[0]).name for row in conn.execute(
                "SELECT source_path FROM documents")}
            failed = conn.execute("SELECT doc_id, code FROM failures").fetchall()
        assert failed == [], failed
        # a report not stored is named, or the same text as one stored (the store's one copy)
        texts = {name: reports[int(name[1:].split(".")[0])][0] for name in expected}
        missing = {n for n in expected - stored if n not in err
                   and texts[n] not in {texts.get(m) for m in stored}}
        assert not missing, (missing, err)


TARGETS = {f.__name__: f for f in (code, parse, cli, folder)}


@contextlib.contextmanager
def _timed():
    """The real pipeline, loaded before the clock starts; the time the cases took."""
    eventdesk.load()
    started = dt.datetime.now()
    yield
    print(f"{(dt.datetime.now() - started).total_seconds():.0f} s")


def main(argv: list[str] | None = None) -> int:
    return fuzz_inputs.fuzz_main(__doc__, TARGETS, 300, argv, _timed)


if __name__ == "__main__":
    sys.exit(main())
