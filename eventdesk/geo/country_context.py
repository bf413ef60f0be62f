"""Country context: which countries a report is about, weighed from its country names,
demonyms, regions and places, its dateline and its compounds ("Saudi-led"); where each
country word stands is read in country_words.py.
"""

from __future__ import annotations

import math
from collections import defaultdict

from eventdesk.extensions import doc_words
from eventdesk.geo.candidates import (
    _COUNTRY_KIND,
    BIG_CITY_POPULATION,
    CITY_PART_DESIGNATORS,
    PLACE_DESIGNATORS,
    REGION_DESIGNATORS,
    WELL_KNOWN_POPULATION,
    Candidate,
    PlaceMention,
    _main_name,
    beside_its_owner,
    is_district,
)
from eventdesk.geo.country_words import (
    LAND_WORDS,
    _after_a_towns_possessive,
    _before_border,
    _dateline,
    _in_compound,
    _inside_organisation_names,
    _named_as_land,
    _of_a_force,
    _of_the_victims,
)
from eventdesk.geo.normalize import name_key, opens_an_arabic_name

# What each kind of evidence weighs (see CountryContext.document_countries).
COUNTRY_NAME_WEIGHT = 1.5
DEMONYM_WEIGHT = 0.75
# "Saudi-led", "Britain-based", "pro-Russian", "Israeli-occupied": a foreign party, not where.
COMPOUND_WEIGHT = 0.2
REGION_EVIDENCE = 1.5
DISTRICT_EVIDENCE = 0.75
# Below this a mention only confirms a country that stronger evidence supports.
STRONG_EVIDENCE = 1.0
# What a weak mention adds, at least, to a country that strong evidence supports.
WEAK_SUPPORTED_WEIGHT = 0.5
# No single place says more than this (a capital, a city of a million).
MAX_PLACE_EVIDENCE = 3.0
# What a force's home keeps when the report names another country as the scene.
YIELDED_FORCE_FACTOR = 0.5
DEMONYMS_KEY = "eventdesk.demonym_hits"  # doc.user_data: (demonym table, its hits)
# The dateline names where the reporter is, often a neighbouring country's capital.
DATELINE_FACTOR = 0.5
# "the city of Qamishli" (another spelling of Al Qamishli) says its own country from this
# size; "Sarrin town" is no hamlet in Peru.
DESIGNATED_TOWN_POPULATION = 5_000
# A shared name's reading this many times as strong as another supported country's (a
# capital beside a town) says its country, whichever the rest of the report supports more.
CLEARLY_STRONGER = 1.5
# "Eastern Province", "Central Region": a name shared as strongly by regions of this many
# countries or more is a translated kind of province, not evidence of any one country
SHARED_BY_MANY = 3


class CountryContext:
    """The Gazetteer's country context (Gazetteer.document_countries): a part of the
    Gazetteer class (gazetteer.py), whose place detection and country tables it reads."""

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
        weights = self._evidence_weights(doc, doc_words(doc), mentions)[0]
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
        only demonyms support its country, and a force's home ("an Israeli convoy") yields
        to another country the report names as a land ("in south Lebanon"), by a town of its
        own or by its victims ("Lebanese civilians")."""
        dateline, _ = _dateline(words)
        strong: dict[str, float] = defaultdict(float)
        ambiguous: list[tuple[dict[str, float], float]] = []
        weak: list[dict[str, float]] = []
        exact_weak: list[dict[str, float]] = []
        in_names = _inside_organisation_names(doc)
        scenes: set[str] = set()  # countries named as a land, not as a party or a force
        forces: dict[str, float] = defaultdict(float)
        town_ends = {m.end for m in mentions if m.kind == "place"}
        for mention in mentions:
            if mention.kind == _COUNTRY_KIND:
                if not mention.country_code:
                    continue
                if _of_a_force(words, mention.end, possessive=True):
                    forces[mention.country_code] += COUNTRY_NAME_WEIGHT  # "Israel's artillery"
                elif _in_compound(words, mention.start, mention.end) or mention.start in in_names:
                    # "Saudi-led", "the Islamic State of Iraq and al-Sham": a party's name
                    strong[mention.country_code] += COMPOUND_WEIGHT
                else:
                    strong[mention.country_code] += COUNTRY_NAME_WEIGHT
                    if _named_as_land(words, mention.start):
                        scenes.add(mention.country_code)
                continue
            evidence = self._mention_evidence(mention)
            if not evidence or opens_an_arabic_name(words, mention.start, mention.end):
                continue  # no town "Abu" opens "Abu Kharrub", a name the index lacks
            factor = DATELINE_FACTOR if mention.start in dateline else 1.0
            if _in_compound(words, mention.start, mention.end):
                factor *= COMPOUND_WEIGHT  # "a Washington-based reporter": a home
            if mention.designator in CITY_PART_DESIGNATORS \
                    or _after_a_towns_possessive(words, mention.start, town_ends):
                # A district: of a city the rest of the report names, never evidence itself.
                weak.append({code: min(w, STRONG_EVIDENCE / 2) for code, w in evidence.items()})
                if len(evidence) == 1 and any(c.match == "exact" for c in mention.candidates):
                    exact_weak.append(weak[-1])
            elif len(evidence) > 1 and _region_of_many(mention):
                weak.append(evidence)  # counts only for a country the rest of the report names
            elif len(evidence) > 1 and not _weak_in_one_country(evidence):
                ambiguous.append((evidence, factor))
            else:
                # "the province of Qadisiyah": a weak reading, and no other than hamlets
                # abroad of no weight, says one country
                evidence = {code: w for code, w in evidence.items() if w > 0} or evidence
                (code, weight), = evidence.items()
                if weight >= STRONG_EVIDENCE:
                    strong[code] += weight * factor
                    if factor == 1.0:
                        scenes.add(code)  # a town of one country named in the body
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
        by_demonym = self._demonym_weights(doc, words, scenes, forces)
        for code, weight in forces.items():
            # a force's home, unless the report names no other country as the scene: then
            # half, enough to stay among the report's countries for a strike back there
            by_demonym[code] += weight if scenes <= {code} else weight * YIELDED_FORCE_FACTOR
        for code, weight in by_demonym.items():
            strong[code] += weight
        _settle_shared_names(ambiguous, strong, weak)
        named = {code: weight - by_demonym.get(code, 0.0) for code, weight in strong.items()
                 if weight - by_demonym.get(code, 0.0) > 1e-9}
        weights = _with_weak_support(strong, named, weak, exact_weak)
        return dict(weights), dict(strong), named

    def _demonym_weights(self, doc, words: list[str], scenes: set[str],
                         forces: dict[str, float]) -> dict[str, float]:
        """What the report's demonyms say of each country: "Syrian" for Syria, much less in
        a compound ("Saudi-led") or before a border ("the Afghan border"), as much as its
        name before a word for the land or the victims ("Lebanese villages", "Lebanese
        civilians", adding to `scenes`). A demonym of a force or an attacker's weapon
        ("the Turkish Army", "an Israeli drone") goes to `forces` instead. The words are
        read once per report (detection weighs its evidence twice, the context once more)."""
        kept = doc.user_data.get(DEMONYMS_KEY)
        if kept is None or kept[0] is not self._demonyms:
            kept = doc.user_data[DEMONYMS_KEY] = (self._demonyms, self._demonym_hits(words))
        by_demonym: dict[str, float] = defaultdict(float)
        for code, weight, role in kept[1]:
            if role == "force":
                forces[code] += weight
            else:
                by_demonym[code] += weight
                if role == "scene":
                    scenes.add(code)
        return by_demonym

    def _demonym_hits(self, words: list[str]) -> list[tuple[str, float, str]]:
        """(country, weight, role) of each demonym in the words, in their order."""
        hits: list[tuple[str, float, str]] = []
        for k, word in enumerate(words):
            land = k + 1 < len(words) and words[k + 1].lower() in LAND_WORDS
            if word[:1].isupper() or land:
                code = self._demonyms.get(name_key(word))
                if not code:
                    continue
                if _in_compound(words, k, k + 1) or _before_border(words, k + 1):
                    hits.append((code, COMPOUND_WEIGHT, ""))
                elif land or _of_the_victims(words, k + 1):
                    hits.append((code, COUNTRY_NAME_WEIGHT, "scene"))
                elif _of_a_force(words, k + 1, attack=True):
                    hits.append((code, DEMONYM_WEIGHT, "force"))
                else:
                    hits.append((code, DEMONYM_WEIGHT, ""))
        return hits

    def _mention_evidence(self, mention: PlaceMention) -> dict[str, float]:
        """How strongly a mention says each country: its best candidate there (0 for a
        country it names only by a tiny place). "Chin State", "Kassala Province": a name
        with a region word says the country of its regions, not of a city so named abroad."""
        key = name_key(mention.text)
        out: dict[str, float] = {}
        candidates = mention.candidates
        if mention.designator in REGION_DESIGNATORS:
            # only the countries holding a region of that name ("the Ségou region": Mali,
            # as strongly as its city Ségou says it)
            held = {c.country_code for c in candidates if c.is_region and c.match == "exact"}
            candidates = [c for c in candidates if c.country_code in held] or candidates
        for cand in candidates:
            code = cand.country_code
            if not code or cand.match == "transliteration":
                continue
            weight = _candidate_evidence(cand, key, region_mention=mention.kind == "region") \
                * beside_its_owner(cand, candidates, key)
            if weight >= out.get(code, 0.0):
                out[code] = weight
        return out


def _settle_shared_names(ambiguous: list[tuple[dict[str, float], float]],
                         strong: dict[str, float], weak: list[dict[str, float]]) -> None:
    """A name shared by places of several countries counts for the one that the rest of the
    report supports; else, when one reading is clearly the strongest, for that one (which
    may in turn support others); else it is shared by the strong readings. Adds to
    `strong`, or to `weak` what is too weak to count alone."""
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
                assign(_best_supported(supported, evidence, base), evidence, factor)
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


def _best_supported(supported: list[str], evidence: dict[str, float],
                    base: dict[str, float]) -> str:
    """Of the countries a shared name may say that the rest of the report supports, the
    one whose reading is CLEARLY_STRONGER than all the others' ("DHAKA, July 19 -" with an
    Indian town named too: Bangladesh's capital, not a town of 40,000 in Bihar, however
    little a "Bangladesh Television" says of Bangladesh); else the best supported one."""
    top = max(supported, key=lambda code: (evidence[code], code))
    if all(evidence[top] >= CLEARLY_STRONGER * evidence[code]
           for code in supported if code != top):
        return top
    return max(supported, key=lambda code: (base[code], code))


def _with_weak_support(strong: dict[str, float], named: dict[str, float],
                       weak: list[dict[str, float]], exact_weak: list[dict[str, float]]
                       ) -> dict[str, float]:
    """All evidence by country: the strong, and each weak mention for the strongest country
    it supports."""
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
    return weights


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


def _region_of_many(mention: PlaceMention) -> bool:
    """"Eastern Province": a name of regions of SHARED_BY_MANY countries or more."""
    return len({c.country_code for c in mention.candidates
                if c.is_region and c.match == "exact"}) >= SHARED_BY_MANY


def _weak_in_one_country(evidence: dict[str, float]) -> bool:
    """A weak reading in one country, the others hamlets of no weight: one country's
    evidence, not an ambiguous name's."""
    positive = [w for w in evidence.values() if w > 0]
    return len(positive) == 1 and positive[0] < STRONG_EVIDENCE
