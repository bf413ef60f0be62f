"""Events coded with the same actor on both sides (issue 10), on real news sentences.

Over ../shared/corpora/event_location/sentences.jsonl (9,102 sentences): how many coded
events have actor1 equal to actor2 (or to assoc_actor_2), and which actor pairs they are.
A sound coder has none: one actor does not fight itself.

    python bench/bench_sides.py [--n 9102] [--jobs 2] [--show 20]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "event_location" / "sentences.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="first N sentences (default all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--show", type=int, default=20, help="examples to print")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()

    import eventdesk
    from eventdesk.records import Document

    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8")][:args.n]
    pipeline = eventdesk.load()
    documents = [Document(text=r["text"], doc_id=r["id"]) for r in rows]
    started = time.perf_counter()
    events = same = failed = 0
    pairs: collections.Counter[str] = collections.Counter()
    examples = []
    for result in pipeline.pipe(documents, n_process=args.jobs):
        document, found = result
        if getattr(result, "failure", None):
            failed += 1
            continue
        for event in found:
            events += 1
            if event.actor1 and event.actor1 in (event.actor2, event.assoc_actor_2):
                same += 1
                pairs[f"{event.sub_event_type}: {event.actor1}"] += 1
                examples.append((document.doc_id, event.actor1, event.evidence))
    seconds = time.perf_counter() - started
    print(f"{len(rows)} sentences in {seconds:.0f} s ({failed} failed); {events} events")
    print(f"same actor on both sides: {same}")
    for pair, n in pairs.most_common(args.show):
        print(f"  {n:4d}  {pair}")
    for doc_id, actor, evidence in examples[:args.show]:
        print(f"  {doc_id}  {actor}  | {evidence[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
