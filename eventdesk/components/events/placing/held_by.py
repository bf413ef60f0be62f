"""A place named after the event's own to say what holds it is no second place of the event
(issue 8, one event split into two records): "in Dorvan, Belcosta, a bomb went off" (the
province), "opened fire near an aid centre in Marbat in the southern Strip" (the
territory), "in the community of San Telmo Viejo, in Arandal" (the municipality). The parse
joins such a name to the first by a comma or sets it in a phrase of its own like a second
place of a list, and the index often reads it as a town of that name (Belcosta City), so
`same_event_elsewhere` copied the event there.

A copy is dropped when its place's name is the event's place's own second- or first-level
division ("Belcosta" of Dorvan, admin2 Belcosta; "Tavira" of Marbat, admin1 Tavira Strip),
told right after it, set off by a comma or "in" -- not in a list ("clashes in Dorvan and
Belcosta": two places); when the event was placed at the holder and the copy at the place
it holds, the event takes the copy's place.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import Candidate, namelike
from eventdesk.components.events.placing.listed_parts import listed_elsewhere
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext
from eventdesk.geo.normalize import name_key
from eventdesk.geo.region_names import strip_district_word, strip_region_word
from eventdesk.records import Place, town_of

# A generic last word of a division's name that its short name leaves out ("Tavira Strip")
# beyond the kind words geo/region_names.py strips ("Belcosta Province")
STRIP_TAILS = frozenset({"strip"})
LIST_WORDS = frozenset({"and", "or"})


def copies_elsewhere(doc: Doc, clause: Clause, cand: Candidate, mentions,
                     extra: list[Candidate]) -> list[Candidate]:
    """The events `same_event_elsewhere` adds: its copies at the towns of a list, but not at
    a place named only as what holds the event's (`holders_dropped`); then a city's listed
    parts and the listed villages the index lacks (`listed_parts.listed_elsewhere`)."""
    kept = holders_dropped(doc, clause, cand, extra)
    return kept + listed_elsewhere(doc, clause, cand, mentions, kept)


def holders_dropped(doc: Doc, clause: Clause, cand: Candidate,
                    extra: list[Candidate]) -> list[Candidate]:
    """`extra` without the copies at a place named only as what holds the event's place (or
    that the event's place holds: the event moves there)."""
    own = cand.place
    if own is None or not extra:
        return extra
    ids = {t.i for t in clause.tokens} | {t.i for t in clause.root.subtree}
    mentions = [m for m in doc_ext(doc, "places") or [] if m.start in ids]
    kept = []
    for copy in extra:
        place = copy.place
        if place is not None and names_a_holder_of(place, own) \
                and _told_as_holder(doc, mentions, own, place):
            continue
        if place is not None and names_a_holder_of(own, place) \
                and _told_as_holder(doc, mentions, place, own):
            # the event was placed at the holder, the copy at the place it holds: the event
            # is there ("in the community of X, in Arandal" read at Arandal)
            cand.place = own = place
            continue
        kept.append(copy)
    return kept


def names_a_holder_of(place: Place, own: Place) -> bool:
    """The place's name is a division holding `own` (its admin2 or admin1), in one country."""
    if place.country_code != own.country_code or not place.location:
        return False
    key = name_key(town_of(place.location))
    if not key or key == name_key(town_of(own.location or "")):
        return False
    return any(_short(name) == key for name in (own.admin2, own.admin1) if name)


def _short(name: str) -> str:
    """A division's name without its kind words (region_names.py) or generic last
    word: "Tavira Strip" -> "tavira", "Belcosta Province" -> "belcosta"."""
    words = name_key(strip_district_word(strip_region_word(name))).split()
    while len(words) > 1 and words[-1] in STRIP_TAILS:
        words.pop()
    return " ".join(words)


def _told_as_holder(doc: Doc, mentions, inner: Place, holder: Place) -> bool:
    """The holder's name comes right after the inner place's, set off by a comma or "in"
    ("Dorvan, Belcosta", "Marbat in the southern Strip", "San Telmo Viejo, in Arandal"): what
    holds it, not a place of a list ("Dorvan and Koroba", "Tabrun, Koroba, Dembel and Fada")
    nor of another clause ("in Marsabo, with demonstrations also reported in Jaldomo")."""
    a, b = _span(doc, mentions, inner), _span(doc, mentions, holder)
    if a is None or b is None or not 0 <= b[0] - a[1] <= 4:
        return False
    between = doc[a[1]:b[0]]
    if any(t.lower_ in LIST_WORDS for t in between) or _list_goes_on(doc, mentions, b[1]):
        return False
    return all(t.is_punct or t.lower_ == "in" or t.pos_ in ("DET", "ADJ") for t in between)


def _list_goes_on(doc: Doc, mentions, end: int) -> bool:
    """"Tabrun, Fada N'Gourma, Dembel and Koroba": names and commas that "and" ends; "in X,
    in Y and in Z": a name right after the "and" (its "in" aside) goes on the list too."""
    names = {i for m in mentions for i in range(m.start, m.end)}
    named = False   # "X, in Y, and killed five": no name before the "and", no list
    for t in doc[end:end + 12]:
        if t.lower_ in LIST_WORDS:
            after = [u for u in doc[t.i + 1:t.i + 4] if u.lower_ not in ("in", "the")][:1]
            return named or any(u.i in names or namelike(u) for u in after)
        if not (t.text == "," or t.i in names or namelike(t)):
            return False
        named = named or t.text != ","
    return False


def _span(doc: Doc, mentions, place: Place) -> tuple[int, int] | None:
    """The tokens of the clause's mention of the place."""
    key = name_key(town_of(place.location or ""))
    for m in mentions:
        if name_key(doc[m.start:m.end].text) == key or any(
                c.geonameid == place.geonameid for c in m.candidates or []):
            return m.start, m.end
    return None
