"""`ingest` of edited reports and of many failing ones, `events --include-superseded`,
`eventdesk history` and `eventdesk failures`, run in-process; the API's
`include_superseded`."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest
from store_helpers import FakePipeline, make_document, make_event

import eventdesk
from eventdesk.cli import main
from eventdesk.cli.stored import SHOWN_FAILURES

FIRST = "Raiders burned the market of Kessa, killing 2 traders."
SECOND = "Raiders burned the market of Kessa, killing 6 traders, elders said."


@pytest.fixture
def inputs(monkeypatch):
    """PATHs name documents of `docs`; the pipeline codes each with one event (one with a
    latitude the store refuses when its doc_id starts with "bad")."""
    docs: dict[str, object] = {}

    def read_documents(paths, *, published=None):
        for path in paths:
            yield docs[path]

    class Pipeline(FakePipeline):
        def pipe(self, documents, *, n_process=1, batch_size=16):
            for doc in documents:
                event = make_event(doc.doc_id, evidence=doc.text[:17], fatalities=len(doc.text),
                                   latitude=400.0 if doc.doc_id.startswith("bad") else 36.2)
                yield doc, [event]

    monkeypatch.setattr("eventdesk.io.read_documents", read_documents)
    monkeypatch.setattr("eventdesk.io.missing_inputs", lambda paths: [])
    monkeypatch.setattr("eventdesk.io.count_documents", len)
    monkeypatch.setattr(eventdesk, "load", lambda: Pipeline({}))
    return docs


def test_ingest_of_an_edited_report_sets_the_older_version_aside(tmp_path, inputs, capsys):
    db = str(tmp_path / "v.sqlite")
    inputs["new"] = make_document("wire-7", text=SECOND, published=None)
    inputs["old"] = dataclasses.replace(inputs["new"], text=FIRST)
    assert main(["ingest", "old", "--db", db, "-q"]) == 0
    assert main(["ingest", "new", "old", "--db", db, "-q"]) == 0
    err = capsys.readouterr().err
    assert "1 older version(s) of edited reports set aside" in err
    assert "holds 2 report(s) (1 older version(s)), 1 event(s) in 1 cluster(s)" in err
    assert main(["events", "--db", db, "--raw", "--format", "jsonl"]) == 0
    live = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["fatalities"] for r in live] == [len(SECOND)]
    assert main(["events", "--db", db, "--raw", "--include-superseded", "--format",
                 "json"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert sorted((r["fatalities"], r["superseded_by"]) for r in every) == [
        (len(FIRST), "wire-7"), (len(SECOND), None)]
    assert main(["events", "--db", db, "--raw", "--include-superseded", "--format",
                 "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted((int(r["fatalities"]), r["superseded_by"]) for r in rows) == [
        (len(FIRST), "wire-7"), (len(SECOND), "")]
    assert main(["events", "--db", db, "--include-superseded"]) == 2
    assert "--include-superseded needs --raw" in capsys.readouterr().err
    assert main(["history", "wire-7", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "superseded by wire-7" in lines[0] and "live" in lines[1]
    assert main(["history", "wire-8", "--db", db]) == 2
    assert "no stored report has the doc_id or URL 'wire-8'" in capsys.readouterr().err


def test_ingest_lists_the_first_failures_and_stores_them_all(tmp_path, inputs, capsys):
    db = str(tmp_path / "f.sqlite")
    names = [f"bad-{n:02}" for n in range(SHOWN_FAILURES + 5)] + ["good"]
    for name in names:
        inputs[name] = make_document(name, text=f"{name}: {FIRST}")
    assert main(["ingest", *names, "--db", db, "-q"]) == 1
    err = capsys.readouterr().err
    assert f"{SHOWN_FAILURES + 5} report(s) failed" in err
    assert err.count("[E009]") == SHOWN_FAILURES
    assert "bad-19" in err and "bad-20" not in err
    assert f"  … and 5 more; `eventdesk failures --db {db}` lists them all" in err
    assert "Traceback" not in err
    assert main(["failures", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == SHOWN_FAILURES + 5 and all("[E009]" in line for line in out)
    assert main(["failures", "--db", db, "--json"]) == 0
    recorded = json.loads(capsys.readouterr().out)
    assert sorted(f["doc_id"] for f in recorded) == names[:-1]


def test_the_api_lists_superseded_events_only_when_asked(tmp_path):
    from fastapi.testclient import TestClient

    from eventdesk.store import Store
    from eventdesk.web import create_app

    db = tmp_path / "api.sqlite"
    with Store.open(db) as store:
        for text in (FIRST, SECOND):
            doc = make_document("wire-7", text=text, published=None)
            store.add(doc, [make_event("wire-7", evidence=text[:17], fatalities=len(text))],
                      extractor_version="v1")
    client = TestClient(create_app(db))
    live = client.get("/api/events").json()["items"]
    assert [e["fatalities"] for e in live] == [len(SECOND)]
    every = client.get("/api/events", params={"include_superseded": "true"}).json()["items"]
    assert sorted((e["fatalities"], e["superseded_by"]) for e in every) == [
        (len(FIRST), "wire-7"), (len(SECOND), None)]
    assert client.get("/api/clusters").json()["items"][0]["n_reports"] == 1


@pytest.mark.parametrize("key", ["\udcff", "x" * 100_000, "%", "' OR 1 --"])
def test_history_of_any_key_answers_or_says_what_is_wrong(tmp_path, capsys, key):
    """Found by hand: a doc_id of undecodable command-line bytes was a traceback."""
    db = str(tmp_path / "h.sqlite")
    assert main(["failures", "--db", db]) == 1
    assert "no event store here" in capsys.readouterr().err
    from eventdesk.store import Store

    Store.open(db).close()
    assert main(["history", key, "--db", db]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "[E006]" in err


def test_a_store_whose_schema_holds_control_bytes_is_named_without_them(tmp_path, capsys):
    """Found by bench/fuzz_surfaces.py (damaged_store): SQLite's "malformed database schema
    … unrecognized token" quoted the file's raw bytes (a ^Z) onto the terminal."""
    import sqlite3

    from eventdesk.store import Store

    db = tmp_path / "damaged.sqlite"
    Store.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE meta (key TEXT PRIMARY KEY,"
                 " value TEXT' || char(26) || ')' WHERE name = 'meta'")
    conn.commit()
    conn.close()
    for command in (["events"], ["recluster"], ["failures"]):
        assert main([*command, "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert "[E005]" in err and "\\x1a" in err and "\x1a" not in err
