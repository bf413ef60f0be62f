"""The fuzzers in bench/ still run: a couple of cases per target, so a refactor that moves
what a fuzzer stubs (as the scale split once did to `fuzz_edges.py args`, whose 150 cases
then all failed at set-up and checked nothing) fails here, not silently by hand."""

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.slow
@pytest.mark.parametrize("target", ["feeds", "export", "warc", "scale", "args", "ingest_serve"])
def test_an_edge_fuzzer_runs_its_cases_without_a_failure(target, tmp_path):
    done = subprocess.run([sys.executable, str(BENCH / "fuzz_edges.py"), target, "--n", "2"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "2 cases, 0 failed" in done.stdout


@pytest.mark.slow
def test_the_report_shapes_fuzzer_runs_its_cases_without_a_failure(tmp_path):
    done = subprocess.run([sys.executable, str(BENCH / "fuzz_reports.py"), "--n", "2"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert done.stdout.count("2 cases, 0 failed") == 4, done.stdout
