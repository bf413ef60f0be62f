"""SIGTERM (`kill`, a service manager, a batch system's time limit) stops a command as
Ctrl-C does: the temporary -o file is removed and the old file kept, exit status 143."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from eventdesk.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_sigterm_while_an_o_file_is_written_leaves_no_temporary_file(tmp_path):
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
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):  # the handler runs between two bytecodes
                pass
            raise AssertionError("SIGTERM did not stop the command")

        eventdesk.io.write_stored_events = write_then_get_killed
        sys.exit(main(["events", "--raw", "--db", {str(db)!r}, "-o", {str(out)!r}]))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 143, done.stderr
    assert "stopped (SIGTERM)" in done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_text(encoding="utf-8") == "old contents\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".events.csv")] == []


def test_the_sigterm_handler_is_only_set_while_a_command_runs(tmp_path):
    import signal

    from eventdesk.cli import main

    before = signal.getsignal(signal.SIGTERM)
    db = tmp_path / "events.sqlite"
    Store.open(db).close()
    assert main(["events", "--db", str(db)]) == 0
    assert signal.getsignal(signal.SIGTERM) == before
