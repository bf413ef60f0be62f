"""A place told for a deed after it: "Boko Haram fighters killed 12 farmers on Sunday. The
attack took place near Bama." Wire copy often tells the deed first and, in the next
sentence that names it again ("the attack", "the killings happened", "when the blast
occurred"), where it was. That sentence's place outranks what the deed's own sentence left
to guesswork; it never overrules a place the deed's own sentence named (issue 9: a place
carried from an earlier sentence about another event, while the report named the right
one a sentence later).

`RETOLD_PLACE_REASONS` are the cases, in the order they are tried; the first that holds
names the reason the coder keeps among its decisions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import Context, copy_place
from eventdesk.components.events.placing.places import place_key
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root
from eventdesk.records import Place


@dataclass(frozen=True, slots=True)
class RetoldPlaceReason:
    """One case in which the place a retelling names replaces the deed's own: `holds`
    reads the deed as coded so far and the retelling's place; `own_words`, that the
    retelling itself must name the place (not another clause of its sentence: "the
    agreement, which took effect at 1 p.m., provides that talks be held in X")."""

    name: str
    about: str
    holds: Callable[[Candidate, Place], bool]
    own_words: bool = True


def _unplaced(deed: Candidate, place: Place) -> bool:
    return deed.place is None or deed.place.latitude is None and (
        deed.place.country_code in (None, place.country_code))


def _town_of_the_region(deed: Candidate, place: Place) -> bool:
    here = deed.place
    return here is not None and here.geo_precision == 3 and place.geo_precision < 3 \
        and (here.country_code, here.admin1) == (place.country_code, place.admin1)


def _carried(deed: Candidate, place: Place) -> bool:
    here = deed.place
    if not deed.place_from_context or here is None or here.country_code != place.country_code:
        return False
    # "The attack was the deadliest in Borno state this year": a region that holds the
    # carried town says nothing new
    return place.geo_precision < 3 or here.admin1 != place.admin1


RETOLD_PLACE_REASONS = (
    RetoldPlaceReason(
        "told-later-unplaced",
        "the deed's sentence gave no point (no place, or its country only): \"Gunmen killed "
        "12 farmers on Sunday. The attack took place near Bama\" is at Bama",
        _unplaced),
    RetoldPlaceReason(
        "told-later-town-of-the-region",
        "the deed was placed in a region and the retelling names a town of it: \"... struck "
        "a bomb in Mandera county. The officers were on patrol between Elwak and Kotulo when "
        "the blast occurred\" is at Elwak",
        _town_of_the_region, own_words=False),
    RetoldPlaceReason(
        "told-later-carried",
        "the deed's sentence named no place, so it was placed where the report was last "
        "talking about; the retelling names where it was: \"Troops killed five in Gwoza. On "
        "Sunday gunmen killed 12 farmers. The killings happened in Dikwa\" is at Dikwa",
        _carried),
)


def place_told_later(placer, doc: Doc, sent: Span, sent_index: int, clause: Clause,
                     ctx: Context, deed: Candidate) -> str | None:
    """Give `deed`, the latest event, the place that `clause` -- a telling of it named again
    in its own sentence or the next -- names in its sentence, when a reason of
    `RETOLD_PLACE_REASONS` holds; the reason's name, else None."""
    if sent_index - deed.sent_index > 1:
        return None
    place = placer.place_for(doc, sent, sent_index, clause, ctx)
    named = [m for m in doc_ext(doc, "places") or [] if sent.start <= m.start < sent.end
             and m.kind != "country" and any(c.geonameid == place.geonameid
                                              for c in m.candidates)] if place else []
    if place is None or place.latitude is None or not named \
            or deed.place is not None and place_key(place) == place_key(deed.place):
        return None
    own = any(_told_by(doc, clause, m) for m in named)
    for reason in RETOLD_PLACE_REASONS:
        if (own or not reason.own_words) and reason.holds(deed, place):
            deed.place, deed.place_from_context, deed.place_by_anaphor = place, False, False
            ctx.place, ctx.place_sent = copy_place(place), sent_index
            return reason.name
    return None


def _told_by(doc: Doc, clause: Clause, mention) -> bool:
    """The retelling's own words name the place: the name is in its clause, or hangs under
    the verb its clause tells the time of with no other verb between ("the officers were
    on patrol near X when the blast occurred")."""
    tok = span_root(doc, mention.start, mention.end)
    if any(t.i == tok.i for t in clause.tokens):
        return True
    root = clause.root
    if root.dep_ != "advcl":
        return False
    for node in tok.ancestors:
        if node.i == root.head.i:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False
