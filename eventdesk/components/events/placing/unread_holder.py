"""A place the index lacks, put by the text in a holder it lacks too ("near Wurgessa in
North Wollo"): the report says which area holds it, in a name eventdesk cannot read, so the
region of another town the report names is no evidence of where it lies."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import namelike, place_tokens
from eventdesk.geo.name_spans import word_after

# words between an unknown name and its holder: "the village of X, in Y", "X town in Y"
KIND_WORDS = frozenset({"town", "village", "area", "locality", "settlement", "camp"})


def held_unread(doc: Doc, start: int) -> bool:
    """The unknown name opening at token `start` is followed by "in Y" or ", Y", Y a proper
    name the index did not read as a place."""
    at = start
    while at < len(doc) and (namelike(doc[at]) or doc[at].text in ("-", "–")):
        at = word_after(doc, at)
    if at < len(doc) and doc[at].lower_ in KIND_WORDS:
        at = word_after(doc, at)
    if at >= len(doc) or doc[at].lower_ not in ("in", ","):
        return False
    holder = word_after(doc, at)
    return holder < len(doc) and namelike(doc[holder]) and doc[holder].lower_ != "the" \
        and holder not in place_tokens(doc)
