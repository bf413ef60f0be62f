"""Event store benchmark: prints the figures of issue 4's targets.

1. Query by country and date range over 1,000,000 synthetic stored events (bulk-loaded with
   plain SQL into a real store file), median of several runs; target < 200 ms.
2. Incremental clustering of 100,000 synthetic events (reports of known real-world events,
   added through `Store.add_many` as ingest does); target < 60 s. Purity is printed too.
3. Ingest vs extract throughput on the same corpus (samples/ and ../shared/gold/dev.jsonl
   texts, repeated under distinct outlets to reach --docs reports); target ingest >= 90%.

Usage: .venv/bin/python bench/bench_store.py [--events N] [--cluster-events N] [--docs N]
       [--db FILE] [--rebuild] [--skip-query] [--skip-cluster] [--skip-ingest]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from eventdesk.records import COLUMNS, Document, Event
from eventdesk.store import ClusterFilter, Store
from eventdesk.store.clustering import _CLUSTER_FIELDS

ROOT = Path(__file__).resolve().parent.parent
TYPES = {
    "Battles": ["Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Arrests", "Looting/property destruction"],
}
COUNTRIES = [f"Country {i:02d}" for i in range(20)]
START = dt.date(2010, 1, 1)
DAYS = 15 * 365


def _timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


# -- 1. queries over 1,000,000 events ---------------------------------------------------

def build_large(path: Path, n_events: int) -> None:
    """Bulk-load n synthetic events (two per report, each its own cluster) with plain SQL."""
    rng = random.Random(1)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with Store.open(path) as store:
        conn = store._conn
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        event_sql = (f"INSERT INTO events (id, document_id, cluster_id, {', '.join(COLUMNS)})"
                     f" VALUES (?, ?, ?, {', '.join('?' * len(COLUMNS))})")
        cluster_sql = (f"INSERT INTO clusters (id, {', '.join(_CLUSTER_FIELDS)}, updated_at)"
                       f" VALUES (?, {', '.join('?' * len(_CLUSTER_FIELDS))}, ?)")
        docs, events, clusters = [], [], []
        types = list(TYPES)
        for i in range(1, n_events + 1):
            doc = (i + 1) // 2
            country = rng.choice(COUNTRIES)
            date = (START + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
            etype = rng.choice(types)
            sub = rng.choice(TYPES[etype])
            lat, lon = rng.uniform(-30, 50), rng.uniform(-20, 80)
            admin1 = f"{country} region {rng.randrange(10)}"
            if i % 2:
                docs.append((doc, f"doc{doc}", f"hash{doc}", f"Report {doc} about {etype}.",
                             f"Outlet {rng.randrange(300)}", None, None, date, None, "bench",
                             now))
            event = Event(
                event_type=etype, sub_event_type=sub, doc_id=f"doc{doc}",
                evidence=f"Report {doc}", evidence_start=0, evidence_end=8,
                event_date=dt.date.fromisoformat(date), time_precision=1,
                actor1="Military Forces", inter1=1, actor2="Rebels", inter2=2,
                country=country, admin1=admin1, location=f"Town {rng.randrange(1000)}",
                latitude=lat, longitude=lon, geo_precision=1, fatalities=rng.randrange(20),
            )
            row = event.to_dict()
            row["framing"] = "{}"
            events.append((i, doc, i, *(row[c] for c in COLUMNS)))
            clusters.append((i, etype, sub, date, 1, country, admin1, row["location"], lat,
                             lon, 1, "Military Forces", "Rebels", "military forces\nrebels",
                             1, 1, row["fatalities"], row["fatalities"], "[]", 0, "single report",
                             now))
            if len(events) >= 50_000:
                conn.executemany(
                    "INSERT INTO documents (id, doc_id, content_hash, text, outlet, url, title,"
                    " published, source_path, extractor_version, ingested_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
                conn.executemany(cluster_sql, clusters)
                conn.executemany(event_sql, events)
                docs, events, clusters = [], [], []
                print(f"  loaded {i:,} events", file=sys.stderr, end="\r")
        if events:
            conn.executemany(
                "INSERT INTO documents (id, doc_id, content_hash, text, outlet, url, title,"
                " published, source_path, extractor_version, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
            conn.executemany(cluster_sql, clusters)
            conn.executemany(event_sql, events)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    print(file=sys.stderr)


def bench_queries(path: Path, n_events: int, rebuild: bool) -> None:
    if rebuild and path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    if path.exists():
        with Store.open(path) as store:  # writable once: applies any newer migration
            have = store.counts()["events"]
        if have != n_events:
            sys.exit(f"{path} holds {have:,} events, not {n_events:,}: use --rebuild")
    else:
        t0 = time.perf_counter()
        build_large(path, n_events)
        print(f"bulk load: {n_events:,} events in {time.perf_counter() - t0:.1f} s")
    with Store.open(path, readonly=True) as store:
        counts = store.counts()
        print(f"store: {counts['events']:,} events, {counts['clusters']:,} clusters, "
              f"{counts['documents']:,} documents ({path.stat().st_size / 1e6:.0f} MB)")
        cases = [
            ("clusters, country + 1 month", store.query_clusters,
             ClusterFilter(country="Country 07", since="2017-03-01", until="2017-03-31")),
            ("clusters, country + 1 year (500 rows)", store.query_clusters,
             ClusterFilter(country="Country 07", since="2017-01-01", until="2017-12-31")),
            ("clusters, country + 1 year + type", store.query_clusters,
             ClusterFilter(country="Country 07", event_type="Battles", since="2017-01-01",
                           until="2017-12-31")),
            ("raw events, country + 1 month", store.query_events,
             ClusterFilter(country="Country 07", since="2017-03-01", until="2017-03-31")),
            ("raw events, country + 1 year (500 rows)", store.query_events,
             ClusterFilter(country="Country 07", since="2017-01-01", until="2017-12-31")),
            ("timeline, country + 1 year", store.timeline,
             ClusterFilter(country="Country 07", since="2017-01-01", until="2017-12-31")),
            # The dashboard's filters, its per-type counts, CSV export and live polling.
            ("counts by type, country + 1 year", store.type_counts,
             ClusterFilter(country="Country 07", since="2017-01-01", until="2017-12-31")),
            ("clusters, country + 1 year, fatal", store.query_clusters,
             ClusterFilter(country="Country 07", since="2017-01-01", until="2017-12-31",
                           fatal=True)),
            ("clusters, country + 1 year, sub-type", store.query_clusters,
             ClusterFilter(country="Country 07", since="2017-01-01", until="2017-12-31",
                           sub_event_type="Armed clash")),
            ("clusters, one outlet (whole store)", store.query_clusters,
             ClusterFilter(outlet="Outlet 7")),
            ("clusters, country + 1 year, interaction", store.query_clusters,
             ClusterFilter(country="Country 07", since="2017-01-01", until="2017-12-31",
                           interaction=12)),
            ("clusters, interaction 12 (whole store)", store.query_clusters,
             ClusterFilter(interaction=12)),
            ("clusters, interaction 88 (none; whole store)", store.query_clusters,
             ClusterFilter(interaction=88)),
            ("raw events, one outlet (whole store)", store.query_events,
             ClusterFilter(outlet="Outlet 7")),
            ("poll: clusters stored since now (none)", store.query_clusters,
             ClusterFilter(ingested_since=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))),
            ("events for CSV, country + 1 year", store.query_events,
             ClusterFilter(country="Country 07", since="2017-01-01", until="2017-12-31",
                           limit=100_000)),
        ]
        for label, fn, f in cases:
            median, rows = _timed(lambda fn=fn, f=f: fn(f), 7)
            print(f"  {label:42s} {median * 1000:8.1f} ms median of 7 ({len(rows)} rows)"
                  + ("  (target < 200 ms)" if label.startswith("clusters, country + 1 y") else ""))
        median, _ = _timed(store.latest_ingested_at, 7)
        print(f"  {'poll: latest ingestion time':42s} {median * 1000:8.1f} ms median of 7")
        median, _ = _timed(store.facets, 3)
        print(f"  {'facets (whole store)':42s} {median * 1000:8.1f} ms median of 3")
        median, hits = _timed(lambda: store.search("Battles", limit=50), 5)
        print(f"  {'full-text search, 50 hits':42s} {median * 1000:8.1f} ms median of 5")


# -- 2. clustering 100,000 events -------------------------------------------------------

def synthetic_reports(n_events: int, seed: int = 2) -> list[tuple[Document, list[Event], str]]:
    """Reports of known real-world events: each true event is told by 1-4 reports from
    different outlets with jittered place (<= 5 km), date (+-1 day) and toll."""
    rng = random.Random(seed)
    reports, made, k = [], 0, 0
    actors = ["Military Forces of A", "Rebels of A", "Militia X", "Civilians (A)", "Group Y"]
    while made < n_events:
        k += 1
        etype = rng.choice(list(TYPES))
        sub = rng.choice(TYPES[etype])
        lat, lon = 33 + rng.uniform(0, 5), 36 + rng.uniform(0, 5)
        date = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(730))
        a1, a2 = rng.sample(actors, 2)
        tolls = rng.randrange(30)
        for r in range(rng.choice((1, 1, 2, 2, 3, 4))):
            jitter = rng.uniform(0, 5) / 111.2
            angle = rng.uniform(0, 2 * math.pi)
            doc_id = f"t{k}r{r}"
            text = f"Report {doc_id}: {etype} near a town."
            event = Event(
                event_type=etype, sub_event_type=sub, doc_id=doc_id, evidence=text,
                evidence_start=0, evidence_end=len(text),
                event_date=date + dt.timedelta(days=rng.choice((0, 0, 0, 1, -1))),
                time_precision=1, actor1=a1, inter1=1, actor2=rng.choice((a2, None)),
                inter2=2, country="A", admin1="Region", location=f"Town {k}",
                latitude=lat + jitter * math.sin(angle),
                longitude=lon + jitter * math.cos(angle), geo_precision=1,
                fatalities=tolls + rng.choice((0, 0, 2)),
            )
            doc = Document(text=text, doc_id=doc_id, outlet=f"Outlet {rng.randrange(40)}",
                           published=date + dt.timedelta(days=1))
            reports.append((doc, [event], f"t{k}"))
            made += 1
    rng.shuffle(reports)
    return reports[:n_events]


def _purity(groups: dict[int, list[str]]) -> tuple[float, float]:
    n = sum(len(g) for g in groups.values())
    pure = sum(Counter(g).most_common(1)[0][1] for g in groups.values()) / n
    truth: dict[str, Counter] = {}
    for cluster_id, labels in groups.items():
        for label in labels:
            truth.setdefault(label, Counter())[cluster_id] += 1
    return pure, sum(c.most_common(1)[0][1] for c in truth.values()) / n


def bench_clustering(n_events: int) -> None:
    reports = synthetic_reports(n_events)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "c.sqlite") as store:
        t0, c0 = time.perf_counter(), time.process_time()
        labels: dict[int, list[str]] = {}
        for i in range(0, len(reports), 500):
            chunk = reports[i:i + 500]
            store.add_many([(d, e) for d, e, _ in chunk], extractor_version="bench")
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        truth = {d.doc_id: label for d, _, label in reports}
        for row in store._query(
            "SELECT e.cluster_id, e.doc_id FROM events e ORDER BY e.id"
        ):
            labels.setdefault(row["cluster_id"], []).append(truth[row["doc_id"]])
        counts = store.counts()
        pure, inverse = _purity(labels)
        n_true = len(set(truth.values()))
        print(f"clustering: {counts['events']:,} events → {counts['clusters']:,} clusters "
              f"({n_true:,} true events) in {elapsed:.1f} s "
              f"({counts['events'] / elapsed:,.0f} events/s; {cpu:.1f} s CPU), added as"
              " reports through add_many: documents, FTS, events and clusters")
        print(f"  synthetic purity {pure:.3f}, inverse purity {inverse:.3f}")
        t0, c0 = time.perf_counter(), time.process_time()
        store.recluster()
        print(f"  clustering alone, recluster() of all {counts['events']:,} stored events: "
              f"{time.perf_counter() - t0:.1f} s ({time.process_time() - c0:.1f} s CPU)"
              " (target < 60 s)")


# -- 3. ingest vs extract ---------------------------------------------------------------

def corpus(n_docs: int) -> list[Document]:
    texts = []
    dev = ROOT.parent / "shared" / "gold" / "dev.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            texts.append((item["text"], item.get("published"), item.get("title")))
    samples = ROOT / "samples"
    if samples.is_dir():
        for path in sorted(samples.glob("*.txt")):
            texts.append((path.read_text(encoding="utf-8"), None, path.stem))
    if not texts:
        return []
    docs = []
    for i in range(n_docs):
        text, published, title = texts[i % len(texts)]
        docs.append(Document(
            text=text, doc_id=f"doc{i}", title=title, outlet=f"Outlet {i // len(texts)}",
            published=dt.date.fromisoformat(published) if published else dt.date(2014, 5, 10),
        ))
    return docs


def bench_ingest(n_docs: int, n_process: int, rounds: int) -> None:
    try:
        import eventdesk

        pipeline = eventdesk.load()
    except Exception as exc:  # the benchmark reports what it could not measure
        print(f"ingest vs extract: skipped, the pipeline does not load ({exc!r})")
        return
    docs = corpus(n_docs)
    if not docs:
        print("ingest vs extract: skipped, no corpus (samples/ or ../shared/gold/dev.jsonl)")
        return
    list(pipeline.pipe(docs[:8]))  # warm up
    extract_rates, ingest_rates, reports = [], [], []
    for _ in range(rounds):  # alternate, so a busy moment of the machine hits both
        t0 = time.perf_counter()
        n_events = sum(len(evs) for _, evs in pipeline.pipe(docs, n_process=n_process))
        extract_rates.append(len(docs) / (time.perf_counter() - t0))
        with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "i.sqlite") as store:
            report = store.ingest(docs, pipeline=pipeline, n_process=n_process, progress=False)
            counts = store.counts()
        ingest_rates.append(report.docs_per_s)
        reports.append(report)
    words = sum(len(d.text.split()) for d in docs)
    extract_rate, ingest_rate = max(extract_rates), max(ingest_rates)
    write_ms = min(r.write_s for r in reports) / len(docs) * 1000
    print(f"ingest vs extract ({len(docs):,} reports, {words / len(docs):.0f} words each, "
          f"n_process={n_process}, best of {rounds} alternating rounds):")
    print(f"  extract: {extract_rate:6.1f} reports/s ({n_events:,} events)"
          f"  rounds: {', '.join(f'{r:.1f}' for r in extract_rates)}")
    print(f"  ingest:  {ingest_rate:6.1f} reports/s ({report.events:,} events, "
          f"{counts['clusters']:,} clusters)  rounds: "
          f"{', '.join(f'{r:.1f}' for r in ingest_rates)}")
    share = statistics.median(r.write_s / r.elapsed_s for r in reports)
    print(f"  store writes: {write_ms:.2f} ms per report (documents, FTS, events, clustering),"
          f" {share:.1%} of ingest time")
    print(f"  ingest / extract = {ingest_rate / extract_rate:.0%} best-of,"
          f" {statistics.median(ingest_rates) / statistics.median(extract_rates):.0%} median"
          " (target >= 90%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--cluster-events", type=int, default=100_000)
    parser.add_argument("--docs", type=int, default=1_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--db", type=Path,
                        default=Path(tempfile.gettempdir()) / "eventdesk-bench-1m.sqlite")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--skip-query", action="store_true")
    parser.add_argument("--skip-cluster", action="store_true")
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()
    if not args.skip_query:
        bench_queries(args.db, args.events, args.rebuild)
    if not args.skip_cluster:
        bench_clustering(args.cluster_events)
    if not args.skip_ingest:
        bench_ingest(args.docs, args.jobs, args.rounds)


if __name__ == "__main__":
    main()
