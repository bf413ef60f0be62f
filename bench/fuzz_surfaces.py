"""Generated input where bench/fuzz.py (the coding) and bench/fuzz_inputs.py (the readers,
extract, events' options) do not reach: the store (the same batch twice, an interrupted
load, older schema versions, a damaged or read-only file, two writers at once, ingest
order), `eval` with malformed gold and prediction files, `train` with malformed corpora,
`gazetteer lookup` with odd names, the web API's filters, and streams of many non-report
lines. Each case must give exit status 0, 1 or 2 with a one-line message and no traceback,
and what was stored must survive. Failures are collected (not shrunk) and printed once per
distinct cause. Not part of CI: run it by hand (with EVENTDESK_GAZETTEER set for lookup).
bench/fuzz_edges.py covers feeds, WARC records, the Dask path, export round trips, the
CLI's argument combinations and ingest while serving.

    .venv/bin/python bench/fuzz_surfaces.py --n 200                # every target
    .venv/bin/python bench/fuzz_surfaces.py --n 50 gold lookup     # some
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import logging
import multiprocessing
import os
import random
import sqlite3
import stat
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "store"))

import fuzz_inputs  # noqa: E402
from fuzz_inputs import REPORT, TEXT, StandIn, run_cli, target  # noqa: E402

import eventdesk  # noqa: E402
from eventdesk.errors import EventdeskError  # noqa: E402
from eventdesk.records import Document, Event  # noqa: E402

ODD = st.one_of(TEXT, st.sampled_from([
    "", " ", "%", "_", "*", "\\", "'", '"', "Syria", "SY", "SYR", "sy", "Hama", "Ḩamāh",
    "HAMA GOVERNORATE", "Aleppo - al-Sakhour", "al-Rashedin, Aleppo", "Khalidiya in Homs",
    "in in in", " - ", ",", "Homs,", "- Homs", "\x00", "\udcff", "İstanbul", "ß", "ǅ",
    "Z\u0351\u0361a", "a" * 300, "\u200b", "\ufeff", "2013-07-06", "-1", "0", "9" * 30,
    "NaN", "inf", "1e309", "null"]))
JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(), TEXT),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6)

GOLD_EVENT = {
    "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2013-07-06",
    "time_precision": 1, "country": "Syria", "admin1": "Homs", "location": "Homs",
    "latitude": 34.73, "longitude": 36.72, "actor1": "Military Forces of Syria (2000-)",
    "inter1": 1, "actor2": "Civilians (Syria)", "inter2": 7, "fatalities": 5,
    "claimed_by": "", "evidence": "Syrian troops shelled the district of al-Khalidiya in Homs",
}
GOLD_DOC = {"doc_id": "g1", "published": "2013-07-06", "outlet": "Wire", "title": "T",
            "text": REPORT, "events": [GOLD_EVENT]}
# One change to a record: a field dropped, retyped or set to an odd value, at the report
# or at its event.
MUTATION = st.tuples(st.sampled_from(["drop", "set"]), st.booleans(),
                     st.sampled_from(sorted({*GOLD_DOC, *GOLD_EVENT, "id", "optional"})),
                     JSON_VALUE)


def mutated(record: dict, mutations, ) -> dict:
    record = json.loads(json.dumps(record))
    for action, at_event, key, value in mutations:
        where = record
        if at_event and isinstance(record.get("events"), list) and record["events"] \
                and isinstance(record["events"][0], dict):
            where = record["events"][0]
        if action == "drop":
            where.pop(key, None)
        else:
            where[key] = value
    return record


def dumps(record) -> str:
    return json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass").decode(
        "utf-8", "replace")


@target(st.lists(st.tuples(st.lists(MUTATION, max_size=3), st.sampled_from(["g1", "g2", "g3"])),
                 min_size=1, max_size=4),
        st.lists(st.lists(MUTATION, max_size=3), max_size=3), st.booleans(), st.booleans())
def gold(docs, predictions, errors, as_json):
    """`eval GOLD --pred PRED` on mutated gold reports (duplicate ids among them)."""
    with tempfile.TemporaryDirectory() as folder:
        gold_path, pred_path = Path(folder) / "gold.jsonl", Path(folder) / "pred.jsonl"
        gold_path.write_text("\n".join(dumps(mutated({**GOLD_DOC, "doc_id": doc_id}, m))
                                       for m, doc_id in docs), encoding="utf-8")
        pred_path.write_text("\n".join(dumps(mutated({**GOLD_EVENT, "doc_id": "g1"}, m))
                                       for m in predictions), encoding="utf-8")
        text = run_cli(["eval", str(gold_path), "--pred", str(pred_path)]
                       + (["--errors"] if errors else []) + (["--json"] if as_json else []),
                       ok=(0, 1))
        if as_json and text:
            json.loads(text)


TRAIN_LINE = {"id": "t1", "text": "Gunmen killed two people in Aleppo.", "start": 7,
              "end": 13, "label": "Attack", "origin": "real"}
TRAIN_MUTATION = st.tuples(st.sampled_from(["drop", "set"]), st.just(False),
                           st.sampled_from(["id", "text", "start", "end", "label", "origin"]),
                           JSON_VALUE)


@target(st.lists(st.lists(TRAIN_MUTATION, max_size=2), min_size=1, max_size=6),
        st.sampled_from([0, 0, 2, 3, 10]), st.sampled_from(["", "\n\n", "\x00", "\ufeff"]))
def train(lines, cv, junk):
    """`train --corpus DIR` on a small corpus with mutated lines (often valid ones)."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        labels = ["Attack", "Armed clash", "none"]
        rows = [mutated({**TRAIN_LINE, "id": f"t{i}", "label": labels[i % 3],
                         "text": f"{TRAIN_LINE['text']} ({i})"}, m)
                for i, m in enumerate(lines * 2)]  # a text and span twice is refused
        (corpus / "a.jsonl").write_text(junk + "\n".join(map(dumps, rows)), encoding="utf-8")
        run_cli(["train", "--corpus", str(corpus), "-o", str(Path(folder) / "m.npz"),
                 "--quiet", "--json"] + (["--cv", str(cv)] if cv else []), ok=(0, 1, 2))


@target(ODD, st.one_of(st.none(), ODD), st.booleans())
def lookup(name, country, as_json):
    """`gazetteer lookup NAME [--country C] [--json]` with odd names."""
    argv = ["gazetteer", "lookup", name] + (["--country", country] if country is not None
                                            else []) + (["--json"] if as_json else [])
    text = run_cli(argv, ok=(0, 1, 2))
    if as_json and text:
        json.loads(text)


PLACES = [("Syria", "Homs", "Homs", 34.73, 36.72), ("Syria", "Aleppo", "Aleppo", 36.2, 37.16),
          ("Iraq", "Nineveh", "Mosul", 36.34, 43.13), (None, None, None, None, None),
          ("Syria", None, None, None, None)]
EVENT = st.fixed_dictionaries({
    "sub": st.sampled_from([("Battles", "Armed clash"), ("Explosions/Remote violence",
                            "Shelling/artillery/missile attack"), ("Protests",
                            "Peaceful protest"), ("Violence against civilians", "Attack")]),
    "place": st.sampled_from(PLACES),
    "day": st.one_of(st.none(), st.integers(0, 4)),
    "fatalities": st.one_of(st.none(), st.integers(0, 30)),
    "actor1": st.sampled_from([None, "Military Forces of Syria (2000-)", "Syrian rebels",
                               "Islamic State (Syria)"]),
})
DOC = st.tuples(st.sampled_from([None, "Wire", "SANA", "SOHR", "wire"]),
                st.one_of(st.none(), st.integers(0, 6)), st.lists(EVENT, max_size=3),
                st.integers(0, 3))
# Events at the edges corroboration computes with: the poles and the antimeridian, a place
# without a location or country, odd names, week- and month-precise dates, huge tolls.
EDGE_PLACE = st.tuples(
    st.sampled_from([None, "Syria", "Fiji", "Antarctica", "SYRIA", "İran"]),
    st.sampled_from([None, "", "Homs", "Ḩamāh", "%", "a" * 200]),
    st.sampled_from([None, "Homs", "Suva", "x", "\u202e"]),
    st.sampled_from([None, -90.0, 90.0, -16.5, 0.0, 34.73, 89.9999]),
    st.sampled_from([None, -180.0, 180.0, 179.9999, -179.9999, 0.0, 36.72]))
EDGE_EVENT = st.fixed_dictionaries({
    "sub": st.sampled_from([("Battles", "Armed clash"), ("Protests", "Peaceful protest"),
                            ("Violence against civilians", "Attack")]),
    "place": st.one_of(st.sampled_from(PLACES), EDGE_PLACE),
    "day": st.one_of(st.none(), st.integers(0, 4)),
    "precision": st.sampled_from([1, 2, 3]),
    "fatalities": st.one_of(st.none(), st.integers(0, 10**6), st.just(2**62)),
    "actor1": st.sampled_from([None, "Syrian rebels", "", "\u202e", "Civilians (Syria)",
                               "a" * 500, "Unidentified Armed Group (Syria)"]),
})
EDGE_DOC = st.tuples(st.sampled_from([None, "Wire", "wire ", "WIRE", "", "SANA"]),
                     st.one_of(st.none(), st.integers(0, 6)), st.lists(EDGE_EVENT, max_size=3),
                     st.integers(0, 3))


def documents(specs) -> list[tuple[Document, list[Event]]]:
    """Reports of one sentence per event, from generated specs: the same spec twice is the
    same report (one text), as the store's content hash says; different events, different
    texts."""
    out = []
    for i, (outlet, day, events, salt) in enumerate(specs):
        text, coded = "", []
        tag = hashlib.sha1(repr(events).encode()).hexdigest()[:8]
        for k, e in enumerate(events):
            sentence = f"Event {k} of report {salt}-{tag} happened. "
            country, admin1, location, lat, lon = e["place"]
            event_type, sub = e["sub"]
            coded.append(Event(
                event_type=event_type, sub_event_type=sub, doc_id=f"r{i}", evidence=sentence,
                evidence_start=len(text), evidence_end=len(text) + len(sentence),
                event_date=None if e["day"] is None else dt.date(2014, 5, 1 + e["day"]),
                time_precision=None if e["day"] is None else e.get("precision", 1),
                country=country,
                admin1=admin1, location=location, latitude=lat, longitude=lon,
                geo_precision=1 if lat else None, actor1=e["actor1"],
                fatalities=e["fatalities"]))
            text += sentence
        document = Document(text=text or f"Nothing happened ({salt}).", doc_id=f"r{i}",
                            outlet=outlet, published=None if day is None
                            else dt.date(2014, 5, 3 + day))
        out.append((document, coded))
    return out


def snapshot(path: str) -> dict:
    """What a store holds, independent of row ids and ingest times: reports, events and
    the clusters as sets of event ids with their counts."""
    from eventdesk.store import Store

    with Store.open(path, readonly=True) as store:
        rows = store._query("SELECT d.content_hash || ':' || e.evidence_start AS event, "
                            "e.cluster_id FROM events e JOIN documents d ON d.id = "
                            "e.document_id")
        clusters: dict = {}
        for row in rows:
            clusters.setdefault(row["cluster_id"], set()).add(row["event"])
        sizes = store._query("SELECT id, n_sources, n_reports, fatalities_min, "
                             "fatalities_max, event_date, country FROM clusters")
        by_id = {r["id"]: tuple(v for k, v in r.items() if k != "id") for r in sizes}
        return {"documents": {r["content_hash"] for r in store._query(
                    "SELECT content_hash FROM documents")},
                "events": sorted(r["event"] for r in rows),
                "clusters": sorted((sorted(ids), by_id.get(cid)) for cid, ids in
                                   clusters.items())}


def ingest_all(path: str, items, *, fail_at: int | None = None, batch_size: int = 3,
               version: str = "fuzz-1") -> None:
    from eventdesk.store import Store

    coded = {d.doc_id: evs for d, evs in items}

    class Pipeline:
        def __init__(self):
            self.version = version

        def pipe(self, docs, *, n_process=1, batch_size=16):
            for n, doc in enumerate(docs):
                if fail_at is not None and n >= fail_at:
                    raise KeyboardInterrupt
                yield doc, list(coded[doc.doc_id])

    with Store.open(path) as store:
        store.ingest([d for d, _ in items], pipeline=Pipeline(), batch_size=batch_size,
                     progress=False)


@target(st.lists(DOC, min_size=1, max_size=8), st.integers(0, 8), st.randoms())
def store(specs, fail_at, rng):
    """The same batch twice changes nothing; an interrupted load then a full one is the
    full one; ingest order and `recluster` give the same clusters."""
    items = documents(specs)
    with tempfile.TemporaryDirectory() as folder:
        once, twice, cut, shuffled = (str(Path(folder) / f"{n}.sqlite")
                                      for n in ("once", "twice", "cut", "shuffled"))
        ingest_all(once, items)
        ingest_all(twice, items)
        ingest_all(twice, items)
        assert snapshot(once) == snapshot(twice), "a second ingest of the same batch changed it"
        with contextlib.suppress(KeyboardInterrupt):
            ingest_all(cut, items, fail_at=fail_at)
        ingest_all(cut, items)
        assert snapshot(cut) == snapshot(once), "an interrupted ingest then a full one differs"
        order = list(items)
        rng.shuffle(order)
        ingest_all(shuffled, order, batch_size=1)
        assert _clusters(shuffled) == _clusters(once), "ingest order changed the clusters"
        run_cli(["recluster", "--db", shuffled], ok=(0,))
        assert _clusters(shuffled) == _clusters(once), "recluster changed the clusters"


@target(st.lists(EDGE_DOC, min_size=1, max_size=8), st.randoms())
def corroborate(specs, rng):
    """Reports with events at corroboration's edges: each stored or refused with a message
    naming its event; the clusters the same in any ingest order and after `recluster`."""
    from eventdesk.store import Store

    with tempfile.TemporaryDirectory() as folder:
        paths = [str(Path(folder) / f"{n}.sqlite") for n in ("a", "b")]
        order = list(documents(specs))
        for path in paths:
            rng.shuffle(order)
            with Store.open(path) as store:
                for document, events in order:
                    try:
                        store.add(document, events, extractor_version="fuzz-1")
                    except EventdeskError as exc:  # a record the store refuses
                        assert "event" in str(exc) and "\n" not in str(exc), exc
        assert _clusters(paths[0]) == _clusters(paths[1]), "ingest order changed the clusters"
        run_cli(["recluster", "--db", paths[1]], ok=(0,))
        assert _clusters(paths[0]) == _clusters(paths[1]), "recluster changed the clusters"


def _clusters(path: str) -> list:
    return snapshot(path)["clusters"]


# What each migration (1-based) added, undone: a store filled by this eventdesk taken back
# to an older version, its rows kept, as an older eventdesk would have left it.
UNDO = {
    8: "DROP INDEX documents_doc_id; DROP INDEX documents_url; "
       "DROP INDEX documents_superseded_by; ALTER TABLE documents DROP COLUMN superseded_by; "
       "ALTER TABLE documents DROP COLUMN superseded_at;",
    7: "DROP INDEX documents_outlet; DROP INDEX documents_ingested_at; "
       "DROP INDEX events_interaction;",
    6: "DROP TABLE feeds; DROP TABLE articles;",
    5: "DROP TABLE possible_matches; ALTER TABLE clusters DROP COLUMN merge_basis; "
       "ALTER TABLE clusters DROP COLUMN n_reports_unknown_outlet;",
    4: "DROP INDEX IF EXISTS events_geonameid; ALTER TABLE events DROP COLUMN geonameid;",
    3: "DROP TABLE failures;",
    2: "DROP INDEX clusters_country_admin1;",
}


def _schema_at(path: str, version: int) -> None:
    """The store at `path` taken back to schema `version` (0: an empty file)."""
    from eventdesk.store.schema import SCHEMA_VERSION

    assert SCHEMA_VERSION == max(UNDO), "a new migration: add its undoing to UNDO"
    if version == 0:
        Path(path).write_bytes(b"")
        return
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    for number in range(SCHEMA_VERSION, version, -1):
        conn.executescript(f"BEGIN; {UNDO[number]} PRAGMA user_version = {number - 1}; COMMIT;")
    conn.close()


@target(st.lists(DOC, min_size=1, max_size=4), st.sampled_from([0, 1, 4, 6, 7]),
        st.lists(st.tuples(st.integers(0, 10**7), st.binary(min_size=1, max_size=64)),
                 max_size=4), st.sampled_from(["none", "truncate", "readonly", "folder-ro",
                                               "empty", "text", "wal-junk"]),
        st.sampled_from(["events", "ingest", "recluster", "api"]))
def damaged_store(specs, version, hits, how, command):
    """A store at an older schema version, with bytes overwritten, cut short, read-only,
    in a read-only folder, empty, not a database, or with a junk WAL: every command says
    what is wrong with the file, or works."""
    items = documents(specs)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        home.mkdir()
        db = str(home / "events.sqlite")
        ingest_all(db, items)
        _schema_at(db, version)
        data = bytearray(Path(db).read_bytes())
        for at, junk in hits:
            k = at % max(1, len(data))
            data[k:k + len(junk)] = junk
        if how == "truncate":
            data = data[:len(data) // 2]
        elif how == "empty":
            data = bytearray()
        elif how == "text":
            data = bytearray(REPORT.encode())
        Path(db).write_bytes(bytes(data))
        if how == "wal-junk":
            Path(db + "-wal").write_bytes(bytes(data[:4096]) or b"junk")
        if how == "readonly":
            os.chmod(db, stat.S_IRUSR)
        if how == "folder-ro":
            os.chmod(home, stat.S_IRUSR | stat.S_IXUSR)
        try:
            source = Path(folder) / "in.jsonl"
            source.write_text("\n".join(dumps({"text": d.text, "id": d.doc_id})
                                        for d, _ in items), encoding="utf-8")
            if command == "api":
                _api(db, {}, damaged=True)
            else:
                argv = {"events": ["events", "--db", db, "--format", "json"],
                        "ingest": ["ingest", str(source), "--db", db, "-q"],
                        "recluster": ["recluster", "--db", db]}[command]
                run_cli(argv, ok=(0, 1))
        finally:
            os.chmod(home, stat.S_IRWXU)
            with contextlib.suppress(FileNotFoundError):
                os.chmod(db, stat.S_IRUSR | stat.S_IWUSR)


@target(st.lists(DOC, min_size=1, max_size=5), st.integers(1, 6),
        st.sampled_from(["events", "ingest", "recluster", "api", "serve"]))
def old_store(specs, version, command):
    """A store an older eventdesk filled: `events` (read-only) says to migrate it; ingest,
    recluster and serve migrate it keeping every report; then every command works."""
    items = documents(specs)
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "events.sqlite")
        ingest_all(db, items)
        before = snapshot(db)
        _schema_at(db, version)
        if command in ("events", "api"):  # read-only: refused, saying how to migrate
            from eventdesk.web import create_app

            err = io.StringIO()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                try:
                    status = fuzz_inputs.cli(["events", "--db", db]) if command == "events" \
                        else create_app(db)
                except EventdeskError as exc:
                    status, err = 1, io.StringIO(str(exc))
            assert status == 1 and "migrate it once with `eventdesk recluster" in \
                err.getvalue(), (status, err.getvalue())
            return
        if command == "serve":
            _api(db, {}, readonly=False)
        elif command == "ingest":
            source = Path(folder) / "in.jsonl"
            text = REPORT + " " * (1 - len(REPORT) % 2)  # StandIn places an odd length
            source.write_text(dumps({"text": text, "id": "new"}), encoding="utf-8")
            run_cli(["ingest", str(source), "--db", db, "-q"], ok=(0,))
        else:
            run_cli(["recluster", "--db", db], ok=(0,))
        after = snapshot(db)
        assert before["documents"] <= after["documents"], "a migration lost reports"
        assert set(before["events"]) <= set(after["events"]), "a migration lost events"
        run_cli(["events", "--db", db, "--format", "json", "--limit", "0"], ok=(0,))
        _api(db, {})


def _api(db: str, params: dict, *, damaged: bool = False, readonly: bool = True) -> None:
    """Every list route with `params`: no server error (a `damaged` store's may be a logged
    store error, E005)."""
    from fastapi.testclient import TestClient

    from eventdesk.web import create_app

    try:
        app = create_app(db, readonly=readonly)
    except EventdeskError:
        return  # refused with a message at start-up: what `serve` prints
    with TestClient(app, raise_server_exceptions=False) as client:
        for route in ("/api/clusters", "/api/events", "/api/timeline", "/api/facets",
                      "/api/clusters.geojson", "/api/events.csv", "/api/search"):
            query = {**params, "q": params.get("q", "x")} if route == "/api/search" \
                else params
            response = client.get(route + "?" + "&".join(
                f"{k}={quote(v.encode('utf-8', 'surrogatepass'))}" for k, v in query.items()))
            store_error = damaged and response.status_code == 500 and \
                response.json()["code"] == "E005"
            assert response.status_code < 500 or store_error, (
                route, response.status_code, response.text)


def _writer(db: str, specs, offset: int) -> None:
    items = [(Document(text=d.text + f" Writer {offset}.", doc_id=d.doc_id + f"w{offset}",
                       outlet=d.outlet, published=d.published), []) for d, _ in specs]
    ingest_all(db, items, batch_size=1)


@target(st.lists(DOC, min_size=1, max_size=6), st.integers(2, 3))
def concurrent(specs, writers):
    """Writers in separate processes on one store: every report of each is stored."""
    items = documents(specs)
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "events.sqlite")
        ingest_all(db, [])
        context = multiprocessing.get_context("fork")
        procs = [context.Process(target=_writer, args=(db, items, k)) for k in range(writers)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(120)
        assert all(p.exitcode == 0 for p in procs), [p.exitcode for p in procs]
        stored = len(snapshot(db)["documents"])
        expected = writers * len({d.content_hash for d, _ in items})
        assert stored == expected, (stored, expected)


API_PARAMS = st.dictionaries(
    st.sampled_from(["country", "admin1", "event_type", "sub_event_type", "since", "until",
                     "actor", "min_sources", "limit", "offset", "interaction", "fatal",
                     "outlet", "include_undated", "ingested_since", "q", "bin"]),
    ODD, max_size=5)


@target(API_PARAMS)
def api(params):
    """The web API's filters with odd values, over a store of generated reports."""
    _api(API_STORE, params)


@target(st.lists(st.sampled_from(["report", "empty", "notext", "prose", "binary", "{", "blank",
                                  "array", "big"]), min_size=1, max_size=400),
        st.booleans())
def stream(kinds, jsonl_first):
    """A pipe of JSON Lines mixed with lines that hold no report: every report line is
    read, or the message says which lines were left unread and why."""
    from eventdesk.io import read_documents
    from eventdesk.io.json_input import InputProblem

    line = {"report": dumps({"text": REPORT}), "empty": "{}", "notext": '{"title": "x"}',
            "prose": "Syrian troops shelled Homs.", "binary": "\x00\x01\x02",
            "{": "{", "blank": "", "array": "[1, 2]", "big": "x" * 5000}
    lines = ([line["report"]] if jsonl_first else []) + [line[k] for k in kinds]
    real = sys.stdin
    data = ("\n".join(lines) + "\n").encode()
    sys.stdin = type("Stdin", (), {"buffer": io.BufferedReader(io.BytesIO(data))})()
    try:
        items = list(read_documents(["-"]))
    finally:
        sys.stdin = real
    reports = sum(isinstance(i, Document) for i in items)
    expected = lines.count(line["report"])
    if reports < expected and lines[0] == line["report"]:
        assert any(isinstance(i, InputProblem) and "not read" in i.message for i in items)
        STREAM_STOPS.append((expected - reports, len(lines)))


STREAM_STOPS: list = []
API_STORE = ""
TARGETS = {f.__name__: f for f in (gold, train, lookup, store, corroborate, damaged_store,
                                   old_store, concurrent, api, stream)}


@contextlib.contextmanager
def _surfaces():
    """The surfaces are fuzzed here, not the coding: a stand-in coder, quiet logs (a damaged
    store's E005), a store of 30 reports for the API; how many streams stopped early."""
    global API_STORE
    eventdesk.load = StandIn
    logging.getLogger("eventdesk").setLevel(logging.CRITICAL)
    rng = random.Random(0)
    with tempfile.TemporaryDirectory() as folder:
        API_STORE = str(Path(folder) / "api.sqlite")
        specs = [(rng.choice([None, "Wire", "SANA"]), rng.randrange(6),
                  [{"sub": ("Battles", "Armed clash"), "place": rng.choice(PLACES),
                    "day": rng.choice([None, 1, 2]), "fatalities": rng.choice([None, 3]),
                    "actor1": "Syrian rebels"}], k) for k in range(30)]
        ingest_all(API_STORE, documents(specs))
        yield
    if STREAM_STOPS:
        print(f"stream: {len(STREAM_STOPS)} streams stopped early, "
              f"{sum(n for n, _ in STREAM_STOPS)} report lines unread")


def main(argv: list[str] | None = None) -> int:
    return fuzz_inputs.fuzz_main(__doc__, TARGETS, 100, argv, _surfaces)


if __name__ == "__main__":
    sys.exit(main())
