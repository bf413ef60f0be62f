"""Train the record vetter (eventdesk/data/models/vetter.json) from the studied gold sets.

    PYTHONPATH=$PWD python scripts/train_vetter.py table TABLE.jsonl   # code the sets, label
    PYTHONPATH=$PWD python scripts/train_vetter.py cv TABLE.jsonl      # leave one set out
    PYTHONPATH=$PWD python scripts/train_vetter.py fit TABLE.jsonl --threshold T

`table` codes every report of the studied sets (never the measure-only ones), and labels
each placed record by the project's own scorer (evaluate.matching.match): 1 when it is
matched to a gold event, 0 when unmatched, None when matched to an optional gold event
(neither a hit nor a false one: left out of training). The features are the ones the
vetting stage computed on the Doc (doc.user_data[VETTING_KEY]), so training and run time
read the same numbers. `cv` trains without each set in turn, vets that set's records and
scores it again with `evaluate.score`; it prints, per threshold, the summed tp/fp/fn
change. `fit` trains on every set and writes the model.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from eventdesk.evaluate.gold_sets import MEASURE_ONLY, TRAINED_ON

THRESHOLDS = (0.0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3)


def labelled_rows(set_name: str, gold_doc, doc) -> list[dict]:
    """The table rows of one coded report: each placed record, its features, its label."""
    from eventdesk.components.vetting import VETTING_KEY
    from eventdesk.evaluate.matching import match, to_item

    records = doc.user_data.get(VETTING_KEY) or []
    gold = [to_item(e) for e in gold_doc.events]
    pairs = dict((pi, gi) for gi, pi in match(gold, [to_item(e) for e, _, _ in records],
                                                strict=False))
    rows = []
    for n, (event, features, _) in enumerate(records):
        label = None if n in pairs and gold[pairs[n]].optional else int(n in pairs)
        rows.append({"set": set_name, "doc_id": gold_doc.doc_id, "event": event.to_dict(),
                     "features": features, "label": label})
    return rows


def build_table(out: Path, sets: list[Path]) -> None:
    import eventdesk
    from eventdesk.evaluate import load_gold
    from eventdesk.records import Document

    pipeline = eventdesk.load()
    with out.open("w", encoding="utf-8") as sink:
        for path in sets:
            assert path.name not in MEASURE_ONLY, path
            gold_docs = load_gold(path)
            documents = [Document(text=g.text, doc_id=g.doc_id, published=g.published,
                                  outlet=g.outlet, title=g.title, url=g.url) for g in gold_docs]
            for gold_doc, doc in zip(gold_docs, pipeline.parse_many(documents), strict=True):
                for row in labelled_rows(path.stem, gold_doc, doc):
                    sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{path.stem}: coded", file=sys.stderr)


def read_table(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def scores_after(rows: list[dict], p_kept: list[float], threshold: float, gold_docs) -> tuple:
    """(tp, fp, fn) of one set with the records below `threshold` dropped."""
    from eventdesk.evaluate import score

    predictions = defaultdict(list)
    for row, p in zip(rows, p_kept, strict=True):
        if p >= threshold:
            predictions[row["doc_id"]].append(row["event"])
    s = score(gold_docs, predictions)
    return s.tp, s.fp, s.fn


def cross_validate(table: list[dict], *, c: float, seed: int, sets: list[Path],
                   only: set[str] | None = None) -> dict[float, list[int]]:
    """Leave one set out: per threshold, the summed (tp, fp, fn) over the held-out sets."""
    from eventdesk.classify.vetting import fit_vetter
    from eventdesk.evaluate import load_gold

    by_set = defaultdict(list)
    for row in table:
        by_set[row["set"]].append(row)
    totals = {t: [0, 0, 0] for t in THRESHOLDS}
    for path in sets:
        held = path.stem
        if only is not None and held not in only:
            continue
        train = [r for r in table if r["set"] != held and r["label"] is not None]
        vetter = fit_vetter([r["features"] for r in train], [r["label"] for r in train],
                            threshold=0.0, c=c, seed=seed)
        rows = by_set[held]
        p_kept = [vetter.p_kept(r["features"]) for r in rows]
        gold_docs = load_gold(path)
        for t in THRESHOLDS:
            for i, v in enumerate(scores_after(rows, p_kept, t, gold_docs)):
                totals[t][i] += v
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("table", "cv", "fit"))
    parser.add_argument("table", type=Path)
    parser.add_argument("--c", type=float, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--clean", action="store_true",
                        help="cv: hold out only the sets the event classifier never read")
    parser.add_argument("-o", "--out", type=Path, default=None)
    args = parser.parse_args(argv)
    from eventdesk.classify.vetting import DEFAULT_C, fit_vetter
    from eventdesk.components.vetting import MODEL_PATH

    c = args.c if args.c is not None else DEFAULT_C
    if args.command == "table":
        build_table(args.table, TRAINED_ON)
        return 0
    table = read_table(args.table)
    if args.command == "cv":
        only = {f"dev{n}" for n in (*range(32, 44), 45, 46)} if args.clean else None
        totals = cross_validate(table, c=c, seed=args.seed, sets=TRAINED_ON, only=only)
        base = totals[0.0]
        print(f"C={c}  threshold  tp  fp  fn  (change in tp / fp)  F1")
        for t, (tp, fp, fn) in totals.items():
            f1 = 2 * tp / (2 * tp + fp + fn)
            print(f"  {t:.3f}  {tp} {fp} {fn}  ({tp - base[0]:+d} / {fp - base[1]:+d})  {f1:.4f}")
        return 0
    train = [r for r in table if r["label"] is not None]
    vetter = fit_vetter([r["features"] for r in train], [r["label"] for r in train],
                        threshold=args.threshold, c=c, seed=args.seed)
    out = args.out or MODEL_PATH
    out.write_text(json.dumps(vetter.to_dict(), indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size} bytes) from {len(train)} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
