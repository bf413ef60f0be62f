"""`eventdesk failures` (the reports the store recorded as failed) and `eventdesk history`
(every stored version of a story), and the summary `ingest` prints: what the store holds
about single reports."""

from __future__ import annotations

import json
import shlex
import sys

from eventdesk.cli import nonblank

# Failures `ingest` lists one by one; past that it says how many more and where to see them
SHOWN_FAILURES = 20


def register(subparsers) -> None:
    failures = subparsers.add_parser(
        "failures",
        help="list the reports whose extraction or storage failed (retried by every ingest)",
        description="List every report the store recorded as failed, oldest failure first: "
        "its doc_id, the file it came from, the error code and cause, how many ingests "
        "tried it. The next `eventdesk ingest` of the same input retries them; a report "
        "that then passes leaves the list.",
    )
    history = subparsers.add_parser(
        "history",
        help="list every stored version of a story (an edited report), the live one last",
        description="List the stored versions of the story a doc_id or article URL names, "
        "oldest first. An outlet's edited report (same doc_id, or same article URL, other "
        "text) is stored as a new version: the newest (by publication date, then the order "
        "they were ingested) is live; the older ones are kept but left out of `events`, the "
        "clusters, exports, the API and the map (`events --raw --include-superseded` lists "
        "their events).",
    )
    history.add_argument("key", metavar="DOC_ID_OR_URL", type=nonblank,
                         help="a report's doc_id or its article URL")
    for parser, func in ((failures, run_failures), (history, run_history)):
        parser.add_argument("--db", metavar="FILE", type=nonblank,
                            help="event store file (default: the `db` setting)")
        parser.add_argument("--json", action="store_true", help="JSON instead of lines")
        parser.set_defaults(func=func)


def run_failures(args) -> int:
    from eventdesk.io import printable
    from eventdesk.store import Store

    with Store.open(args.db, readonly=True) as store:
        failures = store.failures()
    if args.json:
        print(json.dumps(failures, ensure_ascii=False, indent=1))
        return 0
    for f in failures:
        print(printable(f"{_failure_line(f['doc_id'], f['source_path'], f['code'], f['message'])}"
                        f" (tried {f['attempts']} time(s), last {f['last_failed_at']})"))
    print(f"eventdesk: {len(failures)} failed report(s) recorded in {store.path}",
          file=sys.stderr)
    return 0


def run_history(args) -> int:
    from eventdesk.errors import UsageError
    from eventdesk.io import printable
    from eventdesk.store import Store

    with Store.open(args.db, readonly=True) as store:
        versions = store.history(args.key)
    if not versions:
        raise UsageError(f"no stored report has the doc_id or URL {args.key!r:.200}")
    if args.json:
        print(json.dumps(versions, ensure_ascii=False, indent=1))
        return 0
    for v in versions:
        state = "live" if v["live"] else f"superseded by {v['superseded_by']} " \
                                          f"at {v['superseded_at']}"
        print(printable(f"{v['published'] or 'undated'}  {v['doc_id']}  {v['events']} "
                        f"event(s)  {state}  stored {v['ingested_at']}"
                        + (f"  {v['url']}" if v["url"] else "")))
    return 0


def print_ingest(store, report, counts, problems, found: int) -> int:
    """`ingest`'s summary on standard error; its exit status. At most SHOWN_FAILURES
    failures are listed: all are recorded, and `eventdesk failures` lists them."""
    from eventdesk.cli import print_problems

    err = sys.stderr
    print(
        f"eventdesk: {report.added} report(s) added, {report.recoded} re-coded, "
        f"{report.skipped + report.unchanged} already stored; {report.events} event(s) found "
        f"in {report.elapsed_s:.1f} s ({report.docs_per_s:.1f} reports/s)", file=err)
    if report.superseded:
        print(f"eventdesk: {report.superseded} older version(s) of edited reports set aside "
              "(kept, out of the clusters; `eventdesk history DOC_ID` lists a story's "
              "versions)", file=err)
    older = f" ({counts['superseded']} older version(s))" if counts["superseded"] else ""
    print(
        f"eventdesk: the store {store.path} holds {counts['documents']} report(s){older}, "
        f"{counts['events']} event(s) in {counts['clusters']} cluster(s)", file=err)
    print_problems(problems, "input(s) could not be read")
    if report.failures:
        _print_failures(report.failures, store.path)
    return 0 if found and not report.failures and not any(p.unread for p in problems) \
        else 1


def _print_failures(failures, path: str) -> None:
    from eventdesk.io import printable

    err = sys.stderr
    print(f"eventdesk: {len(failures)} report(s) failed (recorded; the next ingest retries"
          " them):", file=err)
    for failure in failures[:SHOWN_FAILURES]:
        print(printable("  " + _failure_line(failure.doc_id, failure.source_path, failure.code,
                                             failure.message)), file=err)
    if len(failures) > SHOWN_FAILURES:
        print(printable(f"  … and {len(failures) - SHOWN_FAILURES} more; `eventdesk failures "
                        f"--db {shlex.quote(path)}` lists them all"), file=err)


def _failure_line(doc_id: str, source_path: str | None, code: str, message: str) -> str:
    """One failed report as both lists print it: "doc_id (file): [E008] cause"."""
    where = f" ({source_path})" if source_path else ""
    return f"{doc_id}{where}: [{code}] {message}"
