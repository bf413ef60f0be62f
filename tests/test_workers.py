"""The worker processes of a parallel run (eventdesk/workers.py) end with the run."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A parent that starts a pool, prints its worker's pid and dies without stopping it, as a
# run killed by SIGKILL or the OOM killer does
ORPHANING_PARENT = """
import multiprocessing, os
from eventdesk.workers import Workers
pool = Workers(1, multiprocessing.get_context("fork"))
print(pool.executor.submit(os.getpid).result(), flush=True)
os._exit(0)
"""


def _running(pid: int) -> bool:
    """Whether `pid` runs (a zombie no init has reaped yet has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def test_workers_end_when_their_parent_is_killed(tmp_path):
    out = tmp_path / "out"
    with out.open("w") as stdout:  # a file: an orphan would hold a pipe open for ever
        subprocess.run([sys.executable, "-c", ORPHANING_PARENT], stdout=stdout, timeout=120,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True)
    worker = int(out.read_text())
    deadline = time.monotonic() + 15
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _running(worker):
        os.kill(worker, 9)
        raise AssertionError(f"worker {worker} outlived its killed parent")
