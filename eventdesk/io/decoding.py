"""Bytes to checked report text: UTF-8, UTF-16 with its byte order mark or a page's declared
charset, then the checks every reader applies to a document (not empty, valid Unicode,
English)."""

from __future__ import annotations

import codecs
import re

from eventdesk.errors import SQLITE_HEADER
from eventdesk.io.inputs import InputProblem, _size
from eventdesk.records import Document

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


# Files people have at hand that are no text, known by their first bytes, with what to do:
# a PDF or Word report said to be "not UTF-8 text (byte 10)" left the user guessing.
_NOT_TEXT = (
    (b"%PDF-", "a PDF document", "convert it to text first (e.g. `pdftotext FILE`)"),
    (b"PK\x03\x04", "a zip archive (Word, Excel and OpenDocument files are zips)",
     "unpack it, or save the document as plain text"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc, .xls)",
     "save it as plain text"),
    (b"{\\rtf", "an RTF document", "save it as plain text"),
    (b"\x1f\x8b", "gzip-compressed data",
     "decompress it (`zcat FILE | eventdesk extract -`), or name it .jsonl.gz or .warc.gz"),
    (SQLITE_HEADER, "an SQLite database (an event store?)",
     "query a store with `eventdesk events --db FILE`"),
    (b"\x7fELF", "a program", "give the reports' files instead"),
    (b"\x89PNG", "a PNG image", "give the reports' text instead"),
    (b"\xff\xd8\xff", "a JPEG image", "give the reports' text instead"),
    (b"GIF8", "a GIF image", "give the reports' text instead"),
)


def _decode(name: str, data: bytes, limit: int, *, content_type: str | None = None,
            fallback: str | None = None, line: bool = False, rows: bool = False
            ) -> str | InputProblem:
    """UTF-8 text (or UTF-16 with its byte order mark, as Windows saves 'Unicode' text; or,
    for a web page, the charset it or its HTTP header declares; else the `fallback`
    charset), or the problem: too large, empty, binary, not UTF-8 (with the byte). `data`
    is one `line` of a file (named "file:7"): the problem is that line's, at its byte. In
    `rows` (a CSV) stray NUL bytes, fewer than its lines (a scraped text's), are their rows'
    problem, named by line, not the whole file's; a file of NULs (UTF-16 with no byte
    order mark, a binary file) is not text."""
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
    kind = next((k for k in _NOT_TEXT if data.startswith(k[0])), None)
    if kind is not None:
        return InputProblem(name, f"{kind[1]}, not text: {kind[2]}")
    nul = data.find(b"\x00")
    if nul != -1 and not (rows and data.count(b"\x00") < data.count(b"\n")):
        return InputProblem(name, f"binary {'line' if line else 'file'}, not text (NUL byte "
                                  f"at byte {_at(data, nul, line)})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        charset = _declared_charset(data, content_type) or fallback
        try:
            text = data.decode(charset) if charset else None
        except (UnicodeError, LookupError):
            text = None
        if text is None:
            return InputProblem(name, f"not UTF-8 text (byte {_at(data, exc.start, line)}, "
                                      f"0x{data[exc.start]:02x}): save it as UTF-8 (a "
                                      "Windows 'ANSI' file is cp1252: `iconv -f cp1252 -t "
                                      "utf-8`)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _at(data: bytes, offset: int, one_line: bool = False) -> str:
    """Where a bad byte is, with its line: in a CSV or JSON Lines file of many reports, the
    report to mend (one bad byte refuses the whole file, and its offset alone hid which).
    In `one_line` (a JSON Lines record, named by its line) the byte alone."""
    if one_line:
        return str(offset)
    line = data.count(b"\n", 0, offset) + 1
    return f"{offset}, line {line}"


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
