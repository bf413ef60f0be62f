"""Well-known areas news names as an event's place that are neither a division nor a town
(Eastern Ghouta, the Golan Heights), from data/geonames/areas.toml: each coded at a place
the index holds, so an area the data cannot anchor is left out rather than misplaced.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from eventdesk.geo import store
from eventdesk.geo.candidates import WELL_KNOWN_POPULATION
from eventdesk.geo.normalize import display_spelling, name_key
from eventdesk.records import join_parts

# How an area of data/geonames/areas.toml is stored: GeoNames feature class and code, and
# whether its location is written "City - Quarter". The feature code gives its geo_precision
# (candidates._precision: AREA 2, RGN 3).
AREA_KINDS = {
    "area": ("L", "AREA", False),
    "city_part": ("L", "AREA", True),
    "region": ("L", "RGN", False),
}
OTHER_NAME_KIND = "other_name"


@dataclass(frozen=True, slots=True)
class Area:
    """A well-known area the index lacks, coded at a place it holds (`at`, a GeoNames id,
    checked by `at_name` and `country`)."""

    name: str
    aliases: tuple[str, ...]
    country: str
    kind: str
    at: int
    at_name: str


@functools.lru_cache(maxsize=1)
def known_areas() -> tuple[Area, ...]:
    """The areas of data/geonames/areas.toml, read once per process."""
    import tomllib

    text = (resources.files("eventdesk") / "data" / "geonames" / "areas.toml").read_text(
        "utf-8")
    areas = []
    for entry in tomllib.loads(text)["area"]:
        if entry["kind"] not in AREA_KINDS and entry["kind"] != OTHER_NAME_KIND:
            raise ValueError(f"areas.toml: unknown kind {entry['kind']!r} of {entry['name']}")
        areas.append(Area(name=entry["name"], aliases=tuple(entry.get("aliases", ())),
                          country=entry["country"], kind=entry["kind"], at=int(entry["at"]),
                          at_name=entry["at_name"]))
    return tuple(areas)


def area_anchor(con, area: Area) -> tuple | None:
    """The place an area is coded at: (geonameid, name, ascii name, country, admin1 code,
    admin2 code, population, latitude, longitude), when the index holds the place `at`
    in the area's country under the name `at_name`; else None."""
    row = con.execute(
        "SELECT geonameid, name, asciiname, country_code, admin1_code, admin2_code, "
        "population, latitude, longitude FROM places WHERE geonameid = ?",
        (area.at,)).fetchone()
    if row is None or row[3] != area.country or row[7] is None:
        return None
    keys = {key for (key,) in con.execute(
        "SELECT key FROM name_index WHERE geonameid = ?", (area.at,))}
    return row if name_key(area.at_name) in keys else None


def load_areas(con, areas: Iterable[Area]) -> list[Area]:
    """Well-known areas as places of their own (feature L/AREA or L/RGN, a synthetic id), at
    their anchor's point, country and region, with its population (at least a well-known
    town's), found by their name and aliases;
    a region's other names join the region. Returns the areas left out (anchor unknown)."""
    new_ids = store.synthetic_ids(con)
    left_out = []
    for area in areas:
        anchor = area_anchor(con, area)
        if anchor is None:
            left_out.append(area)
            continue
        names = [area.name, *area.aliases]
        if area.kind == OTHER_NAME_KIND:
            store.index_names(con, area.at, names)
            con.executemany("INSERT INTO alternate_names VALUES (?, ?, ?)",
                            [(area.at, n, None) for n in store.new_alternate_names(
                                con, area.at, names)])
            continue
        _, at_name, at_ascii, country, admin1_code, admin2_code, population, lat, lon = anchor
        fclass, fcode, quarter = AREA_KINDS[area.kind]
        shown = join_parts(display_spelling(at_ascii or at_name), area.name) if quarter \
            else area.name
        gid = next(new_ids)
        # Well known by being listed: its fame is judged by population (a name abroad, an
        # exact name NER calls a person), so it counts at least as a well-known town.
        population = max(population or 0, WELL_KNOWN_POPULATION)
        store.write_places(con, [(gid, area.name, shown, fclass, fcode, country, admin1_code,
                                  admin2_code, population, lat, lon, 0)],
                           [(gid, n, None) for n in dict.fromkeys(area.aliases)],
                           store.name_rows(gid, names))  # a new id: no names yet
    return left_out
