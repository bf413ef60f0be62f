"""Reports in a web archive (WARC): each HTML response read as a web page."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from eventdesk.errors import one_line
from eventdesk.io.cells import printable
from eventdesk.io.decoding import _decode
from eventdesk.io.html_input import read_html
from eventdesk.io.inputs import InputProblem, is_stream, path_text
from eventdesk.records import Document

# warcio logs its repairs ("Replacing spaces in invalid WARC-Target-URI") as warnings that,
# with no handler set, Python prints on standard error: kept for --debug, not shown otherwise
logging.getLogger("warcio").addHandler(logging.NullHandler())


def _quiet():
    """Standard error swallowed while warcio parses: it writes its own warnings there
    ("Record not followed by newline", a gzip member's error) whatever the caller wants; a
    record that cannot be used raises, and that is reported in eventdesk's words."""
    return contextlib.redirect_stderr(io.StringIO())


def _unread_tail(handle, end: int) -> int:
    """The bytes after the last whole record (`end`, warcio's offset of the next one) that
    are more than blank lines: warcio ends a file cut inside a record as if it ended
    there, without a word."""
    size = os.fstat(handle.fileno()).st_size
    if size <= end:
        return 0
    handle.seek(end)
    return size - end if handle.read(1 << 16).strip() else 0


def _kind(record) -> str | None:
    """"page" for an HTML response with a 2xx status, "passed over" for an error page or a
    redirect (a crawl's by-product, no report), None for any other record."""
    if record.rec_type != "response" or not record.http_headers:
        return None
    if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
        return None  # "text/html" in any case, or XHTML
    if not (record.http_headers.get_statuscode() or "").startswith("2"):
        return "passed over"
    return "page"


def _cut_short(records, record) -> bool:
    """True when the file ends before the record's Content-Length does (warcio reads what
    there is and goes on as if the file had ended cleanly)."""
    with _quiet():
        records.read_to_end()
    return getattr(record.raw_stream, "limit", 0) > 0


def _read_warc(path: Path, limit: int, published: dt.date | None
               ) -> Iterator[Document | InputProblem]:
    """The HTML responses of a WARC file (web archive), each page's text taken as from an
    HTML file; the doc_id is the page's URL, the source its record's place in the file.
    A response with an error or redirect status (404, 301) is a crawl's by-product, not a
    report: passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = path_text(path)
    pages = number = passed_over = unread = 0
    try:
        with path.open("rb") as handle:
            if is_stream(handle):  # warcio reads a header line whole: /dev/zero never ends
                yield InputProblem(name, "is a pipe or device, not a file: WARC archives are "
                                         "read from files")
                return
            records = ArchiveIterator(handle)
            while True:
                number += 1  # the record read next, then coded
                with _quiet():
                    record = next(records, None)
                if record is None:
                    unread = _unread_tail(handle, records.offset)
                    break
                kind = _kind(record)
                if kind == "passed over":
                    passed_over += 1  # an error page or a redirect is no report
                data = None
                if kind == "page":
                    with _quiet():
                        data = record.content_stream().read(limit + 1)
                if _cut_short(records, record):
                    unread = -1  # this record's own bytes end before its length
                    break
                if data is None:
                    continue
                pages += 1
                url = (record.rec_headers.get_header("WARC-Target-URI")
                       or f"{path_text(path.name)}:{number}")
                where = f"{name}#{number}"
                text = _decode(where, data, limit,
                               content_type=record.http_headers.get_header("Content-Type"))
                if isinstance(text, InputProblem):
                    yield text
                    continue
                document = read_html(where, url, text, published)
                if isinstance(document, Document) and document.url is None:
                    document.url = url
                yield document
    except ArchiveLoadFailed as exc:
        if number > 1:  # records were read: a damaged or spliced file, not another format
            yield InputProblem(f"{name}#{number}", "bytes that start no WARC record (a "
                                                   "damaged file?); the rest of the file "
                                                   "is skipped")
        else:
            yield InputProblem(name, f"not a WARC file ({printable(one_line(exc))})")
        return
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - warcio fails on malformed headers in many ways
        yield InputProblem(f"{name}#{number}", "malformed WARC record, the rest of the file "
                                               f"is skipped ({type(exc).__name__})")
        return
    if unread:
        lost = f": its last {unread:,} bytes are skipped" if unread > 0 else \
            ", and it is skipped"
        yield InputProblem(f"{name}#{number}", "the file ends inside this record, cut short "
                                               f"(a download or copy that stopped?){lost}")
        return
    if not pages:
        besides = f" ({passed_over} error or redirect page(s) passed over)" if passed_over \
            else ""
        yield InputProblem(name, f"the WARC file holds no HTML responses{besides}")
