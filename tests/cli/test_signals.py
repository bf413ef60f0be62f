"""SIGTERM (`kill`, a service manager, a batch system's time limit) and SIGHUP (the terminal
closed) stop a command as Ctrl-C does: the temporary -o file is removed and the old file
kept, exit status 128 + the signal (143, 129)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from eventdesk.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_signal_while_an_o_file_is_written_leaves_no_temporary_file(tmp_path, name):
    """SIGHUP killed the command outright and left the -o file's temporary copy behind."""
    db = tmp_path / "events.sqlite"
    Store.open(db).close()
    out = tmp_path / "events.csv"
    out.write_text("old contents\n", encoding="utf-8")
    script = textwrap.dedent(f"""
        import os, signal, sys
        import eventdesk.io
        from eventdesk.cli import main

        def write_then_get_killed(rows, fmt, handle):
            handle.write("half a file")
            handle.flush()
            os.kill(os.getpid(), signal.{name})
            for _ in range(1000):  # the handler runs between two bytecodes
                pass
            raise AssertionError("{name} did not stop the command")

        eventdesk.io.write_stored_events = write_then_get_killed
        # as a terminal starts a command (a test run under `nohup` hands SIGHUP down ignored)
        signal.signal(signal.{name}, signal.SIG_DFL)
        sys.exit(main(["events", "--raw", "--db", {str(db)!r}, "-o", {str(out)!r}]))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 128 + getattr(signal, name), done.stderr
    assert f"stopped ({name})" in done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_text(encoding="utf-8") == "old contents\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".events.csv")] == []


def test_the_handlers_are_only_set_while_a_command_runs_and_nohup_is_kept(tmp_path,
                                                                           monkeypatch):
    from eventdesk.cli import main

    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as `nohup` starts a command
    try:
        before = signal.getsignal(signal.SIGTERM)
        db = tmp_path / "events.sqlite"
        Store.open(db).close()
        seen = {}
        monkeypatch.setattr(Store, "close", lambda self: seen.update(
            hup=signal.getsignal(signal.SIGHUP), term=signal.getsignal(signal.SIGTERM)))
        assert main(["events", "--db", str(db)]) == 0
        assert seen["hup"] is signal.SIG_IGN and seen["term"] is not before
        assert signal.getsignal(signal.SIGTERM) == before
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, previous)


def test_the_temporary_copy_of_a_run_killed_outright_is_removed_by_the_next(tmp_path):
    """SIGKILL (or the OOM killer) leaves an -o file's temporary copy, as big as the output;
    the next run writing that file removes the copies of processes gone, and keeps those of
    one still running (this test's parent) and of other machines."""
    from eventdesk import orphans
    from eventdesk.cli import main

    db = tmp_path / "events.sqlite"
    Store.open(db).close()
    out = tmp_path / "events.csv"
    killed = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                            capture_output=True, text=True, check=True).stdout.strip()
    gone = tmp_path / f".events.csv.{killed}-{orphans.HOST}.abc.tmp"
    running = tmp_path / f".events.csv.{os.getppid()}-{orphans.HOST}.abc.tmp"
    elsewhere = tmp_path / f".events.csv.{killed}-0000ffff.abc.tmp"
    for path in (gone, running, elsewhere):
        path.write_text("half a file", encoding="utf-8")
    assert main(["events", "--db", str(db), "-o", str(out)]) == 0
    assert out.exists() and not gone.exists() and running.exists() and elsewhere.exists()
