"""How often the classifier's `none` veto is right (typing.toml [proposal] veto_at).

Every trigger clause the typing rules give a sub-type (not `sense_known`, not final) is
recorded with the classifier's P(none) for it, and judged:
- on the real sentences of eventdesk/data/training/event_location.jsonl held out of one
  cross-validation fold (`train.fold_splits`, fold 0 by default), coded with that fold's
  model (out of sample): the clause that holds the marked word is an event when its label is
  a sub-type;
- on the no-event reports of bench/data/no_event_reports*.jsonl: never an event;
- on the studied gold sets (../shared/gold/dev.jsonl, tests/gold/dev3-5): an event when a
  gold event's evidence overlaps the clause (dev's evidence is in the classifier's training
  data, so dev flatters it).
Never the measure-only sets. For each threshold it prints how many vetoes would be right
(`none`) and wrong (`event`), and the same split by the features tried as "the rule's
evidence is weak": the roles the rule read, a day named in the clause, and whether the
classifier's non-`none` mass sits on the rule's own sub-type.

    python bench/bench_veto.py [--fold 0] [--folds-dir /tmp/eventdesk-folds]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_proposal_limits import GOLD, NO_EVENT, Stages  # noqa: E402

THRESHOLDS = (0.7, 0.8, 0.85, 0.9, 0.95, 0.97)
DAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
                 r"today|tonight|this morning|last night|overnight|january|february|march|"
                 r"april|may|june|july|august|september|october|november|december)\b", re.I)


def _recorder(records: list[dict], where: dict):
    """A stand-in for the typing table's decide that records the clauses a veto could drop."""
    from eventdesk.components.events.subtype import table as typing_table

    decide = typing_table.decide

    def recording(facts, proposal=None):
        table = typing_table.rule_table()
        ruled = next((r for r in table.rules if r.holds(facts, table.cues)), None)
        if proposal and ruled is not None and ruled.gives is not None \
                and not ruled.sense_known:
            doc, tokens = facts.doc, facts.clause.tokens
            first, last = min(t.i for t in tokens), max(t.i for t in tokens)
            records.append({**where, "start": doc[first].idx,
                            "end": doc[last].idx + len(doc[last].text),
                            "rule": ruled.name, "sub": ruled.gives,
                            "none": proposal.get("none", 0.0),
                            "own": proposal.get(ruled.gives, 0.0),
                            "roles": (facts.agent_role, facts.patient_role),
                            "text": " ".join(t.text for t in tokens)})
        return decide(facts, proposal)

    typing_table.decide = recording


def _overlaps(record: dict, start: int, end: int) -> bool:
    return record["start"] < end and start < record["end"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fold", type=int, default=0)
    parser.add_argument("--folds-dir", type=Path, default=Path("/tmp/eventdesk-folds"))
    args = parser.parse_args()

    import eventdesk
    from eventdesk.classify import load_classifier
    from eventdesk.classify.corpus import read_corpus
    from eventdesk.classify.model import EventClassifier
    from eventdesk.classify.train import fit, fold_splits
    from eventdesk.evaluate import load_gold
    from eventdesk.records import Document

    records: list[dict] = []
    where: dict = {}
    _recorder(records, where)
    stages = Stages(eventdesk.load())
    shipped = load_classifier()
    truth = {}  # (set, document) -> judge(record) -> True (event) / False / None (unknown)

    def code(name, prepared, model):
        for i, pair in enumerate(prepared):
            where.update(set=name, doc=i)
            stages.code(f"{name}#{i}", [pair], lambda _: model, 0.8)

    for path in GOLD:
        docs = load_gold(path)
        code(path.stem, stages.prepare([Document(
            text=g.text, doc_id=g.doc_id, published=g.published, outlet=g.outlet,
            title=g.title, url=g.url) for g in docs]), shipped)
        for i, g in enumerate(docs):
            spans = [(a, a + len(e.evidence)) for e in g.events
                     if (a := g.text.find(e.evidence)) >= 0]
            truth[path.stem, i] = lambda r, spans=spans: any(_overlaps(r, *s) for s in spans)
    for path in NO_EVENT:
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        code(path.stem, stages.prepare([Document(
            text=r["text"], doc_id=r["id"], published=dt.date.fromisoformat(r["published"]))
            for r in rows]), shipped)
        for i in range(len(rows)):
            truth[path.stem, i] = lambda r: False
    examples = read_corpus()
    train, held_out = fold_splits(examples)[args.fold]
    model_path = args.folds_dir / f"fold{args.fold}.npz"
    if not model_path.exists():
        args.folds_dir.mkdir(parents=True, exist_ok=True)
        print(f"training the model of fold {args.fold}", flush=True)
        fit([examples[i] for i in train]).save(model_path)
    real = [i for i, e in enumerate(examples) if e.origin == "real"]
    sentences = [examples[real[pos]] for pos in sorted(held_out)]
    code("real", stages.prepare([Document(text=e.text, doc_id=e.id) for e in sentences]),
         EventClassifier.load(model_path))
    for i, e in enumerate(sentences):
        truth["real", i] = lambda r, e=e: (e.label != "none") if _overlaps(r, e.start, e.end) \
            else None

    judged = []
    for r in records:
        verdict = truth[r["set"], r["doc"]](r)
        if verdict is not None:
            kind = "real" if r["set"] == "real" else \
                "no-event" if r["set"].startswith("no_event") else "gold"
            judged.append({**r, "event": verdict, "kind": kind})
    print(f"{len(records)} clauses typed by a rule with a proposal, {len(judged)} judged")
    print("veto_at: right (truly no event) / wrong (an event), by set")
    for threshold in THRESHOLDS:
        vetoed = [r for r in judged if r["none"] >= threshold]
        counts = Counter((r["kind"], r["event"]) for r in vetoed)
        print(f"  {threshold:.2f}: " + "; ".join(
            f"{kind} {counts[kind, False]}/{counts[kind, True]}"
            for kind in ("real", "gold", "no-event")))
    vetoed = [r for r in judged if r["none"] >= 0.9]
    splits = {
        "a day named in the clause": lambda r: bool(DAY.search(r["text"])),
        "no role read (agent and patient none)": lambda r: r["roles"] == ("none", "none"),
        "classifier's other mass >= half on the rule's sub-type":
            lambda r: r["own"] / max(1e-9, 1 - r["none"]) >= 0.5,
    }
    print("at 0.9, right/wrong by a candidate 'weak evidence' feature (yes | no):")
    for name, test in splits.items():
        yes = Counter(r["event"] for r in vetoed if test(r))
        no = Counter(r["event"] for r in vetoed if not test(r))
        print(f"  {name}: {yes[False]}/{yes[True]} | {no[False]}/{no[True]}")
    by_rule: dict[str, Counter] = defaultdict(Counter)
    for r in vetoed:
        by_rule[r["rule"]][r["event"]] += 1
    print("at 0.9, right/wrong by the rule vetoed:")
    for rule, c in sorted(by_rule.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {c[False]:3d}/{c[True]:<3d} {rule}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
