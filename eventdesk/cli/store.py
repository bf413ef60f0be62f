"""`eventdesk ingest` (extract reports into the event store) and `eventdesk events` (query it)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys

from eventdesk.cli import cluster
from eventdesk.errors import UsageError

_TABLE_LIMIT = 40  # widest a table cell grows before it is cut


def register(subparsers) -> None:
    ingest = subparsers.add_parser(
        "ingest",
        help="extract reports and store their events, merging reports of the same event",
        description="Extract news reports and store documents, events and corroboration "
        "clusters. Re-ingesting stored reports changes nothing; after an eventdesk upgrade "
        "they are re-coded. Each batch is one transaction: an interruption loses nothing "
        "already stored. A report that fails to extract or store is listed with its error "
        "code, recorded in the store and retried by the next ingest; the others are stored. "
        "Exit status: 0 when every report was stored, 1 when some failed or none was read.",
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help="text, HTML or JSONL files, folders of them, or - for stdin")
    _db_option(ingest)
    ingest.add_argument("--published", metavar="DATE",
                        help="publication date (YYYY-MM-DD) for reports that lack one")
    ingest.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="extraction processes (0 = all cores; default 1)")
    ingest.add_argument("--batch-size", type=int, default=32, metavar="N",
                        help="reports per transaction (default 32)")
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    cluster.add_options(ingest)
    ingest.add_argument("--parts", metavar="DIR",
                        help="with --dask or --scheduler: folder for the partitions' results, "
                        "loaded into the store by this process (default: <db>.parts/ beside "
                        "the store; kept, so a re-run codes only unfinished partitions)")
    ingest.set_defaults(func=run_ingest)

    events = subparsers.add_parser(
        "events",
        help="query stored events: corroborated clusters, or raw events with --raw",
        description="List real-world events (clusters of reports) from the store, newest "
        "first; with --raw, the events as each report coded them.",
    )
    _db_option(events)
    events.add_argument("--country", help="country name, e.g. Syria")
    events.add_argument("--admin1", help="first-level region, in any spelling: Hama, Hamah "
                        "and Ḩamāh find the same events")
    events.add_argument("--type", dest="event_type", help="event type, e.g. Battles")
    events.add_argument("--since", metavar="DATE", help="first event date (YYYY-MM-DD)")
    events.add_argument("--until", metavar="DATE", help="last event date (YYYY-MM-DD)")
    events.add_argument("--actor", help="part of an actor's name (case-insensitive)")
    events.add_argument("--min-sources", type=int, default=1, metavar="N",
                        help="only events reported by at least N independent outlets")
    events.add_argument("--raw", action="store_true",
                        help="list each report's events rather than clusters")
    events.add_argument("--format", choices=("table", "csv", "json", "geojson"),
                        default="table", help="output format (default table)")
    events.add_argument("--limit", type=int, default=500, metavar="N",
                        help="at most N rows (0 = all; default 500)")
    events.set_defaults(func=run_events)


def _db_option(parser) -> None:
    parser.add_argument("--db", metavar="FILE",
                        help="event store file (default: the `db` setting, "
                        "<home>/events.sqlite; env EVENTDESK_DB)")


def _parse_date(value: str | None, option: str) -> dt.date | None:
    from eventdesk.store.store import iso_date

    return None if value is None else iso_date(value, option)


def run_ingest(args) -> int:
    from eventdesk.io import read_documents
    from eventdesk.records import Document
    from eventdesk.store import Store

    published = _parse_date(args.published, "--published")
    if args.jobs < 0:
        raise UsageError(f"--jobs must be 0 (all cores) or more, not {args.jobs}")
    if args.batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1, not {args.batch_size}")
    jobs = args.jobs or os.cpu_count() or 1
    problems = []
    found = 0

    def documents():
        nonlocal found
        for item in read_documents(args.paths, published=published):
            if isinstance(item, Document):
                found += 1
                yield item
            else:
                problems.append(item)

    if cluster.wanted(args):
        return _ingest_on_dask(args, published)
    with Store.open(args.db) as store:
        import eventdesk

        pipeline = eventdesk.load()
        report = store.ingest(documents(), pipeline=pipeline, n_process=jobs,
                              batch_size=args.batch_size, progress=not args.quiet)
        counts = store.counts()
    return _print_ingest(store, report, counts, problems, found)


def _ingest_on_dask(args, published) -> int:
    """Code on the cluster into the parts folder, then fill the store from it, here."""
    from pathlib import Path

    from eventdesk import scale, settings
    from eventdesk.io import InputProblem
    from eventdesk.pipeline import extractor_version
    from eventdesk.store import Store

    db = Path(args.db) if args.db else settings.db_path()
    parts = Path(args.parts) if args.parts else db.with_name(db.name + ".parts")
    run = cluster.run(args, args.paths, parts, published=published, progress=not args.quiet)
    cluster.print_run(run)
    problems = []

    def coded():
        for item in scale.results(parts, run.partitions):
            if isinstance(item, InputProblem):
                problems.append(item)
            else:
                yield item

    with Store.open(db) as store:
        report = store.store_coded(coded(), extractor_version=extractor_version(),
                                   batch_size=args.batch_size, progress=not args.quiet,
                                   total=run.total("documents"))
        counts = store.counts()
    code = _print_ingest(store, report, counts, problems, run.total("documents"))
    return 1 if run.errors else code


def _print_ingest(store, report, counts, problems, found: int) -> int:
    err = sys.stderr
    print(
        f"eventdesk: {report.added} report(s) added, {report.recoded} re-coded, "
        f"{report.skipped + report.unchanged} already stored; {report.events} event(s) found "
        f"in {report.elapsed_s:.1f} s ({report.docs_per_s:.1f} reports/s)", file=err)
    print(
        f"eventdesk: the store {store.path} holds {counts['documents']} report(s), "
        f"{counts['events']} event(s) in {counts['clusters']} cluster(s)", file=err)
    if problems:
        print(f"eventdesk: {len(problems)} input(s) could not be read:", file=err)
        for problem in problems:
            print(f"  {problem.path}: {problem.message}", file=err)
    if report.failures:
        print(f"eventdesk: {report.failed} report(s) failed (recorded; the next ingest retries"
              " them):", file=err)
        for failure in report.failures:
            where = f" ({failure.source_path})" if failure.source_path else ""
            print(f"  {failure.doc_id}{where}: [{failure.code}] {failure.message}", file=err)
    return 0 if found and not report.failures else 1


def run_events(args) -> int:
    from eventdesk.store import ClusterFilter, Store

    if args.limit < 0:
        raise UsageError(f"--limit must be 0 (all) or more, not {args.limit}")
    if args.min_sources < 1:
        raise UsageError(f"--min-sources must be at least 1, not {args.min_sources}")
    f = ClusterFilter(
        country=args.country, admin1=args.admin1, event_type=args.event_type,
        since=_parse_date(args.since, "--since"), until=_parse_date(args.until, "--until"),
        actor=args.actor, min_sources=args.min_sources, limit=args.limit or 2**62,
    )
    with Store.open(args.db, readonly=True) as store:
        rows = store.query_events(f) if args.raw else store.query_clusters(f)
    write(rows, args.format, sys.stdout, raw=args.raw)
    return 0


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write(rows: list[dict], fmt: str, out, *, raw: bool) -> None:
    """Write query results as a table, CSV, a JSON array or a GeoJSON FeatureCollection."""
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "geojson":
        features = []
        for row in rows:
            lat, lon = row.get("latitude"), row.get("longitude")
            geometry = (
                {"type": "Point", "coordinates": [lon, lat]}
                if lat is not None and lon is not None else None
            )
            features.append({"type": "Feature", "geometry": geometry, "properties": row})
        json.dump({"type": "FeatureCollection", "features": features}, out,
                  ensure_ascii=False)
        out.write("\n")
    elif fmt == "csv":
        if not rows:
            return
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(rows[0].keys())
        for row in rows:
            writer.writerow(_cell(v) for v in row.values())
    else:
        _table(rows, out, raw=raw)


def _table(rows: list[dict], out, *, raw: bool) -> None:
    if not rows:
        out.write("no events match\n")
        return
    if raw:
        header = ("date", "type", "sub-event type", "place", "actor1", "actor2", "deaths",
                  "outlet", "doc_id", "cluster")
        body = [
            (r["event_date"], r["event_type"], r["sub_event_type"], _place(r), r["actor1"],
             r["actor2"], r["fatalities"], r["outlet"], r["doc_id"], r["cluster_id"])
            for r in rows
        ]
    else:
        header = ("cluster", "date", "type", "sub-event type", "place", "actor1", "actor2",
                  "deaths", "sources", "reports", "contradictions")
        body = [
            (r["cluster_id"], r["event_date"], r["event_type"], r["sub_event_type"], _place(r),
             r["actor1"], r["actor2"], _deaths(r), r["n_sources"], r["n_reports"],
             len(r["contradictions"]) or "")
            for r in rows
        ]
    cells = [[_cut(_cell(v)) for v in row] for row in [header, *body]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")


def _cut(text: str) -> str:
    return text if len(text) <= _TABLE_LIMIT else text[:_TABLE_LIMIT - 1] + "…"


def _place(row: dict) -> str:
    return ", ".join(p for p in (row.get("location"), row.get("admin1"), row.get("country")) if p)


def _deaths(row: dict) -> str:
    low, high = row.get("fatalities"), row.get("fatalities_max")
    if low is None:
        return ""
    return str(low) if high in (None, low) else f"{low}–{high}"
