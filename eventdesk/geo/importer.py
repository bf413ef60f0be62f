"""Import the official GeoNames dumps into the index, streamed and atomic.

Accepted files (plain .txt or inside .zip): the geoname table (allCountries, per-country
XX files, cities500/1000/…: 19 tab-separated columns), admin1CodesASCII.txt,
admin2Codes.txt and alternateNames(V2).txt. Only feature classes P (populated places, city
sections PPLX included) and A (administrative areas) are kept. The import works on a copy of
the index and swaps it in at the end, so an interrupted or failed import leaves the previous
index as it was. The files are read and their columns checked in dump_reading.py.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from eventdesk import settings
from eventdesk.errors import GazetteerError
from eventdesk.geo import index_file, store
from eventdesk.geo.dump_reading import _float, _int, _open_members, _rows
from eventdesk.geo.normalize import display_spelling
from eventdesk.geo.region_names import acled_region_name, strip_region_word

GEONAME_COLUMNS = 19
KEPT_FEATURE_CLASSES = frozenset({"P", "A"})
# Characters: a longer name is a damaged row (a 10-million-character one took 900 MB of
# memory to index); GeoNames' own are at most 200, other gazetteers' in its format a little
# longer.
MAX_NAME = 1_000
BATCH = 5_000
# alternateNames "languages" that are codes or links, not names.
NON_NAME_LANGUAGES = frozenset(
    {"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "tcid", "fr_1793", "phon",
     "piny"}
)


@dataclass(slots=True)
class ImportStats:
    """What an import did, for the CLI to print."""

    files: int = 0
    places: int = 0
    skipped_rows: int = 0
    admin1: int = 0
    admin2: int = 0
    alternate_names: int = 0
    seconds: float = 0.0


def classify(path: Path) -> str:
    """Which GeoNames file this is, from its name: admin1, admin2, alternate or geoname.

    Per-country alternate names are `alternatenames/CC.zip` on the server: the folder says.
    """
    stem = path.name.lower()
    if path.parent.name.lower() == "alternatenames":
        return "alternate"
    if stem.startswith("admin1codes"):
        return "admin1"
    if stem.startswith("admin2codes"):
        return "admin2"
    if stem.startswith("alternatenames"):
        return "alternate"
    return "geoname"


def _source_name(path: Path) -> str:
    """'SY.zip', or 'alternatenames/SY.zip' for the per-country alternate names."""
    if path.parent.name.lower() == "alternatenames":
        return f"{path.parent.name}/{path.name}"
    return path.name


_ORDER = {"admin1": 0, "admin2": 1, "geoname": 2, "alternate": 3}


def import_geonames(paths: list[str | Path], *, index_path: Path | None = None,
                    empty: bool = False, progress: bool = True) -> ImportStats:
    """Import GeoNames files into the index at `index_path` (default: settings).

    The new data is added to the current index (built from packaged data first when there is
    none), unless `empty` is true, in which case the index holds only the imported files.
    """
    started = time.perf_counter()
    target = Path(index_path) if index_path is not None else settings.gazetteer_path()
    files = [Path(p) for p in paths]
    for path in files:
        if not path.exists():
            raise GazetteerError("file not found", path=str(path))
        if not path.is_file():
            raise GazetteerError("not a file", path=str(path))
    files.sort(key=lambda p: _ORDER[classify(p)])
    if not empty and not target.exists():
        from eventdesk.geo.build import build_default

        build_default(target)
    stats = ImportStats(files=len(files))
    with index_file.atomic_target(target, copy_existing=not empty) as tmp:
        con = store.connect(tmp)
        try:
            store.note_hashed_rows(con)
            seen: list[bool] = []
            for path in files:
                kind = classify(path)
                for member, stream, total in _open_members(path):
                    label = f"{path.name}:{member}" if member else path.name
                    with _progress(label, total, progress) as advance:
                        _IMPORTERS[kind](con, _noting_data(stream, seen),
                                         f"{path}" + (f"!{member}" if member else ""),
                                         stats, advance)
                    con.commit()
            if not seen:  # nothing to add: the index is kept as it was, not swapped
                raise GazetteerError("no GeoNames rows (an empty file, or only comments): "
                                     "nothing to import", path=", ".join(map(str, files)))
            _index_admin1_names(con)
            store.place_region_centres(con)
            if empty:
                store.write_countries(con)
            store.finalise(con, source="geonames import: " + ", ".join(map(_source_name, files)))
        finally:
            con.close()
    from eventdesk.geo.gazetteer import forget_opened

    forget_opened(target)
    stats.seconds = time.perf_counter() - started
    return stats


def _noting_data(lines: Iterator[str], seen: list[bool]) -> Iterator[str]:
    """The lines, noting in `seen` that one holds data (neither blank nor a comment): an
    import of empty files is an error, not "imported 0 places" with exit status 0."""
    for line in lines:
        if not seen and line.strip() and not line.startswith("#"):
            seen.append(True)
        yield line


def _index_admin1_names(con) -> None:
    """Regions are also found under their admin1CodesASCII names."""
    rows = con.execute(
        "SELECT p.geonameid, a.name, a.asciiname FROM places p JOIN admin1 a "
        "ON a.code = p.country_code || '.' || p.admin1_code WHERE p.is_region = 1").fetchall()
    for gid, name, ascii_name in rows:
        names = [n for n in (name, ascii_name) if n]
        store.index_names(con, gid, names + [strip_region_word(n) for n in names])


@contextmanager
def _progress(label: str, total: int, enabled: bool):
    from tqdm import tqdm

    bar = tqdm(total=total, unit="B", unit_scale=True, desc=label,
               disable=None if enabled else True, leave=False)
    try:
        yield bar.update
    finally:
        bar.close()


def _import_geoname(con, lines, label, stats: ImportStats, advance) -> None:
    pending: list[tuple[tuple, list[str], list[str]]] = []
    for number, f in _rows(lines, label, (GEONAME_COLUMNS,), advance):
        gid = _int(f[0], label, number, "geonameid", minimum=1)
        if f[6] not in KEPT_FEATURE_CLASSES:
            stats.skipped_rows += 1
            continue
        latitude = _float(f[4], label, number, "latitude", 90)
        longitude = _float(f[5], label, number, "longitude", 180)
        population = _int(f[14], label, number, "population", default=0, minimum=0)
        if not f[1].strip():
            raise GazetteerError(f"line {number}: the name column is empty", path=label)
        for column, value in (("name", f[1]), ("asciiname", f[2])):
            if len(value) > MAX_NAME:
                raise GazetteerError(f"line {number}: the {column} column is {len(value):,} "
                                     f"characters long, not a place's name (GeoNames' are "
                                     f"at most 200)", path=label)
        is_region = int(f[6] == "A" and f[7] == "ADM1")
        place = (gid, f[1], f[2] or None, f[6], f[7] or None, f[8] or None, f[10] or None,
                 f[11] or None, population, latitude, longitude, is_region)
        names = [a for a in f[3].split(",") if store.keep_alternate_name(a)] if f[3] else []
        indexed = [f[1], f[2], *names]
        if f[6] == "A":
            # "Aleppo Governorate" is also named plain "Aleppo".
            indexed += [strip_region_word(n) for n in indexed if n]
        pending.append((place, names, indexed))
        stats.places += 1
        if len(pending) >= BATCH:
            _flush_places(con, pending)
    _flush_places(con, pending)


def _flush_places(con, pending: list[tuple[tuple, list[str], list[str]]]) -> None:
    """Write a batch of places; only those the index already has are checked for the names
    they have (one query for the batch, not one per place)."""
    ids = [place[0] for place, _, _ in pending]
    known: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        known.update(gid for (gid,) in con.execute(
            f"SELECT geonameid FROM places WHERE geonameid IN ({','.join('?' * len(chunk))})",
            chunk))
    alternates, names_rows = [], []
    for place, names, indexed in pending:
        gid = place[0]
        if gid in known:
            alternates.extend((gid, a, None) for a in store.new_alternate_names(con, gid, names))
            names_rows.extend(store.new_name_rows(con, gid, indexed))
        else:
            alternates.extend((gid, a, None) for a in dict.fromkeys(names))
            names_rows.extend(store.name_rows(gid, indexed))
    store.write_places(con, [place for place, _, _ in pending], alternates, names_rows)
    pending.clear()


def _import_admin(table: str, columns: int):
    def run(con, lines, label, stats: ImportStats, advance) -> None:
        rows = []
        for number, f in _rows(lines, label, (columns,), advance):
            code = f[0]
            if code.count(".") != (1 if table == "admin1" else 2):
                raise GazetteerError(f"line {number}: {code!r} is not an {table} code",
                                     path=label)
            gid = _int(f[3], label, number, "geonameid", minimum=1) if f[3] else None
            # a region is written as ACLED writes it ('Murcia, Región de' -> 'Murcia'); its
            # ASCII name stays GeoNames' own, by which it is found too (_index_admin1_names)
            name = acled_region_name(code, f[1]) if table == "admin1" else f[1]
            rows.append((code, name, f[2] or None, gid))
        # A code the index already names keeps its name: the default build's are the
        # English ones ('Damascus', not 'Dimashq').
        con.executemany(
            f"INSERT INTO {table} VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
            f"geonameid = excluded.geonameid WHERE {table}.geonameid IS NULL "
            f"OR {table}.geonameid < 0", rows)
        setattr(stats, table, getattr(stats, table) + len(rows))

    return run


def _import_alternate(con, lines, label, stats: ImportStats, advance) -> None:
    # A table in the index file itself (not TEMP, which lives in memory here): the dump has
    # millions of rows, and memory must stay bounded.
    con.execute("DROP TABLE IF EXISTS staged_names")
    con.execute("CREATE TABLE staged_names (geonameid INTEGER, name TEXT, lang TEXT, "
                "english INTEGER)")
    batch = []
    for number, f in _rows(lines, label, (8, 10), advance):
        gid = _int(f[1], label, number, "geonameid", minimum=1)
        lang, name = f[2], f[3]
        if lang in NON_NAME_LANGUAGES or not store.keep_alternate_name(name):
            continue
        # The preferred English name, neither short, colloquial nor historic: how analysts
        # write the place ('Hama' for 'Ḩamāh').
        english = int(lang == "en" and f[4] == "1" and not any(f[5:8]))
        batch.append((gid, name, lang or None, english))
        if len(batch) >= BATCH:
            con.executemany("INSERT INTO staged_names VALUES (?, ?, ?, ?)", batch)
            batch.clear()
    con.executemany("INSERT INTO staged_names VALUES (?, ?, ?, ?)", batch)
    con.executemany(
        "UPDATE places SET asciiname = ? WHERE geonameid = ?",
        [(display_spelling(name), gid) for gid, name in con.execute(
            "SELECT geonameid, name FROM staged_names WHERE english = 1")
         if display_spelling(name).isascii()])
    # Only names of places the index keeps; the join keeps memory bounded.
    reader = con.cursor()
    reader.execute("SELECT s.geonameid, s.name, s.lang FROM staged_names s "
                   "JOIN places p ON p.geonameid = s.geonameid")

    def rows() -> Iterator[tuple[int, str, str | None]]:
        while chunk := reader.fetchmany(BATCH):
            yield from chunk

    # A run of rows of one place (the dumps list a place's names together, mostly): its
    # known names are read once for the run. Not sorted, so memory stays bounded.
    for gid, group in itertools.groupby(rows(), key=lambda row: row[0]):
        named = list(group)
        lang_of = {}
        for _, name, lang in named:
            lang_of.setdefault(name, lang)
        new = store.new_alternate_names(con, gid, list(lang_of))
        con.executemany("INSERT INTO alternate_names VALUES (?, ?, ?)",
                        [(gid, name, lang_of[name]) for name in new])
        store.index_names(con, gid, list(lang_of))
        stats.alternate_names += len(named)
    con.execute("DROP TABLE staged_names")


_IMPORTERS = {
    "geoname": _import_geoname,
    "admin1": _import_admin("admin1", 4),
    "admin2": _import_admin("admin2", 4),
    "alternate": _import_alternate,
}
