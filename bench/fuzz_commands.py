"""bench/fuzz_edges.py's `args` and `ingest_serve` targets: the CLI's commands with
generated inputs and options, and `ingest` writing while the web API reads."""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from pathlib import Path

import fuzz_inputs
from fuzz_inputs import REPORT, STATS, target
from hypothesis import strategies as st

from eventdesk.records import Document, Event

ARG_PATH = st.sampled_from(["report", "reports", "folder", "store", "missing", "empty-dir",
                            "new.csv", "new.txt", "dev-null", "under-file", "", "folder/a.txt"])
ARG_OPTION = st.one_of(
    st.tuples(st.just("--format"), st.sampled_from(["csv", "json", "jsonl", "geojson", "table",
                                                    "xml", ""])),
    st.tuples(st.just("-o"), ARG_PATH), st.tuples(st.just("-o"), ARG_PATH),  # weighted
    st.tuples(st.just("-o"), ARG_PATH), st.tuples(st.just("--db"), ARG_PATH),
    st.tuples(st.just("--published"), st.sampled_from(["2014-05-10", "06/07/2013", "0001-01-01",
                                                       "", "July 6, 2013", "2014-02-30"])),
    st.tuples(st.just("--jobs"), st.sampled_from(["0", "1", "-1", "-5", "x", "99999999999"])),
    st.tuples(st.just("--limit"), st.sampled_from(["0", "-1", "3", "x"])),
    st.tuples(st.just("--workers"), st.sampled_from(["0", "1", "2"])),
    st.tuples(st.just("--scheduler"), st.sampled_from(["tcp://127.0.0.1:9", "nonsense", ""])),
    st.tuples(st.just("--partition-size"), st.sampled_from(["0", "1", "-3"])),
    st.tuples(st.just("--batch-size"), st.sampled_from(["0", "1", "5"])),
    st.sampled_from([("--dask",), ("--placed-only",), ("--raw",), ("-q",), ("--quiet",),
                     ("--include-superseded",), ("--json",)]))


def _arg_files(folder: Path) -> dict[str, str]:
    from eventdesk.store import Store

    (folder / "folder").mkdir()
    (folder / "empty-dir").mkdir()
    (folder / "folder" / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "report.txt").write_text(REPORT + " ", encoding="utf-8")
    (folder / "reports.jsonl").write_text(json.dumps({"text": REPORT, "id": "j1"}) + "\n",
                                          encoding="utf-8")
    (folder / "afile").write_text("keep", encoding="utf-8")
    with Store.open(folder / "store.sqlite") as store:
        store.add(*_stored_report(), extractor_version="fuzz-1")
    names = {"report": "report.txt", "reports": "reports.jsonl", "folder": "folder",
             "store": "store.sqlite", "missing": "nope.txt", "empty-dir": "empty-dir",
             "new.csv": "new.csv", "new.txt": "new.txt", "under-file": "afile/x.csv",
             "folder/a.txt": "folder/a.txt"}
    paths = {k: str(folder / v) for k, v in names.items()}
    return {**paths, "dev-null": os.devnull, "": ""}


def _stored_report():

    text = "Clashes broke out in Homs on Friday."
    return Document(text=text, doc_id="s1"), [Event(
        event_type="Battles", sub_event_type="Armed clash", doc_id="s1", evidence=text[:15],
        evidence_start=0, evidence_end=15, country="Syria")]


@target(st.sampled_from(["extract", "ingest", "events", "recluster", "failures", "history"]),
        st.lists(ARG_PATH, min_size=1, max_size=3), st.lists(ARG_OPTION, max_size=3))
def args(command, paths, options):
    """A command with generated inputs and options (each file kind, the store, folders,
    missing paths, -o on an input or the store, odd values, Dask options with no cluster
    to reach): exit 0, 1 or 2, messages and no traceback, and every input file and the
    store as they were (a store may only gain reports)."""
    from eventdesk import dask_run
    from eventdesk.errors import ClusterError

    def no_cluster(*a, **k):
        raise ClusterError("no cluster while fuzzing")

    real = dask_run.connect
    dask_run.connect = no_cluster
    try:
        with tempfile.TemporaryDirectory() as folder:
            files = _arg_files(Path(folder))
            kept = {p: Path(p).read_bytes() for p in files.values()
                    if p and Path(p).is_file() and p != os.devnull and "store" not in p}
            argv = [command] + [files[p] for p in paths
                                if command in ("extract", "ingest", "history")]
            outputs = [files.get(o[1]) for o in options if o[0] == "-o"]
            inputs = argv[1:]
            if outputs and not any(outputs[-1] == i or outputs[-1].startswith(i + "/")
                                   for i in inputs if i):
                kept.pop(outputs[-1], None)  # the file -o names, and no input: replaced
            for option in options:
                argv += [option[0]] + ([files.get(option[1], option[1])] if len(option) > 1
                                       else [])
            err = io.StringIO()
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                try:
                    status = fuzz_inputs.cli(argv)
                except SystemExit as exc:
                    status = exc.code
            text = err.getvalue()
            assert status in (0, 1, 2), (status, text[-500:])
            assert "Traceback" not in text, text[-1500:]
            changed = [p for p, data in kept.items() if Path(p).read_bytes() != data]
            assert not changed, ("an input was changed", changed, argv)
            from eventdesk.store import Store

            with Store.open(files["store"], readonly=True) as store:
                assert store.counts()["documents"] >= 1, "the store lost reports"
            STATS[f"args: exit {status}"] += 1
    finally:
        dask_run.connect = real



# --- ingest while the web API reads ------------------------------------------------------

def _ingest_slowly(db: str, specs, recluster_at: int | None) -> None:
    """A writer process: each report in its own batch, a recluster among them."""
    import time

    import fuzz_surfaces

    from eventdesk.store import Store

    items = fuzz_surfaces.documents(specs)
    for n, item in enumerate(items):
        fuzz_surfaces.ingest_all(db, [item], batch_size=1)
        if n == recluster_at:
            with Store.open(db) as store:
                store.recluster()
        time.sleep(0.01)


@target(st.lists(st.tuples(st.sampled_from([None, "Wire", "SANA"]), st.integers(0, 6),
                           st.lists(st.fixed_dictionaries({
                               "sub": st.just(("Battles", "Armed clash")),
                               "place": st.sampled_from([("Syria", "Homs", "Homs", 34.73,
                                                          36.72), (None,) * 5]),
                               "day": st.one_of(st.none(), st.integers(0, 4)),
                               "fatalities": st.one_of(st.none(), st.integers(0, 9)),
                               "actor1": st.sampled_from([None, "Syrian rebels"])}),
                               min_size=1, max_size=2), st.integers(0, 3)),
                 min_size=1, max_size=8),
        st.one_of(st.none(), st.integers(0, 7)))
def ingest_serve(specs, recluster_at):
    """`ingest` (and a `recluster`) in one process while the read-only web API answers in
    this one: no answer is a server error, and a client polling with the
    `latest_ingested_at` it was given as `ingested_since` sees every stored event."""
    import multiprocessing

    from fastapi.testclient import TestClient

    from eventdesk.store import ClusterFilter, Store
    from eventdesk.web import create_app

    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "live.sqlite")
        Store.open(db).close()
        writer = multiprocessing.get_context("fork").Process(
            target=_ingest_slowly, args=(db, specs, recluster_at))
        seen: set[str] = set()
        cursor = None
        with TestClient(create_app(db, readonly=True), raise_server_exceptions=False) as client:
            writer.start()
            done = False
            while not done:
                done = not writer.is_alive()  # one more round after the writer ended
                for route in ("/api/facets", "/api/timeline", "/api/search?q=Event",
                              "/api/clusters.geojson", "/api/events.csv"):
                    response = client.get(route)
                    assert response.status_code < 500 or (
                        route.startswith("/api/search") and response.status_code == 503), \
                        (route, response.status_code, response.text[:300])
                page = client.get("/api/clusters", params={"limit": 1})
                assert page.status_code == 200, (page.status_code, page.text[:300])
                latest = page.json()["latest_ingested_at"]
                params = {"limit": 1000, **({"ingested_since": cursor} if cursor else {})}
                response = client.get("/api/events", params=params)
                assert response.status_code == 200, (response.status_code, response.text[:300])
                seen |= {(e["doc_id"], e["evidence_start"]) for e in response.json()["items"]}
                cursor = latest or cursor
                STATS["ingest_serve: polls"] += 1
            writer.join(60)
        assert writer.exitcode == 0, writer.exitcode
        with Store.open(db, readonly=True) as store:
            stored = {(r["doc_id"], r["evidence_start"])
                      for r in store.query_events(ClusterFilter(limit=10_000))}
        assert stored <= seen, f"polling missed {len(stored - seen)} of {len(stored)} events"
        STATS["ingest_serve: events"] += len(stored)
