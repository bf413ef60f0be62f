"""The learned classifier's stage: a proposal (P of each sub-type and of `none`) for every
clause that holds a trigger, keyed by the clause's root token, in `doc._.proposals`.

Only trigger clauses are classified, in one batch per report, so the cost grows with the
number of candidate events, not with the length of the report. The event coder combines a
proposal with its rules (components/events/subtype.py `combine`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.classify.model import EventClassifier, Example
from eventdesk.components.triggers import Clause, clauses


def event_word(clause: Clause) -> tuple[int, int]:
    """Character span of the clause's main event word: the trigger at its root, or else
    its first trigger (the event word the training sentences mark)."""
    doc = clause.sent.doc
    chosen = next((t for t in clause.triggers if t.start <= clause.root.i < t.end),
                  clause.triggers[0])
    span = doc[chosen.start:chosen.end]
    return span.start_char, span.end_char


def propose(classifier: EventClassifier, doc: Doc) -> dict[int, dict[str, float]]:
    """{clause root index: {label: probability}} for every trigger clause of the report."""
    triggers = doc._.triggers or []
    keys: list[int] = []
    examples: list[Example] = []
    for sent in doc.sents:
        for clause in clauses(sent, triggers):
            if not clause.triggers:
                continue
            start, end = event_word(clause)
            offset = sent.start_char
            keys.append(clause.root.i)
            examples.append(Example(sent.text, start - offset, end - offset))
    return dict(zip(keys, classifier.predict(examples), strict=True))
