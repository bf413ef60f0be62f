"""The writers (eventdesk.io.writers, export_rows, cells, tables): round trips, columns,
ids and provenance, safe CSV cells."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.io import (
    ACLED_EXPORT_COLUMNS,
    EVENT_EXPORT_COLUMNS,
    Provenance,
    csv_safe,
    framing_text,
    write_events,
)
from eventdesk.records import Event


def event(**kw) -> Event:
    base = dict(event_type="Battles", sub_event_type="Armed clash", doc_id="homs.txt",
                evidence="The army also clashed with rebels", evidence_start=0,
                evidence_end=33, event_date=dt.date(2013, 7, 6), time_precision=1,
                actor1="Military Forces of Syria", inter1=1, actor2="Syrian rebels", inter2=2,
                country="Syria", admin1="Homs", location="Talbiseh", latitude=34.84,
                longitude=36.73, geo_precision=1, fatalities=5, claimed_by="activists",
                framing={"Syrian rebels": ["terrorists", "gangs"], "Military Forces of Syria":
                         ["regime militias"]})
    base.update(kw)
    return Event(**base)


def test_csv_columns_in_order_and_framing_cell():
    out = io.StringIO()
    assert write_events([event(), event(fatalities=None, framing={})], "csv", out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == EVENT_EXPORT_COLUMNS
    assert tuple(rows[0][:31]) == ACLED_EXPORT_COLUMNS
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["framing"] == ("Syrian rebels: terrorists, gangs; "
                                "Military Forces of Syria: regime militias")
    assert first["interaction"] == "12" and first["event_date"] == "2013-07-06"
    assert first["latitude"] == "34.84"
    second = dict(zip(rows[0], rows[2], strict=True))
    # ACLED writes 0 where the report gives no number; eventdesk's columns keep the difference
    assert second["fatalities"] == "0" and second["fatalities_reported"] == ""
    assert first["fatalities"] == first["fatalities_reported"] == "5"
    assert second["framing"] == ""


def test_acled_columns_derived():
    from eventdesk.io import provenance_key

    out = io.StringIO()
    one = event(event_id="ED1")
    write_events([one,
                  event(event_id="ED2", sub_event_type="Attack",
                        event_type="Violence against civilians", actor2="Civilians (Syria)",
                        inter2=7, event_date=None, time_precision=None)], "csv", out,
                 provenance={provenance_key(one): Provenance(recorded_at=1_700_000_000)})
    first, second = csv.DictReader(io.StringIO(out.getvalue()))
    assert first["year"] == "2013" and first["iso"] == "760" and first["region"] == "Middle East"
    assert first["disorder_type"] == "Political violence"
    assert first["civilian_targeting"] == ""
    assert second["civilian_targeting"] == "Civilian targeting"
    assert first["event_id_cnty"].startswith("SYR") and first["event_id_cnty"][3:].isdigit()
    assert first["event_id_cnty"] != second["event_id_cnty"]
    assert second["year"] == "" and second["event_date"] == ""
    assert first["source"] == "homs.txt"  # no outlet, no URL: the doc_id
    assert first["timestamp"] == "1700000000" and int(second["timestamp"]) > 1_700_000_000
    assert first["admin3"] == first["tags"] == first["source_scale"] == ""


def test_export_ids_stable_and_provenance_used():
    from eventdesk.io import provenance_key

    e = event(event_id="ED1", country="Nigeria")
    rows = []
    for _ in range(2):
        out = io.StringIO()
        write_events([e], "jsonl", out, provenance={
            provenance_key(e): Provenance(url="https://www.example.org/a",
                                          recorded_at=1_700_000_000, cluster_id=4)})
        rows.append(json.loads(out.getvalue()))
    assert rows[0] == rows[1]
    row = rows[0]
    assert row["event_id_cnty"].startswith("NGA") and row["region"] == "Western Africa"
    assert row["source"] == "example.org" and row["timestamp"] == 1_700_000_000
    assert row["cluster_id"] == 4 and row["iso"] == 566
    out = io.StringIO()
    write_events([event(source="Levant Wire", country="Atlantis")], "jsonl", out)
    row = json.loads(out.getvalue())
    assert row["source"] == "Levant Wire"
    assert row["event_id_cnty"].startswith("XXX") and row["iso"] is None


@pytest.mark.parametrize("sub_type,disorder", [
    ("Excessive force against protesters", "Political violence; Demonstrations"),
    ("Peaceful protest", "Demonstrations"), ("Mob violence", "Political violence"),
    ("Violent demonstration", "Demonstrations"), ("Arrests", "Strategic developments"),
    ("Air/drone strike", "Political violence"),
])
def test_disorder_type(sub_type, disorder):
    from eventdesk.coding.typology import disorder_type

    assert disorder_type(sub_type) == disorder


def test_empty_csv_has_a_header():
    out = io.StringIO()
    assert write_events([], "csv", out) == 0
    assert next(csv.reader(io.StringIO(out.getvalue()))) == list(EVENT_EXPORT_COLUMNS)


def test_csv_parses_with_acled_dtypes():
    """What pandas infers, checked with the csv module: dates parse, integer columns hold
    integers in every row (no blanks, no '5.0'), whether or not the report gave a toll."""
    events = [event(), event(fatalities=None, actor1=None, inter1=None, actor2=None, inter2=0),
              event(event_type="Protests", sub_event_type="Peaceful protest",
                    actor1="Protesters (Syria)", inter1=6, actor2=None, inter2=0)]
    out = io.StringIO()
    write_events(events, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    for row in rows:
        dt.date.fromisoformat(row["event_date"])
        for column in ("year", "time_precision", "inter1", "inter2", "interaction", "iso",
                       "geo_precision", "fatalities", "timestamp"):
            assert str(int(row[column])) == row[column], (column, row[column])
    assert [r["interaction"] for r in rows] == ["12", "0", "60"]


def test_framing_text():
    assert framing_text({"A": ["x"], "B": ["y", "z"]}) == "A: x; B: y, z"
    assert framing_text({}) == framing_text(None) == ""


def test_json_and_geojson():
    events = [event(source="SANA"),
              event(source="SANA", latitude=None, longitude=None, admin1=None, location=None)]
    out = io.StringIO()
    write_events(events, "json", out)
    data = json.loads(out.getvalue())
    assert [Event.from_dict(d) for d in data] == events
    out = io.StringIO()
    assert write_events(events, "geojson", out) == 1
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.73, 34.84]}
    assert feature["properties"]["evidence"] == events[0].evidence
    assert feature["properties"]["year"] == 2013


def test_table_is_aligned_and_shortens_evidence():
    long = event(evidence="word " * 40, location=None, latitude=None, admin1=None)
    out = io.StringIO()
    write_events([event(), long], "table", out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("date") and "evidence" in lines[0]
    assert lines[0].index("actor1") == lines[2].index("Military Forces of Syria")
    assert "Talbiseh, Homs, Syria" in lines[2]
    assert "(country only)" in lines[3] and lines[3].endswith("…")
    assert max(len(line) for line in lines) < 300


def test_a_table_row_stays_one_line_whatever_names_it_holds():
    """A doc_id from a JSON Lines record or a file name ("a\\nb", a terminal escape that
    clears the screen) split its row over two lines or ran on the terminal, and one of
    5,000 characters made every row 5,000 wide: now escaped and cut."""
    odd = [event(doc_id="two\nlines"), event(doc_id="clear\x1b[2J", actor1="\u202eA"),
           event(doc_id="x" * 5000, evidence="a\x07bell")]
    out = io.StringIO()
    write_events(odd, "table", out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 + len(odd)
    assert "two\\nlines" in lines[2] and "clear\\x1b[2J" in lines[3]
    assert "\\u202eA" in lines[3] and "a\\x07bell" in lines[4]
    assert not any(c in out.getvalue() for c in "\x1b\x07\u202e")
    assert max(len(line) for line in lines) < 400


def test_unknown_format_is_a_usage_error():
    from eventdesk.errors import UsageError

    with pytest.raises(UsageError):
        write_events([], "xml", io.StringIO())


_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1,
                max_size=60)


_events = st.builds(
    lambda text, a, b, date, prec, lat, lon, fatal, framing, claim: Event(
        event_type="Violence against civilians", sub_event_type="Attack", doc_id="d:1",
        evidence=text[a % len(text):], evidence_start=a % len(text), evidence_end=len(text),
        event_date=date, time_precision=prec if date else None, actor1="Syrian rebels", inter1=2,
        actor2="Civilians (Syria)", inter2=7, latitude=lat, longitude=lon, fatalities=fatal,
        framing=framing, claimed_by=claim, notes=text, source="Levant Wire"),
    _text, st.integers(0, 100), st.integers(0, 100),
    st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))),
    st.one_of(st.none(), st.sampled_from([1, 2, 3])),
    st.one_of(st.none(), st.floats(-90, 90)), st.one_of(st.none(), st.floats(-180, 180)),
    st.one_of(st.none(), st.integers(0, 10**6)),
    st.dictionaries(st.sampled_from(["Syrian rebels", "Civilians (Syria)"]),
                    st.lists(_text, max_size=3), max_size=2),
    st.one_of(st.none(), _text),
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_events, max_size=5))
def test_jsonl_round_trip(events):
    out = io.StringIO()
    assert write_events(events, "jsonl", out) == len(events)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(events)
    back = [Event.from_dict(json.loads(line)) for line in lines]
    assert back == events


@settings(max_examples=60, deadline=None)
@given(st.lists(_events, min_size=1, max_size=5))
def test_csv_one_row_per_event_with_every_column(events):
    out = io.StringIO()
    write_events(events, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == len(events)
    for row, ev in zip(rows, events, strict=True):
        assert tuple(row) == EVENT_EXPORT_COLUMNS
        assert row["evidence"] == csv_safe(ev.evidence)
        assert row["notes"] == csv_safe(ev.notes)
        assert row["event_date"] == (ev.event_date.isoformat() if ev.event_date else "")
        assert int(row["evidence_end"]) - int(row["evidence_start"]) == len(ev.evidence)


def test_cluster_row_takes_each_inter_code_from_a_report_naming_that_side():
    from eventdesk.io import CLUSTER_EXPORT_COLUMNS, cluster_export_row

    cluster = {"cluster_id": 7, "event_type": "Battles", "sub_event_type": "Armed clash",
               "event_date": "2014-05-10", "time_precision": 1, "country": "Iraq",
               "actor1": "Islamic State", "actor2": "Military Forces of Iraq",
               "fatalities": None, "fatalities_max": None, "n_sources": 2, "n_reports": 2,
               "contradictions": []}
    members = [
        {"sub_event_type": "Armed clash", "actor1": "Islamic State", "inter1": 2,
         "actor2": None, "inter2": 0, "doc_id": "a", "source": None,
         "url": "https://www.example.org/x", "recorded_at": 100, "event_id": "ED1"},
        {"sub_event_type": "Armed clash", "actor1": "Unidentified Armed Group (Iraq)",
         "inter1": 3, "actor2": "Military Forces of Iraq", "inter2": 1, "doc_id": "b",
         "source": "Rudaw", "url": None, "recorded_at": 200, "event_id": "ED2"},
    ]
    row = cluster_export_row(cluster, members)
    assert tuple(row) == CLUSTER_EXPORT_COLUMNS
    assert (row["inter1"], row["inter2"], row["interaction"]) == (2, 1, 12)
    assert row["event_id_cnty"] == "IRQ7" and row["year"] == 2014
    assert row["source"] == "example.org; Rudaw" and row["timestamp"] == 200
    assert row["fatalities"] == 0 and row["fatalities_reported"] is None
    assert row["doc_ids"] == "a; b" and row["event_ids"] == "ED1; ED2"


def test_csv_cells_that_spreadsheets_would_run_are_quoted_numbers_stay_numbers():
    out = io.StringIO()
    hostile = event(actor1='=HYPERLINK("http://x.test","click")', actor2="+cmd|' /C calc'!A0",
                    notes="@SUM(1+1)", claimed_by="-2+3", evidence="\tEVIL", location="\rX",
                    framing={"=rebels": ["gangs"]}, latitude=-3.25, longitude=-12.5)
    write_events([hostile], "csv", out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert row["actor1"] == '\'=HYPERLINK("http://x.test","click")'
    assert row["actor2"] == "'+cmd|' /C calc'!A0"
    assert row["notes"] == "'@SUM(1+1)" and row["claimed_by"] == "'-2+3"
    assert row["evidence"] == "'\tEVIL" and row["location"] == "'\rX"
    assert row["framing"] == "'=rebels: gangs"
    assert row["latitude"] == "-3.25" and row["longitude"] == "-12.5"
    assert row["country"] == "Syria" and row["admin1"] == "Homs"  # plain text as it was
    out = io.StringIO()
    write_events([hostile], "jsonl", out)  # only CSV is read by spreadsheets
    assert json.loads(out.getvalue())["actor1"].startswith("=HYPERLINK")


@given(st.text(max_size=12))
def test_csv_safe_never_leaves_a_formula_start(text):
    cell = csv_safe(text)
    assert cell in (text, "'" + text)
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        float(cell)  # only a number may start so


def test_reports_sharing_a_doc_id_keep_each_their_own_provenance():
    """Two reports with one doc_id (two feeds' "1", concatenated CSVs) give events with one
    event_id; each is still written with its own report's URL, publication date and
    cluster (before, both got the last report's: a provenance mapping keyed by event_id)."""
    from eventdesk.io import Provenance, provenance_key, write_events, write_stored_events

    first = event(event_id="ED0000000001", doc_id="1")
    second = event(event_id="ED0000000001", doc_id="1", event_date=dt.date(2015, 1, 9))
    provenance = {provenance_key(first): Provenance(url="http://a.example/1",
                                                    published=dt.date(2013, 7, 6)),
                  provenance_key(second): Provenance(url="http://b.example/2",
                                                     published=dt.date(2015, 1, 10))}
    out = io.StringIO()
    write_events([first, second], "jsonl", out, provenance=provenance)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["source"], r["published"]) for r in rows] == [
        ("a.example", "2013-07-06"),
        ("b.example", "2015-01-10")]
    stored = [{**first.to_dict(), "url": "http://a.example/1", "recorded_at": 1,
               "cluster_id": 7, "published": "2013-07-06"},
              {**second.to_dict(), "url": "http://b.example/2", "recorded_at": 2,
               "cluster_id": 8, "published": "2015-01-10"}]
    out = io.StringIO()
    write_stored_events(stored, "jsonl", out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["source"], r["published"], r["cluster_id"]) for r in rows] == [
        ("a.example", "2013-07-06", 7), ("b.example", "2015-01-10", 8)]


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                 max_size=3), max_leaves=8)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=5), _JSON_VALUES, max_size=4)
                | st.fixed_dictionaries({"latitude": st.floats(-90, 90),
                                         "longitude": st.floats(-180, 180),
                                         "x": _JSON_VALUES}), max_size=4))
def test_json_and_geojson_written_row_by_row_are_what_json_dump_of_the_whole_writes(rows):
    from eventdesk.io.writers import _write_rows, point_feature

    for fmt, whole in (("json", rows), ("geojson", {
            "type": "FeatureCollection", "features": [f for f in map(point_feature, rows) if f]})):
        out, expected = io.StringIO(), io.StringIO()
        _write_rows(iter(rows), fmt, out, ())
        json.dump(whole, expected, ensure_ascii=False, indent=2)
        assert out.getvalue() == expected.getvalue() + "\n"


def test_one_point_feature_serves_the_exports_and_the_api():
    from eventdesk.io import point_feature

    cluster = {"cluster_id": 17, "latitude": 15.5, "longitude": 32.5, "location": "Khartoum"}
    assert point_feature(cluster, id_field="cluster_id") == {
        "type": "Feature", "id": 17, "geometry": {"type": "Point", "coordinates": [32.5, 15.5]},
        "properties": {"cluster_id": 17, "location": "Khartoum"}}
    assert "id" not in point_feature(cluster)
    assert point_feature({"latitude": None, "longitude": 32.5}) is None
