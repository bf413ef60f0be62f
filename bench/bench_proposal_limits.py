"""Where the classifier's proposals should count: typing.toml [proposal] limits compared on
every studied set at once (issue 8).

A setting of (propose_at, override_at, veto_at, find_at) is scored on
- the studied gold sets (`eventdesk eval` lenient/strict F1): ../shared/gold/dev.jsonl (the
  classifier saw its evidence in training) and tests/gold/dev3, dev4, dev5 (unseen by it);
- the no-event reports of bench/data/no_event_reports*.jsonl (false events, as
  bench/bench_no_event.py counts them);
- the real sentences of eventdesk/data/training/event_location.jsonl, each coded with the
  model of the cross-validation fold that held it out (`train.fold_splits`), so the figures
  are out-of-sample, unlike bench/bench_events_real.py's: event-vs-none F1 at the marked
  word, sub-type accuracy where both say event, and typed F1 (event and sub-type right).
Never the measure-only sets (dev2, dev6).

Each document is parsed once up to the trigger stage; every setting then reruns only the
classifier and event stages, so a setting costs seconds on the gold sets, a few minutes on
the real sentences.

    python bench/bench_proposal_limits.py --limits 0.7,0.9,0.9,0.8 --limits 0.7,0.8,0.9,0.8
        [--folds-dir /tmp/folds] [--stride 3] [--no-real]

`--folds-dir` keeps the five out-of-fold models (trained on first use: five fits of
`eventdesk train`'s head). `--stride 3` codes every third real sentence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = [Path("/work/shared/gold/dev.jsonl"), ROOT / "tests/gold/dev3.jsonl",
        ROOT / "tests/gold/dev4.jsonl", ROOT / "tests/gold/dev5.jsonl"]
NO_EVENT = sorted((ROOT / "bench" / "data").glob("no_event_reports*.jsonl"))


def _limits(text: str) -> tuple[float, float, float, float]:
    values = tuple(float(v) for v in text.split(","))
    if len(values) != 4:
        raise argparse.ArgumentTypeError("four numbers: propose_at,override_at,veto_at,find_at")
    return values


class Stages:
    """Documents parsed up to their triggers, recoded per setting by the last two stages."""

    def __init__(self, pipeline):
        self.pipeline = pipeline
        self.nlp = pipeline._nlp
        self.events = self.nlp.get_pipe("eventdesk_events")
        self._proposals: dict = {}

    def prepare(self, documents) -> list:
        with self.nlp.select_pipes(disable=["eventdesk_classifier", "eventdesk_events"]):
            docs = [self.pipeline._make_doc(d) for d in documents]
            return [(doc, list(doc._.triggers or [])) for doc in self.nlp.pipe(docs, batch_size=64)]

    def code(self, name: str, prepared: list, model_of, find_at: float) -> list[list]:
        """The events of each prepared document under the current typing limits."""
        from eventdesk.components.classifier import propose

        key = (name, find_at)
        if key not in self._proposals:
            self._proposals[key] = []
            for i, (doc, triggers) in enumerate(prepared):
                doc._.triggers = list(triggers)
                proposals = propose(model_of(i), doc)
                self._proposals[key].append((list(doc._.triggers), proposals))
        coded = []
        for (doc, _), (triggers, proposals) in zip(prepared, self._proposals[key], strict=True):
            doc._.triggers, doc._.proposals = list(triggers), proposals
            self.events(doc)
            coded.append(list(doc._.events or []))
        return coded


def _fold_models(examples, folds_dir: Path):
    from eventdesk.classify.model import EventClassifier
    from eventdesk.classify.train import fit, fold_splits

    folds_dir.mkdir(parents=True, exist_ok=True)
    splits = fold_splits(examples)
    models = []
    for k, (train, _) in enumerate(splits):
        path = folds_dir / f"fold{k}.npz"
        if not path.exists():
            print(f"training the model of fold {k}", flush=True)
            fit([examples[i] for i in train]).save(path)
        models.append(EventClassifier.load(path))
    return models, splits


def _real_figures(sentences, coded) -> dict:
    tp = fp = fn = same = 0
    for sentence, events in zip(sentences, coded, strict=True):
        hits = [e for e in events
                if e.evidence_start < sentence.end and sentence.start < e.evidence_end]
        sub_type = hits[0].sub_event_type if hits else None
        if sub_type and sentence.label != "none":
            tp += 1
            same += sub_type == sentence.label
        elif sub_type:
            fp += 1
        elif sentence.label != "none":
            fn += 1
    p, r = tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)
    tp_typed, tr_typed = same / ((tp + fp) or 1), same / ((tp + fn) or 1)
    return {"event_f1": 2 * p * r / ((p + r) or 1), "precision": p, "recall": r,
            "sub_type_accuracy": same / (tp or 1),
            "typed_f1": 2 * tp_typed * tr_typed / ((tp_typed + tr_typed) or 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limits", type=_limits, action="append", required=True,
                        metavar="P,O,V,F", help="propose_at,override_at,veto_at,find_at")
    parser.add_argument("--folds-dir", type=Path, default=Path("/tmp/eventdesk-folds"))
    parser.add_argument("--stride", type=int, default=3, help="every Nth real sentence")
    parser.add_argument("--no-real", action="store_true", help="gold and no-event sets only")
    args = parser.parse_args()

    import eventdesk
    from eventdesk.classify import load_classifier
    from eventdesk.classify.corpus import read_corpus
    from eventdesk.components.events.subtype.table import Proposal, rule_table
    from eventdesk.evaluate import load_gold, score
    from eventdesk.records import Document

    stages = Stages(eventdesk.load())
    shipped = load_classifier()
    gold = {path.stem: load_gold(path) for path in GOLD}
    prepared = {name: stages.prepare([Document(text=g.text, doc_id=g.doc_id,
                                               published=g.published, outlet=g.outlet,
                                               title=g.title, url=g.url)
                                      for g in docs]) for name, docs in gold.items()}
    for path in NO_EVENT:
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        prepared[path.stem] = stages.prepare([Document(
            text=r["text"], doc_id=r["id"], published=dt.date.fromisoformat(r["published"]))
            for r in rows])
    if not args.no_real:
        examples = read_corpus()
        models, splits = _fold_models(examples, args.folds_dir)
        real = [i for i, e in enumerate(examples) if e.origin == "real"]
        fold_at = {real[pos]: k for k, (_, held_out) in enumerate(splits) for pos in held_out}
        chosen = real[::args.stride]
        sentences = [examples[i] for i in chosen]
        prepared["real"] = stages.prepare([Document(text=e.text, doc_id=e.id)
                                           for e in sentences])

    table = rule_table()
    shipped_limits = table.limits
    try:
        for limits in args.limits:
            started = time.perf_counter()
            # the bench sets the limits in place of typing.toml's, and restores them after
            object.__setattr__(table, "limits", Proposal(*limits))
            figures = []
            for name, docs in gold.items():
                coded = stages.code(name, prepared[name], lambda i: shipped, limits[3])
                s = score(docs, {d.doc_id: e for d, e in zip(docs, coded, strict=True)})
                figures.append(f"{name} {s.f1:.3f}/{s.strict_f1:.3f}")
            false_events = [sum(map(len, stages.code(p.stem, prepared[p.stem],
                                                     lambda i: shipped, limits[3])))
                            for p in NO_EVENT]
            figures.append(f"no-event false events {'+'.join(map(str, false_events))}")
            if not args.no_real:
                coded = stages.code("real", prepared["real"],
                                    lambda i: models[fold_at[chosen[i]]], limits[3])
                real_figures = _real_figures(sentences, coded)
                figures.append("real (out-of-fold) " + " ".join(
                    f"{k} {v:.3f}" for k, v in real_figures.items()))
            print(f"{','.join(map(str, limits))}: " + "; ".join(figures)
                  + f" ({time.perf_counter() - started:.0f} s)", flush=True)
    finally:
        object.__setattr__(table, "limits", shipped_limits)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
