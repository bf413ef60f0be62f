"""Audit of the "no event" cues and rules: per cue, how often it drops a clause that
reports an event (a wrong drop) against how often it drops one that does not (a right drop).

Each not-an-event cue of data/rules/modality.toml (and each typing.toml rule that gives
"none") was written from a few examples; this bench counts, from the decision trace
(`doc.user_data[DECISIONS_KEY]`), where each one is the reason a clause was not coded:

wrong drops, on text that reports an event
  real   the real wire sentences of eventdesk/data/training/event_location.jsonl labelled
         with a sub-type: a drop at the marked event word, where nothing was coded there
  snip   the labelled snippets (bench/data/snippets*.jsonl, one event each): a drop in a
         snippet where nothing at all was coded
  gold   the gold events of the studied gold sets: a drop overlapping the evidence of a
         gold event that nothing coded overlaps
right drops, on text that reports none
  none   the corpus sentences labelled `none`: a drop at the marked word
  noev   the no-event reports (bench/data/no_event_reports*.jsonl): every drop
  bg     the studied gold sets: a drop overlapping no gold event's evidence (the sets
         list every event, so the clause is background)

A cue whose wrong drops clearly outnumber its right drops is too wide. `--dump FILE`
writes every drop (source, cue, kind, clause, text) as JSON Lines to study them. Never
pass the measure-only gold sets (dev2, dev6, dev7): they are not for studying.

    python bench/bench_cues.py [--n 9102] [--jobs 1] [--rules-only] [--dump FILE]
                               [--gold FILE ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eventdesk" / "data" / "training" / "event_location.jsonl"
SNIPPETS = sorted((ROOT / "bench" / "data").glob("snippets*.jsonl"))
NO_EVENT = sorted((ROOT / "bench" / "data").glob("no_event_reports*.jsonl"))
# dev.jsonl beside the repository (../shared), or beside the worktrees' folder
SHARED_DEV = next((p for p in (ROOT.parent / "shared" / "gold" / "dev.jsonl",
                               ROOT.parent.parent / "shared" / "gold" / "dev.jsonl")
                   if p.exists()), None)
STUDIED_GOLD = [*([SHARED_DEV] if SHARED_DEV else []),
                *(ROOT / "tests" / "gold" / f"dev{n}.jsonl" for n in (3, 4, 5))]
WRONG = ("real", "snip", "gold")
RIGHT = ("none", "noev", "bg")
BATCH = 32


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _drops(decisions: list) -> list[tuple[int, int, str, str]]:
    """(start, end, cue, clause) of each clause not coded: a modality cue ("not happened")
    or a typing rule that chose no sub-type (named "typing:RULE")."""
    found = []
    for start, clause, outcome, why in decisions:
        if outcome == "not happened":
            found.append((start, start + len(clause), why, clause))
        elif outcome == "none":
            found.append((start, start + len(clause), f"typing:{why}", clause))
    return found


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _judge(job: tuple[str, list[dict], bool]) -> list[dict]:
    """The drops to count in one chunk of one source: (source, cue, clause, text) rows."""
    kind, rows, classifier = job
    import eventdesk
    from eventdesk.components.events import DECISIONS_KEY
    from eventdesk.records import Document

    pipeline = eventdesk.load()
    documents = [Document(text=r["text"], doc_id=r.get("id") or r.get("doc_id"),
                          published=_date(r.get("published"))) for r in rows]
    found = []
    for row, doc in zip(rows, pipeline.parse_many(documents, classifier=classifier,
                                                  batch_size=BATCH), strict=True):
        if doc is None:
            continue
        events = list(doc._.events or [])
        for source, cue, clause in _count(kind, row, events,
                                          _drops(doc.user_data.get(DECISIONS_KEY, []))):
            found.append({"source": source, "cue": cue, "clause": clause, "text": row["text"]})
    return found


def _count(kind: str, row: dict, events: list, drops: list) -> list[tuple[str, str, str]]:
    """(source column, cue, clause) for each drop that counts in this row."""
    if kind == "corpus":
        start, end = row["start"], row["end"]
        if any(_overlaps(e.evidence_start, e.evidence_end, start, end) for e in events):
            return []
        source = "none" if row["label"] == "none" else "real"
        # one count per cue per sentence
        cues = {cue: clause for s, e, cue, clause in drops if _overlaps(s, e, start, end)}
        return [(source, cue, clause) for cue, clause in cues.items()]
    if kind == "snippet":
        if events:
            return []
        cues = {cue: clause for _, _, cue, clause in drops}
        return [("snip", cue, clause) for cue, clause in cues.items()]
    if kind == "no_event":
        return [("noev", cue, clause) for _, _, cue, clause in drops]
    # a gold report: the evidence of each gold event, found in its text
    spans = []
    for gold in row["events"]:
        at = row["text"].find(gold.get("evidence") or "\0")
        if at >= 0:
            spans.append((at, at + len(gold["evidence"])))
    missed = [(s, e) for s, e in spans
              if not any(_overlaps(ev.evidence_start, ev.evidence_end, s, e) for ev in events)]
    counted = []
    for s, e, cue, clause in drops:
        if any(_overlaps(s, e, gs, ge) for gs, ge in missed):
            counted.append(("gold", cue, clause))
        elif not any(_overlaps(s, e, gs, ge) for gs, ge in spans):
            counted.append(("bg", cue, clause))
    return counted


def _jobs(args) -> list[tuple[str, list[dict], bool]]:
    corpus = [r for r in _read(args.corpus) if r.get("origin", "real") == "real"][:args.n]
    sources = [("corpus", corpus), ("snippet", [r for p in SNIPPETS for r in _read(p)]),
               ("no_event", [r for p in NO_EVENT for r in _read(p)]),
               ("gold", [r for p in args.gold for r in _read(p)])]
    classifier = not args.rules_only
    return [(kind, rows[i:i + 200], classifier) for kind, rows in sources
            for i in range(0, len(rows), 200)]


def _table(found: list[dict], top: int) -> None:
    counts: dict[str, Counter] = defaultdict(Counter)
    for f in found:
        counts[f["cue"]][f["source"]] += 1
    print(f"{'cue':38s} " + " ".join(f"{c:>5s}" for c in WRONG) + " | "
          + " ".join(f"{c:>5s}" for c in RIGHT) + " |  wrong  right")
    ranked = sorted(counts.items(), key=lambda kv: -sum(kv[1][c] for c in WRONG))
    for cue, c in ranked[:top]:
        wrong, right = sum(c[s] for s in WRONG), sum(c[s] for s in RIGHT)
        flag = "  <-- wrong > right" if wrong > right and wrong >= 3 else ""
        print(f"{cue[:38]:38s} " + " ".join(f"{c[s]:5d}" for s in WRONG) + " | "
              + " ".join(f"{c[s]:5d}" for s in RIGHT) + f" | {wrong:6d} {right:6d}{flag}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="first N corpus sentences")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--rules-only", action="store_true",
                        help="code with the rules alone (the classifier disabled)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--gold", type=Path, nargs="*", default=STUDIED_GOLD,
                        help="studied gold sets (never dev2, dev6, dev7)")
    parser.add_argument("--top", type=int, default=60, help="cues to list")
    parser.add_argument("--dump", type=Path, default=None, help="write every drop here")
    args = parser.parse_args()

    started = time.perf_counter()
    jobs = _jobs(args)
    if args.jobs <= 1:
        found = [f for job in jobs for f in _judge(job)]
    else:
        import eventdesk
        eventdesk.load()   # loaded once, shared by the forked workers
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            found = [f for part in pool.imap(_judge, jobs) for f in part]
    print(f"({time.perf_counter() - started:.0f} s; wrong drops: {', '.join(WRONG)}; "
          f"right drops: {', '.join(RIGHT)}; see the docstring)")
    _table(found, args.top)
    if args.dump is not None:
        with args.dump.open("w", encoding="utf-8") as out:
            for f in found:
                out.write(json.dumps(f, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
