"""Whether two admin1 names are the same first-level region, for the scorer's match of a
pair with no coordinates (GUIDELINES.md, "Scoring": "the same admin1").

First the names folded alike (`fold_admin1`: case, accents, articles, the kind words of
geo/region_names.py, spaces) of one country; else, when a gazetteer index is at hand,
both names of one region of the event's country in the index's own names of its regions
(geo/region_aliases.py): "Nord-Kivu" and "North Kivu", "Tombouctou" and "Timbuktu" are one
region, as GeoNames writes them. A name must be a name of exactly one region of the
country: "Shanxi" and "Shaanxi" are each another province's own name, so they stay two. A
name the index does not hold as written (a spelling of no data) is no alias; with no index
the folded compare alone decides. `eventdesk eval` says which index it read
(`alias_index`), since scores depend on it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from eventdesk import settings
from eventdesk.geo.countries import country_of
from eventdesk.geo.region_aliases import region_aliases
from eventdesk.geo.region_names import REGION_WORDS

# The words naming a region's kind, folded out of its name (geo/region_names.py's list),
# all but "city": a capital city that is a first-level region of its own is not the region
# named like it ("Mexico City" is not the State of Mexico).
CITY_REGIONS_KEPT = frozenset({"city"})
_ADMIN_WORDS = re.compile(r"\b(?:" + "|".join(sorted(
    (re.escape(w) for w in REGION_WORDS if w not in CITY_REGIONS_KEPT),
    key=len, reverse=True)) + r")\b")


def fold_admin1(name: str | None) -> str | None:
    """Admin1 names compared with case, accents, "al-"-style articles, punctuation and
    generic words ("Governorate", "Province") folded: "Al-Hasakah" == "hasakah governorate".

    One name written as one word or several is the same region, so the spaces and hyphens
    between its words are folded too: "North-West" == "Northwest". Doubled letters are not
    ("Shanxi" and "Shaanxi" are two provinces), nor names in another language ("Nord-Kivu":
    `same_admin1` reads those from the index)."""
    if not name:
        return None
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[\u2018\u2019'`ʿʾ]", "", text)
    text = re.sub(r"\b(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez)[-\s]+(?=\w)", "", text)
    text = _ADMIN_WORDS.sub(" ", text)
    text = re.sub(r"[^\w]+", "", text)
    return text or None


def same_admin1(a: str | None, a_country: str | None, b: str | None,
                b_country: str | None) -> bool:
    """The two admin1 names, each of its event's country, name one region: folded alike
    and of one country (when both countries are told), or both a name of the same one
    region of that country in the gazetteer index."""
    folded_a, folded_b = fold_admin1(a), fold_admin1(b)
    if folded_a is None or folded_b is None:
        return False
    code_a, code_b = country_of(a_country), country_of(b_country)
    if folded_a == folded_b:
        # "Punjab" of India is not "Punjab" of Pakistan
        return code_a is None or code_b is None or code_a == code_b
    index = alias_index()
    if index is None:
        return False
    region = _region(index, code_a, folded_a)
    return region is not None and region == _region(index, code_b, folded_b)


def alias_index() -> tuple[str, int, int] | None:
    """The gazetteer index whose region names `same_admin1` reads, as its path, time of
    change and size (so that an index rebuilt in the same process is read anew), or None
    when there is no index file: then names folded alike alone match."""
    path = settings.gazetteer_path()
    try:
        stat = path.stat()
    except OSError:
        return None
    return (str(path), stat.st_mtime_ns, stat.st_size) if path.is_file() else None


@functools.lru_cache(maxsize=4096)
def _region(index: tuple[str, int, int], country_code: str | None, folded: str) -> int | None:
    """The one region of the country the folded admin1 name is a name of, else None."""
    if country_code is None:
        return None
    found = _regions_by_name(index, country_code).get(folded, ())
    return next(iter(found)) if len(found) == 1 else None


@functools.lru_cache(maxsize=64)
def _regions_by_name(index: tuple[str, int, int], country_code: str
                     ) -> dict[str, frozenset[int]]:
    """Folded name -> the country's regions of that name in the index (read once per
    version of the index file)."""
    found: dict[str, set[int]] = {}
    for geonameid, name in region_aliases(Path(index[0]), country_code):
        folded = fold_admin1(name)
        if folded:
            found.setdefault(folded, set()).add(geonameid)
    return {name: frozenset(ids) for name, ids in found.items()}
