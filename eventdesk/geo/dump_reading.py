"""Reading GeoNames dump files: a .txt file or the data files of a .zip, decoded line by
line, split into tab-separated rows, with integer and coordinate columns checked; each
problem a GazetteerError naming the file (or zip member) and line. Split from importer.py,
which writes the rows into the index.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from eventdesk.errors import GazetteerError

# What a damaged zip raises: a garbled header's version or compression method is
# NotImplementedError ('zip file version 7.8'), not BadZipFile.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError)


def _open_members(path: Path) -> Iterator[tuple[str | None, Iterator[str], int]]:
    """Yield (member name, line iterator, size) for a .txt file or each data file in a .zip."""
    if zipfile.is_zipfile(path):
        try:
            archive = zipfile.ZipFile(path)
        except ZIP_ERRORS as exc:
            raise GazetteerError(f"not a readable zip file: {exc}", path=str(path)) from exc
        with archive:
            members = [m for m in archive.infolist() if m.filename.endswith(".txt")
                       and not m.filename.lower().startswith(("readme", "iso-languagecodes"))]
            if not members:
                raise GazetteerError("zip file holds no GeoNames .txt file", path=str(path))
            for member in members:
                try:
                    raw = archive.open(member)
                except ZIP_ERRORS as exc:
                    raise GazetteerError(f"not a readable zip member: {exc}",
                                         path=f"{path}!{member.filename}") from exc
                with raw:
                    yield member.filename, _lines(raw, f"{path}!{member.filename}"), \
                        member.file_size
        return
    if path.suffix.lower() == ".zip":
        raise GazetteerError("not a readable zip file", path=str(path))
    with path.open("rb") as raw:
        yield None, _lines(raw, str(path)), path.stat().st_size


def _lines(raw, label: str) -> Iterator[str]:
    """Decode line by line, so a bad byte is reported with its own line number. A UTF-8 BOM
    (a file saved by a Windows editor) is dropped: kept, it glued itself to the first id or
    admin code (a code 'SY.11' behind a BOM names no region)."""
    number = 0
    try:
        for number, data in enumerate(raw, start=1):
            if number == 1 and data.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise GazetteerError("UTF-16 text; GeoNames files are UTF-8 (save it as UTF-8)",
                                     path=label)
            if number == 1:
                data = data.removeprefix(b"\xef\xbb\xbf")
            try:
                yield data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise GazetteerError(f"line {number}: not UTF-8 text ({exc.reason})",
                                     path=label) from None
    except ZIP_ERRORS as exc:
        raise GazetteerError(f"corrupt zip data after line {number} ({exc})",
                             path=label) from exc


def _rows(lines: Iterator[str], label: str, columns: tuple[int, ...], advance: Callable
          ) -> Iterator[tuple[int, list[str]]]:
    """Tab-separated rows with their line numbers; blank and '#' lines skipped."""
    pending = 0
    for number, line in enumerate(lines, start=1):
        pending += len(line)
        if pending > 1 << 20:
            advance(pending)
            pending = 0
        line = line.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in columns:
            expected = " or ".join(map(str, columns))
            raise GazetteerError(
                f"line {number}: expected {expected} tab-separated columns, found "
                f"{len(fields)}", path=label)
        yield number, fields
    advance(pending)


_INTEGER = re.compile(r"-?[0-9]+")
_SQLITE_MAX = 2**63 - 1


def _int(value: str, label: str, number: int, column: str, *, default: int | None = None,
         minimum: int = -_SQLITE_MAX) -> int:
    """An integer column: ASCII digits (Python's int() would also take "1_000" and Arabic
    digits) within SQLite's range and at least `minimum`."""
    if value == "" and default is not None:
        return default
    if not _INTEGER.fullmatch(value) or not minimum <= int(value) <= _SQLITE_MAX:
        floor = "" if minimum == -_SQLITE_MAX else f" of at least {minimum}"
        raise GazetteerError(f"line {number}: {column} is not an integer{floor}: "
                             f"{value[:40]!r}", path=label)
    return int(value)


def _float(value: str, label: str, number: int, column: str, limit: float) -> float:
    """A coordinate: a finite number within ±limit."""
    try:
        result = float(value)
    except ValueError:
        result = None
    if result is None or not -limit <= result <= limit:  # NaN fails the comparison too
        raise GazetteerError(f"line {number}: {column} is not a number within ±{limit:g}: "
                             f"{value[:40]!r}", path=label) from None
    return result
