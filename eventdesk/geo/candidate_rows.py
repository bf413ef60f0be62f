"""How an index row becomes a scored Candidate: the query that reads the places of a name
key (or skeleton), a row's fields as a Candidate, its base score (how the name matched,
population, a capital or a seat, a region) and its display name. Split from gazetteer.py,
the opened index and its lookups.
"""

from __future__ import annotations

import math
import re
from difflib import SequenceMatcher

from eventdesk.geo.candidates import Candidate
from eventdesk.geo.countries import country_name
from eventdesk.geo.normalize import display_spelling, fold

CANDIDATE_SQL = """
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

# An alternate name this close to the place's main name ("Sloviansk" of Slovyansk) is one
# of its spellings; one far from it (a former name, or a namesake GeoNames lists among a
# city's alternates: "Sloviansk" of Nikopol) is a weaker sign, at equal size.
SPELLING_RATIO = 0.8

MATCH_RANK = {"transliteration": 0, "normalised": 1, "exact": 2}
# GeoNames' qualifier that tells a town from its namesakes ("Neustadt (Hessen)"): the name
# before it is as good as a spelling of the town's main name, as news writes it
# ("Neustadt"), not its main name: a much bigger namesake may be known by the bare name
QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


def candidate_from_row(row: tuple, match: str) -> Candidate:
    """A Candidate of one CANDIDATE_SQL row, unscored."""
    (row_folded, _, gid, place_name, cc, admin1, admin2, fclass, fcode, population, lat, lon,
     is_region, ascii_name) = row
    admin1 = display_spelling(admin1) if admin1 else None
    return Candidate(
        geonameid=gid, name=place_name, country_code=cc, country=country_name(cc),
        admin1=admin1, admin2=display_spelling(admin2) if admin2 else None,
        feature_class=fclass, feature_code=fcode, population=population or 0, latitude=lat,
        longitude=lon, is_region=bool(is_region), match=match, matched_name=row_folded,
        display_name=_display_name(place_name, ascii_name, admin1, bool(is_region)))


def scored(candidates) -> list[Candidate]:
    """Candidates given their base score, best first."""
    out = list(candidates)
    for cand in out:
        _base_score(cand, main_name=fold(cand.name))
    out.sort(key=lambda c: (-c.score, -c.population, c.geonameid))
    return out


def _base_score(cand: Candidate, *, main_name: str) -> None:
    reasons = cand.reasons
    if cand.match == "exact":
        cand.score += 3.0
        reasons.append(f"exact name '{cand.matched_name}' (+3.0)")
        if cand.matched_name == main_name:
            cand.score += 0.5
            reasons.append("its main name (+0.5)")
        elif SequenceMatcher(None, cand.matched_name, main_name).ratio() >= SPELLING_RATIO \
                or cand.matched_name == fold(QUALIFIER.sub("", cand.name)):
            cand.score += 0.2
            reasons.append("a spelling of its main name (+0.2)")
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


def _display_name(name: str, ascii_name: str | None, admin1: str | None, is_region: bool
                  ) -> str:
    """A region is written as its admin1 name ('Aleppo', not 'Muhafazat Halab'); a place in
    its ASCII spelling: an imported English name, else GeoNames' name without accents."""
    if is_region and admin1:
        return admin1
    return display_spelling(ascii_name or name)
