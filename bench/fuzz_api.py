"""schemathesis over the web API with a store of real coded reports (tests/web/
test_schemathesis.py runs the same checks over a small hand-built store in CI): every
operation, every parameter, valid and invalid requests, in-process (ASGI, no network). No
answer may be a server error, a status or media type the schema does not declare, or a body
its schema does not describe; then requests whose parameters are values the store holds
(its countries, types, actors, dates, cluster ids). Each distinct failure is printed
once. Not part of CI: run it by hand (with EVENTDESK_GAZETTEER set when it builds the
store).

    .venv/bin/python bench/fuzz_api.py --n 200                       # builds a store first
    .venv/bin/python bench/fuzz_api.py --n 500 --db events.sqlite    # an existing store
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from web.test_schemathesis import CHECKS  # noqa: E402

from eventdesk.cli import main as cli  # noqa: E402
from eventdesk.web import create_app  # noqa: E402

# Reports of many events, retellings of the same events (clusters of several sources),
# reports placed by name, and reports of no event
REPORTS = ["multi_event_reports.jsonl", "retold_reports.jsonl", "placing_reports.jsonl",
           "no_event_reports.jsonl"]


def build(db: Path) -> None:
    """`eventdesk ingest` of bench/data's reports into `db`."""
    status = cli(["ingest", *(str(ROOT / "bench" / "data" / r) for r in REPORTS),
                  "--db", str(db), "-q"])
    if status:
        raise SystemExit(f"ingest exited {status}")


def fuzz(db: Path, n: int) -> tuple[Counter, dict[str, str]]:
    """Per operation and mode, `n` generated requests; the statuses seen and the failures
    (one per operation, check and first line)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db))
    seen: Counter = Counter()
    failures: dict[str, str] = {}
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        for result in schema.get_all_operations():
            operation = result.ok()
            if mode is GenerationMode.NEGATIVE and not (operation.query
                                                        or operation.path_parameters):
                continue

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=n, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck),
                      phases=[Phase.explicit, Phase.generate])
            def run(case):  # called in this iteration: its loop variables are current
                try:
                    response = case.call_and_validate(checks=CHECKS)
                except Exception as exc:  # noqa: BLE001 - every failure is collected
                    text = str(exc).strip()
                    key = f"{case.operation.label} {mode.value} {text.splitlines()[0][:100]}"  # noqa: B023
                    failures.setdefault(key, f"{case.formatted_path} {case.query}\n{text[:1500]}")
                    seen["failed"] += 1
                    return
                seen[response.status_code] += 1

            run()
            print(f"{operation.label} {mode.value}: {sum(seen.values())} cases so far",
                  flush=True)
    return seen, failures


def stored_values(db: Path) -> dict[str, list]:
    """What the store holds, as filter values: its facets, actors, clusters and dates."""
    from eventdesk.store import Store

    with TestClient(create_app(db)) as client:
        facets = client.get("/api/facets").json()
    with Store.open(db, readonly=True) as store:
        actors = [r["a"] for r in store._query(
            "SELECT DISTINCT actor1 AS a FROM events WHERE actor1 IS NOT NULL LIMIT 200")]
        clusters = [r["id"] for r in store._query("SELECT id FROM clusters")]
        dates = [r["d"] for r in store._query(
            "SELECT DISTINCT event_date AS d FROM events WHERE event_date IS NOT NULL")]
    return {
        "country": facets["countries"],
        "admin1": [a for names in facets["admin1"].values() for a in names],
        "event_type": facets["event_types"],
        "sub_event_type": [s for names in facets["sub_event_types"].values() for s in names],
        "outlet": facets["outlets"], "interaction": [int(k) for k in facets["interactions"]],
        "actor": actors, "since": dates, "until": dates, "cluster_id": clusters,
        "min_sources": [1, 2, 3], "fatal": [True, False], "include_undated": [True, False]}


def fuzz_stored(db: Path, n: int, seen: Counter, failures: dict[str, str]) -> None:
    """Per operation, `n` requests whose parameters are values the store holds (a random
    request rarely names a stored cluster, country or actor), through the same checks."""
    values = stored_values(db)
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db))
    for result in schema.get_all_operations():
        operation = result.ok()
        names = [p.name for p in operation.query] + [p.name for p in operation.path_parameters]
        usable = {k: st.sampled_from(v) for k, v in values.items() if k in names and v}
        if not usable:
            continue
        required = {p.name for p in operation.path_parameters}

        @given(st.fixed_dictionaries({k: v for k, v in usable.items() if k in required},
                                     optional={k: v for k, v in usable.items()
                                               if k not in required}))
        @settings(max_examples=n, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck), phases=[Phase.generate])
        def run(params):  # called in this iteration: its loop variables are current
            path = {k: v for k, v in params.items() if k in required}  # noqa: B023
            case = operation.Case(path_parameters=path or None, query={  # noqa: B023
                k: v for k, v in params.items() if k not in path})
            try:
                response = case.call_and_validate(checks=CHECKS)
            except Exception as exc:  # noqa: BLE001 - every failure is collected
                text = str(exc).strip()
                key = f"{case.operation.label} stored {text.splitlines()[0][:100]}"
                failures.setdefault(key, f"{params}\n{text[:1500]}")
                seen["failed"] += 1
                return
            seen[response.status_code] += 1

        run()
        print(f"{operation.label} stored values: {sum(seen.values())} cases so far",
              flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="cases per operation and mode")
    parser.add_argument("--db", type=Path, help="an existing store (default: build one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "events.sqlite"
            build(db)
        seen, failures = fuzz(db, args.n)
        stored: Counter = Counter()
        fuzz_stored(db, args.n, stored, failures)
    for key, detail in failures.items():
        print(f"{'=' * 70}\n{key}\n{detail}")
    for what, counts in (("generated", seen), ("stored values", stored)):
        statuses = ", ".join(f"{code}: {k}" for code, k in sorted(counts.items(), key=str))
        print(f"{what}: {sum(counts.values())} cases, {counts['failed']} failed; "
              f"statuses {statuses}")
    print(f"distinct failures: {len(failures)}")
    return 1 if failures or any(isinstance(c, int) and c >= 500 for c in seen + stored) else 0


if __name__ == "__main__":
    sys.exit(main())
