"""Reports as JSON: one object or a list of them in a .json file, one object a line in JSON
Lines; an object's fields become a Document (`_from_record`, also used for CSV rows)."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventdesk.errors import UsageError, one_line
from eventdesk.io.cells import _shorten
from eventdesk.io.decoding import _checked, _decode, unicode_problem
from eventdesk.io.inputs import (
    InputProblem,
    _read_at_most,
    _size,
    bounded_lines,
    is_stream,
    open_lines,
    path_text,
)
from eventdesk.records import Document


def _read_json_file(path: Path, limit: int, published: dt.date | None
                    ) -> Iterator[Document | InputProblem]:
    name, base = path_text(path), path_text(path.name)
    if path.suffix.lower() == ".json":
        if path.stat().st_size > limit:
            yield InputProblem(name, f"file is {_size(path.stat().st_size)}, over the "
                                     f"{_size(limit)} limit (setting max_bytes)")
            return
        text = _decode(name, _read_at_most(path, limit + 1), limit)
        if isinstance(text, InputProblem):
            yield text
            return
        yield from _from_json(name, base, text, limit, published)
        return
    with open_lines(path) as handle:
        stream = is_stream(handle)
        yield from _from_jsonl(name, base, bounded_lines(handle, limit, stream=stream), limit,
                               published, binary=True, stream=stream)


def _from_json(name: str, base_id: str, text: str, limit: int, published: dt.date | None
               ) -> Iterator[Document | InputProblem]:
    """A JSON document of reports: one object or a list of them (JSON Lines when it is not
    one document but holds one object a line)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        head = text.lstrip().split("\n", 1)[0].encode("utf-8", "surrogatepass")
        if _is_report_line(head) or (text.lstrip().startswith("{") and "\n{" in text):
            yield from _from_jsonl(name, base_id, text.split("\n"), limit, published)
        else:
            yield InputProblem(name, f"not JSON (line {exc.lineno}: {exc.msg})")
        return
    except (ValueError, RecursionError) as exc:
        yield InputProblem(name, f"JSON that cannot be read: {_json_limit(exc)}")
        return
    records = data if isinstance(data, list) else [data]
    if not records:
        yield InputProblem(name, "an empty list: no reports")
    for i, record in enumerate(records, start=1):
        yield _from_record(record, f"{name}:{i}", f"{base_id}:{i}", published)


def _from_jsonl(name: str, base_id: str, lines: Iterable, limit: int,
                published: dt.date | None, *, binary: bool = False, first_line: int = 1,
                require_lines: bool = True, stream: bool = False
                ) -> Iterator[Document | InputProblem]:
    """The reports of JSON Lines. A `stream` (a pipe or device, which may never end) is
    given up, with a message, at a line over the limit or after `STREAM_BAD_LINES` lines
    in a row that are not JSON objects (/dev/zero, /dev/urandom, `yes`), instead of running
    forever. A JSON object without a usable report (no text) is a record of the stream,
    named and passed over, never a reason to stop reading it."""
    any_line = not require_lines
    bad_run = reports = 0
    for lineno, raw in enumerate(_cr_lines(lines), start=first_line):
        where = f"{name}:{lineno}"
        if stream and bad_run >= STREAM_BAD_LINES:
            yield InputProblem(
                where, f"stopped reading here: lines {lineno - bad_run}–{lineno - 1} are not "
                f"JSON Lines ({bad_run} in a row that are no JSON object: binary data or "
                f"other text), so the rest of this stream (a pipe or device) was not read, "
                f"after {reports} report(s); to read every line, save it to a file and name "
                "the file", unread=True)
            return
        bad_run += 1
        if binary:
            if len(raw) > limit:
                rest = "; the rest of this stream (a pipe or device) was not read" \
                    if stream else ""
                yield InputProblem(where, f"line is over the {_size(limit)} limit{rest}",
                                   unread=stream)
                any_line = True
                continue
            if not raw.strip():
                continue
            line = _decode(where, raw, limit, line=True)
            if isinstance(line, InputProblem):
                yield line
                any_line = True
                continue
        else:
            line = raw
        if not line.strip():
            continue
        any_line = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, f"malformed JSON line ({exc.msg} at column {exc.colno})")
            continue
        except (ValueError, RecursionError) as exc:
            yield InputProblem(where, f"JSON line that cannot be read: {_json_limit(exc)}")
            continue
        item = _from_record(record, where, f"{base_id}:{lineno}", published)
        if isinstance(record, dict):
            bad_run = 0
        reports += isinstance(item, Document)
        yield item
    if not any_line:
        yield InputProblem(name, "empty file")


STREAM_BAD_LINES = 100


def _cr_lines(lines: Iterable) -> Iterator:
    """The lines (bytes or str) of a file saved with carriage returns alone (classic Mac
    OS, some exporters) split at them: in JSON a raw CR is only whitespace, never inside a
    string, so it ends a record as a newline does (read whole, every report of the file
    was one malformed line)."""
    for line in lines:
        cr, ends = (b"\r", b"\r\n") if isinstance(line, bytes) else ("\r", "\r\n")
        body = line.rstrip(ends)
        if cr in body:
            yield from body.split(cr)
        else:
            yield line


def _is_report_line(line: bytes) -> bool:
    """A whole JSON object with fields on one line (after a UTF-8 byte order mark): JSON
    Lines' first (`{}` alone is prose to `_sniff`)."""
    line = line.removeprefix(b"\xef\xbb\xbf").strip()
    if not (re.match(rb'\{\s*"', line) and line.endswith(b"}")):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _json_limit(exc: ValueError | RecursionError) -> str:
    """What valid JSON went past a limit of the parser: a number too long for Python to
    convert (over 4,300 digits) or arrays and objects nested too deep."""
    if isinstance(exc, RecursionError):
        return "arrays or objects nested too deep"
    if "digits" in str(exc):
        return "a number of over 4,300 digits"
    return one_line(exc)


def json_loads(text: str):
    """`json.loads`, valid JSON past the parser's limits (`_json_limit`) raised as a
    JSONDecodeError too, so a reader's one `except` names the line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except (ValueError, RecursionError) as exc:
        raise json.JSONDecodeError(_json_limit(exc), text, 0) from None


# A report record's optional text fields, and all the fields a reader takes from it (JSON
# keys, CSV columns; a field named twice in a CSV is refused); any other but a date alias
# (below) is ignored.
METADATA_FIELDS = ("outlet", "url", "title")
# What scrapers and news APIs call a report's publication date ('date', 'pub_date',
# 'publishedAt': case and underscores aside), read when there is no 'published' (a value
# that is no date then leaves the report undated, not skipped).
DATE_ALIASES = ("date", "pubdate", "publishedat", "publicationdate", "publishdate",
                "datetime")
REPORT_FIELDS = frozenset({"text", "published", "doc_id", "id", *METADATA_FIELDS})


def _from_record(record, where: str, default_id: str, published: dt.date | None
                 ) -> Document | InputProblem:
    from eventdesk.components.dates import parse_published

    if not isinstance(record, dict):
        return InputProblem(where, "not a JSON object with a 'text' field")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        return InputProblem(where, f"field 'text' must be a string, not {type(text).__name__}")
    if not text or not text.strip():
        fields = ", ".join(_shorten(str(k), 30) for k in list(record)[:8]) + (
            " …" if len(record) > 8 else "")
        return InputProblem(where, f"no 'text' field (or it is empty); the record's fields: "
                                   f"{fields or 'none'}")
    for key in METADATA_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            return InputProblem(where, f"field {key!r} must be a string")
    for key in ("doc_id", "id"):  # a number is an id; a list, object, true or NaN is no id
        value = record.get(key)
        if isinstance(value, list | dict | bool):
            return InputProblem(where, f"field {key!r} must be a string or a number, not "
                                       f"{type(value).__name__}")
        if isinstance(value, float) and not math.isfinite(value):  # NaN, 1e999: "nan", "inf"
            return InputProblem(where, f"field {key!r} must be a string or a number, not "
                                       f"{value}")
    doc_id = next((str(value) for value in (record.get("doc_id"), record.get("id"))
                   if value is not None and str(value).strip()), default_id)
    for key, value in (("doc_id", doc_id), *((k, record.get(k)) for k in METADATA_FIELDS)):
        if value is not None and unicode_problem(value):  # it could not be written out
            return InputProblem(where, f"field {key!r} is not valid Unicode (a lone "
                                       "surrogate)")
    date = published
    if date is None and record.get("published"):
        try:
            date = parse_published(str(record["published"]))
        except UsageError as exc:
            return InputProblem(where, f"field 'published': {exc}")
    alias = next((k for k in record if str(k).lower().replace("_", "") in DATE_ALIASES
                  and record[k]), None)
    if date is None and "published" not in record and alias is not None:
        try:
            date = parse_published(str(record[alias]))
        except UsageError:
            date = None
    document = Document(text=text, doc_id=doc_id, published=date, outlet=record.get("outlet"),
                        url=record.get("url"), title=record.get("title"), source_path=where)
    return _checked(document, where)
