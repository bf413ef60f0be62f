"""The vetoes of span judging (span_judging.py): whether a span the index knows may still name a
place, read from its words (a month, everyday English, a people), its shape and neighbours
(capitals, a title, a landmark word or facility by it, part of a longer unknown name) and NER's
label (a person's or an organisation's name), each step short enough to follow."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from eventdesk.geo.anchors import names_a_container
from eventdesk.geo.candidates import (
    _is_famous,
    _is_well_known,
    _main_name,
    followed_by_its_region,
    is_area,
    joins_a_route,
    names_a_division,
)
from eventdesk.geo.landmark_names import NOT_A_TOWN_AFTER, no_town_here
from eventdesk.geo.name_spans import (
    LOWER_COMPASS_WORDS,
    _after_locative,
    _named_as_place,
    _sentence_initial,
    _told,
    names_a_military_site,
    struck_as_subject,
    struck_by_munition,
    word_before,
)
from eventdesk.geo.name_words import NameWords
from eventdesk.geo.normalize import ARABIC_ARTICLES, fold, name_key
from eventdesk.geo.words import COMMON_WORDS, MONTHS, NUMBERED_PARTS, TITLES, WEEKDAYS, an_age

SITE_TOWN_POPULATION = 10_000
# Lower-case words of time that NER sometimes takes into a name before them ("on
# Zaporizhzhia overnight", read as a person): no part of a longer name
TIME_WORDS = frozenset({"overnight", "yesterday", "today", "tonight", "earlier", "later"})


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
    party_names: frozenset[str]


@dataclass(slots=True)
class _Span:
    """One span of tokens i..j under judgement, and what judging it has found so far."""

    scan: _Scan
    i: int
    j: int
    key: str
    candidates: list
    designator: str | None
    # the countries one of which the report must be about for the span to be kept
    needs: frozenset[str] | None
    well_known: bool
    region_word: bool
    place_word: bool
    in_dateline: bool
    words: list[str]
    first: str
    label: str | None = None
    ent_len: int = 0
    possessive: bool = False
    inside_longer: bool = False
    opens_site: bool = False
    town_and_quarter: bool = False


class SpanVetting(NameWords):
    """The vetoes of a span, in the order span judging asks them; each returns False when
    the span names no place, and may narrow the countries it needs (`_Span.needs`)."""

    def _vet_words(self, s: _Span) -> bool:
        """Months, weekdays, the report's lower-case words, "pro-Assad", a people or a creed,
        and everyday English words without a place word are no place; a proper noun of the
        lemma list is one only in a report about its country."""
        scan, i, j, needs = s.scan, s.i, s.j, s.needs
        tokens, words_all = scan.tokens, scan.words
        words, candidates, key, well_known = s.words, s.candidates, s.key, s.well_known
        region_word, place_word, in_dateline = s.region_word, s.place_word, s.in_dateline
        if len(words) == 1:
            word = words[0].lower().rstrip(".")  # "Nov." is November, not Nov in Tajikistan
            if word in MONTHS or word in WEEKDAYS or len(word) <= 2:
                return False
            if word in scan.lower_words and not (region_word or place_word):
                return False
            if j < len(tokens) and tokens[j].like_num and word in NUMBERED_PARTS:
                return False  # "in Sector 14", "Phase 3": a city's numbered part, no town
            if (not well_known and scan.has_pos
                    and _sentence_initial(tokens, i, scan.sentences)
                    and tokens[i].pos_ not in ("PROPN", "")):
                return False
        label, ent_len = scan.entity_of.get(i, (None, 0))
        # "Abuja's International Conference Centre" is in Abuja.
        possessive = j < len(tokens) and tokens[j].text in ("'s", "’s")
        # "during Kafr Saghir’s liberation": NER's entity is the name and its possessive
        inside_longer = ent_len > j - i + (possessive and tokens[i].ent_iob_ == "B"
                                           and tokens[j].ent_iob_ == "I")
        if inside_longer and all(w in TIME_WORDS for w in words_all[j:i + ent_len]):
            inside_longer = False   # "a strike on Zaporizhzhia overnight": NER took the time in
        if i >= 2 and words_all[i - 1] == "-" and words_all[i - 2].lower() in ("pro", "anti"):
            return False  # "pro-Assad": a person or a party, not a place
        if label == "NORP" and ent_len == j - i and not (well_known or region_word and words[
                0].lower() in LOWER_COMPASS_WORDS) and all(self._is_english(w) for w in words):
            return False  # "Kurdish": a people (not "Northern state", a region's name)
        if all(self._is_english(w) for w in words) and not region_word:
            # English words: the lemma list holds everyday words ('Union', 'Forest') and
            # proper nouns ('Aleppo', 'Darfur', 'Mafa') alike.
            named_region = any(c.is_region and c.match == "exact" for c in candidates)
            if all(w.lower() in COMMON_WORDS for w in words):
                return False
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
                return False
            if not (named_region or place_word or in_dateline or needs is not None
                    or famous):
                # A proper noun of the lemma list: a place when the report is about its
                # country, or (with no country evidence at all) when it is well known; a
                # small one only where NER also calls it a place.
                needs = frozenset(c.country_code for c in candidates if c.country_code and (
                    c.match == "exact" or _main_name(c, key)))
                # "soldiers in Imam Sahib surrendered", which NER calls an organisation: a
                # name of several words (or where a place is put: "X, near Y") read exactly
                # after "in"/"near" is a town there
                located = (names_a_container(words_all, i) or len(words) > 1 and _after_locative(
                    words_all, i)) and any(c.match == "exact" for c in candidates)
                if not needs or (not well_known and label not in ("GPE", "LOC")
                                 and not located):
                    return False
        s.label, s.ent_len, s.needs = label, ent_len, needs
        s.possessive, s.inside_longer = possessive, inside_longer
        return True

    def _vet_shape_and_neighbours(self, s: _Span) -> bool:
        """Capitals and acronyms, a stop word, a facility or a police unit after the name, a
        title before it, a listener of "told", and part of a longer name."""
        scan, i, j, needs = s.scan, s.i, s.j, s.needs
        tokens, words_all = scan.tokens, scan.words
        candidates, key, well_known = s.candidates, s.key, s.well_known
        first, in_dateline = s.first, s.in_dateline
        # judged on the letters: "Dara’a" or "Ma'arrat" is no word of only letters
        letters = "".join(ch for t in tokens[i:j] for ch in t.text if ch.isalpha())
        all_caps = letters.isupper()
        if all_caps and not in_dateline and not any(
                _is_well_known(c, key, by_main_name=True) and c.matched_name == fold(c.name)
                for c in candidates):
            return False  # capitals outside the dateline: an acronym or a heading ("SANA")
        if first.isupper() and len(first) <= 5 and not any(
                c.match == "exact" and c.matched_name == fold(c.name) for c in candidates):
            return False  # an acronym ("SANA") that only looks like a place
        if first.lower() in STOP_WORDS and not well_known:
            return False
        if not in_dateline and _aged(tokens, j):
            return False  # "Millan, 41, was shot": a person's age in apposition
        # "the Deir Ezzor Military Airport": a sizeable town's name opening a site's
        opens_site = i in scan.site_names and any(
            c.population >= SITE_TOWN_POPULATION for c in candidates)
        if j < len(tokens) and tokens[j].text.lower() in NOT_A_TOWN_AFTER and not opens_site:
            by_main = [c for c in candidates if _is_well_known(c, key, by_main_name=True)]
            if not by_main:
                return False  # a facility or a group named after someone ("Talal mosque")
            if needs is None and not any(_is_famous(c, key) for c in candidates):
                # "Hodeidah airport" in a Yemen report, not "Colón Theatre" in a Colombian one.
                needs = frozenset(c.country_code for c in by_main if c.country_code)
        if j < len(tokens) and tokens[j].text == "Police" and needs is None \
                and not well_known:
            # "Westridge Police District", a police unit's proper name: a small town of that
            # name is the unit's only in a report about its country (else a namesake abroad)
            needs = frozenset(c.country_code for c in candidates if c.country_code)
        if no_town_here(tokens, words_all, i, j, self._surname, well_known, in_dateline):
            return False  # "General Hassan", "the Monumento a la Concordia", "mayor Austin Mwangi"
        if first.lower() in TITLES and not in_dateline and not (
                j - i > 1 and _after_locative(words_all, i)
                and any(c.match == "exact" or c.match == "normalised" and _main_name(c, key)
                        for c in candidates)):
            # "Imam Ali said"; but "soldiers in Imam Sahib", "in Sheikh Maqsoud" and, a
            # spelling of a town's main name, "inside Sheikh Miskeen" (Shaykh Miskin), and a
            # dateline's town ("SULTAN KUDARAT, Maguindanao --")
            return False
        if scan.has_pos and _told(tokens[i].doc[i:j].root):
            return False  # "the source told Xinhua": a listener, an outlet or a person
        # The word before the name, or before its article ("Jabur al-Qassem").
        before = i - 3 if i >= 2 and words_all[i - 1] == "-" and \
            words_all[i - 2].lower() in ARABIC_ARTICLES else word_before(words_all, i)
        if not well_known and (self._continues_name(words_all, j) or (
                before >= 0 and (self._is_name_word(words_all[before])
                                 or _capitalised_small_word(words_all, before)))):
            return False  # part of a longer unknown name ("Jebel Marra", "Dar Saad")
        if not well_known and before >= 1 and words_all[before] == "-" \
                and not tokens[before - 1].whitespace_ and not tokens[before].whitespace_ \
                and self._is_name_word(words_all[before - 1]) \
                and name_key(words_all[before - 1]) not in self._keys:
            return False  # "Ovchi-Kalacha": the close of a hyphened name the index lacks
        if well_known and (self._opens_longer_name(candidates, words_all, i, j)
                           or self._closes_longer_name(candidates, words_all, i, j, before)):
            return False  # "the village of Tal Na’am": the first word of a name, not At Tall
        s.opens_site, s.needs = opens_site, needs
        return True

    def _vet_entity_label(self, s: _Span) -> bool:
        """NER's person or organisation: part of a longer name, unless a town of the report's
        country is named so ("Lashkar Gah", "near Bakhmut and Marinka")."""
        scan, i, j, needs = s.scan, s.i, s.j, s.needs
        tokens, words_all = scan.tokens, scan.words
        words, candidates, key, well_known = s.words, s.candidates, s.key, s.well_known
        label, inside_longer, possessive = s.label, s.inside_longer, s.possessive
        region_word, place_word, designator = s.region_word, s.place_word, s.designator
        opens_site = s.opens_site
        # "Daraa al-Balad", "Baghdad al-Jadida", which NER calls a person or a site: a
        # well-known town and its quarter, the name the index lacks (else the longer match
        # had won) -- never the quarter's namesake abroad (El Jadida in Morocco); not a name
        # of two Arabic parts ("Al-Wadi Al-Akhdar", no quarter of El Oued)
        town_and_quarter = well_known and not region_word and j + 2 < len(tokens) and \
            tokens[i].text.lower() not in ARABIC_ARTICLES and \
            words_all[j].lower() in ARABIC_ARTICLES and words_all[j + 1] == "-" \
            and self._is_name_word(words_all[j + 2])
        # "Nineveh province", "the town of X": a place word settles it, whatever NER says
        # "the Douentza–Boni road": a route's ends are towns, whatever NER calls them; so is
        # the dateline's town, which NER often joins to its dash ("QUETTA - Police said")
        route_end = label == "PERSON" and not inside_longer and joins_a_route(
            tokens[i].doc, i, j)
        if label == "PERSON" and (inside_longer or not well_known) and not town_and_quarter \
                and not (region_word or place_word or route_end or s.in_dateline):
            # after "in"/"near", a spelling of a town's main name counts as its name too
            # ("In al-Bireh, …": NER's person, the index's Al Bīrah); so does a route's end
            # ("on the Talal–Homs road", NER's person); so is a police station's ("under
            # Barwadih police station limits": South Asian press names it after its town)
            landed_on = scan.has_pos and struck_by_munition(tokens[i].doc[i:j])
            located = _after_locative(words_all, i) or landed_on or (
                scan.has_pos and struck_as_subject(tokens[i].doc[i:j])) \
                or joins_a_route(tokens[i].doc, i, j) or _institutions_town(words_all, i, j) \
                or names_a_military_site(words_all, i, j) or names_a_container(words_all, i) \
                or [w.lower() for w in words_all[j:j + 2]] == ["police", "station"] \
                or _region_in_brackets(words_all, i, j, candidates) \
                or followed_by_its_region(words_all, j, candidates)
            exact_here = frozenset(c.country_code for c in candidates if c.country_code and (
                c.match == "exact" or located and c.match == "normalised" and _main_name(c, key)))
            if inside_longer or not exact_here or (
                    len(words) < 2 and not located):
                return False  # part of a person's name ("Juan Manuel Santos")
            # NER reads many towns as people ("Lashkar Gah", "rallied in Sirwah"): a town
            # when the report is about its country -- or, named so in one country only, where
            # a munition landed, however much the report is about the country it was fired
            # from ("rockets fired from Lebanon struck Metula")
            if not (landed_on and len(exact_here) == 1):
                needs = exact_here if needs is None else needs & exact_here
        # "near Bakhmut and Marinka", which NER calls one organisation: the last of a list
        listed_last = i >= 1 and words_all[i - 1].lower() in ("and", ",") and inside_longer \
            and tokens[i - 1].ent_iob_ == "I" and (j >= len(tokens) or tokens[j].ent_iob_ != "I")
        # "Masisi Territory", "the Kabul-Kandahar highway": a division or a route, no body
        # (NER's organisation; a route also its facility, "the Gorom-Gorom-Markoye axis")
        with_its_kind = label == "ORG" and names_a_division(tokens[i].doc, i, j, designator) \
            or label in ("ORG", "FAC") and joins_a_route(tokens[i].doc, i, j, first_only=True)
        if label in ("ORG", "NORP", "WORK_OF_ART", "EVENT", "FAC") and inside_longer and (
                not well_known or all(self._is_english(w) for w in words)) and not (
                well_known and possessive) and not opens_site and not with_its_kind \
                and not town_and_quarter and not s.in_dateline:
            exact_here = frozenset(c.country_code for c in candidates
                                   if c.match == "exact" and c.country_code)
            if not (listed_last and exact_here and label == "ORG"):
                return False  # part of an organisation's name ("African Union")
            needs = exact_here if needs is None else needs & exact_here
        s.town_and_quarter, s.needs = town_and_quarter, needs
        return True


def _region_in_brackets(words, i: int, j: int, candidates) -> bool:
    """"7 Aug – Kyauktaw (Rakhine):", "clashes in Tsafe (Zamfara)": a region the index knows
    by exactly this name, in brackets right after a place's name -- how digests and wires
    say which region holds a town; NER often calls the region a person."""
    before = word_before(words, i)
    prev = word_before(words, before) if before >= 0 else -1
    return before >= 0 and words[before] == "(" and j < len(words) \
        and words[j].startswith(")") and prev >= 0 and words[prev][:1].isupper() \
        and any(c.is_region and c.match == "exact" for c in candidates)


# "the Government Science Secondary School, Kankara,": an institution named with its town
INSTITUTIONS = frozenset({"school", "college", "university", "academy", "polytechnic",
                          "seminary", "institute", "hospital"})


def _institutions_town(words, i: int, j: int) -> bool:
    """The name set off by commas right after an institution's name ("the Government
    Secondary School, Kankara, in Katsina State"): where the institution is, as Nigerian
    and South Asian copy writes it; NER calls it a person."""
    before = word_before(words, i)
    prev = word_before(words, before) if before >= 0 else -1
    return before >= 0 and words[before] == "," and prev >= 0 \
        and words[prev][:1].isupper() and words[prev].lower() in INSTITUTIONS \
        and j < len(words) and words[j] == ","


def _capitalised_small_word(words, k: int) -> bool:
    """"in Let Yet Kone village": a function word capitalised inside a sentence opens or
    continues a proper name (a transliterated one); English writes it in lower case. Only
    in running text: the run of capitalised words it ends follows a lower-case word (not a
    headline in title case, "Gunmen Kill Five In Kadawa")."""
    word = words[k]
    if not (word[:1].isupper() and word[1:].islower() and word.lower() in STOP_WORDS):
        return False
    prev = word_before(words, k)
    while prev >= 0 and words[prev][:1].isupper() and words[prev].isalpha():
        prev = word_before(words, prev)
    return prev >= 0 and words[prev].isalpha() and words[prev].islower()


def _aged(tokens, j: int) -> bool:
    """", 41," right after a name: how news gives a person's age, never a place's -- not a
    list of days or numbers ("in Jowhar, 12, 13 and 14 May")."""
    if not (j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 2].text == ","
            and an_age(tokens[j + 1].text)):
        return False
    after = tokens[j + 3] if j + 3 < len(tokens) else None
    return after is None or not (after.like_num or after.text.lower() in MONTHS)
