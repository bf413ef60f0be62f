"""Generated events with odd fields (any unicode, quotes, commas and line breaks in actors,
notes, evidence and framing; no date; no place; huge tolls) go through the store and out in
every export format: one row per event or cluster, ACLED's columns first, nothing lost."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import make_document, make_event

from eventdesk.io import (
    CLUSTER_EXPORT_COLUMNS,
    EVENT_EXPORT_COLUMNS,
    csv_safe,
    write_clusters,
    write_stored_events,
)
from eventdesk.store import ClusterFilter, Store

ACLED_FIRST = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
               "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
               "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
               "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
               "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
               "tags", "timestamp")

_odd = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"])
               | st.sampled_from(list('",;\n\r\t')), min_size=1, max_size=30).filter(str.strip)
_fields = st.fixed_dictionaries({
    "actor1": _odd, "actor2": st.one_of(st.none(), _odd), "notes": st.one_of(st.none(), _odd),
    "claimed_by": st.one_of(st.none(), _odd),
    "framing": st.dictionaries(_odd, st.lists(_odd, min_size=1, max_size=2), max_size=2),
    "event_date": st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))),
    "placed": st.booleans(),
    "fatalities": st.one_of(st.none(), st.integers(0, 10**6)),
})


def _event(doc_id: str, text: str, f: dict):
    place = {} if f["placed"] else dict(admin1=None, location=None, latitude=None,
                                        longitude=None, geo_precision=None)
    return make_event(doc_id, evidence=text, evidence_start=0, evidence_end=len(text),
                      actor1=f["actor1"], actor2=f["actor2"], inter2=2 if f["actor2"] else None,
                      notes=f["notes"], claimed_by=f["claimed_by"], framing=f["framing"],
                      event_date=f["event_date"],
                      time_precision=1 if f["event_date"] else None,
                      fatalities=f["fatalities"], **place)


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_odd, _fields), min_size=1, max_size=4))
def test_stored_events_with_odd_fields_export_in_every_format(items):
    with Store.open(":memory:") as store:
        for n, (text, fields) in enumerate(items):
            text = f"{n}{text}"  # one report each: the store keeps one copy of a same text
            store.add(make_document(f"d{n}", text=text), [_event(f"d{n}", text, fields)],
                      extractor_version="v1")
        raw = store.query_events(ClusterFilter(limit=100))
        clusters = list(store.iter_clusters(ClusterFilter(limit=100)))
    assert len(raw) == len(items)
    for rows, write, columns in ((raw, write_stored_events, EVENT_EXPORT_COLUMNS),
                                 (clusters, write_clusters, CLUSTER_EXPORT_COLUMNS)):
        out = io.StringIO()
        assert write(rows, "csv", out) == len(rows)
        table = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
        assert len(table) == len(rows)
        assert tuple(table[0])[:len(ACLED_FIRST)] == ACLED_FIRST == columns[:len(ACLED_FIRST)]
        for fmt in ("json", "jsonl"):
            out = io.StringIO()
            assert write(rows, fmt, out) == len(rows)
            text = out.getvalue()
            records = json.loads(text) if fmt == "json" else [
                json.loads(line) for line in text.splitlines()]
            assert len(records) == len(rows)
            assert all(tuple(r)[:len(ACLED_FIRST)] == ACLED_FIRST for r in records)
        out = io.StringIO()
        placed = write(rows, "geojson", out)
        features = json.loads(out.getvalue())["features"]
        assert len(features) == placed == sum(
            (r[0] if isinstance(r, tuple) else r)["latitude"] is not None for r in rows)
    by_doc = {r["doc_id"]: r for r in table_rows(raw)}
    for n, (text, fields) in enumerate(items):
        row = by_doc[f"d{n}"]
        assert row["evidence"] == f"{n}{text}" and row["actor1"] == csv_safe(fields["actor1"])
        assert row["notes"] == csv_safe(fields["notes"] or "")


def table_rows(raw: list[dict]) -> list[dict]:
    out = io.StringIO()
    write_stored_events(raw, "csv", out)
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


_URLS = st.one_of(st.none(), st.text(max_size=30),
                  st.sampled_from(["http://[abc", "https://[::1", "http://a]b/x", "//[",
                                   "http://[::1]:99999/x", "https://www.bbc.co.uk/news/1",
                                   "bbc.com/x", "javascript:alert(1)"]))


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_URLS, st.one_of(st.none(), _odd)), min_size=1, max_size=3))
def test_any_report_url_is_stored_clustered_and_exported(items):
    """Found by generation: a report whose URL `urlsplit` cannot read ("http://[abc", an
    unclosed IPv6 address) and which names no outlet crashed Store.add (ValueError)."""
    with Store.open(":memory:") as store:
        for n, (url, outlet) in enumerate(items):
            text = f"{n} Troops shelled Homs."
            document = make_document(f"d{n}", text=text)
            document.url, document.outlet = url, outlet
            store.add(document, [make_event(f"d{n}", evidence=text, evidence_start=0,
                                            evidence_end=len(text))], extractor_version="v1")
        raw = store.query_events(ClusterFilter(limit=100))
        clusters = list(store.iter_clusters(ClusterFilter(limit=100)))
        # two reports of one article URL are two versions of a story: the older is set aside
        assert len(raw) + store.counts()["superseded"] == len(items)
        assert all(store.cluster(c["cluster_id"]) is not None for c, _ in clusters)
    for fmt in ("csv", "jsonl", "geojson"):
        assert write_stored_events(raw, fmt, io.StringIO()) >= 0
        assert write_clusters(clusters, fmt, io.StringIO()) >= 0
