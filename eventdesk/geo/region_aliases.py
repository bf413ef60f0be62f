"""Every name the index holds for each first-level region of a country: its own, its
GeoNames and ISO 3166-2 alternate names ("Nord-Kivu" and "North Kivu", "Tombouctou" and
"Timbuktu"), and the spelling ACLED gives it (data/geonames/admin1_names.toml). Read
straight from the index file, which it never builds nor loads whole, for whoever asks
whether two spellings name one region: the scorer's admin1 compare (evaluate/regions.py),
which must stay usable with no index at all.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

_REGION_NAMES_SQL = (
    "SELECT n.geonameid, n.folded FROM places p JOIN name_index n ON n.geonameid = p.geonameid"
    " WHERE p.is_region = 1 AND p.country_code = ?")


def region_aliases(path: Path, country_code: str) -> list[tuple[int, str]]:
    """(geonameid, folded name) of every name of the country's first-level regions in the
    index at `path`; none when there is no readable index there."""
    if not path.is_file():
        return []
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute(_REGION_NAMES_SQL, (country_code,)).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return []
