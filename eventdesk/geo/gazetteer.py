"""Reading the index: the opened index and its lookups (exact, normalised, loose
spellings; a row read as a scored candidate in candidate_rows.py), composed with place
detection (detection.py, span_judging.py, span_vetting.py, name_words.py), country context
(country_context.py) and resolution (resolution.py); and the shared opened index.
"""

from __future__ import annotations

import array
import bisect
import sqlite3
import threading
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from eventdesk import settings
from eventdesk.errors import GazetteerError
from eventdesk.geo.candidate_rows import CANDIDATE_SQL, MATCH_RANK, candidate_from_row, scored
from eventdesk.geo.candidates import Candidate, _lookup_country_codes
from eventdesk.geo.countries import SHARED_ADJECTIVES
from eventdesk.geo.country_context import CountryContext
from eventdesk.geo.detection import PlaceDetection
from eventdesk.geo.normalize import (
    article_split,
    fold,
    loose_key,
    loose_of_key,
    name_key,
    skeleton,
)
from eventdesk.geo.resolution import Resolution
from eventdesk.geo.store import SCHEMA_VERSION, name_hash
from eventdesk.geo.words import english_words, everyday_words

# A name the index lacks in the report's country, read by loose spelling there
# (Gazetteer.loose_candidates): its letters at least, how alike (0-100) its loose key must be
# to a name's of the country, and how alike its plain key.
LOOSE_MIN_LETTERS = 6
LOOSE_SIMILARITY = 90
LOOSE_KEY_SIMILARITY = 84
# Names shorter than this are read only by the same loose key ("Lurgan" is not Logan).
LOOSE_FUZZY_LETTERS = 8
# The first letters of the keys whose loose key may start with a letter (kh -> h, vowels -> a).
_LOOSE_KEY_STARTS = {"a": "aeiouwy", "h": "hk", "s": "sc", "f": "fp"}


class _LooseKeys(NamedTuple):
    """A country's loose keys that start with one letter (Gazetteer._loose_keys)."""

    keys: dict[str, list[str]]  # loose key -> the name keys that read so
    choices: tuple[str, ...]  # the loose keys, in order: fuzzy matching compares with these


class _HashSet:
    """Membership in a sorted array of 64-bit hashes: ~8 bytes per name, no SQLite round trip."""

    __slots__ = ("_values",)

    def __init__(self, data: bytes | None):
        self._values = array.array("q")
        if data:
            self._values.frombytes(data)

    def __contains__(self, text: str) -> bool:
        value = name_hash(text)
        i = bisect.bisect_left(self._values, value)
        return i < len(self._values) and self._values[i] == value

    def __len__(self) -> int:
        return len(self._values)


def _kept(cache: dict, key, value, limit: int):
    """`value`, stored under `key` in `cache`, emptied first once it holds more than
    `limit` entries: the index is asked per clause, and a long batch must not grow
    memory without end."""
    if len(cache) > limit:
        cache.clear()
    cache[key] = value
    return value


class Gazetteer(CountryContext, PlaceDetection, Resolution):
    """An opened index. Thread-safe for reading; cheap lookups are cached."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._city_states: dict[str, Candidate | None] = {}
        try:
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                        check_same_thread=False)
            version = self._con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            blobs = dict(self._con.execute("SELECT name, data FROM blobs"))
            country_rows = self._con.execute("SELECT key, code, kind FROM country_names")
            self._country_names: dict[str, str] = {}
            self._demonyms: dict[str, str] = {}
            for key, code, kind in country_rows:
                target = self._country_names if kind == "name" else self._demonyms
                target.setdefault(key, code)
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(
                f"not a usable gazetteer index ({exc}); rebuild it with `eventdesk gazetteer "
                "build`", path=str(self.path)) from exc
        if not version or version[0] != SCHEMA_VERSION:
            raise GazetteerError(
                "gazetteer index has an old or unknown schema; rebuild it with "
                "`eventdesk gazetteer build`", path=str(self.path))
        self._keys = _HashSet(blobs.get("key_hashes"))
        self._skeletons = _HashSet(blobs.get("skel_hashes"))
        self._shared_adjectives = frozenset(name_key(a) for a in SHARED_ADJECTIVES)
        self._english = english_words()
        self._everyday = everyday_words()
        self._lock = threading.Lock()
        self._row_cache: dict[tuple[str, str], list[tuple]] = {}
        self._candidate_cache: dict[str, list[Candidate]] = {}
        self._district_cache: dict[int, bool] = {}
        self._loose_by_country: dict[tuple[str, str], _LooseKeys] = {}

    def close(self) -> None:
        self._con.close()

    def info(self) -> dict[str, str]:
        """What the index holds and where it came from."""
        meta = dict(self._con.execute("SELECT key, value FROM meta"))
        meta["path"] = str(self.path)
        meta["size_bytes"] = str(self.path.stat().st_size)
        return meta

    def _rows(self, column: str, value: str) -> list[tuple]:
        cache_key = (column, value)
        rows = self._row_cache.get(cache_key)
        if rows is None:
            with self._lock:
                rows = _kept(self._row_cache, cache_key, self._con.execute(
                    CANDIDATE_SQL.format(column=column), (value,)).fetchall(), 50_000)
        return rows

    def _city_state(self, code: str | None) -> Candidate | None:
        """The capital of a country that is one city (it holds at least half of the
        country's people: Hong Kong, Macau, Singapore), else None; computed once a country."""
        key = (code or "").upper()
        if key not in self._city_states:
            self._city_states[key] = self._find_city_state(key)
        return self._city_states[key]

    def _find_city_state(self, code: str) -> Candidate | None:
        from eventdesk.geo.build import country_table

        info = country_table().get(code)
        if not info or not info.get("capital") or not info.get("population"):
            return None
        named = [c for c in self.candidates(info["capital"])
                 if c.country_code == code and not c.is_region and c.match != "transliteration"]
        # GeoNames marks Macau's city a plain PPL: the capital's namesake in the country then
        capitals = [c for c in named if c.feature_code == "PPLC"] or named
        best = max(capitals, key=lambda c: c.population, default=None)
        return best if best and best.population >= 0.5 * info["population"] else None

    def candidates(self, name: str) -> list[Candidate]:
        """Every place whose name matches `name` by key or skeleton, scored by match and size.

        The Candidate objects are shared between calls: treat them as read-only (`rank`
        returns re-scored copies).
        """
        key = fold(name) + ("-" if "-" in name else "")   # a hyphen may join a name
        cached = self._candidate_cache.get(key)
        if cached is None:
            cached = _kept(self._candidate_cache, key, self._candidates_uncached(name), 20_000)
        return list(cached)

    def _candidates_uncached(self, name: str) -> list[Candidate]:
        folded, key, skel = fold(name), name_key(name), skeleton(name)
        if not key:
            return []
        found: dict[int, Candidate] = {}
        tiers = [("key", key)]
        if skel and len(skel.replace(" ", "")) >= 4:
            tiers.append(("skel", skel))
        for column, value in tiers:
            for row in self._rows(column, value):
                row_folded, row_key, gid = row[:3]
                if row_folded == folded:
                    match = "exact"
                elif row_key == key:
                    match = "normalised"
                else:
                    match = "transliteration"
                previous = found.get(gid)
                if previous is not None and MATCH_RANK[previous.match] >= MATCH_RANK[match]:
                    continue
                found[gid] = candidate_from_row(row, match)
            if column == "key" and any(c.match == "exact" for c in found.values()):
                break
        if not found and "-" in name and " " in key:
            # "Pétion-Ville" for Pétionville: a name written hyphenated that the index
            # holds as one word
            found.update((row[2], candidate_from_row(row, "normalised"))
                         for row in self._rows("key", key.replace(" ", "")))
        close = any(c.match != "transliteration" for c in found.values())
        split = None if close or self._is_english(folded.split()[0]) else article_split(folded)
        if split is not None:
            # "Elwak" for El Wak: the article written fused to the name (the same letters:
            # an exact match), before a loose spelling of another
            found.update((row[2], candidate_from_row(
                row, "exact" if row[0] == split else "normalised"))
                for row in self._rows("key", name_key(split)))
        return scored(found.values())

    def loose_candidates(self, name: str, country_code: str) -> list[Candidate]:
        """Places of one country whose name is spelt like `name` but for the letters
        transliterations disagree on ("Dhuluiya" for Ad Duluiyah, "Menbeij" for Manbij): the
        same loose key (or, for a long name, a LOOSE_SIMILARITY-alike one with the same
        first letter), and a plain key LOOSE_KEY_SIMILARITY alike (the most alike of them).

        Only within the country the report is about and only for a name the index lacks
        there: a loose spelling abroad is a namesake. Read as transliteration matches.
        """
        from rapidfuzz import fuzz, process

        key = name_key(name)
        loose = loose_key(name)
        if len(key.replace(" ", "")) < LOOSE_MIN_LETTERS or not loose:
            return []
        names, choices = self._loose_keys(country_code, loose[0])
        plain = key.replace(" ", "")
        alike = [loose] if loose in names else []
        if len(plain) >= LOOSE_FUZZY_LETTERS:  # a short name only by the same loose key
            alike += [choice for choice, _, _ in process.extract(
                          loose, choices, scorer=fuzz.ratio, limit=5,
                          score_cutoff=LOOSE_SIMILARITY) if choice != loose]
        # ... and the plain keys alike too: "Dhuluiya" is not Diyala, though vowels
        # folded they read the same
        spellings = [(fuzz.ratio(plain, row_key.replace(" ", "")), row_key)
                     for choice in alike for row_key in names[choice]]
        best = max((score for score, _ in spellings), default=0)
        found: dict[int, Candidate] = {}
        for score, row_key in spellings:
            if score < best or score < LOOSE_KEY_SIMILARITY:
                continue
            for row in self._rows("key", row_key):
                if row[4] == country_code and row[2] not in found:
                    found[row[2]] = candidate_from_row(row, "transliteration")
        return scored(found.values())

    def _loose_keys(self, country_code: str, letter: str) -> _LooseKeys:
        """loose key -> keys of a country's Latin-script names whose loose key starts with
        `letter`, and those loose keys in order (the choices fuzzy matching compares with),
        read once: a report's unknown names need few letters of its country."""
        found = self._loose_by_country.get((country_code, letter))
        if found is None:
            keys: dict[str, list[str]] = defaultdict(list)
            starts = _LOOSE_KEY_STARTS.get(letter, letter)
            with self._lock:
                rows = self._con.execute(
                    "SELECT DISTINCT n.key FROM name_index n JOIN places p "
                    "ON p.geonameid = n.geonameid WHERE p.country_code = ? AND substr(n.key, "
                    f"1, 1) IN ({','.join('?' * len(starts))})",
                    (country_code, *starts)).fetchall()
            for (row_key,) in rows:
                loose = loose_of_key(row_key)
                if loose.startswith(letter):
                    keys[loose].append(row_key)
            found = _LooseKeys(dict(keys), tuple(keys))
            self._loose_by_country[(country_code, letter)] = found
        return found

    def lookup(self, name: str, *, country: str | None = None, limit: int = 10
               ) -> list[Candidate]:
        """Ranked candidates for a place name, optionally within one country (its ISO2 or
        ISO3 code or any of its names; there, a name it lacks is read by loose spelling)."""
        codes = _lookup_country_codes(country, limit)
        found = self.candidates(name)
        if codes:
            found = [c for c in found if c.country_code == codes[0]] or \
                self.loose_candidates(name, codes[0])
        return found[:limit]

    def is_district_place(self, geonameid: int | None) -> bool:
        """Whether a resolved place is a second-level division (a district at its seat)."""
        if geonameid is None:
            return False
        found = self._district_cache.get(geonameid)
        if found is None:  # placing asks per clause of the same few places
            with self._lock:
                row = self._con.execute("SELECT feature_code FROM places WHERE geonameid = ?",
                                        (geonameid,)).fetchone()
                found = _kept(self._district_cache, geonameid,
                              row is not None and row[0] == "ADM2", 50_000)
        return found

    def country_code_of(self, name: str) -> str | None:
        """ISO2 code of a country name ('Syria', 'DR Congo'), else None."""
        return self._country_names.get(name_key(name))

    def demonym_country(self, word: str) -> str | None:
        """ISO2 code for a demonym ('Syrian' -> SY), else None."""
        return self._demonyms.get(name_key(word))


_OPENED: dict[Path, Gazetteer] = {}
_OPEN_LOCK = threading.Lock()


def open_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The index at `path` (default: settings), built from packaged data if missing."""
    target = Path(path) if path is not None else settings.gazetteer_path()
    target = target.expanduser().resolve()
    with _OPEN_LOCK:
        gaz = _OPENED.get(target)
        if gaz is not None and target.exists():
            return gaz
        from eventdesk.geo.build import DEFAULT_BUILD, DEFAULT_SOURCE, build_default

        if target.is_dir():
            raise GazetteerError("is a folder, not a gazetteer index file (setting "
                                 "gazetteer, env EVENTDESK_GAZETTEER)", path=str(target))
        if not target.exists():
            build_default(target)
        gaz = Gazetteer(target)
        meta = gaz.info()
        if meta.get("sources") == DEFAULT_SOURCE and meta.get("default_build") != DEFAULT_BUILD:
            # A default index from an older eventdesk: derived data, so rebuild it.
            gaz.close()
            build_default(target)
            gaz = Gazetteer(target)
        _OPENED[target] = gaz
        return gaz


def forget_opened(path: str | Path | None = None) -> None:
    """Close the cached index at `path` (after a rebuild or an import replaced that file), or
    every cached index when no path is given. Other indexes stay open: a pipeline that holds
    one keeps working while another file is imported."""
    with _OPEN_LOCK:
        if path is None:
            targets = list(_OPENED)
        else:
            targets = [Path(path).expanduser().resolve()]
        for target in targets:
            gaz = _OPENED.pop(target, None)
            if gaz is not None:
                gaz.close()
