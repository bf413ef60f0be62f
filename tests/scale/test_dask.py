"""A small corpus coded both ways: in one process, and on a local Dask cluster of two worker
processes. The records are the same byte for byte; the store is filled idempotently; a
report that fails is listed and the others are kept; a lost partition is redone alone."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from corpus import build
from distributed import LocalCluster

from eventdesk.cli import main

pytestmark = pytest.mark.slow
DASK = ["--dask", "--workers", "2", "--partition-size", "2"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    return build(tmp_path_factory.mktemp("corpus"))


def _lines(paths) -> list[str]:
    """The records of JSON Lines files, sorted, byte for byte but for `timestamp` (when the
    record was coded: the one column that differs between two runs)."""
    return sorted(re.sub(r', "timestamp": \d+', "", line)
                  for path in paths for line in Path(path).read_text().splitlines())


def _stored(db: Path) -> tuple:
    with sqlite3.connect(db) as conn:
        documents = conn.execute(
            "SELECT doc_id, content_hash, extractor_version, published, url FROM documents"
            " ORDER BY content_hash").fetchall()
        events = conn.execute(
            "SELECT d.content_hash, e.event_type, e.sub_event_type, e.location, e.event_date,"
            " e.evidence_start FROM events e JOIN documents d ON d.id = e.document_id"
            " ORDER BY 1, 6, 2").fetchall()
        failures = conn.execute("SELECT doc_id, code FROM failures").fetchall()
    return documents, events, failures


def test_extract_on_dask_gives_the_records_of_one_process(inputs, tmp_path, capsys):
    one = tmp_path / "one.jsonl"
    assert main(["extract", *inputs, "-o", str(one)]) == 1  # the too-long report fails
    single_err = capsys.readouterr().err
    parts = tmp_path / "parts"
    assert main(["extract", *inputs, *DASK, "-o", str(parts)]) == 1
    err = capsys.readouterr().err
    assert "Dask dashboard at http://" in err and "(2 worker(s))" in err
    assert "failed [E001]: too-long: the text is 1,024,000 characters long" in err
    assert "failed [E001]: too-long" in single_err
    events = sorted(parts.glob("part-*.events.jsonl"))
    assert len(events) >= 5  # the folder, slices of the JSON Lines, the gzip'd file, the WARC
    records = _lines(events)
    assert records == _lines([one]) and len(records) > 20
    assert '"doc_id": "https://news.example/aleppo"' in "".join(records)


def test_ingest_on_dask_fills_the_store_once_and_resumes(inputs, tmp_path, capsys):
    single = tmp_path / "single.sqlite"
    assert main(["ingest", *inputs, "--db", str(single), "-q"]) == 1
    capsys.readouterr()
    db = tmp_path / "dask.sqlite"
    assert main(["ingest", *inputs, *DASK, "--db", str(db), "-q"]) == 1
    err = capsys.readouterr().err
    assert "1 report(s) failed" in err and "too-long" in err
    first = _stored(db)
    assert first[2] == [("too-long", "E001")]
    assert first[:2] == _stored(single)[:2] and len(first[0]) == 8
    # A worker lost before finishing one partition: the re-run (on an existing cluster)
    # codes that one alone, and loading everything again neither loses nor duplicates.
    parts = sorted((tmp_path / "dask.sqlite.parts").glob("part-*.documents.jsonl"))
    parts[1].unlink()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address="127.0.0.1:0") as running:
        assert main(["ingest", *inputs, "--scheduler", running.scheduler_address,
                     "--partition-size", "2", "--db", str(db), "-q"]) == 1
    err = capsys.readouterr().err
    assert f"{len(parts) - 1} of {len(parts)} partition(s) were finished by an earlier run" in err
    assert "0 report(s) added" in err
    assert _stored(db) == first


def test_dask_options_are_checked_before_any_work(tmp_path, capsys):
    report = tmp_path / "x.txt"
    report.write_text("Clashes broke out in Homs on Friday.", encoding="utf-8")
    assert main(["extract", str(report), "--dask"]) == 2
    assert "give -o DIR" in capsys.readouterr().err
    assert main(["extract", str(report), "--workers", "2", "-o", str(tmp_path / "out")]) == 2
    assert "--workers sizes the local cluster" in capsys.readouterr().err
    assert main(["ingest", "-", "--dask", "--db", str(tmp_path / "x.sqlite")]) == 2
    assert "standard input (-) cannot be coded on a Dask cluster" in capsys.readouterr().err


def test_the_time_limit_holds_on_dask_workers(tmp_path, monkeypatch, capsys):
    """A Dask worker codes in a task thread, where no SIGALRM can stop a report: a timer
    thread does. A limit no report can meet fails each alone, named, with E015."""
    reports = tmp_path / "in.jsonl"
    reports.write_text("".join(
        f'{{"doc_id": "d{k}", "text": "Gunmen killed {n} civilians in Aleppo on Friday.", '
        f'"published": "2014-05-10"}}\n' for k, n in enumerate(["two", "three", "four"])))
    monkeypatch.setenv("EVENTDESK_REPORT_TIMEOUT", "0.001")  # the local workers inherit it
    assert main(["extract", str(reports), *DASK, "-o", str(tmp_path / "parts")]) == 1
    err = capsys.readouterr().err
    for doc_id in ("d0", "d1", "d2"):
        assert f"failed [E015]: {doc_id}: took longer than 0.001 s to code" in err
    assert "3 of 3 report(s) failed" in err
