"""Placing: where an event happened, as the gazetteer knows it.

The clause's own place first, then "the city" it refers back to, then its sentence's, then
the place the report was last talking about; districts the gazetteer lacks become the city
with the district's name kept (geo_precision 2). Names that belong to actors, outlets or
far-away homonyms are not places (`plausible`).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.common import (
    ARABIC_ARTICLES,
    Candidate,
    Context,
    copy_place,
    lexicon,
    line_label_end,
    namelike,
    place_tokens,
    preamble_end,
)
from eventdesk.components.triggers import Clause
from eventdesk.geo import haversine_km
from eventdesk.geo.build import capital_names
from eventdesk.geo.countries import CODED_AS, country_name
from eventdesk.geo.gazetteer import (
    BIG_CITY_POPULATION,
    CITY_PART_DESIGNATORS,
    DESIGNATED_TOWN_POPULATION,
    DISTRICT_DESIGNATORS,
    LOWER_COMPASS_WORDS,
    WELL_KNOWN_POPULATION,
    is_district,
)
from eventdesk.geo.gazetteer import DISTANCE_UNITS as GAZETTEER_DISTANCE_UNITS
from eventdesk.geo.normalize import name_key
from eventdesk.geo.words import MONTHS, WEEKDAYS, english_words, everyday_words
from eventdesk.records import Place

PLAUSIBLE_KEY = "eventdesk.plausible"
SITE_WORDS = {"college", "university", "school", "hospital", "prison", "airport", "market",
              "mosque", "church", "stadium", "hotel", "camp", "base", "station", "port",
              "square", "bridge", "barracks", "refinery", "dam", "academy", "airbase",
              "airfield", "court"}
# "the battle for X": nouns whose "for" names the place fought over.
CONTESTED_BY = frozenset({"battle", "fight", "fighting", "struggle", "offensive", "assault",
                          "war", "clash", "push", "race"})
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
     "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
     "upper", "lower", "greater", "inner", "outer", "mainly", "predominantly"})
# "Washington's new ambassador", "Moscow's withdrawal", "with Damascus's approval": a place
# standing for its government
ACTOR_NOUNS = frozenset({"ambassador", "envoy", "president", "government", "minister",
                         "ministry", "official", "spokesman", "leader", "ally", "embassy",
                         "regime", "administration", "delegation", "representative",
                         "approval", "withdrawal", "decision", "consent", "refusal"})
# "Moscow denied it", "Kyiv has not commented": a capital that speaks is its government
SPEECH_VERBS = frozenset({"say", "comment", "deny", "confirm", "claim", "announce", "respond",
                          "accuse", "insist", "warn", "condemn", "blame", "reject", "react",
                          "dismiss", "acknowledge", "admit", "protest"})
# "a Washington-based reporter", "a firm of North Carolina", "a man from Ohio": a home
HOME_COMPOUNDS = frozenset({"based", "born", "headquartered", "registered"})
HOME_NOUNS = frozenset({"firm", "company", "corporation", "contractor", "employee", "native",
                        "citizen", "national", "businessman", "student", "tourist", "immigrant"})
# "a brigade based in Szczecin", "stationed at Fort Bliss, Texas": a unit's or person's home
HOME_VERBS = frozenset({"base", "station", "headquarter", "register", "bear", "reside"})
# Links a place climbs through to the word it describes ("the port city of Szczecin").
ATTACHMENT_DEPS = frozenset({"pobj", "prep", "appos", "conj", "compound", "nmod"})
# "protested against the offensive in Gaza", "to protest a ruling on a murder in Berlin":
# the protest's object, not where people gathered
PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "rally", "march", "demonstration",
                            "demonstrator", "protester"})
# "told Xinhua": the one told is an agency or a person, not a place
SPEAKING_VERBS = frozenset({"say", "tell", "announce", "declare", "report"})
# A name as a subject ("Castro marched", "Maldonado was captured"), not after "in" nor as a
# modifier ("the Idlib countryside"); and the one told ("told Xinhua").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dative", "appos"})
NAMING_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "area",
                          "governorate", "state", "county", "neighbourhood", "neighborhood",
                          "suburb", "camp", "capital"})
# "20 miles south of Baghdad" is coded at Baghdad, near (geo_precision 2), as analysts do;
# beyond this distance "N km north of X" names a landmark to measure from, not the place.
LANDMARK_KM = 50
# "about 60 km east of": the words of a distance to a landmark, besides units and numbers
MEASURE_WORDS = frozenset({"of", "about", "some", "around", "roughly", "nearly", "almost",
                           "approximately", "(", ")"})
# "the town of X", "X village", "X, a town near Y": words that name a settlement
SETTLEMENT_WORDS = frozenset({"town", "towns", "village", "villages", "city", "municipality",
                              "settlement", "settlements", "hamlet", "community"})
# the gazetteer's units, and "mi", which only placing reads ("5 mi east of X")
DISTANCE_UNITS = GAZETTEER_DISTANCE_UNITS | {"mi"}
# "the East Ghouta region": a named area, kept as the place's name at what holds it
AREA_WORDS = frozenset({"region", "area"})
# "the town of X", "X district": a place word that makes another spelling of a sizeable
# place plausible in a report that names no country
DESIGNATED_PLACES = SETTLEMENT_WORDS | {"district", "province"}
# "the village of X in western Y", "X, near Y": words between a town and what holds it
HOLDER_LINKS = frozenset({"in", "near", "outside", "of", ",", "the", "inside", "within"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis"})
# "the entrance to X": the edge of the place, not a way away from it
EDGE_NOUNS = frozenset({"entrance", "gate", "gates", "approach", "approaches", "doorstep"})
# "close to X", "next to X": "to" that says where, not whither
NEXT_TO_WORDS = frozenset({"close", "next", "adjacent", "closer"})
# "in Iraq", "across Syria": a country named as the scene
SCENE_PREPS = frozenset({"in", "inside", "across", "throughout"})
# Place words of a part of a city: "the city" never refers back to one.
CITY_PARTS = frozenset({"district", "neighbourhood", "neighborhood", "suburb", "quarter"})
# "the Yangon-Mandalay railway", "the Kabul-Kandahar highway": a way between two towns
ROUTE_WORDS = frozenset({"road", "highway", "railway", "railroad", "rail", "motorway",
                         "expressway", "freeway", "route", "pipeline", "line", "corridor",
                         "axis", "track"})
CONTAINMENT_LINKS = (",", "in", "of", "in the", ", in", "district of", "neighbourhood of",
                     "neighborhood of", "suburb of", "quarter of", "area of")
# "said the Garissa County Commissioner", "Oaxaca's governor": a place that names an
# office's seat or reach
OFFICE_NOUNS = frozenset({"mayor", "governor", "commander", "emir", "leader", "chief",
                          "chairman", "councilman", "councillor", "commissioner",
                          "superintendent", "executive", "director", "head"})
# "according to the ISIS emir in Tal Afar": offices whose "in" names their reach
COMMAND_NOUNS = frozenset({"commander", "emir", "leader", "governor", "chief"})
# "the state news service, Sana", "the official news agency, Petra": an outlet, not a town
OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "weekly", "broadcaster",
                          "television", "radio", "channel", "website"})



def _done_at_another_place(doc: Doc, subject: Token) -> bool:
    """The subject's verb says where its deed was done: "in", "at" or "near" a place the
    subject does not name."""
    inside = {t.i for t in subject.subtree}
    for tok in subject.head.subtree:
        if tok.i in inside or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "near"):
            continue
        if any(m.start <= tok.i < m.end and m.kind != "country" for m in doc._.places or []):
            return True
    return False


def _outer_preposition(tok: Token) -> Token | None:
    """The preposition that puts a place name in its clause: "on" in "on the town of X"."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ == "ADP" and t.lower_ != "of":
            return t
        if t.dep_ not in ("pobj", "prep", "compound", "appos", "conj") and t.pos_ != "ADP":
            return None
    return None


def _in_a_parallel_phrase(doc: Doc, head: Token, mentions, mention) -> bool:
    """"strikes on the outskirts of X, on the town of Y and on Z": each place in a
    prepositional phrase of its own, repeated or joined by "and" after a first one that
    names a place, is a place of its own event."""
    prep = _outer_preposition(head)
    if prep is None or prep.lower_ not in ("on", "in", "at", "near", "against"):
        return False
    for other in mentions:
        if other is mention:
            continue
        first = _outer_preposition(doc[other.start:other.end].root)
        if first is None or first.i >= prep.i:
            continue
        if (prep.dep_ == "conj" and prep.head.i == first.i) or (
                prep.dep_ == first.dep_ == "prep" and prep.head.i == first.head.i
                and prep.lower_ == first.lower_):
            return True
    return False


def _names_its_region(doc: Doc, head: Token, place: Place, town: Place | None) -> bool:
    """"In Tumaco, Narino, …": a name set off by a comma right after a town, and naming
    the town's own province, says where the town lies, not a second place of the event
    ("shelled Idlib and Saraqib" joins with "and": two places)."""
    if town is None or town.admin1 is None or place.admin1 != town.admin1 \
            or place.country_code != town.country_code:
        return False
    if name_key(place.location or "") != name_key(place.admin1):
        return False
    before = doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    return before is not None and before.text == "," and not any(
        c.dep_ == "cc" for c in head.head.children)

class Placer:
    """Places events; holds the gazetteer."""

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer

    def same_event_elsewhere(self, doc: Doc, clause: Clause, cand: Candidate):
        """"retook the towns of Makhmour and Gwer": one event per place."""
        ids = {t.i for t in clause.tokens}
        mentions = [m for m in doc._.places or [] if m.start in ids and m.kind == "place"
                    and self._plausible(doc, m)]
        extra = []
        countries = doc._.countries or []
        for mention in mentions:
            head = doc[mention.start:mention.end].root
            if (head.dep_ != "conj" or not any(
                    o.start <= head.head.i < o.end for o in mentions if o is not mention)) \
                    and not _in_a_parallel_phrase(doc, head, mentions, mention):
                continue
            if head.head.dep_ == "pobj" and head.head.head.lower_ == "between":
                continue  # "a landmine between Ansongo and Gao": one event, at the first
            place = self.gazetteer.resolve(mention, countries=countries)
            if place is None or place.latitude is None or place_key(place) == \
                    place_key(cand.place) or _names_its_region(doc, head, place, cand.place):
                continue
            copy = Candidate(**{f: getattr(cand, f) for f in Candidate.__slots__})
            place = self._with_precision(doc, clause, place, mention)  # "near X and Y"
            copy.place, copy.fatalities, copy.fatalities_text = place, None, None
            extra.append(copy)
        return extra

    def place_for(self, doc, sent, sent_index, clause, ctx) -> Place | None:
        """The event's place: what the clause names, then "the city" it refers back to,
        then what its sentence names, then the place the report was last talking about."""
        clause = _with_shared_verbs(clause)
        ids = {t.i for t in clause.tokens}
        all_mentions = [m for m in doc._.places or [] if sent.start <= m.start < sent.end]
        mentions = [m for m in all_mentions if m.kind != "country"
                    and not self._is_away(doc, m) and not self._is_dateline(doc, m)
                    and not self._is_aside(doc, m) and self._plausible(doc, m)
                    and not _names_an_office(doc[m.start:m.end].root, clause)]
        label_end = line_label_end(doc, sent)
        if label_end is not None and any(m.start_char >= label_end for m in mentions):
            # "7 Jan – Borno: a bomber struck a checkpoint in Konduga": the line's label
            # names the area the line is about; the place the sentence names is the scene
            mentions = [m for m in mentions if m.start_char >= label_end]
        in_clause = [m for m in mentions if m.start in ids]
        countries = doc._.countries or []
        scene, of_verb = self._scene_country(doc, clause, all_mentions)
        if not mentions and self._unknown_near_unknown(doc, clause):
            # "at Zilkan, near Bashiqa", neither in the index: the country, not a guess
            code = scene or (countries[0] if countries else None)
            return Place(country=country_name(code), country_code=code) if code else None
        place = self._place_from(doc, clause, clause.tokens, in_clause, all_mentions, ctx)
        if place is not None and place.geo_precision == 3 and place.latitude is not None:
            place = self._inside_region(doc, sent, clause, place, mentions)
        if place is not None:
            if of_verb and place.country_code is not None and \
                    CODED_AS.get(place.country_code, place.country_code) != scene:
                # "killed 14 people in Iraq as Washington's new ambassador vowed"
                return Place(country=country_name(scene), country_code=scene)
            return place
        named = self._named_capital(doc, clause)
        if named is not None:
            # "in the Somali capital", "the Syrian capital": that country's capital
            return self._with_precision(doc, clause, named, None, anchor=doc[clause.start])
        if scene is not None:
            # "American forces captured him in Iraq": the country, and no point in it
            return Place(country=country_name(scene), country_code=scene)
        unknown = self._unknown_town_name(doc, clause)
        if unknown is not None:
            name, start = unknown
            qualifier = self._qualifier_country(doc, start)
            country = [qualifier] if qualifier else countries[:1]
            # the gazetteer may still know the name under another spelling
            place = self.gazetteer.resolve_name(name, countries=country)
            if place is not None and place.latitude is not None \
                    and place.country_code in country:
                return self._with_precision(doc, clause, place, None,
                                            anchor=doc[clause.start])
            if qualifier is not None:
                # "the Niger village of Abadam": the country the report gives, no point in it
                return Place(country=country_name(qualifier), country_code=qualifier)
            return None
        anaphor = town_anaphor(doc, clause)
        if anaphor is not None:
            # "the city" is the report's main city; "the capital" the country's; "the town",
            # "the village" the one just named
            if anaphor.lower_ == "capital" and doc[anaphor.i - 1].lower_ == "the":
                referent = self._capital(countries)
            elif anaphor.lower_ == "city":
                referent = ctx.main_city or ctx.focus
            else:
                referent = self._last_town_before(doc, anaphor.i) or ctx.main_city or ctx.focus
            if referent is not None:
                return self._with_precision(doc, clause, copy_place(referent), None,
                                            anchor=anaphor)
        if not in_clause:
            place = self._place_from(doc, clause, list(sent), mentions, all_mentions, ctx)
            if place is not None:
                return place
        named = self._clause_country(doc, clause, all_mentions)
        recent = ctx.place if ctx.place is not None and sent_index - ctx.place_sent <= 2 \
            else None
        for earlier in (recent, ctx.focus):
            if earlier is not None and (named is None or CODED_AS.get(
                    earlier.country_code, earlier.country_code) == named):
                return copy_place(earlier)
        if named is not None:
            # "along Lebanon's border with Israel": the side named first, not an actor's
            return Place(country=country_name(named), country_code=named)
        return None

    def _place_from(self, doc, clause, tokens, pool, all_mentions, ctx) -> Place | None:
        countries = doc._.countries or []
        base = None
        if pool:
            mention, container = self._choose_mention(doc, pool)
            settlement = self._unknown_settlement(doc, tokens)
            holder = _settlement_holder(doc, settlement, pool) if settlement else None
            if holder is not None:
                # "the village of X in western Y": Y holds the event, whatever came first
                mention, container = holder, None
            qualifier = self._qualifier_country(doc, mention.start)
            base = self.gazetteer.resolve(
                mention, countries=[qualifier] if qualifier else countries, container=container)
            if base is not None:
                base = self._countryside(doc, mention, base, countries) or \
                    self._with_precision(doc, clause, base, mention)
                if settlement is not None and " - " not in (base.location or ""):
                    base = _settlement_in(base, settlement)
        district = self._district_phrase(doc, tokens, known=all_mentions)
        if district is not None:
            container = self._named_container(doc, district[1], all_mentions)
            if container is not None and base is not None and _inside(base, container):
                container = None  # "Gaya, Fa'a and Zang in Hong LGA of Adamawa": Gaya's
            city = container or base or self._sentence_town(doc, clause, all_mentions) \
                or ctx.focus or ctx.main_city
            towns = self._report_towns(doc) if container is None and base is None else None
            place = self._district_place(district, city, countries, report_towns=towns)
            if place is not None:
                return place
        return base

    def _sentence_town(self, doc: Doc, clause: Clause, mentions) -> Place | None:
        """The town the clause's sentence names outside the clause ("In Homs, residents said
        shells hit the Khalidiya district"): what a district the clause names is part of,
        before the town the report last named, and that before its main city."""
        countries = doc._.countries or []
        ids = {t.i for t in clause.tokens}
        for mention in mentions:
            label = doc[mention.start:mention.end].root.ent_type_
            if mention.start in ids or mention.kind != "place" \
                    or label not in ("GPE", "LOC", "FAC", "") \
                    or mention.designator in CITY_PARTS or self._is_dateline(doc, mention) \
                    or self._is_away(doc, mention) or self._is_aside(doc, mention) \
                    or _is_landmark(doc, mention.start) or not self._plausible(doc, mention):
                continue  # "the source told Xinhua": an agency, not the district's town
            place = self.gazetteer.resolve(mention, countries=countries)
            if place is not None and place.latitude is not None and place.geo_precision != 3 \
                    and (not countries or place.country_code in countries):
                return place
        return None

    def _named_container(self, doc: Doc, name: str | None, mentions) -> Place | None:
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
            if not self._plausible(doc, named) or named.candidates[0].match == "transliteration":
                return None  # "Sardast province" read loosely as a village abroad
            place = self.gazetteer.resolve(named, countries=countries)
            return place if place is not None and place.latitude is not None else None
        place = self.gazetteer.resolve_name(name, countries=countries)
        if place is None or place.latitude is None or (
                countries and place.country_code != countries[0]):
            return None
        return place

    def _unknown_near_unknown(self, doc: Doc, clause: Clause) -> bool:
        """"a base at Zilkan, near Bashiqa": the clause names a place and the town it is near,
        the index knows neither, and the sentence names no other place; any town of the
        report would be a guess."""
        countries = set(doc._.countries or [])
        # a place of the report's countries is known, even where it is not the scene ("of
        # Kafr Tsurif near Hebron", a home); a namesake abroad is not
        covered = {i for m in doc._.places or [] if self._plausible(doc, m) or any(
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

    def _inside_region(self, doc: Doc, sent: Span, clause: Clause, region: Place, mentions
                       ) -> Place:
        """The clause names only a region ("in the Homs countryside, ISIS launched an
        assault"); its sentence names the town in it that the assault was on ("to recapture
        the village of Maheen"): that town, or the unknown village's name at the region."""
        ids = {t.i for t in clause.tokens}
        countries = doc._.countries or []
        for mention in mentions:
            if mention.start in ids or mention.kind != "place" or _is_countryside(doc, mention) \
                    or _measured_from(doc, mention):
                continue
            place = self.gazetteer.resolve(mention, countries=countries)
            if place is not None and place.latitude is not None and place.geo_precision == 1 \
                    and (place.country_code, place.admin1) == (region.country_code,
                                                               region.admin1):
                return self._with_precision(doc, clause, place, mention)
        settlement = self._unknown_settlement(doc, list(sent))
        if settlement is not None and " - " not in (region.location or ""):
            region.location = settlement[0]
        return region

    def _scene_country(self, doc: Doc, clause: Clause, mentions) -> tuple[str | None, bool]:
        """The country the clause says the event is in ("killed in Iraq", "the embassy in
        Kenya"): evidence that outweighs the demonyms of foreign actors; and whether the
        verb itself says so ("captured him in Iraq", unlike "a planner of the attacks in
        the United States, captured in Karachi")."""
        ids = {t.i for t in clause.tokens}
        found: str | None = None
        for mention in mentions:
            if mention.kind != "country" or not mention.country_code \
                    or mention.start not in ids or self._is_dateline(doc, mention):
                continue
            tok = doc[mention.start:mention.end].root
            if tok.dep_ != "pobj" or tok.head.lower_ not in SCENE_PREPS:
                continue
            code = CODED_AS.get(mention.country_code, mention.country_code)
            if tok.head.head.pos_ in ("VERB", "AUX"):
                return code, True
            found = found or code
        return found, False

    def _clause_country(self, doc: Doc, clause: Clause, mentions) -> str | None:
        """The first country the clause names that is neither an actor ("Israel captured"),
        an actor's home ("businessmen from Nigeria"), a modifier ("Air India", "the U.S.
        blockade") nor the dateline: the scene when the clause names no place in it."""
        ids = {t.i for t in clause.tokens}
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.kind != "country" or not mention.country_code \
                    or mention.start not in ids or self._is_dateline(doc, mention):
                continue
            root = doc[mention.start:mention.end].root
            while root.dep_ == "conj" and root.head is not root:
                root = root.head  # "contested by Iran and Iraq": both are actors
            if root.dep_ in ("nsubj", "nsubjpass", "agent", "compound") \
                    or root.head.dep_ == "agent" or self._is_home(root):
                continue
            return CODED_AS.get(mention.country_code, mention.country_code)
        return None

    def _countryside(self, doc: Doc, mention, base: Place, countries) -> Place | None:
        """"the Idlib countryside", "rural Damascus", "Hama's northern countryside": the
        region named after the city (geo_precision 3), else the city one step less
        precise."""
        if base.geo_precision == 3:
            return None
        if not _is_countryside(doc, mention):
            return None
        region = self.gazetteer.resolve_name(f"{mention.text} province", countries=countries)
        if region is not None and region.geo_precision == 3 and region.latitude is not None \
                and region.country_code == base.country_code:
            return region
        base.geo_precision = max(base.geo_precision or 1, 2)
        return base

    def _unknown_town_name(self, doc: Doc, clause: Clause) -> tuple[str, int] | None:
        """"seized the town of Konna", "in the Sambisa Forest": a named place the gazetteer
        did not find in the text, and its first token. Better no place than a wrong one."""
        known = place_tokens(doc)
        for tok in clause.tokens:
            if tok.lower_ in ("in", "at", "into") and tok.i + 2 < len(doc) \
                    and doc[tok.i + 1].lower_ == "the" and doc[tok.i + 2].text[:1].isupper() \
                    and tok.i + 2 not in known and doc[tok.i + 2].ent_type_ in ("GPE", "LOC",
                                                                                "FAC", ""):
                return _name_from(doc, tok.i + 2), tok.i + 2
        settlement = self._unknown_settlement(doc, clause.tokens)
        return settlement[:2] if settlement is not None else None

    def _unknown_settlement(self, doc: Doc, tokens) -> tuple[str, int, int] | None:
        """A town or village the report names as one but the gazetteer lacks: "the town of
        Konna", "the villages of X and Y", "Galga village", "Abu Saida, a town near Baquba".
        Returns (name, first token, end token)."""
        # a name read only as a namesake abroad is as unknown as one the index lacks
        known = {i for m in doc._.places or [] if self._plausible(doc, m)
                 for i in range(m.start, m.end)}
        known |= {i for m in doc._.actors or [] for i in range(m.start, m.end)}
        ids = {t.i for t in tokens}
        area = None  # "the East Ghouta region": only when no town or village is named
        for tok in tokens:
            i = tok.i
            if tok.lower_ in SETTLEMENT_WORDS and i + 2 < len(doc) \
                    and doc[i + 1].lower_ == "of" and namelike(doc[i + 2]) \
                    and not _left_for(doc, i):
                name = self._settlement_name(doc, i + 2, known, designated=True)
                if name is not None:
                    return name
            if (tok.lower_ in SETTLEMENT_WORDS or tok.lower_ in AREA_WORDS) \
                    and tok.text.islower() and i - 1 in ids and namelike(doc[i - 1]):
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
            end = start
            while end < len(doc) and (namelike(doc[end]) or (
                    doc[end].lower_ in ("del", "de", "al", "el") and end + 1 < len(doc)
                    and namelike(doc[end + 1]))):
                end += 1
        if end <= start or end - start > 5 or any(k in known for k in range(start, end)):
            return None
        span = doc[start:end]
        named = start
        while named + 1 < end and doc[named].lower_ in COMPASS_WORDS:
            named += 1  # "East Ghouta": a compass word begins the name
        if designated:
            words = [t for t in doc[named:end] if any(ch.isalpha() for ch in t.text)]
            if words and all(self._name_word(t) or t.ent_type_ not in ("DATE", "TIME")
                             for t in words):
                return span.text, start, end
            return None
        if any(t.ent_type_ in ("NORP", "DATE", "TIME", "CARDINAL") for t in span) \
                or not self._names_alone(doc[named:end]):
            return None
        if any(ent.start < end < ent.end for ent in doc.ents) and not (
                doc[end].lower_ in SETTLEMENT_WORDS or doc[end].lower_ in AREA_WORDS):
            return None  # the start of a longer name ("Tal Afar Operations Command")
        return span.text, start, end

    def _named_capital(self, doc: Doc, clause: Clause) -> Place | None:
        """"the Somali capital" / "the Afghan capital": the capital of the country its
        demonym or name gives (one word between "the" and "capital", so "the Borno State
        capital", a region's seat, is not taken for the country's)."""
        for tok in clause.tokens:
            if tok.lower_ != "capital" or tok.i < 2 or doc[tok.i - 2].lower_ != "the":
                continue
            word = doc[tok.i - 1].text
            code = self.gazetteer.demonym_country(word) or self.gazetteer.country_code_of(word)
            if code is not None:
                return self._capital([code])
        return None

    def _capital(self, countries: list[str]) -> Place | None:
        if not countries:
            return None
        name = capital_names().get(countries[0])
        if not name:
            return None
        return self.gazetteer.resolve_name(name, countries=countries[:1])

    def _district_place(self, district, city: Place | None, countries, *,
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
        if city is not None and city_name and name_key(core) == name_key(city_name):
            return city  # "Baghdad - Baghdad" says nothing more than Baghdad
        if city is not None and city.admin2 and core != name \
                and name_key(core) == name_key(city.admin2):
            return city  # "Sopore town in Baramulla district": the town is the more precise
        place = self.gazetteer.resolve_name(name, countries=countries, container_name=city_name)
        if report_towns and (place is None or city is None
                             or place.geonameid == city.geonameid):
            elsewhere = self._named_in_country(name, countries)
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
        part.location = f"{(city.location or '').split(' - ')[0]} - {name}"
        part.geo_precision = max(city.geo_precision or 1, 2)
        return part

    def _report_towns(self, doc: Doc) -> list[Place]:
        """The towns the report names, dateline included, with coordinates."""
        countries = doc._.countries or []
        towns = []
        for mention in doc._.places or []:
            heading = mention.text.isupper() and doc[mention.end:mention.end + 1].text in (
                ":", ",")  # "ADEN: Supporters rallied…", an item's own dateline
            if mention.kind == "place" and (heading or self._plausible(doc, mention)):
                place = self.gazetteer.resolve(mention, countries=countries)
                if place is not None and place.latitude is not None:
                    towns.append(place)
        return towns

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

    def _is_away(self, doc: Doc, mention) -> bool:
        tok = doc[mention.start:mention.end].root
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in lexicon()["away_preps"]:
            # "entered/pushed into X" is where it happened; "fled towards X" is not; nor is
            # "the battle for X" away.
            if head.lower_ == "for":
                return head.head.lemma_ not in CONTESTED_BY
            if head.lower_ == "to" and head.head.lemma_.lower() in EDGE_NOUNS:
                return False  # "demonstrated at the entrance to Bethlehem"
            if head.lower_ == "to" and head.head.lower_ in NEXT_TO_WORDS:
                return False  # "villages close to Algiers": near it, not a way to it
            return head.lower_ != "to" or head.head.lemma_ not in ("fall",)
        return False

    def _is_aside(self, doc: Doc, mention) -> bool:
        """Named beside the event, not as its place: a landmark to measure from ("390 km
        north of Baghdad"), or what a protest was against ("protested against the bombing of
        the embassy in Belgrade").

        Where a speaker is ("a correspondent in Damascus", "said in Baghdad") is left alone:
        in news it is mostly where the event was too, and a fronted "in northern Homs, soldiers
        said" parses the same."""
        root = doc[mention.start:mention.end].root
        return (_far_landmark(doc, root) and not self._locates_unknown_place(doc, mention)) \
            or _protested_against(root)

    def _locates_unknown_place(self, doc: Doc, mention) -> bool:
        """"near Koure, about 60 km east of Niamey" with Koure unknown to the index: the
        landmark is the nearest place the text gives (near it, geo_precision 2)."""
        k = mention.start - 1
        while k >= 0 and (doc[k].lower_ in MEASURE_WORDS or doc[k].lower_ in COMPASS_WORDS
                          or doc[k].lower_ in DISTANCE_UNITS or doc[k].like_num):
            k -= 1
        if k < 1 or doc[k].text != "," or not namelike(doc[k - 1]):
            return False
        known = {i for m in doc._.places or [] if self._plausible(doc, m)
                 for i in range(m.start, m.end)}
        return k - 1 not in known

    @staticmethod
    def _is_dateline(doc: Doc, mention) -> bool:
        """"HOMS, May 10 (SHN) –": the place and outlet the report was filed from."""
        return mention.start_char < preamble_end(doc)

    def _plausible(self, doc: Doc, mention) -> bool:
        """Cached per report and mention; see `_judge_plausible`."""
        cache = doc.user_data.setdefault(PLAUSIBLE_KEY, {})
        key = (mention.start, mention.end)
        if key not in cache:
            cache[key] = self._judge_plausible(doc, mention)
        return cache[key]

    def _judge_plausible(self, doc: Doc, mention) -> bool:
        """A place in the report's countries, or an exact name of a sizeable place, that is
        not part of an actor's or an organisation's name.

        Guards against near-homonyms in faraway countries ("Human" for Uman), and against
        "al-Shabaab" or "the African Union" read as places."""
        if not mention.candidates:
            return False
        for actor in doc._.actors or []:
            if actor.start < mention.end and mention.start < actor.end:
                return False
        possessive = mention.end < len(doc) and doc[mention.end].text in ("'s", "’s")
        for ent in doc.ents:
            start = ent.start  # "west Aleppo": a compass word is no part of a name
            while start < mention.start and doc[start].text in LOWER_COMPASS_WORDS:
                start += 1
            if ent.label_ in ("ORG", "NORP", "PERSON", "WORK_OF_ART", "LAW") \
                    and start <= mention.start and mention.end <= ent.end \
                    and (ent.end - start) > (mention.end - mention.start) \
                    and not possessive and not self._names_a_site(doc, mention, ent) \
                    and not _in_a_list(doc, mention, ent):
                return False  # "Abuja's International Conference Centre" is in Abuja
        if mention.text.isupper() and len(mention.text) <= 5:
            return False  # acronyms: SANA is a news agency, not Sanaa
        if self._foreign_namesake(doc, mention):
            return False
        if self._names_an_actor(doc, mention):
            return False
        countries = doc._.countries or []
        qualifier = self._qualifier_country(doc, mention.start)
        if qualifier is not None:
            # "the South Sudanese town of Raga": a reading in that country, or none
            return any(c.country_code == qualifier and c.match != "transliteration"
                       for c in mention.candidates)
        # the report's own country first: "Tripoli" in a Libya report is not the Lebanese one
        best = next((c for c in mention.candidates if countries and
                     c.country_code == countries[0] and (
                         c.match == "exact" or c.match == "normalised"
                         and c.population >= 5_000)),
                    mention.candidates[0])
        if countries and best.country_code == countries[0]:
            return True
        if _designated_in_report_country(mention, countries):
            return True
        if not countries and mention.designator in DESIGNATED_PLACES \
                and best.match != "transliteration" \
                and best.population >= DESIGNATED_TOWN_POPULATION:
            # "the town of Muqdadiya" in a report that names no country: another spelling
            # of a sizeable town (with a country named, a town elsewhere is a namesake)
            return True
        holder = self._stated_holder(doc, mention)
        if holder is not None and any(
                (c.country_code, c.admin1) == (holder.country_code, holder.admin1)
                and c.match != "transliteration" for c in mention.candidates):
            # "El Carmen, in Norte de Santander province": a reading inside what the report
            # says holds it
            return True
        named = {m.country_code for m in doc._.places or [] if m.kind == "country"}
        if best.country_code in named:
            return best.match != "transliteration"
        return best.match == "exact" and (best.population >= 100_000 or best.is_region)

    def _stated_holder(self, doc: Doc, mention):
        """The best reading of the place named right after `mention` as holding it ("X, in
        Y province", "X in Y"), when that place is itself plausible; not for a part of a
        city ("the al-Rawdha neighbourhood of Taiz"), whose namesakes elsewhere are no
        likelier for it."""
        if mention.designator in CITY_PARTS:
            return None
        for other in doc._.places or []:
            if not 0 < other.start - mention.end <= 3 or not other.candidates \
                    or other.kind not in ("place", "region"):
                continue
            between = doc[mention.end:other.start].text.strip().lower()
            if between in CONTAINMENT_LINKS and self._plausible(doc, other):
                return other.candidates[0]
        return None

    def _qualifier_country(self, doc: Doc, at: int) -> str | None:
        """The country a demonym or a country's name before "town of" gives: "the South
        Sudanese town of Raga", "the northern Syrian town of Dana" (the name at token `at`)."""
        if at < 3 or doc[at - 1].lower_ != "of" or doc[at - 2].lower_ not in SETTLEMENT_WORDS:
            return None
        words = []
        k = at - 3
        while k >= 0 and at - 3 - k < 3 and doc[k].text[:1].isupper():
            words.insert(0, doc[k].text)
            k -= 1
        for first in range(len(words)):
            phrase = " ".join(words[first:])
            code = self.gazetteer.demonym_country(phrase) or \
                self.gazetteer.country_code_of(phrase)
            if code is not None:
                return code
            if words[first].lower() in COMPASS_WORDS:
                return None  # "Northern Irish" is not Irish, "South Sudanese" not Sudanese
        return None

    def _foreign_namesake(self, doc: Doc, mention) -> bool:
        """A name NER does not call a place, whose reading lies in a country nothing else in
        the report points to while the report names another country: a person ("Maldonado
        was captured ... flee Somalia"), an agency ("told Xinhua") or a date ("Nov. 7")."""
        label = next((e.label_ for e in doc.ents if e.start <= mention.start
                      and mention.end <= e.end), "")
        root = doc[mention.start:mention.end].root
        argument = root.dep_ in ARGUMENT_DEPS or (
            root.dep_ == "dobj" and root.head.lemma_.lower() in SPEAKING_VERBS)
        if label in ("GPE", "LOC", "FAC") or not argument:
            return False  # "the village of Malisevo", "captured Birao": places whatever NER says
        best = mention.candidates[0]
        if best.population >= BIG_CITY_POPULATION:
            return False
        others = [m for m in doc._.places or [] if m is not mention]
        supported = any(
            (m.country_code if m.kind == "country" else m.candidates[0].country_code
             if m.candidates else None) == best.country_code for m in others) or any(
            self.gazetteer.demonym_country(t.text) == best.country_code
            for t in doc if t.text[:1].isupper())
        countries = doc._.countries or []
        if label not in ("", "NORP") and best.population < WELL_KNOWN_POPULATION \
                and not best.is_region and (not supported or countries
                                            and best.country_code != countries[0]):
            return True  # "Castro ... outside Spain's embassy in central Havana"
        return not supported and any(m.kind == "country" for m in others)

    @staticmethod
    def _names_an_actor(doc: Doc, mention) -> bool:
        """"Washington's new ambassador", "Moscow denied it", "a firm of North Carolina", "a
        Washington-based reporter": a government or an actor's home, not where the event
        happened."""
        end = mention.end
        root = doc[mention.start:end].root
        if root.dep_ == "poss" and root.head.lemma_.lower() in ACTOR_NOUNS:
            return True
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS \
                and name_key(mention.text) in _capital_keys() \
                and sum(c.dep_ == "nsubj" for c in root.head.children) == 1:
            return True
        if end + 1 < len(doc) and doc[end].text in ("-", "–") \
                and doc[end + 1].lower_ in HOME_COMPOUNDS:
            return True
        if root.dep_ == "appos" and (root.head.lemma_.lower() in OUTLET_NOUNS or any(
                c.dep_ == "compound" and c.lower_ == "news" for c in root.head.children)):
            return True  # "the state news service, Sana": an outlet
        while root.dep_ in ("conj", "compound", "appos") and root.head is not root:
            root = root.head  # "signed by Moscow and Dushanbe"
        if root.dep_ == "nsubj" and name_key(mention.text) in _capital_keys() \
                and _done_at_another_place(doc, root):
            return True  # "Moscow and Kyiv signed a deal in Istanbul": governments acting
        if root.dep_ == "agent" or root.dep_ == "pobj" and root.head.dep_ == "agent":
            return True  # "an agreement signed by Moscow": a government acting
        return Placer._is_home(root)

    @staticmethod
    def _is_home(root: Token) -> bool:
        """"a firm of North Carolina", "Ranimat, 28, of Kafr Tsurif near Hebron", "a brigade
        based in the port city of Szczecin": where an actor comes from or is stationed."""
        tok = root
        while tok.dep_ in ATTACHMENT_DEPS and tok.head is not tok:
            head = tok.head
            if tok.dep_ == "prep":
                if tok.lower_ in ("in", "at") and head.pos_ == "VERB" \
                        and head.lemma_.lower() in HOME_VERBS and not _event_registered(head):
                    return True
                age = head.like_num and head.i > 0 and head.nbor(-1).text == "," and (
                    head.head.pos_ == "PROPN" or head.head.ent_type_ == "PERSON")
                if tok.lower_ in ("of", "from") and (
                        head.lemma_.lower() in HOME_NOUNS or head.ent_type_ == "PERSON"
                        or age):
                    return True
            tok = head
        return False

    def _names_a_site(self, doc: Doc, mention, ent) -> bool:
        """"Garissa University College", "Aleppo Central Prison": a town's name opening the
        name of a site in it places the event there."""
        opening = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if mention.start != opening or not mention.candidates:
            return False
        best = mention.candidates[0]
        countries = doc._.countries or []
        # named exactly, or (another spelling) a town of the report's own country
        named = best.match == "exact" or (countries and best.country_code == countries[0])
        return named and best.population >= 10_000 and doc[ent.end - 1].lower_ in SITE_WORDS

    def _choose_mention(self, doc: Doc, pool):
        """The first place of the clause, with the place that contains it when one follows.
        A town goes before a region or a countryside ("in the northern Aleppo countryside,
        rebels stormed Qabasin"), and a town named only to measure from after other towns
        ("near Karmah, 8 km west of Fallujah"; "15 km south of Kutum, North Darfur" is
        Kutum's)."""
        ordered = sorted(pool, key=lambda m: (m.kind == "region" or _is_countryside(doc, m),
                                              _measured_from(doc, m)
                                              and not self._locates_unknown_place(doc, m),
                                              _names_a_route(doc, m), m.start))
        mention = ordered[0]
        container = None
        for other in pool:
            if other is mention:
                continue
            between = doc[mention.end:other.start].text.strip().lower()
            if 0 < other.start - mention.end <= 3 and between in CONTAINMENT_LINKS:
                container = other
                break
            before = doc[other.end:mention.start].text.strip().lower()
            if other.end <= mention.start and before in ("'s", "’s"):
                container = other
                break
        return mention, container

    def _district_phrase(self, doc: Doc, tokens: list[Token], *, known
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
            while j - 1 >= first and namelike(doc[j - 1]):
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
            while j < end and not self._name_word(doc[j]):
                j += 1  # "Kurdish", "Southern": a description, not the name
            name = doc[j:end].text if j < end and self._names_alone(doc[j:end]) else None
            countries = doc._.countries or []
            city_before = name is not None and any(
                m.start == j and m.end == end and self._plausible(doc, m) for m in known)
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
                    and not any(m.start == after + 1 and self._plausible(doc, m)
                                for m in known):
                k = after + 1
                while k < len(doc) and namelike(doc[k]):
                    k += 1
                if self._names_alone(doc[after + 1:k]):
                    name = doc[after + 1:k].text
                    after = k
            if not name:
                continue
            container = doc[j:end].text if city_before else None
            if container is None and after < len(doc) and doc[after].lower_ in ("of", "in") \
                    and after + 1 < len(doc):
                k = after + 1
                if doc[k].lower_ == "the":
                    k += 1
                m = k
                while m < len(doc) and namelike(doc[m]):
                    m += 1
                if m > k:
                    container = doc[k:m].text
            if container is None and j >= 2 and doc[j - 1].lower_ in ("'s", "’s"):
                k = j - 1
                while k - 1 >= 0 and namelike(doc[k - 1]):
                    k -= 1
                if k < j - 1:
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

    def _names_alone(self, span: Span) -> bool:
        """A name of a part of a city: proper words, not one ordinary English word
        ("Southern", "September") nor punctuation ("Mosul - -")."""
        words = [t for t in span if any(ch.isalpha() for ch in t.text)]
        if not words or not all(self._name_word(t) for t in words):
            return False
        if len(words) == 1 and words[0].lower_ in everyday_words():
            return False
        return not (len(words) == 1 and words[0].lower_ in ARABIC_ARTICLES)

    def _unknown_name_after_in(self, doc: Doc, ids: list[int], known):
        """"in al-Sakhour", "in Masaken Hanano": a local name the gazetteer does not hold."""
        covered = {i for m in known for i in range(m.start, m.end)}
        covered |= {i for m in doc._.actors or [] for i in range(m.start, m.end)}
        id_set = set(ids)
        for i in ids:
            tok = doc[i]
            if tok.lower_ not in ("in", "at") or i + 1 >= len(doc):
                continue
            k = i + 1
            while k < len(doc) and k in id_set and namelike(doc[k]) and k not in covered \
                    and doc[k].ent_type_ not in ("ORG", "NORP", "DATE", "TIME", "CARDINAL"):
                k += 1
            if k > i + 1 and k - i - 1 <= 3:
                return doc[i + 1:k].text, None
        return None

    def _last_town_before(self, doc: Doc, end: int) -> Place | None:
        """The town named last before token `end`, in its sentence or the one before: what
        "the town" refers back to. Further back, the report's main city is the better guess."""
        countries = doc._.countries or []
        sent = doc[end].sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
        for mention in reversed(doc._.places or []):
            if mention.start >= end or mention.start < start or mention.kind != "place" \
                    or mention.designator in CITY_PARTS or self._is_dateline(doc, mention) \
                    or self._is_away(doc, mention) or _is_landmark(doc, mention.start) \
                    or not self._plausible(doc, mention):
                continue
            place = self.gazetteer.resolve(mention, countries=countries)
            if place is not None and place.latitude is not None:
                return copy_place(place)
        return None

    def _with_precision(self, doc, clause, place: Place, mention, *, anchor=None) -> Place:
        """geo_precision 2 when the report says near / outskirts / north of the place."""
        if place.geo_precision == 3:
            return place
        at = mention.start if mention is not None else (anchor.i if anchor is not None else None)
        if at is None:
            return place
        window = doc[max(clause.start, at - 5):at]
        if any(t.lower_ in lexicon()["near_words"] for t in window):
            place.geo_precision = max(place.geo_precision or 1, 2)
        return place

    def main_city(self, doc: Doc) -> Place | None:
        """The town the body names most often: where unattached districts and "the city"
        are. The dateline names where the reporter is; it counts only when the body names
        no town."""
        counts: dict[str, int] = {}
        first: dict[str, object] = {}
        mentions = [m for m in doc._.places or [] if m.kind == "place" and m.candidates
                    and self._plausible(doc, m) and not self._is_aside(doc, m)]
        body = [m for m in mentions if not self._is_dateline(doc, m)]
        for mention in body or mentions:
            key = mention.candidates[0].geonameid
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, mention)
        if not counts:
            return None
        best = max(counts, key=lambda k: counts[k])
        place = self.gazetteer.resolve(first[best], countries=doc._.countries or [])
        return place if place is not None and place.latitude is not None else None

    def update_focus(self, doc: Doc, sent: Span, ctx: Context) -> None:
        """Remember the last town or city named, for "the city" and unplaced sentences."""
        countries = doc._.countries or []
        for mention in doc._.places or []:
            if sent.start <= mention.start < sent.end and mention.kind == "place" \
                    and not self._is_dateline(doc, mention) and not self._is_away(doc, mention) \
                    and not self._is_aside(doc, mention) and self._plausible(doc, mention):
                place = self.gazetteer.resolve(mention, countries=countries)
                if place is not None and place.latitude is not None:
                    ctx.focus = place


def town_anaphor(doc: Doc, clause: Clause) -> Token | None:
    """"the town", "the provincial capital": the clause's word for a place named before."""
    for tok in clause.tokens:
        if tok.lower_ in lexicon()["anaphora"] and tok.i > 0 and \
                doc[tok.i - 1].lower_ in ("the", "provincial", "northern", "southern"):
            return tok
    return None


def placed_by_anaphor(doc: Doc, clause: Clause) -> bool:
    """The clause names no place of its own, only "the town" of an earlier sentence: its
    place is the referent placing guessed, and an event told before may know it better."""
    clause = _with_shared_verbs(clause)
    ids = {t.i for t in clause.tokens}
    if any(m.start in ids and m.kind != "country" for m in doc._.places or []):
        return False
    return town_anaphor(doc, clause) is not None


@functools.cache
def _capital_keys() -> frozenset[str]:
    """The world's capitals by name key: the names that stand for governments."""
    return frozenset(name_key(name) for name in capital_names().values() if name)


def place_key(place: Place | None) -> str:
    """The place as merging compares it: its name, marked when only a region is known."""
    if place is None:
        return ""
    region = "/region" if place.geo_precision == 3 else ""
    return (place.location or place.admin1 or place.country or "").lower() + region


def _in_a_list(doc: Doc, mention, ent) -> bool:
    """"near Bakhmut and Marinka", which NER calls one organisation: places in a list, the
    first or the last."""
    first = mention.start == ent.start and mention.end < ent.end \
        and doc[mention.end].lower_ in ("and", ",")
    last = mention.end == ent.end and mention.start > ent.start \
        and doc[mention.start - 1].lower_ in ("and", ",")
    return first or last


def _event_registered(verb: Token) -> bool:
    """"Clashes were registered in Tibú", as translated press says: the event, not a firm,
    is the subject of "registered", and the place is its scene, not a home."""
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    return any(m.start <= i < m.end for m in verb.doc._.triggers or [] for i in subjects)


def _is_landmark(doc: Doc, start: int) -> bool:
    """"Douma, northeast of Damascus", "20 km from Gao": a name that only locates another."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return (before[-1:] == ["of"] and len(before) == 2 and before[0] in COMPASS_WORDS) \
        or (before[-1:] == ["from"] and len(before) == 2 and before[0] in ("km", "kilometres",
                                                                         "kilometers", "miles"))


def _left_for(doc: Doc, at: int) -> bool:
    """"fled to the village of X", "came from the town of X": not where it happened ("the
    battle for the town of X" is)."""
    away = lexicon()["away_preps"] - {"for"}
    for tok in reversed(doc[max(0, at - 5):at]):
        if tok.pos_ == "ADP" or tok.lower_ in away:
            return tok.lower_ in away
    return False


def _settlement_in(base: Place, settlement: tuple[str, int, int]) -> Place:
    """The place of an unknown town or village the clause names beside `base`: a region
    keeps its centre under the town's name (geo_precision 3); a town ("the village of X
    near Y", "the Latakia town of X", "in northern Y, targeting the village of X")
    becomes "Y - X" at geo_precision 2, the nearest place the report gives."""
    name = settlement[0]
    if base.latitude is None:
        return base
    if base.geo_precision == 3:
        base.location = name
        return base
    base.location = f"{(base.location or '').split(' - ')[0]} - {name}"
    base.geo_precision = 2
    return base


def _with_shared_verbs(clause: Clause) -> Clause:
    """"was shot and killed in a confrontation near Khan Yunis": a verb joined to the
    clause's own, with no subject of its own, shares its place; its phrases (not the clauses
    under them: "and has said that it plans to march on X") join the clause."""
    own = {t.i for t in clause.tokens}
    extra: list[Token] = []
    verbs = [clause.root]
    while verbs:  # "attacked X, killed eight and abducted three in Y": a chain of verbs
        for conj in verbs.pop().children:
            if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
                continue
            verbs.append(conj)
            for child in conj.children:
                if not _is_clause(child):
                    extra += _phrase_without_clauses(child, own)
    if not extra:
        return clause
    return Clause(root=clause.root, tokens=sorted(clause.tokens + extra, key=lambda t: t.i),
                  sent=clause.sent, triggers=clause.triggers)


def _phrase_without_clauses(head: Token, skip: set[int]) -> list[Token]:
    """The words of a phrase, without the clauses hung under it."""
    out = [head] if head.i not in skip else []
    for child in head.children:
        if not _is_clause(child):
            out += _phrase_without_clauses(child, skip)
    return out


def _is_clause(tok: Token) -> bool:
    """A clause hung under a word: "said that …", "which …", a joined verb (not a joined
    noun: "a cleric, his wife and three others")."""
    return tok.dep_ in CLAUSE_DEPS and (tok.dep_ != "conj" or tok.pos_ in ("VERB", "AUX"))


def _is_countryside(doc: Doc, mention) -> bool:
    """"the Idlib countryside", "rural Damascus", "Hama's northern countryside"."""
    after = [t.lower_ for t in doc[mention.end:mention.end + 3]]
    return mention.designator == "countryside" or after[:1] == ["countryside"] or (
        mention.start > 0 and doc[mention.start - 1].lower_ == "rural") or (
        after[:1] in (["'s"], ["’s"]) and "countryside" in after[1:3])


def _designated_in_report_country(mention, countries) -> bool:
    """"Haydan district of Saada province" in a report mostly about Saudi Arabia: a name the
    text calls a place, named exactly as a place of one of the report's countries."""
    return mention.designator in DESIGNATED_PLACES and any(
        c.match == "exact" and c.country_code in countries for c in mention.candidates)


def _measured_from(doc: Doc, mention) -> bool:
    """"80 km west of Baghdad", "235 kilometers (145 miles) north of Colombo": a place named
    to measure a distance from."""
    window = [t.lower_ for t in doc[max(0, mention.start - 8):mention.start]]
    if len(window) < 2 or window[-1] != "of" or window[-2] not in COMPASS_WORDS:
        return False
    return any(w in DISTANCE_UNITS for w in window[:-2])


def _settlement_holder(doc: Doc, settlement: tuple[str, int, int], pool):
    """The place right after an unknown town that says where it is: "the village of X in
    western Y", "X, near Y", "X village in Y district"."""
    _, _, end = settlement
    for mention in sorted(pool, key=lambda m: m.start):
        if mention.start < end or mention.start - end > 4:
            continue
        between = [t.lower_ for t in doc[end:mention.start]]
        if between and between[0] in HOLDER_LINKS and all(
                w in HOLDER_LINKS or w in COMPASS_WORDS for w in between):
            if mention.end + 1 < len(doc) and doc[mention.end].text in ("'s", "’s"):
                # "in North Kivu's Masisi territory": the place inside it holds the town
                return next((m for m in pool if m.start == mention.end + 1), mention)
            return mention
    return None


def _inside(place: Place, holder: Place) -> bool:
    """`place` lies in `holder`: in its region, or within 30 km of its town."""
    if place.country_code != holder.country_code or place.latitude is None:
        return False
    if holder.geo_precision == 3:
        return place.admin1 == holder.admin1
    return haversine_km(place.latitude, place.longitude, holder.latitude,
                        holder.longitude) <= 30


def _names_a_route(doc: Doc, mention) -> bool:
    """"on the Yangon-Mandalay railway", "the Kabul-Kandahar highway": an end of a road or
    line named after the towns it joins, not where on it the event was."""
    def joins(tok: Token) -> bool:
        return namelike(tok) or tok.text in ("-", "–", "/")

    start, end = mention.start, mention.end
    while start > 0 and joins(doc[start - 1]):
        start -= 1
    while end < len(doc) and joins(doc[end]):
        end += 1
    joined = any(t.text in ("-", "–", "/") for t in doc[start:end])
    return joined and end < len(doc) and doc[end].lower_ in ROUTE_WORDS


def _name_from(doc: Doc, start: int) -> str:
    """The proper name that starts at token `start` ("Jisr al-Shughur")."""
    end = start
    while end < len(doc) and (namelike(doc[end]) or (
            doc[end].lower_ in ("del", "de", "al", "el") and end + 1 < len(doc)
            and namelike(doc[end + 1]))):
        end += 1
    return doc[start:max(end, start + 1)].text


def _far_landmark(doc: Doc, root: Token) -> bool:
    """"some 390 km north of Baghdad", "80 kilometers (50 miles) west of Baghdad": a
    landmark farther than LANDMARK_KM, not the event's place."""
    while root.dep_ == "compound" and root.head is not root:
        root = root.head  # "west of Mosul City"
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    of = root.head
    window = doc[max(0, of.i - 8):of.i]
    for tok in window:
        if tok.lower_ not in DISTANCE_UNITS or tok.i == 0:
            continue
        amount = doc[tok.i - 1]
        number = amount.text.replace(",", "")
        if not number.replace(".", "", 1).isdigit():
            continue
        km = float(number) * (1.609 if tok.lower_.startswith("mile") else 1.0)
        return km > LANDMARK_KM
    return False


def _names_an_office(root: Token, clause: Clause) -> bool:
    """"Garissa County Commissioner X said", "according to Basra security chief Y", "Hong
    Kong's chief executive": the place an office holder answers for, when the holder only
    speaks or is spoken of. When the holder is the deed's subject or object ("the mayor of X
    was shot dead", "killed the leaders of the siege of X"), it is the best place the report
    gives; so is "in" after other offices ("a council chairman in west Baghdad"). Still a
    place "the town" can refer back to."""
    tok = root
    while tok.head is not tok:
        head = tok.head
        office = head.lemma_.lower() in OFFICE_NOUNS
        if office and (tok.dep_ in ("compound", "poss") or tok.dep_ == "prep" and (
                tok.lower_ == "of" or tok.lower_ == "in"
                and head.lemma_.lower() in COMMAND_NOUNS)):
            return not _takes_part(head, clause)
        if tok.dep_ not in ATTACHMENT_DEPS:
            return False
        tok = head
    return False


def _takes_part(tok: Token, clause: Clause) -> bool:
    """The word's phrase is the subject or object of one of the clause's verbs ("Abu Ali,
    commander of operations in Raqqa, was killed"; "killed ten militants, including their
    commander in Palmyra")."""
    while tok.dep_ in ATTACHMENT_DEPS and tok.head is not tok:
        tok = tok.head
    ids = {t.i for t in clause.tokens}
    verb = tok.head  # "shot and killed X": a verb joined to the clause's own
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX") and (
        verb.i in ids or verb.dep_ == "conj" and verb.head.i in ids)


def _protested_against(root: Token) -> bool:
    """Deep inside what a protest was against: "protested against the bombing of the embassy
    in Belgrade", "marched to protest a ruling implicating X in a murder in Berlin". A place
    hung directly on the object ("protested against his visit in Sofia") may be where the
    protest was (the parse cannot tell), so it is kept."""
    preps = verbs = 0
    for tok in root.ancestors:
        head = tok.head
        if tok.dep_ == "prep" and tok.lower_ in ("against", "over") \
                and head.lemma_.lower() in PROTEST_LEMMAS:
            return preps >= 2 or verbs >= 1
        if tok.dep_ == "dobj" and head.lemma_.lower() == "protest":
            return verbs >= 1  # "protested the closing of a school in Ciboure": kept
        # "the town of Ghent", "at the university in Ankara": one place, not a deeper object
        naming = tok.lower_ == "of" and head.lemma_.lower() in NAMING_NOUNS or \
            tok.lower_ in ("in", "at") and head.dep_ == "pobj" and head.head.lower_ in (
                "in", "at")
        preps += tok.dep_ == "prep" and not naming
        # "plans to build a reactor in Normandy"; not "a lecture made at the university"
        verbs += tok.pos_ == "VERB" and tok.tag_ != "VBN"
    return False
