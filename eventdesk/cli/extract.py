"""`eventdesk extract PATH...`: code the events of reports and write them as a table or data."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

from eventdesk.cli import cluster, nonblank
from eventdesk.errors import ClusterError, OutputError, UsageError
from eventdesk.io import FORMATS


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "extract", help="code the events of news reports (text, folders, stdin, HTML, JSON Lines, "
        "CSV, WARC, RSS/Atom)",
        description="Read reports and print their events: what happened, between whom, "
                    "where, when, on whose word, with the words of the report it rests on.",
        epilog="Exit status: 0 when every report was coded (unreadable inputs are listed and "
               "skipped); 1 when some report failed to be coded (the others are written and "
               "the failures listed with their doc_id, error code and cause), nothing could "
               "be processed, or a pipe was given up unread after 100 lines in a row that "
               "are not JSON Lines; 2 for a usage error (a bad option, a named file that does not "
               "exist).")
    parser.add_argument("paths", nargs="+", metavar="PATH", type=nonblank,
                        help="text or HTML file, JSON Lines, JSON, CSV, WARC or RSS/Atom file of "
                             "reports, folder, or - for stdin")
    parser.add_argument("--published", metavar="DATE",
                        help="publication date for every report (overrides dates in the "
                             "input), e.g. 2013-07-06")
    parser.add_argument("--format", default=None, choices=FORMATS,
                        help="output format (default: from the -o file's extension — .csv, "
                             ".json, .jsonl/.ndjson, .geojson — else table)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE (atomically) instead of standard output; with "
                             "--dask or --scheduler, the folder for the partitions' results "
                             "(part-N.events.jsonl: the records; part-N.documents.jsonl: "
                             "each report and its failure, if any)")
    parser.add_argument("--placed-only", action="store_true",
                        help="leave out events placed no better than their country")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="worker processes (default 1; 0 = all cores)")
    cluster.add_options(parser)
    parser.set_defaults(func=run)


FORMAT_OF_SUFFIX = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
                    ".geojson": "geojson"}


# Files of a format eventdesk does not write: a text table under such a name is a file the
# spreadsheet or GIS tool that opens it calls corrupt.
UNWRITTEN_SUFFIXES = (".xlsx", ".xls", ".ods", ".tsv", ".parquet", ".kml", ".shp", ".gpkg",
                      ".xml", ".pdf", ".docx")


def format_for(output: str | None) -> str:
    """The format an output file's extension asks for ("events.csv" → csv); else table. An
    extension of a format eventdesk does not write (.xlsx) is a usage error."""
    if not output:
        return "table"
    suffix = os.path.splitext(output)[1].lower()
    if suffix in UNWRITTEN_SUFFIXES:
        raise UsageError(f"-o {output}: eventdesk writes no {suffix} files; name a .csv "
                         "(spreadsheets open it), .json, .jsonl or .geojson file, or give "
                         "--format to write that format under this name")
    return FORMAT_OF_SUFFIX.get(suffix, "table")


def run(args) -> int:
    """Usage errors exit with 2 (bad option), other EventdeskErrors go to `main` (exit 1)."""
    try:
        return _run(args)
    except UsageError as exc:
        from eventdesk.io import printable
        print(printable(f"eventdesk: error [{exc.code}]: {exc}"), file=sys.stderr)
        return 2


def _run(args) -> int:
    import eventdesk
    from eventdesk import settings
    from eventdesk.cli import atomic_output, check_output, print_problems, processes
    from eventdesk.cli.reading import Reading
    from eventdesk.components.dates import parse_published
    from eventdesk.io import Provenance, missing_inputs, write_coded

    published = parse_published(args.published) if args.published is not None else None
    settings.max_fatalities()  # a bad override is a usage error before any work
    missing = missing_inputs(args.paths)
    if missing:  # a mistyped name is found before a long run, as `ingest` does
        raise UsageError(f"no such file or folder: {', '.join(missing)}; nothing was coded")
    jobs = processes(args.jobs, "--jobs")
    if cluster.wanted(args):
        return _run_on_dask(args, published)
    if args.output is not None:
        check_output(args.output, args.paths)
    args.format = args.format or format_for(args.output)
    reading = Reading(args.paths, published)
    pipeline = eventdesk.load()
    failures = []
    counts = {"events": 0, "unplaced": 0, "empty": 0}
    empty = []  # the first few reports without events, to name them

    def coded(results):
        """Each result's events with their report's provenance, as they are coded; the
        standard output is flushed after each report, so a pipe sees records as they come."""
        for result in results:
            if args.output is None:
                sys.stdout.flush()
            document = result.document
            if result.failure is not None:
                failures.append(result.failure)
            elif not result.events:
                counts["empty"] += 1
                if len(empty) < 5:
                    empty.append(document.doc_id)
            origin = Provenance(url=document.url, published=document.published)
            for event in result.events:
                counts["unplaced"] += not event.is_placed
                if event.is_placed or not args.placed_only:
                    counts["events"] += 1
                    yield event, origin

    results = pipeline.pipe(iter(reading), n_process=jobs)
    # no output, no -o file replaced, when no report could be read
    first = next(results, None)
    err = sys.stderr
    if first is not None:
        try:
            with atomic_output(args.output) as out:
                written = write_coded(coded(itertools.chain([first], results)), args.format,
                                      out)
        except OSError as exc:  # an output error coded as every other command's (E014)
            if args.output is None:
                raise
            raise OutputError(f"-o {args.output}: cannot be written ({exc.strerror or exc}); "
                              "the file was left as it was") from None
        if args.format == "geojson" and written < counts["events"]:
            print(f"eventdesk: {counts['events'] - written} event(s) without coordinates left "
                  "out of the GeoJSON", file=err)
        if args.placed_only and counts["unplaced"]:
            print(f"eventdesk: {counts['unplaced']} event(s) placed no better than a country "
                  "left out (--placed-only)", file=err)
        if reading.note():
            print(reading.note(), file=err)
        if empty:
            shown = ", ".join(empty) + (" …" if counts["empty"] > len(empty) else "")
            print(f"eventdesk: no events found in {counts['empty']} report(s): {shown}",
                  file=err)
        if args.output:
            print(f"eventdesk: {counts['events']} event(s) from "
                  f"{reading.count - len(failures)} report(s) written to {args.output}",
                  file=err)
    skipped = print_problems(reading.problems, "document(s) skipped")
    return _exit_status(failures, reading.count, skipped=len(skipped),
                        errors=any(p.unread for p in reading.problems))


def _exit_status(failures: list, documents: int, *, errors: bool = False,
                 skipped: int = 0) -> int:
    """List the failed reports; 1 when some failed (or `errors`: a stream given up unread,
    a partition that failed) or nothing was read: every input skipped as bad input is an
    input error (E001), whose exit status is 1."""
    from eventdesk.cli import print_failures
    from eventdesk.errors import InputError

    err = sys.stderr
    print_failures(failures)
    if failures:
        print(f"eventdesk: {len(failures)} of {documents} report(s) failed and were left "
              "out; the others were coded", file=err)
    if not documents:
        print(f"eventdesk: error [{InputError.code}]: nothing could be processed: "
              f"{skipped} input(s) skipped as bad input, no report read", file=err)
        return 1
    return 1 if failures or errors else 0


def _run_on_dask(args, published) -> int:
    """Code on a Dask cluster into the -o folder; lists unreadable inputs and failures."""
    from eventdesk import scale
    from eventdesk.io import InputProblem

    if not args.output:
        raise UsageError("--dask and --scheduler write their results to a folder: give -o DIR")
    if args.format not in (None, "jsonl"):
        raise UsageError("--dask and --scheduler write JSON Lines partitions; leave out "
                         f"--format {args.format}")
    out_dir = Path(args.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"-o {args.output}: is a file; --dask writes to a folder")
    run = cluster.run(args, args.paths, out_dir, published=published,
                      placed_only=args.placed_only)
    cluster.print_run(run)
    failures, problems = [], []
    for item in scale.results(out_dir, run.partitions):
        if isinstance(item, InputProblem):
            problems.append(item)
        elif not isinstance(item[1], list):
            failures.append(item[1])
    err = sys.stderr
    for problem in problems:
        print(f"eventdesk: skipped: {problem.path}: {problem.message}", file=err)
    documents = run.total("documents")
    print(f"eventdesk: {run.total('events')} event(s) from {documents - len(failures)} "
          f"report(s) in {len(run.results)} partition(s) written to {out_dir}", file=err)
    if run.errors and not documents:  # no input was bad: the partitions failed (said above)
        print(f"eventdesk: error [{ClusterError.code}]: no partition could be coded; the same "
              "command run again retries them", file=err)
        return 1
    return _exit_status(failures, documents, errors=bool(run.errors), skipped=len(problems))
