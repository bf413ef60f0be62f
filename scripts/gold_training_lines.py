"""Training lines from the studied gold sets (eventdesk/data/training/gold_sentences.jsonl).

The gold sets were written after the corpus, in styles it lacks (state bulletins, translated
and local press, crowds, snippets). Each studied report gives, as the pipeline would read it
(its sentences, trigger clauses and event words, rules alone):

- an event line per non-optional gold event: the sentence holding its evidence, the event
  word of the trigger clause inside the evidence (the one whose trigger category can give
  the gold event type first, else the first; no trigger clause: the evidence's syntactic
  root), labelled with the gold sub-type;
- `none` lines from the sentences no gold evidence touches (optional events' included):
  in a report with no gold event every trigger clause and every trigger-less conflict
  clause the classifier reads (components/classifier.py `candidate_verbs`); in a report
  with gold events only the trigger clauses whose category cannot give any event type of
  the report's gold events (optional ones included), since a clause that can may retell a
  coded event (GUIDELINES: an event is coded once however many sentences tell it).

The measure-only sets (evaluate/gold_sets.py `MEASURE_ONLY`) are never read (the studied
ones are listed there by hand, never by a range that could take one in); dev.jsonl's
evidence is already in dev_evidence.jsonl, so only its `none` lines are taken.

    PYTHONPATH=$PWD python scripts/gold_training_lines.py \
        > eventdesk/data/training/gold_sentences.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from eventdesk.evaluate.gold_sets import MEASURE_ONLY, TRAINED_ON

EVIDENCE_ALREADY_IN_CORPUS = {"dev.jsonl"}

ALL = frozenset({"Battles", "Protests", "Riots", "Explosions/Remote violence",
                 "Violence against civilians", "Strategic developments"})
# The event types a clause of each trigger category (data/triggers.toml) can be coded as.
TYPES_OF_CATEGORY = {
    "clash": {"Battles"}, "recapture": {"Battles"},
    "capture": {"Battles", "Strategic developments", "Violence against civilians"},
    "withdraw": {"Battles", "Strategic developments"},
    "air": {"Explosions/Remote violence"}, "shelling": {"Explosions/Remote violence"},
    "suicide": {"Explosions/Remote violence"}, "explosive": {"Explosions/Remote violence"},
    "blast": {"Explosions/Remote violence"}, "grenade": {"Explosions/Remote violence"},
    "chemical": {"Explosions/Remote violence"},
    "strike": {"Explosions/Remote violence", "Battles", "Violence against civilians"},
    "attack": {"Battles", "Violence against civilians", "Explosions/Remote violence"},
    "abduction": {"Violence against civilians"}, "sexual": {"Violence against civilians"},
    "protest": {"Protests", "Riots"}, "riot": {"Riots", "Protests"},
    "arrest": {"Strategic developments", "Violence against civilians"},
    "looting": {"Strategic developments", "Riots"},
    "destroy": {"Strategic developments", "Explosions/Remote violence", "Riots"},
}  # any other category (kill, agreement, base, ...): see _types


def _types(category: str) -> frozenset[str]:
    """A casualty ("kill") can be any violent type; the strategic categories are that type."""
    if category == "kill":
        return ALL - {"Strategic developments"}
    return frozenset(TYPES_OF_CATEGORY.get(category, {"Strategic developments"}))


def _clause_types(clause) -> frozenset[str]:
    return frozenset().union(*(_types(t.category) for t in clause.triggers))


def _line(ident, sent, start_char, end_char, label, source) -> dict:
    offset = sent.start_char
    return {"id": ident, "text": sent.text, "start": start_char - offset,
            "end": end_char - offset, "label": label, "origin": "dev", "source": source}


def _evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    at = text.find(evidence)
    return None if at < 0 else (at, at + len(evidence))


def lines_of_report(doc, row: dict, source: str, *, events_too: bool, stats: Counter):
    from eventdesk.coding.typology import type_of
    from eventdesk.components.classifier import candidate_verbs, event_word
    from eventdesk.components.triggers import sentence_clauses

    text = doc.text
    gold = row["events"]
    spans = []  # (start, end, event or None when optional)
    for event in gold:
        span = _evidence_span(text, event.get("evidence") or "")
        if span is None:
            stats["evidence not found"] += 1
            continue
        spans.append((*span, None if event.get("optional") else event))
    report_types = {e["event_type"] for e in gold}
    grouped = sentence_clauses(doc)
    out = []
    k = 0
    for s_start, s_end, event in spans:
        if event is None or not events_too:
            continue
        best = None
        for sent, clauses in grouped:
            if sent.end_char <= s_start or sent.start_char >= s_end:
                continue
            for clause in clauses:
                w_start, w_end = event_word(clause)
                if not (s_start <= w_start and w_end <= s_end):
                    continue
                fits = event["event_type"] in _clause_types(clause)
                if best is None or fits and not best[0]:
                    best = (fits, sent, w_start, w_end)
        if best is None:
            span = doc.char_span(s_start, s_end, alignment_mode="expand")
            root = span.root
            best = (False, root.sent, root.idx, root.idx + len(root.text))
            stats["event word: evidence root"] += 1
        _, sent, w_start, w_end = best
        label = event["sub_event_type"]
        assert type_of(label) == event["event_type"], (row["doc_id"], label)
        out.append(_line(f"gold-{row['doc_id']}#{k}", sent, w_start, w_end, label,
                         f"{source}:{row['doc_id']}"))
        k += 1
    touched = lambda sent: any(a < sent.end_char and sent.start_char < b  # noqa: E731
                               for a, b, _ in spans)
    n = 0
    for sent, clauses in grouped:
        if touched(sent):
            continue
        for clause in clauses:
            if _clause_types(clause) & report_types:
                stats["none skipped: may retell a gold event"] += 1
                continue
            w_start, w_end = event_word(clause)
            out.append(_line(f"gold-{row['doc_id']}/n{n}", sent, w_start, w_end, "none",
                             f"{source}:{row['doc_id']}"))
            n += 1
    if not gold:
        for verb, sent in candidate_verbs(doc):
            if touched(sent):
                continue
            out.append(_line(f"gold-{row['doc_id']}/n{n}", sent, verb.idx,
                             verb.idx + len(verb.text), "none", f"{source}:{row['doc_id']}"))
            n += 1
            stats["none: trigger-less conflict clause"] += 1
    return out


def main() -> int:
    import eventdesk
    from eventdesk.records import Document

    pipeline = eventdesk.load()
    stats: Counter = Counter()
    seen: set[tuple[str, int, int]] = set()
    for path in TRAINED_ON:
        assert path.name not in MEASURE_ONLY
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        source = f"gold/{path.name}"
        documents = [Document(text=r["text"], doc_id=r["doc_id"]) for r in rows]
        for row, doc in zip(rows, pipeline.parse_many(documents, classifier=False), strict=True):
            for line in lines_of_report(doc, row, source, stats=stats,
                                        events_too=path.name not in EVIDENCE_ALREADY_IN_CORPUS):
                key = (line["text"], line["start"], line["end"])
                if key in seen:
                    stats["dropped: same sentence and event word as a line before"] += 1
                    continue
                seen.add(key)
                stats[line["label"] if line["label"] == "none" else "event"] += 1
                print(json.dumps(line, ensure_ascii=False))
    for key, value in sorted(stats.items()):
        print(f"{key}: {value}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
