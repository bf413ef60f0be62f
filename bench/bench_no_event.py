"""False events on news reports that report no event (issue 8's precision check).

bench/data/no_event_reports.jsonl holds short news reports in which an ACLED coder codes
nothing under GUIDELINES.md: peace talks, elections, court cases, disasters, sport, film,
ordinary crime, history, tallies, plans, threats, denials, analysis, curfews, troop
movements, metaphor. Every event eventdesk codes in them is false. Reported: false events
per report, the share of reports with any, those placed well enough to be scored (with
coordinates or an admin1, as `eventdesk eval` counts them), and the typing rule and the
kind of report that produced them — once with the rules alone and once with the
classifier's proposals. `--controls FILE` adds reports of the same genres that do hold an
event (each with the `expect`ed sub-type), reported as kept or lost, so that a cue that
silences a genre is seen to spare its real events.

    python bench/bench_no_event.py [--data FILE...] [--controls FILE] [--mode rules|both]
                                   [--show 40]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "no_event_reports.jsonl"


def _false_events(pipeline, row: dict, *, classifier: bool) -> list[dict]:
    """Each event coded in one report, with the typing rule that chose its sub-type."""
    from eventdesk.components.events import DECISIONS_KEY
    from eventdesk.records import Document

    document = Document(text=row["text"], doc_id=row["id"],
                        published=dt.date.fromisoformat(row["published"]))
    doc = pipeline.parse(document, classifier=classifier)
    decisions = doc.user_data.get(DECISIONS_KEY, [])
    found = []
    for event in doc._.events or []:
        rule = next((why for start, text, outcome, why in decisions
                     if outcome == event.sub_event_type
                     and start < event.evidence_end and event.evidence_start < start + len(text)),
                    "?")
        found.append({"id": row["id"], "kind": row["kind"], "sub_type": event.sub_event_type,
                      "rule": rule or "?", "evidence": event.evidence,
                      "scored": event.latitude is not None or event.admin1 is not None})
    return found


def _controls(name: str, rows: list[dict], coded: dict[str, list[dict]]) -> None:
    """Whether each control report still codes the event it holds."""
    kept = [row for row in rows if any(f["sub_type"] == row["expect"] for f in coded[row["id"]])]
    print(f"== {name}: controls kept {len(kept)}/{len(rows)}")
    for row in rows:
        if row not in kept:
            print(f"  lost {row['id']} {row['expect']}: coded "
                  f"{[f['sub_type'] for f in coded[row['id']]]}")


def _report(name: str, rows: list[dict], found: list[dict], show: int) -> None:
    n = len(rows)
    scored = [f for f in found if f["scored"]]
    with_any = len({f["id"] for f in found})
    print(f"== {name}: {n} reports with no event")
    print(f"false events per report {len(found) / n:.2f} ({len(found)}); "
          f"scored (placed) {len(scored) / n:.2f} ({len(scored)}); "
          f"reports with any {with_any}/{n} ({with_any / n:.0%})")
    print("by typing rule:")
    for rule, count in collections.Counter(f["rule"] for f in found).most_common():
        print(f"  {count:3d}  {rule}")
    print("by kind of report: " + ", ".join(
        f"{kind} {count}" for kind, count in
        collections.Counter(f["kind"] for f in found).most_common()))
    for f in found[:show]:
        print(f"  {f['id']} {f['sub_type']} [{f['rule']}] {f['evidence'][:110]!r}")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, nargs="+", default=[DATA],
                        help="files of no-event reports, read as one set (e.g. all of "
                             "bench/data/no_event_reports*.jsonl)")
    parser.add_argument("--controls", type=Path,
                        help="reports with an event each (e.g. bench/data/event_controls7.jsonl)")
    parser.add_argument("--mode", choices=("rules", "both"), default="both",
                        help="rules alone, or rules alone and with the classifier")
    parser.add_argument("--show", type=int, default=40, help="false events to list")
    args = parser.parse_args()

    import eventdesk

    empty = [row for path in args.data for row in _read(path)]
    controls = _read(args.controls) if args.controls else []
    rows = empty + controls
    pipeline = eventdesk.load()
    runs = [("rules alone", False)] + ([("rules + classifier", True)]
                                       if args.mode == "both" else [])
    for name, classifier in runs:
        coded = {row["id"]: _false_events(pipeline, row, classifier=classifier) for row in rows}
        _report(name, empty, [f for row in empty for f in coded[row["id"]]], args.show)
        if controls:
            _controls(name, controls, coded)
    return 0


if __name__ == "__main__":
    sys.exit(main())
