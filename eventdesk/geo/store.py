"""The SQLite index: schema, the writer shared by the default build and the GeoNames import.

Tables: places (keyed by GeoNames geonameid), alternate_names (every script), admin1 and
admin2 code tables, name_index (one row per distinct folded name of a place, with its
matching key and skeleton), countries/country_names, and meta. Two sorted arrays of 64-bit
hashes (of the Latin name keys and skeletons) are stored as blobs so that a reopened index
can test an n-gram for membership in memory without touching SQLite.
"""

from __future__ import annotations

import array
import datetime as dt
import hashlib
import itertools
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventdesk.geo.countries import all_countries
from eventdesk.geo.normalize import fold_uncached, is_useful_skeleton, keys_of_folded, name_key
from eventdesk.geo.region_names import strip_region_word

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, data BLOB);
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    asciiname TEXT,
    feature_class TEXT,
    feature_code TEXT,
    country_code TEXT,
    admin1_code TEXT,
    admin2_code TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    latitude REAL,
    longitude REAL,
    is_region INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS alternate_names (
    geonameid INTEGER NOT NULL,
    name TEXT NOT NULL,
    lang TEXT
);
CREATE TABLE IF NOT EXISTS admin1 (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT, geonameid INTEGER
);
CREATE TABLE IF NOT EXISTS admin2 (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT, geonameid INTEGER
);
CREATE TABLE IF NOT EXISTS name_index (
    folded TEXT NOT NULL,
    geonameid INTEGER NOT NULL,
    key TEXT NOT NULL,
    skel TEXT
);
CREATE INDEX IF NOT EXISTS name_index_place ON name_index (geonameid);
CREATE INDEX IF NOT EXISTS alternate_names_place ON alternate_names (geonameid);
CREATE TABLE IF NOT EXISTS countries (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS country_names (
    key TEXT NOT NULL, code TEXT NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (key, code, kind)
) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS name_index_key ON name_index (key);
CREATE INDEX IF NOT EXISTS name_index_skel ON name_index (skel);
CREATE INDEX IF NOT EXISTS places_admin1 ON places (country_code, admin1_code);
"""

def name_hash(text: str) -> int:
    """Stable signed 64-bit hash of a key (Python's own hash changes between processes)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little",
                          signed=True)


def keep_alternate_name(name: str) -> bool:
    """Drop GeoNames' machine romanisations ('hlb', 'alrmady') and airport codes ('ALP')."""
    name = name.strip()
    if not name or len(name) > 200:
        return False
    if name.isascii():
        if not any(ch.isupper() for ch in name):
            return False
        if name.isalpha() and name.isupper() and len(name) <= 4:
            return False
    return True


def connect(path: Path) -> sqlite3.Connection:
    """A writable connection tuned for bulk loading."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA temp_store=MEMORY")
    con.execute("PRAGMA cache_size=-65536")
    con.executescript(SCHEMA)
    return con


def index_names(con: sqlite3.Connection, geonameid: int, names: Iterable[str]) -> None:
    """Add the folded names a place does not have yet to name_index."""
    con.executemany("INSERT INTO name_index VALUES (?, ?, ?, ?)",
                    new_name_rows(con, geonameid, names))


def write_places(con: sqlite3.Connection, places: list[tuple], alternates: list[tuple],
                 names: list[tuple]) -> None:
    """Rows of places (one replacing a place of its id), alternate_names and name_index: the
    one writer of places for the default build, its districts and the GeoNames import."""
    con.executemany(f"INSERT OR REPLACE INTO places VALUES ({','.join('?' * 12)})", places)
    con.executemany("INSERT INTO alternate_names VALUES (?, ?, ?)", alternates)
    con.executemany("INSERT INTO name_index VALUES (?, ?, ?, ?)", names)


def synthetic_ids(con: sqlite3.Connection) -> Iterator[int]:
    """Ids for places GeoNames does not number (a region, district or area added without
    one): -1, -2, … below every id the index holds, so that none is taken twice."""
    lowest = con.execute("SELECT min(geonameid) FROM places").fetchone()[0]
    return itertools.count(min(lowest or 0, 0) - 1, -1)


def name_rows(geonameid: int, names: Iterable[str]) -> list[tuple]:
    """name_index rows for the distinct folded names of one place."""
    rows = []
    seen = set()
    for name in names:
        if not name:
            continue
        folded = fold_uncached(name)
        if not folded or folded in seen:
            continue
        seen.add(folded)
        key, skel = keys_of_folded(folded)
        if key:
            rows.append((folded, geonameid, key, skel if is_useful_skeleton(skel) else None))
    return rows


def new_name_rows(con: sqlite3.Connection, geonameid: int, names: Iterable[str]) -> list[tuple]:
    """name_rows() less the names the place already has (imports into a live index)."""
    known = {row[0] for row in con.execute(
        "SELECT folded FROM name_index WHERE geonameid = ?", (geonameid,))}
    return [row for row in name_rows(geonameid, names) if row[0] not in known]


def new_alternate_names(con: sqlite3.Connection, geonameid: int, names: Iterable[str]
                        ) -> list[str]:
    """The names not yet stored for a place, in order, without repeats."""
    known = {row[0] for row in con.execute(
        "SELECT name FROM alternate_names WHERE geonameid = ?", (geonameid,))}
    return [n for n in dict.fromkeys(names) if n not in known]


def write_countries(con: sqlite3.Connection) -> None:
    """Country names and demonyms, keyed for matching."""
    con.execute("DELETE FROM countries")
    con.execute("DELETE FROM country_names")
    for info in all_countries().values():
        con.execute("INSERT INTO countries VALUES (?, ?)", (info.code, info.name))
        rows = [(name_key(n), info.code, "name") for n in info.names]
        rows += [(name_key(n), info.code, "demonym") for n in info.demonyms]
        con.executemany("INSERT OR IGNORE INTO country_names VALUES (?, ?, ?)",
                        [r for r in rows if r[0]])


# A town named like its region but smaller than this share of the region's largest place is
# a village that shares the name, not the capital (Zanzan in Côte d'Ivoire, Hidalgo in Mexico).
NAMESAKE_CAPITAL_SHARE = 0.1


def place_region_centres(con: sqlite3.Connection) -> None:
    """Give each first-level region the point analysts code a region-only event at: its
    capital (guidelines: geo_precision 3, "coded to its capital or centre").

    GeoNames' seat of the region (PPLA), where an import gives one, replaces the region's own
    point (GeoNames puts an ADM1 near its middle, often far from the capital). A region with
    no point gets the town it is named after (Sagaing, Tillaberi, Kursk: the capital of most
    regions named after a town, even when another town is larger), else its most populous
    place, else the centre of its places.
    """
    con.execute("CREATE INDEX IF NOT EXISTS name_index_key ON name_index (key)")  # namesakes
    regions = con.execute(
        "SELECT r.geonameid, r.country_code, r.admin1_code, r.latitude, r.name, r.asciiname, "
        "a.name, a.asciiname FROM places r LEFT JOIN admin1 a "
        "ON a.code = r.country_code || '.' || r.admin1_code WHERE r.is_region = 1"
    ).fetchall()
    for geonameid, country_code, admin1_code, latitude, *names in regions:
        towns = con.execute(
            "SELECT geonameid, population, latitude, longitude, feature_code FROM places "
            "WHERE country_code = ? AND admin1_code = ? AND feature_class = 'P' "
            "AND latitude IS NOT NULL", (country_code, admin1_code)).fetchall()
        seats = [t for t in towns if t[4] == "PPLA"]
        if latitude is not None and not seats:
            continue
        point = None
        if seats:
            point = max(seats, key=lambda t: t[1])[2:4]
        elif towns:
            largest = max(towns, key=lambda t: t[1])
            keys = {name_key(form) for name in names if name
                    for form in (name, strip_region_word(name))} - {""}
            namesake = largest_namesake(con, country_code, admin1_code, keys)
            if namesake is not None and namesake[2] >= NAMESAKE_CAPITAL_SHARE * largest[1]:
                point = namesake[3:5]
            else:
                point = largest[2:4]
        else:
            point = con.execute(
                "SELECT avg(latitude), avg(longitude) FROM places WHERE country_code = ? "
                "AND admin1_code = ? AND is_region = 0 AND latitude IS NOT NULL",
                (country_code, admin1_code),
            ).fetchone()
        if point and point[0] is not None:
            con.execute("UPDATE places SET latitude = ?, longitude = ? WHERE geonameid = ?",
                        (point[0], point[1], geonameid))
        elif latitude is None:
            con.execute("UPDATE places SET is_region = 0 WHERE geonameid = ?", (geonameid,))


def largest_namesake(con: sqlite3.Connection, country: str, admin1_code: str,
                     keys: Iterable[str]) -> tuple | None:
    """(geonameid, name, population, latitude, longitude) of the most populous town of the
    region named by one of these matching keys: the seat a region or district is named
    after (Sagaing of Sagaing Region, Douentza of Douentza Cercle), or None."""
    rows = {row[0]: row for key in keys for row in con.execute(
        "SELECT p.geonameid, p.name, p.population, p.latitude, p.longitude FROM name_index n "
        "JOIN places p ON p.geonameid = n.geonameid WHERE n.key = ? AND p.country_code = ? "
        "AND p.admin1_code = ? AND p.feature_class = 'P' AND p.latitude IS NOT NULL",
        (key, country, admin1_code))}
    return max(rows.values(), key=lambda row: row[2]) if rows else None


def finalise(con: sqlite3.Connection, *, source: str) -> None:
    """Indexes, membership blobs and provenance: the last step of every build or import."""
    con.executescript(INDEXES)
    # The blobs cover name_index up to `hashed_rowid`: an import into a big index hashes
    # only the rows it added (name_index rows are never deleted).
    hashed = get_meta(con, "hashed_rowid")
    last = con.execute("SELECT max(rowid) FROM name_index").fetchone()[0] or 0
    for column, blob in (("key", "key_hashes"), ("skel", "skel_hashes")):
        old = con.execute("SELECT data FROM blobs WHERE name = ?", (blob,)).fetchone()
        since = int(hashed) if hashed is not None and old is not None else 0
        values = set()
        if since:
            previous = array.array("q")
            previous.frombytes(old[0])
            values.update(previous)
        for (value,) in con.execute(f"SELECT DISTINCT {column} FROM name_index "
                                    f"WHERE rowid > ? AND {column} IS NOT NULL", (since,)):
            if value.isascii():
                values.add(name_hash(value))
        hashes = array.array("q", sorted(values))
        con.execute("INSERT OR REPLACE INTO blobs VALUES (?, ?)", (blob, hashes.tobytes()))
    counts = {
        "places": con.execute("SELECT count(*) FROM places WHERE is_region = 0").fetchone()[0],
        "regions": con.execute("SELECT count(*) FROM places WHERE is_region = 1").fetchone()[0],
        "alternate_names": con.execute("SELECT count(*) FROM alternate_names").fetchone()[0],
        "names": con.execute("SELECT count(*) FROM name_index").fetchone()[0],
        "countries": con.execute("SELECT count(DISTINCT country_code) FROM places").fetchone()[0],
    }
    old_sources = get_meta(con, "sources")
    sources = source if not old_sources else f"{old_sources}; {source}"
    meta = {"schema_version": SCHEMA_VERSION, "sources": sources, "hashed_rowid": str(last),
            "updated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            **{f"count_{k}": str(v) for k, v in counts.items()}}
    con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
    con.commit()
    con.execute("PRAGMA analysis_limit = 2000")  # sampled statistics: enough for the planner
    con.execute("ANALYZE")
    con.commit()
    free = con.execute("PRAGMA freelist_count").fetchone()[0]
    if free * 10 > con.execute("PRAGMA page_count").fetchone()[0]:
        con.execute("VACUUM")  # staging tables of an import left much free space behind


def note_hashed_rows(con: sqlite3.Connection) -> None:
    """Before adding to an index finalised without `hashed_rowid`: its blobs cover every
    name_index row it has, so the next finalise need hash only the rows added after."""
    has_blobs = con.execute("SELECT count(*) FROM blobs").fetchone()[0]
    if has_blobs and get_meta(con, "hashed_rowid") is None:
        last = con.execute("SELECT max(rowid) FROM name_index").fetchone()[0] or 0
        con.execute("INSERT OR REPLACE INTO meta VALUES ('hashed_rowid', ?)", (str(last),))


def get_meta(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None
