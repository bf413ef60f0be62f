"""schemathesis over the web API with a store of real coded reports (tests/web/
test_schemathesis.py runs the same checks over a small hand-built store in CI): every
operation, every parameter, valid and invalid requests, in-process (ASGI, no network). No
answer may be a server error, a status or media type the schema does not declare, or a body
its schema does not describe. Each distinct failure is printed once. Not part of CI: run it
by hand (with EVENTDESK_GAZETTEER set when it builds the store).

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
from hypothesis import HealthCheck, Phase, given, settings
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
            def run(case, mode=mode):
                try:
                    response = case.call_and_validate(checks=CHECKS)
                except Exception as exc:  # noqa: BLE001 - every failure is collected
                    text = str(exc).strip()
                    key = f"{case.operation.label} {mode.value} {text.splitlines()[0][:100]}"
                    failures.setdefault(key, f"{case.formatted_path} {case.query}\n{text[:1500]}")
                    seen["failed"] += 1
                    return
                seen[response.status_code] += 1

            run()
            print(f"{operation.label} {mode.value}: {sum(seen.values())} cases so far",
                  flush=True)
    return seen, failures


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
    for key, detail in failures.items():
        print(f"{'=' * 70}\n{key}\n{detail}")
    statuses = ", ".join(f"{code}: {k}" for code, k in sorted(seen.items(), key=str))
    print(f"total: {sum(seen.values())} cases, {seen['failed']} failed, "
          f"{len(failures)} distinct; statuses {statuses}")
    return 1 if failures or any(isinstance(c, int) and c >= 500 for c in seen) else 0


if __name__ == "__main__":
    sys.exit(main())
