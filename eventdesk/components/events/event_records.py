"""The ACLED records of a report's merged candidates: the fields the export shows (country
and admin1 as ACLED names them, the actors' inter codes, the notes line) and an event id
that stays the same when the report is read again. Split from coder.py, which finds,
codes and merges the candidates.
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import main_country
from eventdesk.components.events.happened.times import FUTURE_SLACK_DAYS
from eventdesk.components.events.place_names import known_point, with_site
from eventdesk.components.events.place_names.district_named import district_named_in
from eventdesk.components.events.place_names.near_town import near_town_in
from eventdesk.components.fatalities import plausible_toll
from eventdesk.extensions import doc_ext, doc_text
from eventdesk.geo.countries import acled_country_and_admin1
from eventdesk.records import Actor, Event, Place

# doc.user_data key: the merged candidates, one per record and in the records' order: how
# each was told, placed and dated, which the learned vetting (components/vetting.py) reads
CANDIDATES_KEY = "eventdesk.candidates"

def to_events(actors, gazetteer, doc: Doc, merged: list[Candidate]) -> list[Event]:
    """The records of the report's merged candidates, in order; `actors` (the actor
    matcher) gives each side's inter code, `gazetteer` whether a place's point is its own
    (`known_point`)."""
    digest = _text_digest(doc)
    for cand in merged:
        _done_by_publication(cand, doc_ext(doc, "published"))
    doc.user_data[CANDIDATES_KEY] = list(merged)
    return [_to_event(actors, gazetteer, doc, cand, n, digest)
            for n, cand in enumerate(merged)]


def _to_event(actors, gazetteer, doc: Doc, cand: Candidate, n: int, text_digest: str
              ) -> Event:
    told, start, end = _told_in(doc, cand)
    mentions = [m for m in doc_ext(doc, "places") or []
                if start <= m.start_char and m.end_char <= end]
    place = known_point(gazetteer, with_site(cand.place, cand.site), near_town_in(told),
                        district_named_in(doc, mentions)) or Place(country=None)
    country_code = place.country_code or main_country(doc)
    country, admin1 = acled_country_and_admin1(country_code, place.admin1)
    country = country or place.country
    actor1, actor2 = cand.actor1, cand.actor2
    inter1 = actors.inter_for(actor1, country_code) if actor1 else None
    inter2 = actors.inter_for(actor2, country_code) if actor2 else 0
    doc_id = doc_ext(doc, "doc_id") or "-"
    digest = hashlib.sha1(
        f"{doc_id}\x1f{text_digest}\x1f{cand.start_char}\x1f{n}".encode()
    ).hexdigest()[:10]
    return Event(
        event_type=cand.event_type, sub_event_type=cand.sub_event_type, doc_id=doc_id,
        evidence=doc_text(doc)[cand.start_char:cand.end_char], evidence_start=cand.start_char,
        evidence_end=cand.end_char, event_id=f"ED{digest.upper()}",
        event_date=cand.date, time_precision=cand.time_precision if cand.date else None,
        actor1=actor1.name if actor1 else None, inter1=inter1,
        actor2=actor2.name if actor2 else None, inter2=inter2,
        country=country, admin1=admin1, admin2=place.admin2, location=place.location,
        latitude=place.latitude, longitude=place.longitude, geo_precision=place.geo_precision,
        geonameid=place.geonameid,
        source=doc_ext(doc, "outlet"),
        notes=_notes(cand, actor1, actor2, place.location or admin1 or country),
        fatalities=plausible_toll(cand.fatalities), fatalities_text=cand.fatalities_text,
        claimed_by=cand.claimed_by, framing=cand.framing,
    )


def _told_in(doc: Doc, cand: Candidate) -> tuple[str, int, int]:
    """The sentences of the candidate's evidence, where the report says how its place lies,
    and their first and end characters."""
    span = doc.char_span(cand.start_char, cand.end_char, alignment_mode="expand")
    start, end = cand.start_char, cand.end_char
    if span is not None and len(span) and doc.has_annotation("SENT_START"):
        start, end = span[0].sent.start_char, span[-1].sent.end_char
    return doc_text(doc)[start:end], start, end


def _done_by_publication(cand: Candidate, published) -> None:
    """A deed told as done was done by the report's day: a day later than the next one (a
    dateline's time zone) is a slip ("on 12/31/2099"), a day carried over from a clause
    telling what is to come, or "a week later" counted from a day near publication (all
    found by bench/fuzz_reports.py). Such a record is the report's news: its day, within
    the week."""
    if published is not None and cand.date is not None \
            and (cand.date - published).days > FUTURE_SLACK_DAYS:
        cand.date, cand.time_precision = published, max(cand.time_precision or 1, 2)


def _text_digest(doc: Doc) -> str:
    """The report's text, hashed into its events' ids: two reports sharing a doc_id (two
    feeds' "1", concatenated CSVs) get ids of their own (before, an event at the same
    place in each got one id, and the exports and the store took them for one record);
    one report read again keeps its ids."""
    return hashlib.sha1(doc_text(doc).encode("utf-8", "surrogatepass")).hexdigest()


def _notes(cand: Candidate, actor1: Actor | None, actor2: Actor | None, where: str | None
           ) -> str:
    """ACLED-style notes: one line saying who did what to whom, where, when, with what toll
    (`where` as the record's columns name it, its country when nothing finer is known)."""
    sides = actor1.name if actor1 else "Unidentified actor"
    if actor2 is not None:
        sides += f" against {actor2.name}"
    return notes_line(cand.sub_event_type, cand.date, sides, where, cand.fatalities,
                      cand.claimed_by)


def notes_line(sub_type: str, date, sides: str, where: str | None, fatalities: int | None,
               claimed_by: str | None) -> str:
    """'On 2015-03-16, remote explosive/landmine/IED (A against B) in Kirkuk. 1 fatality.':
    the sub-type as ACLED spells it but for its first letter."""
    when = date.isoformat() if date else "an unknown date"
    toll = "" if fatalities is None else \
        f" {fatalities} {'fatality' if fatalities == 1 else 'fatalities'}."
    source = f" Source: {claimed_by}." if claimed_by else ""
    return (f"On {when}, {sub_type[:1].lower()}{sub_type[1:]} ({sides}) in "
            f"{where or 'an unknown place'}.{toll}{source}")
