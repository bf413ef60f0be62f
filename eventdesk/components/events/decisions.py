"""The decisions log: why each clause was or was not coded, kept on the Doc for the vetter
and for reading a report's coding. Its own module so every step can add to it without
importing the stage (coder.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import evidence_bounds
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_text

# doc.user_data key: list of (clause start char, clause text, outcome, why): a sub-type (or "none")
# and the typing rule that chose it; "not happened" and the modality cue; "adds to" and the sub-type
# of the earlier event; "sides" and the default-actor rules that applied, space-separated; "merged
# into" and the sub-type and start of the event a telling was merged into.
DECISIONS_KEY = "eventdesk.decisions"


def log_entry(doc: Doc, clause: Clause, outcome: str, why: str) -> tuple[int, str, str, str]:
    """The log entry of a clause: its first character, its words, the outcome and why."""
    start, end = evidence_bounds(doc, clause)
    return start, doc_text(doc)[start:end], outcome, why
