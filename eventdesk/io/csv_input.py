"""Reports as CSV rows (a spreadsheet or media-monitoring export): a row a report, the JSON
Lines fields as columns."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator

from eventdesk.io.cells import _shorten
from eventdesk.io.inputs import InputProblem
from eventdesk.io.json_input import REPORT_FIELDS, _from_record
from eventdesk.records import Document


def _from_csv(name: str, base_id: str, text: str, published: dt.date | None
              ) -> Iterator[Document | InputProblem]:
    """A CSV file of reports, one a row, the JSON Lines fields as columns (a spreadsheet or
    media-monitoring export); a row is named by the line it starts on. A CSV without a
    'text' column (an event export fed back in) is refused, not coded as prose."""
    # a report's text may be long: no cell is longer than the file, already within max_bytes
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))
    delimiter = _csv_delimiter(text)
    lines = _Lines(text)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header: list[str] = []
        while not any(header) and (row := next(reader, None)) is not None:  # blank lines
            header = [column.strip().lower() for column in row]            # before it
    except csv.Error as exc:
        yield InputProblem(f"{name}:{reader.line_num}", f"malformed CSV ({exc})")
        return
    if "text" not in header:
        # a cell may hold a whole report, line breaks and all: each shown short, on one line
        shown = ", ".join(_shorten(c, 30) for c in header[:8]) + (" …" if len(header) > 8
                                                                   else "")
        yield InputProblem(name, f"no 'text' column (columns: {shown}); a CSV of reports "
                                 "needs one, and may have published, outlet, url, title, id")
        return
    twice = sorted({c for c in header if c in REPORT_FIELDS and header.count(c) > 1})
    if twice:  # which one is the report's is a guess: say so rather than drop one unseen
        yield InputProblem(name, f"{len(twice)} column(s) named twice: "
                                 f"{', '.join(twice)}; keep one of each")
        return
    rows = 0
    while True:
        start = reader.line_num + 1
        lines.row.clear()
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
        problem = _row_problem(row, header, lines, delimiter)
        if problem:
            yield InputProblem(f"{name}:{start}", problem)
            continue
        record = {column: cell for column, cell in zip(header, row, strict=False)
                  if column and cell != ""}
        yield _from_record(record, f"{name}:{start}", f"{base_id}:{start}", published)


class _Lines:
    """The file's lines for csv.reader, keeping those of the row being read and whether the
    file ended inside it (an unclosed quote reads every later line into its cell)."""

    def __init__(self, text: str):
        self._lines = io.StringIO(text, newline="")
        self.row: list[str] = []
        self.ended = False

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self._lines.readline()
        if not line:
            self.ended = True
            raise StopIteration
        self.row.append(line)
        return line


def _row_problem(row: list[str], header: list[str], lines: _Lines, delimiter: str
                 ) -> str | None:
    """Why a row cannot be read as the header lays it out: more cells than columns, not
    blank (a delimiter in an unquoted text shifted the fields after it), a quote opened
    and never closed (every later row read as one cell), or a NUL byte (binary data)."""
    if any("\x00" in cell for cell in row):
        return "binary data in the row (a NUL byte), not text"
    if lines.ended and _unclosed("".join(lines.row), delimiter):
        return (f"a quoted cell opened here is never closed, so the rest of the file "
                f"({len(lines.row)} line(s)) would be one cell; close the quote, and double "
                'a quote inside a cell ("")')
    if not any(cell.strip() for cell in row[len(header):]):
        return None
    if len(lines.row) > 1:
        return (f"{len(row)} cells where the header has {len(header)} columns, and the row "
                f"runs over {len(lines.row)} lines: a stray quote opens a cell the next "
                "quote closes; double a quote inside a cell (\"\")")
    return (f"{len(row)} cells where the header has {len(header)} columns: quote a cell "
            f"that holds the delimiter {delimiter!r} (an unquoted text was split)")


def _unclosed(raw: str, delimiter: str) -> bool:
    """True when the row's text ends inside a quoted cell (the csv module, not strict, takes
    the rest of the file into it without a word)."""
    try:
        for _ in csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "end of data" in str(exc)
    return False


def _csv_delimiter(text: str) -> str:
    """The delimiter whose split of the header line has a 'text' column: a comma, else a
    semicolon (spreadsheets in locales with a decimal comma save CSV so) or a tab."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    for delimiter in (",", ";", "\t"):
        if "text" in (cell.strip().strip('"').strip().lower() for cell in first.split(delimiter)):
            return delimiter
    return ","
