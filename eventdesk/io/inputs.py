"""Which files an input path names, and bounded reading of them: folders expanded to the
formats eventdesk reads, the max_bytes limit, line-by-line reads that never hold an
over-long line, and document counts for a progress bar. Every reader starts here."""

from __future__ import annotations

import collections
import csv
import gzip
import io
import json
import os
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventdesk import settings
from eventdesk.errors import UsageError

FOLDER_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".jsonl.gz", ".warc",
                   ".warc.gz")


# Formats read line by line, so a large file can be split into slices of lines.
LINE_FORMATS = (".jsonl", ".jsonl.gz")

# What reading a file raises, a corrupt gzip member's zlib.error (no OSError) among them.
READ_ERRORS = (OSError, EOFError, zlib.error)


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read, and why, in words a user can act on."""

    path: str
    message: str
    unread: bool = False  # the rest of the input (a stream) was given up, not read
    note: bool = False  # a remark on an input read (files passed over), nothing skipped

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
    files of a format eventdesk reads; "-" (stdin) is passed through as Path("-"). A file
    named again (twice, or also in a named folder) is read once: its reports were coded
    twice."""
    seen: set = set()
    for raw in paths:
        path = Path(raw)
        if raw == "-" or (path.exists() and not path.is_dir()):
            yield _once(path, seen)
        elif path.is_dir():
            every, unlisted = _walk(path)
            files = [p for p in every if suffix_of(p) in FOLDER_SUFFIXES]
            yield from unlisted
            if not files and not unlisted:
                yield InputProblem(raw, "the folder holds no .txt, .html, .htm, .jsonl, "
                                        ".jsonl.gz, .json, .warc or .warc.gz files")
            yield from (_once(file, seen) for file in files)
            others = _passed_over(path, every) if files else None
            if others:
                kinds = ", ".join(f"{k or 'no suffix'} {n}" for k, n in others.most_common())
                yield InputProblem(raw, f"{others.total()} file(s) of other kinds in the folder "
                                        f"were passed over ({kinds}); name a file to read it "
                                        "by its content", note=True)
        else:
            yield InputProblem(raw, "no such file or folder")


def _once(path: Path, seen: set) -> Path | InputProblem:
    """`path`, or a problem saying it was named before (the file itself, by any name)."""
    key = "-" if str(path) == "-" else os.path.realpath(path)
    if key in seen:
        return InputProblem(path_text(path), "named more than once (itself or in a folder "
                                             "named too): read once")
    seen.add(key)
    return path


def count_lines(path: Path) -> int:
    """Lines of a JSON Lines file (gzip'd or not), to split it into slices."""
    with open_lines(path) as handle:
        return sum(1 for _ in bounded_lines(handle, max_bytes()))


def open_lines(path: Path):
    """A JSON Lines file as UTF-8 byte lines, gzip'd or saved as UTF-16 by Windows."""
    handle = gzip.open(path, "rb") if suffix_of(path) == ".jsonl.gz" else path.open("rb")
    try:
        utf16 = handle.peek(2)[:2] in (b"\xff\xfe", b"\xfe\xff")
    except (*READ_ERRORS, AttributeError):  # a damaged gzip is reported by its reader
        utf16 = False
    return _Utf16Lines(handle) if utf16 else handle


class _Utf16Lines:
    """UTF-16 text read as UTF-8 byte lines: split on its own newlines (a byte split
    left each line's NUL half on the next, 'binary file'). A byte that is not UTF-16 stops
    the read as an OSError naming it, as a damaged file's does."""

    def __init__(self, handle):
        self._raw = handle
        self._text = io.TextIOWrapper(handle, encoding="utf-16", newline="\n")

    def readline(self, size: int = -1) -> bytes:
        try:
            return self._text.readline(size).encode("utf-8", "surrogatepass")
        except UnicodeDecodeError as exc:
            raise OSError(f"not UTF-16 text despite its byte order mark ({exc.reason})"
                          ) from None

    def __iter__(self):
        return iter(lambda: self.readline(), b"")

    def fileno(self) -> int:
        return self._raw.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._text.close()


def _walk(path: Path) -> tuple[list[Path], list[InputProblem]]:
    """Every file under a folder, sorted, and a problem for each folder in it that cannot
    be listed (no permission): `Path.rglob` passes such a folder over without a word, and
    the reports in it were lost in silence."""
    unlisted: list[InputProblem] = []

    def unreadable(exc: OSError) -> None:
        unlisted.append(InputProblem(path_text(exc.filename or path), "folder cannot be read "
                                     f"({exc.strerror or exc}): its files were not read"))

    files = [Path(folder) / name for folder, _, names in os.walk(path, onerror=unreadable)
             for name in names]
    return sorted(p for p in files if p.is_file()), unlisted


def _folder_files(path: Path) -> list[Path]:
    return [p for p in _walk(path)[0] if suffix_of(p) in FOLDER_SUFFIXES]


def _passed_over(path: Path, files: list[Path]) -> collections.Counter:
    """The suffixes of the folder's `files` not read, hidden ones aside (.DS_Store, a .git
    folder): said, so that 20 PDFs among 500 reports are not lost without a word."""
    return collections.Counter(
        suffix_of(p) for p in files if suffix_of(p) not in FOLDER_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts))


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
    from eventdesk.io.feed_input import FEED_SUFFIXES, count_items

    suffix = suffix_of(path)
    try:
        if not path.is_file():  # a pipe or device: reading it to count would consume it
            return 1
        if suffix in LINE_FORMATS:
            with open_lines(path) as handle:
                return sum(1 for line in bounded_lines(handle, max_bytes()) if line.strip())
        if suffix == ".json" and path.stat().st_size <= max_bytes():
            data = json.loads(path.read_bytes())
            return len(data) if isinstance(data, list) else 1
        if suffix in FEED_SUFFIXES and path.stat().st_size <= max_bytes():
            return count_items(path.read_bytes())
        if suffix == ".csv" and path.stat().st_size <= max_bytes():
            with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
                return max(1, sum(1 for row in csv.reader(handle) if any(row)) - 1)
    except (*READ_ERRORS, ValueError, RecursionError, csv.Error):
        return 1
    return 1


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
