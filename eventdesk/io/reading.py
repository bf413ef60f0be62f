"""Documents from paths: each file (or stdin) handed to the reader of its format, by its
suffix or, without one, by what its text looks like.

Readers yield `InputProblem`s instead of raising, so a batch goes on past a bad file and
the command lists the bad ones at the end."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from eventdesk.io.csv_input import _from_csv
from eventdesk.io.decoding import _checked, _decode
from eventdesk.io.feed_input import FEED_SUFFIXES, looks_like_feed, read_feed
from eventdesk.io.html_input import read_html
from eventdesk.io.inputs import (
    READ_ERRORS,
    InputProblem,
    _read_at_most,
    _size,
    bounded_lines,
    input_files,
    is_stream,
    max_bytes,
    open_lines,
    path_text,
    suffix_of,
)
from eventdesk.io.json_input import _from_json, _from_jsonl, _is_report_line, _read_json_file
from eventdesk.io.warc_input import _read_warc
from eventdesk.records import Document


def read_documents(paths: list[str], *, published: dt.date | None = None
                   ) -> Iterator[Document | InputProblem]:
    """Documents from files, folders (recursive, sorted) and "-" (stdin), in order.

    `published` overrides any date a file carries (JSONL field, HTML metadata)."""
    limit = max_bytes()
    for item in input_files(paths):
        if isinstance(item, InputProblem):
            yield item
        elif str(item) == "-":
            yield from _read_stdin(limit, published)
        else:
            yield from _read_file(item, limit, published)


def read_line_slice(path: Path, start: int, stop: int, *, published: dt.date | None = None
                    ) -> Iterator[Document | InputProblem]:
    """The documents of lines start..stop-1 (0-based) of a JSON Lines file, with the doc_ids
    and line numbers a whole-file read gives them."""
    limit = max_bytes()
    try:
        with open_lines(path) as handle:
            stream = is_stream(handle)
            lines = itertools.islice(bounded_lines(handle, limit, stream=stream), start, stop)
            yield from _from_jsonl(path_text(path), path_text(path.name), lines, limit,
                                   published, binary=True, first_line=start + 1,
                                   require_lines=start == 0, stream=stream)
    except READ_ERRORS as exc:
        yield InputProblem(path_text(path),
                           f"cannot be read ({getattr(exc, 'strerror', None) or exc})")


def _read_stdin(limit: int, published: dt.date | None) -> Iterator[Document | InputProblem]:
    """Standard input: JSON Lines (its first line one report) read line by line, so an
    endless stream is coded as it comes; anything else read whole and sniffed."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # started with standard input closed (`<&-`)
        yield InputProblem("-", "standard input is closed: nothing to read")
        return
    try:
        first = stream.readline(limit + 1)
        if _is_report_line(first):
            endless = is_stream(stream)
            lines = itertools.chain([first], bounded_lines(stream, limit, stream=endless))
            yield from _from_jsonl("-", "stdin", lines, limit, published, binary=True,
                                   stream=endless)
            return
        data = first + stream.read(limit + 1 - len(first))
    except OSError as exc:  # a folder or a closed descriptor as standard input
        yield InputProblem("-", f"standard input cannot be read ({exc.strerror or exc})")
        return
    text = _decode("-", data, limit)
    if isinstance(text, InputProblem):
        yield text
        return
    kind = _sniff(text)
    if kind == "feed":
        yield from read_feed("-", "stdin", text, published)
    elif kind == "json":
        yield from _from_json("-", "stdin", text, limit, published)
    elif kind == "jsonl":
        yield from _from_jsonl("-", "stdin", text.split("\n"), limit, published)
    elif kind == "html":
        yield read_html("-", "stdin", text, published)
    else:
        yield _checked(Document(text=text, doc_id="stdin", published=published), "-")


def _sniff(text: str) -> str:
    if looks_like_feed(text):
        return "feed"
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines[:5]):
        return "jsonl"
    if re.match(r'\s*(?:\[\s*)?\{\s*"', text):
        return "json"  # a list of reports or one report, pretty-printed or not ("[Reuters]" is not)
    return "text"


WINDOWS_CSV = "cp1252"


def _read_file(path: Path, limit: int, published: dt.date | None
               ) -> Iterator[Document | InputProblem]:
    name, base = path_text(path), path_text(path.name)
    suffix = suffix_of(path)
    try:
        size = path.stat().st_size
        if suffix in (".jsonl", ".json"):
            yield from _read_json_file(path, limit, published)
            return
        if suffix == ".jsonl.gz":
            yield from read_line_slice(path, 0, sys.maxsize, published=published)
            return
        if suffix in (".warc", ".warc.gz"):
            yield from _read_warc(path, limit, published)
            return
        if size > limit:
            yield InputProblem(name, f"file is {_size(size)}, over the {_size(limit)} limit "
                                     "(setting max_bytes, env EVENTDESK_MAX_BYTES)")
            return
        data = _read_at_most(path, limit + 1)  # a device or pipe has no size to check
    except OSError as exc:
        yield InputProblem(name, f"cannot be read ({exc.strerror or exc})")
        return
    # Excel saves "CSV (Comma delimited)" in the Windows code page, not UTF-8
    text = _decode(name, data, limit, fallback=WINDOWS_CSV if suffix == ".csv" else None,
                   rows=suffix == ".csv")
    if isinstance(text, InputProblem):
        yield text
        return
    kind = _sniff(text)
    if suffix == ".csv":
        yield from _from_csv(name, base, text, published)
    elif suffix in FEED_SUFFIXES or kind == "feed":
        yield from read_feed(name, base, text, published)
    elif suffix in (".html", ".htm") or kind == "html":
        yield read_html(name, base, text, published)
    elif suffix != ".txt" and kind == "json":  # a name without a known suffix: its content
        yield from _from_json(name, base, text, limit, published)  # says (`<(zcat x.gz)`)
    elif suffix != ".txt" and kind == "jsonl":
        yield from _from_jsonl(name, base, text.split("\n"), limit, published)
    else:
        yield _checked(Document(text=text, doc_id=base, published=published,
                                source_path=name), name)
