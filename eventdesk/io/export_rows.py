"""Export rows: an event, or a store cluster of reports, as ACLED's columns in its order
then eventdesk's own, with the ids and sources derived from the record and its report."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from dataclasses import dataclass

from eventdesk.io.cells import _cell
from eventdesk.records import Event

# ACLED's public export, every column in its order (ACLED's codebook).
ACLED_EXPORT_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)


# Then eventdesk's own: for one report's event, and for a cluster of reports.
EVENT_EXPORT_COLUMNS = ACLED_EXPORT_COLUMNS + (
    "event_id", "fatalities_text", "fatalities_reported", "claimed_by", "evidence",
    "evidence_start", "evidence_end", "framing", "geonameid", "doc_id", "published",
    "cluster_id", "superseded_by",
)


CLUSTER_EXPORT_COLUMNS = ACLED_EXPORT_COLUMNS + (
    "cluster_id", "fatalities_reported", "fatalities_max", "n_sources", "n_reports",
    "n_reports_unknown_outlet", "merge_basis", "possible_matches", "contradictions",
    "doc_ids", "event_ids",
)


UNKNOWN_COUNTRY = "XXX"  # event_id_cnty's prefix when the country is unknown


@dataclass(frozen=True, slots=True)
class Provenance:
    """What an export row needs beyond the event: its report's URL (the `source` when the
    outlet is unknown), when it was coded or stored (unix time), its store cluster, the
    report's publication date and, for an older version of an edited report, the doc_id of
    the version that replaced it (so `events --raw --include-superseded` rows say which are
    set aside)."""

    url: str | None = None
    recorded_at: int | None = None
    cluster_id: int | None = None
    published: dt.date | str | None = None
    superseded_by: str | None = None


def url_host(url: str | None) -> str | None:
    """The host of a URL without "www." ("https://www.bbc.com/x" -> "bbc.com")."""
    from urllib.parse import urlsplit

    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def record_source(outlet: str | None, url: str | None, doc_id: str) -> str:
    """ACLED's `source`, never empty: the outlet, else its URL's host, else the doc_id."""
    return outlet or url_host(url) or doc_id


def event_id_cnty(country: str | None, number: int) -> str:
    """ACLED-style id: the country's ISO 3166 alpha-3 code and a number ("SYR1234")."""
    from eventdesk.geo.countries import country_code, iso_codes

    return f"{iso_codes(country_code(country))[1] or UNKNOWN_COUNTRY}{number}"


def provenance_key(event: Event) -> int:
    """The key of an event in a `provenance` mapping built for the same Event objects it
    is written with: the object itself, as two reports may share a doc_id (two feeds' "1",
    concatenated CSVs); keyed by doc_id, one report's events took the other's URL,
    publication date and cluster."""
    return id(event)


def record_key(event: Event) -> str:
    """The id an event is exported under (and numbered by in `event_id_cnty`): its event_id,
    or where its evidence lies in its report when it has none. Not a `provenance` key: two
    reports may share a doc_id (`provenance_key`)."""
    return event.event_id or f"{event.doc_id}:{event.evidence_start}:{event.evidence_end}"


def _event_number(event_id: str) -> int:
    """A stable 15-digit-at-most number for an event: the first 48 bits of its id's SHA-1."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:12], 16)


def _acled_fields(*, country: str | None, event_date, time_precision: int | None,
                  sub_event_type: str, inter1: int | None, inter2: int | None) -> dict:
    """The ACLED columns derived from the country, date, sub-type and inter codes; a
    time_precision only with a date."""
    from eventdesk.coding.typology import civilian_targeting, disorder_type
    from eventdesk.geo.countries import acled_region, country_code, iso_codes

    code = country_code(country)
    date = dt.date.fromisoformat(event_date) if isinstance(event_date, str) else event_date
    inter1, inter2 = inter1 or 0, inter2 or 0
    low, high = sorted((inter1, inter2))
    return {
        "year": date.year if date else None,
        "time_precision": time_precision if date else None,
        "disorder_type": disorder_type(sub_event_type),
        "inter1": inter1, "inter2": inter2,
        "interaction": high * 10 if low == 0 else low * 10 + high,
        "civilian_targeting": civilian_targeting(sub_event_type, inter2),
        "iso": iso_codes(code)[0], "region": acled_region(code),
        "admin3": None, "source_scale": None, "tags": None,
    }


def export_row(event: Event, provenance: Provenance | None = None, *,
               now: int | None = None) -> dict:
    """One event as a row of EVENT_EXPORT_COLUMNS, JSON-ready: ACLED's columns derived
    as the README's "Export columns" table says, then eventdesk's own."""
    provenance = provenance or Provenance()
    row = event.to_dict()
    row.update(_acled_fields(
        country=event.country, event_date=event.event_date,
        time_precision=event.time_precision, sub_event_type=event.sub_event_type,
        inter1=event.inter1, inter2=event.inter2))
    event_id = record_key(event)
    row.update(
        event_id_cnty=event_id_cnty(event.country, _event_number(event_id)),
        source=record_source(event.source, provenance.url, event.doc_id),
        fatalities=event.fatalities or 0, fatalities_reported=event.fatalities,
        timestamp=provenance.recorded_at or now or int(time.time()),
        cluster_id=provenance.cluster_id,
        published=_cell(provenance.published) or None,
        superseded_by=provenance.superseded_by,
    )
    return {c: row[c] for c in EVENT_EXPORT_COLUMNS}


def cluster_export_row(cluster: dict, members: list[dict]) -> dict:
    """One cluster of the store (`Store.query_clusters`) as a row of CLUSTER_EXPORT_COLUMNS;
    `members` are its events (`Store.cluster_members`). Columns the cluster does not hold
    (assoc actors, admin2, notes) come from the member that matches its sub-type and
    actor1, else its first; each inter code from a member naming that side's actor;
    `source` lists every report's source."""
    typical = next((m for m in members if m["sub_event_type"] == cluster["sub_event_type"]
                    and m["actor1"] == cluster["actor1"]), members[0] if members else {})

    def inter(side: str) -> int | None:
        actor = cluster.get(side)
        return next((m[f"inter{side[-1]}"] for m in members
                     if actor and m[side] == actor and m.get(f"inter{side[-1]}")), None)

    row = {k: cluster.get(k) for k in cluster}
    row.update(_acled_fields(
        country=cluster.get("country"), event_date=cluster.get("event_date"),
        time_precision=cluster.get("time_precision"),
        sub_event_type=cluster["sub_event_type"], inter1=inter("actor1"),
        inter2=inter("actor2")))
    sources = dict.fromkeys(record_source(m.get("source") or m.get("outlet"), m.get("url"),
                                          m["doc_id"]) for m in members)
    recorded = [m["recorded_at"] for m in members if m.get("recorded_at")]
    row.update(
        event_id_cnty=event_id_cnty(cluster.get("country"), cluster["cluster_id"]),
        assoc_actor_1=typical.get("assoc_actor_1"), assoc_actor_2=typical.get("assoc_actor_2"),
        admin2=typical.get("admin2"), notes=typical.get("notes"),
        source="; ".join(sources) or None,
        fatalities=cluster.get("fatalities") or 0,
        fatalities_reported=cluster.get("fatalities"),
        timestamp=max(recorded) if recorded else int(time.time()),
        doc_ids="; ".join(dict.fromkeys(m["doc_id"] for m in members)) or None,
        event_ids="; ".join(m["event_id"] for m in members if m.get("event_id")) or None,
    )
    extra = {k: v for k, v in row.items() if k not in CLUSTER_EXPORT_COLUMNS
             and k not in ("fatalities_min",)}
    return {**{c: row.get(c) for c in CLUSTER_EXPORT_COLUMNS}, **extra}
