"""Towns and villages the gazetteer lacks: "the town of Konna", "Galga village", "Abu
Saida, a town near Baquba", "in villages near Mambasa"."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import actor_tokens, lexicon, namelike, place_tokens
from eventdesk.components.events.place_measures import COMPASS_WORDS
from eventdesk.components.events.place_mentions import (
    SETTLEMENT_WORDS,
    TAKEN_FROM_VERBS,
    is_home,
    to_says_where,
)
from eventdesk.components.events.place_mentions.other_names import STREET_WORDS
from eventdesk.components.events.place_names.sites import SiteReader
from eventdesk.components.events.place_names.words import (
    AROUND_OF,
    EDGE_WORDS,
    HOLDING_NOUNS,
    designated_settlements,
    name_after_kind,
    name_end,
    name_from,
    of_a_member,
)
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_entities, doc_ext, doc_tokens
from eventdesk.geo.candidates import CITY_PART_DESIGNATORS, DISTRICT_DESIGNATORS
from eventdesk.geo.countries import country_code
from eventdesk.geo.landmark_names import names_a_landmark
from eventdesk.geo.name_spans import NAME_BREAKS, word_after, word_before
from eventdesk.geo.normalize import name_key
from eventdesk.geo.words import FACILITY_WORDS, MONTHS, WEEKDAYS, english_words

# "the East Ghouta region", "Mubingi commune": a named area, kept as its name at its holder
AREA_WORDS = frozenset({"region", "area", "commune"})
# "in Gursai in Mendher sector", "the assault on Kulbus in West Darfur state", "near
# Kitshanga, in Masisi territory": prepositions that put the scene's own name in a clause
PLACE_PREPS = frozenset({"in", "at", "on", "inside", "near"})
# "in the commune of Mora", "in the district of Y": a division named after "of"
HOLDER_NOUNS = DISTRICT_DESIGNATORS | {"commune", "province", "state", "region", "governorate",
                                       "department"}
# "stormed X", "shelled X": verbs whose object is a place, never a person
PLACE_OBJECT_VERBS = frozenset({"storm", "overrun", "besiege", "shell", "bombard", "retake",
                                "recapture", "liberate", "enter"})
# words before the name of a scene: "near X", "in X", "out of X"
SCENE_PREPS = frozenset({"near", "in", "at", "into", "outside", "around", "of"})


class SettlementReader(SiteReader):
    """Reads the towns and villages the gazetteer lacks."""

    def unknown_near_unknown(self, doc: Doc, clause: Clause) -> bool:
        """"a base at Zilkan, near Bashiqa": the clause names a place and the town it is near,
        the index knows neither, and the sentence names no other place; any town of the
        report would be a guess."""
        countries = set(doc_ext(doc, "countries") or [])
        # known: a place of the report's countries, even a home ("of Kafr Tsurif near Hebron")
        covered = {i for m in doc_ext(doc, "places") or [] if self.judge.plausible(doc, m) or any(
                       c.country_code in countries and c.match != "transliteration"
                       for c in m.candidates)
                   for i in range(m.start, m.end)}
        ids = {t.i for t in clause.tokens}
        for tok in (t for t in clause.tokens if t.lower_ == "near"):
            at = word_after(doc, tok.i)
            if at not in ids or not namelike(doc[at]) or at in covered:
                continue
            name = word_before(doc, tok.i)
            if name >= 0 and doc[name].text == ",":
                name = word_before(doc, name)
            if name in ids and namelike(doc[name]) and name not in covered \
                    and doc[name].ent_type_ in ("GPE", "LOC", "FAC", "PERSON", ""):
                return True
        return False

    def unknown_town_name(self, doc: Doc, clause: Clause) -> tuple[str, int] | None:
        """"seized the town of Konna", "in the Sambisa Forest": a named place the gazetteer
        did not find in the text, and its first token. Better no place than a wrong one."""
        known = place_tokens(doc)
        for tok in (t for t in clause.tokens if t.lower_ in ("in", "at", "into")):
            the = word_after(doc, tok.i)
            at = word_after(doc, the)
            if at < len(doc) \
                    and doc[the].lower_ == "the" and doc[at].text[:1].isupper() \
                    and at not in known and doc[at].ent_type_ in ("GPE", "LOC", "FAC", "") \
                    and not is_home(tok) and not _a_facility(doc, at):
                # not "a brigade based in the Bolivar region" (its home)
                return name_from(doc, at), at
        settlement = self.unknown_settlement(doc, clause.tokens)
        if settlement is not None:
            return settlement[:2]
        return self._unknown_near(doc, clause)

    def _unknown_near(self, doc: Doc, clause: Clause) -> tuple[str, int] | None:
        """"killed ten civilians in villages near Mambasa": the town the clause puts its
        scene near, which the index lacks; or, after any word of a scene, a town the report
        calls one ("drove them out of Kawuri", "struck in the vicinity of Kawuri", after "the
        town of Kawuri"): the event is there, not at another clause's place."""
        known = place_tokens(doc) | actor_tokens(doc)  # "of Kafr Tsurif near Hebron": known
        # "struck a group on motorbikes near Tamou": a name read only as a namesake abroad
        # (Tamu, Myanmar) is as unknown near the scene as one the index lacks
        plausible = self.known_names(doc)
        ids = {t.i for t in clause.tokens}
        for tok in (t for t in clause.tokens if t.lower_ in SCENE_PREPS):  # read after these
            at = word_after(doc, tok.i)
            if tok.lower_ == "near" and at in ids and namelike(doc[at]) \
                    and not any(k in plausible for k in range(at, name_end(doc, at))):
                known_here = known - set(range(at, name_end(doc, at)))
            else:
                known_here = known
            if at not in ids or not namelike(doc[at]) \
                    or any(k in known_here for k in range(at, name_end(doc, at))):
                continue
            # NER calls some towns a language ("near Tamou"); nothing is near a language
            if tok.lower_ == "near" and doc[at].ent_type_ in ("GPE", "LOC", "FAC", "LANGUAGE",
                                                              "") \
                    and not _a_facility(doc, at) \
                    or name_key(name_from(doc, at)) in designated_settlements(doc) \
                    and (tok.lower_ != "of" or doc[word_before(doc, tok.i)].lower_ in AROUND_OF):
                return name_from(doc, at), at
        return None

    def unknown_settlement(self, doc: Doc, tokens) -> tuple[str, int, int] | None:
        """A town or village the report names as one but the gazetteer lacks: "the town of
        Konna", "the villages of X and Y", "Galga village", "Abu Saida, a town near Baquba".
        Returns (name, first token, end token)."""
        # a name read only as a namesake abroad is as unknown as one the index lacks
        known = self.known_names(doc)
        ids = {t.i for t in tokens}
        area = None  # "the East Ghouta region": only when no town or village is named
        for tok in tokens:
            i, lower = tok.i, tok.lower_
            of = word_after(doc, i)
            kind = lower in SETTLEMENT_WORDS or tok.text == "area"
            named = name_after_kind(doc, i) if kind else len(doc)  # read for these only
            before = self._named_before(doc, i, ids, known) \
                if lower in SETTLEMENT_WORDS and tok.text.islower() else None
            # "Garubula village of Biu (LGA)": the village is Garubula, held by what follows;
            # "the Latakia town of X", "Turkoman village of Amerli": X
            owned = before is not None and (before[1] == 0 or doc[before[1] - 1].lower_
                                            not in ("the", "a", "an")) \
                and _a_holder(doc, named, known)
            if kind and not owned and named < len(doc) and (doc[of].lower_ == "of" or named == of) \
                    and namelike(doc[named]) and not _left_for(doc, i) and not is_home(tok):
                # "the town of Konna"; "in the area of X", around a place (not "the region
                # of X", which holds it): only when no town is named
                name = self._settlement_name(doc, named, known, designated=True)
                if name is not None and tok.text == "area":
                    area = area or name
                elif name is not None:
                    return name
            if (lower in SETTLEMENT_WORDS or lower in AREA_WORDS) and tok.text.islower() \
                    and not is_home(tok) and not of_a_member(doc, i):
                # "Galga village", "the East Ghouta region": the name before a place word
                name = before or self._named_before(doc, i, ids, known)
                if name is not None and lower in AREA_WORDS:
                    area = area or name
                elif name is not None:
                    return name
            at = of  # the word after the preposition: "at  Manigram"
            stormed = _takes_as_object(tok, at)  # NER often calls its name a person
            # "disappeared two youths from Tump in Kech district": where people were taken
            taken_from = lower == "from" and tok.head.lemma_.lower() in TAKEN_FROM_VERBS
            held = lower == "of" and i > 0 and doc[i - 1].lemma_.lower() in HOLDING_NOUNS
            if (lower in PLACE_PREPS or stormed or taken_from or held) and at in ids \
                    and namelike(doc[at]) and at not in known \
                    and doc[at].ent_type_ in ("GPE", "LOC", "FAC", "ORG", "") + (
                        ("PERSON",) if stormed or held or lower == "near" else ()):
                # "killed two in Gursai in Mendher sector", "stormed Najarah in eastern
                # Aleppo", "control of Ceel Dheer in Galgaduud region": the scene's own name,
                # unknown to the index, said to lie in a place it knows
                end = name_end(doc, at)
                if _held_by_known(doc, end, known):
                    name = self._settlement_name(doc, at, known, end=end)
                    if name is not None:
                        return name
            if tok.text == "(" and i - 1 in ids and namelike(doc[i - 1]) \
                    and i - 1 not in known and _bracketed_place(self.judge, doc, i + 1) \
                    and not any(country_code(doc[k:i].text) for k in range(max(0, i - 4), i)):
                # "7 Aug – Kyauktaw (Rakhine):": an unknown town, the known region that holds
                # it in brackets after it (not "the Congo (MONUSCO)", an acronym; not a
                # digest's country before its town, "3 Mar - Nigeria (Gwoza):")
                if (name := self._name_ending_at(doc, i, ids, known)) is not None:
                    return name
            if tok.text == "," and i + 2 < len(doc) and i - 1 in ids and namelike(doc[i - 1]) \
                    and doc[i + 1].lower_ in ("a", "an") and any(
                        t.lower_ in SETTLEMENT_WORDS or t.lower_ in CITY_PART_DESIGNATORS
                        for t in doc_tokens(doc)[i + 2:min(len(doc), i + 6)]):
                # "Abu Saida, a town near Baquba", "Bayaa, a Sunni and Shiite neighbourhood
                # in western Baghdad": the name before its description
                if (name := self._name_ending_at(doc, i, ids, known)) is not None:
                    return name
        return area

    def _name_ending_at(self, doc: Doc, i: int, ids, known) -> tuple[str, int, int] | None:
        """The unknown name whose words run up to token `i` ("Kyauktaw" before "(Rakhine)")."""
        start = i
        while start - 1 in ids and namelike(doc[start - 1]):
            start -= 1
        return self._settlement_name(doc, start, known, end=i)

    def _named_before(self, doc: Doc, i: int, ids, known) -> tuple[str, int, int] | None:
        """The unknown name right before the place word at token `i` ("Galga village"); of
        "Shaffa and Shindiffu villages", the first named."""
        start = i
        while start - 1 in ids and namelike(doc[start - 1]):
            start -= 1
        last = self._settlement_name(doc, start, known, end=i)
        if last is None or not doc[i].lower_.endswith("s") or start - 2 not in ids \
                or doc[start - 1].lower_ not in ("and", ","):
            return last
        first = start - 1
        while first - 1 in ids and namelike(doc[first - 1]):
            first -= 1
        return self._settlement_name(doc, first, known, end=start - 1) or last

    def _settlement_name(self, doc: Doc, start: int, known, *, end: int | None = None,
                         designated: bool = False) -> tuple[str, int, int] | None:
        """The unknown name at `start` (up to `end`), when it is a name on its own: not a
        place the gazetteer found, an actor, a month or an ordinary word. After "the town
        of" (`designated`) the words say it is a name, whatever NER or the word lists say
        ("the town of Hit")."""
        if end is None:
            end = name_end(doc, start)
        if end <= start or end - start > 5 or any(k in known for k in range(start, end)):
            return None
        span = doc[start:end]
        named = start
        while named + 1 < end and doc[named].lower_ in COMPASS_WORDS:
            named += 1  # "East Ghouta": a compass word begins the name
        if designated:
            # NER's date or time in a name ("the village of Ma’ardes" read as a date) is
            # noise, unless the word is a month's or a weekday's
            words = [t for t in doc_tokens(doc)[named:end] if any(ch.isalpha() for ch in t.text)]
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
                doc[end].lower_ in SETTLEMENT_WORDS or doc[end].lower_ in AREA_WORDS
                or doc[end].text in NAME_BREAKS):
            # the start of a longer name ("Tal Afar Operations Command"); not NER's one
            # organisation "Barsalogho in Burkina Faso's", two names
            return None
        return span.text, start, end

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
                   for t in doc_tokens(doc)[start:end])


def _a_holder(doc: Doc, at: int, known: set[int]) -> bool:
    """The name at token `at` is a place the index knows, or a division by its last word
    ("Biu", "Hawul Local Government Area", "Duk County")."""
    if at >= len(doc):
        return False
    end = name_end(doc, at)
    return at in known or end > at and doc[end - 1].lower_ in HOLDER_NOUNS | AREA_WORDS


def _held_by_known(doc: Doc, end: int, known: set[int]) -> bool:
    """The words from token `end` say the name before them lies in a place the index
    knows, or a division named with its kind: "in" or "near" (and "the", a compass word,
    its country's name with "'s") before that place ("... in Mendher sector", "... in
    northern Borno", "..., near Aleppo", "... in Burkina Faso's Centre-Nord region")."""
    if end < len(doc) and doc[end].text == ",":
        end += 1
    if end >= len(doc) or doc[end].lower_ not in ("in", "near", "outside", "on"):
        return False
    k = end + 1
    while k < len(doc) and k - end <= 4 and (
            doc[k].lower_ == "the" or doc[k].lower_ in COMPASS_WORDS or doc[k].is_space
            or doc[k].lower_ in HOLDER_NOUNS | EDGE_WORDS and k + 1 < len(doc)
            and doc[k + 1].lower_ == "of" or doc[k].lower_ == "of" and k > end + 1
            and doc[k - 1].lower_ in HOLDER_NOUNS | EDGE_WORDS):
        k += 1  # "in the commune of Mora", "on the outskirts of Gwoza"
    if doc[end].lower_ == "on" and not (k - 1 > end and doc[k - 1].lower_ == "of"
                                        and doc[k - 2].lower_ in EDGE_WORDS):
        return False  # "on" only as "on the outskirts of", never "X on Tuesday"
    owner = k
    while owner < len(doc) and owner - k < 3 and namelike(doc[owner]):
        owner += 1
    if k < owner < len(doc) - 1 and doc[owner].text in ("'s", "’s"):
        k = owner + 1  # "in Burkina Faso's Centre-Nord region": the region holds it
    # "in Mendher sector", a division the index lacks named with its kind: the district
    # reader places it, the name before it is its village
    division = k < owner < len(doc) and doc[owner].text.islower() \
        and doc[owner].lower_ in HOLDER_NOUNS | AREA_WORDS | {"sector", "zone"}
    return k < len(doc) and (k in known or division)


def _takes_as_object(verb, at: int) -> bool:
    """"stormed Najarah", "shelled Kafr Tunbul": a verb that only places take as object,
    whose direct object is the name at token `at` (what was stormed is where it happened;
    not "captured X", which may be a man)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PLACE_OBJECT_VERBS \
            or at >= len(verb.doc):
        return False
    root = verb.doc[at]
    while root.head is not root and root.head.i > verb.i and root.dep_ in ("compound",
                                                                            "amod", "nmod"):
        root = root.head  # "Kafr Tunbul": the name's head word
    return root.dep_ == "dobj" and root.head.i == verb.i


def _left_for(doc: Doc, at: int) -> bool:
    """"fled to the village of X", "came from the town of X": not where it happened ("the
    battle for the town of X", "restored security to the town of X" are)."""
    away = lexicon()["away_preps"] - {"for"}
    for tok in reversed(doc_tokens(doc)[max(0, at - 5):at]):
        if tok.pos_ == "PART":
            continue  # "to capture the town of X": an infinitive, no way to X
        if tok.pos_ == "ADP" or tok.lower_ in away:
            return tok.lower_ in away and not (tok.lower_ == "to" and to_says_where(tok))
    return False


def _a_facility(doc: Doc, start: int) -> bool:
    """"near Central Hospital", "in the Ferdowsi street area", "at the Mausoleum": a named
    facility, a street (its word after the name) or a landmark, a site of a town, no town."""
    end = name_end(doc, start)
    return doc[end - 1].lower_ in FACILITY_WORDS or names_a_landmark(doc[start].text, doc[
        end - 1].text) or end < len(doc) and doc[end].lower_ in STREET_WORDS


def _bracketed_place(judge, doc: Doc, i: int) -> bool:
    """A plausible place name (not a country) opens at token `i` and fills the brackets,
    maybe with its kind: "(Rakhine)", "(Rakhine State)"."""
    for m in doc_ext(doc, "places") or []:
        end = m.end + 1 if m.end < len(doc) and doc[m.end].lower_ in HOLDER_NOUNS else m.end
        if m.start == i and m.kind != "country" and judge.plausible(doc, m) \
                and end < len(doc) and doc[end].text.startswith(")"):
            return True
    return False
