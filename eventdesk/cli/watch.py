"""`eventdesk watch FEEDS.txt`: follow news feeds and store each new article's events."""

from __future__ import annotations

import sys

from eventdesk.cli import nonblank


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "watch", help="follow RSS/Atom feeds and code each new article as it is published",
        description="Poll the feeds listed in FEEDS (one URL a line, '#' comments), fetch each "
        "new article once, code it and store it. A restart resumes where the last run "
        "stopped (the state is in the store); a feed or article that fails is listed and "
        "tried again next round. Settings: user_agent, host_delay (seconds between requests "
        "to one host), http_timeout.",
        epilog="Exit status with --once: 0 when every feed and article worked, 1 otherwise; "
        "2 for a usage error. Without --once it runs until interrupted.")
    parser.add_argument("feeds", metavar="FEEDS", type=nonblank, help="file listing the feed URLs")
    parser.add_argument("--db", metavar="FILE", type=nonblank,
                        help="event store file (default: the `db` setting; env EVENTDESK_DB)")
    parser.add_argument("--every", default="10m", metavar="INTERVAL",
                        help="time between polls: 30s, 10m, 1h (default 10m)")
    parser.add_argument("--once", action="store_true", help="poll once, then stop")
    parser.set_defaults(func=run)


def run(args) -> int:
    import eventdesk
    from eventdesk.io import printable
    from eventdesk.store import Store
    from eventdesk.watch import PoliteClient, Watcher, parse_interval, read_feed_list, watch

    every = parse_interval(args.every)
    feeds = read_feed_list(args.feeds)
    problems = 0
    rounds = 0

    def show(report) -> None:
        nonlocal problems, rounds
        rounds += 1
        problems += len(report.problems)
        err = sys.stderr
        for problem in report.problems:
            print(f"eventdesk watch: {printable(problem)}", file=err)
        print(f"eventdesk watch: round {rounds}: {report.feeds} feed(s) polled "
              f"({report.not_modified} unchanged), {report.new_articles} new article(s), "
              f"{report.stored} stored with {report.events} event(s), {report.skipped} "
              "skipped", file=err, flush=True)

    with Store.open(args.db) as store:  # a store it cannot write is refused before loading
        pipeline = eventdesk.load()
        http = PoliteClient.from_settings()
        print(f"eventdesk watch: {len(feeds)} feed(s) into {store.path}"
              + ("" if args.once else f", every {args.every}; Ctrl-C stops"), file=sys.stderr)
        try:
            watch(Watcher(store, feeds, pipeline=pipeline, http=http), every=every,
                  once=args.once, on_round=show)
        finally:
            http.close()
    return 1 if problems else 0
