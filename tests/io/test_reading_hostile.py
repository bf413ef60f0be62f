"""Hostile input files for the readers (issue 7): JSON Lines, JSON, CSV and WARC records with
odd fields (huge numbers, nulls, wrong types, bad dates, control characters, right-to-left
text, deep nesting, lone surrogates, long lines) never raise. Every record gives a Document
or an InputProblem naming its place in the file, one bad record never hides the next, and
every Document can be written out as UTF-8.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdesk.io import InputProblem, read_documents
from eventdesk.records import Document

REPORT = ("Syrian troops shelled the district of al-Khalidiya in Homs on Saturday, killing "
          "at least five people, activists said.")
PROPERTY = settings(max_examples=120, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

ODD_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["\u202eevil\u202c", "قتل مسلحون خمسة مدنيين في حلب", "\x00\x07\x1b",
                     "\ud800", "\u2028\u2029", "", "   ", "2014-02-30", "9999-12-31",
                     "0001-01-01", "Sat, 32 Jul 2013 10:22:00 GMT", "1" * 5000]),
)
# JSON text for one field's value: valid JSON a naive json.loads still chokes on, too
ODD_JSON_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    ODD_TEXT.map(json.dumps),
    st.sampled_from(["1" * 4400, "-" + "9" * 5000, "1e400", "NaN", "-Infinity",
                     "[" * 3000 + "]" * 3000, '{"a": {"b": [1, {"c": null}]}}', "[]", "{}",
                     '"\\ud800"', '"\\u0000"']),
).map(lambda v: v if isinstance(v, str) else json.dumps(v))
FIELDS = ["text", "doc_id", "id", "published", "outlet", "url", "title", "extra"]


def _json_line(values: dict[str, str]) -> str:
    return "{" + ", ".join(f'"{key}": {value}' for key, value in values.items()) + "}"


def _assert_sane(items: list, path: Path) -> None:
    for item in items:
        assert isinstance(item, Document | InputProblem), item
        if isinstance(item, InputProblem):
            assert str(path) in item.path and item.message
        else:
            for value in (item.text, item.doc_id, item.outlet, item.url, item.title):
                if value is not None:
                    value.encode("utf-8")  # it can be written out and stored


def _with(extra: str) -> str:
    """A JSON line of REPORT with one more field, written as raw JSON text."""
    return '{"text": ' + json.dumps(REPORT) + ", " + extra + "}"


@pytest.mark.parametrize("line, problem", [
    (_with('"n": ' + "1" * 5000), "a number of over 4,300 digits"),
    (_with('"doc_id": ' + "[" * 5000 + "]" * 5000), "nested too deep"),
    (_with('"doc_id": "\\ud800"'), "field 'doc_id' is not valid Unicode"),
    (_with('"title": "\\udfff x"'), "field 'title' is not valid Unicode"),
])
def test_a_json_line_past_a_parser_limit_is_a_problem_and_the_next_line_is_read(
        tmp_path, line, problem):
    path = tmp_path / "odd.jsonl"
    path.write_text(line + "\n" + json.dumps({"text": REPORT, "doc_id": "next"}) + "\n")
    first, second = read_documents([str(path)])
    assert isinstance(first, InputProblem) and first.path == f"{path}:1"
    assert problem in first.message
    assert isinstance(second, Document) and second.doc_id == "next"


@pytest.mark.parametrize("text, problem", [
    ("[" * 100_000 + "]" * 100_000, "nested too deep"),
    ('[{"text": "x", "n": %s}]' % ("7" * 4500), "a number of over 4,300 digits"),
])
def test_a_json_file_past_a_parser_limit_is_a_problem(tmp_path, text, problem):
    path = tmp_path / "odd.json"
    path.write_text(text)
    [item] = read_documents([str(path)])
    assert isinstance(item, InputProblem) and item.path == str(path)
    assert problem in item.message


def test_a_csv_cell_longer_than_the_csv_modules_limit_is_read(tmp_path):
    # the csv module refuses fields over 131,072 characters by default
    long_report = REPORT + " " + "Residents said the shelling went on. " * 4000
    path = tmp_path / "long.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerow(["long", long_report])
        writer.writerow(["short", REPORT])
    items = list(read_documents([str(path)]))
    assert [(type(i), getattr(i, "doc_id", None)) for i in items] == [
        (Document, "long"), (Document, "short")]
    assert items[0].text == long_report


@pytest.mark.parametrize("data", [
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999999999999\r\n\r\nxx",
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 2\r\n\r\nxx\r\n\r\n",
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x\r\nContent-Length: 5\r\n"
    b"\r\nHTTP/\r\n\r\n",
])
def test_a_malformed_warc_record_is_a_problem_naming_the_record(tmp_path, data):
    path = tmp_path / "bad.warc"
    path.write_bytes(data)
    items = list(read_documents([str(path)]))
    assert items and all(isinstance(i, InputProblem) for i in items)
    assert items[0].path.startswith(str(path))


@PROPERTY
@given(st.lists(st.dictionaries(st.sampled_from(FIELDS), ODD_JSON_VALUE, max_size=6),
                min_size=1, max_size=6))
def test_json_lines_with_odd_fields_give_one_item_each(tmp_path_factory, records):
    path = tmp_path_factory.mktemp("jsonl") / "odd.jsonl"
    path.write_text("\n".join(_json_line(r) for r in records) + "\n", encoding="utf-8",
                    errors="surrogatepass")
    items = list(read_documents([str(path)]))
    _assert_sane(items, path)
    assert len(items) == len(records)
    assert [i.path for i in items if isinstance(i, InputProblem)] == [
        f"{path}:{n}" for n, i in enumerate(items, start=1) if isinstance(i, InputProblem)]


@PROPERTY
@given(st.lists(st.lists(ODD_TEXT, min_size=1, max_size=4), min_size=1, max_size=5),
       st.permutations(["text", "published", "id", "outlet"]))
def test_csv_rows_with_odd_cells_never_raise(tmp_path_factory, rows, header):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    path = tmp_path_factory.mktemp("csv") / "odd.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8", errors="surrogatepass"))
    _assert_sane(list(read_documents([str(path)])), path)


@PROPERTY
@given(st.binary(max_size=300), st.sampled_from([".warc", ".json", ".jsonl", ".csv", ".html",
                                                 ".txt", ".jsonl.gz", ".warc.gz"]))
def test_any_bytes_in_any_input_kind_never_raise(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"odd{suffix}"
    path.write_bytes(b"WARC/1.0\r\n" + data if suffix == ".warc" else data)
    _assert_sane(list(read_documents([str(path)])), path)


HTML_BITS = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<script>alert(1)</script>", "<!-- x -->", "&amp;",
    "&#x202e;", "&#0;", "&#xd800;", "&#99999999;", "<![CDATA[ ]]>", "<br/>", "<meta charset=\"x\">",
    "<title>\u202eT</title>", "<article>", "</article>", "<table><tr><td>", REPORT, REPORT,
    "قتل مسلحون خمسة مدنيين في حلب", "\x0b\x0c", "<html>", "<body>", "<" * 50, ">" * 50,
    "<time datetime=\"0001-01-01\">", "<meta name=\"date\" content=\"9999-99-99\">",
])


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(HTML_BITS, max_size=30).map("".join))
def test_hostile_html_pages_never_raise(tmp_path_factory, html):
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(html, encoding="utf-8")
    items = list(read_documents([str(path)]))
    assert len(items) == 1
    _assert_sane(items, path)


def _codec_names() -> list[str]:
    import encodings.aliases

    return sorted(set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())
                  | {"undefined", "unicode_escape", "raw_unicode_escape", "rot13", "idna"})


@PROPERTY
@given(st.sampled_from(_codec_names()), st.binary(min_size=1, max_size=40),
       st.sampled_from(["page.html", "archive.warc"]))
def test_a_page_declaring_any_codec_as_its_charset_never_raises(tmp_path_factory, codec,
                                                                 tail, name):
    """Found by generation: a page whose <meta> (or HTTP header) named a codec that is no
    charset ("base64", "zlib", "rot13", "undefined") crashed the reader with a LookupError."""
    html = (f'<html><head><meta charset="{codec}"></head><body><p>{REPORT}</p>'
            ).encode("ascii") + b"\xff" + tail + b"</p></body></html>"
    path = tmp_path_factory.mktemp("charset") / name
    if name.endswith(".warc"):
        http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={codec}\r\n\r\n"
                ).encode("ascii") + html
        html = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.test/a\r\n"
                b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
                + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")
    path.write_bytes(html)
    items = list(read_documents([str(path)]))
    assert len(items) == 1
    _assert_sane(items, path)


@pytest.mark.parametrize("codec", ["base64", "zlib", "rot13", "undefined", "unicode_escape"])
def test_a_codec_that_is_no_charset_is_not_used(tmp_path, codec):
    path = tmp_path / "page.html"
    path.write_bytes(f'<html><meta charset="{codec}"><p>{REPORT}'.encode() + b"\xff</p>")
    (item,) = read_documents([str(path)])
    assert isinstance(item, InputProblem) and "not UTF-8 text" in item.message


@pytest.mark.parametrize("suffix, content", [
    (".txt", REPORT),
    (".html", f"<html><body><article><p>{REPORT}</p><p>{REPORT}</p></article></body></html>"),
    (".jsonl", json.dumps({"text": REPORT}) + "\n"),
    (".json", json.dumps([{"text": REPORT}])),
    (".csv", f'text\n"{REPORT}"\n'),
])
def test_a_file_name_that_is_not_utf8_gives_a_doc_id_that_can_be_written_out(
        tmp_path, suffix, content):
    """A file saved under a Latin-1 or Windows name (bytes that are not UTF-8; Python holds
    them as lone surrogates) is read, its doc_id and source written with the odd bytes
    escaped, and two such names keep two doc_ids."""
    import os

    paths = [tmp_path / os.fsdecode(raw + suffix.encode()) for raw in (b"caf\xe9", b"caf\xe8")]
    for path in paths:
        path.write_text(content, encoding="utf-8")
    items = list(read_documents([str(path) for path in paths]))
    assert all(isinstance(item, Document) for item in items), items
    for item in items:
        item.doc_id.encode("utf-8"), item.source_path.encode("utf-8")
    assert sorted(item.doc_id.split(":")[0] for item in items) == [
        f"caf\\xe8{suffix}", f"caf\\xe9{suffix}"]


def test_standard_input_closed_or_unreadable_is_a_problem_not_a_traceback(monkeypatch):
    """`eventdesk extract - <&-` starts Python with sys.stdin None: an AttributeError
    traceback before."""
    import errno
    import os
    import sys
    import types

    monkeypatch.setattr(sys, "stdin", None)
    [item] = read_documents(["-"])
    assert isinstance(item, InputProblem) and item.path == "-"
    assert "standard input is closed" in item.message

    def unreadable(size):
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(
        buffer=types.SimpleNamespace(read=unreadable, readline=unreadable)))
    [item] = read_documents(["-"])
    assert isinstance(item, InputProblem)
    assert "standard input cannot be read (Bad file descriptor)" in item.message


def test_a_file_without_a_known_suffix_is_read_by_its_content_a_txt_file_as_text(tmp_path):
    """`eventdesk extract <(zcat reports.jsonl.gz)` names /dev/fd/63: its JSON Lines were
    coded as one prose report made of JSON."""
    lines = json.dumps({"text": REPORT, "id": "a"}) + "\n" + json.dumps({"text": REPORT}) + "\n"
    (tmp_path / "63").write_text(lines)
    (tmp_path / "62").write_text(json.dumps([{"text": REPORT, "id": "c"}]))
    (tmp_path / "61").write_text(REPORT)
    (tmp_path / "notes.txt").write_text(lines)
    items = list(read_documents([str(tmp_path / n) for n in ("63", "62", "61", "notes.txt")]))
    assert [(i.doc_id, i.text) for i in items] == [
        ("a", REPORT), ("63:2", REPORT), ("c", REPORT), ("61", REPORT),
        ("notes.txt", lines)]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_csv_saved_with_semicolons_or_tabs_and_capitalised_columns_is_read(tmp_path,
                                                                              delimiter):
    """Spreadsheets in locales with a decimal comma save CSV with semicolons, and name
    columns "Text", "Published": such a file was refused as having no 'text' column."""
    path = tmp_path / "reports.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(["ID", "Text", "Published"])
        writer.writerow(["r1", REPORT + "; more; text", "2013-07-06"])
    [item] = read_documents([str(path)])
    assert isinstance(item, Document), item
    assert (item.doc_id, item.text, str(item.published)) == (
        "r1", REPORT + "; more; text", "2013-07-06")


@given(lengths=st.lists(st.integers(min_value=0, max_value=900), min_size=1, max_size=12),
       newline_at_end=st.booleans(), gzipped=st.booleans())
@settings(max_examples=80, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_json_lines_over_the_limit_are_named_and_never_held_whole(
        tmp_path_factory, monkeypatch, lengths, newline_at_end, gzipped):
    """A JSON Lines file of reports padded to any length, some lines far past max_bytes:
    each line within the limit gives its report, each one past it is named by its line, and
    no line is read whole (before: a line with no end, /dev/zero named x.jsonl, filled the
    memory; now every read is bounded)."""
    import gzip

    from eventdesk.io import bounded_lines

    limit = 300
    monkeypatch.setenv("EVENTDESK_MAX_BYTES", str(limit))
    lines = [json.dumps({"text": REPORT, "doc_id": f"r{i}", "pad": "x" * n})
             for i, n in enumerate(lengths)]
    data = ("\n".join(lines) + ("\n" if newline_at_end else "")).encode()
    folder = tmp_path_factory.mktemp("lines")
    path = folder / ("r.jsonl.gz" if gzipped else "r.jsonl")
    path.write_bytes(gzip.compress(data) if gzipped else data)
    with (gzip.open(path, "rb") if gzipped else path.open("rb")) as handle:
        chunks = list(bounded_lines(handle, limit))
    assert len(chunks) == len(lines) and all(len(c) <= limit + 1 for c in chunks)
    items = list(read_documents([str(path)]))
    assert len(items) == len(lines)
    for lineno, (line, item) in enumerate(zip(lines, items, strict=True), start=1):
        if len(line.encode()) + 1 <= limit:  # with its newline (at exactly the limit: either)
            assert isinstance(item, Document) and item.doc_id == f"r{lineno - 1}"
        elif len(line.encode()) > limit:
            assert isinstance(item, InputProblem)
            assert item.path == f"{path}:{lineno}" and "over the" in item.message


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("name", ["zero.txt", "zero.json", "zero"])
def test_a_device_without_end_is_over_the_limit_not_read_forever(tmp_path, monkeypatch, name):
    """A path that is a device or pipe (no size to check: /dev/zero, `<(yes)`) is read up to
    max_bytes, then named as over the limit; before, it was read until memory ran out."""
    monkeypatch.setenv("EVENTDESK_MAX_BYTES", "5000")
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    items = list(read_documents([str(link)]))
    assert len(items) == 1 and isinstance(items[0], InputProblem)
    assert items[0].message.startswith("input is over the")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize(("device", "name", "says"), [
    ("/dev/zero", "zero.jsonl", "line is over the 5000 bytes limit; the rest of this stream"),
    ("/dev/urandom", "noise.jsonl", "(100 in a row that are no JSON object: binary data or "
                                    "other text), so the rest of this stream"),
    ("/dev/zero", "zero.warc", "is a pipe or device, not a file")])
def test_a_device_named_as_a_line_format_or_archive_ends_with_a_message(
        tmp_path, monkeypatch, device, name, says):
    """A device or endless stream named x.jsonl or x.warc (/dev/zero: a line with no end;
    /dev/urandom: endless lines of noise) is given up with a message naming it; before,
    the skip of a line's rest or the stream of bad lines never ended."""
    monkeypatch.setenv("EVENTDESK_MAX_BYTES", "5000")
    link = tmp_path / name
    link.symlink_to(device)
    items = list(read_documents([str(link)]))
    assert all(isinstance(item, InputProblem) for item in items)
    assert items[-1].path.startswith(str(link)) and says in items[-1].message
    assert len(items) <= 101


def test_a_file_of_many_bad_lines_is_read_to_its_end(tmp_path):
    """Only a stream is given up after many bad lines: a file has an end, and a report
    after 150 bad lines is still read."""
    path = tmp_path / "r.jsonl"
    path.write_text("not json\n" * 150 + json.dumps({"text": REPORT, "doc_id": "last"}) + "\n",
                    encoding="utf-8")
    items = list(read_documents([str(path)]))
    assert len(items) == 151 and isinstance(items[-1], Document)


def test_counting_documents_does_not_consume_a_pipe(tmp_path):
    """The progress bar's count opens no pipe (a FIFO named x.jsonl): reading it to count
    would leave nothing for the run itself, or block on a pipe no one writes to yet."""
    import os

    from eventdesk.io import count_documents

    fifo = tmp_path / "reports.jsonl"
    os.mkfifo(fifo)
    assert count_documents([str(fifo)]) == 1


def _fed_pipe(tmp_path, lines: list[str]) -> Path:
    """A FIFO named reports.jsonl that a thread fills with `lines`: a stream, as a pipe is."""
    import os
    import threading

    fifo = tmp_path / "reports.jsonl"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write("".join(line + "\n" for line in lines))

    threading.Thread(target=feed, daemon=True).start()
    return fifo


def test_a_pipe_of_records_without_text_is_read_to_its_end(tmp_path):
    """150 JSON records without a text between two reports are named one by one and the
    second report is read: a stream is given up only on lines that are no JSON object.
    Before, reading stopped after 100 of them and the second report was lost."""
    report = json.dumps({"text": REPORT})
    fifo = _fed_pipe(tmp_path, [report, *['{"title": "a video, no text"}'] * 150, report])
    items = list(read_documents([str(fifo)]))
    assert sum(isinstance(i, Document) for i in items) == 2
    assert not any(i.unread for i in items if isinstance(i, InputProblem))


def test_a_pipe_given_up_says_which_lines_how_many_reports_and_what_to_do(tmp_path):
    report = json.dumps({"text": REPORT})
    fifo = _fed_pipe(tmp_path, [report, *["log: nothing here"] * 150, report])
    *skipped, last = read_documents([str(fifo)])
    assert sum(isinstance(i, Document) for i in skipped) == 1 and last.unread
    assert last.path == f"{fifo}:102"
    assert last.message == (
        "stopped reading here: lines 2–101 are not JSON Lines (100 in a row that are no JSON "
        "object: binary data or other text), so the rest of this stream (a pipe or device) "
        "was not read, after 1 report(s); to read every line, save it to a file and name "
        "the file")


def _warc_response(url: bytes, html: bytes, *, length_error: int = 0,
                   status: bytes = b"200 OK", content_type: bytes = b"text/html") -> bytes:
    http = b"HTTP/1.1 " + status + b"\r\nContent-Type: " + content_type + b"\r\n\r\n" + html
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + b"\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
            + str(len(http) + length_error).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")


def test_warcio_prints_nothing_of_its_own_on_a_slightly_wrong_record(tmp_path, capfd):
    """A Content-Length a few bytes short ("Record not followed by newline") and a URL with
    spaces were warned of on standard error by warcio itself, between eventdesk's lines: both
    records are usable, so nothing is said."""
    page = f"<html><body><p>{REPORT}</p></body></html>".encode()
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc_response(b"http://x.test/a", page, length_error=-4)
                     + _warc_response(b"http://x.test/b c", page))
    items = list(read_documents([str(path)]))
    assert [type(i) for i in items] == [Document, Document]
    assert capfd.readouterr().err == ""


def test_a_warc_reads_html_of_any_case_and_passes_over_error_pages_and_redirects(tmp_path):
    """Found by generation (bench/fuzz_edges.py warc): a crawl's 404 and 500 pages and its
    redirect bodies were read as reports (a "page not found" coded, or a report told twice
    when the redirect carried it), and a page served as "TEXT/HTML" was passed over without
    a word. Now any 2xx HTML response is a page, whatever the case of its type; error pages
    and redirects are passed over, and a file of nothing else says so."""
    page = f"<html><body><p>{REPORT}</p></body></html>".encode()
    path = tmp_path / "crawl.warc"
    path.write_bytes(
        _warc_response(b"http://x.test/a", page, content_type=b"TEXT/HTML; Charset=UTF-8")
        + _warc_response(b"http://x.test/gone", page, status=b"404 Not Found")
        + _warc_response(b"http://x.test/old", page, status=b"301 Moved Permanently")
        + _warc_response(b"http://x.test/err", page, status=b"500 Internal Server Error"))
    items = list(read_documents([str(path)]))
    assert [i.doc_id for i in items] == ["http://x.test/a"]
    errors = tmp_path / "errors.warc"
    errors.write_bytes(_warc_response(b"http://x.test/gone", page, status=b"404 Not Found"))
    [problem] = read_documents([str(errors)])
    assert problem.message == ("the WARC file holds no HTML responses (1 error or redirect "
                               "page(s) passed over)")


def test_a_csv_without_a_text_column_names_its_columns_short_and_on_one_line(tmp_path):
    """Found by generation: a header cell holding a whole report (line breaks, 140,000
    characters) was echoed whole in the message, over many lines."""
    path = tmp_path / "export.csv"
    path.write_text('"Gunmen attacked\nthe town' + " at dawn" * 20_000 + '",id\nx,1\n',
                    encoding="utf-8")
    [problem] = read_documents([str(path)])
    assert "no 'text' column (columns: gunmen attacked the town at d…, id)" in \
        problem.message
    assert "\n" not in problem.message and len(problem.message) < 300


STDIN_LINES = st.lists(st.one_of(
    st.dictionaries(st.sampled_from(FIELDS), ODD_JSON_VALUE, max_size=4).map(_json_line),
    st.just(json.dumps({"text": REPORT})), ODD_TEXT, st.sampled_from(["", "{", "}", "[", "]"])),
    min_size=1, max_size=6).map(lambda lines: [line.replace("\r", "") for line in lines])
# (no lone CR: a line break to the whole-text readers, not to the line readers of .jsonl)


@PROPERTY
@given(STDIN_LINES, st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_standard_input_gives_what_the_same_text_in_a_file_gives(tmp_path_factory, lines,
                                                                 newline, bom):
    """Standard input whose first line is one report is read line by line as a .jsonl file
    is (so a stream is coded as it comes), anything else whole as a file without a suffix."""
    import sys

    raw = (("\ufeff" if bom else "") + newline.join(lines)).encode("utf-8", "surrogatepass")
    folder = tmp_path_factory.mktemp("stdin")

    def seen(name, items):  # a file's names as standard input's ("stdin:2", "-:2")
        return [(i.doc_id.replace(name, "stdin", 1) if name != "-" else i.doc_id, i.text)
                if isinstance(i, Document)
                else (i.path.replace(str(folder / name), "-", 1), i.message) for i in items]

    files = {}
    for name in ("stdin.jsonl", "stdin"):
        (folder / name).write_bytes(raw)
        files[name] = seen(name, read_documents([str(folder / name)]))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
        from_stdin = seen("-", read_documents(["-"]))
    assert from_stdin in files.values()
    if lines[0] == json.dumps({"text": REPORT}):
        assert from_stdin == files["stdin.jsonl"]


def test_a_corrupt_gzip_member_ends_its_file_with_a_problem_not_a_traceback(tmp_path):
    """Found by generation: bytes damaged inside a .jsonl.gz made zlib raise its own error
    (not an OSError) out of the reader, the line counter and the progress bar's count."""
    import gzip

    from eventdesk.io import count_documents

    lines = "".join(json.dumps({"text": f"{REPORT} ({i})"}) + "\n" for i in range(300))
    data = gzip.compress(lines.encode(), mtime=0)
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data[:415] + b"\x00" * 4 + data[419:])
    items = list(read_documents([str(path)]))
    assert [type(i) for i in items] == [Document] * 60 + [InputProblem]
    assert items[-1].path == str(path)
    assert items[-1].message.startswith("cannot be read (Error -3 while decompressing data")
    assert count_documents([str(path)]) == 1


@PROPERTY
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 3)), min_size=1, max_size=6))
def test_a_csv_row_with_more_cells_than_columns_is_named_not_read_shifted(
        tmp_path_factory, rows):
    """An unquoted comma in a report splits its text across the next columns: read as it
    was, the text was cut and the date read from its tail ("cannot read the publication
    date ' residents said.'") or, past the last column, the words silently dropped."""
    lines, expected = ["text,published,outlet"], []
    for n, (spilled, blanks) in enumerate(rows, start=2):
        if spilled:  # the report's own comma, unquoted: four cells or more, one not blank
            lines.append(f"Gunmen killed {n}, residents said,2014-05-10,Wire" + "," * blanks)
            expected.append((f":{n}", f"{4 + blanks} cells"))
        else:  # trailing empty cells, as spreadsheets write them, are no spill
            lines.append(f'"Gunmen killed {n}, residents said",2014-05-10,Wire' + "," * blanks)
            expected.append((f":{n}", None))
    path = tmp_path_factory.mktemp("csv") / "ragged.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_documents([str(path)]))
    assert len(items) == len(rows)
    for item, (line, words) in zip(items, expected, strict=True):
        if words is None:
            assert isinstance(item, Document) and item.text.endswith("residents said")
            assert item.outlet == "Wire"
        else:
            assert isinstance(item, InputProblem) and item.path == f"{path}{line}"
            assert words in item.message and "3 columns" in item.message


@pytest.mark.parametrize("tail", ["", "\n", "\r\n"])
def test_a_csv_quote_never_closed_is_named_not_the_rest_of_the_file_read_as_one_cell(
        tmp_path, tail):
    """A stray quote opening a cell made every later row part of that cell: 1,000 reports
    read as three, with no word said."""
    rows = ['"report 0, with a comma",2014-05-10', "report 1,2014-05-11",
            '"a stray quote opens this cell,2014-05-12', "report 3,2014-05-13",
            "report 4,2014-05-14"]
    path = tmp_path / "unclosed.csv"
    path.write_text("text,published\n" + "\n".join(rows) + tail, encoding="utf-8")
    items = list(read_documents([str(path)]))
    assert [type(i) for i in items] == [Document, Document, InputProblem]
    assert items[2].path == f"{path}:4" and "never closed" in items[2].message
    assert "3 line(s)" in items[2].message


def test_a_csv_stray_quote_closed_by_a_later_row_names_the_rows_it_ran_over(tmp_path):
    rows = ['"a stray quote opens this cell,2014-05-10', '"report 1, quoted",2014-05-11',
            '"report 2, quoted",2014-05-12']
    path = tmp_path / "stray.csv"
    path.write_text("text,published\n" + "\n".join(rows) + "\n", encoding="utf-8")
    first, second = read_documents([str(path)])
    assert isinstance(first, InputProblem) and first.path == f"{path}:2"
    assert "runs over 2 lines" in first.message and "stray quote" in first.message
    assert isinstance(second, Document) and second.text == "report 2, quoted"


def test_a_csv_whose_last_row_ends_without_a_line_break_is_read_whole(tmp_path):
    path = tmp_path / "last.csv"
    path.write_text('text,published\n"a report, quoted",2014-05-10\n"the last, quoted",'
                    '2014-05-11', encoding="utf-8")
    items = list(read_documents([str(path)]))
    assert [i.text for i in items] == ["a report, quoted", "the last, quoted"]


def _crawl(n: int, gz: bool) -> list[bytes]:
    """n WARC response records, each its own gzip member when `gz` (as crawlers write)."""
    import gzip

    page = f"<html><body><p>{REPORT}</p></body></html>".encode()
    records = [_warc_response(f"http://x.test/{i}".encode(), page) for i in range(n)]
    return [gzip.compress(r) for r in records] if gz else records


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
@pytest.mark.parametrize("cut", [0.2, 0.5, 0.9])
def test_a_warc_cut_short_names_the_record_it_ends_in(tmp_path, suffix, cut):
    """A crawl's download cut short gave the pages before the cut and not a word about the
    rest: the record the file ends in is named, and the pages before it read."""
    records = _crawl(4, suffix.endswith(".gz"))
    data = b"".join(records[:3]) + records[3][:int(len(records[3]) * cut)]
    path = tmp_path / f"crawl{suffix}"
    path.write_bytes(data)
    items = list(read_documents([str(path)]))
    assert [getattr(i, "doc_id", None) for i in items[:3]] == [
        f"http://x.test/{i}" for i in range(3)]
    [problem] = items[3:]
    assert isinstance(problem, InputProblem) and problem.path == f"{path}#4"
    assert "cut short" in problem.message


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_a_warc_damaged_after_its_first_records_is_not_called_no_warc_file(tmp_path, suffix):
    records = _crawl(3, suffix.endswith(".gz"))
    path = tmp_path / f"crawl{suffix}"
    path.write_bytes(records[0] + b"\x00GARBAGE\x1b[2J" * 20 + records[1] + records[2])
    items = list(read_documents([str(path)]))
    assert isinstance(items[0], Document)
    problem = items[-1]
    assert isinstance(problem, InputProblem) and problem.path == f"{path}#2"
    assert "not a WARC file" not in problem.message and "rest of the file" in problem.message
    assert "\x00" not in problem.message and "\x1b" not in problem.message


def test_a_whole_warc_gets_no_problem(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(_crawl(3, True)) + b"\r\n\r\n")
    assert all(isinstance(i, Document) for i in read_documents([str(path)]))


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"])
def test_json_lines_ended_by_carriage_returns_alone_are_read_line_by_line(tmp_path, end):
    """A file saved with CR line ends (classic Mac OS, some exporters) was one line: every
    report in it lost as 'malformed JSON line (Extra data)'. In JSON a raw CR can only be
    whitespace, so it ends a record as a newline does."""
    records = [json.dumps({"text": REPORT, "doc_id": f"r{n}"}) for n in range(3)]
    records.insert(1, '{"text": 5}')
    path = tmp_path / "mac.jsonl"
    path.write_bytes(end.join(records).encode() + end.encode())
    items = list(read_documents([str(path)]))
    assert [getattr(i, "doc_id", None) for i in items] == ["r0", None, "r1", "r2"]
    assert items[1].path == f"{path}:2"


def test_a_file_named_twice_or_also_in_a_named_folder_is_read_once(tmp_path):
    """`extract a.jsonl a.jsonl`, or a folder and a file in it, coded the same reports
    twice (every event written twice); a second "-" read an emptied standard input."""
    folder = tmp_path / "reports"
    folder.mkdir()
    report = folder / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    items = list(read_documents([str(report), str(folder), str(report)]))
    assert [i.doc_id for i in items if isinstance(i, Document)] == ["r.txt"]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [p.path for p in problems] == [str(report), str(report)]
    assert all("named more than once" in p.message for p in problems)
