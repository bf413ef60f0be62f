"""One value as a cell of an output: a table or CSV cell, a JSON line, a CSV cell no
spreadsheet runs as a formula."""

from __future__ import annotations

import datetime as dt
import json
import re


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


# What moves the cursor, clears or recolours a terminal, breaks a line or reorders it: C0
# and C1 controls, line and paragraph separators, bidirectional overrides and isolates;
# and lone surrogates (a file name's undecodable bytes), which no terminal can be sent.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with what would garble a terminal shown as escapes ("\\x1b", "\\n"): a name
    read from an input (a doc_id, a feed's link, a file name) printed in a message or a
    table cannot clear the screen, recolour it, forge a line of output or split a row."""
    return _UNSAFE.sub(lambda m: ascii(m.group())[1:-1], text)


def _shorten(text: str, width: int) -> str:
    text = printable(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


# Characters `str.splitlines` breaks on besides "\n" and "\r" (which JSON escapes anyway).
_LINE_BREAKS = {c: f"\\u{ord(c):04x}" for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


def json_line(record: dict) -> str:
    """One JSON object on one line, whatever line splitter the reader uses."""
    return json.dumps(record, ensure_ascii=False).translate(str.maketrans(_LINE_BREAKS))


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
