"""Which place names can be the event's place: not a place left or fled to (`is_away`), the
dateline, a landmark or what a protest was against (`is_aside`), a name that is an actor's,
an office's or an outlet's, or a far-away homonym (`plausible`).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import lexicon, namelike, preamble_end, read_once
from eventdesk.components.events.happened import modality
from eventdesk.components.events.place_measures import (
    COMPASS_WORDS,
    LANDMARK_KM,
    PROJECTED_MAX_KM,
    far_landmark,
    is_landmark,
    locates_unknown_place,
    measure_before,
)
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_entities
from eventdesk.geo.build import capital_names
from eventdesk.geo.candidates import (
    BIG_CITY_POPULATION,
    CITY_PART_DESIGNATORS,
    WELL_KNOWN_POPULATION,
    names_a_division,
)
from eventdesk.geo.country_context import DESIGNATED_TOWN_POPULATION, SHARED_BY_MANY
from eventdesk.geo.name_spans import LOWER_COMPASS_WORDS, name_part
from eventdesk.geo.normalize import ARABIC_ARTICLES, name_key

PLAUSIBLE_KEY = "eventdesk.plausible"
PEOPLE_KEY = "eventdesk.people_names"
ASIDE_KEY = "eventdesk.aside"
PLAUSIBLE_TOKENS_KEY = "eventdesk.plausible_tokens"
# Another spelling of a town of one of the report's countries counts from this size
# ("Qamishli" for Al Qāmishlī); smaller, it is as likely a namesake
REPORT_TOWN_POPULATION = 5_000
SITE_WORDS = {"college", "university", "school", "hospital", "prison", "airport", "market",
              "mosque", "church", "stadium", "hotel", "camp", "base", "station", "port",
              "square", "bridge", "barracks", "refinery", "dam", "academy", "airbase",
              "airfield", "court"}
# "New Delhi police shot dead a man", "shot by London police": a town's own police, which
# acts in the town -- the town is the scene, not an actor's name or home
TOWN_FORCE_NOUNS = frozenset({"police", "policemen", "policeman"})
# "the battle for X": nouns whose "for" names the place fought over.
CONTESTED_BY = frozenset({"battle", "fight", "fighting", "struggle", "offensive", "assault",
                          "war", "clash", "push", "race"})
# "Washington's new ambassador", "Moscow's withdrawal", "with Damascus's approval", "Tokyo's
# hardline approach": a place standing for its government
ACTOR_NOUNS = frozenset({"ambassador", "envoy", "president", "government", "minister",
                         "ministry", "official", "spokesman", "leader", "ally", "embassy",
                         "regime", "administration", "delegation", "representative",
                         "approval", "withdrawal", "decision", "consent", "refusal",
                         "policy", "policies", "approach", "relationship", "relations",
                         "stance"})
# "slamming Washington for trade pressure", "condemned Moscow": a capital blamed is its
# government, not a place
BLAME_VERBS = frozenset({"slam", "criticize", "criticise", "condemn", "denounce", "accuse",
                         "blame", "lambast", "castigate", "rebuke", "fault"})
# "its relations with Beijing", "a hardline approach toward Tehran": a government dealt with
RELATION_NOUNS = frozenset({"relationship", "relations", "ties", "approach", "policy",
                            "stance", "rapprochement", "dialogue"})
# "pro-Pyongyang Koreans", "anti-Moscow rebels": a side taken, a government
ALLEGIANCE_WORDS = frozenset({"pro", "anti"})
# "Moscow denied it", "Kyiv has not commented": a capital that speaks (the verbs of saying of
# the modality table) or reacts is its government
REACTION_VERBS = frozenset({"comment", "respond", "reject", "react", "dismiss", "acknowledge",
                            "admit", "protest"})
# "a Washington-based reporter", "a firm of North Carolina", "a man from Ohio": a home
HOME_COMPOUNDS = frozenset({"based", "born", "headquartered", "registered"})
HOME_NOUNS = frozenset({"firm", "company", "corporation", "contractor", "employee", "native",
                        "citizen", "national", "businessman", "student", "tourist", "immigrant"})
# "fighters from Homs attacked a post outside the town": armed men named, as the doers, by
# where they come from, who act elsewhere ("60 people from X village were killed" is most
# often told of victims at home; "from" a place on a deed's verb is left to `is_away`)
ORIGIN_NOUNS = frozenset({"fighter", "militant", "rebel", "gunman", "insurgent", "soldier",
                          "volunteer", "jihadist", "jihadi"})
# "a brigade based in Szczecin", "stationed at Fort Bliss, Texas": a unit's or person's home
HOME_VERBS = frozenset({"base", "station", "headquarter", "register", "bear", "reside"})
# Links a place climbs through to the word it describes ("the port city of Szczecin").
ATTACHMENT_DEPS = frozenset({"pobj", "prep", "appos", "conj", "compound", "nmod"})
# "protested against the offensive in Gaza", "to protest a ruling on a murder in Berlin":
# the protest's object, not where people gathered
PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "rally", "march", "demonstration",
                            "demonstrator", "protester"})
# A name as a subject ("Castro marched", "Maldonado was captured"), not after "in" nor as a
# modifier ("the Idlib countryside"); and the one told ("told Xinhua").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dative", "appos"})
NAMING_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "area",
                          "governorate", "state", "county", "neighbourhood", "neighborhood",
                          "suburb", "camp", "capital"})
# "the town of X", "X village", "X, a town near Y": words that name a settlement
SETTLEMENT_WORDS = frozenset({"town", "towns", "village", "villages", "city", "municipality",
                              "settlement", "settlements", "hamlet", "community", "locality",
                              "localities"})
# "the town of X", "X district": a place word that makes another spelling of a sizeable
# place plausible in a report that names no country
DESIGNATED_PLACES = SETTLEMENT_WORDS | {"district", "province"}
# "the entrance to X": the edge of the place, not a way away from it
EDGE_NOUNS = frozenset({"entrance", "gate", "gates", "approach", "approaches", "doorstep"})
# "Pereira's cousin", "Sadr's militiamen": a person's kin or followers, never a town's
KIN_NOUNS = frozenset({"cousin", "cousins", "uncle", "nephew", "niece", "aunt", "grandson",
                       "granddaughter", "grandfather", "grandmother", "widow", "stepson",
                       "stepdaughter", "militiamen", "militiaman", "followers", "loyalists",
                       "disciples"})
# "the Kinshasa-appointed governor", "a Damascus-backed militia": a government's doing
ACTOR_COMPOUNDS = frozenset({"appointed", "backed", "sponsored", "funded", "installed"})
# "Washington killed scores", "Tehran captured 15 sailors": a capital as the doer of a deed
# is its government; not "Kabul saw heavy fighting", "Damascus hosted talks"
EXPERIENCE_VERBS = frozenset({"see", "witness", "host", "experience", "suffer", "record",
                              "have", "face", "endure", "welcome", "receive", "mark", "hold",
                              "celebrate", "become", "remain", "get", "take"})
# "Uribe's vehicle", "near Deri's home": what a person has, never a town's
PERSONAL_NOUNS = frozenset({"home", "house", "residence", "car", "vehicle", "wife", "husband",
                            "son", "daughter", "brother", "sister", "father", "mother",
                            "family", "bodyguard", "driver", "funeral", "body", "office"})
# "the conservative government in Madrid", "the regime in Damascus": a government, by its seat
GOVERNMENT_NOUNS = frozenset({"government", "regime", "administration", "cabinet"})
# "dislodged the fighters from X", "drove them out from X": the place the deed was done in,
# not a place left
DRIVEN_FROM_VERBS = frozenset({"dislodge", "drive", "expel", "oust", "evict", "flush", "push",
                               "clear", "rout", "chase", "eject", "force", "purge"})
# "a missile launched towards X", "rockets fired toward X": where the fire was aimed is where
# it struck or was stopped
FIRED_VERBS = frozenset({"fire", "launch", "lob", "shoot"})
# "close to X", "next to X": "to" that says where, not whither
NEXT_TO_WORDS = frozenset({"close", "next", "adjacent", "closer"})
# Place words of a part of a city: "the city" never refers back to one. The designators of
# a city's part less "subdistrict", a rural division (a nahiya) as often as a city's.
CITY_PARTS = CITY_PART_DESIGNATORS - {"subdistrict"}
# "the Yangon-Mandalay railway", "the Kabul-Kandahar highway": a way between two towns
ROUTE_WORDS = frozenset({"road", "highway", "railway", "railroad", "rail", "motorway",
                         "expressway", "freeway", "route", "pipeline", "line", "corridor",
                         "axis", "track"})
# "along Jos Road in Potiskum", "on Haifa Street": a street named after a town
STREET_WORDS = ROUTE_WORDS | {"street", "avenue", "boulevard"}
# "the Kabul-Ghazni main road": words describing a route before its noun
ROUTE_MODIFIERS = 2
CONTAINMENT_LINKS = (",", "in", "of", "in the", ", in", "district of", "neighbourhood of",
                     "neighborhood of", "suburb of", "quarter of", "area of")
# "said the Garissa County Commissioner", "Oaxaca's governor": a place that names an
# office's seat or reach
OFFICE_NOUNS = frozenset({"mayor", "governor", "commander", "emir", "leader", "chief",
                          "chairman", "councilman", "councillor", "commissioner",
                          "superintendent", "executive", "director", "head"})
# "according to the ISIS emir in Tal Afar": offices whose "in" names their reach
COMMAND_NOUNS = frozenset({"commander", "emir", "leader", "governor", "chief"})
# "the Khasavyurt ceasefire agreement", "the Athens Olympic Games": occasions named after
# the place they were held
NAMED_OCCASIONS = frozenset({"agreement", "accord", "accords", "treaty", "ceasefire", "truce",
                             "summit", "talks", "conference", "games", "olympics",
                             "declaration", "protocol", "report", "inquiry", "commission",
                             # "against the Geneva initiative", "the Oslo peace process"
                             "initiative", "process", "pact", "deal", "convention",
                             "negotiations", "roadmap"})
# "the ringleader of the Paris attacks", "victims of the Bhopal tragedy": an event recalled
RECALLED_EVENTS = frozenset({"attack", "attacks", "bombing", "bombings", "massacre",
                             "tragedy", "disaster", "killings", "siege", "uprising", "riots"})
# "the Ottawa River", "the Diaoyu Islands": a long or scattered feature's name the index
# lacks, opened by a town's (the index holds towns and regions, no water); not "Basilan
# Island", "the Jaffna Peninsula" or "Manila Bay", mostly the land or town of that name
FEATURE_NAME_WORDS = frozenset({"river", "islands", "strait", "sea", "canal"})
# "the state news service, Sana", "the official news agency, Petra": an outlet, not a town
OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "weekly", "broadcaster",
                          "television", "radio", "channel", "website"})


class MentionJudge:
    """Judges place mentions; holds the gazetteer (demonyms, country names)."""

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer

    def may_be_scene(self, doc: Doc, mention) -> bool:
        """Not away, not the dateline, not aside, and plausible: a name that can be where
        the event happened."""
        return not self.is_away(doc, mention) and not self.is_dateline(doc, mention) \
            and not self.is_aside(doc, mention) and self.plausible(doc, mention)

    def plausible_tokens(self, doc: Doc) -> frozenset[int]:
        """The tokens of the report's plausible place names: the names the index knows.
        Read once per report."""
        tokens = doc.user_data.get(PLAUSIBLE_TOKENS_KEY)
        if tokens is None:
            tokens = doc.user_data[PLAUSIBLE_TOKENS_KEY] = frozenset(
                i for m in doc._.places or [] if self.plausible(doc, m)
                for i in range(m.start, m.end))
        return tokens

    def is_away(self, doc: Doc, mention) -> bool:
        tok = doc[mention.start:mention.end].root
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head  # "fled to X and Y": Y as X
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in lexicon()["away_preps"]:
            # "entered/pushed into X" is where it happened; "fled towards X" is not; nor is
            # "the battle for X" away.
            if head.lower_ == "for":
                return head.head.lemma_ not in CONTESTED_BY
            if head.lower_ == "from" and is_landmark(doc, mention.start):
                # "the village of X, 20 km from Gusau": a distance, not a way away; a
                # landmark farther than LANDMARK_KM locates nothing
                km = measure_before(doc, head.i).km
                return km is not None and km > LANDMARK_KM
            if head.lower_ == "to" and head.head.lemma_.lower() in EDGE_NOUNS:
                return False  # "demonstrated at the entrance to Bethlehem"
            if head.lower_ == "to" and head.head.lower_ in NEXT_TO_WORDS:
                return False  # "villages close to Algiers": near it, not a way to it
            verb = head.head
            if verb.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN"):
                verb = verb.head  # "dislodged [fighters from Kukawa]"
            driven = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
            verb = verb.lemma_.lower()
            if head.lower_ == "from" and verb in DRIVEN_FROM_VERBS and driven:
                return False  # "troops dislodged the insurgents from Kukawa"
            if head.lower_ in ("towards", "toward") and verb in FIRED_VERBS:
                return False  # "a ballistic missile launched towards Khamis Mushait"
            return head.lower_ != "to" or head.head.lemma_ not in ("fall",)
        return False

    def is_aside(self, doc: Doc, mention) -> bool:
        """Named beside the event, not as its place: a landmark to measure from ("390 km
        north of Baghdad"), what a protest was against ("protested against the bombing of
        the embassy in Belgrade"), or a place set apart from it ("the only area other than
        Toamasina").

        Where a speaker is ("a correspondent in Damascus", "said in Baghdad") is left alone:
        in news it is mostly where the event was too, and a fronted "in northern Homs, soldiers
        said" parses the same. Read once per report and name."""
        return read_once(doc, ASIDE_KEY, (mention.start, mention.end),
                         lambda: self._judge_aside(doc, mention))

    def _judge_aside(self, doc: Doc, mention) -> bool:
        """`is_aside` read afresh."""
        root = doc[mention.start:mention.end].root
        # a landmark locating a place the index lacks places it, unless too far to
        # measure from ("Rasai I and Rasai II, about 440 km east of Khartoum")
        return (far_landmark(doc, root) and (not locates_unknown_place(
            doc, mention, self.plausible_tokens(doc))
            or far_landmark(doc, root, beyond=PROJECTED_MAX_KM))) \
            or _protested_against(root) or names_another_occasion(root) or excepted(root)

    @staticmethod
    def in_a_name(doc: Doc, mention) -> bool:
        """Part of an actor's or an organisation's name ("the Islamic State of Iraq", "the
        Free Syrian Army"): no sign of where anything happened."""
        if any(a.start <= mention.start and mention.end <= a.end for a in doc._.actors or []):
            return True
        return any(ent.label_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW")
                   and ent.start <= mention.start and mention.end <= ent.end
                   and _longer_name(ent, mention) for ent in doc_entities(doc))

    @staticmethod
    def is_dateline(doc: Doc, mention) -> bool:
        """"HOMS, May 10 (SHN) –": the place and outlet the report was filed from."""
        return mention.start_char < preamble_end(doc)

    def plausible(self, doc: Doc, mention) -> bool:
        """Cached per report and mention; see `_judge_plausible`."""
        return read_once(doc, PLAUSIBLE_KEY, (mention.start, mention.end),
                         lambda: self._judge_plausible(doc, mention))

    def _judge_plausible(self, doc: Doc, mention) -> bool:
        """A place in the report's countries, or an exact name of a sizeable place, that is
        not part of an actor's or an organisation's name.

        Guards against near-homonyms in faraway countries ("Human" for Uman), and against
        "al-Shabaab" or "the African Union" read as places."""
        if not mention.candidates:
            return False
        for actor in doc._.actors or []:
            if actor.start < mention.end and mention.start < actor.end \
                    and not _towns_police(doc, mention):
                return False
        possessive = mention.end < len(doc) and doc[mention.end].text in ("'s", "’s")
        for ent in doc_entities(doc):
            if not (ent.start <= mention.start and mention.end <= ent.end):
                continue  # a name part lies inside its entity: only one holding the mention
            start = ent.start  # "west Aleppo": a compass word is no part of a name
            while start < mention.start and doc[start].text in LOWER_COMPASS_WORDS:
                start += 1
            part_start, part_end = name_part(ent, mention.start)
            start = max(start, part_start)
            if ent.label_ in ("ORG", "NORP", "PERSON", "WORK_OF_ART", "LAW") \
                    and start <= mention.start and mention.end <= part_end \
                    and (part_end - start) > (mention.end - mention.start) \
                    and not possessive and not self._names_a_site(doc, mention, ent) \
                    and not names_a_division(doc, mention.start, mention.end,
                                             mention.designator) \
                    and not _in_a_list(doc, mention, ent) \
                    and not (ent.start == mention.start and _town_and_quarter(doc, mention)):
                return False  # "Abuja's International Conference Centre" is in Abuja
        if mention.text.isupper() and len(mention.text) <= 5:
            return False  # acronyms: SANA is a news agency, not Sanaa
        if _opens_a_feature_name(doc, mention):
            return False  # "along the Ottawa River": the river, not the town
        if _nisba(mention):
            return False  # "al-Baghdadi was injured": a man's name, not Baghdad
        if _name_opening(doc, mention):
            return False  # "including Abu Arrab": a man's name, not Mount Abu
        if _names_a_people(doc, mention):
            return False  # "the Tibu and Zwai ethnic groups", "six Zwai civilians"
        if self._foreign_namesake(doc, mention):
            return False
        if self._names_an_actor(doc, mention):
            return False
        countries = doc._.countries or []
        qualifier = self.qualifier_country(doc, mention.start)
        if qualifier is not None:
            # "the South Sudanese town of Raga": a reading in that country, or none
            return any(c.country_code == qualifier and c.match != "transliteration"
                       for c in mention.candidates)
        # the report's own country first: "Tripoli" in a Libya report is not the Lebanese one
        best = next((c for c in mention.candidates if countries and
                     c.country_code == countries[0] and (
                         c.match == "exact" or c.match == "normalised"
                         and c.population >= REPORT_TOWN_POPULATION)),
                    mention.candidates[0])
        if countries and best.country_code == countries[0]:
            return True
        if best.country_code in countries[1:] and (best.match == "exact" or (
                best.match == "normalised" and best.population >= REPORT_TOWN_POPULATION)) \
                and self._supported(doc, mention, best.country_code):
            # "Turkish border guards fired on protesters in the city of Qamishli": a town of
            # another country the report is about, which a foreign actor's demonym outweighs
            return True
        if _designated_in_report_country(mention, countries):
            return True
        if not countries and mention.designator in DESIGNATED_PLACES \
                and best.match != "transliteration" \
                and best.population >= DESIGNATED_TOWN_POPULATION:
            # "the town of Muqdadiya" in a report that names no country: another spelling
            # of a sizeable town (with a country named, a town elsewhere is a namesake)
            return True
        if not countries and _lone_reading(doc, mention):
            # "airstrikes on the towns of Nubbul and Alzahraa" in a report that names no
            # country: a name NER calls a place, read in one country only, a sizeable town
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
        if best.is_region and len({c.country_code for c in mention.candidates
                                   if c.is_region and c.match == "exact"}) >= SHARED_BY_MANY:
            return False  # "Eastern Province" with no country of its in the report: whose?
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
            if between in CONTAINMENT_LINKS and self.plausible(doc, other):
                return other.candidates[0]
        return None

    def qualifier_country(self, doc: Doc, at: int) -> str | None:
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
        label = next((e.label_ for e in doc_entities(doc) if e.start <= mention.start
                      and mention.end <= e.end), "")
        root = doc[mention.start:mention.end].root
        argument = root.dep_ in ARGUMENT_DEPS or (
            root.dep_ == "dobj" and root.head.lemma_.lower() in modality().words["speech"])
        if label in ("GPE", "LOC", "FAC") or not argument:
            return False  # "the village of Malisevo", "captured Birao": places whatever NER says
        best = mention.candidates[0]
        if best.population >= BIG_CITY_POPULATION:
            return False
        others = [m for m in doc._.places or [] if m is not mention]
        supported = self._supported(doc, mention, best.country_code)
        countries = doc._.countries or []
        if label not in ("", "NORP") and best.population < WELL_KNOWN_POPULATION \
                and not best.is_region and (not supported or countries
                                            and best.country_code != countries[0]):
            return True  # "Castro ... outside Spain's embassy in central Havana"
        return not supported and any(m.kind == "country" for m in others)

    def _supported(self, doc: Doc, mention, code: str) -> bool:
        """Something else in the report points to the country: another name read there, or
        a demonym ("Millan" read as Milan is its own only evidence for Italy)."""
        return any(
            (m.country_code if m.kind == "country" else m.candidates[0].country_code
             if m.candidates else None) == code
            for m in doc._.places or [] if m is not mention) or any(
            self.gazetteer.demonym_country(t.text) == code
            for t in doc if t.text[:1].isupper())

    @staticmethod
    def _names_an_actor(doc: Doc, mention) -> bool:
        """"Washington's new ambassador", "Moscow denied it", "a firm of North Carolina", "a
        Washington-based reporter": a government or an actor's home, not where the event
        happened."""
        end = mention.end
        root = doc[mention.start:end].root
        if _towns_police(doc, mention):
            return False  # "shot by London police": the town's force, acting in it
        if root.dep_ == "poss" and root.head.lemma_.lower() in ACTOR_NOUNS:
            return True
        if root.dep_ == "poss" and root.head.lemma_.lower() in PERSONAL_NOUNS \
                and root.ent_type_ not in ("GPE", "LOC"):
            return True  # "when Uribe's vehicle traveled through Barranquilla": a person
        if root.dep_ == "nsubj" and speaking_verb(root.head) \
                and name_key(mention.text) in _capital_keys() \
                and sum(c.dep_ == "nsubj" for c in root.head.children) == 1:
            return True
        if root.dep_ == "dobj" and root.head.lemma_.lower() in BLAME_VERBS \
                and name_key(mention.text) in _capital_keys():
            return True  # "slamming Washington for alleged trade pressure": a government
        if _allegiance(doc, mention.start) or root.dep_ == "pobj" \
                and root.head.lower_ in ("with", "toward", "towards") \
                and root.head.head.lemma_.lower() in RELATION_NOUNS:
            return True  # "pro-Pyongyang Koreans", "relations with Beijing": a government
        if root.dep_ == "poss" and root.head.lower_ in KIN_NOUNS:
            return True  # "Pereira's cousin was shot": a person, whatever NER says
        if root.dep_ == "pobj" and root.head.lower_ == "in" \
                and root.head.head.lemma_.lower() in GOVERNMENT_NOUNS:
            return True  # "plans by the conservative government in Madrid": a government
        if end + 1 < len(doc) and doc[end].text in ("-", "–") \
                and doc[end + 1].lower_ in HOME_COMPOUNDS | ACTOR_COMPOUNDS:
            return True
        if mention.text.endswith(("-", "–")) and end < len(doc) \
                and doc[end].lower_ in HOME_COMPOUNDS | ACTOR_COMPOUNDS:
            return True  # "the Kinshasa- appointed governor"
        if _fused_to_a_word(doc, end):
            return True  # "the Yamaguchi-gumi", "a Mosul-bound convoy": a word of its own
        if _in_a_given_name(root):
            return True  # "a battle dubbed 'Today is your day Aleppo'": a name
        if root.dep_ == "appos" and (root.head.lemma_.lower() in OUTLET_NOUNS or any(
                c.dep_ == "compound" and c.lower_ == "news" for c in root.head.children)):
            return True  # "the state news service, Sana": an outlet
        while root.dep_ in ("conj", "compound", "appos") and root.head is not root:
            root = root.head  # "signed by Moscow and Dushanbe"
        if root.dep_ == "nsubj" and name_key(mention.text) in _capital_keys() \
                and _done_at_another_place(doc, root):
            return True  # "Moscow and Kyiv signed a deal in Istanbul": governments acting
        if root.dep_ == "nsubj" and root.i == doc[mention.start:end].root.i \
                and name_key(mention.text) in _capital_keys() and acts_on_someone(root.head):
            return True  # "Washington and its allies killed scores of fighters"
        if root.dep_ == "agent" or root.dep_ == "pobj" and root.head.dep_ == "agent":
            return True  # "an agreement signed by Moscow": a government acting
        return is_home(root)

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


def _towns_police(doc: Doc, mention) -> bool:
    """"New Delhi police", "the Medellin police commander": a town's name right before the
    word for its police."""
    return mention.end < len(doc) and doc[mention.end].lower_ in TOWN_FORCE_NOUNS \
        and doc[mention.start:mention.end].root.dep_ == "compound"


def _opens_a_feature_name(doc: Doc, mention) -> bool:
    """A town's name opening a feature's ("the Ottawa River", "China's Diaoyu Islands"): the
    feature, miles long and beside no one town, not the town. A region's name is kept."""
    after = doc[mention.end] if mention.end < len(doc) else None
    best = mention.candidates[0] if mention.candidates else None
    return after is not None and after.text[:1].isupper() \
        and after.lower_ in FEATURE_NAME_WORDS and best is not None and not best.is_region


def _longer_name(ent, mention) -> bool:
    """The part of the entity that holds the mention is a longer name than the mention's."""
    start, end = name_part(ent, mention.start)
    return start <= mention.start and mention.end <= end \
        and end - start > mention.end - mention.start


def is_home(root: Token) -> bool:
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
            if tok.lower_ == "from" and tok.i < root.i and not any(
                    t.dep_ == "prep" and t.lower_ != "of" for t in root.doc[tok.i + 1:root.i]) \
                    and head.lemma_.lower() in ORIGIN_NOUNS and head.dep_ == "nsubj":
                return True  # "fighters from Homs attacked", not "from a base in Homs",
                # nor "dislodged fighters from Kukawa" (the place they were driven from)
        tok = head
    return False


def _fused_to_a_word(doc: Doc, end: int) -> bool:
    """The name is joined by a hyphen to a lower-case word ("Yamaguchi-gumi", "Mosul-bound",
    "Beirut-style"): a word of its own that only mentions the place; not a longer name's
    particle ("Port-au-Prince", "Dar-ul-Aman")."""
    if end + 1 >= len(doc) or doc[end].text not in ("-", "–") or doc[end].whitespace_ \
            or doc[end - 1].whitespace_:
        return False
    word = doc[end + 1]
    return word.is_alpha and word.is_lower and len(word) >= 3 and not (
        end + 2 < len(doc) and doc[end + 2].text in ("-", "–"))


# "a battle dubbed ...", "an operation codenamed ...": the words a name is given by
NAMING_VERBS = frozenset({"dub", "name", "call", "codename", "title"})


def _in_a_given_name(root: Token) -> bool:
    """The name is part of a name given to something ("a battle dubbed 'Today is your day
    Aleppo'", "an operation called Euphrates Shield")."""
    tok = root
    for _ in range(4):
        if tok.dep_ in ("oprd", "xcomp", "attr") and tok.head.lemma_.lower() in NAMING_VERBS \
                and tok.head.dep_ in ("acl", "relcl", "amod"):
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _allegiance(doc: Doc, start: int) -> bool:
    """"pro-Pyongyang", "pro- Pyongyang", "anti-Moscow": the name follows a word of taking
    sides."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before.rstrip("-–") in ALLEGIANCE_WORDS and before[-1:] in ("-", "–"):
        return True
    return start > 1 and before in ("-", "–") and doc[start - 2].lower_ in ALLEGIANCE_WORDS


def speaking_verb(verb: Token) -> bool:
    """A verb of saying or reacting ("said", "denied", "responded"): a capital as its
    subject is a government speaking, a place after it where the speaker was."""
    lemma = verb.lemma_.lower()
    return lemma in modality().words["speech"] or lemma in REACTION_VERBS


def acts_on_someone(verb: Token) -> bool:
    """An active verb with an object, of a deed, not of witnessing ("killed scores", not
    "saw clashes")."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in EXPERIENCE_VERBS \
        and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


# "other than X", "rather than X", "apart from X", "except X": the place the text says the
# scene is not
EXCEPTING = {"than": ("other", "rather"), "from": ("apart", "aside"),
             "except": None, "excluding": None}


def excepted(root: Token) -> bool:
    """A place named as an exception: "the only area other than Toamasina", "every town
    except Goma", "apart from Kabul"."""
    tok = root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "other than X and Y": Y as X
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ not in EXCEPTING:
        return False
    heads = EXCEPTING[prep.lower_]
    return heads is None or prep.head.lower_ in heads \
        or prep.i > 0 and prep.doc[prep.i - 1].lower_ in heads


def names_another_occasion(root: Token) -> bool:
    """A place in the name of another occasion: "the 1996 Khasavyurt ceasefire agreement",
    "the Athens Olympic Games", "the ringleader of the Paris terror attacks", "victims of the
    Bhopal gas tragedy", "a group blamed for the Bali bombings", "the Arad report",
    "Northern Ireland's peace process" -- not "killed in the Hasakah clashes", the event
    itself."""
    tok = root
    while tok.dep_ in ("compound", "amod", "poss") and tok.head is not tok \
            and tok.head.i > tok.i:
        tok = tok.head
    if tok is root:
        return False
    lemma = tok.lemma_.lower()
    return lemma in NAMED_OCCASIONS or (
        lemma in RECALLED_EVENTS and tok.dep_ == "pobj" and (
            tok.head.lower_ in ("of", "to") or tok.head.lower_ == "for"
            and tok.head.head.lemma_.lower() in BLAMED_WORDS))


# "a group blamed for the Bali bombings", "jailed for the Paris attacks": a deed recalled as
# the reason for another
BLAMED_WORDS = frozenset({"blame", "responsible", "convict", "sentence", "jail", "charge",
                          "try", "accuse", "wanted", "want", "hang", "execute", "indict"})


def _done_at_another_place(doc: Doc, subject: Token) -> bool:
    """The subject's verb says where its deed was done: "in", "at" or "near" a place the
    subject does not name ("in Istanbul", "in Aleppo countryside")."""
    inside = {t.i for t in subject.subtree}
    for tok in subject.head.subtree:
        if tok.i in inside or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "near"):
            continue
        if any(tok.left_edge.i <= m.start and m.start <= tok.i and m.kind != "country"
               for m in doc._.places or []):
            return True
    return False


@functools.cache
def _capital_keys() -> frozenset[str]:
    """The world's capitals by name key: the names that stand for governments."""
    return frozenset(name_key(name) for name in capital_names().values() if name)


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


def _designated_in_report_country(mention, countries) -> bool:
    """"Haydan district of Saada province" in a report mostly about Saudi Arabia: a name the
    text calls a place, named exactly as a place of one of the report's countries."""
    return mention.designator in DESIGNATED_PLACES and any(
        c.match == "exact" and c.country_code in countries for c in mention.candidates)


def names_a_route(doc: Doc, mention) -> bool:
    """"on the Yangon-Mandalay railway", "the Kabul-Ghazni main road": an end of a road or
    line named after the towns it joins, not where on it the event was; "along Jos Road in
    Potiskum", "on Haifa Street": a street named after a town, which lies elsewhere."""
    def joins(tok: Token) -> bool:
        return namelike(tok) or tok.text in ("-", "–", "/")

    start, end = mention.start, mention.end
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in STREET_WORDS:
        return True
    while start > 0 and joins(doc[start - 1]):
        start -= 1
    while end < len(doc) and joins(doc[end]):
        end += 1
    if not any(t.text in ("-", "–", "/") for t in doc[start:end]):
        return False
    # "main", "old", "international": a word or two describing the road may come first
    for tok in doc[end:end + ROUTE_MODIFIERS + 1]:
        if tok.lower_ in ROUTE_WORDS:
            return True
        if not (tok.is_alpha and tok.is_lower):
            return False
    return False


def names_an_office(root: Token, clause: Clause) -> bool:
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
        if tok.dep_ not in ATTACHMENT_DEPS and tok.dep_ != "poss":
            # "superintendent of Narathiwat's Sungai Kolok district": through an owner too
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
    in Belgrade", "marched to protest a ruling implicating X in a murder in Berlin",
    "protesting China's crackdown on riots in Tibet" (a deed's place, under the object). A
    place hung directly on the object ("protested against his visit in Sofia") may be where
    the protest was (the parse cannot tell), so it is kept."""
    preps = verbs = 0
    deed = False
    for tok in root.ancestors:
        head = tok.head
        if tok.dep_ == "prep" and tok.lower_ in ("against", "over") \
                and head.lemma_.lower() in PROTEST_LEMMAS:
            return preps >= 2 or verbs >= 1
        if tok.dep_ == "dobj" and head.lemma_.lower() == "protest":
            # "protested the closing of a school in Ciboure": kept
            return verbs >= 1 or deed and preps >= 2
        deed = deed or tok.lemma_.lower() in RECALLED_EVENTS or tok.lower_ in RECALLED_EVENTS
        # "the town of Ghent", "at the university in Ankara": one place, not a deeper object
        naming = tok.lower_ == "of" and head.lemma_.lower() in NAMING_NOUNS or \
            tok.lower_ in ("in", "at") and head.dep_ == "pobj" and head.head.lower_ in (
                "in", "at")
        preps += tok.dep_ == "prep" and not naming
        # "plans to build a reactor in Normandy"; not "a lecture made at the university"
        verbs += tok.pos_ == "VERB" and tok.tag_ != "VBN"
    return False


def _town_and_quarter(doc: Doc, mention) -> bool:
    """"the streets of Daraa al-Balad", which NER calls a person: a sizeable town of the
    report's country named exactly, opening the name, then its quarter ("al-" and a name),
    is that town's quarter, not part of a person's name ("Abul Hassan al-Tunsi" is one; "Al-
    Wadi Al-Akhdar" in a Lebanon report is no quarter of El Oued in Algeria)."""
    k = mention.end
    if doc[mention.start].lower_ in ARABIC_ARTICLES:
        return False  # "Al-Wadi Al-Akhdar": one name of two parts, not a town's quarter
    if k + 2 >= len(doc) or doc[k].lower_ not in ARABIC_ARTICLES or doc[k + 1].text != "-" \
            or not doc[k + 2].text[:1].isupper() or not mention.candidates:
        return False
    best = mention.candidates[0]
    countries = doc._.countries or []
    return best.match == "exact" and best.population >= WELL_KNOWN_POPULATION \
        and not best.is_region and bool(countries) and best.country_code == countries[0]


# "Abu Arrab", "Umm Hassan", "Ibn Saud": words that open an Arabic name
NAME_OPENINGS = frozenset({"abu", "umm", "ibn", "bin", "bint", "abd"})


def _name_opening(doc: Doc, mention) -> bool:
    """The mention is only the opening word of an Arabic name whose whole the index does not
    know ("Abu Arrab"): part of a person's or an unknown place's name, never a place alone."""
    return mention.end - mention.start == 1 and mention.text.lower() in NAME_OPENINGS \
        and mention.end < len(doc) and doc[mention.end].text[:1].isupper()


def _names_a_people(doc: Doc, mention) -> bool:
    """The report calls the name an ethnic group's somewhere ("the Zwai ethnic groups"):
    every mention of it names that people ("six Zwai civilians"), not the town that shares
    the name."""
    return name_key(mention.text) in _people_names(doc)


def _people_names(doc: Doc) -> frozenset[str]:
    """The keys of the place names right before "ethnic", read once per report."""
    names = doc.user_data.get(PEOPLE_KEY)
    if names is None:
        names = doc.user_data[PEOPLE_KEY] = frozenset(
            name_key(m.text) for m in doc._.places or []
            if m.end < len(doc) and doc[m.end].lower_ == "ethnic")
    return names


def _nisba(mention) -> bool:
    """"al-Baghdadi", "at-Tounisi": an Arabic article, then a place's name with the "-i" of
    origin -- a person's name or an adjective ("of Baghdad"), never the place itself."""
    first, _, rest = mention.text.partition("-")
    key = name_key(mention.text)
    if first.lower() not in ARABIC_ARTICLES or not rest or not key.endswith("i"):
        return False
    return any(name_key(c.name) + "i" == key or name_key(c.matched_name or "") + "i" == key
               for c in mention.candidates)


def _lone_reading(doc: Doc, mention) -> bool:
    """A name NER calls a place (the whole of its entity), whose readings other than loose
    transliterations all lie in one country, the best of them a town of
    DESIGNATED_TOWN_POPULATION or more ("Nubbul", a spelling of Nubl the index holds)."""
    if not any(e.start == mention.start and e.end == mention.end and e.label_ in ("GPE", "LOC")
               for e in doc_entities(doc)):
        return False
    readings = [c for c in mention.candidates if c.match != "transliteration"]
    if not readings or len({c.country_code for c in readings}) != 1:
        return False
    best = readings[0]
    return not best.is_region and best.population >= DESIGNATED_TOWN_POPULATION
