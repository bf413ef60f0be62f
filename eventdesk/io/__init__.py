"""Reading reports (text, folders, stdin, HTML, JSON Lines, gzip'd JSON Lines, WARC) and
writing events.

Readers yield `InputProblem`s instead of raising, so a batch goes on past a bad file and
the command lists the bad ones at the end.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import hashlib
import io
import itertools
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from eventdesk import settings
from eventdesk.errors import UsageError, one_line
from eventdesk.records import Document, Event
from eventdesk.io.cells import framing_text, _cell, _shorten, _LINE_BREAKS, json_line, _FORMULA_STARTS, _NUMBER, csv_safe, _csv_cell  # noqa: F401, E501
from eventdesk.io.reading import read_documents, read_line_slice, _read_stdin, _sniff, _read_file  # noqa: F401, E501
from eventdesk.io.warc_input import _read_warc  # noqa: F401, E501
from eventdesk.io.html_input import _MIN_ARTICLE_WORDS, read_html  # noqa: F401, E501
from eventdesk.io.csv_input import _from_csv, _CSV_FIELDS, _csv_delimiter  # noqa: F401, E501
from eventdesk.io.json_input import _from_json, _from_jsonl, _json_limit, json_loads, _from_record, _read_json_file  # noqa: F401, E501
from eventdesk.io.decoding import _CHARSET, _META_CHARSET, _declared_charset, text_charset, _NOT_CHARSETS, _decode, _ENGLISH_STOPWORDS, _OTHER_STOPWORDS, _MIN_WORDS_FOR_LANGUAGE, _SHORT_TEXT_WORDS, _MIN_STOPWORD_SHARE, looks_english, _is_latin, unicode_problem, _checked  # noqa: F401, E501
from eventdesk.io.inputs import FOLDER_SUFFIXES, LINE_FORMATS, InputProblem, max_bytes, _size, suffix_of, path_text, input_files, missing_inputs, count_documents, _documents_in, count_lines, _open_lines, _folder_files, _read_at_most, bounded_lines, _CHUNK  # noqa: F401, E501

FORMATS = ("table", "json", "jsonl", "csv", "geojson")


# --------------------------------------------------------------------------- writers


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
    "cluster_id",
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
    outlet is unknown), when it was coded or stored (unix time), its store cluster and the
    report's publication date."""

    url: str | None = None
    recorded_at: int | None = None
    cluster_id: int | None = None
    published: dt.date | str | None = None


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
    concatenated CSVs) and then their events share an event_id, which gave one report's
    events the other's URL, publication date and cluster."""
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


def _write_rows(rows: Iterable[dict], fmt: str, out: TextIO, columns: tuple[str, ...]) -> int:
    """Export rows as CSV (a header even when there are none), JSON, JSON Lines or GeoJSON
    (rows without coordinates left out); returns how many were written."""
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json_line(row) + "\n")
            n += 1
        return n
    if fmt == "csv":
        writer = csv.writer(out)  # RFC 4180: CRLF rows, so a lone CR in a field is quoted
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(row.get(c)) for c in columns])
            n += 1
        return n
    rows = list(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(rows)
    features = []
    for row in rows:
        lat, lon = row.get("latitude"), row.get("longitude")
        if lat is None or lon is None:
            continue
        properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature",
                         "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": properties})
    json.dump({"type": "FeatureCollection", "features": features}, out,
              ensure_ascii=False, indent=2)
    out.write("\n")
    return len(features)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_events(events: Iterable[Event], fmt: str, out: TextIO, *,
                 provenance: Mapping[int, Provenance] | None = None) -> int:
    """Write events in one of FORMATS; returns how many were written (GeoJSON leaves out
    events without coordinates, so the caller can say so). `provenance` maps an event's
    `provenance_key` to its report's URL, recording time, cluster and publication date;
    without it `timestamp` is now."""
    _check_format(fmt)
    if fmt == "table":
        events = list(events)
        _write_table(events, out)
        return len(events)
    provenance = provenance or {}
    now = int(time.time())
    rows = (export_row(e, provenance.get(provenance_key(e)), now=now) for e in events)
    return _write_rows(rows, fmt, out, EVENT_EXPORT_COLUMNS)


def write_stored_events(rows: list[dict], fmt: str, out: TextIO) -> int:
    """Write the store's raw events (`Store.query_events` rows) in one of FORMATS, each with
    its report's URL, storing time, cluster and publication date."""
    events = [Event.from_dict(r) for r in rows]
    provenance = {provenance_key(e): Provenance(r["url"], r["recorded_at"], r["cluster_id"],
                                            r["published"])
                  for e, r in zip(events, rows, strict=True)}
    return write_events(events, fmt, out, provenance=provenance)


def write_clusters(clusters: list[dict], fmt: str, out: TextIO, *,
                   members: Mapping[int, list[dict]] | None = None) -> int:
    """Write the store's clusters (real-world events) in one of FORMATS, as
    `cluster_export_row` builds them; `members` maps a cluster_id to its events."""
    _check_format(fmt)
    if fmt == "table":
        _write_cluster_table(clusters, out)
        return len(clusters)
    members = members or {}
    rows = (cluster_export_row(c, members.get(c["cluster_id"], [])) for c in clusters)
    return _write_rows(rows, fmt, out, CLUSTER_EXPORT_COLUMNS)


_TABLE_CELL = 40  # widest a cluster table cell grows before it is cut


def _write_cluster_table(clusters: list[dict], out: TextIO) -> None:
    if not clusters:
        out.write("no events match\n")
        return
    header = ("cluster", "date", "type", "sub-event type", "place", "actor1", "actor2",
              "deaths", "sources", "reports", "contradictions")
    body = [
        (c["cluster_id"], c["event_date"], c["event_type"], c["sub_event_type"],
         ", ".join(p for p in (c.get("location"), c.get("admin1"), c.get("country")) if p),
         c["actor1"], c["actor2"], _deaths(c), c["n_sources"], c["n_reports"],
         len(c["contradictions"]) or "")
        for c in clusters
    ]
    cells = [[_shorten(_cell(v), _TABLE_CELL) for v in row] for row in [header, *body]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")


def _deaths(cluster: dict) -> str:
    low, high = cluster.get("fatalities"), cluster.get("fatalities_max")
    if low is None:
        return ""
    return str(low) if high in (None, low) else f"{low}–{high}"


def _place_label(event: Event) -> str:
    parts = [p for p in (event.location, event.admin1, event.country) if p]
    label = ", ".join(dict.fromkeys(parts))
    if event.latitude is None and event.admin1 is None:
        label += " (country only)" if label else "(not placed)"
    return label


def _write_table(events: list[Event], out: TextIO) -> None:
    many_docs = len({e.doc_id for e in events}) > 1
    header = (["doc"] if many_docs else []) + [
        "date", "type / sub-type", "actor1", "actor2", "location", "fatal.", "claimed by",
        "evidence"]
    rows = []
    for e in events:
        date = e.event_date.isoformat() if e.event_date else "-"
        if e.event_date and e.time_precision and e.time_precision > 1:
            date += f" (p{e.time_precision})"
        fatalities = str(e.fatalities) if e.fatalities is not None else (
            _shorten(e.fatalities_text, 12) if e.fatalities_text else "-")
        row = ([e.doc_id] if many_docs else []) + [
            date, f"{e.event_type} / {e.sub_event_type}", e.actor1 or "-", e.actor2 or "-",
            _shorten(_place_label(e), 40), fatalities, _shorten(e.claimed_by or "-", 30),
            _shorten(e.evidence, 70)]
        rows.append(row)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
