"""`MentionJudge`: whether a place name can be where the event happened."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import lexicon, read_once
from eventdesk.components.events.place_measures import (
    LANDMARK_KM,
    PROJECTED_MAX_KM,
    far_landmark,
    is_landmark,
    locates_unknown_place,
    measure_before,
)
from eventdesk.components.events.place_mentions.actors import names_an_actor, scene_of_actor
from eventdesk.components.events.place_mentions.aftercare import where_cared_for
from eventdesk.components.events.place_mentions.aside import (
    behind_a_deed,
    excepted,
    named_as_a_cause,
    names_another_occasion,
    protested_against,
    where_spoken,
)
from eventdesk.components.events.place_mentions.destinations import (
    locates_a_destination,
    origin_of,
    to_says_where,
    way_of,
)
from eventdesk.components.events.place_mentions.measured_namesakes import measured_namesake
from eventdesk.components.events.place_mentions.other_names import (
    in_a_list,
    longer_name,
    name_opening,
    named_with_its_kind,
    names_a_people,
    nisba,
    opens_a_feature_name,
    opens_a_routes_end,
    town_and_quarter,
)
from eventdesk.components.events.place_mentions.readings import (
    DESIGNATED_PLACES,
    REPORT_TOWN_POPULATION,
    SETTLEMENT_WORDS,
    CountryReader,
    designated_in_report_country,
    lone_reading,
)
from eventdesk.components.events.place_mentions.town_sites import names_a_town_site
from eventdesk.components.events.preamble import opening_dateline, preamble_end
from eventdesk.extensions import (
    doc_entities,
    doc_ext,
    doc_text,
    first_conjunct,
    span_root,
    span_text,
)
from eventdesk.geo.candidates import CITY_PART_DESIGNATORS, joins_a_route, names_a_division
from eventdesk.geo.country_context import DESIGNATED_TOWN_POPULATION, SHARED_BY_MANY
from eventdesk.geo.name_spans import DIVISION_WORDS, LOWER_COMPASS_WORDS, name_part
from eventdesk.geo.span_vetting import TIME_WORDS

PLAUSIBLE_KEY = "eventdesk.plausible"
ASIDE_KEY = "eventdesk.aside"
AWAY_KEY = "eventdesk.away"
PLAUSIBLE_TOKENS_KEY = "eventdesk.plausible_tokens"
# "the battle for X": nouns whose "for" names the place fought over.
CONTESTED_BY = frozenset({"battle", "fight", "fighting", "struggle", "offensive", "assault",
                          "war", "clash", "push", "race"})
# "dislodged the fighters from X", "drove them out from X": where the deed was, not a place left
DRIVEN_FROM_VERBS = frozenset({"dislodge", "drive", "expel", "oust", "evict", "flush", "push",
                               "clear", "rout", "chase", "eject", "force", "purge"})
# "soldiers arrested four men from Jenin", "gunmen kidnapped 20 pupils from Kuriga": people
# taken from a place, most often in raids on their homes there, are taken at that place
TAKEN_FROM_VERBS = frozenset({"arrest", "detain", "abduct", "kidnap", "disappear"})
# "a missile launched towards X", "rockets fired toward X": where the fire was aimed is where
# it struck or was stopped
FIRED_VERBS = frozenset({"fire", "launch", "lob", "shoot"})
# "a blast was reported from Idlib", "reports from northern Hama": news of what happened there
REPORTED_FROM = frozenset({"report"})
# Place words of a part of a city: "the city" never refers back to one. The designators of
# a city's part less "subdistrict", a rural division (a nahiya) as often as a city's.
CITY_PARTS = CITY_PART_DESIGNATORS - {"subdistrict"}
CONTAINMENT_LINKS = (",", "in", "of", "in the", ", in", "district of", "neighbourhood of",
                     "neighborhood of", "suburb of", "quarter of", "area of")


def holder_link(between: str) -> bool:
    """The words between a place and the place named as holding it: `CONTAINMENT_LINKS`, or
    a division named in a phrase of its own ("the community of X, in the municipality of
    Y", "X, municipality of Y", "X in the district of Y"), as local press places villages."""
    if between in CONTAINMENT_LINKS:
        return True
    words = between.replace(",", " , ").split()
    for opener in (",", "in", "the"):
        if words[:1] == [opener]:
            words = words[1:]
    return len(words) == 2 and words[0] in DIVISION_WORDS and words[1] == "of"


class MentionJudge(CountryReader):
    """Judges place mentions."""

    def may_be_scene(self, doc: Doc, mention) -> bool:
        """Not away, not the dateline, not aside, and plausible: a name that can be where
        the event happened."""
        return not self.is_away(doc, mention) and not self.is_dateline(doc, mention) \
            and not self.is_aside(doc, mention) and self.plausible(doc, mention)

    def plausible_tokens(self, doc: Doc) -> frozenset[int]:
        """The report's plausible place names' tokens (names the index knows), read once."""
        tokens = doc.user_data.get(PLAUSIBLE_TOKENS_KEY)
        if tokens is None:
            tokens = doc.user_data[PLAUSIBLE_TOKENS_KEY] = frozenset(
                i for m in doc_ext(doc, "places") or [] if self.plausible(doc, m)
                for i in range(m.start, m.end))
        return tokens

    def is_away(self, doc: Doc, mention) -> bool:
        """Where people went or were driven, not where it happened ("fled towards X"). Read
        once per report and name (the focus, each clause's scene and the judges ask)."""
        return read_once(doc, AWAY_KEY, (mention.start, mention.end),
                         lambda: self._judge_away(doc, mention))

    def _judge_away(self, doc: Doc, mention) -> bool:
        """`is_away` read afresh."""
        tok = span_root(doc, mention.start, mention.end)
        if tok.dep_ == "compound" and tok.head.i >= mention.end \
                and tok.head.lower_ in SETTLEMENT_WORDS:
            tok = tok.head  # "forcing residents to flee to Katsina town": the town's word
        tok = first_conjunct(tok)  # "fled to X and Y": Y as X
        tok = way_of(tok)  # "arrived from the direction of X": as "from X"
        tok = origin_of(tok)  # "came from the village of X", "from X's hills": as "from X"
        if locates_a_destination(tok):
            return True
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in lexicon()["away_preps"] \
                and not opens_a_routes_end(doc, head.i):
            # "entered/pushed into X" is where it happened; "fled towards X" is not; nor is
            # "the battle for X" away.
            if head.lower_ == "for":
                return head.head.lemma_ not in CONTESTED_BY
            if head.lower_ == "from" and is_landmark(doc, mention.start):
                # "the village of X, 20 km from Gusau": a distance, not a way away; a
                # landmark farther than LANDMARK_KM locates nothing
                km = measure_before(doc, head.i).km
                return km is not None and km > LANDMARK_KM
            if head.lower_ == "to" and to_says_where(head):
                return False  # "at the entrance to Bethlehem", "villages close to Algiers"
            if head.lower_ == "from" and head.head.lemma_.lower() in REPORTED_FROM:
                return False  # "a blast was reported from Idlib": where it happened
            verb = head.head
            if verb.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN"):
                verb = verb.head  # "dislodged [fighters from Kukawa]"
            driven = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
            verb = verb.lemma_.lower()
            if head.lower_ == "from" and verb in DRIVEN_FROM_VERBS and driven:
                return False  # "troops dislodged the insurgents from Kukawa"
            if head.lower_ == "from" and verb in TAKEN_FROM_VERBS and driven:
                return False  # "soldiers arrested four men from Jenin": taken there
            if head.lower_ in ("towards", "toward") and verb in FIRED_VERBS:
                return False  # "a ballistic missile launched towards Khamis Mushait"
            return head.lower_ != "to" or head.head.lemma_ not in ("fall",)
        return False

    def is_aside(self, doc: Doc, mention) -> bool:
        """Named beside the event, not as its place: a landmark to measure from ("390 km
        north of Baghdad"), what a protest was against, a place set apart from it ("other
        than Toamasina"), where a speaker spoke ("said in Jos that", "a statement issued in
        Katsina"), where the wounded were treated ("later died in a X hospital"), a deed
        people were behind. Where a speaker is ("a correspondent in Damascus") is mostly
        the scene too: left alone. Read once per report and name."""
        return read_once(doc, ASIDE_KEY, (mention.start, mention.end),
                         lambda: self._judge_aside(doc, mention))

    def _judge_aside(self, doc: Doc, mention) -> bool:
        """`is_aside` read afresh."""
        root = span_root(doc, mention.start, mention.end)
        # a landmark locating a place the index lacks places it, unless too far to
        # measure from ("Rasai I and Rasai II, about 440 km east of Khartoum")
        return (far_landmark(doc, root) and (not locates_unknown_place(
            doc, mention, self.plausible_tokens(doc))
            or far_landmark(doc, root, beyond=PROJECTED_MAX_KM))) \
            or protested_against(root) or names_another_occasion(root) or excepted(root) \
            or named_as_a_cause(root) or where_spoken(root) or where_cared_for(root) \
            or behind_a_deed(root)

    @staticmethod
    def in_a_name(doc: Doc, mention) -> bool:
        """Part of an actor's or an organisation's name ("the Islamic State of Iraq", "the
        Free Syrian Army"): no sign of where anything happened."""
        if any(a.start <= mention.start and mention.end <= a.end
               for a in doc_ext(doc, "actors") or []):
            return True
        if joins_a_route(doc, mention.start, mention.end, first_only=True):
            return False  # "the Maiduguri-Damboa road", NER's organisation: a town's road
        return any(ent.label_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW")
                   and ent.start <= mention.start and mention.end <= ent.end
                   and longer_name(ent, mention) for ent in doc_entities(doc))

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
        for actor in doc_ext(doc, "actors") or []:
            if actor.start < mention.end and mention.start < actor.end \
                    and not scene_of_actor(doc, mention, actor):
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
            while part_end > mention.end and doc[part_end - 1].lower_ in TIME_WORDS:
                part_end -= 1  # "on Zaporizhzhia overnight": NER took the time into a name
            if ent.label_ in ("ORG", "NORP", "PERSON", "WORK_OF_ART", "LAW") \
                    and start <= mention.start and mention.end <= part_end \
                    and (part_end - start) > (mention.end - mention.start) \
                    and not possessive and not names_a_town_site(doc, mention, ent) \
                    and not names_a_division(doc, mention.start, mention.end,
                                             mention.designator) \
                    and not named_with_its_kind(ent, mention) \
                    and not joins_a_route(doc, mention.start, mention.end, first_only=True) \
                    and not in_a_list(doc, mention, ent) \
                    and not (ent.start == mention.start and town_and_quarter(doc, mention)):
                return False  # "Abuja's International Conference Centre" is in Abuja
        if mention.text.isupper() and len(mention.text) <= 5 \
                and not names_the_dateline_city(doc, mention):
            return False  # acronyms: SANA is a news agency, not Sanaa
        if opens_a_feature_name(doc, mention):
            return False  # "along the Ottawa River": the river, not the town
        if nisba(mention):
            return False  # "al-Baghdadi was injured": a man's name, not Baghdad
        if name_opening(doc, mention):
            return False  # "including Abu Arrab": a man's name, not Mount Abu
        if names_a_people(doc, mention):
            return False  # "the Tibu and Zwai ethnic groups", "six Zwai civilians"
        if self._foreign_namesake(doc, mention) or measured_namesake(doc, mention):
            return False
        if names_an_actor(doc, mention):
            return False
        countries = doc_ext(doc, "countries") or []
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
        if designated_in_report_country(mention, countries):
            return True
        if not countries and mention.designator in DESIGNATED_PLACES \
                and best.match != "transliteration" \
                and best.population >= DESIGNATED_TOWN_POPULATION:
            # "the town of Muqdadiya" in a report that names no country: another spelling
            # of a sizeable town (with a country named, a town elsewhere is a namesake)
            return True
        if lone_reading(doc, mention) and (not countries or best.country_code in countries):
            # "airstrikes on the towns of Nubbul and Alzahraa" in a report that names no
            # country, "a car bomb in Beledweyne" in one that names Nairobi more: a name NER
            # calls a place, read in one of the report's countries only, a sizeable town --
            # no namesake of a place the report's first country has
            return True
        holder = self._stated_holder(doc, mention)
        if holder is not None and any(
                (c.country_code, c.admin1) == (holder.country_code, holder.admin1)
                and c.match != "transliteration" for c in mention.candidates):
            # "El Carmen, in Norte de Santander province": a reading inside what the report
            # says holds it
            return True
        named = {m.country_code for m in doc_ext(doc, "places") or [] if m.kind == "country"}
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
        for other in doc_ext(doc, "places") or []:
            if not 0 < other.start - mention.end <= 3 or not other.candidates \
                    or other.kind not in ("place", "region"):
                continue
            between = span_text(doc, mention.end, other.start).strip().lower()
            if holder_link(between) and self.plausible(doc, other):
                return other.candidates[0]
        return None


def names_the_dateline_city(doc: Doc, mention) -> bool:
    """"DIFFA — Gunmen attacked …": the short name in capitals that opens the report's dateline is
    the city it was filed from, no acronym; the outlet in brackets after it ("HOMS (SANA) –") is."""
    match = opening_dateline(doc_text(doc))
    if match is None:
        return False
    city = match.group()
    if city.lstrip().startswith("("):  # "(Beirut) –": the city is the bracket's
        return mention.end_char <= match.start() + city.find(")")
    city_end = match.start() + min((k for k in (city.find("("), city.find(",")) if k >= 0),
                                   default=len(city))
    return mention.end_char <= city_end
