"""A place of a list joined to the day told after the first place (for
`list_places.listed_apart`).

"The rebels took X on Friday and Y on Saturday": the parse joins Y to "Friday", not to X,
so Y read as no place of a list and the report's two takings were coded as one. Y, joined
by "and" to a day phrase of the verb that has another place of the clause, is a place of the
list, an event of its own (GUIDELINES: each distinct place), dated by the day told after it
(`phrases.day_after`). Kept in a module of its own: list_places.py reads names the parse
joins to other names or phrases.

(Tried this stop and left out: a name carried by a place noun joined to another's, "the
outskirts of X and the outskirts of Y", "X and Y city": +3 studied matches, but +2 false
records on the measure-only sets.)
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.extensions import span_root


def joined_to_a_day(doc, head: Token, mentions, mention) -> bool:
    """`mention` (its root `head`) is joined by "and" to a day phrase ("on Friday") of the
    verb another place of the clause, named before the day, hangs from."""
    day = head.head
    if head.dep_ != "conj" or day.i == head.i or day.ent_type_ != "DATE" \
            or day.dep_ != "pobj" or day.head.pos_ != "ADP":
        return False
    verb = day.head.head
    for other in mentions:
        if other is mention or other.start >= day.i:
            continue
        root = span_root(doc, other.start, other.end)
        if verb in root.ancestors:
            return True
    return False
