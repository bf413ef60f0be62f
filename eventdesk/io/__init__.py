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
from eventdesk.io.tables import _TABLE_CELL, _write_cluster_table, _deaths, _place_label, _write_table  # noqa: F401, E501
from eventdesk.io.export_rows import ACLED_EXPORT_COLUMNS, EVENT_EXPORT_COLUMNS, CLUSTER_EXPORT_COLUMNS, UNKNOWN_COUNTRY, Provenance, url_host, record_source, event_id_cnty, provenance_key, record_key, _event_number, _acled_fields, export_row, cluster_export_row  # noqa: F401, E501
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


