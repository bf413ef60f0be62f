"""Event or not, at the marked word of real news sentences labelled by hand (issue 8).

Over eventdesk/data/training/event_location.jsonl (the 9,102 real sentences of
../shared/corpora/event_location, each with its event word marked and labelled with an ACLED
sub-type or `none`): does eventdesk code an event whose evidence overlaps the marked word?
Reports event-vs-none precision, recall and F1 at the marked word, sub-type accuracy where
both say event, and the false events on `none` sentences grouped by their cause (the typing
rule that chose the sub-type, and the trigger word).

The shipped classifier was trained on these very sentences, so its figures here are
in-sample and flatter it: every figure is given twice, with the rules alone
(`Pipeline.parse_many(classifier=False)`) and with the classifier's proposals.

    python bench/bench_events_real.py [--n 9102] [--jobs 2] [--mode rules|both] [--dump FILE]
                                      [--confusion 20]

`--dump` writes one JSON line per sentence where eventdesk and the label disagree on
event-vs-none or on the sub-type (mode, outcome, label, what was coded and why, the
sentence), to study causes. `--confusion N` lists the N commonest (label, coded sub-type)
pairs where both say event but the sub-types differ, and every event-type confusion.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import time
from collections import Counter
from pathlib import Path

from eventdesk.coding.typology import type_of

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eventdesk" / "data" / "training" / "event_location.jsonl"
BATCH = 64
TOP_CAUSES = 25


def _judge_chunk(job: tuple[list[dict], bool]) -> list[dict]:
    """One verdict per sentence: the sub-type coded at the marked word (or None) and why."""
    rows, classifier = job
    import eventdesk
    from eventdesk.components.events import DECISIONS_KEY
    from eventdesk.records import Document

    pipeline = eventdesk.load()
    documents = [Document(text=r["text"], doc_id=r["id"]) for r in rows]
    verdicts = []
    for row, doc in zip(rows, pipeline.parse_many(documents, classifier=classifier,
                                                  batch_size=BATCH), strict=True):
        start, end = row["start"], row["end"]
        events = list(doc._.events or []) if doc is not None else []
        hits = [e for e in events if e.evidence_start < end and start < e.evidence_end]
        decisions = doc.user_data.get(DECISIONS_KEY, []) if doc is not None else []
        # the decisions about clauses whose evidence overlaps the marked word
        near = [(outcome, why) for d_start, d_text, outcome, why in decisions
                if d_start < end and start < d_start + len(d_text)]
        coded = hits[0].sub_event_type if hits else None
        rule = next((why for outcome, why in near if outcome == coded), None) if coded else None
        verdicts.append({"id": row["id"], "label": row["label"], "coded": coded, "rule": rule,
                         "word": row["text"][start:end].lower(), "decisions": near})
    return verdicts


def _run(rows: list[dict], *, classifier: bool, jobs: int) -> list[dict]:
    chunk = max(BATCH, len(rows) // (jobs * 8) or 1)
    chunks = [(rows[i:i + chunk], classifier) for i in range(0, len(rows), chunk)]
    if jobs <= 1:
        return [v for c in chunks for v in _judge_chunk(c)]
    import eventdesk
    eventdesk.load()  # loaded once, shared by the forked workers
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return [v for part in pool.imap(_judge_chunk, chunks) for v in part]


def _report(name: str, verdicts: list[dict], confusion: int) -> None:
    tp = sum(1 for v in verdicts if v["coded"] and v["label"] != "none")
    fp = sum(1 for v in verdicts if v["coded"] and v["label"] == "none")
    fn = sum(1 for v in verdicts if not v["coded"] and v["label"] != "none")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    same = sum(1 for v in verdicts if v["coded"] and v["label"] not in ("none", v["coded"]))
    print(f"== {name}: {len(verdicts)} sentences "
          f"({sum(v['label'] == 'none' for v in verdicts)} labelled none)")
    print(f"event vs none at the marked word: P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  "
          f"(true events {tp}, false events {fp}, missed {fn})")
    print(f"sub-type accuracy where both say event: {(tp - same) / tp:.3f} "
          f"({tp - same}/{tp})" if tp else "sub-type accuracy: -")
    types = Counter((type_of(v["label"]), type_of(v["coded"])) for v in verdicts
                    if v["coded"] and v["label"] != "none")
    agree = sum(n for (label, coded), n in types.items() if label == coded)
    print(f"event-type accuracy where both say event: {agree / tp:.3f} ({agree}/{tp})"
          if tp else "event-type accuracy: -")
    false = [v for v in verdicts if v["coded"] and v["label"] == "none"]
    print(f"false events on `none` sentences by typing rule ({len(false)}):")
    for rule, count in Counter(v["rule"] or "?" for v in false).most_common(TOP_CAUSES):
        print(f"  {count:5d}  {rule}")
    print("  by marked word: " + ", ".join(
        f"{w} {c}" for w, c in Counter(v["word"] for v in false).most_common(TOP_CAUSES)))
    if confusion:
        pairs = Counter((v["label"], v["coded"]) for v in verdicts
                        if v["coded"] and v["label"] not in ("none", v["coded"]))
        print(f"sub-type confusions, label -> coded ({sum(pairs.values())}):")
        for (label, coded), count in pairs.most_common(confusion):
            print(f"  {count:5d}  {label} -> {coded}")
        print("event-type confusions, label -> coded:")
        for (label, coded), count in types.most_common():
            if label != coded:
                print(f"  {count:5d}  {label} -> {coded}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="first N sentences (default all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--mode", choices=("rules", "both"), default="both",
                        help="rules alone, or rules alone and with the classifier")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--dump", type=Path, default=None,
                        help="write each disagreement here (JSON Lines)")
    parser.add_argument("--confusion", type=int, default=0,
                        help="list this many of the commonest sub-type confusions")
    args = parser.parse_args()

    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    rows = [r for r in rows if r.get("origin", "real") == "real"][:args.n]
    runs = [("rules alone", False)] + ([("rules + classifier (in-sample)", True)]
                                       if args.mode == "both" else [])
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    text_of = {r["id"]: r["text"] for r in rows}
    for name, classifier in runs:
        started = time.perf_counter()
        verdicts = _run(rows, classifier=classifier, jobs=args.jobs)
        print(f"({time.perf_counter() - started:.0f} s)")
        _report(name, verdicts, args.confusion)
        for v in verdicts if dump is not None else ():
            if bool(v["coded"]) != (v["label"] != "none"):
                outcome = "false event" if v["coded"] else "missed"
            elif v["coded"] and v["coded"] != v["label"]:
                outcome = "wrong sub-type"
            else:
                continue
            dump.write(json.dumps({"mode": name, "outcome": outcome, **v,
                                   "text": text_of[v["id"]]}, ensure_ascii=False) + "\n")
    if dump is not None:
        dump.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
