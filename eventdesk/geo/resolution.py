"""Resolution: the one place a mention or a name refers to, ranked by the report's
countries, by a container it is put in ("Khalidiya in Homs") and by its kind.
"""

from __future__ import annotations

import dataclasses
import re

from eventdesk.distance import haversine_km
from eventdesk.geo.candidates import (
    _COUNTRY_KIND,
    BIG_CITY_POPULATION,
    CONNECTORS,
    DISTRICT_DESIGNATORS,
    QUARTER_DESIGNATORS,
    REGION_DESIGNATORS,
    WELL_KNOWN_POPULATION,
    Candidate,
    PlaceMention,
    _country_codes,
    _inside_reading,
    _is_country_entry,
    _is_inside,
    _km,
    _lookup_country_codes,
    _place_from,
    _precision,
    _same_district,
    _split_designator,
    is_district,
    is_wide_region,
)
from eventdesk.geo.countries import country_name
from eventdesk.geo.namesakes import district_of_the_town
from eventdesk.geo.readings_abroad import readable_abroad
from eventdesk.records import Place, join_parts

# "Daraa al-Balad" unknown: Daraa, when Daraa is at least this big.
PREFIX_TOWN_POPULATION = 5_000


class Resolution:
    """The Gazetteer's resolution of a mention or a name to one place: a part of the
    Gazetteer class (gazetteer.py), whose lookups it reads."""

    def rank(self, candidates: list[Candidate], *, countries: list | None = None,
             container: Candidate | None = None, designator: str | None = None
             ) -> list[Candidate]:
        """Re-score candidates with the document's countries, a container and a region word."""
        codes = _country_codes(countries)
        out = []
        for base in candidates:
            cand = dataclasses.replace(base, reasons=list(base.reasons))
            for delta, reason in _adjustments(cand, codes, designator):
                cand.score += delta
                cand.reasons.append(reason)
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
        place = self._resolve_candidates(mention.text, mention.candidates, codes=codes,
                                         containers=options, designator=mention.designator)
        if mention.part and place is not None and place.geo_precision == 1:
            # "Baghdad al-Jadida": the town's part the index lacks, kept at the town
            place.location = join_parts(place.location, mention.part)
            place.geo_precision = 2
        return place

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
            # Only a sizeable town of the main country: "Sheikh", "Khan" open many names
            ranked = [c for c in self.rank(self.candidates(prefix), countries=codes)
                      if c.country_code == codes[0] and c.match != "transliteration"
                      and c.population >= PREFIX_TOWN_POPULATION]
            if ranked:
                return _place_from(ranked[0], location=join_parts(ranked[0].display_name,
                                                                  rest), precision=2)
        return None

    def _container_options(self, container: PlaceMention, codes: list[str]) -> list[Candidate]:
        """The few places a container mention may be, best first (a city and its region)."""
        if container.kind == _COUNTRY_KIND or not container.candidates:
            return []
        # a region wider than one town's area ("the Sinai resorts of Taba") holds places of
        # several first-level regions: it says nothing of which
        ranked = self.rank([c for c in container.candidates if not is_wide_region(c)],
                           countries=codes, designator=container.designator)
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
            # a quarter is of its own country's; a place abroad, as readings_abroad.py says
            own = codes[:1] if designator in QUARTER_DESIGNATORS and not containers else codes
            candidates = [c for c in candidates if c.country_code in own
                          or readable_abroad(c, text, designator)]
        candidates = _without_loose_namesakes_of_a_city(candidates)
        if not containers:
            best = _first_ranked(candidates, codes, designator)
            if best is None:
                return None
            best = district_of_the_town(candidates, best, designator)
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
            own = _own_reading_over(candidates, containers, codes, designator)
            if own is not None:
                return _place_from(own, location=own.display_name, precision=_precision(own))
            container = containers[0]
            if container.is_region:
                # Unknown to the index, but the report says which region it is in.
                return _place_from(container, location=text.strip(), precision=3)
            # A district the index lacks: its city, one step less precise.
            return _place_from(container, location=join_parts(
                container.display_name, ' '.join(text.split())), precision=2)
        _, best, container = chosen
        # "Kyiv's Solomianskyi district": a city's district the index holds is written as
        # the city's part (GUIDELINES: "City - District"), one place with the city
        city_part = (not container.is_region and best.geonameid != container.geonameid
                     and container.population > best.population and _km(best, container) <= 15)
        if best.is_region or is_district(best) and not (
                city_part and container.feature_class == "P"):
            return _place_from(best, location=best.display_name, precision=_precision(best))
        location = best.display_name
        if city_part:
            location = join_parts(container.display_name, best.display_name)
        # a town (1), or a listed area or city quarter at its town (2, areas.toml)
        return _place_from(best, location=location, precision=_precision(best))


def _adjustments(cand: Candidate, codes: list[str], designator: str | None
                 ) -> list[tuple[float, str]]:
    """What the document's countries and the text's region word add to a reading's score,
    each with its reason, in the order `rank` adds them."""
    found = []
    if codes:
        if cand.country_code == codes[0]:
            found.append((3.0, f"in the document's main country {codes[0]} (+3.0)"))
        elif cand.country_code in codes:
            found.append((2.0, f"in a document country {cand.country_code} (+2.0)"))
        else:
            found.append((-1.5, "outside the document's countries (-1.5)"))
    if designator in REGION_DESIGNATORS:
        if cand.is_region:
            found.append((3.0, f"a region, and the text says '{designator}' (+3.0)"))
        else:
            found.append((-1.0, f"not a region but the text says '{designator}' (-1.0)"))
    if is_district(cand) and designator in DISTRICT_DESIGNATORS:
        found.append((3.0, f"a district, and the text says '{designator}' (+3.0)"))
    return found


def _own_reading_over(candidates: list[Candidate], containers: list[Candidate],
                      codes: list[str], designator: str | None) -> Candidate | None:
    """"The Kurdistan Region's forces near Penjwen": the town's own exact reading in one of
    the report's countries, when the containers are all of a country the report weighs less
    (Iran's Kordestan, a namesake of Iraq's region), rather than that container."""
    own = _first_ranked([c for c in candidates if c.match == "exact" and not c.is_region
                         and c.country_code in codes], codes, designator)
    if own is None:
        return None
    rank = codes.index(own.country_code)
    return own if all(o.country_code not in codes or codes.index(o.country_code) > rank
                      for o in containers) else None


def _without_loose_namesakes_of_a_city(candidates: list[Candidate]) -> list[Candidate]:
    """"Manila" is the Philippine capital named exactly, not Manilla, a small Australian town
    another spelling reaches in a report that names Australians: beside a capital or a big
    city of the very name, small places read only by a looser spelling are dropped."""
    if not any(c.match == "exact" and not c.is_region and (
            c.feature_code == "PPLC" or c.population >= BIG_CITY_POPULATION) for c in candidates):
        return candidates
    return [c for c in candidates if c.match == "exact" or c.population >= WELL_KNOWN_POPULATION]


def _first_ranked(candidates: list[Candidate], codes: list[str], designator: str | None
                  ) -> Candidate | None:
    """The reading `rank` (with no container) puts first, as it was passed in: its score
    summed the same way, without a re-scored copy of every other reading."""
    def key(cand: Candidate) -> tuple:
        score = cand.score
        for delta, _ in _adjustments(cand, codes, designator):
            score += delta
        return -score, -cand.population, cand.geonameid

    return min(candidates, key=key, default=None)


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
