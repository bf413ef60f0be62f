"""Where a local daily's dateline town still places a deed.

"Ranchi: A Maoist was killed in an encounter on Monday", "Jos - Gunmen killed four farmers":
Indian, Nigerian and Tanzanian dailies file from their own town in title case with no day
nor source (`preamble.local_dateline`). Read as the body's first town, that town became the
scene of deeds the body places elsewhere or nowhere ("Kolkata" for a clash on a highway in
Bhangar, "Jos - Hurti" for a village of Bokkos LGA). As a dateline it places no deed of its
own; but the town is the paper's beat, not a wire's desk, so it still places
- the lead's deeds that the lead places nowhere, or only by the report's focus: the lead
  tells news of the town it is filed from unless it names another place;
- every deed placed nowhere when the body names no town at all (`FocusFinder.filed_from`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import copy_place
from eventdesk.components.events.preamble import local_dateline, preamble_end
from eventdesk.extensions import doc_ext
from eventdesk.geo.countries import coded_country


def at_the_local_dateline(placer, doc: Doc, candidates: list, country: str | None) -> None:
    """Give the local dateline's town to each candidate the rules above name, when the
    deed's country (the report's main `country` if nothing finer) is the town's."""
    if local_dateline(doc) is None:
        return
    lead = _lead_sentence(doc)
    town, body_town = _dateline_town(placer, doc), None
    if town is None:
        return
    for cand in candidates:
        place = cand.place
        nowhere = place is None or not (place.latitude is not None or place.admin1
                                        or place.location)
        if cand.sent_index == lead and (nowhere or cand.place_from_context):
            pass
        elif nowhere:
            if body_town is None:
                body_town = [placer.filed_from(doc)]
            if body_town[0] is None:
                continue
        else:
            continue
        code = (place.country_code if place is not None else None) or country
        if coded_country(code) == coded_country(town.country_code):
            cand.place = copy_place(town)
            cand.place_from_context = False


def _lead_sentence(doc: Doc) -> int:
    """The index of the sentence the body's first word is in ("Arusha." may be one)."""
    start = preamble_end(doc)
    for index, sent in enumerate(doc.sents):
        if sent.end_char > start and sent.text[max(0, start - sent.start_char):].strip():
            return index
    return -1


def _dateline_town(placer, doc: Doc):
    """The town the local dateline names, as the index reads it, with a point."""
    for mention in doc_ext(doc, "places") or []:
        if mention.kind == "place" and mention.candidates \
                and placer.judge.is_dateline(doc, mention):
            place = placer.gazetteer.resolve(mention,
                                             countries=doc_ext(doc, "countries") or [])
            if place is not None and place.latitude is not None and place.geo_precision != 3:
                return place
    return None
