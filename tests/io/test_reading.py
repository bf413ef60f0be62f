"""The readers (eventdesk.io.reading and a module per input format): every input kind
and every bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import pytest

from eventdesk.io import (
    InputProblem,
    looks_english,
    read_documents,
)
from eventdesk.records import Document

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
ANSI_HINT = "save it as UTF-8 (a Windows 'ANSI' file is cp1252: `iconv -f cp1252 -t utf-8`)"


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
    *documents, note = read([tmp_path])
    assert [d.doc_id for d in documents] == ["a.txt", "two.txt"]
    assert note.message.startswith("1 file(s) of other kinds in the folder were passed over "
                                   "(.md 1)")
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
    assert problems[2].message == "no 'text' field (or it is empty); the record's fields: title"
    assert problems[3].message == "field 'text' must be a string, not list"
    # an id that is a list or object was stored as its Python repr ("['a']")
    odd = tmp_path / "ids.jsonl"
    odd.write_text("".join(json.dumps({"text": REPORT, key: value}) + "\n" for key, value in
                           [("id", ["a"]), ("doc_id", {"a": 1}), ("id", True), ("id", 7)]))
    assert [i.doc_id if isinstance(i, Document) else i.message for i in read([odd])] == [
        "field 'id' must be a string or a number, not list",
        "field 'doc_id' must be a string or a number, not dict",
        "field 'id' must be a string or a number, not bool", "7"]
    # NaN and 1e999 (json reads them) were the ids "nan" and "inf", two reports under one
    # id; a blank id was a doc_id no message could show, where an empty one is the line's
    odd.write_text('{"text": "%s", "id": NaN}\n{"text": "%s", "id": 1e999}\n'  # noqa: UP031
                   '{"text": "%s", "id": " "}\n' % (REPORT, REPORT, REPORT))
    assert [i.doc_id if isinstance(i, Document) else i.message for i in read([odd])] == [
        "field 'id' must be a string or a number, not nan",
        "field 'id' must be a string or a number, not inf", "ids.jsonl:3"]
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
    (b"\x00\x01binary", "binary file, not text (NUL byte at byte 0, line 1)"),
    # the line says which report of a file of many to mend
    (b"text,id\n\"Clashes in Homs\",a\n\"Shelling\x00\",b\n",
     "binary file, not text (NUL byte at byte 37, line 3)"),
    # a Windows "ANSI" save says which byte and how to mend the file
    (b"Clashes\n\nin Homs " + b"\xe9", "not UTF-8 text (byte 17, line 3, 0xe9): " + ANSI_HINT),
    # a file people have at hand that is no text says what it is and what to do
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "a PDF document, not text: convert it to text "
                                        "first (e.g. `pdftotext FILE`)"),
    (b"PK\x03\x04\x00\x00binary", "a zip archive (Word, Excel and OpenDocument files are "
                                 "zips), not text: unpack it, or save the document as plain "
                                 "text"),
    (b"SQLite format 3\x00\x10", "an SQLite database (an event store?), not text: query a "
                                 "store with `eventdesk events --db FILE`"),
    (b"\x1f\x8b\x08\x00", "gzip-compressed data, not text: decompress it (`zcat FILE | "
                         "eventdesk extract -`), or name it .jsonl.gz or .warc.gz"),
    (b"Clashes in Homs " + b"\xe9t\xe9", "not UTF-8 text (byte 16, line 1, 0xe9): " + ANSI_HINT),
    ("Les combats ont repris samedi dans la ville de Homs selon des militants de la région, "
     "qui ont signalé des bombardements intenses sur le quartier.".encode(), "not English text"),
    ("اندلعت اشتباكات عنيفة في حي الخالدية بمدينة حمص يوم السبت بين القوات الحكومية "
     "ومقاتلي المعارضة بحسب ناشطين في المدينة".encode(), "not English text"),
])
def test_bad_text_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert read([path]) == [InputProblem(str(path), message)]


def test_a_bad_json_line_is_named_by_its_line_not_as_a_file_of_one_line(tmp_path):
    """A NUL in line 2 said "batch.jsonl:2: binary file, not text (... line 1)": the file
    was read, and line 1 was another record."""
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b'{"text": "Clashes in Homs."}\n\x00\x01\n{"text": "Caf\xe9 shelled"}\n')
    first, binary, latin = read([path])
    assert first.text == "Clashes in Homs."
    assert binary == InputProblem(f"{path}:2", "binary line, not text (NUL byte at byte 0)")
    assert latin == InputProblem(f"{path}:3", "not UTF-8 text (byte 13, 0xe9): " + ANSI_HINT)


def test_a_folders_files_of_other_kinds_are_counted_not_passed_over_in_silence(tmp_path):
    """20 PDFs among 500 reports were left out without a word; hidden files (.DS_Store, a
    .git folder) are no one's reports and stay unmentioned."""
    (tmp_path / "a.txt").write_text(REPORT)
    for name in ("b.pdf", "c.pdf", "notes", ".DS_Store", ".git/config"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"%PDF-1.4")
    document, problem = read([tmp_path])
    assert document.doc_id == "a.txt"
    assert problem == InputProblem(str(tmp_path), "3 file(s) of other kinds in the folder were "
                                   "passed over (.pdf 2, no suffix 1); name a file to read it "
                                   "by its content", note=True)


def _unlistable(monkeypatch, *folders):
    """`folders` cannot be listed, as a folder of another user's (mode 000) cannot: made so
    by hand, since chmod stops no one running as root."""
    real = os.scandir

    def scandir(path="."):
        if Path(path) in folders:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_folder_that_cannot_be_listed_is_named_not_passed_over_in_silence(tmp_path,
                                                                           monkeypatch):
    """Path.rglob skipped a subfolder without permission and its reports were lost without a
    word; the rest of the folder is still read."""
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(REPORT)
    _unlistable(monkeypatch, tmp_path / "locked")
    problem, document = read([tmp_path])
    assert document.doc_id == "a.txt"
    assert problem == InputProblem(str(tmp_path / "locked"), "folder cannot be read "
                                   "(Permission denied): its files were not read")
    _unlistable(monkeypatch, tmp_path)
    assert [p.message for p in read([tmp_path])] == [
        "folder cannot be read (Permission denied): its files were not read"]


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


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_json_lines_are_read_line_by_line(tmp_path, encoding, suffix):
    """JSON Lines saved by Windows as UTF-16: every line split on the bytes of a newline left
    its NUL half on the next ('not UTF-16 text', then 'binary file' for each line after)."""
    import gzip

    bom = b"\xfe\xff" if encoding == "utf-16-be" else b""
    lines = [json.dumps({"text": f"Clashes in Homs left {n} dead — “sources” said.",
                         "doc_id": f"d{n}"}, ensure_ascii=False) for n in (3, 4)]
    data = bom + "\r\n".join(lines).encode(encoding)
    path = tmp_path / f"windows{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    docs = read([path])
    assert [d.doc_id for d in docs] == ["d3", "d4"]
    assert docs[1].text == "Clashes in Homs left 4 dead — “sources” said."


def test_a_utf16_json_lines_file_cut_mid_character_keeps_its_whole_lines(tmp_path):
    path = tmp_path / "cut.jsonl"
    path.write_bytes(('{"text": "Clashes in Homs left 3 dead."}\n{"text": "Clashes"}'
                      ).encode("utf-16")[:-1])
    first, problem = read([path])
    assert first.text == "Clashes in Homs left 3 dead."
    assert problem.path == str(path) and "not UTF-16 text" in problem.message


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
    assert no_text == InputProblem(f"{path}:6", "no 'text' field (or it is empty); the "
                                                "record's fields: id, published")


def test_a_report_s_date_under_a_name_scrapers_use_is_its_publication_date(tmp_path):
    """A JSON Lines or CSV export with 'date' or 'published_at' was read undated (relative
    dates left empty) without a word about its dates: they are read when 'published' is
    not there; one that is no date leaves the report undated, not skipped."""
    path = tmp_path / "scraped.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "a", "date": "2015-01-10", "text": REPORT},
        {"id": "b", "publishedAt": "22/01/2015 14:30", "text": REPORT},
        {"id": "c", "published": "2014-05-09", "date": "2015-01-10", "text": REPORT},
        {"id": "d", "date": "3 hours ago", "text": REPORT},
        {"id": "e", "body": REPORT})))
    *docs, no_text = read([path])
    assert [(d.doc_id, d.published) for d in docs] == [
        ("a", dt.date(2015, 1, 10)), ("b", dt.date(2015, 1, 22)), ("c", dt.date(2014, 5, 9)),
        ("d", None)]
    assert no_text.message.endswith("the record's fields: id, body")
    table = tmp_path / "scraped.csv"
    table.write_text("Headline,PubDate,Text\nX,2015-01-10,Clashes broke out in Homs.\n")
    [doc] = read([table])
    assert doc.published == dt.date(2015, 1, 10)


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


class _EndlessStdin:
    """Standard input that hands out report lines one at a time and never ends: it records
    how many lines were asked for, so a test sees reading is lazy."""

    def __init__(self):
        self.lines = 0

    def readline(self, size=-1):
        self.lines += 1
        return (json.dumps({"text": f"{REPORT} ({self.lines})"}) + "\n").encode()

    def fileno(self):
        raise io.UnsupportedOperation


def test_stdin_jsonl_is_read_line_by_line_so_an_endless_stream_is_coded_as_it_comes(
        monkeypatch):
    stdin = _EndlessStdin()
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": stdin})())
    documents = read_documents(["-"])
    first = [next(documents) for _ in range(3)]
    assert [d.doc_id for d in first] == ["stdin:1", "stdin:2", "stdin:3"]
    assert stdin.lines <= 4  # not read to its (never-coming) end first


def test_stdin_opening_with_a_pretty_printed_object_is_still_read_whole(monkeypatch):
    data = json.dumps([{"text": REPORT, "id": "a"}, {"text": REPORT, "id": "b"}], indent=2)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert [d.doc_id for d in read(["-"])] == ["a", "b"]
    one = "\ufeff" + json.dumps({"text": REPORT}) + "\r\n"  # a BOM and a CRLF: still JSONL
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(one.encode())))
    [doc] = read(["-"])
    assert (doc.doc_id, doc.text) == ("stdin:1", REPORT)


def test_a_nul_byte_in_one_csv_row_skips_that_row_not_the_file(tmp_path):
    """One stray NUL in a scraped text refused the whole CSV ("binary file, not text"): its
    hundreds of other reports unread. A CSV saved as UTF-16 with no byte order mark, NULs
    throughout, is still no text."""
    path = tmp_path / "export.csv"
    path.write_bytes(b"text,id\nClashes in Homs.,a\nShelling \x00in Idlib.,b\nA raid in Daraa.,c\n")
    first, problem, last = read([path])
    assert (first.doc_id, last.doc_id) == ("a", "c")
    assert problem == InputProblem(f"{path}:3", "binary data in the row (a NUL byte), not text")
    path.write_bytes("text,id\nClashes in Homs.,a\nA raid in Daraa.,c\n".encode("utf-16-le"))
    assert [p.message for p in read([path])] == [
        "binary file, not text (NUL byte at byte 1, line 1)"]


def test_a_csv_excel_saved_in_the_windows_code_page_is_read(tmp_path):
    """Excel's "CSV (Comma delimited)" is cp1252, not UTF-8: such a file was refused whole
    ("not UTF-8 text") though every spreadsheet user has one. A text file is still refused."""
    row = ('id,text\nc1,"Gunmen killed three in Gwoza \x96 residents fled to '
           'Maiduguri\x92s camps."\n')
    table = tmp_path / "excel.csv"
    table.write_bytes(row.encode("latin-1"))
    [doc] = read([table])
    assert doc.text == "Gunmen killed three in Gwoza – residents fled to Maiduguri’s camps."
    prose = tmp_path / "notes.txt"
    prose.write_bytes("Gunmen killed three in Gwoza \x96 residents fled.".encode("latin-1"))
    [problem] = read([prose])
    assert isinstance(problem, InputProblem) and problem.message.startswith("not UTF-8 text")
