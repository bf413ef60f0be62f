"""Whether one span of words the index knows names a place, and in which countries the
report must be for it to: the judgement of place detection (detection.py) on a single
span — NER's labels, English words, acronyms, titles, facilities and longer names.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from eventdesk.geo.candidates import (
    _COUNTRY_KIND,
    CONNECTORS,
    DISTRICT_DESIGNATORS,
    PLACE_DESIGNATORS,
    REGION_DESIGNATORS,
    PlaceMention,
    _is_country_entry,
    _is_famous,
    _is_well_known,
    _main_name,
    is_area,
    is_district,
    is_wide_region,
    names_a_division,
)
from eventdesk.geo.name_spans import (
    _after_locative,
    _designator,
    _named_as_place,
    _sentence_initial,
    _told,
    struck_as_subject,
    word_before,
)
from eventdesk.geo.name_words import NameWords
from eventdesk.geo.namesakes import _without_small_namesakes_of_a_region
from eventdesk.geo.normalize import ARABIC_ARTICLES, fold, name_key
from eventdesk.geo.words import COMMON_WORDS, MONTHS, TITLES, WEEKDAYS

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
SITE_TOWN_POPULATION = 10_000


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


class SpanJudging(NameWords):
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
        # "Abuja's International Conference Centre" is in Abuja.
        possessive = j < len(tokens) and tokens[j].text in ("'s", "’s")
        # "killed during Kafr Saghir’s liberation": NER's entity is the name and its
        # possessive, no longer name (unlike "Charles Taylor's")
        inside_longer = ent_len > j - i + (possessive and tokens[i].ent_iob_ == "B"
                                           and tokens[j].ent_iob_ == "I")
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
            famous = any(_is_famous(c, key) for c in candidates)
            # "the Swat Valley": a listed area's whole name of several words
            famous = famous or len(words) > 1 and any(
                is_area(c) and c.match == "exact" and c.matched_name == fold(c.name)
                for c in candidates)
            if all(self._is_everyday(w) for w in words) and not place_word and not (
                    famous and (len(words) > 1 or (
                        label in ("GPE", "LOC") and ent_len == j - i
                        and _named_as_place(words_all, i)))):
                # 'National', 'Human', 'Union': never a place without a place word; but
                # 'Central Darfur', 'Port Sudan' have a proper noun, and 'Port-au-Prince'
                # is a capital; so is a city of a million that NER calls a place where
                # only places are named ("demonstrated in Shanghai", a verb too)
                return None
            if not (named_region or place_word or in_dateline or needs is not None
                    or famous):
                # A proper noun of the lemma list: a place when the report is about its
                # country, or (with no country evidence at all) when it is well known; a
                # small one only where NER also calls it a place.
                needs = frozenset(c.country_code for c in candidates if c.country_code and (
                    c.match == "exact" or _main_name(c, key)))
                # "soldiers in Imam Sahib surrendered", which NER calls an organisation: a
                # name of several words read exactly after "in"/"near" is a town there
                located = len(words) > 1 and _after_locative(words_all, i) and any(
                    c.match == "exact" for c in candidates)
                if not needs or (not well_known and label not in ("GPE", "LOC")
                                 and not located):
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
        if j < len(tokens) and tokens[j].text == "Police" and needs is None \
                and not well_known:
            # "Westridge Police District", a police unit's proper name: a small town of that
            # name is the unit's only in a report about its country (else a namesake abroad)
            needs = frozenset(c.country_code for c in candidates if c.country_code)
        if i > 0 and tokens[i - 1].text.lower().rstrip(".") in TITLES and not well_known:
            return None
        if first.lower() in TITLES and not (
                j - i > 1 and _after_locative(words_all, i)
                and any(c.match == "exact" or c.match == "normalised" and _main_name(c, key)
                        for c in candidates)):
            # "Imam Ali said"; but "soldiers in Imam Sahib", "in Sheikh Maqsoud" and, a
            # spelling of a town's main name, "inside Sheikh Miskeen" (Shaykh Miskin)
            return None
        if scan.has_pos and _told(tokens[i].doc[i:j].root):
            return None  # "the source told Xinhua": a listener, an outlet or a person
        # The word before the name, or before its article ("Jabur al-Qassem").
        before = i - 3 if i >= 2 and words_all[i - 1] == "-" and \
            words_all[i - 2].lower() in ARABIC_ARTICLES else word_before(words_all, i)
        if not well_known and (self._continues_name(words_all, j) or (
                before >= 0 and self._is_name_word(words_all[before]))):
            return None  # part of a longer unknown name ("Jebel Marra", "Dar Saad")
        if well_known and (self._opens_longer_name(candidates, words_all, i, j)
                           or self._closes_longer_name(candidates, words_all, i, j, before)):
            return None  # "the village of Tal Na’am": the first word of a name, not At Tall
        # "Daraa al-Balad", "Baghdad al-Jadida", which NER calls a person or a site: a
        # well-known town and its quarter, the name the index lacks (else the longer match
        # had won) -- never the quarter's namesake abroad (El Jadida in Morocco); not a name
        # of two Arabic parts ("Al-Wadi Al-Akhdar", no quarter of El Oued)
        town_and_quarter = well_known and not region_word and j + 2 < len(tokens) and \
            tokens[i].text.lower() not in ARABIC_ARTICLES and \
            words_all[j].lower() in ARABIC_ARTICLES and words_all[j + 1] == "-" \
            and self._is_name_word(words_all[j + 2])
        # "Nineveh province", "the town of X": a place word settles it, whatever NER says
        if label == "PERSON" and (inside_longer or not well_known) and not town_and_quarter \
                and not (region_word or place_word):
            # after "in"/"near", a spelling of a town's main name counts as its name too
            # ("In al-Bireh, …": NER's person, the index's Al Bīrah)
            located = _after_locative(words_all, i) or (
                scan.has_pos and struck_as_subject(tokens[i].doc[i:j]))
            exact_here = frozenset(c.country_code for c in candidates if c.country_code and (
                c.match == "exact" or located and c.match == "normalised" and _main_name(c, key)))
            if inside_longer or not exact_here or (
                    len(words) < 2 and not located):
                return None  # part of a person's name ("Juan Manuel Santos")
            # NER reads many towns as people ("Lashkar Gah", "rallied in Sirwah"): a town
            # when the report is about its country.
            needs = exact_here if needs is None else needs & exact_here
        # "near Bakhmut and Marinka", which NER calls one organisation: the last of a list
        listed_last = i >= 1 and words_all[i - 1].lower() in ("and", ",") and inside_longer \
            and tokens[i - 1].ent_iob_ == "I" and (j >= len(tokens) or tokens[j].ent_iob_ != "I")
        with_its_kind = label == "ORG" and names_a_division(tokens[i].doc, i, j, designator)
        if label in ("ORG", "NORP", "WORK_OF_ART", "EVENT", "FAC") and inside_longer and (
                not well_known or all(self._is_english(w) for w in words)) and not (
                well_known and possessive) and not opens_site and not with_its_kind \
                and not town_and_quarter:
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
