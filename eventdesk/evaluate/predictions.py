"""Prediction files for `eventdesk eval --pred`: what `extract` writes (JSON Lines records with
a doc_id, or one JSON array), or gold-style report lines with an `events` list; each value
the scorer compares is checked, so a damaged file is refused with its line and field named.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NoReturn

from eventdesk.errors import GoldFormatError
from eventdesk.evaluate.gold import read_coordinates, read_date, read_text
from eventdesk.io import json_loads


def load_predictions(path: str | Path) -> dict[str, list[dict]]:
    """Predictions from JSONL: event records with a doc_id (as `extract --format jsonl`
    writes), or gold-style report lines with an `events` list; or one JSON array of them
    (as `extract --format json` writes)."""
    path = Path(path)
    raw = read_text(path, what="prediction")
    out: dict[str, list[dict]] = {}
    report_lines: dict[str, int] = {}  # where each report-style line's doc_id was seen
    try:  # an indented JSON array is one document, not lines
        whole_array = [(1, json_loads(raw))] if raw.lstrip().startswith("[") else None
    except json.JSONDecodeError:
        whole_array = None
    for lineno, line in whole_array or enumerate(raw.split("\n"), start=1):
        if isinstance(line, str) and not line.strip():
            continue
        try:
            data = json_loads(line) if isinstance(line, str) else line
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"line {lineno}: not JSON ({exc.msg}); predictions are JSON "
                                  "Lines, as `eventdesk extract --format jsonl` writes them",
                                  path=str(path)) from exc
        records = data if isinstance(data, list) else [data]
        for record in records:
            if not isinstance(record, dict):
                raise GoldFormatError(f"line {lineno}: not a JSON object", path=str(path))
            doc_id = record.get("doc_id", record.get("id"))
            if not isinstance(doc_id, str):
                raise GoldFormatError(f"line {lineno}: field 'doc_id' must be a string",
                                      path=str(path))
            if isinstance(record.get("events"), list):
                if doc_id in report_lines:  # a file written twice would count every event twice
                    raise GoldFormatError(
                        f"line {lineno}: doc_id {doc_id!r} appears twice (also line "
                        f"{report_lines[doc_id]}); a report's predictions belong on one line",
                        path=str(path))
                report_lines[doc_id] = lineno
                for i, event in enumerate(record["events"], start=1):
                    _check_prediction(event, f"line {lineno} event {i}", path)
                out.setdefault(doc_id, []).extend(record["events"])
            else:
                _check_prediction(record, f"line {lineno}", path)
                out.setdefault(doc_id, []).append(record)
    return out


_PREDICTION_TEXT = ("sub_event_type", "admin1", "location", "claimed_by", "evidence")
_PREDICTION_INT = ("time_precision", "inter1", "inter2", "fatalities", "fatalities_reported")


def _check_prediction(record, where: str, path: Path) -> None:
    """GoldFormatError naming the line and field when a prediction holds a value the scorer
    cannot compare (a number where a string belongs, an impossible date or coordinate), so
    a hand-made or damaged prediction file is refused with a message, never a traceback."""

    def fail(name: str, message: str) -> NoReturn:
        raise GoldFormatError(f"{where}: field {name!r} {message}", path=str(path))

    if not isinstance(record, dict):
        raise GoldFormatError(f"{where}: not a JSON object", path=str(path))
    if not isinstance(record.get("event_type"), str):
        fail("event_type", "must be a string")
    for name in _PREDICTION_TEXT:
        if record.get(name) is not None and not isinstance(record[name], str):
            fail(name, "must be a string or null")
    for name in _PREDICTION_INT:
        value = record.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            fail(name, f"must be an integer or null, not {value!r}")
    if record.get("event_date") != "":  # an empty date is no date, as the scorer reads it
        read_date(record.get("event_date"), "event_date", fail)
    read_coordinates(record, fail)

