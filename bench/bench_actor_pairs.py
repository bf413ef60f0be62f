"""Actor agreement on a studied gold set: the matched pairs whose inter1/inter2 differ.

Matches predictions to gold as `eventdesk eval` does (lenient) and prints, for each pair
whose inter codes differ from gold, both sides' actors and the gold evidence, then the
counts. It prints gold text: use it on studied sets only, never on measure-only ones.

    eventdesk extract GOLD --format jsonl -o PRED
    python bench/bench_actor_pairs.py GOLD PRED
"""

from __future__ import annotations

import collections
import json
import sys

from eventdesk import evaluate
from eventdesk.evaluate import matching


def _placed(row) -> bool:
    item = matching.to_item(row)
    return item.latitude is not None or bool(item.admin1)


def main(gold_path: str, pred_path: str) -> int:
    preds = collections.defaultdict(list)
    with open(pred_path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if _placed(row):
                preds[row["doc_id"]].append(row)
    counts: collections.Counter[str] = collections.Counter()
    for doc in evaluate.load_gold(gold_path):
        gold, pred = list(doc.events), preds.get(doc.doc_id, [])
        pairs = matching.match([matching.to_item(e) for e in gold],
                               [matching.to_item(r) for r in pred], strict=False)
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            counts["pairs"] += 1
            wrong = [side for side, a, b in (("inter1", g.inter1, p.get("inter1")),
                                             ("inter2", g.inter2 or 0, p.get("inter2") or 0))
                     if (a or None) != (b or None)]
            counts.update(wrong)
            if wrong:
                print(f"{doc.doc_id} {g.event_type} {','.join(wrong)}\n"
                      f"  gold {g.actor1} ({g.inter1}) / {g.actor2} ({g.inter2})\n"
                      f"  pred {p.get('actor1')} ({p.get('inter1')}) / {p.get('actor2')} "
                      f"({p.get('inter2')})\n  {g.evidence[:160]}")
    print(dict(counts))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
