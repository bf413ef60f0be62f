"""Reading reports (text, folders, stdin, HTML, JSON Lines, gzip'd JSON Lines, WARC) and
writing events.

Readers yield `InputProblem`s instead of raising, so a batch goes on past a bad file and
the command lists the bad ones at the end.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import hashlib
import io
import itertools
import json
import os
import re
import stat
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from eventdesk import settings
from eventdesk.errors import UsageError, one_line
from eventdesk.records import Document, Event

FOLDER_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".jsonl.gz", ".warc",
                   ".warc.gz")
# Formats read line by line, so a large file can be split into slices of lines.
LINE_FORMATS = (".jsonl", ".jsonl.gz")
FORMATS = ("table", "json", "jsonl", "csv", "geojson")

# Common English function words that are not also everyday words of German, French,
# Spanish or Italian ("in", "a", "on", "so" are left out): English news prose has 20–40 %
# of them, other languages in Latin script a few per cent, other scripts none.
_ENGLISH_STOPWORDS = frozenset("""
about after against all an and are as at be been being but by could did do does for from
had has have he her his how if into is it its more most not of or our out over said she
some than that the their them there these they this those to under up we were what when
where which while who with would you
""".split())
# Function words of German, French, Spanish, Italian and Portuguese that are not English
# words: terse English (a one-line flash, a dateline and a name-packed lead) can have few
# English function words, so a short text is refused only when these stand in their place.
_OTHER_STOPWORDS = frozenset("""
aus auf aux avec bei como con dans das del della dem der des det dei degli du ein eine
el est et für gli ist les los las mit nach nel nicht não para pas per pour por que qui sind
sont sur und une uma von zu zum zur
""".split())
_MIN_WORDS_FOR_LANGUAGE = 12
_SHORT_TEXT_WORDS = 60
_MIN_STOPWORD_SHARE = 0.05
_MIN_ARTICLE_WORDS = 10


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read, and why, in words a user can act on."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def max_bytes() -> int:
    """The `max_bytes` setting; UsageError when the override is not a positive integer."""
    raw = settings.get("max_bytes")
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise UsageError(f"the max_bytes setting must be a positive integer, not {raw!r}")
    return value


def _size(n: int) -> str:
    """Sizes as users count them: the 10 MB default is 10 × 1024 × 1024 bytes."""
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n} bytes"


def suffix_of(path: Path) -> str:
    """The format suffix of a file name, two-part for compressed ones (".jsonl.gz")."""
    name = path.name.lower()
    for double in (".jsonl.gz", ".warc.gz"):
        if name.endswith(double):
            return double
    return path.suffix.lower()


def path_text(path: Path | str) -> str:
    """A file name as valid Unicode: a name whose bytes are not UTF-8 (Python holds them as
    lone surrogates) is written with the odd bytes as escapes ("a\\xff.txt"), so its doc_id
    can be stored, hashed and written out, and two such names stay apart."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        try:
            return os.fsencode(text).decode("utf-8", "backslashreplace")
        except UnicodeError:
            return text.encode("utf-8", "backslashreplace").decode("utf-8")


def input_files(paths: list[str]) -> Iterator[Path | InputProblem]:
    """The files behind paths: files as given, folders expanded (recursive, sorted) to the
    files of a format eventdesk reads; "-" (stdin) is passed through as Path("-")."""
    for raw in paths:
        path = Path(raw)
        if raw == "-" or (path.exists() and not path.is_dir()):
            yield path
        elif path.is_dir():
            files = _folder_files(path)
            if not files:
                yield InputProblem(raw, "the folder holds no .txt, .html, .htm, .jsonl, "
                                        ".jsonl.gz, .json, .warc or .warc.gz files")
            yield from files
        else:
            yield InputProblem(raw, "no such file or folder")


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


def count_lines(path: Path) -> int:
    """Lines of a JSON Lines file (gzip'd or not), to split it into slices."""
    with _open_lines(path) as handle:
        return sum(1 for _ in bounded_lines(handle, max_bytes()))


def read_line_slice(path: Path, start: int, stop: int, *, published: dt.date | None = None
                    ) -> Iterator[Document | InputProblem]:
    """The documents of lines start..stop-1 (0-based) of a JSON Lines file, with the doc_ids
    and line numbers a whole-file read gives them."""
    limit = max_bytes()
    try:
        with _open_lines(path) as handle:
            stream = is_stream(handle)
            lines = itertools.islice(bounded_lines(handle, limit, stream=stream), start, stop)
            yield from _from_jsonl(path_text(path), path_text(path.name), lines, limit,
                                   published, binary=True, first_line=start + 1,
                                   require_lines=start == 0, stream=stream)
    except (OSError, EOFError) as exc:
        yield InputProblem(path_text(path),
                           f"cannot be read ({getattr(exc, 'strerror', None) or exc})")


def _open_lines(path: Path):
    return gzip.open(path, "rb") if suffix_of(path) == ".jsonl.gz" else path.open("rb")


def _folder_files(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*") if p.is_file() and suffix_of(p) in FOLDER_SUFFIXES)


def missing_inputs(paths: list[str]) -> list[str]:
    """The paths (not "-") that name no file or folder: checked before anything is
    created, so a mistyped name leaves no trace."""
    return [raw for raw in paths if raw != "-" and not Path(raw).exists()]


def count_documents(paths: list[str]) -> int | None:
    """How many documents `read_documents` yields at most, counted without decoding them
    (a file each, a JSON Lines file's non-blank lines, a JSON array's items): a progress
    bar's total. None when a path is stdin, which cannot be read twice."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        files = _folder_files(path) if path.is_dir() else [path] if path.exists() else []
        for file in files:
            total += _documents_in(file)
    return total


def _documents_in(path: Path) -> int:
    suffix = suffix_of(path)
    try:
        if not path.is_file():  # a pipe or device: reading it to count would consume it
            return 1
        if suffix in LINE_FORMATS:
            with _open_lines(path) as handle:
                return sum(1 for line in bounded_lines(handle, max_bytes()) if line.strip())
        if suffix == ".json" and path.stat().st_size <= max_bytes():
            data = json.loads(path.read_bytes())
            return len(data) if isinstance(data, list) else 1
        if suffix == ".csv" and path.stat().st_size <= max_bytes():
            with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
                return max(1, sum(1 for row in csv.reader(handle) if any(row)) - 1)
    except (OSError, EOFError, ValueError, RecursionError, csv.Error):
        return 1
    return 1


def _read_stdin(limit: int, published: dt.date | None) -> Iterator[Document | InputProblem]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # started with standard input closed (`<&-`)
        yield InputProblem("-", "standard input is closed: nothing to read")
        return
    try:
        data = stream.read(limit + 1)
    except OSError as exc:  # a folder or a closed descriptor as standard input
        yield InputProblem("-", f"standard input cannot be read ({exc.strerror or exc})")
        return
    text = _decode("-", data, limit)
    if isinstance(text, InputProblem):
        yield text
        return
    kind = _sniff(text)
    if kind == "json":
        yield from _from_json("-", "stdin", text, limit, published)
    elif kind == "jsonl":
        yield from _from_jsonl("-", "stdin", text.split("\n"), limit, published)
    elif kind == "html":
        yield read_html("-", "stdin", text, published)
    else:
        yield _checked(Document(text=text, doc_id="stdin", published=published), "-")


def _sniff(text: str) -> str:
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines[:5]):
        return "jsonl"
    if re.match(r'\s*(?:\[\s*)?\{\s*"', text):
        return "json"  # a list of reports or one report, pretty-printed or not ("[Reuters]" is not)
    return "text"


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
    text = _decode(name, data, limit)
    if isinstance(text, InputProblem):
        yield text
        return
    kind = _sniff(text)
    if suffix == ".csv":
        yield from _from_csv(name, base, text, published)
    elif suffix in (".html", ".htm") or kind == "html":
        yield read_html(name, base, text, published)
    elif suffix != ".txt" and kind == "json":  # a name without a known suffix: its content
        yield from _from_json(name, base, text, limit, published)  # says (`<(zcat x.gz)`)
    elif suffix != ".txt" and kind == "jsonl":
        yield from _from_jsonl(name, base, text.split("\n"), limit, published)
    else:
        yield _checked(Document(text=text, doc_id=base, published=published,
                                source_path=name), name)


_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
                           re.IGNORECASE)


def _declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The encoding an HTTP Content-Type header or the page's own <meta> declares, when
    Python knows it: web pages are saved and archived in the bytes their server sent."""
    found = _CHARSET.search((content_type or "").encode("ascii", "replace")) \
        or _META_CHARSET.search(data[:4096])
    if not found:
        return None
    name = text_charset(found.group(1).decode("ascii"))
    # UTF-8 already failed; UTF-16 cannot be declared inside the page
    return None if name is None or name.startswith("utf") else name


def text_charset(name: str) -> str | None:
    """Python's name of the charset a page or HTTP header declares, or None when Python
    knows no such codec or the codec is no charset: a byte-to-byte one ("base64", "zlib"), a
    str-to-str one ("rot13"), or one that reads escapes or fails everything
    ("unicode_escape", "undefined")."""
    try:
        codec = codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        return None
    if not getattr(codec, "_is_text_encoding", True) or codec.name in _NOT_CHARSETS:
        return None
    return codec.name


_NOT_CHARSETS = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "idna",
                           "punycode"})


def _decode(name: str, data: bytes, limit: int, *, content_type: str | None = None
            ) -> str | InputProblem:
    """UTF-8 text (or UTF-16 with its byte order mark, as Windows saves 'Unicode' text; or,
    for a web page, the charset it or its HTTP header declares), or the problem: too large,
    empty, binary, not UTF-8 (with the byte)."""
    if len(data) > limit:
        return InputProblem(name, f"input is over the {_size(limit)} limit "
                                  "(setting max_bytes, env EVENTDESK_MAX_BYTES)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") and data[:4] != b"\xff\xfe\x00\x00":
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeError as exc:
            return InputProblem(name, f"not UTF-16 text despite its byte order mark "
                                      f"(byte {exc.start})")
    if not data.strip():
        return InputProblem(name, "empty file")
    nul = data.find(b"\x00")
    if nul != -1:
        return InputProblem(name, f"binary file, not text (NUL byte at byte {nul})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        charset = _declared_charset(data, content_type)
        try:
            text = data.decode(charset) if charset else None
        except (UnicodeError, LookupError):
            text = None
        if text is None:
            return InputProblem(name, f"not UTF-8 text (byte {exc.start})")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_english(text: str) -> bool:
    """A cheap language check, lenient with short texts: very short texts pass; others need
    Latin script and English function words, except that a short text without them is
    refused only when another language's function words are there instead."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < _MIN_WORDS_FOR_LANGUAGE:
        return True
    if sum(not _is_latin(w) for w in words) * 2 > len(words):
        return False
    english = sum(w in _ENGLISH_STOPWORDS for w in words)
    if english >= _MIN_STOPWORD_SHARE * len(words):
        return True
    other = sum(w in _OTHER_STOPWORDS for w in words)
    return len(words) < _SHORT_TEXT_WORDS and (other < 2 or other <= english)


def _is_latin(word: str) -> bool:
    """Every letter from the Latin blocks (ASCII to Latin Extended-B)."""
    return all(ch <= "\u024f" for ch in word)


def unicode_problem(text: str) -> str | None:
    """Why `text` is not valid Unicode (a lone surrogate, as a JSON "\\ud800" escape can
    give), else None: such text cannot be stored or written as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"the text is not valid Unicode (a lone surrogate at character {exc.start})"
    return None


def _checked(document: Document, where: str) -> Document | InputProblem:
    if not document.text.strip():
        return InputProblem(where, "empty text")
    problem = unicode_problem(document.text)
    if problem:
        return InputProblem(where, problem)
    if not looks_english(document.text):
        return InputProblem(where, "not English text")
    return document


def read_html(name: str, doc_id: str, html: str, published: dt.date | None
              ) -> Document | InputProblem:
    """A page's main text (trafilatura, comments left out) and, unless `published` is given,
    its own publication date; an InputProblem when it holds no article."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, include_comments=False, with_metadata=True, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(text.split()) < _MIN_ARTICLE_WORDS:
        return InputProblem(name, "no article text found in the HTML page")
    date = published
    if date is None and getattr(result, "date", None):
        from eventdesk.components.dates import published_problem

        try:
            date = dt.date.fromisoformat(str(result.date)[:10])
        except ValueError:
            date = None
        if date is not None and published_problem(date):
            date = None  # a page's implausible date (0001-01-01) is no date
    document = Document(text=text, doc_id=doc_id, published=date,
                        title=getattr(result, "title", None) or None,
                        url=getattr(result, "url", None) or None,
                        outlet=getattr(result, "sitename", None) or None, source_path=name)
    return _checked(document, name)


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
    with path.open("rb") as handle:
        stream = is_stream(handle)
        yield from _from_jsonl(name, base, bounded_lines(handle, limit, stream=stream), limit,
                               published, binary=True, stream=stream)


def _read_at_most(path: Path, size: int) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def is_stream(handle) -> bool:
    """True when a handle reads a pipe, a device or a socket (/dev/zero, a named pipe, a
    terminal): input with no end known in advance, which may never end."""
    try:
        return not stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        return False


def bounded_lines(handle, limit: int, *, stream: bool = False) -> Iterator[bytes]:
    """The lines of a binary file, each read up to `limit` + 1 bytes: a longer line (a file
    with no newline, a gzip bomb of one line) is yielded cut there, so it is reported as
    over the limit, and the rest of it is skipped in bounded reads instead of being held
    whole in memory. In a `stream` (a pipe or device: /dev/zero) the rest of such a line
    may never end, so the lines stop there."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        yield line
        if stream and len(line) > limit:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass


_CHUNK = 1 << 20


def _from_json(name: str, base_id: str, text: str, limit: int, published: dt.date | None
               ) -> Iterator[Document | InputProblem]:
    """A JSON document of reports: one object or a list of them (JSON Lines when it is not
    one document but holds one object a line)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{") and "\n{" in text:
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
    in a row that hold no report (/dev/zero, /dev/urandom, `yes`), instead of running
    forever."""
    any_line = not require_lines
    bad_run = 0
    for lineno, raw in enumerate(lines, start=first_line):
        where = f"{name}:{lineno}"
        if stream and bad_run >= STREAM_BAD_LINES:
            yield InputProblem(where, f"{bad_run} lines in a row hold no report: the rest of "
                                      "this stream (a pipe or device) was not read")
            return
        bad_run += 1
        if binary:
            if len(raw) > limit:
                rest = "; the rest of this stream (a pipe or device) was not read" \
                    if stream else ""
                yield InputProblem(where, f"line is over the {_size(limit)} limit{rest}")
                any_line = True
                continue
            if not raw.strip():
                continue
            line = _decode(where, raw, limit)
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
        if isinstance(item, Document):
            bad_run = 0
        yield item
    if not any_line:
        yield InputProblem(name, "empty file")


STREAM_BAD_LINES = 100


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


def _from_csv(name: str, base_id: str, text: str, published: dt.date | None
              ) -> Iterator[Document | InputProblem]:
    """A CSV file of reports, one a row, the JSON Lines fields as columns (a spreadsheet or
    media-monitoring export); a row is named by the line it starts on. A CSV without a
    'text' column (an event export fed back in) is refused, not coded as prose."""
    # a report's text may be long: no cell is longer than the file, already within max_bytes
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_csv_delimiter(text))
    try:
        header: list[str] = []
        while not any(header) and (row := next(reader, None)) is not None:  # blank lines
            header = [column.strip().lower() for column in row]            # before it
    except csv.Error as exc:
        yield InputProblem(f"{name}:{reader.line_num}", f"malformed CSV ({exc})")
        return
    if "text" not in header:
        shown = ", ".join(header[:8]) + (" …" if len(header) > 8 else "")
        yield InputProblem(name, f"no 'text' column (columns: {shown}); a CSV of reports "
                                 "needs one, and may have published, outlet, url, title, id")
        return
    twice = sorted({c for c in header if c in _CSV_FIELDS and header.count(c) > 1})
    if twice:  # which one is the report's is a guess: say so rather than drop one unseen
        yield InputProblem(name, f"{len(twice)} column(s) named twice: "
                                 f"{', '.join(twice)}; keep one of each")
        return
    rows = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader, None)
        except csv.Error as exc:
            yield InputProblem(f"{name}:{start}", f"malformed CSV ({exc})")
            return
        if row is None:
            if not rows:
                yield InputProblem(name, "a header and no rows: no reports")
            return
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        record = {column: cell for column, cell in zip(header, row, strict=False)
                  if column and cell != ""}
        yield _from_record(record, f"{name}:{start}", f"{base_id}:{start}", published)


_CSV_FIELDS = frozenset({"text", "published", "outlet", "url", "title", "doc_id", "id"})


def _csv_delimiter(text: str) -> str:
    """The delimiter whose split of the header line has a 'text' column: a comma, else a
    semicolon (spreadsheets in locales with a decimal comma save CSV so) or a tab."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    for delimiter in (",", ";", "\t"):
        if "text" in (cell.strip().strip('"').strip().lower() for cell in first.split(delimiter)):
            return delimiter
    return ","


def _from_record(record, where: str, default_id: str, published: dt.date | None
                 ) -> Document | InputProblem:
    from eventdesk.components.dates import parse_published

    if not isinstance(record, dict):
        return InputProblem(where, "not a JSON object with a 'text' field")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        return InputProblem(where, f"field 'text' must be a string, not {type(text).__name__}")
    if not text or not text.strip():
        return InputProblem(where, "no 'text' field (or it is empty)")
    for key in ("outlet", "url", "title"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return InputProblem(where, f"field {key!r} must be a string")
    doc_id = next((str(value) for value in (record.get("doc_id"), record.get("id"))
                   if value is not None and value != ""), default_id)
    for key, value in (("doc_id", doc_id), ("outlet", record.get("outlet")),
                       ("url", record.get("url")), ("title", record.get("title"))):
        if value is not None and unicode_problem(value):  # it could not be written out
            return InputProblem(where, f"field {key!r} is not valid Unicode (a lone "
                                       "surrogate)")
    date = published
    if date is None and record.get("published"):
        try:
            date = parse_published(str(record["published"]))
        except UsageError as exc:
            return InputProblem(where, f"field 'published': {exc}")
    document = Document(text=text, doc_id=doc_id, published=date, outlet=record.get("outlet"),
                        url=record.get("url"), title=record.get("title"), source_path=where)
    return _checked(document, where)


def _read_warc(path: Path, limit: int, published: dt.date | None
               ) -> Iterator[Document | InputProblem]:
    """The HTML responses of a WARC file (web archive), each page's text taken as from an
    HTML file; the doc_id is the page's URL, the source its record's place in the file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = path_text(path)
    pages = number = 0
    try:
        with path.open("rb") as handle:
            if is_stream(handle):  # warcio reads a header line whole: /dev/zero never ends
                yield InputProblem(name, "is a pipe or device, not a file: WARC archives are "
                                         "read from files")
                return
            records = ArchiveIterator(handle)
            while True:
                number += 1  # the record read next, then coded
                record = next(records, None)
                if record is None:
                    break
                if record.rec_type != "response" or not record.http_headers:
                    continue
                if "html" not in (record.http_headers.get_header("Content-Type") or ""):
                    continue
                pages += 1
                url = (record.rec_headers.get_header("WARC-Target-URI")
                       or f"{path_text(path.name)}:{number}")
                where = f"{name}#{number}"
                text = _decode(where, record.content_stream().read(limit + 1), limit,
                               content_type=record.http_headers.get_header("Content-Type"))
                if isinstance(text, InputProblem):
                    yield text
                    continue
                document = read_html(where, url, text, published)
                if isinstance(document, Document) and document.url is None:
                    document.url = url
                yield document
    except ArchiveLoadFailed as exc:
        yield InputProblem(name, f"not a WARC file ({one_line(exc)})")
        return
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - warcio fails on malformed headers in many ways
        yield InputProblem(f"{name}#{number}", "malformed WARC record, the rest of the file "
                                               f"is skipped ({type(exc).__name__})")
        return
    if not pages:
        yield InputProblem(name, "the WARC file holds no HTML responses")


# --------------------------------------------------------------------------- writers


def framing_text(framing: dict[str, list[str]] | None) -> str:
    """Framing as one CSV cell: "actor: word, word; actor2: word"."""
    return "; ".join(f"{actor}: {', '.join(words)}" for actor, words in (framing or {}).items())


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.5f}".rstrip("0").rstrip(".")
    return str(value)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# Characters `str.splitlines` breaks on besides "\n" and "\r" (which JSON escapes anyway).
_LINE_BREAKS = {c: f"\\u{ord(c):04x}" for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


def json_line(record: dict) -> str:
    """One JSON object on one line, whatever line splitter the reader uses."""
    return json.dumps(record, ensure_ascii=False).translate(str.maketrans(_LINE_BREAKS))


# ACLED's public export, every column in its order (ACLED's codebook).
ACLED_EXPORT_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)
# Then eventdesk's own: for one report's event, and for a cluster of reports.
EVENT_EXPORT_COLUMNS = ACLED_EXPORT_COLUMNS + (
    "event_id", "fatalities_text", "fatalities_reported", "claimed_by", "evidence",
    "evidence_start", "evidence_end", "framing", "geonameid", "doc_id", "published",
    "cluster_id",
)
CLUSTER_EXPORT_COLUMNS = ACLED_EXPORT_COLUMNS + (
    "cluster_id", "fatalities_reported", "fatalities_max", "n_sources", "n_reports",
    "n_reports_unknown_outlet", "merge_basis", "possible_matches", "contradictions",
    "doc_ids", "event_ids",
)
UNKNOWN_COUNTRY = "XXX"  # event_id_cnty's prefix when the country is unknown


@dataclass(frozen=True, slots=True)
class Provenance:
    """What an export row needs beyond the event: its report's URL (the `source` when the
    outlet is unknown), when it was coded or stored (unix time), its store cluster and the
    report's publication date."""

    url: str | None = None
    recorded_at: int | None = None
    cluster_id: int | None = None
    published: dt.date | str | None = None


def url_host(url: str | None) -> str | None:
    """The host of a URL without "www." ("https://www.bbc.com/x" -> "bbc.com")."""
    from urllib.parse import urlsplit

    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def record_source(outlet: str | None, url: str | None, doc_id: str) -> str:
    """ACLED's `source`, never empty: the outlet, else its URL's host, else the doc_id."""
    return outlet or url_host(url) or doc_id


def event_id_cnty(country: str | None, number: int) -> str:
    """ACLED-style id: the country's ISO 3166 alpha-3 code and a number ("SYR1234")."""
    from eventdesk.geo.countries import country_code, iso_codes

    return f"{iso_codes(country_code(country))[1] or UNKNOWN_COUNTRY}{number}"


def provenance_key(event: Event) -> int:
    """The key of an event in a `provenance` mapping built for the same Event objects it
    is written with: the object itself, as two reports may share a doc_id (two feeds' "1",
    concatenated CSVs) and then their events share an event_id, which gave one report's
    events the other's URL, publication date and cluster."""
    return id(event)


def record_key(event: Event) -> str:
    """The id an event is exported under (and numbered by in `event_id_cnty`): its event_id,
    or where its evidence lies in its report when it has none. Not a `provenance` key: two
    reports may share a doc_id (`provenance_key`)."""
    return event.event_id or f"{event.doc_id}:{event.evidence_start}:{event.evidence_end}"


def _event_number(event_id: str) -> int:
    """A stable 15-digit-at-most number for an event: the first 48 bits of its id's SHA-1."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:12], 16)


def _acled_fields(*, country: str | None, event_date, time_precision: int | None,
                  sub_event_type: str, inter1: int | None, inter2: int | None) -> dict:
    """The ACLED columns derived from the country, date, sub-type and inter codes; a
    time_precision only with a date."""
    from eventdesk.coding.typology import civilian_targeting, disorder_type
    from eventdesk.geo.countries import acled_region, country_code, iso_codes

    code = country_code(country)
    date = dt.date.fromisoformat(event_date) if isinstance(event_date, str) else event_date
    inter1, inter2 = inter1 or 0, inter2 or 0
    low, high = sorted((inter1, inter2))
    return {
        "year": date.year if date else None,
        "time_precision": time_precision if date else None,
        "disorder_type": disorder_type(sub_event_type),
        "inter1": inter1, "inter2": inter2,
        "interaction": high * 10 if low == 0 else low * 10 + high,
        "civilian_targeting": civilian_targeting(sub_event_type, inter2),
        "iso": iso_codes(code)[0], "region": acled_region(code),
        "admin3": None, "source_scale": None, "tags": None,
    }


def export_row(event: Event, provenance: Provenance | None = None, *,
               now: int | None = None) -> dict:
    """One event as a row of EVENT_EXPORT_COLUMNS, JSON-ready: ACLED's columns derived
    as the README's "Export columns" table says, then eventdesk's own."""
    provenance = provenance or Provenance()
    row = event.to_dict()
    row.update(_acled_fields(
        country=event.country, event_date=event.event_date,
        time_precision=event.time_precision, sub_event_type=event.sub_event_type,
        inter1=event.inter1, inter2=event.inter2))
    event_id = record_key(event)
    row.update(
        event_id_cnty=event_id_cnty(event.country, _event_number(event_id)),
        source=record_source(event.source, provenance.url, event.doc_id),
        fatalities=event.fatalities or 0, fatalities_reported=event.fatalities,
        timestamp=provenance.recorded_at or now or int(time.time()),
        cluster_id=provenance.cluster_id,
        published=_cell(provenance.published) or None,
    )
    return {c: row[c] for c in EVENT_EXPORT_COLUMNS}


def cluster_export_row(cluster: dict, members: list[dict]) -> dict:
    """One cluster of the store (`Store.query_clusters`) as a row of CLUSTER_EXPORT_COLUMNS;
    `members` are its events (`Store.cluster_members`). Columns the cluster does not hold
    (assoc actors, admin2, notes) come from the member that matches its sub-type and
    actor1, else its first; each inter code from a member naming that side's actor;
    `source` lists every report's source."""
    typical = next((m for m in members if m["sub_event_type"] == cluster["sub_event_type"]
                    and m["actor1"] == cluster["actor1"]), members[0] if members else {})

    def inter(side: str) -> int | None:
        actor = cluster.get(side)
        return next((m[f"inter{side[-1]}"] for m in members
                     if actor and m[side] == actor and m.get(f"inter{side[-1]}")), None)

    row = {k: cluster.get(k) for k in cluster}
    row.update(_acled_fields(
        country=cluster.get("country"), event_date=cluster.get("event_date"),
        time_precision=cluster.get("time_precision"),
        sub_event_type=cluster["sub_event_type"], inter1=inter("actor1"),
        inter2=inter("actor2")))
    sources = dict.fromkeys(record_source(m.get("source") or m.get("outlet"), m.get("url"),
                                          m["doc_id"]) for m in members)
    recorded = [m["recorded_at"] for m in members if m.get("recorded_at")]
    row.update(
        event_id_cnty=event_id_cnty(cluster.get("country"), cluster["cluster_id"]),
        assoc_actor_1=typical.get("assoc_actor_1"), assoc_actor_2=typical.get("assoc_actor_2"),
        admin2=typical.get("admin2"), notes=typical.get("notes"),
        source="; ".join(sources) or None,
        fatalities=cluster.get("fatalities") or 0,
        fatalities_reported=cluster.get("fatalities"),
        timestamp=max(recorded) if recorded else int(time.time()),
        doc_ids="; ".join(dict.fromkeys(m["doc_id"] for m in members)) or None,
        event_ids="; ".join(m["event_id"] for m in members if m.get("event_id")) or None,
    )
    extra = {k: v for k, v in row.items() if k not in CLUSTER_EXPORT_COLUMNS
             and k not in ("fatalities_min",)}
    return {**{c: row.get(c) for c in CLUSTER_EXPORT_COLUMNS}, **extra}


# A cell a spreadsheet would read as a formula starts with one of these (OWASP, "CSV
# Injection"); a text cell starting so is written after a single quote, which spreadsheets
# show as text. Numbers (a negative longitude) are written as numbers.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def csv_safe(text: str) -> str:
    """`text` as a CSV cell no spreadsheet runs as a formula: a leading = + - @, tab or
    carriage return gets a single quote before it, unless the whole cell is a number."""
    if text.startswith(_FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _csv_cell(value) -> str:
    if isinstance(value, list):
        return csv_safe(json.dumps(value, ensure_ascii=False)) if value else ""
    if isinstance(value, dict):
        return csv_safe(framing_text(value))
    if isinstance(value, str):
        return csv_safe(value)
    return _cell(value)


def _write_rows(rows: Iterable[dict], fmt: str, out: TextIO, columns: tuple[str, ...]) -> int:
    """Export rows as CSV (a header even when there are none), JSON, JSON Lines or GeoJSON
    (rows without coordinates left out); returns how many were written."""
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
    rows = list(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(rows)
    features = []
    for row in rows:
        lat, lon = row.get("latitude"), row.get("longitude")
        if lat is None or lon is None:
            continue
        properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature",
                         "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": properties})
    json.dump({"type": "FeatureCollection", "features": features}, out,
              ensure_ascii=False, indent=2)
    out.write("\n")
    return len(features)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_events(events: Iterable[Event], fmt: str, out: TextIO, *,
                 provenance: Mapping[int, Provenance] | None = None) -> int:
    """Write events in one of FORMATS; returns how many were written (GeoJSON leaves out
    events without coordinates, so the caller can say so). `provenance` maps an event's
    `provenance_key` to its report's URL, recording time, cluster and publication date;
    without it `timestamp` is now."""
    _check_format(fmt)
    if fmt == "table":
        events = list(events)
        _write_table(events, out)
        return len(events)
    provenance = provenance or {}
    now = int(time.time())
    rows = (export_row(e, provenance.get(provenance_key(e)), now=now) for e in events)
    return _write_rows(rows, fmt, out, EVENT_EXPORT_COLUMNS)


def write_stored_events(rows: list[dict], fmt: str, out: TextIO) -> int:
    """Write the store's raw events (`Store.query_events` rows) in one of FORMATS, each with
    its report's URL, storing time, cluster and publication date."""
    events = [Event.from_dict(r) for r in rows]
    provenance = {provenance_key(e): Provenance(r["url"], r["recorded_at"], r["cluster_id"],
                                            r["published"])
                  for e, r in zip(events, rows, strict=True)}
    return write_events(events, fmt, out, provenance=provenance)


def write_clusters(clusters: list[dict], fmt: str, out: TextIO, *,
                   members: Mapping[int, list[dict]] | None = None) -> int:
    """Write the store's clusters (real-world events) in one of FORMATS, as
    `cluster_export_row` builds them; `members` maps a cluster_id to its events."""
    _check_format(fmt)
    if fmt == "table":
        _write_cluster_table(clusters, out)
        return len(clusters)
    members = members or {}
    rows = (cluster_export_row(c, members.get(c["cluster_id"], [])) for c in clusters)
    return _write_rows(rows, fmt, out, CLUSTER_EXPORT_COLUMNS)


_TABLE_CELL = 40  # widest a cluster table cell grows before it is cut


def _write_cluster_table(clusters: list[dict], out: TextIO) -> None:
    if not clusters:
        out.write("no events match\n")
        return
    header = ("cluster", "date", "type", "sub-event type", "place", "actor1", "actor2",
              "deaths", "sources", "reports", "contradictions")
    body = [
        (c["cluster_id"], c["event_date"], c["event_type"], c["sub_event_type"],
         ", ".join(p for p in (c.get("location"), c.get("admin1"), c.get("country")) if p),
         c["actor1"], c["actor2"], _deaths(c), c["n_sources"], c["n_reports"],
         len(c["contradictions"]) or "")
        for c in clusters
    ]
    cells = [[_shorten(_cell(v), _TABLE_CELL) for v in row] for row in [header, *body]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")


def _deaths(cluster: dict) -> str:
    low, high = cluster.get("fatalities"), cluster.get("fatalities_max")
    if low is None:
        return ""
    return str(low) if high in (None, low) else f"{low}–{high}"


def _place_label(event: Event) -> str:
    parts = [p for p in (event.location, event.admin1, event.country) if p]
    label = ", ".join(dict.fromkeys(parts))
    if event.latitude is None and event.admin1 is None:
        label += " (country only)" if label else "(not placed)"
    return label


def _write_table(events: list[Event], out: TextIO) -> None:
    many_docs = len({e.doc_id for e in events}) > 1
    header = (["doc"] if many_docs else []) + [
        "date", "type / sub-type", "actor1", "actor2", "location", "fatal.", "claimed by",
        "evidence"]
    rows = []
    for e in events:
        date = e.event_date.isoformat() if e.event_date else "-"
        if e.event_date and e.time_precision and e.time_precision > 1:
            date += f" (p{e.time_precision})"
        fatalities = str(e.fatalities) if e.fatalities is not None else (
            _shorten(e.fatalities_text, 12) if e.fatalities_text else "-")
        row = ([e.doc_id] if many_docs else []) + [
            date, f"{e.event_type} / {e.sub_event_type}", e.actor1 or "-", e.actor2 or "-",
            _shorten(_place_label(e), 40), fatalities, _shorten(e.claimed_by or "-", 30),
            _shorten(e.evidence, 70)]
        rows.append(row)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
