"""A lede's deed placed nowhere, in a report datelined at a town its body names again
("VERONA, May 3 - Police on Friday detained two organisers of the march. ... A second rally
is called in Verona for Sunday"): the dateline says where the reporter is, and the body
naming that town again says the news is of it; a deed told before the body names any other
town is there (issue 9: a coder places it at the dateline's town, geo_precision 1). Only a
deed whose sentence names no place but that town; not one whose words name a country or a
nation's force ("across the country", "Italian police arrested 900 people overnight": news
of the whole land, which a desk in its capital files), nor one told after another town,
whose place the report has moved on to, nor one told in a relative clause ("the groups that
fought the old regime": who someone is, not the lede's news); not in a report of two
countries, where the dateline may be a desk abroad (`FocusFinder.only_town`)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import copy_place
from eventdesk.extensions import doc_entities, doc_ext
from eventdesk.geo.countries import coded_country


def at_the_dateline_town(placer, doc: Doc, candidates: list, country: str | None) -> None:
    """Give each candidate placed nowhere, told before the body names a town other than
    the dateline's, the dateline town (`FocusFinder.dateline_town_named_again`)."""
    nowhere = [c for c in candidates if c.place is None or not (
        c.place.latitude is not None or c.place.admin1 or c.place.location)]
    if not nowhere or (found := placer.dateline_town_named_again(doc)) is None:
        return
    town, others = found
    lands = [m.start_char for m in doc_ext(doc, "places") or [] if m.kind == "country"] \
        + [e.start_char for e in doc_entities(doc) if e.label_ == "NORP"
           and placer.gazetteer.demonym_country(e.text) is not None]
    for cand in nowhere:
        code = (cand.place.country_code if cand.place is not None else None) or country
        if not _names_only(doc, cand.start_char, town.geonameid) \
                or _describes_someone(doc, cand.start_char, cand.end_char) \
                or coded_country(code) != coded_country(town.country_code) \
                or any(start < cand.end_char for start in others) \
                or any(cand.start_char <= start < cand.end_char for start in lands):
            continue
        cand.place = copy_place(town)
        cand.place.geo_precision = 1


def _names_only(doc: Doc, start_char: int, geonameid) -> bool:
    """The sentence holding `start_char` names no place but the town `geonameid` (a name
    the index lacks, "at Mandori", is a place of its own)."""
    sent = next(t for t in doc if t.idx >= start_char or t.i == len(doc) - 1).sent
    return all(m.kind == "country" or m.candidates and m.candidates[0].geonameid == geonameid
               for m in doc_ext(doc, "places") or [] if sent.start <= m.start < sent.end)


def _describes_someone(doc: Doc, start_char: int, end_char: int) -> bool:
    """The deed's words are a relative clause: they say who someone is."""
    words = [t for t in doc if start_char <= t.idx < end_char]
    head = next((t for t in words if not start_char <= t.head.idx < end_char), None)
    return head is not None and head.dep_ == "relcl"
