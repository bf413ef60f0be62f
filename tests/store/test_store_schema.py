"""Opening stores: migrations from empty, refusals with clear errors, read-only mode."""

from __future__ import annotations

import sqlite3

import pytest
from store_helpers import make_document, make_event, write_v1_store

from eventdesk.errors import StoreError
from eventdesk.store import SCHEMA_VERSION, Store
from eventdesk.store.schema import APPLICATION_ID, MIGRATIONS


def test_migrates_an_empty_file_to_the_current_version(tmp_path):
    path = tmp_path / "new" / "events.sqlite"
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"documents", "events", "clusters", "documents_fts", "meta"} <= names
    assert {"clusters_country_date", "events_country_date", "events_candidates"} <= names
    assert conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone() == (
        "eventdesk",)


def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path):
    path = tmp_path / "events.sqlite"
    with Store.open(path) as store:
        store.add(make_document(), [make_event()], extractor_version="v1")
    with Store.open(path) as store:
        assert store.counts() == {"documents": 1, "superseded": 0, "events": 1, "clusters": 1}


def test_default_path_comes_from_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_DB", str(tmp_path / "sub" / "default.sqlite"))
    with Store.open() as store:
        assert store.path == str(tmp_path / "sub" / "default.sqlite")
    assert (tmp_path / "sub" / "default.sqlite").is_file()


def test_refuses_a_sqlite_file_of_another_application(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE birds (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an eventdesk database"):
        Store.open(path)
    with pytest.raises(StoreError, match="not an eventdesk database"):
        Store.open(path, readonly=True)
    # Nothing was added to the foreign file.
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert tables == {"birds"}


def test_refuses_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("this is not a database, just some notes that are long enough " * 20)
    with pytest.raises(StoreError, match="not an eventdesk database") as info:
        Store.open(path)
    assert str(path) in str(info.value)


def test_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "events.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this eventdesk knows"):
        Store.open(path)
    with pytest.raises(StoreError, match="newer"):
        Store.open(path, readonly=True)


def test_readonly_open_of_a_missing_file_fails_and_creates_nothing(tmp_path):
    path = tmp_path / "missing.sqlite"
    with pytest.raises(StoreError, match="no event store here"):
        Store.open(path, readonly=True)
    assert not path.exists()


def test_readonly_store_reads_but_refuses_writes(tmp_path):
    path = tmp_path / "events.sqlite"
    with Store.open(path) as store:
        store.add(make_document(), [make_event()], extractor_version="v1")
    with Store.open(path, readonly=True) as store:
        assert store.counts()["events"] == 1
        with pytest.raises(StoreError, match="read-only"):
            store.add(make_document("other", text="Other text."), [], extractor_version="v1")
        with pytest.raises(StoreError, match="read-only"):
            store.ingest([], pipeline=None, progress=False)


def test_readonly_open_never_migrates(tmp_path):
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()  # a zero-length file: version 0
    with pytest.raises(StoreError, match="empty file"):
        Store.open(path, readonly=True)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 0


def test_in_memory_store_works_for_scratch_use():
    with Store.open(":memory:") as store:
        store.add(make_document(), [make_event()], extractor_version="v1")
        assert store.counts()["clusters"] == 1


def test_an_older_store_is_migrated_step_by_step(tmp_path):
    path = tmp_path / "v1.sqlite"
    write_v1_store(path)
    with pytest.raises(StoreError, match="older"):
        Store.open(path, readonly=True)  # read-only never migrates
    with Store.open(path) as store:
        assert store.facets()["admin1"] == {"Syria": ["Homs"]}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "clusters_country_admin1" in names


def test_a_version_2_store_gains_the_geonameid_column(tmp_path):
    path = tmp_path / "v2.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(
        f"BEGIN;{MIGRATIONS[0]}\n{MIGRATIONS[1]}\nPRAGMA application_id = {APPLICATION_ID};"
        "PRAGMA user_version = 2; COMMIT;")
    conn.close()
    with Store.open(path) as store:
        store.add(make_document(), [make_event(geonameid=170063)], extractor_version="v1")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT geonameid FROM events").fetchall() == [(170063,)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.parametrize("readonly", [False, True])
def test_a_folder_given_as_the_store_is_named_as_such(tmp_path, readonly):
    with pytest.raises(StoreError, match="is a folder, not an event store file") as info:
        Store.open(tmp_path, readonly=readonly)
    assert str(tmp_path) in str(info.value)


def test_a_migration_another_process_applied_meanwhile_is_passed_over(tmp_path, monkeypatch):
    """Two processes opening a new store at once both read version 0; the second to take
    the write lock finds the tables made. It must open the store, not fail with "table meta
    already exists", and leave what the first stored."""
    from eventdesk.store import schema

    path = tmp_path / "events.sqlite"
    with Store.open(path) as first:
        first.add(make_document(), [make_event()], extractor_version="v1")
    stale = [0]  # what the second process read before the first migrated
    real_check = schema.check
    monkeypatch.setattr(schema, "check",
                        lambda conn, p: stale.pop() if stale else real_check(conn, p))
    with Store.open(path) as second:
        assert second.counts() == {"documents": 1, "superseded": 0, "events": 1, "clusters": 1}


def test_a_migration_runs_only_on_the_version_before_it(tmp_path):
    """A migration whose script would not fail on a re-run (an UPDATE) is still never
    applied twice: it checks the version under the write lock."""
    from eventdesk.store.schema import _only_at

    conn = sqlite3.connect(tmp_path / "x.sqlite", isolation_level=None)
    conn.execute("PRAGMA user_version = 3")
    conn.execute(_only_at(3))
    with pytest.raises(sqlite3.OperationalError):
        conn.execute(_only_at(2))


def _open_at_once(path, barrier, results):
    barrier.wait()
    try:
        Store.open(path).close()
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put(f"{type(exc).__name__}: {exc}")


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")
def test_processes_opening_a_new_store_at_once_all_open_it(tmp_path):
    import multiprocessing

    context = multiprocessing.get_context("fork")
    outcomes = []
    for trial in range(6):
        path = str(tmp_path / f"s{trial}.sqlite")
        barrier, results = context.Barrier(4), context.Queue()
        workers = [context.Process(target=_open_at_once, args=(path, barrier, results))
                   for _ in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
        outcomes += [results.get(timeout=5) for _ in workers]
    assert set(outcomes) == {"ok"}, [o for o in outcomes if o != "ok"]


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder this process cannot write: mode 555, or (for root, whom modes do not stop)
    the immutable attribute; skipped where neither holds."""
    import os
    import subprocess

    folder = tmp_path / "archive"
    folder.mkdir()
    with Store.open(folder / "events.sqlite") as store:
        store.add(make_document(), [make_event()], extractor_version="v1")
    os.chmod(folder, 0o555)
    locked = []
    if os.access(folder, os.W_OK):
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            os.chmod(folder, 0o755)
            pytest.skip("no way to make a folder read-only here")
        locked.append(folder)
    yield folder
    for path in locked:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    os.chmod(folder, 0o755)


def test_a_store_in_a_read_only_folder_is_read_and_writing_says_why_not(read_only_folder):
    """SQLite cannot make the WAL index beside a store on read-only media: reading failed
    with 'not an eventdesk database (unable to open database file)', a good store called
    no store. Now it is read as immutable, and a write says the folder is the problem."""
    path = read_only_folder / "events.sqlite"
    with Store.open(path, readonly=True) as store:
        assert store.counts()["clusters"] == 1
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert "not an eventdesk database" not in str(info.value)
    assert "writing needs a folder this process can write" in str(info.value)


def test_a_read_only_store_file_is_refused_for_writing_at_open_and_still_read(
        read_only_store):
    """A store file of mode 444 in a writable folder opened for writing and failed only at
    the first write ('attempt to write a readonly database', after the coding had run). Now
    opening it to write names the file and what to do; reading it works as before."""
    with pytest.raises(StoreError) as info:
        Store.open(read_only_store)
    message = str(info.value)
    assert str(read_only_store) in message and "cannot be written" in message
    assert "\n" not in message
    with Store.open(read_only_store, readonly=True) as store:
        assert store.counts() == {"documents": 1, "superseded": 0, "events": 1, "clusters": 1}
