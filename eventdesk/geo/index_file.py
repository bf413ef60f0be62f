"""The index file itself: written beside its place and renamed over it in one step, so a
failed or killed build or import leaves the old index as it was; the temporary files of
killed runs (a whole index each) are removed on the next run (eventdesk/orphans.py).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from eventdesk import orphans
from eventdesk.errors import NO_ROOM_HINT, SQLITE_HEADER, GazetteerError, out_of_room


def _refuse_another_database(path: Path) -> None:
    """A GazetteerError for a database of something else: `gazetteer --index events.sqlite
    build` (a slip, or the advice a lookup on that store gave) replaced an event store with
    an index, its reports gone; so did a file of reports given as --index. A damaged index
    (the SQLite header still there), or an empty file, may be rebuilt."""
    if not path.is_file():
        return
    try:
        with path.open("rb") as head:
            start = head.read(len(SQLITE_HEADER))
    except OSError:  # unreadable: the write that follows says why
        return
    if start and start != SQLITE_HEADER:
        raise GazetteerError("is no database at all (a gazetteer index is an SQLite file): "
                             "writing the index would replace it; give another --index "
                             "file, or delete it first if it was an index", path=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master "
                                                "WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.Error:  # no database, or a damaged one: an index to rebuild
        return
    if tables and "places" not in tables:
        kind = "an event store" if "documents" in tables else "another program's"
        raise GazetteerError(f"is a database of something else ({kind}), not a gazetteer "
                             "index: writing the index would replace it; give another "
                             "--index file", path=str(path))


@contextlib.contextmanager
def atomic_target(path: Path, *, copy_existing: bool) -> Iterator[Path]:
    """Yield a temporary file next to `path`; on success it replaces `path` in one rename.

    On any failure the temporary file is removed and `path` is left as it was.
    """
    if path.is_dir():
        raise GazetteerError("is a folder, not a gazetteer index file", path=str(path))
    _refuse_another_database(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        orphans.remove_orphans(path)
        fd, tmp_name = tempfile.mkstemp(prefix=orphans.prefix(path), suffix=".tmp",
                                        dir=path.parent)
    except OSError as exc:  # a file where the folder should be, no permission, disk full
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        reason = f"{blocker} is a file, not a folder" if blocker else exc.strerror or exc
        raise GazetteerError(f"cannot write the index there ({reason})",
                             path=str(path)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if copy_existing and path.exists():
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
            except sqlite3.DatabaseError as exc:
                if out_of_room(exc):
                    raise
                raise GazetteerError(f"cannot read the existing index: {exc}",
                                     path=str(path)) from exc
            finally:
                target.close()
                source.close()
        else:
            tmp.unlink()
        yield tmp
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:  # a traceback, or "cannot read the existing index"
        if not out_of_room(exc):
            raise
        raise GazetteerError(f"cannot write the index: {exc} ({NO_ROOM_HINT}); an index "
                             "already there is unchanged", path=str(path)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
