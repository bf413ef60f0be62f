"""Readers (every input kind and every bad input) and writers (round trips, columns)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.io import (
    ACLED_EXPORT_COLUMNS,
    EVENT_EXPORT_COLUMNS,
    InputProblem,
    Provenance,
    csv_safe,
    framing_text,
    looks_english,
    read_documents,
    write_events,
)
from eventdesk.records import Document, Event

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
REPORT = ("Syrian troops shelled the district of al-Khalidiya in Homs on Saturday, killing "
          "at least five people, activists said. The army also clashed with rebels in the "
          "town of Talbiseh.")


def read(paths, **kw):
    return list(read_documents([str(p) for p in paths], **kw))


def test_text_file_doc_id_is_its_name(tmp_path):
    path = tmp_path / "homs.txt"
    path.write_text(REPORT)
    [doc] = read([path])
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.text, doc.published) == ("homs.txt", REPORT, None)
    [doc] = read([path], published=dt.date(2013, 7, 6))
    assert doc.published == dt.date(2013, 7, 6)


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(REPORT)
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "notes.md").write_text(REPORT)
    assert [d.doc_id for d in read([tmp_path])] == ["a.txt", "two.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    [problem] = read([empty])
    assert isinstance(problem, InputProblem) and "no .txt" in problem.message


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(REPORT.encode())))
    [doc] = read(["-"])
    assert doc.doc_id == "stdin" and doc.text == REPORT


def test_stdin_jsonl(monkeypatch):
    lines = json.dumps({"text": REPORT, "id": "x1"}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    [doc] = read(["-"])
    assert doc.doc_id == "x1"


def test_jsonl_fields_ids_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": REPORT, "published": "2013-07-06", "outlet": "Wire",
                    "url": "http://x/1", "title": "T", "doc_id": "r-1"}),
        "{not json",
        json.dumps({"text": REPORT, "id": 42}),
        "",
        json.dumps({"text": REPORT}),
        json.dumps({"text": REPORT, "published": "2013-02-30"}),
        json.dumps({"title": "no text"}),
        json.dumps({"text": ["a", "list"]}),
    ]) + "\n")
    items = read([path])
    docs = [i for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [d.doc_id for d in docs] == ["r-1", "42", "batch.jsonl:5"]
    first = docs[0]
    assert (first.published, first.outlet, first.url, first.title) == (
        dt.date(2013, 7, 6), "Wire", "http://x/1", "T")
    assert [p.path for p in problems] == [f"{path}:2", f"{path}:6", f"{path}:7", f"{path}:8"]
    assert "malformed JSON" in problems[0].message
    assert "published" in problems[1].message
    assert problems[2].message == "no 'text' field (or it is empty)"
    assert problems[3].message == "field 'text' must be a string, not list"
    override = read([path], published=dt.date(2020, 1, 1))
    assert {d.published for d in override if isinstance(d, Document)} == {dt.date(2020, 1, 1)}


def test_json_array_file(tmp_path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": REPORT}, {"text": REPORT, "id": "b"}]))
    assert [d.doc_id for d in read([path])] == ["two.json:1", "b"]


def test_html_page_main_text_without_comments_and_its_date():
    [doc] = read([SAMPLES / "page.html"])
    assert isinstance(doc, Document)
    assert "al-Rashedin district on Monday" in doc.text
    assert "Shameful" not in doc.text and "Subscribe" not in doc.text
    assert "All rights reserved" not in doc.text
    assert doc.published == dt.date(2013, 7, 9)
    assert doc.doc_id == "page.html" and doc.title.startswith("Rebels and army clash")
    [doc] = read([SAMPLES / "page.html"], published=dt.date(2013, 7, 10))
    assert doc.published == dt.date(2013, 7, 10)


def test_html_without_an_article(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    [problem] = read([path])
    assert problem == InputProblem(str(path), "no article text found in the HTML page")


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"PK\x03\x04\x00\x00binary", "binary file, not text (NUL byte at byte 4)"),
    (b"Clashes in Homs " + b"\xe9t\xe9", "not UTF-8 text (byte 16)"),
    ("Les combats ont repris samedi dans la ville de Homs selon des militants de la région, "
     "qui ont signalé des bombardements intenses sur le quartier.".encode(), "not English text"),
    ("اندلعت اشتباكات عنيفة في حي الخالدية بمدينة حمص يوم السبت بين القوات الحكومية "
     "ومقاتلي المعارضة بحسب ناشطين في المدينة".encode(), "not English text"),
])
def test_bad_text_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert read([path]) == [InputProblem(str(path), message)]


def test_file_over_max_bytes_and_batch_goes_on(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_MAX_BYTES", "1000")
    big = tmp_path / "a_big.txt"
    big.write_text(REPORT * 20)
    ok = tmp_path / "b_ok.txt"
    ok.write_text(REPORT)
    items = read([big, tmp_path / "missing.txt", ok])
    assert isinstance(items[0], InputProblem) and "over the 1000 bytes limit" in items[0].message
    assert items[1] == InputProblem(str(tmp_path / "missing.txt"), "no such file or folder")
    assert isinstance(items[2], Document)


def test_default_limit_names_a_20_mb_file(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    [problem] = read([big])
    assert problem.message.startswith("file is 20.0 MB, over the 10.0 MB limit")


def test_looks_english():
    assert looks_english(REPORT)
    assert looks_english("Clashes in Homs.")
    assert looks_english("Syrian troops shelled Homs. Rebels clashed with soldiers in Talbiseh, "
                         "Rastan, Houla. Five killed.")
    assert not looks_english("Der Krieg in Syrien geht weiter und viele Menschen fliehen aus "
                             "den Städten nach Norden in Richtung Türkei")


# --------------------------------------------------------------------------- writers


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


def test_count_documents_and_missing_inputs(tmp_path):
    from eventdesk.io import count_documents, missing_inputs

    (tmp_path / "a.txt").write_text("Clashes in Homs.")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n')
    (tmp_path / "c.json").write_text('[{"text": "x"}, {"text": "y"}]')
    (tmp_path / "notes.md").write_text("not an input")
    assert count_documents([str(tmp_path)]) == 1 + 3 + 2
    assert count_documents([str(tmp_path / "b.jsonl"), "-"]) is None
    assert missing_inputs([str(tmp_path / "a.txt"), "-", str(tmp_path / "nope.txt")]) == [
        str(tmp_path / "nope.txt")]


@pytest.mark.parametrize("text", [
    "Gunmen kill 12 in Borno village raid",
    "BREAKING: Explosion rocks Quetta market, 8 dead, 20 hurt - police",
    "SAN JOSE DEL GUAVIARE, Colombia - FARC dissidents kill two soldiers near Puerto "
    "Concordia, Meta; army says",
    "Los Zetas gunmen kill 7 police officers in Nuevo Laredo, Tamaulipas state; cartel war "
    "escalates",
    "Rio de Janeiro police raid Complexo da Mare favela, 6 killed, residents protest",
])
def test_short_terse_english_is_english(text):
    assert looks_english(text)


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


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_with_its_byte_order_mark_is_read(tmp_path, encoding):
    """Windows editors ('Unicode') and PowerShell's `>` save UTF-16 with a byte order mark:
    that is text, not a binary file."""
    path = tmp_path / "windows.txt"
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    path.write_bytes(bom + "Clashes in Homs\r\nleft 3 dead — “sources” said.".encode(encoding))
    [doc] = read([path])
    assert isinstance(doc, Document)
    assert doc.text == "Clashes in Homs\nleft 3 dead — “sources” said."


def test_utf16_whitespace_only_is_an_empty_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(" \r\n ".encode("utf-16"))
    assert read([path]) == [InputProblem(str(path), "empty file")]


@pytest.mark.parametrize("declaration", [
    '<meta charset="windows-1252">',
    '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
])
def test_html_page_saved_in_the_charset_it_declares(tmp_path, declaration):
    """A page saved from the web keeps its own encoding: the one its <meta> declares."""
    html = (f"<html><head>{declaration}<title>Clashes</title></head><body><article>"
            "<p>Government forces and rebels clashed in Homs on Saturday, the café owner "
            "said, and shelling went on until dawn in the old quarter of the city.</p>"
            "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("latin-1"))
    [doc] = read([path])
    assert isinstance(doc, Document) and "the café owner said" in doc.text


def test_text_in_another_encoding_without_a_declaration_is_still_refused(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes("<html><body><p>Clashes in Homs, the café owner said.</p></body></html>"
                     .encode("latin-1"))
    [problem] = read([path])
    assert problem.message.startswith("not UTF-8 text")


def test_csv_of_reports_is_read_like_json_lines(tmp_path):
    """A spreadsheet or media-monitoring export: one report per row, the JSON Lines fields
    as columns; quoted cells keep their commas and line breaks; a row is named by the line
    it starts on."""
    path = tmp_path / "reports.csv"
    path.write_text('id,published,outlet,url,title,text\n'
                    'a1,2014-05-09,Levant Wire,,"Homs, again","Clashes broke out in Homs,\n'
                    'activists said."\n'
                    ',,,,,"Police fired tear gas in Cairo."\n'
                    'a3,2014-02-30,,,,Troops shelled Aleppo.\n'
                    'a4,2014-05-09,,,,\n', encoding="utf-8")
    first, second, bad_date, no_text = read([path])
    assert (first.doc_id, first.published, first.outlet, first.url, first.title) == (
        "a1", dt.date(2014, 5, 9), "Levant Wire", None, "Homs, again")
    assert first.text == "Clashes broke out in Homs,\nactivists said."
    assert (second.doc_id, second.published, second.outlet) == ("reports.csv:4", None, None)
    assert bad_date.path == f"{path}:5" and "field 'published'" in bad_date.message
    assert no_text == InputProblem(f"{path}:6", "no 'text' field (or it is empty)")


def test_csv_without_a_text_column_is_refused_not_coded_as_prose(tmp_path):
    """eventdesk's own export fed back in is not a report: say which column is missing."""
    path = tmp_path / "events.csv"
    path.write_text("event_id_cnty,event_date,notes\nSYR1,2014-05-09,Clashes in Homs.\n",
                    encoding="utf-8")
    [problem] = read([path])
    assert problem.path == str(path)
    assert "no 'text' column" in problem.message and "event_id_cnty" in problem.message


def test_an_empty_doc_id_gives_way_to_the_id_field(tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text('{"doc_id": "", "id": "x7", "text": "Clashes in Homs."}\n'
                    '{"doc_id": null, "id": 8, "text": "Clashes in Hama."}\n'
                    '{"doc_id": "", "id": "", "text": "Clashes in Idlib."}\n', encoding="utf-8")
    assert [d.doc_id for d in read([path])] == ["x7", "8", "ids.jsonl:3"]


@pytest.mark.parametrize("data", [
    '[{"id": "a", "text": "Clashes in Homs."}, {"id": "b", "text": "Clashes in Hama."}]',
    '[\n  {\n    "id": "a",\n    "text": "Clashes in Homs."\n  },\n  {"id": "b",\n'
    '   "text": "Clashes in Hama."}\n]\n',
])
def test_stdin_json_array_is_records_not_prose(monkeypatch, data):
    """`curl …/reports.json | eventdesk extract -`: a JSON document on standard input is
    read as the .json file it would be, not coded as one report made of JSON syntax."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert [(d.doc_id, d.text) for d in read(["-"])] == [("a", "Clashes in Homs."),
                                                        ("b", "Clashes in Hama.")]


def test_stdin_pretty_printed_object_and_broken_json(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        b'{\n  "id": "a",\n  "text": "Clashes in Homs."\n}\n')))
    assert [d.doc_id for d in read(["-"])] == ["a"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        b'[{"id": "a", "text": "Clashes in Homs."},\n')))
    [problem] = read(["-"])
    assert problem.path == "-" and problem.message.startswith("not JSON")


def test_stdin_prose_opening_with_a_bracket_is_prose(monkeypatch):
    text = "[Reuters] Clashes broke out in Homs on Friday. {Updated}"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    [doc] = read(["-"])
    assert (doc.doc_id, doc.text) == ("stdin", text)


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


@pytest.mark.parametrize("name, content, problem", [
    ("header.csv", "text,published\n", "header.csv: a header and no rows: no reports"),
    ("blank-rows.csv", "text\n\n ,\n", "blank-rows.csv: a header and no rows: no reports"),
    ("empty-list.json", "[]", "empty-list.json: an empty list: no reports"),
    ("two-texts.csv", 'text,text\n"Rebels attacked Homs.","Police fired in Cairo."\n',
     "two-texts.csv: 1 column(s) named twice: text; keep one of each"),
    ("two-ids.csv", "Doc_ID,text,doc_id\na,Rebels attacked Homs.,b\n",
     "two-ids.csv: 1 column(s) named twice: doc_id; keep one of each"),
])
def test_a_file_of_no_reports_or_of_ambiguous_columns_is_named(tmp_path, name, content,
                                                               problem):
    """Before, a header-only CSV or an empty JSON list gave no message at all ('0 input(s)
    skipped'), and of two 'text' columns one was coded and the other dropped unseen."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    items = list(read_documents([str(path)]))
    assert [str(item) for item in items] == [f"{tmp_path}/{problem}"]


def test_blank_lines_before_a_csv_header_are_skipped(tmp_path):
    """Some exports start with an empty line or two: the header is the first line with
    cells (before, the blank line was taken for it: "no 'text' column (columns: )")."""
    path = tmp_path / "reports.csv"
    path.write_text("\r\n\r\nid;text\r\nr1;Police fired tear gas in Cairo.\r\n",
                    encoding="utf-8")
    (document,) = read_documents([str(path)])
    assert document.doc_id == "r1" and document.text == "Police fired tear gas in Cairo."


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
