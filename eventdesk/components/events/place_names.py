"""Place names the gazetteer lacks, and what holds them: "the town of Konna", "Galga
village", "Abu Saida, a town near Baquba", a part of a city ("Aleppo's al-Rashedin
district", "in al-Sakhour"), kept as "City - Part" at geo_precision 2.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.common import (
    ARABIC_ARTICLES,
    actor_tokens,
    copy_place,
    lexicon,
    namelike,
    place_tokens,
)
from eventdesk.components.events.place_measures import COMPASS_WORDS
from eventdesk.components.events.place_mentions import CITY_PARTS, SETTLEMENT_WORDS, is_home
from eventdesk.components.triggers import Clause
from eventdesk.distance import haversine_km
from eventdesk.extensions import doc_entities
from eventdesk.geo.candidates import (
    CITY_PART_DESIGNATORS,
    DISTRICT_DESIGNATORS,
    WELL_KNOWN_POPULATION,
    is_district,
)
from eventdesk.geo.country_context import BORDER_WORDS, FOREIGN_COMPOUND_WORDS
from eventdesk.geo.normalize import name_key
from eventdesk.geo.words import MONTHS, WEEKDAYS, english_words, everyday_words
from eventdesk.records import Place

# "the East Ghouta region": a named area, kept as the place's name at what holds it
AREA_WORDS = frozenset({"region", "area"})
# "Trafalgar Square", "the Handarat Refugee Camp": a part of a town named with its landmark
# word, which its name keeps ("London - Trafalgar Square"); the index may know it without
LANDMARK_PARTS = frozenset({"camp", "market", "square", "junction"})
# "Irumu territory", "Tsafe LGA": a second-level division, never a part of a city
DIVISION_WORDS = DISTRICT_DESIGNATORS - CITY_PART_DESIGNATORS
# "the village of X in western Y", "X, near Y": words between a town and what holds it
HOLDER_LINKS = frozenset({"in", "near", "outside", "of", ",", "the", "inside", "within"})
# "in Gursai in Mendher sector", "the assault on Kulbus in West Darfur state": prepositions
# that put the scene's own name in a clause
PLACE_PREPS = frozenset({"in", "at", "on", "inside"})
# "in the commune of Mora", "in the district of Y": a division named after "of"
HOLDER_NOUNS = DISTRICT_DESIGNATORS | {"commune", "province", "state", "region", "governorate",
                                       "department"}
# "the Kuweires Military Airport", "the Bab al-Salama crossing", "the Turkmen Mountains": the
# last word of a named site or feature the index does not hold; the event is placed at what
# holds it, with the site's name kept ("Aleppo - Kuweires Military Airport")
SITE_WORDS = frozenset(
    {"airport", "airbase", "airfield", "base", "hospital", "prison", "jail", "camp", "bridge",
     "checkpoint", "crossing", "dam", "plant", "refinery", "barracks", "university", "college",
     "school", "mosque", "church", "market", "stadium", "palace", "hotel", "compound",
     "factories", "factory", "farms", "mountain", "mountains", "hill", "hills", "hilltop",
     "valley", "desert", "forest", "forests", "plain", "plains", "heights", "island", "oasis",
     "beach", "pass", "gorge",
     # "the Al-Mahr Gas Fields", "Nyanya Motor Park", "the Zarah Thermal Station", "Trafalgar
     # Square": landmarks of a town, named by their last word
     "fields", "station", "square", "park", "academy", "orchards", "springs", "project",
     "complex", "zone", "roundabout", "tower", "shrine", "tomb", "plateau"})
# words before the name of a scene: "near X", "in X", "out of X"
SCENE_PREPS = frozenset({"near", "in", "at", "into", "outside", "around", "of"})
# "the Sambisa Forest", "the Qalamoun Mountains": a wide feature, no part of any one town
WIDE_FEATURES = frozenset({"forest", "forests", "desert", "mountains", "plain", "plains",
                           "plateau", "valley"})
# Words before a site's name of everyday words that say it is a name
SITE_NAME_OPENERS = frozenset({"the", "a", "'s", "’s"})
# "Mount Elgon", "Jabal Al-Akrad", "Wadi Al-Sileef": a feature named by its first word
SITE_OPENERS = frozenset({"mount", "mt", "mt.", "jabal", "jebel", "wadi"})
# "Ministry of Defense Hospital": words a site's name may hold between its name words
SITE_LINKS = frozenset({"of", "al", "el", "-", "bin", "ibn", "de", "del"})


class NameReader:
    """Reads the names the gazetteer lacks; holds the gazetteer and the mention judge."""

    def __init__(self, gazetteer, judge):
        self.gazetteer = gazetteer
        self.judge = judge

    def unknown_near_unknown(self, doc: Doc, clause: Clause) -> bool:
        """"a base at Zilkan, near Bashiqa": the clause names a place and the town it is near,
        the index knows neither, and the sentence names no other place; any town of the
        report would be a guess."""
        countries = set(doc._.countries or [])
        # a place of the report's countries is known, even where it is not the scene ("of
        # Kafr Tsurif near Hebron", a home); a namesake abroad is not
        covered = {i for m in doc._.places or [] if self.judge.plausible(doc, m) or any(
                       c.country_code in countries and c.match != "transliteration"
                       for c in m.candidates)
                   for i in range(m.start, m.end)}
        ids = {t.i for t in clause.tokens}
        for tok in clause.tokens:
            if tok.lower_ != "near" or tok.i + 1 not in ids or not namelike(doc[tok.i + 1]) \
                    or tok.i + 1 in covered:
                continue
            before = tok.i - 1 if doc[tok.i - 1].text == "," else tok.i
            if before - 1 in ids and namelike(doc[before - 1]) and before - 1 not in covered \
                    and doc[before - 1].ent_type_ in ("GPE", "LOC", "FAC", "PERSON", ""):
                return True
        return False

    def unknown_town_name(self, doc: Doc, clause: Clause) -> tuple[str, int] | None:
        """"seized the town of Konna", "in the Sambisa Forest": a named place the gazetteer
        did not find in the text, and its first token. Better no place than a wrong one."""
        known = place_tokens(doc)
        for tok in clause.tokens:
            if tok.lower_ in ("in", "at", "into") and tok.i + 2 < len(doc) \
                    and doc[tok.i + 1].lower_ == "the" and doc[tok.i + 2].text[:1].isupper() \
                    and tok.i + 2 not in known and doc[tok.i + 2].ent_type_ in ("GPE", "LOC",
                                                                                "FAC", "") \
                    and not is_home(tok):  # "a brigade based in the Bolivar region": its home
                return _name_from(doc, tok.i + 2), tok.i + 2
        settlement = self.unknown_settlement(doc, clause.tokens)
        if settlement is not None:
            return settlement[:2]
        return self._unknown_near(doc, clause)

    def _unknown_near(self, doc: Doc, clause: Clause) -> tuple[str, int] | None:
        """"killed ten civilians in villages near Mambasa": the town the clause puts its
        scene near, which the index lacks; or, after any word of a scene, a town the report
        calls one ("drove the Islamists out of Konna", after "the town of Konna"). The event
        is there, not at another clause's place."""
        known = place_tokens(doc) | actor_tokens(doc)  # "of Kafr Tsurif near Hebron": known
        ids = {t.i for t in clause.tokens}
        for tok in clause.tokens:
            at = tok.i + 1
            if tok.lower_ not in SCENE_PREPS or at not in ids or not namelike(doc[at]) \
                    or any(k in known for k in range(at, _name_end(doc, at))):
                continue
            if tok.lower_ == "near" and doc[at].ent_type_ in ("GPE", "LOC", "FAC", "") \
                    or name_key(_name_from(doc, at)) in designated_settlements(doc) \
                    and (tok.lower_ != "of" or doc[tok.i - 1].lower_ == "out"):
                return _name_from(doc, at), at
        return None

    def unknown_settlement(self, doc: Doc, tokens) -> tuple[str, int, int] | None:
        """A town or village the report names as one but the gazetteer lacks: "the town of
        Konna", "the villages of X and Y", "Galga village", "Abu Saida, a town near Baquba".
        Returns (name, first token, end token)."""
        # a name read only as a namesake abroad is as unknown as one the index lacks
        known = self.judge.plausible_tokens(doc)
        known |= actor_tokens(doc)
        ids = {t.i for t in tokens}
        area = None  # "the East Ghouta region": only when no town or village is named
        for tok in tokens:
            i = tok.i
            if (tok.lower_ in SETTLEMENT_WORDS or tok.text == "area") \
                    and i + 2 < len(doc) and doc[i + 1].lower_ == "of" \
                    and namelike(doc[i + 2]) and not _left_for(doc, i) and not is_home(tok):
                # "the town of Konna"; "in the area of X", around a place (not "the region
                # of X", which holds it): only when no town is named
                name = self._settlement_name(doc, i + 2, known, designated=True)
                if name is not None and tok.text == "area":
                    area = area or name
                elif name is not None:
                    return name
            if (tok.lower_ in SETTLEMENT_WORDS or tok.lower_ in AREA_WORDS) \
                    and tok.text.islower() and i - 1 in ids and namelike(doc[i - 1]) \
                    and not is_home(tok):
                # "Galga village", "the East Ghouta region": the name before a lower-case
                # place word
                start = i
                while start - 1 in ids and namelike(doc[start - 1]):
                    start -= 1
                name = self._settlement_name(doc, start, known, end=i)
                if name is not None and tok.lower_ in AREA_WORDS:
                    area = area or name
                elif name is not None:
                    return name
            at = i + 1
            while at < len(doc) and doc[at].is_space:
                at += 1  # "at  Manigram"
            if tok.lower_ in PLACE_PREPS and at in ids and namelike(doc[at]) \
                    and at not in known \
                    and doc[at].ent_type_ in ("GPE", "LOC", "FAC", "ORG", ""):
                # "killed two militants in Gursai in Mendher sector", "the assault on Kulbus
                # in West Darfur state": the scene's own name, unknown to the index, said to
                # lie in a place it knows
                end = _name_end(doc, at)
                if _held_by_known(doc, end, known):
                    name = self._settlement_name(doc, at, known, end=end)
                    if name is not None:
                        return name
            if tok.text == "," and i + 2 < len(doc) and i - 1 in ids and namelike(doc[i - 1]) \
                    and doc[i + 1].lower_ in ("a", "an") and any(
                        t.lower_ in SETTLEMENT_WORDS or t.lower_ in CITY_PART_DESIGNATORS
                        for t in doc[i + 2:min(len(doc), i + 6)]):
                # "Abu Saida, a town near Baquba", "Bayaa, a Sunni and Shiite neighbourhood
                # in western Baghdad": the name before its description
                start = i
                while start - 1 in ids and namelike(doc[start - 1]):
                    start -= 1
                name = self._settlement_name(doc, start, known, end=i)
                if name is not None:
                    return name
        return area

    def _settlement_name(self, doc: Doc, start: int, known, *, end: int | None = None,
                         designated: bool = False) -> tuple[str, int, int] | None:
        """The unknown name at `start` (up to `end`), when it is a name on its own: not a
        place the gazetteer found, an actor, a month or an ordinary word. After "the town
        of" (`designated`) the words say it is a name, whatever NER or the word lists say
        ("the town of Hit")."""
        if end is None:
            end = _name_end(doc, start)
        if end <= start or end - start > 5 or any(k in known for k in range(start, end)):
            return None
        span = doc[start:end]
        named = start
        while named + 1 < end and doc[named].lower_ in COMPASS_WORDS:
            named += 1  # "East Ghouta": a compass word begins the name
        if designated:
            # NER's date or time in a name ("the village of Ma’ardes" read as a date) is
            # noise, unless the word is a month's or a weekday's
            words = [t for t in doc[named:end] if any(ch.isalpha() for ch in t.text)]
            if words and all(self._name_word(t) or t.lower_ not in MONTHS | WEEKDAYS
                             and not t.like_num for t in words):
                return span.text, start, end
            return None
        if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in span) \
                or any(t.ent_type_ == "NORP" for t in span) \
                and not self._named_before_its_kind(doc, start, end) \
                or not self._names_alone(doc[named:end]):
            return None
        if any(ent.start < end < ent.end for ent in doc_entities(doc)) and not (
                doc[end].lower_ in SETTLEMENT_WORDS or doc[end].lower_ in AREA_WORDS):
            return None  # the start of a longer name ("Tal Afar Operations Command")
        return span.text, start, end

    def district_phrase(self, doc: Doc, tokens: list[Token], *, known
                         ) -> tuple[str, str | None] | None:
        """"the Salah district", "Aleppo's al-Rashedin district", "the suburb of al-Baghiliyah",
        or a name the gazetteer lacks after "in"/"at", taken as a part of the city in focus.
        "The Kurdish district of X", "the mainly Shiite neighbourhood of X": X."""
        words = lexicon()["district_words"]
        ids = [t.i for t in tokens]
        first = ids[0] if ids else 0
        for i in ids:
            plural = doc[i].lower_.endswith("s") and doc[i].lower_[:-1] in CITY_PARTS
            if doc[i].lower_ not in words and not plural:
                continue
            end = i
            while end - 1 >= first and doc[end - 1].is_space:
                end -= 1
            j = end
            while j - 1 >= first and (namelike(doc[j - 1]) or _inside_hyphenated(doc, j - 1)):
                j -= 1
            if plural and j - 2 >= first and doc[j - 1].lower_ in ("and", ",") \
                    and namelike(doc[j - 2]):
                # "the Al-Daraga and Hay Al-Matar neighbourhoods": the first one named
                end = j - 1
                j = end
                while j - 1 >= first and namelike(doc[j - 1]):
                    j -= 1
            if plural and j < end and (j == 0 or doc[j - 1].lower_ not in ("the", "'s", "’s")):
                continue  # "several mostly Shi'i neighbourhoods" names none
            while j < end and not (self._name_word(doc[j]) or _article_of_name(doc[j])) \
                    or j < end and _inside_hyphenated(doc, j) and not namelike(doc[j]):
                j += 1  # "Kurdish", "Southern": a description, not the name
            name = doc[j:end].text if j < end and self._names_alone(doc[j:end]) else None
            countries = doc._.countries or []
            city_before = name is not None and any(
                m.start == j and m.end == end and self.judge.plausible(doc, m) for m in known)
            part_named = i + 2 < len(doc) and doc[i + 1].lower_ == "of" \
                and namelike(doc[i + 2]) and not any(m.start == i + 2 for m in known)
            named_before = any(first <= m.start and m.end <= j and m.kind != "country"
                               for m in known)
            if city_before and doc[i].lower_ in DISTRICT_DESIGNATORS and not part_named \
                    and named_before and any(
                    m.start == j and m.end == end and is_district(c)
                    and c.country_code in countries[:1] for m in known for c in m.candidates):
                # "In Kandahar, ... in Maiwand district" names a district of the report's
                # country, not a part of a city named Maiwand ("the Tijuana district of La
                # Presa" is): resolved with its word
                city_before, name = False, doc[j:i + 1].text
            if city_before:
                name = None  # "the south Baghdad neighbourhood of Al-Bayaa": Baghdad holds it
            after = i + 1
            if name is None and after + 1 < len(doc) and doc[after].lower_ == "of" \
                    and namelike(doc[after + 1]) \
                    and not any(m.start == after + 1 and self.judge.plausible(doc, m)
                                for m in known):
                k = after + 1
                while k < len(doc) and namelike(doc[k]):
                    k += 1
                if self._names_alone(doc[after + 1:k]):
                    name = doc[after + 1:k].text
                    after = k
            if not name:
                continue
            if doc[i].lower_ in LANDMARK_PARTS and name == doc[j:end].text:
                name = doc[j:i + 1].text  # "Trafalgar Square", not "Trafalgar"
            container = doc[j:end].text if city_before else None
            if container is None and after < len(doc) and doc[after].lower_ in ("of", "in") \
                    and after + 1 < len(doc):
                k = after + 1
                if doc[k].lower_ == "the":
                    k += 1
                m = k
                while m < len(doc) and namelike(doc[m]):
                    m += 1
                if m > k and self._names_alone(doc[k:m]):  # not "in Thursday's raid"
                    container = doc[k:m].text
            if container is None and j >= 2 and doc[j - 1].lower_ in ("'s", "’s"):
                k = j - 1
                while k - 1 >= 0 and namelike(doc[k - 1]):
                    k -= 1
                if k < j - 1 and self._names_alone(doc[k:j - 1]):
                    container = doc[k:j - 1].text
            return name, container
        return self._unknown_name_after_in(doc, ids, known)

    def _name_word(self, tok: Token) -> bool:
        """A word that can be part of a place's name: not a month, weekday, compass word,
        people ("Kurdish", "Shiite") or number."""
        lower = tok.lower_
        if lower in MONTHS or lower in WEEKDAYS or lower in COMPASS_WORDS:
            return False
        if tok.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL") or (
                tok.ent_type_ == "NORP" and lower in english_words()):
            return False
        return self.gazetteer.demonym_country(tok.text) is None

    def _named_before_its_kind(self, doc: Doc, start: int, end: int) -> bool:
        """"attacked Nwonko village": a name NER calls a people, right before a lower-case
        settlement word and after no article, is the settlement's name ("a Fulani village"
        is a people's village); a demonym or an English word never is."""
        if end >= len(doc) or doc[end].lower_ not in SETTLEMENT_WORDS \
                or not doc[end].text.islower():
            return False
        if start > 0 and doc[start - 1].lower_ in ("a", "an", "the", "one", "another"):
            return False
        return all(self._name_word(t) and t.lower_ not in english_words()
                   for t in doc[start:end])

    def _names_alone(self, span: Span) -> bool:
        """A name of a part of a city: proper words, not one ordinary English word
        ("Southern", "September") nor punctuation ("Mosul - -")."""
        words = [t for t in span if any(ch.isalpha() for ch in t.text)]
        if not words or not all(self._name_word(t) or _article_of_name(t) for t in words):
            return False
        if len(words) == 1 and words[0].lower_ in everyday_words():
            return False
        return not (len(words) == 1 and words[0].lower_ in ARABIC_ARTICLES)

    def _unknown_name_after_in(self, doc: Doc, ids: list[int], known):
        """"in al-Sakhour", "in Masaken Hanano": a local name the gazetteer does not hold."""
        covered = {i for m in known for i in range(m.start, m.end)}
        covered |= actor_tokens(doc)
        id_set = set(ids)
        for i in ids:
            tok = doc[i]
            if tok.lower_ not in ("in", "at") or i + 1 >= len(doc) \
                    or not tok.whitespace_ and doc[i + 1].text[:1] in ("-", "–"):
                continue  # "Abu Hajer at-Tounisi": an article of a man's name, no "at"
            k = i + 1
            while k < len(doc) and k in id_set and namelike(doc[k]) and k not in covered \
                    and doc[k].ent_type_ not in ("ORG", "NORP", "DATE", "TIME", "CARDINAL"):
                k += 1
            if k > i + 1 and k - i - 1 <= 3:
                if not any(ch.isalpha() for t in doc[i + 1:k] for ch in t.text):
                    continue  # "in ‘Ayn Al-Fijah": the ayn mark of a name the index knows
                if any(self._names_a_party(doc[n]) for n in range(i + 1, k)):
                    continue  # "aimed at U.S.-led forces": a party, not a part of a town
                if name_key(doc[i + 1:k].text) in designated_settlements(doc):
                    continue  # "killed in Palma" after "the town of Palma": no quarter
                if k < len(doc) and doc[k].lower_ in DIVISION_WORDS:
                    return doc[i + 1:k + 1].text, None  # "in Irumu territory": with its kind
                return doc[i + 1:k].text, None
        return None

    def _names_a_party(self, tok: Token) -> bool:
        """"U.S.-led", "Saudi-backed", "Iraq": a country's name or a compound of a party,
        never a part of a town."""
        head, _, tail = tok.text.rpartition("-")
        if head and tail.lower() in FOREIGN_COMPOUND_WORDS:
            return True
        return self.gazetteer.country_code_of(tok.text) is not None

    def site_name(self, doc: Doc, tokens) -> str | None:
        """The first named site or feature among `tokens` that no place mention covers
        (unless the name only opens with a town's: "the Deir Ezzor Military Airport"): a
        proper name ending in a site word ("the Heart Hospital", "Kandahar airfield", "the
        Bab al-Salama crossing") or opening with a mountain's or valley's ("Jabal
        Al-Akrad"). Not one the event is away from ("fled to the X camp"), nor one of an
        actor ("the Syrian Arab Army's base") or a street."""
        ids = {t.i for t in tokens}
        covered = {i for m in doc._.places or [] for i in range(m.start, m.end)
                   if m.kind != "country"}
        actors = actor_tokens(doc)
        for tok in tokens:
            lower = tok.lower_
            if (lower in SITE_OPENERS or tok.text == "Camp") and tok.text[:1].isupper() \
                    and tok.i + 1 in ids \
                    and namelike(doc[tok.i + 1]):
                end = tok.i + 1
                while end in ids and (namelike(doc[end]) or doc[end].lower_ in SITE_LINKS
                                      and end + 1 in ids and namelike(doc[end + 1])):
                    end += 1
                start = tok.i
            elif lower in SITE_WORDS and tok.i - 1 in ids and namelike(doc[tok.i - 1]):
                start = tok.i - 1
                while start - 1 in ids and (namelike(doc[start - 1]) or doc[
                        start - 1].lower_ in SITE_LINKS and start - 2 in ids
                        and namelike(doc[start - 2])):
                    start -= 1
                end = tok.i + 1
            else:
                continue
            span = doc[start:end]
            name_words = [t for t in span if t.i != tok.i and t.text[:1].isupper()
                          and t.lower_ not in SITE_OPENERS]
            if not name_words or any(t.i in actors for t in span) \
                    or any(t.ent_type_ in ("DATE", "TIME") for t in span) \
                    or any(self.gazetteer.country_code_of(t.text) for t in name_words) \
                    or not all(self._name_word(t) or _article_of_name(t) or t.lower_ in
                               SITE_LINKS or t.lower_ in SITE_OPENERS or t.i == tok.i
                               or (tok.text[:1].isupper() or span[0].lower_ in SITE_OPENERS)
                               and self.gazetteer.demonym_country(t.text) is not None
                               for t in span):
                continue
            if all(t.lower_ in everyday_words() for t in name_words) \
                    and doc[start - 1].lower_ not in SITE_NAME_OPENERS if start > 0 else False:
                # "(Tiyas) Military Airport": the end of a name, not a name; "the Hebrew
                # University", "Jerusalem's Hebrew University" are names
                continue
            if any(t.i in covered for t in span) and (
                    span[0].i not in covered or all(t.i in covered for t in span)):
                continue  # a place the index knows, or a site inside a longer name
            if _away_from(span):
                continue
            return span.text
        return None

    def named_container(self, doc: Doc, name: str | None, mentions) -> Place | None:
        """The place a district phrase names as holding it ("the X district of Damascus"):
        the report says which city, so it wins over whatever else the clause or the report
        names. Read as the mention of that name when the sentence has one (its reading in
        the report's context), else by name in the report's country."""
        if not name:
            return None
        countries = doc._.countries or []
        key = name_key(name)
        named = next((m for m in mentions if m.kind != "country" and m.candidates and (
                          name_key(m.text) == key or key.startswith(name_key(m.text) + " "))),
                     None)  # "Yala", of "the X district of Yala Province"
        if named is not None:
            if not self.judge.plausible(doc, named) \
                    or named.candidates[0].match == "transliteration":
                return None  # "Sardast province" read loosely as a village abroad
            place = self.gazetteer.resolve(named, countries=countries)
            return place if place is not None and place.latitude is not None else None
        place = self.gazetteer.resolve_name(name, countries=countries)
        if place is None or place.latitude is None or (
                countries and place.country_code != countries[0]):
            return None
        return place

    def district_place(self, district, city: Place | None, countries, *,
                        report_towns: list[Place] | None = None) -> Place | None:
        """A named part of a city: itself when the gazetteer knows it near the city (in the
        region, when only a region holds it), else the city with geo_precision 2 and the
        part's name kept ("Aleppo - al-Sakhour").

        When the city is only the report's main city (the clause names none; `report_towns`
        are the towns the report names), a place of that name near another town the report
        names wins: "rallied in Khor Maksar" in a Taiz report that also names Aden."""
        name, container = district
        city_name = container or (city.location.split(" - ")[0] if city and city.location
                                  else None)
        words = name.split()
        core = " ".join(words[:-1]) if words[-1].lower() in DISTRICT_DESIGNATORS else name
        landmark = len(words) > 1 and words[-1].lower() in LANDMARK_PARTS
        query = " ".join(words[:-1]) if landmark else name  # "Yarmouk camp": al-Yarmuk
        if city is not None and city_name and name_key(core) == name_key(city_name):
            return city  # "Baghdad - Baghdad" says nothing more than Baghdad
        if city is not None and city.admin2 and core != name \
                and name_key(core) == name_key(city.admin2):
            return city  # "Sopore town in Baramulla district": the town is the more precise
        if core != name and words[-1].lower() in DIVISION_WORDS and container is None:
            # "in Irumu territory", unknown to the index and named with no holder: no part
            # of the report's town, a division of its region (precision 3), if anywhere
            place = self.gazetteer.resolve_name(name, countries=countries)
            if place is not None and place.latitude is not None and city is not None \
                    and (place.country_code, place.admin1) == (city.country_code, city.admin1):
                return place
            return self._division_of_region(core, city, countries)
        place = self.gazetteer.resolve_name(query, countries=countries, container_name=city_name)
        if landmark and place is not None and city is not None \
                and place.geonameid == city.geonameid:
            place = None  # the city under the bare name: the part keeps its landmark word
        if report_towns and (place is None or city is None
                             or place.geonameid == city.geonameid):
            elsewhere = self._named_in_country(query, countries)
            if elsewhere is not None and any(
                    haversine_km(elsewhere.latitude, elsewhere.longitude, town.latitude,
                                 town.longitude) <= 30 for town in report_towns):
                return elsewhere
        if place is not None and place.latitude is not None:
            if city is None or city.latitude is None:
                # no city to be part of: only a place of the report's own country
                in_country = bool(countries) and place.country_code == countries[0]
                return place if in_country else None
            if place.country_code == city.country_code and (
                    haversine_km(place.latitude, place.longitude, city.latitude,
                                 city.longitude) <= 30
                    or city.geo_precision == 3 and place.admin1 == city.admin1):
                return place
            if self.gazetteer.is_district_place(place.geonameid) and (
                    place.country_code, place.admin1) == (city.country_code, city.admin1):
                return place  # a district of the city's region, at its seat
        if city is None or city.latitude is None:
            return None
        part = copy_place(city)
        part.location = f"{(city.location or '').split(' - ')[0]} - {' '.join(name.split())}"
        part.geo_precision = max(city.geo_precision or 1, 2)
        return part

    def _division_of_region(self, name: str, city: Place | None, countries) -> Place | None:
        """A division named without its holder, in the region of the town the report is
        about: the region's point under the division's name, geo_precision 3."""
        if city is None or not city.admin1:
            return None
        region = self.gazetteer.resolve_name(f"{city.admin1} province",
                                             countries=[city.country_code])
        if region is None or region.geo_precision != 3 or region.latitude is None \
                or region.admin1 != city.admin1:
            return None
        region.location = name
        return region

    def _named_in_country(self, name: str, countries) -> Place | None:
        """A place of the report's country called `name` by its own spelling (not a loose
        transliteration): "rallied in Khor Maksar" in a report about another city is still
        the Khor Maksar the index knows."""
        if not countries or not any(
                c.country_code == countries[0] and c.match in ("exact", "normalised")
                for c in self.gazetteer.candidates(name)):
            return None
        place = self.gazetteer.resolve_name(name, countries=countries[:1])
        if place is None or place.latitude is None or place.country_code != countries[0]:
            return None
        return place


def is_city_part(place: Place | None) -> bool:
    """A place written as a part of its city ("Aleppo - al-Sakhour"); not geo's
    `is_district`, a second-level division."""
    return place is not None and " - " in (place.location or "")


def with_site(place: Place | None, site: str | None) -> Place | None:
    """The event's place with the site or feature the clause names in it and the index
    lacks ("near the Kuweires Military Airport", "in the Turkmen Mountains") kept as its
    part: "Aleppo - Kuweires Military Airport" at geo_precision 2 (a region keeps its centre
    and precision 3, under the site's name). A place already more precise than its town
    ("Aleppo - al-Sakhour") is left as it is."""
    if site is None or place is None or place.latitude is None or is_city_part(place):
        return place
    town = name_key((place.location or "").split(" - ")[0])
    if place.geo_precision != 3 and town and name_key(site) == town:
        return place
    if place.geo_precision == 3 and place.admin1 and town != name_key(place.admin1):
        return place  # a region already under the name of a village in it
    shown = copy_place(place)
    if place.geo_precision == 3:
        shown.location = site
    else:
        shown.location = f"{place.location} - {site}"
        shown.geo_precision = max(place.geo_precision or 1, 2)
    return shown


def settlement_in(base: Place, settlement: tuple[str, int, int]) -> Place:
    """The place of an unknown town or village the clause names beside `base`: a region
    keeps its centre under the town's name (geo_precision 3); a town ("the village of X
    near Y", "the Latakia town of X", "in northern Y, targeting the village of X")
    becomes "Y - X" at geo_precision 2, the nearest place the report gives."""
    name = " ".join(settlement[0].split())  # "Khan Bani  Saad": a doubled space
    if base.latitude is None:
        return base
    if base.geo_precision == 3:
        base.location = name
        return base
    base.location = f"{(base.location or '').split(' - ')[0]} - {name}"
    base.geo_precision = 2
    return base


def settlement_holder(doc: Doc, settlement: tuple[str, int, int], pool):
    """The place right after an unknown town that says where it is: "the village of X in
    western Y", "X, near Y", "X village in Y district"."""
    _, _, end = settlement
    for mention in sorted(pool, key=lambda m: m.start):
        if mention.start < end or mention.start - end > 4:
            continue
        between = [t.lower_ for t in doc[end:mention.start]]
        if mention.end < len(doc) and doc[mention.end].lower_ in BORDER_WORDS:
            continue  # "the town of X near the Idlib border": another region's edge
        if between and between[0] in HOLDER_LINKS and all(
                w in HOLDER_LINKS or w in COMPASS_WORDS for w in between):
            if mention.end + 1 < len(doc) and doc[mention.end].text in ("'s", "’s"):
                # "in North Kivu's Masisi territory": the place inside it holds the town
                return next((m for m in pool if m.start == mention.end + 1), mention)
            return mention
    return None


def region_holder(doc: Doc, mention, pool, judge):
    """The region the clause names beside a small place or a district, which holds it: "In
    Saada governorate, raids hit the Sahar district" is Saada's Sahar, and when the index
    knows none there, the governorate itself (geo_precision 3, the name kept), never a
    namesake in another region. A well-known town is named for itself ("In Homs province,
    ... in Damascus")."""
    if mention.kind == "region" or not mention.candidates or (
            mention.designator not in DISTRICT_DESIGNATORS
            and mention.candidates[0].population >= WELL_KNOWN_POPULATION):
        return None
    return next((m for m in pool if m is not mention and m.kind == "region"
                 and m.candidates and judge.plausible(doc, m)), None)


def inside(place: Place, holder: Place) -> bool:
    """`place` lies in `holder`: in its region, or within 30 km of its town."""
    if place.country_code != holder.country_code or place.latitude is None:
        return False
    if holder.geo_precision == 3:
        return place.admin1 == holder.admin1
    return haversine_km(place.latitude, place.longitude, holder.latitude,
                        holder.longitude) <= 30


def _inside_hyphenated(doc: Doc, k: int) -> bool:
    """Token k is a hyphen or a lower-case link inside a hyphenated name, as spaCy splits
    "Dasht-e-Barchi" or "Pul-i-Khumri": glued to the tokens on both sides."""
    tok = doc[k]
    if tok.whitespace_ or k == 0 or doc[k - 1].whitespace_ or k + 1 >= len(doc):
        return False
    if tok.text == "-":
        return doc[k + 1].text[:1].isalpha()
    return tok.text.islower() and len(tok.text) <= 3 and doc[k - 1].text == "-" \
        and doc[k + 1].text == "-"


def _article_of_name(tok: Token) -> bool:
    """"al" of "al-Kalasa": part of the name, whatever else the word may be read as."""
    return tok.lower_ in ARABIC_ARTICLES and namelike(tok)


def _held_by_known(doc: Doc, end: int, known: set[int]) -> bool:
    """The words from token `end` say the name before them lies in a place the index
    knows: "in" (and "the", a compass word) before that place ("... in Mendher sector",
    "... in northern Borno")."""
    if end >= len(doc) or doc[end].lower_ != "in":
        return False
    k = end + 1
    while k < len(doc) and k - end <= 4 and (
            doc[k].lower_ == "the" or doc[k].lower_ in COMPASS_WORDS or doc[k].is_space
            or doc[k].lower_ in HOLDER_NOUNS and k + 1 < len(doc)
            and doc[k + 1].lower_ == "of" or doc[k].lower_ == "of" and k > end + 1
            and doc[k - 1].lower_ in HOLDER_NOUNS):
        k += 1  # "in the commune of Mora"
    return k < len(doc) and k in known


def _name_end(doc: Doc, start: int) -> int:
    """Where the proper name that starts at token `start` ends ("Jisr al-Shughur", "Puerto
    del Carmen")."""
    end = start
    while end < len(doc) and (namelike(doc[end]) or (
            doc[end].lower_ in ("del", "de", "al", "el") and end + 1 < len(doc)
            and namelike(doc[end + 1]))):
        end += 1
    return end


def _name_from(doc: Doc, start: int) -> str:
    """The proper name that starts at token `start` ("Jisr al-Shughur")."""
    return doc[start:max(_name_end(doc, start), start + 1)].text


def _away_from(span: Span) -> bool:
    """"fled to the Zamzam camp", "flown from Bagram airbase": a site the event is away
    from ("close to the X Hospital" is at it)."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in lexicon()["away_preps"] - {"for"} \
        and prep.head.lower_ not in ("close", "next", "adjacent", "near", "due")


def _left_for(doc: Doc, at: int) -> bool:
    """"fled to the village of X", "came from the town of X": not where it happened ("the
    battle for the town of X" is)."""
    away = lexicon()["away_preps"] - {"for"}
    for tok in reversed(doc[max(0, at - 5):at]):
        if tok.pos_ == "PART":
            continue  # "to capture the town of X": an infinitive, no way to X
        if tok.pos_ == "ADP" or tok.lower_ in away:
            return tok.lower_ in away
    return False


SETTLEMENTS_KEY = "eventdesk.designated_settlements"


def designated_settlements(doc: Doc) -> frozenset[str]:
    """Name keys of the places the report calls a town, village or city ("the town of
    Palma", "Galga village"): a settlement of its own wherever it is named again, never a
    quarter of another town. Read once per report."""
    found = doc.user_data.get(SETTLEMENTS_KEY)
    if found is None:
        names = set()
        for tok in doc:
            if tok.lower_ in SETTLEMENT_WORDS and tok.text.islower():
                if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
                    end = _name_end(doc, tok.i + 2)
                    if end > tok.i + 2:
                        names.add(name_key(doc[tok.i + 2:end].text))
                start = tok.i
                while start > 0 and namelike(doc[start - 1]) and tok.i - start < 4:
                    start -= 1
                if start < tok.i:
                    names.add(name_key(doc[start:tok.i].text))
        found = doc.user_data[SETTLEMENTS_KEY] = frozenset(names)
    return found
