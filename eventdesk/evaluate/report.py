"""What `eventdesk eval` prints: the scores as a table, and the missed and spurious events."""

from __future__ import annotations

from eventdesk.evaluate.scoring import Scores


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def format_table(scores: Scores) -> str:
    """The human-readable summary `eventdesk eval` prints."""
    km = "n/a" if scores.median_km is None else f"{scores.median_km:.1f} km"
    lines = [
        "                precision  recall      F1     TP    FP    FN",
        f"lenient          {_pct(scores.precision)}  {_pct(scores.recall)}  {_pct(scores.f1)}"
        f"  {scores.tp:5d} {scores.fp:5d} {scores.fn:5d}",
        f"strict           {_pct(scores.strict_precision)}  {_pct(scores.strict_recall)}"
        f"  {_pct(scores.strict_f1)}  {scores.strict_tp:5d} {scores.strict_fp:5d}"
        f" {scores.strict_fn:5d}",
        "",
        f"agreement over {scores.n_matched} matched pair(s):",
        f"  inter1       {_pct(scores.inter1_agreement)}",
        f"  inter2       {_pct(scores.inter2_agreement)}",
        f"  fatalities   {_pct(scores.fatalities_agreement)}",
        f"  claimed_by   {_pct(scores.claimed_by_agreement)}  (both None or both given)",
        f"  median error {km}",
        "",
        f"gold events: {scores.n_gold} (+{scores.n_gold_optional} optional); predicted: "
        f"{scores.n_predicted} placed, {scores.n_unplaced} placed no better than a country "
        "(not scored)",
    ]
    if scores.unknown_doc_ids:
        shown = ", ".join(scores.unknown_doc_ids[:5])
        more = " …" if len(scores.unknown_doc_ids) > 5 else ""
        lines.append(f"predictions for {len(scores.unknown_doc_ids)} doc_id(s) not in the gold "
                     f"file were ignored: {shown}{more}")
    return "\n".join(lines)


def format_errors(scores: Scores) -> str:
    """Each missed gold event and each spurious prediction, with its evidence."""
    lines = []
    for title, items in (("missed (in gold, not predicted)", scores.missed),
                         ("spurious (predicted, not in gold)", scores.spurious)):
        lines.append(f"{title}: {len(items)}")
        for item in items:
            lines.append(f"  {item.doc_id}  {item.event_date or '-'}  {item.event_type} / "
                         f"{item.sub_event_type}  @ {item.location or '-'}")
            lines.append(f"      \"{item.evidence}\"")
    return "\n".join(lines)
