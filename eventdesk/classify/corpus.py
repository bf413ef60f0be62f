"""The labelled training corpus (eventdesk/data/training/, format in its README)."""

from __future__ import annotations

from pathlib import Path

from eventdesk.classify.model import Example
from eventdesk.coding.typology import LABELS
from eventdesk.errors import InputError, UsageError
from eventdesk.io import json_loads
from eventdesk.io.inputs import open_lines

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "training"


def read_corpus(directory: Path = CORPUS_DIR) -> list[Example]:
    """Every labelled line of every `*.jsonl` in the folder, checked: a line that cannot be
    read or used is an InputError naming its file and line, never a traceback."""
    examples: list[Example] = []
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"--corpus {directory}: not a folder; give the folder of labelled "
                         "*.jsonl files")
    files = sorted(p for p in directory.glob("*.jsonl") if not p.is_dir())
    if not files:
        raise InputError("no *.jsonl training files", path=str(directory))
    streams = [str(p) for p in files if p.exists() and not p.is_file()]
    if streams:  # a pipe or device (/dev/zero) may send one endless line
        raise UsageError(f"--corpus {directory}: {', '.join(streams)}: not a regular file (a "
                         "pipe or device); training files must be files")
    first_seen: dict[str, str] = {}
    first_span: dict[tuple[str, int, int], tuple[str, str]] = {}
    for path in files:
        try:
            with open_lines(path) as handle:  # UTF-16 as Windows saves it, too
                for number, raw in enumerate(handle, 1):
                    where = f"{path}:{number}"
                    example = _example(raw, where, first=number == 1)
                    if example is None:
                        continue
                    if example.id in first_seen:  # would sit in training and test folds alike
                        raise InputError(f"id {example.id!r} is used again (first at "
                                         f"{first_seen[example.id]}); give each line its own id",
                                         path=where)
                    first_seen[example.id] = where
                    _check_span_once(example, where, first_span)
                    examples.append(example)
        except OSError as exc:
            raise InputError(f"cannot be read ({exc.strerror or exc})", path=str(path)) from exc
    return examples


def _check_span_once(example: Example, where: str,
                     first_span: dict[tuple[str, int, int], tuple[str, str]]) -> None:
    """The same sentence and event word twice, under other ids, would also sit in training
    and test folds alike (or, labelled otherwise, contradict itself): an InputError naming
    both lines."""
    key = (example.text, example.start, example.end)
    if key in first_span:
        place, label = first_span[key]
        labels = "" if label == example.label else \
            f", labelled {label!r} there and {example.label!r} here"
        raise InputError(f"the same text and event-word span as {place}{labels}; keep one of "
                         "the two lines", path=where)
    first_span[key] = (where, example.label)


def _example(raw: bytes, where: str, *, first: bool) -> Example | None:
    """One training line as an Example (None when blank); InputError says what is wrong."""
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start} of the line)", path=where) from exc
    if not line.strip():
        return None
    try:
        row = json_loads(line)
    except ValueError as exc:  # JSONDecodeError, and JSON past the parser's limits
        raise InputError(f"not a training line ({exc})", path=where) from exc
    if not isinstance(row, dict):
        raise InputError("not a training line (not a JSON object)", path=where)
    missing = [key for key in ("text", "start", "end", "label") if key not in row]
    if missing:
        raise InputError(f"not a training line (no {', '.join(map(repr, missing))})", path=where)
    text, start, end, label = row["text"], row["start"], row["end"], row["label"]
    if not isinstance(text, str) or not text.strip():
        raise InputError("field 'text' must be a non-empty string", path=where)
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(f"field {name!r} must be a whole number, not {value!r}", path=where)
    for name in ("label", "origin", "id"):
        if name in row and not isinstance(row[name], str):
            raise InputError(f"field {name!r} must be a string", path=where)
    if label not in LABELS:
        raise InputError(f"unknown label {label!r}", path=where)
    if not 0 <= start < end <= len(text):
        raise InputError("event-word span outside the text", path=where)
    return Example(text=text, start=start, end=end, label=label,
                   origin=row.get("origin", "real"), id=row.get("id", where))
