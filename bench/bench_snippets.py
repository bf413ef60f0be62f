"""Sub-type of the first coded event per short news snippet (issue 8's "real snippets" row).

bench/data/snippets.jsonl holds short news snippets (a wire brief, a ticker, a headline with
its lead), each labelled with the ACLED sub-type a coder gives it under GUIDELINES.md. They
were written for measuring, apart from the rule tables and outside the training corpus. As in
the held-out measure, a snippet is scored by the sub-type of the first event eventdesk codes
in it ("none" when it codes none): weighted and macro F1 over the sub-types, the share with
no event, and the most frequent confusions.

    python bench/bench_snippets.py [--data FILE] [--jobs 2] [--no-classifier] [--dump FILE]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "snippets.jsonl"


def f1_scores(pairs: list[tuple[str, str]], labels: list[str]) -> dict[str, float]:
    """Per-label F1 of (gold, predicted) pairs, for the gold labels given."""
    scores = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--no-classifier", action="store_true",
                        help="code with the rules alone (the classifier disabled)")
    parser.add_argument("--dump", type=Path, help="write one JSON line per snippet here")
    parser.add_argument("--show", type=int, default=25, help="confusions to print")
    args = parser.parse_args()

    import eventdesk
    from eventdesk.coding.typology import NONE, type_of
    from eventdesk.records import Document

    rows = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    pipeline = eventdesk.load()
    documents = [Document(text=r["text"], doc_id=r["id"],
                          published=dt.date.fromisoformat(r["published"])) for r in rows]
    started = time.perf_counter()
    if args.no_classifier:
        results = _without_classifier(pipeline, documents)
    else:
        results = pipeline.pipe(documents, n_process=args.jobs)
    pairs, dumped, failed = [], [], 0
    for row, result in zip(rows, results, strict=True):
        _, events = result
        if getattr(result, "failure", None):
            failed += 1
        first = events[0] if events else None
        predicted = first.sub_event_type if first else NONE
        pairs.append((row["sub_event_type"], predicted))
        dumped.append({"id": row["id"], "gold": row["sub_event_type"], "predicted": predicted,
                       "text": row["text"],
                       "events": [[e.sub_event_type, e.evidence] for e in events]})
    seconds = time.perf_counter() - started
    labels = sorted({g for g, _ in pairs})
    scores = f1_scores(pairs, labels)
    support = collections.Counter(g for g, _ in pairs)
    weighted = sum(scores[s] * support[s] for s in labels) / len(pairs)
    macro = sum(scores.values()) / len(labels)
    no_event = sum(1 for _, p in pairs if p == NONE) / len(pairs)
    accuracy = sum(1 for g, p in pairs if g == p) / len(pairs)
    # a lenient gold match needs the event type: the share whose type is right
    same_type = sum(1 for g, p in pairs if g == p or NONE not in (g, p)
                    and type_of(g) == type_of(p)) / len(pairs)
    print(f"{len(pairs)} snippets in {seconds:.0f} s ({failed} failed), {len(labels)} sub-types")
    print(f"weighted F1 {weighted:.3f}  macro F1 {macro:.3f}  accuracy {accuracy:.3f}  "
          f"event-type accuracy {same_type:.3f}  no event {no_event:.1%}")
    print("per sub-type F1:")
    for label in sorted(labels, key=scores.get):
        print(f"  {scores[label]:.2f}  ({support[label]:3d})  {label}")
    confusions = collections.Counter((g, p) for g, p in pairs if g != p)
    print("top confusions (gold -> predicted):")
    for (gold, predicted), n in confusions.most_common(args.show):
        print(f"  {n:3d}  {gold} -> {predicted}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for row in dumped:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


def _without_classifier(pipeline, documents):
    """(document, events) per document, coded by the rules alone."""
    for document in documents:
        yield document, list(pipeline.parse(document, classifier=False)._.events or [])


if __name__ == "__main__":
    sys.exit(main())
