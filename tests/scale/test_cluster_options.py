"""The Dask options' mistakes are found before a cluster is started or a folder made: a
scheduler address Dask cannot read is a usage error, a results folder under a file is a
usage error, one that cannot be made is an output error (E014) — never a traceback."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from eventdesk import dask_run
from eventdesk.cli import main


@pytest.fixture
def report(tmp_path, monkeypatch) -> str:
    def no_cluster(*args, **kwargs):
        raise AssertionError("a cluster was started for a run that cannot go ahead")

    monkeypatch.setattr(dask_run, "connect", no_cluster)
    path = tmp_path / "x.txt"
    path.write_text("Clashes broke out in Homs on Friday.", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("address", ["bogus", "tcp://10.0.0.5:port", "http://10.0.0.5:8786",
                                     "tcp://[::1", "10.0.0.5"])
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_an_unreadable_scheduler_address_is_a_usage_error(report, tmp_path, capsys, address,
                                                           command):
    out = tmp_path / "out"
    where = ["-o", str(out)] if command == "extract" else ["--db", str(tmp_path / "x.db")]
    assert main([command, report, "--scheduler", address, *where]) == 2
    err = capsys.readouterr().err
    assert f"error [E006]: --scheduler {address!r} is not a Dask scheduler address" in err
    assert "Traceback" not in err and not out.exists()
    assert not (tmp_path / "x.db.parts").exists()


def test_a_results_folder_under_a_file_is_a_usage_error(report, tmp_path, capsys):
    a_file = tmp_path / "afile"
    a_file.write_text("keep", encoding="utf-8")
    assert main(["extract", report, "--dask", "-o", str(a_file / "sub")]) == 2
    assert "lies under one; the results of a Dask run go to a folder" in capsys.readouterr().err
    assert main(["ingest", report, "--dask", "--parts", str(a_file),
                 "--db", str(tmp_path / "x.db")]) == 2
    assert "is a file or lies under one" in capsys.readouterr().err
    assert a_file.read_text(encoding="utf-8") == "keep"


def test_a_results_folder_that_cannot_be_made_is_an_output_error(report, tmp_path, capsys,
                                                                  monkeypatch):
    def read_only(self, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)
    assert main(["extract", report, "--dask", "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "error [E014]:" in err
    assert "cannot make the results folder (Read-only file system)" in err


def test_a_run_whose_every_partition_failed_is_no_bad_input(report, tmp_path, capsys,
                                                            monkeypatch):
    """Partitions that could not be written (a full disk) are a cluster error naming them;
    it said 'nothing could be processed: 0 input(s) skipped as bad input' (E001)."""
    class Client:
        def scheduler_info(self):
            return {"workers": {"w": {}}}

    def failed_run(client, paths, out_dir, **options):
        return dask_run.DaskRun(out_dir, [], errors=["part-00000-abc: OSError: [Errno 27] "
                                                     "File too large"])

    monkeypatch.setattr(dask_run, "connect", lambda *args: Client())
    monkeypatch.setattr(dask_run, "run", failed_run)
    monkeypatch.setattr(dask_run, "close", lambda client: None)
    monkeypatch.setattr(dask_run, "dashboard_link", lambda client: "-")
    assert main(["extract", report, "--dask", "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "partition failed (a re-run retries it): part-00000-abc: OSError" in err
    assert "error [E013]: no partition could be coded; the same command run again" in err
    assert "E001" not in err and "bad input" not in err


@pytest.mark.parametrize(("debug", "level"), [(None, "CRITICAL"), ("1", "DEBUG")])
def test_a_local_cluster_keeps_its_workers_tracebacks_to_debug_runs(monkeypatch, debug, level):
    """A failing partition is named once by eventdesk; its worker logged a Dask 'Compute
    Failed' traceback beside it (EVENTDESK_DEBUG=1 keeps them)."""
    import logging

    import distributed

    started = {}
    monkeypatch.setattr(distributed, "LocalCluster", lambda **kwargs: started.update(kwargs))
    monkeypatch.setattr(distributed, "Client", lambda cluster: "client")
    if debug:
        monkeypatch.setenv("EVENTDESK_DEBUG", debug)
    else:
        monkeypatch.delenv("EVENTDESK_DEBUG", raising=False)
    assert dask_run.connect(None, 1) == "client"
    assert started["silence_logs"] == getattr(logging, level) and started["n_workers"] == 1


@pytest.mark.parametrize("address", ["", " "])
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_an_empty_scheduler_address_is_a_usage_error_not_a_local_run(report, tmp_path, capsys,
                                                                     command, address):
    """`--scheduler "$SCHEDULER"` with the variable unset ran without Dask, on this machine
    alone (and `extract -o DIR` then failed on the folder meant for the partitions)."""
    where = ["-o", str(tmp_path / "out")] if command == "extract" else [
        "--db", str(tmp_path / "x.db")]
    with pytest.raises(SystemExit) as exited:
        main([command, report, "--scheduler", address, *where])
    assert exited.value.code == 2
    assert "--scheduler: is empty" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()
