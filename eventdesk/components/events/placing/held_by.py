"""A place named after the event's own to say what holds it is no second place of the event
(issue 8, one event split into two records): "in Dorvan, Belcosta, a bomb went off" (the
province), "opened fire near an aid centre in Marbat in the southern Strip" (the
territory), "in the community of San Telmo Viejo, in Arandal" (the municipality). The parse
joins such a name to the first by a comma or sets it in a phrase of its own like a second
place of a list, and the index often reads it as a town of that name (Belcosta City), so
`same_event_elsewhere` copied the event there.

A copy is dropped when its place holds the event's and is told so right after it
(holding.py: "Belcosta" of Dorvan, admin2 Belcosta; "Tavira" of Marbat, admin1 Tavira
Strip) -- not in a list ("clashes in Dorvan and Belcosta": two places); when the event was
placed at the holder and the copy at the place it holds, the event takes the copy's place.

A copy is dropped too when the event is in one of the report's countries and the copy is a
town of none of them (`abroad_copy`): "in Bristol on Sunday, a few hundred marchers ended
their walk beside the bandstand of Alexandra Park" -- a park's name the index reads as a
namesake abroad (Alexandra, New Zealand), not a second town of the march.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.abroad import in_no_country_told
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.placing.holding import KIND_WORDS, named_as_its_holder
from eventdesk.components.events.placing.listed_parts import listed_parts
from eventdesk.components.events.placing.listed_unknowns import listed_unknowns
from eventdesk.components.triggers import Clause
from eventdesk.geo.normalize import name_key
from eventdesk.records import part_of


def copies_elsewhere(doc: Doc, clause: Clause, cand: Candidate, mentions,
                     extra: list[Candidate]) -> list[Candidate]:
    """The events `same_event_elsewhere` adds: its copies at the towns of a list, but not at
    a place named only as what holds the event's (`holders_dropped`); then the event again
    for a city's listed parts (`listed_parts`) and for the listed villages the index lacks
    (`listed_unknowns`)."""
    kept = holders_dropped(doc, cand, [c for c in extra if not abroad_copy(doc, cand, c)],
                           mentions)
    return kept + listed_parts(doc, clause, cand) \
        + listed_unknowns(doc, clause, cand, mentions, kept)


def holders_dropped(doc: Doc, cand: Candidate, extra: list[Candidate],
                    mentions) -> list[Candidate]:
    """`extra` without the copies at a place named only as what holds the event's place (or
    that the event's place holds: the event moves there), both told among `mentions`, the
    clause's: a name of another sentence says nothing of this one's. A copy whose place
    holds another copy's is dropped too ("six in A district, and two more in B district of C").
    Not a copy at a town's part the clause names in a phrase of its own (`_own_part`: "in the
    A district of C and in B district of C": "C - A" is a place of the list, and the event at
    B stays at B, not moved to "C - A"; nor is an event at "C - A" moved to B)."""
    own = cand.place
    if own is None or not extra:
        return extra
    kept = []
    for copy in extra:
        place = copy.place
        if named_as_its_holder(doc, mentions, own, place) \
                and not _own_part(doc, mentions, place) \
                or not _own_part(doc, mentions, place) and any(
                    named_as_its_holder(doc, mentions, other.place, place)
                    for other in extra if other is not copy):
            continue  # "four in B district of C": C holds B, a place of the list
        if not part_of(own.location or "") and named_as_its_holder(doc, mentions, place, own):
            # the event was placed at the holder, the copy at the place it holds: the event
            # is there ("in the community of X, in Arandal" read at Arandal) -- not when the
            # event is at a part of it ("in the A district of C and in B district of C")
            cand.place = own = place
            continue
        kept.append(copy)
    return kept


def only_set_off(doc: Doc, mentions, place) -> bool:
    """Every mention of the place's own name (its part's, when written "Y - X") stands right
    after a kind word's "of" ("B district of C": C), so the report names it only as a
    holder."""
    name = name_key(part_of(place.location or "") or place.location or "")
    spans = [m for m in mentions if name_key(m.text) == name]
    return bool(spans) and all(m.start > 1 and doc[m.start - 1].lower_ == "of"
                               and doc[m.start - 2].lower_ in KIND_WORDS for m in spans)


def _own_part(doc: Doc, mentions, place) -> bool:
    """The copy is at a town's part ("C - A", "in the A district of C") that the clause does
    not name only as a holder: a place of the list, not the town holding the event."""
    return bool(part_of(place.location or "")) and not only_set_off(doc, mentions, place)


def abroad_copy(doc: Doc, cand: Candidate, copy: Candidate) -> bool:
    """The event is placed in one of the report's countries, its copy in a land that is none
    of them: a namesake abroad read in a name of the scene ("in Alexandra Park"), not a
    second place of the event."""
    own, other = cand.place, copy.place
    return own is not None and other is not None and own.country_code is not None \
        and not in_no_country_told(doc, own.country_code) \
        and in_no_country_told(doc, other.country_code)
