"""Whether one span of words the index knows names a place, and in which countries the
report must be for it to: the judgement of place detection (detection.py) on a single
span — NER's labels, English words, acronyms, titles, facilities and longer names, the
vetoes of which are in span_vetting.py.
"""

from __future__ import annotations

from eventdesk.geo.candidates import (
    _COUNTRY_KIND,
    CONNECTORS,
    DISTRICT_DESIGNATORS,
    PLACE_DESIGNATORS,
    REGION_DESIGNATORS,
    PlaceMention,
    _is_country_entry,
    _is_well_known,
    is_district,
    is_wide_region,
)
from eventdesk.geo.name_spans import (
    _after_locative,
    _designator,
)
from eventdesk.geo.namesakes import _without_small_namesakes_of_a_region
from eventdesk.geo.normalize import ARABIC_ARTICLES, name_key
from eventdesk.geo.span_vetting import SITE_TOWN_POPULATION, SpanVetting, _Scan, _Span

# Last words of a body of water's name ("Red Sea", "Lake Chad" is caught by its region word).
WATER_WORDS = frozenset({"sea", "ocean", "gulf", "bay", "strait", "straits", "lake", "river",
                         "canal"})
# Words after a name that make it a river's ("the Vellouse river", "the Tigris River").
RIVER_WORDS = frozenset({"river", "rivers"})


class SpanJudging(SpanVetting):
    """The span judgement of the Gazetteer's place detection (detection.py)."""

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
            if _inside_a_longer_name(tokens, i, j):
                return None  # "Datu Saudi Ampatuan town": a town's name, not the country
            city = self._city_state(code)
            if city is not None:  # "in Hong Kong", "in Singapore": the city itself
                return PlaceMention(i, j, start_char, end_char, span_text, [city], kind="place",
                                    designator=designator), None, False
            return PlaceMention(i, j, start_char, end_char, span_text, [], kind="country",
                                designator=designator, country_code=code), None, False
        key = name_key(span_text)
        if key in self._demonyms or key in self._shared_adjectives or key in scan.party_names:
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
        if not candidates or _after_a_name_article(tokens, i):
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
            if not (i in scan.dateline and how == "key" and len(countries) == 1
                    and any(c.match == "exact" for c in candidates)):
                # (but the dateline's district, "ORAKZAI DISTRICT: A shopkeeper was wounded",
                # is where the report was filed: a place whatever else the report names)
                needs = countries if needs is None else needs & countries
            # ... kept where no country is named when written as a place ("in Masisi") or
            # called one by NER ("In neighbouring South Waziristan, a bomb went off")
            located_district = how == "key" and len(countries) == 1 \
                and (_after_locative(words_all, i)
                     or scan.entity_of.get(i, (None, 0)) in (("GPE", j - i), ("LOC", j - i))) \
                and any(c.match == "exact" for c in candidates)
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
        if j < len(words_all) and words_all[j].lower() in RIVER_WORDS and not region_word:
            return None  # "along the Vellouse river": the river its region is named after,
            # not the region (which would bar the report's towns outside it)
        if i >= 2 and words_all[i - 1].lower() == "of" and \
                words_all[i - 2].lower() in WATER_WORDS:
            return None  # the Gulf of Aden
        span = _Span(scan, i, j, key, candidates, designator, needs, well_known, region_word,
                     place_word, in_dateline, words, first)
        if not (self._vet_words(span) and self._vet_shape_and_neighbours(span)
                and self._vet_entity_label(span)):
            return None
        needs, opens_site, town_and_quarter = span.needs, span.opens_site, \
            span.town_and_quarter
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
            if top.is_region or is_wide_region(top):
                kind = "region"  # a wide region: a town the clause names goes first
        part = None
        if town_and_quarter and kind == "place":
            part = text[tokens[j].idx:tokens[j + 2].idx + len(tokens[j + 2].text)]
            j, end_char = j + 3, tokens[j + 2].idx + len(tokens[j + 2].text)
            span_text = text[start_char:end_char]
        mention = PlaceMention(i, j, start_char, end_char, span_text, candidates, kind=kind,
                               designator=designator, part=part)
        fallback = how != "skel" and any(_is_well_known(c, key) for c in candidates) \
            or located_district  # kept too when the report names no country at all
        return mention, needs, fallback


# "Las", "Los", "Le": Romance articles that open a place's name ("the community of Las
# Bateas"); Arabic ones are read as part of the name by normalize, not here
NAME_ARTICLES = frozenset({"La", "Las", "Los", "Le", "Les", "Lo"})


def _after_a_name_article(tokens, i: int) -> bool:
    """Token i follows a capitalised article that opens the same name ("Las Bateas", a
    village the index lacks): the rest of the name alone is another place (Bateas, another
    name of a town 300 km off), not this one."""
    return i >= 1 and tokens[i - 1].text in NAME_ARTICLES and tokens[i - 1].i > 0 \
        and not tokens[i - 1].is_sent_start


def _inside_a_longer_name(tokens, i: int, j: int) -> bool:
    """Tokens i..j stand between two capitalised words of one name, mid-sentence ("the army
    detachment in Datu Saudi Ampatuan town"): a word of that name, not a country."""
    if i < 2 or j >= len(tokens):
        return False
    opener, before, after = tokens[i - 2], tokens[i - 1], tokens[j]
    return opener.text[:1].islower() and before.text[:1].isupper() and before.text.isalpha() \
        and after.text[:1].isupper() and after.text.isalpha()
