"""Opening the SQLite file (created or migrated, or read-only), its lock, write
transactions and read queries: what every part of the store works through."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Self

from eventdesk import settings
from eventdesk.errors import NO_ROOM_HINT, StoreError, out_of_room
from eventdesk.store.corroborate import folded_text
from eventdesk.store.schema import SCHEMA_VERSION, check, migrate

_MAX_IN = 500  # host parameters per IN (...) list, well under SQLite's limit


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _in_chunks(ids: list) -> Iterator[tuple[list, str]]:
    """`ids` in slices of at most _MAX_IN, each with its "?, ?, …" placeholders."""
    for i in range(0, len(ids), _MAX_IN):
        chunk = ids[i:i + _MAX_IN]
        yield chunk, ", ".join("?" * len(chunk))


def _cannot_open(exc: StoreError) -> bool:
    cause = exc.__cause__
    return isinstance(cause, sqlite3.OperationalError) and "unable to open" in str(cause)


def _open_readonly(path: Path, name: str) -> tuple[sqlite3.Connection, int]:
    """A read-only connection and the schema version. A store in a folder this process
    cannot write (read-only media, another user's folder) cannot get the WAL index SQLite
    makes beside it, so it is read as immutable: safe unless a -wal file holds changes
    never checkpointed into the store, which only a writable copy can read."""
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                           timeout=10)
    try:
        return conn, check(conn, name)
    except StoreError as exc:
        conn.close()
        if not _cannot_open(exc):
            raise
        wal = Path(f"{path}-wal")
        if wal.is_file() and wal.stat().st_size:
            raise StoreError(
                f"{exc.__cause__}: its folder cannot be written and {wal.name} holds changes "
                "not yet in the store; copy both files to a folder you can write and read "
                "them there",
                path=name) from exc
    conn = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None,
                           check_same_thread=False, timeout=10)
    try:
        return conn, check(conn, name)
    except StoreError:
        conn.close()
        raise


def _disk_hint(exc: sqlite3.Error) -> str:
    """What a write failing for want of room means for the user's data and the next run."""
    if out_of_room(exc):
        return (f" ({NO_ROOM_HINT}); what earlier batches stored is kept, and the same "
                "command run again resumes")
    return ""


def _busy_hint(exc: sqlite3.Error) -> str:
    """What "database is locked" (SQLite's wait for another writer ran out) means."""
    if "locked" not in str(exc) and "busy" not in str(exc):
        return ""
    return ("; another process (an `ingest`, `watch` or `recluster`) has been writing to it "
            "for longer than the 10 s this one waits: run this again once it is done (what "
            "the store holds is kept)")


def refuse_unwritable(path: Path, name: str) -> None:
    """A store file this process may not write (mode 444, another user's, immutable) let
    SQLite open it and fail only at the first write, after the coding had run; say so at
    start, and that reading commands read it where it is."""
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        raise StoreError(
            f"the store file cannot be written ({exc.strerror}): make it writable (chmod u+w)"
            " or write to a copy; reading commands (`eventdesk events`, `serve`) read it as "
            "it is", path=name) from exc


def _write_ahead(conn: sqlite3.Connection, wait: float = 10.0) -> None:
    """The store in WAL mode. Switching needs the file to itself for a moment, and SQLite
    answers "database is locked" at once, without its busy wait, when another process opening
    the same new store holds it (several `ingest`s started together): try again until `wait`
    seconds have passed, as the busy wait would."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class StoreConnection:
    """An open SQLite event store file, its lock and transactions; `Store` adds the rest."""

    def __init__(self, conn: sqlite3.Connection, path: str, *, readonly: bool):
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self._lock = threading.RLock()
        conn.create_function("casefold", 1, folded_text, deterministic=True)

    @classmethod
    def open(cls, path: str | Path | None = None, *, readonly: bool = False) -> Self:
        """Open (and create or migrate, unless read-only) the store at `path`, by default the
        `db` setting."""
        path = settings.db_path() if path is None else path
        name = str(path)
        memory = name == ":memory:"
        if not memory and Path(path).is_dir():
            raise StoreError("is a folder, not an event store file: give --db a file name "
                             "(e.g. events.sqlite)", path=name)
        try:
            if readonly:
                if memory or not Path(path).is_file():
                    raise StoreError(
                        "no event store here to open read-only; create one with `eventdesk"
                        " ingest`", path=name)
                conn, version = _open_readonly(Path(path), name)
                if version == 0:
                    conn.close()
                    raise StoreError("not an eventdesk database (an empty file)", path=name)
                if version < SCHEMA_VERSION:
                    conn.close()
                    raise StoreError(
                        f"schema version {version} is older than {SCHEMA_VERSION}, this "
                        "eventdesk's: migrate it once with `eventdesk recluster --db "
                        f"{shlex.quote(name)}` (which also regroups its clusters with this "
                        "version's rules) or any command that writes to it", path=name)
            else:
                if not memory:
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                    if Path(path).is_file():
                        refuse_unwritable(Path(path), name)
                conn = sqlite3.connect(
                    name, isolation_level=None, check_same_thread=False, timeout=10)
                try:
                    migrate(conn, name)
                except StoreError as exc:
                    conn.close()
                    if _cannot_open(exc):
                        raise StoreError(
                            f"{exc.__cause__}: SQLite writes its journal beside the store, so "
                            "writing needs a folder this process can write "
                            f"({Path(path).parent}); copy the store to one (`eventdesk events "
                            "--db FILE` reads it where it is)", path=name) from exc
                    raise
                if not memory:
                    _write_ahead(conn)
                    conn.execute("PRAGMA synchronous = NORMAL")
            # Index inserts land all over the file (content hashes, FTS): a larger page cache
            # keeps ingest from re-reading pages (SQLite's default is 2 MB).
            conn.execute("PRAGMA cache_size = -65536")
            conn.execute("PRAGMA foreign_keys = ON")
        except OSError as exc:
            raise StoreError(f"cannot open the event store: {exc}", path=name) from exc
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the event store: {exc}{_busy_hint(exc)}",
                             path=name) from exc
        return cls(conn, name, readonly=readonly)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction; anything raised (Ctrl-C included) rolls it back whole, a
        COMMIT that fails too (a full disk, a file-size limit: it was a traceback)."""
        if self.readonly:
            raise StoreError("the store is open read-only", path=self.path)
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to the store: {exc}{_busy_hint(exc)}",
                                 path=self.path) from exc
            try:
                yield
                self._conn.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    with suppress(sqlite3.Error):  # SQLite may have rolled back already
                        self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"write failed: {exc}{_disk_hint(exc)}",
                                     path=self.path) from exc
                raise

    def _query_chunks(self, sql: str, params: Iterable = ()) -> Iterator[list[dict]]:
        """`_query`'s rows in lists of at most _MAX_IN, read from the cursor as they are
        asked for (an answer of millions of rows is never held whole)."""
        with self._lock:
            try:
                cursor = self._conn.execute(sql, tuple(params))
                names = [d[0] for d in cursor.description]
                while rows := cursor.fetchmany(_MAX_IN):
                    yield [dict(zip(names, row, strict=True)) for row in rows]
            except sqlite3.Error as exc:
                raise StoreError(f"query failed: {exc}", path=self.path) from exc

    def _query(self, sql: str, params: Iterable = ()) -> list[dict]:
        with self._lock:
            try:
                cursor = self._conn.execute(sql, tuple(params))
                names = [d[0] for d in cursor.description]
                return [dict(zip(names, row, strict=True)) for row in cursor]
            except sqlite3.Error as exc:
                raise StoreError(f"query failed: {exc}", path=self.path) from exc
