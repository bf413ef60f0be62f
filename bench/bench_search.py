"""Full-text search benchmark: prints the figure of issue 7's target.

Builds a store of --docs synthetic reports (default 100,000; words drawn from a Zipf-weighted
vocabulary of function words, conflict terms, place names and rare made-up words, so common
words are in nearly every report, as in real news), inserted directly with SQL so the FTS
index is the real one, then times `Store.search` (the API's path) on ordinary and adversarial
queries: 40-term NEAR(a* ...) groups, many prefix terms, quotes, operators, control
characters, the 20 commonest words. Target: no full-text query over 1 s.

Each query runs --runs times; its slowest run counts. It runs once as the API runs it, with
the 1 s limit (ranking gets half of it, then the newest matches come unranked; a query
stopped at 1 s is reported), and once without a limit (the time to rank every match). For
scale, the adversarial query is also timed as raw FTS5 syntax, as the search accepted it
before (skipped with --no-raw).

Usage: .venv/bin/python bench/bench_search.py [--docs N] [--db FILE] [--rebuild] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from eventdesk.errors import QueryTimeoutError
from eventdesk.store import Store
from eventdesk.store.store import SEARCH_TIMEOUT_S

FUNCTION = ("the of and to in a said on was were for by with at from that as is it an have "
            "has had after their they been which who its are but not two three this").split()
CONFLICT = ("killed wounded attack shelling clashes army rebels forces civilians fighters "
            "strike air drone police protesters militants government troops village town "
            "district province security officials killing soldiers explosion bomb").split()
PLACES = ("Aleppo Homs Idlib Mosul Kabul Kandahar Maiduguri Goma Bakhmut Kharkiv Gaza Sanaa "
          "Mogadishu Tripoli Benghazi Juba Khartoum Bamako Gao Kidal Marawi Cox").split()


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    rare = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 10)))
            for _ in range(30_000)]
    words = FUNCTION + CONFLICT + PLACES + rare
    weights = [1 / (rank + 1) ** 1.05 for rank in range(len(words))]
    return words, list(itertools.accumulate(weights))


def build(path: Path, n_docs: int) -> None:
    """n_docs reports of 60-250 words, written straight into a real store file."""
    rng = random.Random(7)
    words, cumulative = _vocabulary(rng)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with Store.open(path) as store:
        conn = store._conn
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        rows = []
        for i in range(1, n_docs + 1):
            body = rng.choices(words, cum_weights=cumulative, k=rng.randint(60, 250))
            text = " ".join(body).capitalize() + "."
            title = " ".join(rng.choices(words, cum_weights=cumulative, k=8)).title()
            rows.append((i, f"doc{i}", f"hash{i}", text, f"Outlet {i % 300}", title,
                         "2020-01-01", "bench", now))
            if len(rows) == 5000:
                _insert(conn, rows)
                rows = []
                print(f"  {i:,} reports", file=sys.stderr, end="\r")
        if rows:
            _insert(conn, rows)
        conn.execute("COMMIT")
        conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('optimize')")
    print(file=sys.stderr)


def _insert(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO documents (id, doc_id, content_hash, text, outlet, title, published,"
        " extractor_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def queries() -> list[tuple[str, str]]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    near40 = "NEAR(" + " ".join(f"{letters[i % 26]}*" for i in range(40)) + ", 100)"
    return [
        ("one place name", "Aleppo"),
        ("three words", "shelling killed civilians"),
        ("one common word", "the"),
        ("20 commonest words", " ".join(FUNCTION[:20])),
        ("40-term NEAR(a* ...)", near40),
        ("40-term NEAR(a* ...) x5", " ".join([near40] * 5)),
        ("60 prefix terms", " ".join(f"{a}{b}*" for a, b in zip(letters * 3, letters[::-1] * 3,
                                                                 strict=True))),
        ("OR chain of 40 common words", " OR ".join((FUNCTION + CONFLICT)[:40])),
        ("quotes and operators", '"the army" AND NOT "rebels" OR (said NEAR killed) ^the -a'),
        ("unbalanced quotes and brackets", '"the (army" "" ((( ))) NEAR( AND OR NOT'),
        ("control characters", "the\x00army\x01killed\x7fcivilians\u200b"),
        ("column filters", "title:the text:army {title text}:killed"),
        ("5,000-character word", "a" * 5000),
        ("200 one-letter words", " ".join(letters[i % 26] for i in range(200))),
    ]


def _time(store: Store, q: str, runs: int, timeout_s: float) -> tuple[float, str]:
    worst, outcome = 0.0, ""
    for _ in range(runs):
        t0 = time.perf_counter()
        try:
            hits, ranked = store.search_ranked(q, limit=50, timeout_s=timeout_s)
            outcome = f"{len(hits)} hits" + ("" if ranked else ", unranked (newest first)")
        except QueryTimeoutError:
            outcome = "stopped by the deadline"
        worst = max(worst, time.perf_counter() - t0)
    return worst, outcome


def _raw(store: Store, q: str, cap_s: float) -> str:
    """The query as raw FTS5 syntax (how the search took it before), stopped at cap_s."""
    sql = ("SELECT d.doc_id FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
           " WHERE documents_fts MATCH ? ORDER BY rank LIMIT 50")
    stop = time.monotonic() + cap_s
    store._conn.set_progress_handler(lambda: int(time.monotonic() > stop), 2000)
    t0 = time.perf_counter()
    try:
        store._conn.execute(sql, (q,)).fetchall()
        return f"{time.perf_counter() - t0:.2f} s"
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            return f"over {cap_s:g} s (stopped)"
        return f"rejected ({exc})"
    finally:
        store._conn.set_progress_handler(None, 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-raw", action="store_true")
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / f"eventdesk-bench-search-{args.docs}.sqlite"
    if args.rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        t0 = time.perf_counter()
        build(path, args.docs)
        print(f"built {args.docs:,} reports in {time.perf_counter() - t0:.1f} s: {path}")
    with Store.open(path, readonly=True) as store:
        n = store.counts()["documents"]
        if n != args.docs:
            sys.exit(f"{path} holds {n:,} reports, not {args.docs:,}: use --rebuild")
        print(f"store: {n:,} reports ({path.stat().st_size / 1e6:.0f} MB); slowest of "
              f"{args.runs} runs per query")
        print(f"{'query':34} {'as the API':>11} {'no limit':>9}  outcome as the API")
        slowest, slowest_free, stopped = 0.0, 0.0, 0
        for name, q in queries():
            limited, outcome = _time(store, q, args.runs, SEARCH_TIMEOUT_S)
            free, _ = _time(store, q, args.runs, 3600)
            stopped += outcome == "stopped by the deadline"
            slowest, slowest_free = max(slowest, limited), max(slowest_free, free)
            print(f"{name:34} {limited:10.3f}s {free:8.3f}s  {outcome}")
        print(f"\nslowest full-text query as the API runs it: {slowest:.3f} s (target: none "
              f"over 1 s: {'met' if slowest <= 1.0 and not stopped else 'NOT met'}); "
              f"{stopped} stopped at the 1 s limit; slowest with every match ranked: "
              f"{slowest_free:.3f} s")
        if not args.no_raw:
            near = dict(queries())["40-term NEAR(a* ...)"]
            print(f"for scale, the 40-term NEAR(a* ...) query as raw FTS5 syntax: "
                  f"{_raw(store, near, 60)}")


if __name__ == "__main__":
    main()
