"""A protest or an attack at a state's institution with no town named ("outside parliament",
"at the presidential palace", "stormed the Ministry of Finance"): the institution stands in
the country's capital, the nearest named town (GUIDELINES' geo_precision 2)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_tokens
from eventdesk.records import Place

# the seat of a state's government: one word, or a word and what it is ("presidential palace")
INSTITUTION_WORDS = frozenset({"parliament", "ministry"})
INSTITUTION_PAIRS = frozenset({("presidential", "palace"), ("national", "assembly"),
                               ("state", "house"), ("prime", "minister's"),
                               ("government", "headquarters")})
# the words that put the deed at the institution: "outside parliament", "stormed the ministry",
# "drove the marchers away from the ministry"
AT_WORDS = frozenset({"outside", "at", "near", "front", "into", "storm", "stormed",
                      "besiege", "besieged", "around", "away"})


def names_an_institution(doc: Doc, clause: Clause) -> bool:
    """The clause puts its deed at a state institution: "protested outside parliament",
    "marched to the presidential palace"."""
    for tok in clause.tokens:
        pair = (tok.lower_, doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "")
        if tok.lower_ not in INSTITUTION_WORDS and pair not in INSTITUTION_PAIRS:
            continue
        if any(t.lower_ in AT_WORDS for t in doc_tokens(doc)[max(clause.start, tok.i - 3):tok.i]):
            return True
    return False


def institution_capital(placer, doc: Doc, clause: Clause, place: Place | None
                        ) -> Place | None:
    """The report's country's capital (geo_precision 2) for a deed at a state institution
    when nothing nearer places it: no place, or the country alone."""
    if place is not None and (place.latitude is not None or place.admin1):
        return None
    code = place.country_code if place is not None and place.country_code else (
        (doc_ext(doc, "countries") or [None])[0])
    if code is None or not names_an_institution(doc, clause):
        return None
    capital = placer._capital([code], doc_ext(doc, "published"))
    if capital is None or capital.latitude is None:
        return None
    capital.geo_precision = max(capital.geo_precision or 1, 2)
    return capital
