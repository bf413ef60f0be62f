"""The scorer of GUIDELINES.md ("Scoring"): gold events against predicted events.

Matching, per document: a predicted event matches a gold event when the event types are
equal, the places are within 25 km (haversine) — or, where either side has no coordinates,
the admin1 names are the same after folding — and the dates are within 2 days (any date
when either side has time_precision 3 or either date is None). Matching is one-to-one and
greedy, best pairs first: candidate pairs are sorted by (distance in km, date gap in days,
gold index, prediction index); a pair matched on admin1 alone counts as 25 km and an open
date as a 2-day gap, so exact pairs always win. Matched optional gold events leave both
sides; unmatched optional gold events are not misses. Predictions with neither
coordinates nor admin1 are left out. Strict scoring is its own one-to-one matching that
also requires equal sub_event_type.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from eventdesk.coding.typology import EVENT_TYPES
from eventdesk.distance import haversine_km
from eventdesk.errors import GoldFormatError
from eventdesk.io import json_loads
from eventdesk.records import Event

MAX_KM = 25.0
MAX_DAYS = 2


@dataclass(slots=True)
class GoldEvent:
    """One gold event as GUIDELINES.md defines it."""

    event_type: str
    sub_event_type: str
    evidence: str
    event_date: dt.date | None = None
    time_precision: int | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    inter2: int = 0
    fatalities: int | None = None
    claimed_by: str | None = None
    optional: bool = False


@dataclass(slots=True)
class GoldDocument:
    """One gold report: the text the pipeline reads and the events it should find."""

    doc_id: str
    text: str
    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    events: list[GoldEvent] = field(default_factory=list)


@dataclass(slots=True)
class ErrorItem:
    """A missed gold event or a spurious prediction, with enough to find it in the report."""

    doc_id: str
    event_type: str
    sub_event_type: str
    event_date: str | None
    location: str | None
    evidence: str


@dataclass(slots=True)
class Scores:
    """Everything `eventdesk eval` reports; agreements are None when nothing matched."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    strict_tp: int
    strict_fp: int
    strict_fn: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    n_matched: int
    inter1_agreement: float | None
    inter2_agreement: float | None
    fatalities_agreement: float | None
    claimed_by_agreement: float | None
    median_km: float | None
    n_gold: int
    n_gold_optional: int
    n_predicted: int
    n_unplaced: int
    missed: list[ErrorItem] = field(default_factory=list)
    spurious: list[ErrorItem] = field(default_factory=list)
    unknown_doc_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


# --------------------------------------------------------------------------- loading

_REQUIRED_EVENT = {"event_type": str, "sub_event_type": str, "evidence": str}
_OPTIONAL_EVENT = {
    "country": str, "admin1": str, "location": str, "actor1": str, "actor2": str,
    "claimed_by": str,
}


def _read_text(path: Path, *, what: str) -> str:
    """A gold or prediction file's text; GoldFormatError says why it cannot be read."""
    from eventdesk.bounded import TooLong, read_bytes

    try:  # a byte order mark, as Windows editors save: UTF-8's, or UTF-16's ('Unicode')
        data = read_bytes(path)
        return data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
    except TooLong as exc:
        raise GoldFormatError(str(exc), path=str(path)) from None
    except FileNotFoundError as exc:
        raise GoldFormatError(f"no such {what} file", path=str(path)) from exc
    except UnicodeDecodeError as exc:
        codec = "UTF-16" if exc.encoding.startswith("utf-16") else "UTF-8"
        raise GoldFormatError(f"not {codec} text (byte {exc.start})", path=str(path)) from exc
    except OSError as exc:
        raise GoldFormatError(f"cannot read: {exc.strerror}", path=str(path)) from exc


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read and validate a gold JSONL file; GoldFormatError names file, line and field."""
    path = Path(path)
    raw = _read_text(path, what="gold")
    docs: list[GoldDocument] = []
    seen: set[str] = set()
    for lineno, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            data = json_loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"line {lineno}: not JSON ({exc.msg})", path=str(path)) from exc
        if not isinstance(data, dict):
            raise GoldFormatError(f"line {lineno}: not a JSON object", path=str(path))
        doc = _gold_document(data, where)
        if doc.doc_id in seen:
            raise GoldFormatError(f"{where}: doc_id {doc.doc_id!r} appears twice")
        seen.add(doc.doc_id)
        docs.append(doc)
    if not docs:
        raise GoldFormatError("the gold file holds no reports", path=str(path))
    return docs


def _fail(where: str, name: str, message: str):
    raise GoldFormatError(f"{where}: field {name!r} {message}")


def _gold_document(data: dict, where: str) -> GoldDocument:
    doc_id = data.get("doc_id", data.get("id"))
    if not isinstance(doc_id, str) or not doc_id:
        _fail(where, "doc_id", "must be a non-empty string")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        _fail(where, "text", "must be a non-empty string")
    published = _date_field(data, "published", where)
    for name in ("outlet", "title", "url"):
        if data.get(name) is not None and not isinstance(data[name], str):
            _fail(where, name, "must be a string or null")
    events = data.get("events")
    if not isinstance(events, list):
        _fail(where, "events", "must be a list")
    gold = [_gold_event(ev, f"{where} event {i + 1}", text) for i, ev in enumerate(events)]
    return GoldDocument(doc_id=doc_id, text=text, published=published,
                        outlet=data.get("outlet"), title=data.get("title"),
                        url=data.get("url"), events=gold)


def _date_field(data: dict, name: str, where: str) -> dt.date | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        _fail(where, name, "must be a YYYY-MM-DD string or null")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(where, name, f"must be a YYYY-MM-DD date, not {value!r}")


def _int_field(data: dict, name: str, where: str, allowed: range | None = None,
               *, required: bool = False) -> int | None:
    value = data.get(name)
    if value is None:
        if required:
            _fail(where, name, "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(where, name, f"must be an integer, not {value!r}")
    if allowed is not None and value not in allowed:
        _fail(where, name, f"must be {allowed.start}–{allowed.stop - 1}, not {value}")
    return value


def _gold_event(data, where: str, text: str) -> GoldEvent:
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}: not a JSON object")
    for name, kind in _REQUIRED_EVENT.items():
        if not isinstance(data.get(name), kind) or not data[name]:
            _fail(where, name, "must be a non-empty string")
    for name, kind in _OPTIONAL_EVENT.items():
        if data.get(name) is not None and not isinstance(data[name], kind):
            _fail(where, name, "must be a string or null")
    event_type, sub_type = data["event_type"], data["sub_event_type"]
    if event_type not in EVENT_TYPES:
        _fail(where, "event_type", f"is not one of the six event types: {event_type!r}")
    if sub_type not in EVENT_TYPES[event_type]:
        _fail(where, "sub_event_type", f"{sub_type!r} is not a sub-type of {event_type!r}")
    if data["evidence"] not in text:
        _fail(where, "evidence", "is not a substring of the report's text")
    coords = []
    for name, limit in (("latitude", 90), ("longitude", 180)):
        value = data.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)
                                  or not -limit <= value <= limit):
            _fail(where, name, f"must be a number within ±{limit} or null")
        coords.append(value)
    if (coords[0] is None) != (coords[1] is None):
        _fail(where, "latitude", "and 'longitude' must both be given or both be null")
    optional = data.get("optional", False)
    if not isinstance(optional, bool):
        _fail(where, "optional", "must be true or false")
    return GoldEvent(
        event_type=event_type, sub_event_type=sub_type, evidence=data["evidence"],
        event_date=_date_field(data, "event_date", where),
        time_precision=_int_field(data, "time_precision", where, range(1, 4)),
        country=data.get("country"), admin1=data.get("admin1"), location=data.get("location"),
        latitude=coords[0], longitude=coords[1],
        geo_precision=_int_field(data, "geo_precision", where, range(1, 4)),
        actor1=data.get("actor1"), inter1=_int_field(data, "inter1", where, range(1, 9)),
        actor2=data.get("actor2"), inter2=_int_field(data, "inter2", where, range(0, 9)) or 0,
        fatalities=_int_field(data, "fatalities", where, range(0, 10**7)),
        claimed_by=data.get("claimed_by"), optional=optional,
    )


def load_predictions(path: str | Path) -> dict[str, list[dict]]:
    """Predictions from JSONL: event records with a doc_id (as `extract --format jsonl`
    writes), or gold-style report lines with an `events` list; or one JSON array of them
    (as `extract --format json` writes)."""
    path = Path(path)
    raw = _read_text(path, what="prediction")
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

    def fail(name: str, message: str):
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
    date = record.get("event_date")
    if date is not None and not isinstance(date, str):
        fail("event_date", "must be a YYYY-MM-DD string or null")
    if date:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            fail("event_date", f"must be a YYYY-MM-DD date, not {date!r}")
    for name, limit in (("latitude", 90), ("longitude", 180)):
        value = record.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)
                                  or not -limit <= value <= limit):
            fail(name, f"must be a number within ±{limit} or null")


# --------------------------------------------------------------------------- matching


@dataclass(slots=True)
class _Item:
    """What the scorer compares, taken alike from gold events, Events and dicts."""

    event_type: str
    sub_event_type: str | None
    event_date: dt.date | None
    time_precision: int | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    inter1: int | None
    inter2: int
    fatalities: int | None
    claimed_by: str | None
    location: str | None
    evidence: str
    optional: bool = False


def _item(source) -> _Item:
    get = source.get if isinstance(source, Mapping) else lambda k, d=None: getattr(source, k, d)
    date = get("event_date")
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date) if date else None
        except ValueError as exc:
            raise GoldFormatError(f"prediction event_date {date!r} is not YYYY-MM-DD") from exc
    lat, lon = get("latitude"), get("longitude")
    if lat is None or lon is None:
        lat = lon = None
    return _Item(
        event_type=get("event_type") or "", sub_event_type=get("sub_event_type"),
        event_date=date, time_precision=get("time_precision"), admin1=get("admin1") or None,
        latitude=lat, longitude=lon, inter1=get("inter1") or None, inter2=get("inter2") or 0,
        # an export row writes 0 for "no number" and keeps the report's in fatalities_reported
        fatalities=get("fatalities_reported", get("fatalities")),
        claimed_by=get("claimed_by") or None,
        location=get("location"), evidence=get("evidence") or "",
        optional=bool(get("optional", False)),
    )


_ADMIN_WORDS = re.compile(
    r"\b(governorate|province|state|region|department|oblast|prefecture|county|muhafazat)\b")


def fold_admin1(name: str | None) -> str | None:
    """Admin1 names compared with case, accents, "al-"-style articles, punctuation and
    generic words ("Governorate", "Province") folded: "Al-Hasakah" == "hasakah governorate"."""
    if not name:
        return None
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[\u2018\u2019'`ʿʾ]", "", text)
    text = re.sub(r"\b(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez)[-\s]+(?=\w)", "", text)
    text = _ADMIN_WORDS.sub(" ", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return text or None




def _distance(g: _Item, p: _Item) -> float | None:
    if None in (g.latitude, g.longitude, p.latitude, p.longitude):
        return None
    return haversine_km(g.latitude, g.longitude, p.latitude, p.longitude)


def _pair_cost(g: _Item, p: _Item, *, strict: bool) -> tuple[float, float] | None:
    """(km, days) when the pair may match, else None."""
    if g.event_type != p.event_type:
        return None
    if strict and g.sub_event_type != p.sub_event_type:
        return None
    km = _distance(g, p)
    if km is None:
        a, b = fold_admin1(g.admin1), fold_admin1(p.admin1)
        if a is None or a != b:
            return None
        km_cost = MAX_KM
    elif km > MAX_KM:
        return None
    else:
        km_cost = km
    if (g.event_date is None or p.event_date is None
            or g.time_precision == 3 or p.time_precision == 3):
        days = float(MAX_DAYS)
    else:
        days = abs((g.event_date - p.event_date).days)
        if days > MAX_DAYS:
            return None
    return km_cost, float(days)


def _match(gold: list[_Item], pred: list[_Item], *, strict: bool) -> list[tuple[int, int]]:
    """One-to-one greedy matching, best (km, days) pairs first, ties by position."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            cost = _pair_cost(g, p, strict=strict)
            if cost is not None:
                candidates.append((cost[0], cost[1], gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def _error(doc_id: str, item: _Item) -> ErrorItem:
    return ErrorItem(doc_id=doc_id, event_type=item.event_type,
                     sub_event_type=item.sub_event_type or "",
                     event_date=item.event_date.isoformat() if item.event_date else None,
                     location=item.location, evidence=item.evidence)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; nothing expected and nothing predicted scores 1.0."""
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _share(values: list[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def score(gold_docs: Iterable[GoldDocument],
          predictions: Mapping[str, list[Event | dict]]) -> Scores:
    """Score predictions (keyed by doc_id) against gold documents, as GUIDELINES.md says."""
    tp = fp = fn = stp = sfp = sfn = 0
    n_gold = n_optional = n_pred = n_unplaced = 0
    agree: dict[str, list[bool]] = {k: [] for k in ("inter1", "inter2", "fatal", "claim")}
    kms: list[float] = []
    missed: list[ErrorItem] = []
    spurious: list[ErrorItem] = []
    gold_ids = set()
    for doc in gold_docs:
        gold_ids.add(doc.doc_id)
        gold = [_item(e) for e in doc.events]
        n_gold += sum(not g.optional for g in gold)
        n_optional += sum(g.optional for g in gold)
        pred = []
        for raw in predictions.get(doc.doc_id, []):
            item = _item(raw)
            if item.latitude is None and item.admin1 is None:
                n_unplaced += 1
                continue
            pred.append(item)
        n_pred += len(pred)

        pairs = _match(gold, pred, strict=False)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if g.optional:
                continue
            tp += 1
            agree["inter1"].append(g.inter1 == p.inter1)
            agree["inter2"].append((g.inter2 or 0) == (p.inter2 or 0))
            agree["fatal"].append(g.fatalities == p.fatalities)
            agree["claim"].append((g.claimed_by is None) == (p.claimed_by is None))
            km = _distance(g, p)
            if km is not None:
                kms.append(km)
        for gi, g in enumerate(gold):
            if gi not in matched_g and not g.optional:
                fn += 1
                missed.append(_error(doc.doc_id, g))
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                fp += 1
                spurious.append(_error(doc.doc_id, p))

        strict_pairs = _match(gold, pred, strict=True)
        s_g = {gi for gi, _ in strict_pairs}
        s_p = {pi for _, pi in strict_pairs}
        stp += sum(not gold[gi].optional for gi, _ in strict_pairs)
        sfn += sum(1 for gi, g in enumerate(gold) if gi not in s_g and not g.optional)
        sfp += len(pred) - len(s_p)

    precision, recall, f1 = _prf(tp, fp, fn)
    s_precision, s_recall, s_f1 = _prf(stp, sfp, sfn)
    return Scores(
        tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1,
        strict_tp=stp, strict_fp=sfp, strict_fn=sfn, strict_precision=s_precision,
        strict_recall=s_recall, strict_f1=s_f1, n_matched=tp,
        inter1_agreement=_share(agree["inter1"]), inter2_agreement=_share(agree["inter2"]),
        fatalities_agreement=_share(agree["fatal"]),
        claimed_by_agreement=_share(agree["claim"]),
        median_km=statistics.median(kms) if kms else None,
        n_gold=n_gold, n_gold_optional=n_optional, n_predicted=n_pred, n_unplaced=n_unplaced,
        missed=missed, spurious=spurious,
        unknown_doc_ids=sorted(set(predictions) - gold_ids),
    )


# --------------------------------------------------------------------------- reporting


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def format_table(scores: Scores) -> str:
    """The human-readable summary `eventdesk eval` prints."""
    km = "n/a" if scores.median_km is None else f"{scores.median_km:.1f} km"
    lines = [
        "                precision  recall      F1     TP    FP    FN",
        f"lenient          {_pct(scores.precision)}  {_pct(scores.recall)}  {_pct(scores.f1)}"
        f"  {scores.tp:5d} {scores.fp:5d} {scores.fn:5d}",
        f"strict           {_pct(scores.strict_precision)}  {_pct(scores.strict_recall)}"
        f"  {_pct(scores.strict_f1)}  {scores.strict_tp:5d} {scores.strict_fp:5d}"
        f" {scores.strict_fn:5d}",
        "",
        f"agreement over {scores.n_matched} matched pair(s):",
        f"  inter1       {_pct(scores.inter1_agreement)}",
        f"  inter2       {_pct(scores.inter2_agreement)}",
        f"  fatalities   {_pct(scores.fatalities_agreement)}",
        f"  claimed_by   {_pct(scores.claimed_by_agreement)}  (both None or both given)",
        f"  median error {km}",
        "",
        f"gold events: {scores.n_gold} (+{scores.n_gold_optional} optional); predicted: "
        f"{scores.n_predicted} placed, {scores.n_unplaced} placed no better than a country "
        "(not scored)",
    ]
    if scores.unknown_doc_ids:
        shown = ", ".join(scores.unknown_doc_ids[:5])
        more = " …" if len(scores.unknown_doc_ids) > 5 else ""
        lines.append(f"predictions for {len(scores.unknown_doc_ids)} doc_id(s) not in the gold "
                     f"file were ignored: {shown}{more}")
    return "\n".join(lines)


def format_errors(scores: Scores) -> str:
    """Each missed gold event and each spurious prediction, with its evidence."""
    lines = []
    for title, items in (("missed (in gold, not predicted)", scores.missed),
                         ("spurious (predicted, not in gold)", scores.spurious)):
        lines.append(f"{title}: {len(items)}")
        for item in items:
            lines.append(f"  {item.doc_id}  {item.event_date or '-'}  {item.event_type} / "
                         f"{item.sub_event_type}  @ {item.location or '-'}")
            lines.append(f"      \"{item.evidence}\"")
    return "\n".join(lines)
