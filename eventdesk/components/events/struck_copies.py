"""Copies of the latest deed for each other town a verb marked "also" names ("Jets bombed
X, and Y was also hit"): one event per place, as ACLED codes them. struck_elsewhere reads
the sentence; this makes the copies, so the stage (coder.py) only calls it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.coding import typology
from eventdesk.components.events import struck_elsewhere
from eventdesk.components.events.candidate import Candidate, copy_candidate
from eventdesk.components.events.common import Context
from eventdesk.components.events.dating import day_told_within
from eventdesk.components.events.placing import place_key
from eventdesk.extensions import doc_ext, doc_text

# Event types whose deed a place "was also hit" by: strikes, fighting, attacks.
ECHO_TYPES = frozenset({typology.EXPLOSIONS, typology.BATTLES, typology.VAC})


def copies_struck_too(gazetteer, doc: Doc, sent: Span, sent_index: int, coded: set[int],
                       candidates: list[Candidate], ctx: Context,
                       decisions: list) -> list[Candidate]:
    """"Jets bombed Saraqib, and Ariha was also hit": the latest deed, told in this
    sentence or the one before, again at each other town a verb marked "also" names
    (`struck_elsewhere.struck_too`) -- one event per place (GUIDELINES: each distinct
    place where fighting or an attack is reported). Not where the verb's own clause was
    coded, nor at a town an event of this sentence already has; nor after a deed placed
    only in a region, which an event at one of its towns would take in (merging). A copy
    whose verb's words tell a day of their own ("Odesa was also hit on Wednesday") is
    dated by it."""
    if not candidates or candidates[-1].event_type not in ECHO_TYPES \
            or sent_index - candidates[-1].sent_index > 1:
        return []
    earlier = candidates[-1]
    if earlier.place is None or earlier.place.latitude is None \
            or earlier.place.geo_precision == 3:
        return []  # "a village in Zamfara ... Maru was also attacked": one town known
    countries = doc_ext(doc, "countries") or []
    taken = {place_key(c.place) for c in candidates if c.sent_index == sent_index
             or c.event_type == earlier.event_type}
    extra = []
    for verb, named in struck_elsewhere.struck_too(doc, sent, coded):
        if verb.i in coded:
            continue
        words = list(verb.subtree)
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        own_day = day_told_within(doc, start, end, verb.idx, ctx)
        for mention in named:
            place = gazetteer.resolve(mention, countries=countries)
            if place is None or place.latitude is None or place_key(place) in taken:
                continue
            taken.add(place_key(place))
            copy = copy_candidate(earlier)
            copy.place, copy.fatalities, copy.fatalities_text = place, None, None
            copy.site, copy.sent_index = None, sent_index
            copy.start_char, copy.end_char, copy.mentions = start, end, [(start, end)]
            if own_day is not None:
                copy.date, copy.time_precision = own_day
                copy.date_told = True
            decisions.append((start, doc_text(doc)[start:end], earlier.sub_event_type,
                              "struck-too"))
            extra.append(copy)
    return extra
