"""Readers a distributed run needs: gzip'd JSON Lines, WARC, and slices of a JSON Lines file
that keep the doc_ids and line numbers of a whole-file read."""

from __future__ import annotations

import gzip

from corpus import SAMPLES, write_warc

from eventdesk.io import InputProblem, count_lines, read_documents, read_line_slice


def test_gzipped_json_lines_read_as_the_plain_file(tmp_path):
    plain = SAMPLES / "reports.jsonl"
    packed = tmp_path / "reports.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    ours = [(d.doc_id, d.text, d.published) for d in read_documents([str(packed)])]
    theirs = [(d.doc_id, d.text, d.published) for d in read_documents([str(plain)])]
    assert ours == theirs and len(ours) == 5


def test_a_damaged_gzip_file_is_a_problem_not_a_crash(tmp_path):
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(b"not gzip at all")
    [problem] = read_documents([str(bad)])
    assert isinstance(problem, InputProblem) and problem.path == str(bad)
    assert "cannot be read" in problem.message


def test_slices_keep_line_numbers_and_default_ids(tmp_path):
    path = tmp_path / "noid.jsonl"
    path.write_text('{"text": "Troops shelled Homs on Monday, activists said."}\n\n'
                    '{"text": "Police fired tear gas at protesters in Cairo, witnesses said."}\n'
                    "{oops\n")
    assert count_lines(path) == 4
    whole = [(getattr(d, "doc_id", None), getattr(d, "path", None))
             for d in read_documents([str(path)])]
    sliced = [(getattr(d, "doc_id", None), getattr(d, "path", None))
              for start in (0, 2) for d in read_line_slice(path, start, start + 2)]
    assert sliced == whole == [("noid.jsonl:1", None), ("noid.jsonl:3", None),
                               (None, f"{path}:4")]


def test_warc_html_responses_become_documents(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc", {
        "https://news.example/aleppo": (SAMPLES / "page.html").read_bytes(),
        "https://news.example/empty": b"<html><body><p>Subscribe.</p></body></html>"})
    first, second = read_documents([str(warc)])
    assert first.doc_id == "https://news.example/aleppo"
    [page] = read_documents([str(SAMPLES / "page.html")])
    assert (first.text, first.published, first.outlet) == (page.text, page.published,
                                                           page.outlet)
    assert str(first.published) == "2013-07-09" and "ALEPPO - Rebel fighters" in first.text
    assert isinstance(second, InputProblem) and "no article text" in second.message
    assert second.path.startswith(f"{warc}#")


def test_a_file_that_is_not_a_warc_is_named(tmp_path):
    fake = tmp_path / "fake.warc"
    fake.write_text("hello")
    [problem] = read_documents([str(fake)])
    assert problem.path == str(fake) and "not a WARC file" in problem.message


def test_warc_page_in_the_charset_its_http_header_declares(tmp_path):
    """Archived pages keep the bytes the server sent: a Latin-1 page is read in Latin-1."""
    page = (SAMPLES / "page.html").read_text(encoding="utf-8")
    assert "café" not in page
    page = page.replace("ALEPPO - Rebel fighters", "ALEPPO - Café owners said rebel fighters")
    warc = write_warc(tmp_path / "latin.warc", {"https://news.example/latin": page.encode(
        "latin-1")}, content_type="text/html; charset=ISO-8859-1")
    [document] = read_documents([str(warc)])
    assert "ALEPPO - Café owners said rebel fighters" in document.text
