"""Scores from matched pairs (GUIDELINES.md, "Scoring"): lenient and strict precision, recall
and F1, attribute agreement over matched pairs, the median distance, and every missed or
spurious event with its evidence, all in one Scores record that `eventdesk eval` prints.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field

from eventdesk.evaluate.gold import GoldDocument
from eventdesk.evaluate.matching import Item, distance, match, to_item
from eventdesk.records import Event


@dataclass(slots=True)
class ErrorItem:
    """A missed gold event or a spurious prediction, with enough to find it in the report."""

    doc_id: str
    event_type: str
    sub_event_type: str
    event_date: str | None
    location: str | None
    evidence: str


@dataclass(slots=True)
class Scores:
    """Everything `eventdesk eval` reports; agreements are None when nothing matched."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    strict_tp: int
    strict_fp: int
    strict_fn: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    n_matched: int
    inter1_agreement: float | None
    inter2_agreement: float | None
    fatalities_agreement: float | None
    claimed_by_agreement: float | None
    median_km: float | None
    n_gold: int
    n_gold_optional: int
    n_predicted: int
    n_unplaced: int
    missed: list[ErrorItem] = field(default_factory=list)
    spurious: list[ErrorItem] = field(default_factory=list)
    unknown_doc_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)



def _error(doc_id: str, item: Item) -> ErrorItem:
    return ErrorItem(doc_id=doc_id, event_type=item.event_type,
                     sub_event_type=item.sub_event_type or "",
                     event_date=item.event_date.isoformat() if item.event_date else None,
                     location=item.location, evidence=item.evidence)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; nothing expected and nothing predicted scores 1.0."""
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _share(values: list[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def score(gold_docs: Iterable[GoldDocument],
          predictions: Mapping[str, list[Event | dict]]) -> Scores:
    """Score predictions (keyed by doc_id) against gold documents, as GUIDELINES.md says."""
    tp = fp = fn = stp = sfp = sfn = 0
    n_gold = n_optional = n_pred = n_unplaced = 0
    agree: dict[str, list[bool]] = {k: [] for k in ("inter1", "inter2", "fatal", "claim")}
    kms: list[float] = []
    missed: list[ErrorItem] = []
    spurious: list[ErrorItem] = []
    gold_ids = set()
    for doc in gold_docs:
        gold_ids.add(doc.doc_id)
        gold = [to_item(e) for e in doc.events]
        n_gold += sum(not g.optional for g in gold)
        n_optional += sum(g.optional for g in gold)
        pred = []
        for raw in predictions.get(doc.doc_id, []):
            item = to_item(raw)
            if item.latitude is None and item.admin1 is None:
                n_unplaced += 1
                continue
            pred.append(item)
        n_pred += len(pred)

        pairs = match(gold, pred, strict=False)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if g.optional:
                continue
            tp += 1
            agree["inter1"].append(g.inter1 == p.inter1)
            agree["inter2"].append((g.inter2 or 0) == (p.inter2 or 0))
            agree["fatal"].append(g.fatalities == p.fatalities)
            agree["claim"].append((g.claimed_by is None) == (p.claimed_by is None))
            km = distance(g, p)
            if km is not None:
                kms.append(km)
        for gi, g in enumerate(gold):
            if gi not in matched_g and not g.optional:
                fn += 1
                missed.append(_error(doc.doc_id, g))
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                fp += 1
                spurious.append(_error(doc.doc_id, p))

        strict_pairs = match(gold, pred, strict=True)
        s_g = {gi for gi, _ in strict_pairs}
        s_p = {pi for _, pi in strict_pairs}
        stp += sum(not gold[gi].optional for gi, _ in strict_pairs)
        sfn += sum(1 for gi, g in enumerate(gold) if gi not in s_g and not g.optional)
        sfp += len(pred) - len(s_p)

    precision, recall, f1 = _prf(tp, fp, fn)
    s_precision, s_recall, s_f1 = _prf(stp, sfp, sfn)
    return Scores(
        tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1,
        strict_tp=stp, strict_fp=sfp, strict_fn=sfn, strict_precision=s_precision,
        strict_recall=s_recall, strict_f1=s_f1, n_matched=tp,
        inter1_agreement=_share(agree["inter1"]), inter2_agreement=_share(agree["inter2"]),
        fatalities_agreement=_share(agree["fatal"]),
        claimed_by_agreement=_share(agree["claim"]),
        median_km=statistics.median(kms) if kms else None,
        n_gold=n_gold, n_gold_optional=n_optional, n_predicted=n_pred, n_unplaced=n_unplaced,
        missed=missed, spurious=spurious,
        unknown_doc_ids=sorted(set(predictions) - gold_ids),
    )

