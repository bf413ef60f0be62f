"""Reading the index: lookup, place detection in a spaCy Doc, country context, resolution."""

from __future__ import annotations

import array
import bisect
import dataclasses
import math
import re
import sqlite3
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from eventdesk import settings
from eventdesk.distance import haversine_km
from eventdesk.errors import GazetteerError, UsageError
from eventdesk.extensions import doc_entities, doc_text
from eventdesk.geo.countries import SHARED_ADJECTIVES, country_name, country_of
from eventdesk.geo.normalize import (
    ARABIC_ARTICLES,
    display_spelling,
    fold,
    loose_key,
    loose_of_key,
    name_key,
    skeleton,
)
from eventdesk.geo.store import SCHEMA_VERSION, name_hash
from eventdesk.geo.words import (
    COMMON_WORDS,
    MONTHS,
    TITLES,
    WEEKDAYS,
    english_words,
    everyday_words,
)
from eventdesk.records import Place

MAX_NGRAM = 6
# Populations from which a place is "well known": kept even when its name is an English
# word or NER calls it a person.
WELL_KNOWN_POPULATION = 50_000
REGION_DESIGNATORS = frozenset(
    {"province", "governorate", "state", "region", "department", "oblast", "prefecture",
     "county", "provinces", "governorates", "states", "regions"}
)
PLACE_DESIGNATORS = frozenset(
    {"district", "city", "town", "village", "neighbourhood", "neighborhood", "area",
     "countryside", "suburb", "quarter", "camp", "municipality", "subdistrict", "outskirts",
     "territory", "township", "lga"}
)
# Words that name a second-level division ("the Urgun district", "Masisi territory"): a
# district reading then goes before its seat's namesake town (which wins otherwise: a
# district scores as an administrative area); without one a name that is only a district's
# is a place only in a report about its country.
DISTRICT_DESIGNATORS = frozenset(
    {"district", "territory", "township", "county", "municipality", "cercle", "lga"})
# "X, a town near Y": a description after the name that says it is a settlement.
APPOSITIVE_DESIGNATORS = frozenset({"town", "village", "city", "suburb", "district"})
# Designators of a part of a city: a name so placed is never a city abroad.
CITY_PART_DESIGNATORS = frozenset(
    {"district", "neighbourhood", "neighborhood", "suburb", "quarter", "subdistrict"}
)
# Villages smaller than this that share a region's name are not what a report means by it.
SMALL_NAMESAKE_POPULATION = 10_000
# "Palma in Cabo Delgado province", "Koure, about 60 km east of Niamey": words between a
# place and the place the text puts it in or near, at most ANCHOR_GAP of them; its readings
# farther than ANCHOR_KM from there are namesakes (a province is a few hundred km across).
ANCHOR_LINKS = frozenset({",", "in", "near", "outside", "of", "the", "a", "an", "about",
                          "some", "around", "roughly", "nearly", "almost", "just", "from",
                          "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer",
                          "miles", "mile", "northern", "southern", "eastern", "western",
                          "central"})
DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer",
                            "miles", "mile"})
ANCHOR_GAP = 8
ANCHOR_KM = 500
# Words before a name that say it is a place even when NER calls it a person.
LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "around", "inside", "into",
                            "between"})
# "left Lalibela", "entered Kidal", "took control of Kidal": words a person seldom follows
ENTERED_WORDS = frozenset({"left", "entered", "evacuated", "abandoned"})
CONTROL_NOUNS = frozenset({"control", "outskirts", "centre", "center"})
COMPASS_POINTS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                            "southeast", "southwest", "north-east", "north-west", "south-east",
                            "south-west"})
# "west Aleppo", "northern Sumatra": where in a place, written before its name
LOWER_COMPASS_WORDS = COMPASS_POINTS | {"northern", "southern", "eastern", "western",
                                        "central", "northeastern", "northwestern",
                                        "southeastern", "southwestern"}
# Last words of a body of water's name ("Red Sea", "Lake Chad" is caught by its region word).
WATER_WORDS = frozenset({"sea", "ocean", "gulf", "bay", "strait", "straits", "lake", "river",
                         "canal"})
# Words after a name that make it a facility or a group, not a place ("al-Omari mosque").
FACILITY_WORDS = frozenset(
    {"mosque", "church", "hospital", "clinic", "school", "university", "college", "street",
     "road", "bridge", "square", "market", "stadium", "airport", "airbase", "prison", "hotel",
     "checkpoint", "roundabout", "highway", "brigade", "brigades", "battalion", "front",
     "army", "council", "agency", "committee", "company", "tribe", "clan", "family",
     "movement", "party", "militia", "group", "network", "channel", "newspaper", "foundation",
     "palace", "cartel", "gang", "fighters", "militants", "militiamen", "insurgents",
     "jihadists", "theatre", "theater", "museum", "cinema"}
)
# Last words of a site's name that places it in the town whose name opens it ("the Deir
# Ezzor Military Airport"), when that town has at least SITE_TOWN_POPULATION people.
SITE_ENDINGS = frozenset({"airport", "airbase", "airfield", "prison", "university", "college",
                          "hospital", "stadium", "refinery", "barracks", "court"})
SITE_TOWN_POPULATION = 10_000
# Lower-case words allowed inside a multiword name ("Santa Rosa del Sur").
CONNECTORS = ARABIC_ARTICLES | frozenset(
    {"de", "del", "la", "le", "les", "des", "du", "da", "do", "dos", "das", "di", "of", "and",
     "au", "aux", "sur", "en", "e",
     "the", "bin", "ibn", "wa", "y", "-", "'", "’"}
)
# Country context: what each kind of evidence weighs (see Gazetteer.document_countries).
# apostrophes and ayn/hamza marks inside transliterated names ("Na’am", "‘Eiss")
NAME_APOSTROPHES = "'’‘`ʼʿʾ"
COUNTRY_NAME_WEIGHT = 1.5
DEMONYM_WEIGHT = 0.75
# "Saudi-led", "Britain-based", "pro-Russian": a foreign party, not where things happen.
COMPOUND_WEIGHT = 0.2
FOREIGN_COMPOUND_WORDS = frozenset(
    {"led", "backed", "based", "funded", "brokered", "sponsored", "born", "made", "owned",
     "supported", "trained", "allied", "aligned", "registered", "headquartered", "armed"}
)
# "near the Afghan border", "the Syrian-Turkish frontier": a demonym naming the neighbour
# across the line, as often as not another country than the scene's; it weighs as a
# compound does
BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary"})
REGION_EVIDENCE = 1.5
DISTRICT_EVIDENCE = 0.75
# Below this a mention only confirms a country that stronger evidence supports.
STRONG_EVIDENCE = 1.0
# What a weak mention adds, at least, to a country that strong evidence supports.
WEAK_SUPPORTED_WEIGHT = 0.5
# No single place says more than this (a capital, a city of a million).
MAX_PLACE_EVIDENCE = 3.0
# The dateline names where the reporter is, often a neighbouring country's capital.
DATELINE_FACTOR = 0.5
FAMOUS_POPULATION = 1_000_000
# "the city of Qamishli" (another spelling of Al Qamishli) says its own country from this
# size; "Sarrin town" is no hamlet in Peru.
DESIGNATED_TOWN_POPULATION = 5_000
# "Daraa al-Balad" unknown: Daraa, when Daraa is at least this big.
PREFIX_TOWN_POPULATION = 5_000
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
BIG_CITY_POPULATION = 300_000
_SENTENCE_END = frozenset({".", "!", "?", "\n", "\n\n", '"', "“", "”", ":", ";", "–", "—"})
_COUNTRY_KIND = "country"


@dataclass(slots=True)
class Candidate:
    """One place an ambiguous name may refer to, with the reasons for its score."""

    geonameid: int
    name: str
    country_code: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    feature_class: str | None
    feature_code: str | None
    population: int
    latitude: float | None
    longitude: float | None
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    is_region: bool = False
    match: str = "normalised"
    matched_name: str = ""
    # How analysts write it (ASCII, 'Hamah' for 'Ḩamāh'); `name` is GeoNames' own.
    display_name: str = ""

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class PlaceMention:
    """A span of the document that names a place, a region or a country."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    candidates: list[Candidate]
    kind: str = "place"
    designator: str | None = None
    country_code: str | None = None


@dataclass(slots=True)
class _Scan:
    """What place detection knows about one document."""

    text: str
    tokens: list
    words: list[str]
    lower_words: frozenset[str]
    entity_of: dict[int, tuple[str, int]]
    has_pos: bool
    sentences: frozenset[int]
    dateline: frozenset[int]
    outlet: frozenset[int]
    site_names: frozenset[int]


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




_CANDIDATE_SQL = """
SELECT n.folded, n.key, p.geonameid, p.name, p.country_code, a1.name, a2.name,
       p.feature_class, p.feature_code, p.population, p.latitude, p.longitude, p.is_region,
       p.asciiname
FROM name_index n JOIN places p ON p.geonameid = n.geonameid
LEFT JOIN admin1 a1 ON a1.code = p.country_code || '.' || p.admin1_code
LEFT JOIN admin2 a2 ON a2.code = p.country_code || '.' || p.admin1_code || '.' || p.admin2_code
WHERE n.{column} = ?
ORDER BY p.population DESC
LIMIT 200
"""


class Gazetteer:
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
        self._loose_by_country: dict[tuple[str, str], _LooseKeys] = {}

    def close(self) -> None:
        self._con.close()

    # ----------------------------------------------------------------------------- lookup
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
                rows = self._con.execute(_CANDIDATE_SQL.format(column=column),
                                         (value,)).fetchall()
                if len(self._row_cache) > 50_000:
                    self._row_cache.clear()
                self._row_cache[cache_key] = rows
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
        folded = fold(name)
        cached = self._candidate_cache.get(folded)
        if cached is None:
            cached = self._candidates_uncached(name)
            if len(self._candidate_cache) > 20_000:
                self._candidate_cache.clear()
            self._candidate_cache[folded] = cached
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
                if previous is not None and _MATCH_RANK[previous.match] >= _MATCH_RANK[match]:
                    continue
                found[gid] = _candidate_from_row(row, match)
            if column == "key" and any(c.match == "exact" for c in found.values()):
                break
        return _scored(found.values())

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
                    found[row[2]] = _candidate_from_row(row, "transliteration")
        return _scored(found.values())

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
        with self._lock:
            row = self._con.execute("SELECT feature_code FROM places WHERE geonameid = ?",
                                    (geonameid,)).fetchone()
        return row is not None and row[0] == "ADM2"

    def country_code_of(self, name: str) -> str | None:
        """ISO2 code of a country name ('Syria', 'DR Congo'), else None."""
        return self._country_names.get(name_key(name))

    def demonym_country(self, word: str) -> str | None:
        """ISO2 code for a demonym ('Syrian' -> SY), else None."""
        return self._demonyms.get(name_key(word))

    # --------------------------------------------------------------------- place detection
    def find_mentions(self, doc) -> list[PlaceMention]:
        """Places, regions and countries named in a spaCy Doc, found through the gazetteer.

        Names that are places only in the right country (an English noun that NER calls a
        place, a tiny namesake found by the loosest spelling rule) are kept when the rest of
        the report names that country.
        """
        tokens = list(doc)
        words = [t.text for t in tokens]
        starts = [t.idx for t in tokens]
        n = len(tokens)
        text = doc_text(doc)
        has_pos = doc.has_annotation("POS")
        dateline, outlet = _dateline(words)
        scan = _Scan(
            text=text, tokens=tokens, words=words,
            lower_words=frozenset(w for w in words if w[:1].islower()),
            entity_of=_entity_labels(doc), has_pos=has_pos,
            # Token.is_sent_start rescans the whole Doc on every call: collect starts once.
            sentences=(frozenset(s.start for s in doc.sents)
                       if has_pos and doc.has_annotation("SENT_START") else frozenset()),
            dateline=dateline, outlet=outlet, site_names=_site_name_starts(doc),
        )
        mentions: list[PlaceMention] = []
        pending: list[tuple[PlaceMention, frozenset[str], bool]] = []
        i = 0
        while i < n:
            if i in outlet or not _can_start(words, i):
                i += 1
                continue
            matches: list[tuple[int, str, str | None]] = []
            for j in range(i + 1, min(n, i + MAX_NGRAM) + 1):
                last = words[j - 1]
                if j - 1 > i and not _can_continue(last):
                    break
                if not _can_end(last):
                    continue
                span_text = text[starts[i]:starts[j - 1] + len(last)]
                key = name_key(span_text)
                if not key:
                    continue
                code = self._country_names.get(key)
                if code is not None:
                    matches.append((j, _COUNTRY_KIND, code))
                elif key in self._keys:
                    matches.append((j, "key", None))
                elif (len(key) >= 6 and key not in self._demonyms
                      and skeleton(span_text) in self._skeletons):
                    matches.append((j, "skel", None))
            # Longest match wins; a shorter one stands in when the longer is rejected.
            found = None
            for j, how, code in reversed(matches):
                found = self._make_mention(scan, i, j, how, code)
                if found is not None:
                    break
            if found is None:
                i += 1
                continue
            mention, needs, fallback = found
            if needs is None:
                mentions.append(mention)
            else:
                pending.append((mention, needs, fallback))
            i = mention.end
        if not mentions and not pending:
            return mentions
        mentions = _without_anchored_namesakes(mentions, words)
        mentions = self._without_unsupported_alternates(mentions, words)
        _, strong, named = self._evidence_weights(doc, words, mentions)
        if pending:
            # Names that are places only in the right country: kept when the report is
            # about that country; else, unless the report names another country, the
            # populous ones (a demonym names an actor's home, not where things happen: "the
            # Turkish consulate in Thessaloniki").
            context = {code for code, weight in strong.items() if weight > 0}
            kept = [m for m, needs, fallback in pending
                    if needs & context or (fallback and not named)]
            if kept:
                mentions = sorted(mentions + kept, key=lambda m: m.start)
                strong = self._evidence_weights(doc, words, mentions)[1]
        if strong:
            mentions = self._with_loose_spellings(doc, mentions, strong)
            _context_first(mentions, strong)
        return mentions

    def _with_loose_spellings(self, doc, mentions: list[PlaceMention],
                              strong: dict[str, float]) -> list[PlaceMention]:
        """"clashes in Menbeij" in a Syrian report: a name NER calls a place, that the index
        lacks, read by loose spelling in the country the report is most about (never in
        another: there a loose spelling is a namesake)."""
        country = max(strong, key=strong.get)
        if strong[country] <= 0:
            return mentions
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added = []
        for ent in doc_entities(doc):
            span = ent[1:] if ent[0].lower_ == "the" else ent
            if ent.label_ not in ("GPE", "LOC") or not span.text[:1].isupper() or any(
                    i in covered for i in range(ent.start, ent.end)) or any(
                    self._is_english(t.text) for t in span):
                continue
            candidates = self.loose_candidates(span.text, country)
            if candidates:
                added.append(PlaceMention(span.start, span.end, span.start_char, span.end_char,
                                          span.text, candidates))
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    @staticmethod
    def named_region_countries(mentions: list[PlaceMention]) -> list[str]:
        """Countries of the regions the report names as such, exactly and in one country
        only ("Haydan district of Saada province"): the report is about that country, however
        little the region weighs beside the cities of another."""
        out: list[str] = []
        for mention in mentions:
            if mention.kind != "region" or mention.designator not in REGION_DESIGNATORS:
                continue
            codes = {c.country_code for c in mention.candidates
                     if c.is_region and c.match == "exact"}
            if len(codes) == 1 and not codes <= set(out):
                out.extend(codes)
        return out

    def _without_unsupported_alternates(self, mentions: list[PlaceMention], words: list[str]
                                        ) -> list[PlaceMention]:
        """"the Cano Limon-Covenas pipeline" in a Colombian report is not Kano, Nigeria: a
        reading by an alternate name (or a loose spelling of one), in a country that nothing
        else in the report names (no other place, no country, no demonym), is a namesake when
        the report names another country. Mentions left with no reading are dropped."""
        sources: dict[str, set[str]] = defaultdict(set)
        for mention in mentions:
            key = mention.country_code if mention.kind == _COUNTRY_KIND else \
                name_key(mention.text)
            codes = {mention.country_code} if mention.kind == _COUNTRY_KIND else {
                c.country_code for c in mention.candidates if c.match != "transliteration"}
            for code in codes:
                sources[code].add(key)
        for word in words:
            code = self._demonyms.get(name_key(word)) if word[:1].isupper() else None
            if code:
                sources[code].add(f"demonym:{code}")
        out = []
        for mention in mentions:
            if mention.kind == _COUNTRY_KIND or _city_part(mention):
                out.append(mention)
                continue
            key = name_key(mention.text)
            named_elsewhere = any(sources[code] - {key} for code in sources)
            # "Homs" names Homs and, exactly, its governorate: one country either way
            by_name = {c.country_code for c in mention.candidates if c.match != "transliteration"
                       and (_main_name(c, key) or c.is_region and c.match == "exact")}
            # "demonstrated in Kiev", "captured the capital of Nanking": a big city's
            # exact name of old, written where only places are named, in a report that
            # names no other place (beside Baghdad, "Yathrib" is a village, not Medina)
            if not any(m.kind != _COUNTRY_KIND and name_key(m.text) != key
                       for m in mentions):
                by_name |= {c.country_code for c in mention.candidates
                            if c.match == "exact" and c.population >= BIG_CITY_POPULATION
                            and not c.is_region and _named_as_place(words, mention.start)}
            # transliteration readings count for no country: left to the resolution rules
            kept = [c for c in mention.candidates if not named_elsewhere
                    or c.match == "transliteration" or c.country_code in by_name
                    or sources[c.country_code] - {key}]
            if kept:
                if len(kept) < len(mention.candidates):
                    mention.candidates = kept
                out.append(mention)
        return out

    def _make_mention(self, scan: _Scan, i: int, j: int, how: str, code: str | None
                      ) -> tuple[PlaceMention, frozenset[str] | None, bool] | None:
        """A mention for tokens i..j, or None when it is not a place.

        Returns (mention, needs, fallback): `needs` is None for a mention kept as it is, else
        the countries one of which the report must be about for it to be kept; `fallback` says
        whether to keep it when the report gives no country evidence at all.
        """
        tokens, words_all, text = scan.tokens, scan.words, scan.text
        start_char = tokens[i].idx
        end_char = tokens[j - 1].idx + len(tokens[j - 1].text)
        span_text = text[start_char:end_char]
        designator = _designator(words_all[max(0, i - 3):j + 6], min(i, 3), min(i, 3) + j - i)
        if designator is None and j - i > 1 and words_all[j - 1].lower() in DISTRICT_DESIGNATORS:
            designator = words_all[j - 1].lower()  # "Tel Afar District": a name with its kind
        if how == _COUNTRY_KIND:
            city = self._city_state(code)
            if city is not None:  # "in Hong Kong", "in Singapore": the city itself
                return PlaceMention(i, j, start_char, end_char, span_text, [city], kind="place",
                                    designator=designator), None, False
            return PlaceMention(i, j, start_char, end_char, span_text, [], kind="country",
                                designator=designator, country_code=code), None, False
        key = name_key(span_text)
        if key in self._demonyms or key in self._shared_adjectives:
            return None
        candidates = self.candidates(span_text)
        needs: frozenset[str] | None = None
        if how == "skel":
            # A loose match needs support: a sizeable place, or an Arabic-article form; a
            # tiny namesake only in a country the report is about.
            article = tokens[i].text.lower() in ARABIC_ARTICLES
            supported = [c for c in candidates if article or c.population >= 1000 or c.is_region]
            if not supported:
                needs = frozenset(c.country_code for c in candidates if c.country_code)
            else:
                candidates = supported
        if not candidates:
            return None
        if all(_is_country_entry(c) for c in candidates):
            # An imported country entry (PCLI) under a name the country table lacks.
            return PlaceMention(i, j, start_char, end_char, span_text, [], kind="country",
                                designator=designator,
                                country_code=candidates[0].country_code), None, False
        candidates = _without_small_namesakes_of_a_region(
            [c for c in candidates if not _is_country_entry(c)])
        # "a market in Khyber": a district's name, named exactly, where only places are named
        located_district = False
        if all(is_district(c) for c in candidates) and designator not in DISTRICT_DESIGNATORS:
            # a district's name alone ("Masisi"): a place in a report about its country
            countries = frozenset(c.country_code for c in candidates if c.country_code)
            needs = countries if needs is None else needs & countries
            located_district = how == "key" and len(countries) == 1 \
                and _after_locative(words_all, i) and any(c.match == "exact" for c in candidates)
        well_known = any(_is_well_known(c, key) for c in candidates)
        region_word = designator in REGION_DESIGNATORS
        place_word = designator in PLACE_DESIGNATORS  # "the town of X", "X district"
        in_dateline = i in scan.dateline  # "ADEN, May 3 (Levant Wire) —"
        words = [t.text for t in tokens[i:j] if t.text.lower() not in CONNECTORS]
        if not words:
            return None
        first = tokens[i].text
        last_lower = tokens[j - 1].text.lower()
        if last_lower in WATER_WORDS and not region_word:
            return None  # the Red Sea, a lake, a river: not a settlement
        if i >= 2 and words_all[i - 1].lower() == "of" and \
                words_all[i - 2].lower() in WATER_WORDS:
            return None  # the Gulf of Aden
        if len(words) == 1:
            word = words[0].lower().rstrip(".")  # "Nov." is November, not Nov in Tajikistan
            if word in MONTHS or word in WEEKDAYS or len(word) <= 2:
                return None
            if word in scan.lower_words and not (region_word or place_word):
                return None
            if (not well_known and scan.has_pos
                    and _sentence_initial(tokens, i, scan.sentences)
                    and tokens[i].pos_ not in ("PROPN", "")):
                return None
        label, ent_len = scan.entity_of.get(i, (None, 0))
        inside_longer = ent_len > j - i
        if i >= 2 and words_all[i - 1] == "-" and words_all[i - 2].lower() in ("pro", "anti"):
            return None  # "pro-Assad": a person or a party, not a place
        if label == "NORP" and ent_len == j - i and not well_known and all(
                self._is_english(w) for w in words):
            return None  # "Kurdish", "Shiite": a people or a creed (NER's NORP alone is not)
        if all(self._is_english(w) for w in words) and not region_word:
            # English words: the lemma list holds everyday words ('Union', 'Forest') and
            # proper nouns ('Aleppo', 'Darfur', 'Mafa') alike.
            named_region = any(c.is_region and c.match == "exact" for c in candidates)
            if all(w.lower() in COMMON_WORDS for w in words):
                return None
            if all(self._is_everyday(w) for w in words) and not place_word and not (
                    len(words) > 1 and any(_is_famous(c, key) for c in candidates)):
                # 'National', 'Human', 'Union': never a place without a place word; but
                # 'Central Darfur', 'Port Sudan' have a proper noun, and 'Port-au-Prince'
                # is a capital.
                return None
            if not (named_region or place_word or in_dateline or needs is not None or any(
                    _is_famous(c, key) for c in candidates)):
                # A proper noun of the lemma list: a place when the report is about its
                # country, or (with no country evidence at all) when it is well known; a
                # small one only where NER also calls it a place.
                needs = frozenset(c.country_code for c in candidates if c.country_code and (
                    c.match == "exact" or _main_name(c, key)))
                if not needs or (not well_known and label not in ("GPE", "LOC")):
                    return None
        # judged on the letters: "Dara’a" or "Ma'arrat" is no word of only letters
        letters = "".join(ch for t in tokens[i:j] for ch in t.text if ch.isalpha())
        all_caps = letters.isupper()
        if all_caps and not in_dateline and not any(
                _is_well_known(c, key, by_main_name=True) and c.matched_name == fold(c.name)
                for c in candidates):
            return None  # capitals outside the dateline: an acronym or a heading ("SANA")
        if first.isupper() and len(first) <= 5 and not any(
                c.match == "exact" and c.matched_name == fold(c.name) for c in candidates):
            return None  # an acronym ("SANA") that only looks like a place
        if first.lower() in STOP_WORDS and not well_known:
            return None
        # "the Deir Ezzor Military Airport": a sizeable town's name opening a site's name
        opens_site = i in scan.site_names and any(
            c.population >= SITE_TOWN_POPULATION for c in candidates)
        if j < len(tokens) and tokens[j].text.lower() in FACILITY_WORDS and not opens_site:
            by_main = [c for c in candidates if _is_well_known(c, key, by_main_name=True)]
            if not by_main:
                return None  # a facility or a group named after someone ("Talal mosque")
            if needs is None and not any(_is_famous(c, key) for c in candidates):
                # "Hodeidah airport" in a Yemen report, not "Colón Theatre" in a Colombian one.
                needs = frozenset(c.country_code for c in by_main if c.country_code)
        if i > 0 and tokens[i - 1].text.lower().rstrip(".") in TITLES and not well_known:
            return None
        if first.lower() in TITLES and not (
                j - i > 1 and _after_locative(words_all, i)
                and any(c.match == "exact" for c in candidates)):
            return None  # "Imam Ali said"; but "soldiers in Imam Sahib", "in Sheikh Maqsoud"
        if scan.has_pos and _told(tokens[i].doc[i:j].root):
            return None  # "the source told Xinhua": a listener, an outlet or a person
        # The word before the name, or before its article ("Jabur al-Qassem").
        before = i - 3 if i >= 2 and words_all[i - 1] == "-" and \
            words_all[i - 2].lower() in ARABIC_ARTICLES else i - 1
        if not well_known and (self._continues_name(words_all, j) or (
                before >= 0 and self._is_name_word(words_all[before]))):
            return None  # part of a longer unknown name ("Jebel Marra", "Dar Saad")
        if well_known and (self._opens_longer_name(candidates, words_all, i, j)
                           or self._closes_longer_name(candidates, words_all, i, j, before)):
            return None  # "the village of Tal Na’am": the first word of a name, not At Tall
        # "Daraa al-Balad", which NER calls a person: a well-known town and its quarter
        town_and_quarter = well_known and inside_longer and j + 2 < len(tokens) and \
            words_all[j].lower() in ARABIC_ARTICLES and words_all[j + 1] == "-"
        # "Nineveh province", "the town of X": a place word settles it, whatever NER says
        if label == "PERSON" and (inside_longer or not well_known) and not town_and_quarter \
                and not (region_word or place_word):
            exact_here = frozenset(c.country_code for c in candidates
                                   if c.match == "exact" and c.country_code)
            if inside_longer or not exact_here or (
                    len(words) < 2 and not _after_locative(words_all, i)):
                return None  # part of a person's name ("Juan Manuel Santos")
            # NER reads many towns as people ("Lashkar Gah", "rallied in Sirwah"): a town
            # when the report is about its country.
            needs = exact_here if needs is None else needs & exact_here
        # "Abuja's International Conference Centre" is in Abuja.
        possessive = j < len(tokens) and tokens[j].text in ("'s", "’s")
        # "near Bakhmut and Marinka", which NER calls one organisation: the last of a list
        listed_last = i >= 1 and words_all[i - 1].lower() in ("and", ",") and inside_longer \
            and tokens[i - 1].ent_iob_ == "I" and (j >= len(tokens) or tokens[j].ent_iob_ != "I")
        with_its_kind = label == "ORG" and names_a_division(tokens[i].doc, i, j, designator)
        if label in ("ORG", "NORP", "WORK_OF_ART", "EVENT", "FAC") and inside_longer and (
                not well_known or all(self._is_english(w) for w in words)) and not (
                well_known and possessive) and not opens_site and not with_its_kind:
            exact_here = frozenset(c.country_code for c in candidates
                                   if c.match == "exact" and c.country_code)
            if not (listed_last and exact_here and label == "ORG"):
                return None  # part of an organisation's name ("African Union")
            needs = exact_here if needs is None else needs & exact_here
        if opens_site and not well_known and needs is None:
            # a town of that name abroad is not where the report's airport is
            needs = frozenset(c.country_code for c in candidates
                              if c.country_code and c.population >= SITE_TOWN_POPULATION)
        kind = "place"
        if designator in REGION_DESIGNATORS:
            kind = "region"
        else:
            # an area (a region, a district) only when no town of the name is likelier
            top = max(candidates, key=lambda c: (
                c.score - (2.0 if c.is_region or is_district(c) else 0.0)))
            if top.is_region:
                kind = "region"
        mention = PlaceMention(i, j, start_char, end_char, span_text, candidates, kind=kind,
                               designator=designator)
        fallback = how != "skel" and any(_is_well_known(c, key) for c in candidates) \
            or located_district  # kept too when the report names no country at all
        return mention, needs, fallback

    def _is_english(self, word: str) -> bool:
        """An English word, plurals included ('Minutes', 'Forces')."""
        return _in_word_list(word.lower(), self._english)

    def _is_everyday(self, word: str) -> bool:
        """An English word that is not only a noun ('Union', 'Forest'), or a listed one."""
        return _in_word_list(word.lower(), self._everyday)

    def _is_name_word(self, word: str) -> bool:
        """A capitalised word of some proper name that is neither English nor a country's."""
        word = word.strip(NAME_APOSTROPHES)  # "Na’am", "‘Eiss": letters and apostrophes
        letters = "".join(ch for ch in word if ch not in NAME_APOSTROPHES and ch != "-")
        if not word[:1].isupper() or not letters.isalpha() or word.isupper() \
                or word.lower() in CONNECTORS:
            return False  # not capitalised, not a word, an acronym, or 'al'/'de'/…
        if self._is_english(word) or word.lower() in TITLES:
            return False
        key = name_key(word)
        return key not in self._country_names and key not in self._demonyms \
            and key not in self._shared_adjectives

    def _opens_longer_name(self, candidates: list[Candidate], words: list[str], i: int,
                           j: int) -> bool:
        """A one-word name of a town, not a big city, followed by a name word that is no town
        of the same countries: the first word of a longer name the index lacks ("Tal
        Dhalfa", "Tal Na’am"), not the town of that one word ("Tal", At Tall near Damascus)."""
        if j - i != 1 or j >= len(words) or any(
                c.population >= BIG_CITY_POPULATION or c.is_region for c in candidates):
            return False
        if not self._continues_name(words, j):
            return False
        # "Damascus Daraa": a list of two towns of one country, not one name
        codes = {c.country_code for c in candidates}
        return not any(c.country_code in codes
                       for c in self.candidates(words[j].strip(NAME_APOSTROPHES)))

    def _closes_longer_name(self, candidates: list[Candidate], words: list[str], i: int,
                            j: int, before: int) -> bool:
        """A one-word name of a town, not a big city, after a name word (its article
        between) that is no town of the same countries: the last word of a longer name the
        index lacks ("the Bab al-Salama crossing", not Salamá in Guatemala)."""
        if j - i != 1 or before < 0 or not self._is_name_word(words[before]) or any(
                c.population >= BIG_CITY_POPULATION or c.is_region for c in candidates):
            return False
        codes = {c.country_code for c in candidates}
        return not any(c.country_code in codes
                       for c in self.candidates(words[before].strip(NAME_APOSTROPHES)))

    def _continues_name(self, words: list[str], j: int) -> bool:
        """The name goes on past token j-1 with a word the match does not cover; a place
        word written with a capital ("the Deir Ezzor Governorate", "Bajaur Agency's X Tehsil")
        says what the name is, it does not lengthen it."""
        if j >= len(words):
            return False
        if words[j].lower() in REGION_DESIGNATORS or words[j].lower() in PLACE_DESIGNATORS:
            return False
        if self._is_name_word(words[j]):
            return True
        return (words[j].lower() in ARABIC_ARTICLES and j + 2 < len(words)
                and words[j + 1] == "-" and self._is_name_word(words[j + 2]))

    # -------------------------------------------------------------------- country context
    def document_countries(self, doc, *, mentions: list[PlaceMention] | None = None
                           ) -> list[tuple[str, float]]:
        """The document's countries, ISO2 codes ranked by weight (weights sum to 1).

        Strong evidence decides: country names and demonyms, regions, and places by their
        size on a log scale (capitals more), exact names more than other spellings. A weak
        mention (a small place, a loose spelling, a city district) counts only for a country
        that strong evidence supports; a name shared by places of several countries counts
        for the one the rest of the report supports. Repeated mentions count each time.
        """
        if mentions is None:
            mentions = self.find_mentions(doc)
        weights = self._evidence_weights(doc, [t.text for t in doc], mentions)[0]
        total = sum(weights.values())
        if not total:
            return []
        ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(code, weight / total) for code, weight in ranked]

    def _evidence_weights(self, doc, words: list[str], mentions: list[PlaceMention]
                          ) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
        """(all evidence, strong evidence, strong evidence from names alone) by country.

        Demonyms are strong but name an actor's home more often than the scene ("French
        forces" in a Central African town): a place named in the text counts even when
        only demonyms support its country."""
        dateline, _ = _dateline(words)
        strong: dict[str, float] = defaultdict(float)
        ambiguous: list[tuple[dict[str, float], float]] = []
        weak: list[dict[str, float]] = []
        exact_weak: list[dict[str, float]] = []
        in_names = _inside_organisation_names(doc)
        for mention in mentions:
            if mention.kind == _COUNTRY_KIND:
                if mention.country_code:
                    # "Saudi-led", "the Islamic State of Iraq and al-Sham": a party's name
                    strong[mention.country_code] += (
                        COMPOUND_WEIGHT if _in_compound(words, mention.start, mention.end)
                        or mention.start in in_names else COUNTRY_NAME_WEIGHT)
                continue
            evidence = self._mention_evidence(mention)
            if not evidence:
                continue
            factor = DATELINE_FACTOR if mention.start in dateline else 1.0
            if _in_compound(words, mention.start, mention.end):
                factor *= COMPOUND_WEIGHT  # "a Washington-based reporter": a home
            if mention.designator in CITY_PART_DESIGNATORS:
                # A district: of a city the rest of the report names, never evidence itself.
                weak.append({code: min(w, STRONG_EVIDENCE / 2) for code, w in evidence.items()})
                if len(evidence) == 1 and any(c.match == "exact" for c in mention.candidates):
                    exact_weak.append(weak[-1])
            elif len(evidence) > 1 and not _weak_in_one_country(evidence):
                ambiguous.append((evidence, factor))
            else:
                # "the province of Qadisiyah": a weak reading, and no other than hamlets
                # abroad of no weight, says one country
                evidence = {code: w for code, w in evidence.items() if w > 0} or evidence
                (code, weight), = evidence.items()
                if weight >= STRONG_EVIDENCE:
                    strong[code] += weight * factor
                else:
                    weak.append(evidence)
                    if any(c.match == "exact" or (
                            c.match == "normalised" and _main_name(c, name_key(mention.text))
                            and (c.population >= WELL_KNOWN_POPULATION or (
                                mention.designator in PLACE_DESIGNATORS
                                and c.population >= DESIGNATED_TOWN_POPULATION)))
                           for c in mention.candidates):
                        # named exactly, another spelling of a sizeable town's main name
                        # ("Tuz Khurmato"), or "the city of Qamishli"
                        exact_weak.append(evidence)
        by_demonym: dict[str, float] = defaultdict(float)
        for k, word in enumerate(words):
            if word[:1].isupper():
                code = self._demonyms.get(name_key(word))
                if code:
                    by_demonym[code] += (COMPOUND_WEIGHT if _in_compound(words, k, k + 1)
                                         or _before_border(words, k + 1) else DEMONYM_WEIGHT)
        for code, weight in by_demonym.items():
            strong[code] += weight
        # A name shared by places of several countries: the one that the rest of the report
        # supports; else, when one reading is clearly the strongest, that one (which may in
        # turn support others); else shared by the strong readings.
        def assign(code: str, evidence: dict[str, float], factor: float) -> None:
            if evidence[code] >= STRONG_EVIDENCE:
                strong[code] += evidence[code] * factor
            else:
                weak.append({code: evidence[code]})

        def supported_first(items: list[tuple[dict[str, float], float]]) -> list:
            base = dict(strong)
            left = []
            for evidence, factor in items:
                supported = [code for code in evidence if base.get(code)]
                if supported:
                    assign(max(supported, key=lambda code: (base[code], code)), evidence, factor)
                else:
                    left.append((evidence, factor))
            return left

        left = []
        for evidence, factor in supported_first(ambiguous):
            ranked = sorted(evidence.values(), reverse=True)
            if ranked[0] >= STRONG_EVIDENCE and ranked[0] >= 2 * ranked[1]:
                assign(max(evidence, key=lambda code: (evidence[code], code)), evidence, factor)
            else:
                left.append((evidence, factor))
        for evidence, factor in supported_first(left):
            top = max(evidence.values())
            if top < STRONG_EVIDENCE:
                weak.append(evidence)
                continue
            rivals = {code: w for code, w in evidence.items() if w >= 0.5 * top}
            total = sum(rivals.values())
            for code, weight in rivals.items():
                strong[code] += weight * weight / total * factor
        named = {code: weight - by_demonym.get(code, 0.0) for code, weight in strong.items()
                 if weight - by_demonym.get(code, 0.0) > 1e-9}
        weights: dict[str, float] = defaultdict(float, strong)
        for evidence in weak:
            supported = [code for code in evidence if strong.get(code)]
            if supported:
                best = max(supported, key=lambda code: (strong[code], code))
                weights[best] += max(evidence[best], WEAK_SUPPORTED_WEIGHT)
            elif not any(w >= STRONG_EVIDENCE for w in named.values()) \
                    and len(evidence) == 1 and evidence in exact_weak:
                # No name strong in the whole report (a country named only in a party's name,
                # "the Islamic State of Iraq", is not): an unambiguous weak place named exactly
                # still counts (a loose spelling of a hamlet abroad is no evidence).
                (code, weight), = evidence.items()
                weights[code] += max(weight, WEAK_SUPPORTED_WEIGHT)
        return dict(weights), dict(strong), named

    def _mention_evidence(self, mention: PlaceMention) -> dict[str, float]:
        """How strongly a mention says each country: its best candidate there (0 for a
        country it names only by a tiny place)."""
        key = name_key(mention.text)
        out: dict[str, float] = {}
        for cand in mention.candidates:
            code = cand.country_code
            if not code or cand.match == "transliteration":
                continue
            weight = _candidate_evidence(cand, key, region_mention=mention.kind == "region")
            if weight >= out.get(code, 0.0):
                out[code] = weight
        return out

    # ------------------------------------------------------------------------- resolution
    def rank(self, candidates: list[Candidate], *, countries: list | None = None,
             container: Candidate | None = None, designator: str | None = None
             ) -> list[Candidate]:
        """Re-score candidates with the document's countries, a container and a region word."""
        codes = _country_codes(countries)
        out = []
        for base in candidates:
            cand = dataclasses.replace(base, reasons=list(base.reasons))
            if codes:
                if cand.country_code == codes[0]:
                    cand.score += 3.0
                    cand.reasons.append(f"in the document's main country {codes[0]} (+3.0)")
                elif cand.country_code in codes:
                    cand.score += 2.0
                    cand.reasons.append(f"in a document country {cand.country_code} (+2.0)")
                else:
                    cand.score -= 1.5
                    cand.reasons.append("outside the document's countries (-1.5)")
            if designator in REGION_DESIGNATORS:
                if cand.is_region:
                    cand.score += 3.0
                    cand.reasons.append(f"a region, and the text says '{designator}' (+3.0)")
                else:
                    cand.score -= 1.0
                    cand.reasons.append(f"not a region but the text says '{designator}' (-1.0)")
            if is_district(cand) and designator in DISTRICT_DESIGNATORS:
                cand.score += 3.0
                cand.reasons.append(f"a district, and the text says '{designator}' (+3.0)")
            if container is not None and cand.geonameid != container.geonameid:
                _score_containment(cand, container)
            out.append(cand)
        out.sort(key=lambda c: (-c.score, -c.population, c.geonameid))
        return out

    def resolve(self, mention: PlaceMention, *, countries: list | None = None,
                container: PlaceMention | None = None) -> Place | None:
        """The best place for a mention given the country context and a containing place."""
        codes = _country_codes(countries)
        if mention.kind == _COUNTRY_KIND:
            return Place(country=country_name(mention.country_code),
                         country_code=mention.country_code)
        options = self._container_options(container, codes) if container is not None else []
        return self._resolve_candidates(mention.text, mention.candidates, codes=codes,
                                        containers=options, designator=mention.designator)

    def resolve_name(self, name: str, *, countries: list | None = None,
                     container_name: str | None = None) -> Place | None:
        """Resolve a bare place-name string ("al-Rashedin district") the way `resolve` does."""
        codes = _country_codes(countries)
        core, designator = _split_designator(name)
        if not core:
            return None
        code = self.country_code_of(core)
        if code is None:
            found = self.candidates(core)
            if found and all(_is_country_entry(c) for c in found):
                code = found[0].country_code
        if code is not None and container_name is None:
            return Place(country=country_name(code), country_code=code)
        options: list[Candidate] = []
        if container_name:
            container_core, container_designator = _split_designator(container_name)
            container_mention = PlaceMention(0, 0, 0, 0, container_core,
                                             self.candidates(container_core),
                                             designator=container_designator)
            options = self._container_options(container_mention, codes)
        found = self.candidates(core)
        if codes and not any(c.country_code == codes[0] for c in found):
            found += self.loose_candidates(core, codes[0])
        place = self._resolve_candidates(core, found, codes=codes, containers=options,
                                         designator=designator)
        if place is None and not options:
            place = self._resolve_by_prefix(core, codes)
        return place

    def lookup_within(self, name: str, container_name: str, *, country: str | None = None,
                      limit: int = 10) -> tuple[Candidate | None, list[Candidate], Place | None]:
        """A place named inside another ("al-Rashedin, Aleppo"): (the container's best reading,
        the name's candidates inside it ranked, the resolved place).

        The place is the name's best reading inside the container or, when the index has
        none, the container itself one step less precise ("Aleppo - al-Rashedin",
        precision 2): never a namesake elsewhere.
        """
        codes = _lookup_country_codes(country, limit)
        container_core, container_designator = _split_designator(container_name)
        mention = PlaceMention(0, 0, 0, 0, container_core, self.candidates(container_core),
                               designator=container_designator)
        options = self._container_options(mention, codes)
        if not options:
            return None, [], None
        core, designator = _split_designator(name)
        place = self._resolve_candidates(core, self.candidates(core), codes=codes,
                                         containers=options, designator=designator)
        container = options[0]
        if place is not None and place.geonameid is not None:
            container = next((c for c in options if place.geonameid == c.geonameid
                              or _inside_reading(place, c)), container)
        ranked = [c for c in self.rank(self.candidates(core), countries=codes,
                                       container=container, designator=designator)
                  if c.geonameid != container.geonameid and _is_inside(c, container)]
        return container, ranked[:limit], place

    def _resolve_by_prefix(self, name: str, codes: list[str]) -> Place | None:
        """'Daraa al-Balad' unknown but 'Daraa' known: the known place, precision 2."""
        if not codes:
            return None  # "Mir Ali" is not a part of Mir in Belarus
        words = name.split()
        for cut in range(len(words) - 1, 0, -1):
            prefix, rest = " ".join(words[:cut]), " ".join(words[cut:])
            if prefix.lower() in CONNECTORS or not prefix[:1].isupper():
                continue
            # Only a sizeable town of the report's main country: "Sheikh", "Khan", "Rasm"
            # open many names and match hamlets.
            ranked = [c for c in self.rank(self.candidates(prefix), countries=codes)
                      if c.country_code == codes[0] and c.match != "transliteration"
                      and c.population >= PREFIX_TOWN_POPULATION]
            if ranked:
                best = ranked[0]
                return _place_from(best, location=f"{best.display_name} - {rest}", precision=2)
        return None

    def _container_options(self, container: PlaceMention, codes: list[str]) -> list[Candidate]:
        """The few places a container mention may be, best first (a city and its region)."""
        if container.kind == _COUNTRY_KIND or not container.candidates:
            return []
        ranked = self.rank(container.candidates, countries=codes,
                           designator=container.designator)
        if codes:
            # a container abroad only when it is a well-known place named exactly: "Kafr
            # Bateekh, al-Mansoura" in a Syrian report is not in Egypt's Mansoura
            ranked = [c for c in ranked if c.country_code in codes] or [
                c for c in ranked if c.match == "exact"
                and (c.population >= WELL_KNOWN_POPULATION or c.is_region)]
        return ranked[:6]

    def _resolve_candidates(self, text: str, candidates: list[Candidate], *, codes: list[str],
                            containers: list[Candidate], designator: str | None
                            ) -> Place | None:
        # A country's own entry has a centroid, never a place to put an event.
        candidates = [c for c in candidates if not _is_country_entry(c)]
        if codes:
            # A loose spelling match, a small place or a city's district in a country the
            # report is not about is a coincidence of names.
            abroad_ok = designator not in CITY_PART_DESIGNATORS
            # A district abroad never: its people are its towns', no fame of its own.
            candidates = [c for c in candidates if c.country_code in codes or (
                abroad_ok and c.match == "exact" and c.population >= WELL_KNOWN_POPULATION
                and not is_district(c))]
        if not containers:
            ranked = self.rank(candidates, countries=codes, designator=designator)
            if not ranked:
                return None
            best = ranked[0]
            return _place_from(best, location=best.display_name, precision=_precision(best))
        # Pick the container reading under which the mention fits best ("Culiacán in
        # Sinaloa" is the state, "al-Zahraa in Homs" the city).
        chosen: tuple[float, Candidate, Candidate] | None = None
        for option in containers:
            ranked = self.rank(candidates, countries=codes, container=option,
                               designator=designator)
            if ranked and _is_inside(ranked[0], option):
                total = ranked[0].score + option.score
                if chosen is None or total > chosen[0]:
                    chosen = (total, ranked[0], option)
        if chosen is None:
            same_region = [c for c in self.rank(candidates, countries=codes, designator=designator)
                           if c.match == "exact" and not c.is_region and any(
                               (c.country_code, c.admin1) == (o.country_code, o.admin1)
                               for o in containers)]
            if same_region:
                # "Kanyabayonga, Lubero territory": the town is known, in the container's
                # region, though the index's districts or distances do not put it inside
                best = same_region[0]
                return _place_from(best, location=best.display_name, precision=_precision(best))
            container = containers[0]
            if container.is_region:
                # Unknown to the index, but the report says which region it is in.
                return _place_from(container, location=text.strip(), precision=3)
            # A district the index lacks: its city, one step less precise.
            return _place_from(container, location=f"{container.display_name} - {text.strip()}",
                               precision=2)
        _, best, container = chosen
        if best.is_region or is_district(best):
            return _place_from(best, location=best.display_name, precision=_precision(best))
        location = best.display_name
        if (not container.is_region and best.geonameid != container.geonameid
                and container.population > best.population and _km(best, container) <= 15):
            location = f"{container.display_name} - {best.display_name}"
        return _place_from(best, location=location, precision=1)


_MATCH_RANK = {"transliteration": 0, "normalised": 1, "exact": 2}


def _candidate_from_row(row: tuple, match: str) -> Candidate:
    """A Candidate of one _CANDIDATE_SQL row, unscored."""
    (row_folded, _, gid, place_name, cc, admin1, admin2, fclass, fcode, population, lat, lon,
     is_region, ascii_name) = row
    admin1 = display_spelling(admin1) if admin1 else None
    return Candidate(
        geonameid=gid, name=place_name, country_code=cc, country=country_name(cc),
        admin1=admin1, admin2=display_spelling(admin2) if admin2 else None,
        feature_class=fclass, feature_code=fcode, population=population or 0, latitude=lat,
        longitude=lon, is_region=bool(is_region), match=match, matched_name=row_folded,
        display_name=_display_name(place_name, ascii_name, admin1, bool(is_region)))


def _scored(candidates) -> list[Candidate]:
    """Candidates given their base score, best first."""
    out = list(candidates)
    for cand in out:
        _base_score(cand, main_name=fold(cand.name))
    out.sort(key=lambda c: (-c.score, -c.population, c.geonameid))
    return out


def _without_small_namesakes_of_a_region(candidates: list[Candidate]) -> list[Candidate]:
    """"In Sinaloa" is the state, not a hamlet of 1,000 people elsewhere in Mexico nor
    Sinaloa de Leyva: small places of the region's country that are not its exact namesake
    inside it are dropped; a town of the very name inside the region (Aleppo, Kidal) or a
    sizeable one stays."""
    regions = {(c.country_code, c.admin1) for c in candidates
               if c.is_region and c.match == "exact" and c.feature_code == "ADM1"}
    if not regions:
        return candidates
    countries = {code for code, _ in regions}
    return [c for c in candidates if c.is_region or c.country_code not in countries
            or ((c.country_code, c.admin1) in regions and c.match == "exact"
                and c.matched_name == fold(c.name))
            or c.population >= SMALL_NAMESAKE_POPULATION]


def _city_part(mention: PlaceMention) -> bool:
    """"the X district", "the Y neighbourhood of Aleppo": left to the placing of a city's
    parts, which keeps the name at its city when the index lacks it."""
    return mention.designator in CITY_PART_DESIGNATORS


def _anchor_country_or_readings(anchor: PlaceMention) -> tuple[str | None, list[Candidate]]:
    """What an anchor ("in Cabo Delgado province", "east of Niamey") says about where the
    place before it is: a country, or the readings it may be (its exact ones)."""
    if anchor.kind == _COUNTRY_KIND:
        return anchor.country_code, []
    # a loose spelling ("Al-Bayaa" as Baia) says nothing about where the place before is
    return None, [c for c in anchor.candidates if c.match == "exact" and c.latitude is not None]


def _anchor_of(mention: PlaceMention, following: list[PlaceMention], words: list[str]
               ) -> PlaceMention | None:
    """The place the text puts a mention in or near: "Palma in Cabo Delgado province",
    "Taza, south of Kirkuk", "Koure, about 60 km east of Niamey", "Palma, Mozambique"."""
    for anchor in following:
        between = [w.lower() for w in words[mention.end:anchor.start]]
        if anchor.start < mention.end or len(between) > ANCHOR_GAP:
            return None
        if not between or not all(w in ANCHOR_LINKS or w in COMPASS_POINTS or w in
                                  REGION_DESIGNATORS or w in PLACE_DESIGNATORS
                                  or w.replace(",", "").replace(".", "").isdigit()
                                  for w in between):
            return None  # another word or place first: no anchor ("Paris and London")
        links = set(between)
        if anchor.kind == _COUNTRY_KIND:
            # "Palma, Mozambique", "Palma in Mozambique"; "near Lebanon" is across a border
            ok = links <= {",", "in", "the"}
        elif "from" in links:
            ok = bool(links & DISTANCE_UNITS)  # "60 km from Niamey", not "flew from Paris"
        else:
            ok = bool(links & {"in", "near", "outside", "of"}) or (
                links == {","} and anchor.kind == "region")
        return anchor if ok else None
    return None


def _without_anchored_namesakes(mentions: list[PlaceMention], words: list[str]
                                ) -> list[PlaceMention]:
    """Readings of a place far from where the text puts it ("the town of Taza, south of
    Kirkuk" is not Taza in Morocco) are namesakes, for every mention of that name in the
    report; a mention left with no reading is dropped (the index lacks the place)."""
    far: dict[str, set[int]] = defaultdict(set)
    for k, mention in enumerate(mentions):
        if mention.kind != "place" or not mention.candidates or _city_part(mention):
            continue
        anchor = _anchor_of(mention, mentions[k + 1:], words)
        if anchor is None:
            continue
        country, readings = _anchor_country_or_readings(anchor)
        if country is None and not readings:
            continue
        for cand in mention.candidates:
            if (cand.country_code != country) if country is not None else all(
                    _km(cand, r) > ANCHOR_KM for r in readings):
                far[name_key(mention.text)].add(cand.geonameid)
    if not far:
        return mentions
    out = []
    for mention in mentions:
        ids = far.get(name_key(mention.text)) if mention.kind == "place" \
            and not _city_part(mention) else None
        if ids:
            mention.candidates = [c for c in mention.candidates if c.geonameid not in ids]
            if not mention.candidates:
                continue
        out.append(mention)
    return out


def _after_locative(words: list[str], i: int) -> bool:
    """"in X", "near X", "west of X", "left X", "control of X": a name where people are
    seldom named, only places."""
    before = words[i - 1].lower() if i >= 1 else ""
    if before in LOCATIVE_PREPS or before in ENTERED_WORDS:
        return True
    return before == "of" and i >= 2 and (words[i - 2].lower() in COMPASS_POINTS
                                          or words[i - 2].lower() in CONTROL_NOUNS)


def _named_as_place(words: list[str], i: int) -> bool:
    """"in X", "near X", "the capital of X", "the town of X": words before token i that
    only a place follows."""
    if _after_locative(words, i):
        return True
    return i >= 2 and words[i - 1].lower() == "of" and (
        words[i - 2].lower() in PLACE_DESIGNATORS or words[i - 2].lower() == "capital")


def is_district(cand: Candidate) -> bool:
    """A second-level division (GeoNames ADM2: a district, territory, LGA), placed at its
    seat."""
    return cand.feature_code == "ADM2"


def names_a_division(doc, start: int, end: int, designator: str | None) -> bool:
    """"Bukkuyum LGA", "Masisi Territory", which NER calls an organisation: the name
    (tokens start..end) and the kind of division right after it, no organisation's name."""
    return designator in DISTRICT_DESIGNATORS and end < len(doc) \
        and doc[end].lower_ == designator \
        and any(ent.start == start and ent.end == end + 1 for ent in doc_entities(doc))


def _precision(cand: Candidate) -> int:
    """A region is coded to its capital (3), a district to its seat (2, "part of a named
    area, coded to the nearest named town"), a town to itself (1)."""
    if cand.is_region:
        return 3
    return 2 if is_district(cand) else 1


def _is_country_entry(cand: Candidate) -> bool:
    """GeoNames' independent/dependent political entities (PCLI, PCLD, …), i.e. countries."""
    return bool(cand.feature_code) and cand.feature_code.startswith("PCL")


def _context_first(mentions: list[PlaceMention], strong: dict[str, float]) -> None:
    """Put each mention's candidates in the report's main countries first, best first within
    each group, so that `candidates[0]` is the likeliest reading in this report.

    Not for a city's district ("the X neighbourhood"): a namesake village elsewhere in the
    country is no likelier than one abroad."""
    top = max(strong.values())
    context = {code for code, weight in strong.items() if weight >= 0.2 * top}
    for mention in mentions:
        cands = mention.candidates
        if mention.designator in CITY_PART_DESIGNATORS:
            continue
        if len(cands) > 1 and cands[0].country_code not in context and any(
                c.country_code in context and c.match != "transliteration" for c in cands):
            mention.candidates = (
                [c for c in cands if c.country_code in context and c.match != "transliteration"]
                + [c for c in cands if not (c.country_code in context
                                            and c.match != "transliteration")])


def _main_name(cand: Candidate, key: str) -> bool:
    """The text names the place by (a spelling of) its main name, not an alternate one."""
    return name_key(cand.name) == key


def _is_well_known(cand: Candidate, key: str, *, by_main_name: bool = False) -> bool:
    """A populous place (not a region, whose summed population says little about its fame)
    that the text names exactly, or by a spelling of its main name ("Hodeidah").

    `by_main_name`: an exact alternate name counts only for a big city ("al-Thawra" is an old
    name of a town of 70,000, and more often a hospital's)."""
    if cand.is_region or is_district(cand):
        return False
    if cand.match == "exact":
        return cand.population >= WELL_KNOWN_POPULATION and (
            not by_main_name or _main_name(cand, key)
            or cand.population >= 6 * WELL_KNOWN_POPULATION)
    return (cand.match == "normalised" and cand.population >= 2 * WELL_KNOWN_POPULATION
            and _main_name(cand, key))


def _is_famous(cand: Candidate, key: str) -> bool:
    """A capital or a city of a million, named exactly or by its main name."""
    return (not cand.is_region and not is_district(cand) and cand.match != "transliteration"
            and (cand.match == "exact" or _main_name(cand, key))
            and (cand.population >= FAMOUS_POPULATION or cand.feature_code == "PPLC"))


def _candidate_evidence(cand: Candidate, key: str, *, region_mention: bool) -> float:
    """How much one candidate says about the report's country.

    Regions weigh a fixed amount; places by population on a log scale (nothing up to 1,000
    people, 1 per tenfold above), capitals one more, at most MAX_PLACE_EVIDENCE, times the
    match quality: exact main name 1, exact alternate name 0.8, normalised main name 0.6,
    normalised alternate 0.3, transliteration rules 0; normalised spellings of a town's main
    name count as alternates.
    """
    if cand.match == "transliteration":
        return 0.0
    if cand.is_region:
        weight = REGION_EVIDENCE if cand.match == "exact" else REGION_EVIDENCE * 2 / 3
        return weight if region_mention else weight * 2 / 3
    if is_district(cand):
        # weak: it confirms a country, never makes one (a district's name is often a village's
        # abroad, and its population is only the sum of its towns')
        return DISTRICT_EVIDENCE if cand.match == "exact" else DISTRICT_EVIDENCE / 2
    size = max(0.0, math.log10(cand.population + 1) - 3.0)
    if cand.feature_code == "PPLC":
        size += 1.0
    elif cand.feature_code in ("PPLA", "PPLA2"):
        size += 0.3
    size = min(size, MAX_PLACE_EVIDENCE)
    main = _main_name(cand, key)
    if cand.match == "exact":
        return size * (1.0 if main else 0.8)
    # Another spelling of a big city's main name ("Hodeidah") is strong; of a town, weak.
    return size * (0.6 if main and cand.population >= BIG_CITY_POPULATION else 0.3)


def _weak_in_one_country(evidence: dict[str, float]) -> bool:
    """A weak reading in one country, the others hamlets of no weight: one country's
    evidence, not an ambiguous name's."""
    positive = [w for w in evidence.values() if w > 0]
    return len(positive) == 1 and positive[0] < STRONG_EVIDENCE


def _in_compound(words: list[str], start: int, end: int) -> bool:
    """'Saudi-led', 'Britain-based', 'pro-Russian': a foreign party, not the scene."""
    if end + 1 < len(words) and words[end] in ("-", "–") \
            and words[end + 1].lower() in FOREIGN_COMPOUND_WORDS:
        return True
    return start >= 2 and words[start - 1] == "-" and words[start - 2].lower() in ("pro", "anti")


def _before_border(words: list[str], end: int) -> bool:
    """"the Afghan border", "the Syrian-Turkish border": a demonym naming a border (the
    words joined to it by hyphens included)."""
    k = end
    while k + 1 < len(words) and words[k] in ("-", "–", "/") and words[k + 1][:1].isupper():
        k += 2
    return k < len(words) and words[k].lower() in BORDER_WORDS


def _dateline(words: list[str]) -> tuple[frozenset[int], frozenset[int]]:
    """Tokens of the dateline place ("BEIRUT, Aug. 17 (Levant Wire) —") and of the outlet
    named in its parentheses, at the start of the text or of a line."""
    n = len(words)
    place: set[int] = set()
    outlet: set[int] = set()
    line_starts = [0] + [k + 1 for k, w in enumerate(words) if "\n" in w and k + 1 < n]
    for start in line_starts:
        k = start
        while k < n and (words[k].isupper() and any(ch.isalpha() for ch in words[k])
                         or (k > start and words[k] in ("-", "'", "’", "/"))):
            k += 1
        while k - 1 > start and words[k - 1] in ("-", "/"):
            k -= 1  # "ADEN - Jets struck": the dash ends the dateline, it is no part of it
        if k == start or k >= n or words[k] not in (",", "(", "—", "–", "-"):
            continue
        place.update(range(start, k))
        for m in range(k, min(n, k + 12)):
            if words[m] == "(":
                close = next((q for q in range(m + 1, min(n, m + 10)) if words[q] == ")"), None)
                if close is not None and close + 1 < n \
                        and words[close + 1] in ("—", "–", "-", "--", ":"):
                    outlet.update(range(m + 1, close))
                break
    return frozenset(place), frozenset(outlet)


def _inside_organisation_names(doc) -> frozenset[int]:
    """Tokens inside the name of an organisation of several words (NER's ORG)."""
    if not doc.has_annotation("ENT_IOB"):
        return frozenset()
    return frozenset(k for ent in doc_entities(doc) if ent.label_ == "ORG" and len(ent) > 2
                     for k in range(ent.start, ent.end))


def _in_word_list(lower: str, words: frozenset[str]) -> bool:
    """Membership, plurals included ('minutes', 'forces', 'cities')."""
    return (lower in words or (lower.endswith("s") and lower[:-1] in words)
            or (lower.endswith("es") and lower[:-2] in words)
            or (lower.endswith("ies") and lower[:-3] + "y" in words))


def _base_score(cand: Candidate, *, main_name: str) -> None:
    reasons = cand.reasons
    if cand.match == "exact":
        cand.score += 3.0
        reasons.append(f"exact name '{cand.matched_name}' (+3.0)")
        if cand.matched_name == main_name:
            cand.score += 0.5
            reasons.append("its main name (+0.5)")
    elif cand.match == "normalised":
        cand.score += 2.0
        reasons.append(f"normalised name '{cand.matched_name}' (+2.0)")
    else:
        cand.score += 1.0
        reasons.append(f"transliteration-rule match '{cand.matched_name}' (+1.0)")
    population_score = 0.35 * math.log10(cand.population + 1)
    cand.score += population_score
    reasons.append(f"population {cand.population} (+{population_score:.2f})")
    if cand.feature_code == "PPLC":
        cand.score += 0.5
        reasons.append("national capital (+0.5)")
    elif cand.feature_code in ("PPLA", "PPLA2"):
        cand.score += 0.3
        reasons.append("administrative seat (+0.3)")
    elif cand.feature_code == "PPLX":
        cand.score -= 0.5
        reasons.append("section of a city (-0.5)")
    if cand.is_region:
        cand.score -= 1.5
        reasons.append("a region, no region word (-1.5)")
    elif cand.feature_class == "A":
        cand.score -= 2.0
        reasons.append("an administrative area (-2.0)")


def _score_containment(cand: Candidate, container: Candidate) -> None:
    if is_district(container) and cand.admin2 is not None or container.is_region:
        inside = _same_district(cand, container) if is_district(container) \
            and cand.admin2 is not None \
            else (cand.country_code, cand.admin1) == (container.country_code, container.admin1)
        if inside:
            cand.score += 3.0
            cand.reasons.append(f"inside {container.name} (+3.0)")
        else:
            cand.score -= 2.0
            cand.reasons.append(f"not inside {container.name} (-2.0)")
        return
    if None in (cand.latitude, container.latitude):
        return
    km = haversine_km(cand.latitude, cand.longitude, container.latitude, container.longitude)
    if km <= 30:
        cand.score += 3.0
        cand.reasons.append(f"{km:.0f} km from {container.name} (+3.0)")
        if cand.feature_code == "PPLX":
            cand.score += 1.0
            cand.reasons.append(f"a section of {container.name} (+1.0)")
    elif km <= 100:
        cand.score += 1.0
        cand.reasons.append(f"{km:.0f} km from {container.name} (+1.0)")
    else:
        cand.score -= 2.0
        cand.reasons.append(f"{km:.0f} km from {container.name} (-2.0)")


def _is_inside(cand: Candidate, container: Candidate) -> bool:
    """Same place, same region, same district, or within 30 km of the container city."""
    if cand.geonameid == container.geonameid:
        return True
    if is_district(container) and cand.admin2 is not None:
        return _same_district(cand, container)
    if cand.country_code == container.country_code and cand.admin1 is not None \
            and cand.admin1 == container.admin1:
        return container.is_region or cand.population <= container.population
    return not container.is_region and _km(cand, container) <= 30


def _same_district(cand: Candidate, district: Candidate) -> bool:
    return (cand.country_code, cand.admin1, cand.admin2) == (
        district.country_code, district.admin1, district.admin2)


def _inside_reading(place: Place, container: Candidate) -> bool:
    """The resolved place lies in this reading of the container (the region, the district or
    the city)."""
    if is_district(container) and place.admin2 is not None:
        return (place.country_code, place.admin1, place.admin2) == (
            container.country_code, container.admin1, container.admin2)
    if container.is_region:
        return (place.country_code, place.admin1) == (container.country_code, container.admin1)
    if None in (place.latitude, container.latitude):
        return False
    return haversine_km(place.latitude, place.longitude, container.latitude,
                        container.longitude) <= 30


# "al-Rashedin, Aleppo", "Aleppo - al-Rashedin" (ACLED's own style), "Khalidiya in Homs".
_CONTAINMENT_FORMS = (
    re.compile(r"^(?P<inner>[^,]+?)\s*,\s*(?P<outer>[^,]+)$"),
    re.compile(r"^(?P<outer>.+?)\s+[-–—]\s+(?P<inner>.+)$"),
    re.compile(r"^(?P<outer>[^—]+?)—(?P<inner>[^—]+)$"),  # an em dash is set unspaced too
    re.compile(r"^(?P<inner>.+?)\s+(?:in|near|outside)\s+(?:the\s+)?(?P<outer>.+)$",
               re.IGNORECASE),
)


def split_containment(text: str) -> tuple[str, str] | None:
    """(place, container) of the containment forms the pipeline understands, else None.

    'al-Rashedin, Aleppo', 'Aleppo - al-Rashedin' and 'Khalidiya in Homs' all give
    ('al-Rashedin' or 'Khalidiya', the city). A hyphen inside a name ('Deir ez-Zor') is not
    a separator: the dash must have spaces around it, except an em dash ('Homs—Qusoor').
    """
    text = " ".join(text.split())
    for pattern in _CONTAINMENT_FORMS:
        match = pattern.match(text)
        if match:
            inner, outer = match.group("inner").strip(), match.group("outer").strip()
            if inner and outer and inner[:1] not in "-–—" and outer[:1] not in "-–—":
                return inner, outer
    return None


def _lookup_country_codes(country: str | None, limit: int) -> list[str]:
    """The ISO2 code a lookup is restricted to (none when `country` is empty); a country
    that does not exist or a limit below 1 is the caller's mistake, not an empty answer."""
    if limit < 1:
        raise UsageError(f"the limit must be at least 1, not {limit}")
    if not country:
        return []
    code = country_of(country)
    if code is None:
        raise UsageError(f"{country!r} is not a country (give its name or ISO code, e.g. SY "
                         "or Syria)")
    return [code]


def _km(a: Candidate, b: Candidate) -> float:
    if None in (a.latitude, b.latitude):
        return math.inf
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _display_name(name: str, ascii_name: str | None, admin1: str | None, is_region: bool
                  ) -> str:
    """A region is written as its admin1 name ('Aleppo', not 'Muhafazat Halab'); a place in
    its ASCII spelling: an imported English name, else GeoNames' name without accents."""
    if is_region and admin1:
        return admin1
    return display_spelling(ascii_name or name)


def _place_from(cand: Candidate, *, location: str, precision: int) -> Place:
    return Place(country=cand.country, country_code=cand.country_code, admin1=cand.admin1,
                 admin2=cand.admin2, location=location, latitude=cand.latitude,
                 longitude=cand.longitude, geo_precision=precision, geonameid=cand.geonameid)


def _country_codes(countries: list | None) -> list[str]:
    """Accept ['SY', 'IQ'] or document_countries() output [('SY', 0.8), ...]."""
    codes = []
    for item in countries or ():
        code = item[0] if isinstance(item, tuple | list) else item
        if code:
            codes.append(str(code).upper())
    return codes


def _split_designator(name: str) -> tuple[str, str | None]:
    """'al-Rashedin district' -> ('al-Rashedin', 'district'); 'Aleppo province' likewise."""
    words = name.strip().split()
    designators = REGION_DESIGNATORS | PLACE_DESIGNATORS
    if len(words) > 1 and words[-1].lower() in designators:
        return " ".join(words[:-1]), words[-1].lower()
    if len(words) > 2 and words[1].lower() == "of" and words[0].lower() in designators:
        return " ".join(words[2:]), words[0].lower()
    if len(words) > 3 and words[0].lower() == "the" and words[2].lower() == "of" \
            and words[1].lower() in designators:
        return " ".join(words[3:]), words[1].lower()
    return name.strip(), None


def _sentence_initial(tokens, i: int, sentences: frozenset[int]) -> bool:
    if i == 0:
        return True
    previous = tokens[i - 1]
    if (previous.is_space and "\n" in previous.text) or previous.text in _SENTENCE_END:
        return True
    return i in sentences


def _can_start(words: list[str], i: int) -> bool:
    word = words[i]
    if word[:1].isupper():
        return word not in CONNECTORS
    if word.lower() in ARABIC_ARTICLES and i + 2 < len(words) and words[i + 1] == "-":
        return words[i + 2][:1].isupper()
    return False


def _can_continue(word: str) -> bool:
    return word[:1].isupper() or word.lower() in CONNECTORS


def _can_end(word: str) -> bool:
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


def _designator(words: list[str], i: int, j: int) -> str | None:
    if j < len(words):
        word = words[j].lower()
        if word in REGION_DESIGNATORS or word in PLACE_DESIGNATORS:
            return word
        if word == "," and j + 2 < len(words) and words[j + 1].lower() in ("a", "an", "the"):
            # "Shali, the last important town held by the rebels", "X, a village near Y",
            # "Stepanakert, the region's capital"
            for later in words[j + 2:j + 6]:
                if later.lower() in APPOSITIVE_DESIGNATORS:
                    return later.lower()
                if later.lower() == "capital":
                    return "city"
                if later in ("'s", "’s"):
                    continue
                if not later.isalpha() or later[:1].isupper():
                    break
    if i >= 2 and words[i - 1].lower() == "of":
        word = words[i - 2].lower()
        # "the town of X" names X; "the al-Rawdha neighbourhood of X" names a part of X.
        named_before = i >= 3 and words[i - 3][:1].isupper() and words[i - 3].lower() not in (
            "the", "a")
        if (word in REGION_DESIGNATORS or word in PLACE_DESIGNATORS) and not named_before:
            return word
    return None


def _site_name_starts(doc) -> frozenset[int]:
    """First tokens (after "the") of the names of sites NER finds: "the Deir Ezzor Military
    Airport", "Aleppo Central Prison"."""
    if not doc.has_annotation("ENT_IOB"):
        return frozenset()
    starts = set()
    for ent in doc_entities(doc):
        if ent.label_ in ("ORG", "FAC") and len(ent) > 1 and ent[-1].lower_ in SITE_ENDINGS:
            starts.add(ent.start + 1 if ent[0].lower_ == "the" else ent.start)
    return frozenset(starts)


# "Mucojo in Cabo Delgado", which NER calls one organisation: a name never runs on past these
NAME_BREAKS = frozenset({"in", "near", "at", "outside"})


def name_part(ent, at: int) -> tuple[int, int]:
    """The part of an entity that holds token `at`, between lower-case "in", "near", "at"
    ("Mucojo in Cabo Delgado" is two names), closing lower-case words left out (`name_end`)."""
    start, end = ent.start, name_end(ent)
    for k in range(ent.start, ent.end):
        if ent.doc[k].text in NAME_BREAKS:
            if k < at:
                start = k + 1
            else:
                end = min(end, k)
                break
    return start, max(end, start)


def name_end(ent) -> int:
    """Where an entity's name ends: before the lower-case words that close it ("attacks on
    Aleppo for the ninth consecutive day", which NER calls a work of art, names Aleppo
    alone) when they open with a word like "for", "in" or "the"; "the Xinhua news agency"
    and a closing quote ("Joaquín 'El Chapo' Guzmán") are the name's own."""
    end = ent.end
    while end - 1 > ent.start and not ent.doc[end - 1].text[:1].isupper():
        end -= 1
    closing = ent.doc[end] if end < ent.end else None
    return end if closing is not None and closing.text[:1].islower() and closing.is_stop \
        else ent.end


def _told(root) -> bool:
    """The one told something ("told Xinhua", "told Reuters"): never where it happened."""
    return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell"


def _entity_labels(doc) -> dict[int, tuple[str, int]]:
    """Token index -> (label, length) of the entity covering it. Lower-case compass words
    opening an entity are no part of a name ("west Aleppo", "northern Sumatra"), nor are
    lower-case words closing it ("attacks on Aleppo for the ninth consecutive day", which NER
    calls a work of art: a name ends with a capitalised word)."""
    out: dict[int, tuple[str, int]] = {}
    if not doc.has_annotation("ENT_IOB"):
        return out
    for ent in doc_entities(doc):
        first = ent.start
        while first + 1 < ent.end and doc[first].text in LOWER_COMPASS_WORDS:
            first += 1
        for k in range(first, ent.end):
            start, end = name_part(ent, k)
            start = max(start, first)
            out[k] = (ent.label_, max(end - start, 1))
    return out


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
