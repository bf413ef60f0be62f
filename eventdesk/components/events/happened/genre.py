"""The report's genre: one labelled as opinion or analysis in its headline or first words
tells its deeds as argument or record, not news. Read once per report.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventdesk.components.events.happened.table import modality
from eventdesk.extensions import doc_ext, doc_text


def opinion_piece(doc: Doc) -> bool:
    """A report labelled as opinion in its headline or first words ("Opinion: …",
    "Editorial: …"): its deeds are the writer's argument and its history, not news told
    (GUIDELINES, What is an event). Read once per report."""
    return _labelled(doc, OPINION_KEY, modality().opinion_labels)


def analysis_piece(doc: Doc) -> bool:
    """A report labelled as analysis or background in its headline or first words
    ("Analysis: …", "Explainer: …"): it may open on the day's news, told with its day, but
    its other deeds are the record and history it weighs. Read once per report."""
    return _labelled(doc, ANALYSIS_KEY, modality().analysis_labels)


def _labelled(doc: Doc, key: str, labels: tuple[str, ...]) -> bool:
    """Whether the headline or the text opens on one of `labels` and a colon or dash."""
    cached = doc.user_data.get(key)
    if cached is None:
        heads = [doc_ext(doc, "title") or "", doc_text(doc)[:80]]
        cached = any(re.match(rf"\s*{re.escape(label)}\s*[:\-\u2013\u2014|]", head.lower())
                     for head in heads for label in labels)
        doc.user_data[key] = cached
    return cached


OPINION_KEY = "eventdesk.opinion_piece"
ANALYSIS_KEY = "eventdesk.analysis_piece"
