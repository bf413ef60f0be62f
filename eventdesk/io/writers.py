"""Writing events and clusters in each output format (table, JSON, JSON Lines, CSV,
GeoJSON): the one writer of every format, shared by `extract`, `events` and the web API."""

from __future__ import annotations

import csv
import itertools
import json
import time
from collections.abc import Iterable, Mapping
from typing import TextIO

from eventdesk.errors import UsageError
from eventdesk.io.cells import _csv_cell, json_line
from eventdesk.io.export_rows import (
    CLUSTER_EXPORT_COLUMNS,
    EVENT_EXPORT_COLUMNS,
    Provenance,
    cluster_export_row,
    export_row,
    provenance_key,
)
from eventdesk.io.tables import _write_cluster_table, _write_table
from eventdesk.records import Event

FORMATS = ("table", "json", "jsonl", "csv", "geojson")
TABLE_BLOCK = 1000


def _write_rows(rows: Iterable[dict], fmt: str, out: TextIO, columns: tuple[str, ...]) -> int:
    """Export rows as CSV (a header even when there are none), JSON, JSON Lines or GeoJSON
    (rows without coordinates left out), each row written as it comes, so an endless stream
    is written as it is coded and never held whole; returns how many were written."""
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
    if fmt == "json":
        n = _write_array(rows, out, "")
        out.write("\n")
        return n
    out.write('{\n  "type": "FeatureCollection",\n  "features": ')
    n = _write_array(filter(None, map(point_feature, rows)), out, "  ")
    out.write("\n}\n")
    return n


def point_feature(row: Mapping, *, id_field: str | None = None) -> dict | None:
    """A GeoJSON point feature of a row (an export row, a stored cluster), its other fields
    the properties and `row[id_field]` its id when given; None when it has no coordinates.
    The one feature builder of the exports and the web API's GeoJSON."""
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is None or lon is None:
        return None
    feature: dict = {"type": "Feature"}
    if id_field is not None:
        feature["id"] = row.get(id_field)
    feature["geometry"] = {"type": "Point", "coordinates": [lon, lat]}
    feature["properties"] = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
    return feature


def _write_array(items: Iterable, out: TextIO, indent: str) -> int:
    """A JSON array written item by item, as `json.dump(list(items), indent=2)` nested at
    `indent` would write it."""
    n = 0
    inner = indent + "  "
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n" + inner)
        out.write(("[\n" if n == 0 else ",\n") + inner + text)
        n += 1
    out.write("[]" if n == 0 else f"\n{indent}]")
    return n


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_events(events: Iterable[Event], fmt: str, out: TextIO, *,
                 provenance: Mapping[int, Provenance] | None = None) -> int:
    """Write events in one of FORMATS; returns how many were written (GeoJSON leaves out
    events without coordinates, so the caller can say so). `provenance` maps an event's
    `provenance_key` to its report's URL, recording time, cluster and publication date;
    without it `timestamp` is now."""
    provenance = provenance or {}
    return write_coded(((e, provenance.get(provenance_key(e))) for e in events), fmt, out)


def write_coded(coded: Iterable[tuple[Event, Provenance | None]], fmt: str, out: TextIO
                ) -> int:
    """`write_events` for (event, provenance) pairs as they are coded, each written as it
    comes; the table, whose columns are as wide as their widest cell, in blocks of
    `TABLE_BLOCK` events (a blank line between), so an endless stream is never held whole."""
    _check_format(fmt)
    if fmt == "table":
        first_docs: set[str] = set()

        def block_table(block: list[Event], first: bool) -> None:
            # the doc column as in the first block, also when a later one is of one report
            if first:
                first_docs.update(e.doc_id for e in block)
            _write_table(block, out, many_docs=len(first_docs) > 1 or any(
                e.doc_id not in first_docs for e in block))

        return _in_blocks((e for e, _ in coded), block_table, out)
    now = int(time.time())
    rows = (export_row(e, origin, now=now) for e, origin in coded)
    return _write_rows(rows, fmt, out, EVENT_EXPORT_COLUMNS)


def _in_blocks(items: Iterable, write_block, out: TextIO) -> int:
    """A table's items in blocks of `TABLE_BLOCK` (a blank line between), each aligned on
    its own: the first block, or an empty table's header, then the others as they come, so
    an endless stream is never held whole. `write_block(block, first)` writes one."""
    items = iter(items)
    block = list(itertools.islice(items, TABLE_BLOCK))
    write_block(block, True)
    n = len(block)
    while block := list(itertools.islice(items, TABLE_BLOCK)):
        out.write("\n")
        write_block(block, False)
        n += len(block)
    return n


def write_stored_events(rows: Iterable[dict], fmt: str, out: TextIO) -> int:
    """Write the store's raw events (`Store.query_events` or `iter_events` records) in one
    of FORMATS, each with its report's URL, storing time, cluster, publication date and,
    for an older version of an edited report, the doc_id that replaced it, as they come."""
    return write_coded(((Event.from_dict(r), Provenance(r["url"], r["recorded_at"],
                                                        r["cluster_id"], r["published"],
                                                        r.get("superseded_by")))
                        for r in rows), fmt, out)


def write_clusters(clusters: Iterable[tuple[dict, list[dict]]], fmt: str, out: TextIO) -> int:
    """Write the store's clusters (real-world events), each with its events
    (`Store.iter_clusters` pairs), in one of FORMATS, as `cluster_export_row` builds them,
    as they come (a table in blocks, as `write_coded`'s)."""
    _check_format(fmt)
    if fmt == "table":
        return _in_blocks((c for c, _ in clusters),
                          lambda block, first: _write_cluster_table(block, out), out)
    rows = (cluster_export_row(c, members) for c, members in clusters)
    return _write_rows(rows, fmt, out, CLUSTER_EXPORT_COLUMNS)
