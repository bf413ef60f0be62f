""""Gunmen shot a man inside the camp" after the report named "the Velmora camp, east of
Tarsk": "the camp" is the one the report named, and a camp named after the place it stands
at is at that place -- not the town it was measured from, nor the dateline's."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext
from eventdesk.geo.name_spans import word_before
from eventdesk.records import Place

# "the camp", "the camp's clinic": a definite word for the camp the report named before
CAMP_WORDS = frozenset({"camp"})


def camp_named_before(placer, doc: Doc, clause: Clause) -> Place | None:
    """The place of the last camp the report named before the clause ("X camp", X a place
    the index knows) when the clause names "the camp" and no place of its own; else
    None."""
    camp = next((t for t in clause.tokens if t.lower_ in CAMP_WORDS and (
        before := word_before(doc, t.i)) >= 0 and doc[before].lower_ == "the"), None)
    if camp is None:
        return None
    named = [m for m in doc_ext(doc, "places") or [] if m.kind == "place" and m.end < camp.i
             and m.end < len(doc) and doc[m.end].lower_ in CAMP_WORDS
             and placer.judge.plausible(doc, m)]
    if not named:
        return None
    place = placer.gazetteer.resolve(named[-1], countries=doc_ext(doc, "countries") or None)
    return place if place is not None and place.latitude is not None else None
