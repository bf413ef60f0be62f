"""Train the record vetter (eventdesk/data/models/vetter.json) from the studied gold sets.

    PYTHONPATH=$PWD python scripts/train_vetter.py table TABLE.jsonl --cross-fit 5
    PYTHONPATH=$PWD python scripts/train_vetter.py cv TABLE.jsonl      # leave one set out
    PYTHONPATH=$PWD python scripts/train_vetter.py cv TABLE.jsonl --model vetter.json
    PYTHONPATH=$PWD python scripts/train_vetter.py fit TABLE.jsonl --threshold T

`table` codes every report of the vetter's studied sets (evaluate/gold_sets.py, never the
measure-only ones), and labels each placed record by the project's own scorer
(evaluate.matching.match): 1 when it is matched to a gold event, 0 when unmatched, None
when matched to an optional gold event (neither a hit nor a false one: left out of
training). The features are the ones the vetting stage computed on the Doc
(doc.user_data[VETTING_KEY]), so training and run time read the same numbers.

The event classifier has read the gold sentences of the studied sets, so its
probabilities on their reports are more confident than on a report it never read, the
only kind the vetter meets at run time. `--cross-fit K` imitates run time: the sets are
split into K seeded groups, the classifier is retrained K times, each time without the
gold-sentence lines of one group, and each group is coded by the classifier that never
read it (the K classifiers are cached in --work, named by the corpus and the groups).

`cv` trains without each set in turn, vets that set's records and scores it again with
`evaluate.score`; it prints, per threshold, the summed tp/fp/fn change (`--model` scores a
fitted model on the same table instead). `fit` trains on every set and writes the model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from eventdesk.evaluate.gold_sets import MEASURE_ONLY, VETTER_SETS

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


def cross_fit_groups(sets: list[Path], k: int, seed: int) -> list[list[Path]]:
    """The sets in `k` groups of near-equal size, the same for the same seed."""
    order = sorted(sets, key=lambda p: p.name)
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k], key=sets.index) for i in range(k)]


def cross_fit_table(out: Path, sets: list[Path], *, k: int, seed: int, work: Path) -> None:
    """The table of `sets`, each group coded by a classifier that never read its lines."""
    from eventdesk.classify.corpus import CORPUS_DIR, read_corpus
    from eventdesk.classify.features import dense_features, load_encoder
    from eventdesk.classify.train import fit

    groups = cross_fit_groups(sets, k, seed)
    files = sorted(CORPUS_DIR.glob("*.jsonl"))
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in files))
    digest.update(json.dumps([[p.name for p in g] for g in groups]).encode())
    work.mkdir(parents=True, exist_ok=True)
    models = [work / f"classifier-{digest.hexdigest()[:12]}-s{seed}-{n}of{k}.npz"
              for n in range(k)]
    if not all(m.is_file() for m in models):
        examples = read_corpus()
        encoder = load_encoder()
        dense = dense_features(encoder, [e.text for e in examples],
                               [(e.start, e.end) for e in examples])
        source = {}  # a line's id -> its gold set's file name ("gold/dev5.jsonl:dev5-3")
        for path in files:
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    source[row["id"]] = str(row.get("source", "")).split(":")[0]
        for group, model in zip(groups, models, strict=True):
            if model.is_file():
                continue
            held = {f"gold/{p.name}" for p in group}
            keep = [i for i, e in enumerate(examples) if source.get(e.id) not in held]
            print(f"{model.name}: {len(examples) - len(keep)} lines held out", file=sys.stderr)
            fit([examples[i] for i in keep], seed=seed, dense=dense[keep],
                encoder=encoder).save(model)
    parts = []
    for n, (group, model) in enumerate(zip(groups, models, strict=True)):
        part = work / f"{out.stem}.part{n}.jsonl"
        env = {**os.environ, "EVENTDESK_CLASSIFIER": str(model)}
        subprocess.run([sys.executable, __file__, "table", str(part), "--sets",
                        *map(str, group)], env=env, check=True)
        parts.append(read_table(part))
    rank = {p.stem: i for i, p in enumerate(sets)}
    rows = sorted((row for part in parts for row in part), key=lambda r: rank[r["set"]])
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


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
                   fixed=None) -> dict[float, list[int]]:
    """Leave one set out: per threshold, the summed (tp, fp, fn) over the held-out sets
    (with `fixed`, a fitted Vetter, that model's instead of one trained without the set)."""
    from eventdesk.classify.vetting import fit_vetter
    from eventdesk.evaluate import load_gold

    by_set = defaultdict(list)
    for row in table:
        by_set[row["set"]].append(row)
    totals = {t: [0, 0, 0] for t in THRESHOLDS}
    for path in sets:
        held = path.stem
        train = [r for r in table if r["set"] != held and r["label"] is not None]
        vetter = fixed or fit_vetter([r["features"] for r in train],
                                     [r["label"] for r in train], threshold=0.0, c=c,
                                     seed=seed)
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
    parser.add_argument("--cross-fit", type=int, default=0, metavar="K",
                        help="table: code each of K groups of sets with a classifier "
                             "trained without them")
    parser.add_argument("--work", type=Path, default=Path("/tmp/train_vetter"),
                        help="table --cross-fit: where the K classifiers are kept")
    parser.add_argument("--sets", type=Path, nargs="+", default=VETTER_SETS,
                        help="table: the gold sets to code (default: the vetter's)")
    parser.add_argument("--model", type=Path, default=None,
                        help="cv: score this fitted model instead of refitting")
    parser.add_argument("-o", "--out", type=Path, default=None)
    args = parser.parse_args(argv)
    from eventdesk.classify.vetting import DEFAULT_C, fit_vetter
    from eventdesk.components.vetting import MODEL_PATH, load_vetter

    c = args.c if args.c is not None else DEFAULT_C
    if args.command == "table" and args.cross_fit:
        cross_fit_table(args.table, args.sets, k=args.cross_fit, seed=args.seed,
                        work=args.work)
        return 0
    if args.command == "table":
        build_table(args.table, args.sets)
        return 0
    table = read_table(args.table)
    if args.command == "cv":
        held = {r["set"] for r in table}
        fixed = load_vetter(args.model) if args.model else None
        totals = cross_validate(table, c=c, seed=args.seed, fixed=fixed,
                                sets=[p for p in VETTER_SETS if p.stem in held])
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
