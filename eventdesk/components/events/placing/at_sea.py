"""Events at sea, placed at the port the report measures from: "A tanker was struck by a
missile in the Gulf of Aden on Friday. The ship was hit about 60 nautical miles southeast of
Aden". A sea is no place of the index and the deed's own sentence names only it; maritime
reports then give the position as a distance in nautical miles from a port or an island,
often in the next sentence, told by a verb the coder does not read as the deed named again
("was hit", "was boarded"). Analysts code such an event at that port, near
(geo_precision 2), whatever the distance: the sea holds no nearer place. Nautical miles are
the sea's own unit, so the measure says the point is at sea without a list of seas.

Read after the report (`stray_region.settle_places`): a deed with no point takes the one
port its sentence or the next ones measure from in nautical miles; two ports measured from
leave it where it was."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import copy_place
from eventdesk.components.events.place_measures import link_before
from eventdesk.extensions import doc_ext
from eventdesk.geo.normalize import name_key

# "60 nautical miles", "60 nm", "60 NM": the unit of distance at sea
SEA_UNITS = frozenset({"nautical", "nm", "nmi"})
# "60 nautical miles southeast of Aden", "100 nautical miles off Bosaso", "60 nm from Aden"
SEA_LINKS = frozenset({"of", "off", "from"})
# how far before the link the unit is looked for ("about 260 nautical miles east of")
SEA_SPAN = 6
# a deed's position may be told in its own sentence or up to this many sentences later
NEXT_SENTENCES = 2


def measured_at_sea(doc: Doc, mention) -> bool:
    """"about 60 nautical miles southeast of Aden": a place a position at sea is measured
    from."""
    if mention.start < 3:
        return False
    link = link_before(doc, mention.start)
    if doc[link].lower_ not in SEA_LINKS:
        return False
    return any(tok.lower_ in SEA_UNITS for tok in doc[max(0, link - SEA_SPAN):link])


def place_at_sea(placer, doc: Doc, candidates: list) -> None:
    """Give each candidate with no point the port its sentence, or one of the next
    NEXT_SENTENCES, measures a position at sea from (geo_precision 2)."""
    unplaced = [c for c in candidates if c.place is None or c.place.latitude is None]
    if not unplaced:
        return
    marks = [m for m in doc_ext(doc, "places") or []
             if m.kind != "country" and m.candidates and measured_at_sea(doc, m)]
    if not marks:
        return
    starts = [s.start_char for s in doc.sents]

    def sentence_of(char: int) -> int:
        return sum(1 for start in starts if start <= char) - 1

    for cand in unplaced:
        at = sentence_of(cand.start_char)
        near = [m for m in marks
                if at <= sentence_of(doc[m.start].idx) <= at + NEXT_SENTENCES]
        if len({name_key(m.text) for m in near}) != 1:
            continue  # no port, or two: which one is the deed's is not said
        countries = [cand.place.country_code] if cand.place and cand.place.country_code \
            else None
        port = placer.gazetteer.resolve(near[0], countries=countries)
        if port is None or port.latitude is None or port.geo_precision == 3:
            continue
        port = copy_place(port)
        port.geo_precision = 2
        cand.place = port
