"""kill -9 during `eventdesk ingest`, then a re-run: the store equals one clean run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import load_corpus

ROOT = Path(__file__).resolve().parents[2]


def _corpus(path: Path) -> int:
    """The store test corpus as JSONL, three times under different outlets (distinct reports
    that corroborate one another), so a batch is in flight for several seconds."""
    lines = []
    for copy in range(3):
        for document, _, _ in load_corpus():
            lines.append({"doc_id": f"{document.doc_id}-{copy}", "text": document.text,
                          "outlet": f"{document.outlet} {copy}", "url": document.url,
                          "title": document.title,
                          "published": document.published.isoformat()})
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def _ingest(inputs: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "eventdesk", "ingest", str(inputs), "--db", str(db), "-q",
         "--batch-size", "2"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created or migrated yet
        return 0


def canonical_dump(db: Path) -> dict:
    """Everything the store says, without row ids or timestamps: documents by content hash,
    events by document and evidence, clusters by their members."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    docs = dict(conn.execute("SELECT id, content_hash FROM documents"))
    documents = sorted(
        tuple(v for k, v in dict(r).items() if k not in ("id", "ingested_at"))
        for r in conn.execute("SELECT * FROM documents"))
    events, members = [], {}
    for row in conn.execute("SELECT * FROM events"):
        data = dict(row)
        key = (docs[data["document_id"]], data["evidence_start"], data["evidence_end"],
               data["event_type"])
        members.setdefault(data["cluster_id"], []).append(key)
        events.append((key, tuple(sorted(
            (k, v) for k, v in data.items() if k not in ("id", "document_id", "cluster_id")))))
    clusters = []
    for row in conn.execute("SELECT * FROM clusters"):
        data = dict(row)
        summary = tuple(sorted((k, v) for k, v in data.items() if k not in ("id", "updated_at")))
        clusters.append((tuple(sorted(members.pop(data["id"], []))), summary))
    failures = sorted(tuple(r) for r in conn.execute("SELECT content_hash, code FROM failures"))
    conn.close()
    return {"documents": documents, "events": sorted(events), "clusters": sorted(clusters),
            "unclustered": members, "failures": failures}


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_equals_a_clean_run(tmp_path):
    inputs = tmp_path / "reports.jsonl"
    total = _corpus(inputs)
    killed_db = tmp_path / "killed.sqlite"
    process = _ingest(inputs, killed_db)
    deadline = time.monotonic() + 120
    while _count(killed_db) < 4 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "ingest ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    kept = _count(killed_db)
    assert 4 <= kept < total  # killed mid-run, whole batches only
    assert kept % 2 == 0

    rerun = _ingest(inputs, killed_db)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{kept} already stored" in err

    clean_db = tmp_path / "clean.sqlite"
    clean = _ingest(inputs, clean_db)
    _, err = clean.communicate(timeout=300)
    assert clean.returncode == 0, err

    resumed, fresh = canonical_dump(killed_db), canonical_dump(clean_db)
    # (a few short corpus texts are refused as input problems, in both runs alike)
    assert len(fresh["documents"]) > kept and fresh["events"] and fresh["clusters"]
    assert fresh["unclustered"] == {}
    assert resumed == fresh
