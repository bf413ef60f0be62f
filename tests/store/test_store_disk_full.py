"""A store that cannot grow (a full disk, a file-size limit): the write fails as a coded
StoreError naming the store, whole batches only are kept, and a second run completes it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Stores 40 reports of 20 kB in batches of 2 under a 300 kB file-size limit (Python ignores
# SIGXFSZ, so a write past it fails as a full disk does); LIMIT=0 stores without one
WRITER = """
import datetime as dt, resource, sys
from eventdesk.errors import StoreError
from eventdesk.records import Document
from eventdesk.store import Store

store = Store.open(sys.argv[1])
limit = int(sys.argv[2])
if limit:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
words = " ".join(f"word{i}" for i in range(2500))
documents = [Document(text=f"Report {n}. {words}", doc_id=f"d{n}", published=dt.date(2014, 5, 1))
             for n in range(40)]
try:
    store.store_coded(((d, []) for d in documents), extractor_version="t", batch_size=2,
                      progress=False)
except StoreError as exc:
    print(exc.code, exc)
"""


def _write(db: Path, limit: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WRITER, str(db), str(limit)], text=True,
                          capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_store_that_cannot_grow_is_a_coded_error_and_a_rerun_completes_it(tmp_path):
    db = tmp_path / "events.sqlite"
    full = _write(db, 300_000)
    assert full.returncode == 0 and not full.stderr, full.stderr  # no traceback
    assert full.stdout.startswith(f"E005 {db}: write failed: ")
    assert "is the disk full" in full.stdout and "run again resumes" in full.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    kept = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    conn.close()
    assert kept < 40 and kept % 2 == 0  # whole batches only
    assert _write(db, 0).stdout == ""
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 40
    conn.close()
