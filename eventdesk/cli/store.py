"""`eventdesk ingest` (extract reports into the event store), `eventdesk events` (query it)
and `eventdesk recluster` (rebuild its clusters)."""

from __future__ import annotations

import datetime as dt
import sys

from eventdesk.cli import cluster, nonblank
from eventdesk.cli.stored import print_ingest
from eventdesk.errors import UsageError
from eventdesk.io import FORMATS


def register(subparsers) -> None:
    ingest = subparsers.add_parser(
        "ingest",
        help="extract reports and store their events, merging reports of the same event",
        description="Extract news reports and store documents, events and corroboration "
        "clusters. Re-ingesting stored reports changes nothing; after an eventdesk upgrade "
        "they are re-coded. An edited version of a stored report (same doc_id, or same "
        "article URL, other text) supersedes it: the older is kept but leaves the clusters "
        "(`eventdesk history DOC_ID`). Each batch is one transaction: an interruption loses "
        "nothing already stored. A report that fails to extract or store is listed with its "
        "error code (the first 20; `eventdesk failures` lists all), recorded in the store and "
        "retried by the next ingest; the others are stored. "
        "Exit status: 0 when every report was stored, 1 when some failed, none was read or "
        "a pipe was given up unread (100 lines in a row that are not JSON Lines), "
        "2 for a usage error (an input that does not exist: nothing is created).",
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", type=nonblank,
                        help="text, HTML, JSONL, JSON, CSV, WARC or RSS/Atom files, folders of "
                             "them, or - for stdin")
    _db_option(ingest)
    ingest.add_argument("--published", metavar="DATE",
                        help="publication date for every report (overrides dates in the input), "
                             "e.g. 2013-07-06 or "
                             "\"6 July 2013\" (read as extract reads it)")
    ingest.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="extraction processes (0 = all cores; default 1)")
    ingest.add_argument("--batch-size", type=int, default=32, metavar="N",
                        help="reports per transaction (default 32)")
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    cluster.add_options(ingest)
    ingest.add_argument("--parts", metavar="DIR", type=nonblank,
                        help="with --dask or --scheduler: folder for the partitions' results, "
                        "loaded into the store by this process (default: <db>.parts/ beside "
                        "the store; kept, so a re-run codes only unfinished partitions)")
    ingest.set_defaults(func=run_ingest)

    events = subparsers.add_parser(
        "events",
        help="query stored events: corroborated clusters, or raw events with --raw",
        description="List real-world events (clusters of reports) from the store, newest "
        "first; with --raw, the events as each report coded them. CSV, JSON, JSON Lines "
        "and GeoJSON carry ACLED's columns in its order, then eventdesk's own (README, "
        "\"Export columns\").",
        epilog="Exit status: 0 (a filter value the store does not hold is warned about and "
        "matches nothing); 1 when the store cannot be read; 2 for a usage error (a bad "
        "date, --since after --until, an event type, sub-type or interaction code that is "
        "not ACLED's).",
    )
    _db_option(events)
    events.add_argument("--country", type=nonblank, help="country name, e.g. Syria")
    events.add_argument("--admin1", type=nonblank,
                        help="first-level region, in any spelling: Hama, Hamah "
                        "and Ḩamāh find the same events")
    events.add_argument("--type", dest="event_type", type=nonblank,
                        help="event type, e.g. Battles (case-insensitive)")
    events.add_argument("--sub-type", dest="sub_event_type", type=nonblank,
                        help="sub-event type, e.g. 'Air/drone strike' (case-insensitive)")
    events.add_argument("--since", metavar="DATE", help="first event date (YYYY-MM-DD)")
    events.add_argument("--until", metavar="DATE", help="last event date (YYYY-MM-DD)")
    events.add_argument("--include-undated", action="store_true",
                        help="with --since or --until, also list the events without a date "
                             "(a date range cannot place them; standard error says how many "
                             "it left out)")
    events.add_argument("--actor", type=nonblank,
                        help="part of an actor's name (case-insensitive)")
    events.add_argument("--min-sources", type=int, default=1, metavar="N",
                        help="only events reported by at least N independent outlets")
    events.add_argument("--interaction", type=int, metavar="CODE",
                        help="ACLED interaction code of any report of the event: 10 … 80 for "
                             "one actor type alone, two inter codes lower first otherwise "
                             "(17: state forces–civilians)")
    events.add_argument("--fatal", action="store_true",
                        help="only events with at least one reported death")
    events.add_argument("--outlet", type=nonblank,
                        help="only events reported by this outlet (its exact name)")
    events.add_argument("--raw", action="store_true",
                        help="list each report's events rather than clusters")
    events.add_argument("--include-superseded", action="store_true",
                        help="with --raw, also list the events of older versions of edited "
                             "reports (no cluster_id: they belong to no cluster; `eventdesk "
                             "history DOC_ID` lists a story's versions)")
    events.add_argument("--format", choices=FORMATS, default=None,
                        help="output format (default: from the -o file's extension — .csv, "
                             ".json, .jsonl/.ndjson, .geojson — else table)")
    events.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE (atomically) instead of standard output")
    events.add_argument("--limit", type=int, default=500, metavar="N",
                        help="at most N rows, newest first (0 = all; default 500); standard "
                             "error says when more match")
    events.set_defaults(func=run_events)

    recluster = subparsers.add_parser(
        "recluster",
        help="rebuild every cluster of the store with the current corroboration rules",
        description="Group every stored event into clusters again, from scratch, and relink "
        "undated reports to the reports they may tell. The result depends only on what is "
        "stored, never on the order reports were ingested; run it after upgrading eventdesk. "
        "One transaction: an interruption changes nothing.",
    )
    _db_option(recluster)
    recluster.set_defaults(func=run_recluster)


def _db_option(parser) -> None:
    parser.add_argument("--db", metavar="FILE", type=nonblank,
                        help="event store file (default: the `db` setting, "
                        "<home>/events.sqlite; env EVENTDESK_DB)")


def _parse_date(value: str | None, option: str) -> dt.date | None:
    from eventdesk.store.store import iso_date

    return None if value is None else iso_date(value, option)


def run_ingest(args) -> int:
    from eventdesk.cli import processes
    from eventdesk.cli.reading import Reading
    from eventdesk.components.dates import parse_published
    from eventdesk.io import count_documents, missing_inputs
    from eventdesk.store import Store

    # The same reading of --published as `extract`'s (written forms, ISO datetimes).
    published = parse_published(args.published) if args.published is not None else None
    jobs = processes(args.jobs, "--jobs")
    if args.batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1, not {args.batch_size}")
    missing = missing_inputs(args.paths)
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}; nothing was "
                         "ingested")
    reading = Reading(args.paths, published)
    if cluster.wanted(args):
        return _ingest_on_dask(args, published)
    total = None if args.quiet else count_documents(args.paths)
    with Store.open(args.db) as store:
        import eventdesk

        pipeline = eventdesk.load()
        report = store.ingest(iter(reading), pipeline=pipeline, n_process=jobs,
                              batch_size=args.batch_size, progress=not args.quiet,
                              total=total)
        counts = store.counts()
    if reading.note():
        print(reading.note(), file=sys.stderr)
    return print_ingest(store, report, counts, reading.problems, reading.count)


def _ingest_on_dask(args, published) -> int:
    """Code on the cluster into the parts folder, then fill the store from it, here."""
    from pathlib import Path

    from eventdesk import scale, settings
    from eventdesk.io import InputProblem
    from eventdesk.pipeline import extractor_version
    from eventdesk.store import Store
    from eventdesk.store.connection import refuse_unwritable

    db = Path(args.db) if args.db else settings.db_path()
    if db.is_file():  # refused before the cluster codes for a store it cannot fill
        refuse_unwritable(db, str(db))
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
    code = print_ingest(store, report, counts, problems, run.total("documents"))
    return 1 if run.errors else code


def run_recluster(args) -> int:
    from pathlib import Path

    from eventdesk import settings
    from eventdesk.errors import StoreError
    from eventdesk.store import Store

    path = args.db or settings.db_path()
    if not Path(path).is_file():
        raise StoreError("no event store here to recluster; create one with `eventdesk ingest`",
                         path=str(path))
    with Store.open(path) as store:
        n_clusters = store.recluster()
        counts = store.counts()
    print(f"eventdesk: {counts['events']} event(s) of {counts['documents']} report(s) regrouped"
          f" into {n_clusters} cluster(s) in {store.path}", file=sys.stderr)
    return 0


def run_events(args) -> int:
    from eventdesk.cli import atomic_output
    from eventdesk.cli.extract import format_for
    from eventdesk.io import write_clusters, write_stored_events
    from eventdesk.store import ClusterFilter, Store

    if args.limit < 0:
        raise UsageError(f"--limit must be 0 (all) or more, not {args.limit}")
    if args.min_sources < 1:
        raise UsageError(f"--min-sources must be at least 1, not {args.min_sources}")
    since, until = _parse_date(args.since, "--since"), _parse_date(args.until, "--until")
    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}: no date can match")
    if args.include_superseded and not args.raw:
        raise UsageError("--include-superseded needs --raw: an older version of an edited "
                         "report belongs to no cluster")
    fmt = args.format or format_for(args.output)
    f = ClusterFilter(
        country=args.country, admin1=args.admin1, event_type=args.event_type,
        sub_event_type=args.sub_event_type, since=since, until=until, actor=args.actor,
        min_sources=args.min_sources, limit=args.limit or 2**62,
        include_undated=True if args.include_undated else None,
        interaction=args.interaction, fatal=args.fatal, outlet=args.outlet,
        include_superseded=args.include_superseded,
    )
    shown = 0

    def counted(rows):
        nonlocal shown
        for row in rows:
            shown += 1
            yield row

    # -o the store itself is refused by atomic_output, as any SQLite file
    with Store.open(args.db, readonly=True) as store, atomic_output(args.output) as out:
        _warn_unknown_values(store, args)
        if args.raw:
            written = write_stored_events(counted(store.iter_events(f)), fmt, out)
        else:
            written = write_clusters(counted(store.iter_clusters(f, members=fmt != "table")),
                                     fmt, out)
        matching = store.count(f, raw=args.raw) if shown == f.limit else shown
        undated = _undated_left_out(store, f, args.raw, matching)
    what = "event(s)" if args.raw else "cluster(s)"
    if undated:
        print(f"eventdesk: {undated} undated {what} matching the other filters left out by "
              "the date range (--include-undated lists them too)", file=sys.stderr)
    if matching > shown:
        print(f"eventdesk: showing {shown} of {matching} {what} (newest first); "
              "--limit N shows more, --limit 0 all", file=sys.stderr)
    if written < shown:
        print(f"eventdesk: {shown - written} {what} without coordinates left out of the "
              "GeoJSON", file=sys.stderr)
    if args.output:
        print(f"eventdesk: {written} {what} written to {args.output}", file=sys.stderr)
    return 0


def _undated_left_out(store, f, raw: bool, matching: int) -> int:
    """How many undated events a date range left out: said, since a report with no
    publication date is otherwise missing from `--since` lists without a word."""
    import dataclasses

    if not (f.since or f.until) or f.include_undated:
        return 0
    return store.count(dataclasses.replace(f, include_undated=True), raw=raw) - matching


def _warn_unknown_values(store, args) -> None:
    """A --country, --outlet or --admin1 value the store holds nowhere matches nothing: say
    so (a typo, another spelling) rather than print an empty list as if nothing had
    happened."""
    from eventdesk.store.store import stored_country

    facets = store.facets()
    countries = facets["countries"]
    if args.country and stored_country(args.country).casefold() not in {
            c.casefold() for c in countries}:
        shown = ", ".join(countries[:10]) + (" …" if len(countries) > 10 else "")
        print(f"eventdesk: warning: no stored event is in the country {args.country!r} "
              f"(stored: {shown or 'none'})", file=sys.stderr)
    outlets = facets["outlets"]
    if args.outlet and args.outlet not in outlets:
        near = [o for o in outlets if o.casefold() == args.outlet.casefold()]
        hint = f"did you mean {near[0]!r}?" if near else \
            "stored: " + (", ".join(outlets[:10]) + (" …" if len(outlets) > 10 else "")
                          or "none")
        print(f"eventdesk: warning: no stored report is from the outlet {args.outlet!r} "
              f"({hint})", file=sys.stderr)
    if args.admin1 and not store.stored_admin1(args.admin1):
        print(f"eventdesk: warning: no stored event is in the region {args.admin1!r}",
              file=sys.stderr)
