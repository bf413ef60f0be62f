"""Output that cannot be written (a full disk, a read-only file system) is error E014 with
exit status 1, never a traceback, on standard output as in an -o file."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventdesk.cli import main
from eventdesk.store import Store


@pytest.fixture()
def store_path(tmp_path) -> Path:
    path = tmp_path / "events.sqlite"
    Store.open(path).close()
    return path


class _FullDisk:
    def write(self, text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self):
        pass


@pytest.mark.parametrize("argv", [
    ["events", "--format", "csv"], ["events", "--format", "json"], ["events"]])
def test_standard_output_on_a_full_disk_is_an_output_error(store_path, argv, capsys,
                                                            monkeypatch):
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    code = main([*argv, "--db", str(store_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "error [E014]: cannot write the output (No space left on device)" in err


def test_an_unknown_os_error_is_not_taken_for_an_output_error(store_path, monkeypatch):
    class Broken(_FullDisk):
        def write(self, text):
            raise OSError(errno.EINVAL, "bad")

    monkeypatch.setattr(sys, "stdout", Broken())
    with pytest.raises(OSError):
        main(["events", "--format", "csv", "--db", str(store_path)])


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_command_writing_to_dev_full_ends_with_one_message(store_path):
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "eventdesk", "events", "--format", "csv", "--db",
             str(store_path)], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "eventdesk: error [E014]: cannot write the output (No space left on device); an -o "
        "file keeps its old contents"]


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_standard_output_that_cannot_hold_a_character_writes_it_as_an_escape(
        tmp_path, monkeypatch, fmt):
    """A Latin-1 locale or a Windows console redirected to a file: printing an Arabic place
    name raised UnicodeEncodeError (a traceback) at the first such row."""
    import io
    import json

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
    from store_helpers import make_document, make_event

    path = tmp_path / "events.sqlite"
    text = "Clashes broke out in \u062d\u0644\u0628 (\u1e28alab) on Friday."
    with Store.open(path) as store:
        store.add(make_document(text=text), [make_event(evidence=text[:34], evidence_end=34,
                                                        location="\u1e28alab")],
                  extractor_version="v1")
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="latin-1"))
    assert main(["events", "--raw", "--db", str(path), "--format", fmt]) == 0
    sys.stdout.flush()
    written = raw.getvalue().decode("latin-1")
    assert "\\u062d\\u0644\\u0628" in written
    if fmt == "json":
        assert json.loads(written)[0]["evidence"] == text[:34]


@pytest.mark.parametrize("command", ["events", "extract"])
def test_an_o_folder_that_takes_no_file_is_an_output_error_before_the_run(
        store_path, tmp_path, capsys, monkeypatch, command):
    """A folder the user may not write in (PermissionError), or /proc, is E014 naming it,
    found before any report is coded, not a traceback after the whole run."""
    import tempfile

    import eventdesk

    def refused(*args, dir=None, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), dir)

    def no_run(*args, **kwargs):
        raise AssertionError("the run started though its output cannot be written")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    monkeypatch.setattr(eventdesk, "load", no_run)
    report = tmp_path / "r.txt"
    report.write_text("Gunmen killed two people in Aleppo.", encoding="utf-8")
    out = tmp_path / "locked" / "out.csv"
    out.parent.mkdir()
    argv = (["events", "--db", str(store_path)] if command == "events"
            else ["extract", str(report)])
    assert main([*argv, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"error [E014]: -o {out}: cannot write in {out.parent} (Permission denied)" in err
    assert not out.exists()


def test_an_o_path_under_a_file_says_the_folder_is_a_file(store_path, tmp_path, capsys):
    a_file = tmp_path / "afile"
    a_file.write_text("keep", encoding="utf-8")
    assert main(["events", "--db", str(store_path), "-o", str(a_file / "x.csv")]) == 2
    assert f"the folder {a_file} is a file, not a folder" in capsys.readouterr().err


def test_an_o_device_is_written_in_place_not_replaced_by_a_file(store_path, tmp_path):
    """-o /dev/stdout or /dev/null (here a link to it): the output was written to a
    temporary file beside it and renamed over it, so the device's link became a plain
    file (as root, /dev/stdout itself); now a device or pipe is written as it is."""
    link = tmp_path / "null.csv"
    link.symlink_to(os.devnull)
    assert main(["events", "--db", str(store_path), "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == os.devnull
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_an_o_named_pipe_gets_the_output(store_path, tmp_path):
    import threading

    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")),
                              daemon=True)
    reader.start()
    assert main(["events", "--db", str(store_path), "-o", str(fifo)]) == 0
    reader.join(60)
    assert got and got[0].startswith("event_id_cnty,")
    assert not fifo.is_file() and fifo.exists()


def test_an_o_link_to_a_file_replaces_the_file_and_keeps_the_link(store_path, tmp_path):
    real = tmp_path / "reports" / "2026-12.csv"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    assert main(["events", "--db", str(store_path), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("event_id_cnty,")


@pytest.mark.parametrize("case", ["events-store", "events-link-to-store", "extract-store",
                                  "extract-file", "extract-folder-file"])
def test_an_o_file_that_is_an_input_or_a_store_is_a_usage_error_and_is_kept(
        store_path, tmp_path, capsys, monkeypatch, case):
    """Found while writing bench/fuzz_edges.py args: `events --db S -o S` replaced the
    store with its own CSV export, `extract r.jsonl -o r.jsonl` (or a file of an input
    folder) the reports with their events, and `extract r.jsonl -o events.sqlite` a store;
    all exited 0. Now -o naming an input or a SQLite database is a usage error before any
    work, the file untouched."""
    import eventdesk

    monkeypatch.setattr(eventdesk, "load", lambda: pytest.fail("coded before refusing"))
    reports = tmp_path / "in"
    reports.mkdir()
    report = reports / "r.jsonl"
    report.write_text('{"text": "Gunmen killed two people in Aleppo."}\n', encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(store_path)
    argv, target = {
        "events-store": (["events", "--db", str(store_path)], store_path),
        "events-link-to-store": (["events", "--db", str(store_path)], link),
        "extract-store": (["extract", str(report)], store_path),
        "extract-file": (["extract", str(report)], report),
        "extract-folder-file": (["extract", str(reports)], report)}[case]
    before = Path(target).resolve().read_bytes()
    assert main([*argv, "-o", str(target), "--format", "csv"]) == 2
    err = capsys.readouterr().err
    why = "is a SQLite database (an event store?)" if "store" in case else "is also an input ("
    assert f"-o {target}: {why}" in err and "give another file" in err
    assert Path(target).resolve().read_bytes() == before
