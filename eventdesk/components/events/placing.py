"""Placing: where an event happened, as the gazetteer knows it.

The clause's own place first, then "the city" it refers back to, then its sentence's, then
the place the report was last talking about; districts the gazetteer lacks become the city
with the district's name kept (geo_precision 2). Which names can be the place is
`place_mentions`; names the index lacks, `place_names`; distances, `place_measures`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.common import (
    Candidate,
    Context,
    copy_candidate,
    copy_place,
    lexicon,
    line_label_end,
    names_a_place,
)
from eventdesk.components.events.place_fallbacks import (
    report_region,
    sentence_container,
    territory_region,
)
from eventdesk.components.events.place_measures import (
    COMPASS_WORDS,
    LANDMARK_KM,
    is_landmark,
    locates_unknown_place,
    measured_from,
    measured_unknown_place,
    projected_point,
)
from eventdesk.components.events.place_mentions import (
    CITY_PARTS,
    CONTAINMENT_LINKS,
    SITE_WORDS,
    MentionJudge,
    is_home,
    names_a_route,
    names_an_office,
    speaking_verb,
)
from eventdesk.components.events.place_names import (
    WIDE_FEATURES,
    NameReader,
    inside,
    region_holder,
    settlement_holder,
    settlement_in,
)
from eventdesk.components.triggers import Clause
from eventdesk.distance import haversine_km
from eventdesk.geo.build import capital_names
from eventdesk.geo.candidates import is_area, is_wide_region
from eventdesk.geo.countries import CODED_AS, country_name
from eventdesk.geo.normalize import name_key
from eventdesk.geo.words import MONTHS, WEEKDAYS
from eventdesk.records import Place

CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis"})
# how a clause telling another deed hangs in the sentence: joined to the event's ("and women
# were raped in X"), set beside it, or told under a noun ("reports that women were raped")
OTHER_DEED_DEPS = frozenset({"conj", "parataxis", "acl"})
TOLD_APART_KEY = "eventdesk.placing.told_apart"
# "before the front lines were secured", "since the truce": a deed of another time
OTHER_TIME_MARKS = frozenset({"before", "since", "until", "till"})
# "heard since dawn around the army command in X": a time, not another deed
TIMES_OF_DAY = frozenset({"dawn", "daybreak", "sunrise", "morning", "noon", "midday",
                          "afternoon", "evening", "dusk", "sunset", "night", "midnight",
                          "then", "now"})
# "although troops had retaken X": a deed set against the event
CONTRAST_MARKS = frozenset({"whereas", "although", "though"})
# "despite the curfew in Kabul", "despite a deal": no deed of another place, the scene's own
# setting
QUIET_CATEGORIES = frozenset({"group_change", "agreement", "disrupted", "base", "other",
                              "release"})
# "last summer", "last spring": a past season
PERIOD_WORDS = frozenset({"summer", "winter", "spring", "autumn"})
# "weeks after", "months after": long enough after to be another deed ("a day after bombs
# in London" is most often told of the same city)
DURATION_WORDS = frozenset({"week", "month", "year", "decade"})
# "On the outskirts of Talbiseh, north of the city": a town this near the report's main city
# lies at its edge
SATELLITE_KM = 30
# "a man arrested in X", "activists who ...", "militants who ...": nouns of a person or a
# group a clause may describe, fighters and sources too (subtype.shared.PERSON_NOUNS, one
# victim named by trade, is another list)
PERSON_OR_GROUP_NOUNS = frozenset({"man", "woman", "men", "women", "person", "people", "activist",
                                   "member", "leader", "commander", "official", "suspect",
                                   "fighter", "militant", "soldier", "officer", "journalist",
                                   "resident", "businessman", "general", "colleague", "brother",
                                   "son", "group", "movement", "source", "spokesman", "refugee",
                                   "civilian"})
# "in Iraq", "across Syria": a country named as the scene
SCENE_PREPS = frozenset({"in", "inside", "across", "throughout"})


class Placer:
    """Places events; holds the gazetteer, the judge of mentions and the reader of names the
    gazetteer lacks."""

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer
        self.judge = MentionJudge(gazetteer)
        self.names = NameReader(gazetteer, self.judge)

    def same_event_elsewhere(self, doc: Doc, clause: Clause, cand: Candidate):
        """"retook the towns of Makhmour and Gwer": one event per place."""
        ids = {t.i for t in clause.tokens} | _joined_deed_tokens(clause)
        mentions = [m for m in doc._.places or [] if m.start in ids and m.kind == "place"
                    and self.judge.plausible(doc, m)]
        extra = []
        countries = doc._.countries or []
        for mention in mentions:
            head = doc[mention.start:mention.end].root
            if (head.dep_ != "conj" or not any(
                    o.start <= head.head.i < o.end for o in mentions if o is not mention)) \
                    and not _in_a_parallel_phrase(doc, head, mentions, mention) \
                    and not _heads_a_list(doc, head, mentions, mention):
                continue
            if head.head.dep_ == "pobj" and head.head.head.lower_ == "between":
                continue  # "a landmine between Ansongo and Gao": one event, at the first
            place = self.gazetteer.resolve(mention, countries=countries)
            if place is None or place.latitude is None or place_key(place) == \
                    place_key(cand.place) or _names_its_region(doc, head, place, cand.place):
                continue
            copy = copy_candidate(cand)
            place = self._with_precision(doc, clause, place, mention)  # "near X and Y"
            copy.place, copy.fatalities, copy.fatalities_text = place, None, None
            copy.site = None  # a site named beside the first place is not this one's
            extra.append(copy)
        return extra

    def place_for(self, doc, sent, sent_index, clause, ctx) -> Place | None:
        """The event's place: what the clause names, then "the city" it refers back to,
        then what its sentence names, then the place the report was last talking about."""
        clause = _with_shared_verbs(clause)
        ids = {t.i for t in clause.tokens}
        all_mentions = [m for m in doc._.places or [] if sent.start <= m.start < sent.end]
        # not the words of a clause or phrase telling another deed than the clause's
        incident = same_incident_tokens(sent, clause)
        incident_ids = {t.i for t in incident}
        mentions = [m for m in self._scene_mentions(doc, sent, clause, all_mentions)
                    if m.start in incident_ids]
        in_clause = [m for m in mentions if m.start in ids]
        if in_clause and all(is_landmark(doc, m.start) or _where_the_source_is(doc, m)
                             for m in in_clause):
            # "South of Baghdad, ten were killed when a car bomb went off in the town of
            # Suwayra": the clause names a town only to measure from; the town its sentence
            # puts the incident in comes first; so does a town it names beside where the
            # source is ("According to a source in Aleppo, troops foiled an attack that tried
            # to infiltrate Kuweires"), when the index knows that town well
            outside = [m for m in mentions if m.start not in ids and m.kind == "place" and (
                all(is_landmark(doc, o.start) for o in in_clause) or _well_known(m))]
            # "travelled north of the city of Fallujah, 50 km west of Baghdad": a direction
            # with no distance names the place near which it was
            in_clause = [m for m in outside if not is_landmark(doc, m.start)] or [
                m for m in outside if not measured_from(doc, m)
                and all(measured_from(doc, o) for o in in_clause)] or in_clause
        countries = doc._.countries or []
        scene, of_verb = self._scene_country(doc, clause, all_mentions)
        if not mentions and self.names.unknown_near_unknown(doc, clause):
            # "at Zilkan, near Bashiqa", neither in the index: the country, not a guess
            return _country_only(scene or (countries[0] if countries else None))
        place = self._place_from(doc, clause, clause.tokens, in_clause, all_mentions, ctx)
        if place is not None and place.geo_precision == 3 and place.latitude is not None:
            place = self._inside_region(doc, sent, clause, place, mentions)
        if place is not None:
            if of_verb and place.country_code is not None and \
                    CODED_AS.get(place.country_code, place.country_code) != scene:
                # "killed 14 people in Iraq as Washington's new ambassador vowed"
                return _country_only(scene)
            return place
        named = self._named_capital(doc, clause)
        if named is not None:
            # "in the Somali capital", "the Syrian capital": that country's capital; "the
            # al-Bayaa district of the Iraqi capital": its part
            district = self.names.district_phrase(doc, clause.tokens, known=all_mentions)
            part = self.names.district_place(district, named, countries) \
                if district is not None and district[1] is None else None
            return part or self._with_precision(doc, clause, named, None,
                                                anchor=doc[clause.start])
        if scene is not None:
            # "American forces captured him in Iraq": the country, and no point in it; "in
            # the central Gaza Strip": the territory's region
            return self._territory(doc, clause, scene) or _country_only(scene)
        unknown = self.names.unknown_town_name(doc, clause)
        if unknown is not None:
            return self._unknown_town_place(doc, clause, unknown, incident)
        anaphor = town_anaphor(doc, clause)
        referent = self._referent(doc, anaphor, ctx) if anaphor is not None else None
        if referent is not None:
            return self._with_precision(doc, clause, copy_place(referent), None, anchor=anaphor)
        if not in_clause:
            # "the governor, who says he prevented looting as rebels marched on Lubumbashi":
            # a place the sentence names only in what someone says is not the scene
            mentions = [m for m in mentions
                        if not told_aside(doc[m.start:m.end].root, clause)]
            place = self._place_from(doc, clause, incident, mentions, all_mentions, ctx)
            if place is not None:
                return place
        site = self.names.site_name(doc, clause.tokens)
        if site is not None and site.split()[-1].lower() in WIDE_FEATURES:
            # "jets bombed camps in the Sambisa Forest", after a raid on Mafa: a forest or a
            # range is not at the town an earlier deed was at; the report's one region holds
            # it (no point in it), else its country
            code = self._clause_country(doc, clause, all_mentions) or (
                countries[0] if countries else None)
            return report_region(self, doc, code, site) or _country_only(code)
        return self._report_place(doc, clause, sent_index, all_mentions, ctx)

    def _scene_mentions(self, doc: Doc, sent: Span, clause: Clause, all_mentions) -> list:
        """The sentence's place names that can be the event's place: not a country, nor a
        name aside (`MentionJudge.may_be_scene`), nor an office's seat; after a line's
        label when the line names a place of its own."""
        mentions = [m for m in all_mentions if m.kind != "country"
                    and self.judge.may_be_scene(doc, m)
                    and not names_an_office(doc[m.start:m.end].root, clause)]
        label_end = line_label_end(doc, sent)
        if label_end is not None and any(m.start_char >= label_end for m in mentions):
            # "7 Jan – Borno: a bomber struck a checkpoint in Konduga": the line's label
            # names the area the line is about; the place the sentence names is the scene
            mentions = [m for m in mentions if m.start_char >= label_end]
        return mentions

    def _unknown_town_place(self, doc: Doc, clause: Clause, unknown: tuple[str, int],
                            incident=()) -> Place | None:
        """A town the clause names but the index did not find in the text: the index may
        still know it under another spelling; else the one place its sentence gives for it
        (`sentence_container`); else the country the report gives it ("the Niger village of
        Abadam"), else no place rather than a wrong one."""
        name, start = unknown
        countries = doc._.countries or []
        qualifier = self.judge.qualifier_country(doc, start)
        country = [qualifier] if qualifier else countries[:1]
        place = self.gazetteer.resolve_name(name, countries=country)
        if place is not None and place.latitude is not None and place.country_code in country:
            return self._with_precision(doc, clause, place, None, anchor=doc[clause.start])
        code = country[0] if country else None
        incident = _without_other_deeds(incident, clause)
        return sentence_container(self, doc, clause, unknown, code, incident) \
            or report_region(self, doc, code, name) or _country_only(qualifier)

    def _territory(self, doc: Doc, clause: Clause, code: str) -> Place | None:
        """The region of a territory the clause names as its scene ("in the Gaza Strip"),
        under the name of the unknown place in it the clause gives."""
        unknown = self.names.unknown_town_name(doc, clause)
        site = self.names.site_name(doc, clause.tokens)
        return territory_region(self.gazetteer, doc, clause.tokens, code,
                                name=unknown[0] if unknown else site)

    def _referent(self, doc: Doc, anaphor: Token, ctx: Context) -> Place | None:
        """What "the city" refers back to: the report's main city; "the capital" the
        country's; "the town", "the village" the one just named."""
        if anaphor.lower_ == "capital" and doc[anaphor.i - 1].lower_ == "the":
            return self._capital([code for code in doc._.countries or []
                                  if not self._named_only_aside(doc, code)])
        if anaphor.lower_ == "city":
            return ctx.main_city or ctx.focus
        return self._last_town_before(doc, anaphor.i, noun=anaphor.lower_) or ctx.main_city \
            or ctx.focus

    def _named_only_aside(self, doc: Doc, code: str) -> bool:
        """The report names the country only as a destination, an actor or an actor's home
        ("left for a visit to Iran", "Iran denied it") and names no place in it: "the
        capital" is not its capital."""
        names = [m for m in doc._.places or [] if m.kind == "country"
                 and CODED_AS.get(m.country_code, m.country_code) == code]
        if not names or any(
                m.kind != "country" and m.candidates and m.candidates[0].country_code == code
                and self.judge.plausible(doc, m) for m in doc._.places or []):
            return False
        return all(self.judge.is_away(doc, m) or _names_an_actor(doc[m.start:m.end].root)
                   for m in names)

    def _report_place(self, doc: Doc, clause: Clause, sent_index: int, all_mentions,
                      ctx: Context) -> Place | None:
        """Neither the clause nor its sentence names a place: the place of an event told
        in the last two sentences, else the town the report last named, in the country the
        clause names if it names one; else that country."""
        named = self._clause_country(doc, clause, all_mentions)
        recent = ctx.place if ctx.place is not None and sent_index - ctx.place_sent <= 2 \
            else None
        for earlier in (recent, ctx.focus):
            if earlier is not None and (named is None or CODED_AS.get(
                    earlier.country_code, earlier.country_code) == named):
                return copy_place(earlier)
        # "along Lebanon's border with Israel": the side named first, not an actor's
        countries = doc._.countries or []
        return self._territory(doc, clause, named) \
            or report_region(self, doc, named or (countries[0] if countries else None)) \
            or _country_only(named)

    def _place_from(self, doc, clause, tokens, pool, all_mentions, ctx) -> Place | None:
        place, chosen = self._named_place_from(doc, clause, tokens, pool, all_mentions, ctx)
        return place if chosen is None else at_measured_point(
            doc, place, chosen, self.judge.plausible_tokens)

    def _named_place_from(self, doc, clause, tokens, pool, all_mentions, ctx
                          ) -> tuple[Place | None, object]:
        """The place the clause's names give, and the mention it chose from the pool (None
        when the pool is empty)."""
        countries = doc._.countries or []
        base = chosen = None
        if pool:
            mention, container = self._choose_mention(doc, pool, clause)
            chosen = mention
            settlement = self.names.unknown_settlement(doc, tokens)
            holder = settlement_holder(doc, settlement, pool) if settlement else None
            if holder is not None:
                # "the village of X in western Y": Y holds the event, whatever came first
                mention, container = holder, None
            elif container is None:
                container = region_holder(doc, mention, pool, self.judge)
            qualifier = self.judge.qualifier_country(doc, mention.start)
            base = self.gazetteer.resolve(
                mention, countries=[qualifier] if qualifier else countries, container=container)
            if base is not None:
                base = self._countryside(doc, mention, base, countries) or \
                    self._with_precision(doc, clause, base, mention)
                if settlement is not None and " - " not in (base.location or ""):
                    base = settlement_in(base, settlement)
        district = self.names.district_phrase(doc, tokens, known=all_mentions)
        if district is not None:
            container = self.names.named_container(doc, district[1], all_mentions)
            if container is not None and base is not None and inside(base, container):
                container = None  # "Gaya, Fa'a and Zang in Hong LGA of Adamawa": Gaya's
            city = container or base or self._sentence_town(doc, clause, all_mentions)
            if city is None and any(t.lower_ in CITY_PARTS for t in tokens) \
                    and _satellite(ctx.focus, ctx.main_city):
                # "security forces arrested men in the al-Waer district", after a line on
                # Talbiseh, a town outside Homs: a district of the city the report is about
                city = ctx.main_city
            if city is None and ctx.focus is None and ctx.main_city is not None \
                    and not any(t.lower_ in CITY_PARTS for t in tokens) \
                    and self._dateline_only(doc, ctx.main_city):
                # "BAMAKO - ... strikes in the area of Boulkessi": the dateline says where
                # the reporter is; an area it does not call a part of a city is not the
                # dateline city's
                return base, chosen
            city = city or ctx.focus or ctx.main_city
            towns = self._report_towns(doc) if container is None and base is None else None
            place = self.names.district_place(district, city, countries, report_towns=towns)
            if place is not None:
                return place, chosen
        return base, chosen

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
                    or mention.designator in CITY_PARTS or is_landmark(doc, mention.start) \
                    or not self.judge.may_be_scene(doc, mention):
                continue  # "the source told Xinhua": an agency, not the district's town
            place = self.gazetteer.resolve(mention, countries=countries)
            if place is not None and place.latitude is not None and place.geo_precision != 3 \
                    and (not countries or place.country_code in countries):
                return place
        return None

    def _dateline_only(self, doc: Doc, place: Place) -> bool:
        """The report names the town only in its dateline."""
        named = [m for m in doc._.places or [] if m.kind == "place" and m.candidates
                 and m.candidates[0].geonameid == place.geonameid]
        return bool(named) and all(self.judge.is_dateline(doc, m) for m in named)

    def _inside_region(self, doc: Doc, sent: Span, clause: Clause, region: Place, mentions
                       ) -> Place:
        """The clause names only a region ("in the Homs countryside, ISIS launched an
        assault"); its sentence names the town in it that the assault was on ("to recapture
        the village of Maheen"): that town, or the unknown village's name at the region."""
        ids = {t.i for t in clause.tokens}
        countries = doc._.countries or []
        for mention in mentions:
            if mention.start in ids or mention.kind != "place" or _is_countryside(doc, mention) \
                    or measured_from(doc, mention):
                continue
            place = self.gazetteer.resolve(mention, countries=countries)
            if place is not None and place.latitude is not None and place.geo_precision == 1 \
                    and (place.country_code, place.admin1) == (region.country_code,
                                                               region.admin1):
                return self._with_precision(doc, clause, place, mention)
        settlement = self.names.unknown_settlement(doc, list(sent))
        if settlement is None and any(t.lower_ == "capital" and doc[t.i - 1].lower_ ==
                                      "provincial" for t in sent if t.i > 0):
            # "in the Deir Ezzor Governorate, targeting the Al-Rashidiyah District inside the
            # provincial capital": a part of the region's seat
            seat = self.gazetteer.resolve_name(region.admin1 or "", countries=countries)
            district = self.names.district_phrase(doc, list(sent), known=mentions)
            if seat is not None and seat.geo_precision != 3 and seat.latitude is not None \
                    and seat.admin1 == region.admin1 and district is not None \
                    and district[1] is None:
                return self.names.district_place(district, seat, countries) or region
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
                    or mention.start not in ids or self.judge.is_dateline(doc, mention) \
                    or self.judge.in_a_name(doc, mention):
                continue
            tok = doc[mention.start:mention.end].root
            if tok.dep_ != "pobj" or tok.head.lower_ not in SCENE_PREPS:
                continue
            code = CODED_AS.get(mention.country_code, mention.country_code)
            if tok.head.head.pos_ in ("VERB", "AUX") and _own_verb(tok.head.head, clause):
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
                    or mention.start not in ids or self.judge.is_dateline(doc, mention) \
                    or self.judge.in_a_name(doc, mention):
                continue  # "the Islamic State of Iraq launched an offensive": a name
            root = doc[mention.start:mention.end].root
            while root.dep_ == "conj" and root.head is not root:
                root = root.head  # "contested by Iran and Iraq": both are actors
            if root.dep_ in ("nsubj", "nsubjpass", "agent", "compound") \
                    or root.head.dep_ == "agent" or is_home(root):
                continue
            code = CODED_AS.get(mention.country_code, mention.country_code)
            if _across_the_border(root):
                # "strikes close to the border with Burkina Faso" in a Mali report: this
                # side of the border, the report's own country
                others = [c for c in doc._.countries or [] if c != code]
                return others[0] if others else None
            return code
        return None

    def _countryside(self, doc: Doc, mention, base: Place, countries) -> Place | None:
        """"the Idlib countryside", "rural Damascus", "Hama's northern countryside": the
        region named after the city (geo_precision 3), else the city one step less
        precise."""
        if base.geo_precision == 3:
            return None
        if not _is_countryside(doc, mention):
            return None
        name = " ".join(t.text for t in doc[mention.start:mention.end]
                        if t.lower_ not in ("greater", "the"))
        # "the Damascus countryside", "rural Damascus": a province of its own when the index
        # knows one named so (Rif Dimashq, "Rural Damascus"), apart from the city's own
        for query in (f"Rural {name}", f"{name} province"):
            region = self.gazetteer.resolve_name(query, countries=countries)
            if region is not None and region.geo_precision == 3 and region.latitude is not None \
                    and region.country_code == base.country_code:
                return region
        base.geo_precision = max(base.geo_precision or 1, 2)
        return base

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

    def _report_towns(self, doc: Doc) -> list[Place]:
        """The towns the report names, dateline included, with coordinates."""
        countries = doc._.countries or []
        towns = []
        for mention in doc._.places or []:
            heading = mention.text.isupper() and doc[mention.end:mention.end + 1].text in (
                ":", ",")  # "ADEN: Supporters rallied…", an item's own dateline
            if mention.kind == "place" and (heading or self.judge.plausible(doc, mention)):
                place = self.gazetteer.resolve(mention, countries=countries)
                if place is not None and place.latitude is not None:
                    towns.append(place)
        return towns

    def _choose_mention(self, doc: Doc, pool, clause: Clause | None = None):
        """The first place of the clause, with the place that contains it when one follows.
        A town goes before a region or a countryside ("in the northern Aleppo countryside,
        rebels stormed Qabasin"), a town's countryside before a region ("In the department
        of Cauca, dissidents clashed with troops in rural Argelia"), and a town named only
        to measure from after other towns ("near Karmah, 8 km west of Fallujah"; "15 km
        south of Kutum, North Darfur" is Kutum's)."""
        known = self.judge.plausible_tokens
        side = {id(m) for m in pool if _names_a_side_place(doc, m, pool)}
        if len(side) == len(pool):
            side = set()  # the only places named: the best the clause gives
        if clause is not None and not side:
            side = _set_aside_from_the_verb(doc, pool, clause.root)
        ordered = sorted(pool, key=lambda m: (id(m) in side,
                                              2 if (m.kind == "region" or _names_a_region(m))
                                              and not _names_an_area(m)
                                              else 1 if _is_countryside(doc, m) else 0,
                                              (measured_from(doc, m)
                                               or _only_locates(doc, m, pool))
                                              and not locates_unknown_place(doc, m, known(doc)),
                                              names_a_route(doc, m), m.start))
        mention = ordered[0]
        inner = _town_of_its_province(doc, mention, pool, side)
        if inner is not None:
            # "In Saada, a citizen was killed by shelling on villages of Shada": a city named
            # as its province stands for the province; the town in it the clause names is
            # where it happened
            mention = inner
        if is_landmark(doc, mention.start):
            # "in the Chlef province to the west of Algiers": a town outside the region the
            # clause names only says where the region lies
            region = _region_beside(mention, pool)
            if region is not None:
                return region, None
        container = None
        for other in pool:
            if other is mention:
                continue
            between = doc[mention.end:other.start].text.strip().lower()
            if 0 < other.start - mention.end <= 3 and between in CONTAINMENT_LINKS \
                    and not _listed_with(doc, mention, other, pool):
                container = other
                break
            before = doc[other.end:mention.start].text.strip().lower()
            if other.end <= mention.start and before in ("'s", "’s"):
                container = other
                break
        return mention, container

    def _last_town_before(self, doc: Doc, end: int, noun: str | None = None) -> Place | None:
        """The town named last before token `end`, in its sentence or the one before: what
        "the town" refers back to -- the one called a town first ("withdrew from the eastern
        town of Avdiivka ... since the capture of Bakhmut. Russian forces had taken the
        town"), and not one named in a phrase telling another deed. Further back, the
        report's main city is the better guess."""
        countries = doc._.countries or []
        sent = doc[end].sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
        towns = []
        for mention in reversed(doc._.places or []):
            if mention.start >= end or mention.start < start or mention.kind != "place" \
                    or mention.designator in CITY_PARTS or self.judge.is_dateline(doc, mention) \
                    or self.judge.is_away(doc, mention) or is_landmark(doc, mention.start) \
                    or not self.judge.plausible(doc, mention) \
                    or _in_another_deed(doc[mention.start:mention.end].root):
                continue
            place = self.gazetteer.resolve(mention, countries=countries)
            if place is not None and place.latitude is not None:
                towns.append((mention, place))
        named_so = [place for mention, place in towns if noun and mention.designator == noun]
        if named_so or towns:
            return copy_place((named_so or [place for _, place in towns])[0])
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
                    and self.judge.plausible(doc, m) and not self.judge.is_aside(doc, m)]
        body = [m for m in mentions if not self.judge.is_dateline(doc, m)]
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
                    and self.judge.may_be_scene(doc, mention):
                place = self.gazetteer.resolve(mention, countries=countries)
                if place is not None and place.latitude is not None:
                    ctx.focus = place


def town_anaphor(doc: Doc, clause: Clause) -> Token | None:
    """"the town", "the provincial capital": the clause's word for a place named before."""
    for tok in clause.tokens:
        if tok.lower_ in lexicon()["anaphora"] and tok.i > 0 and \
                doc[tok.i - 1].lower_ in ("the", "provincial", "northern", "southern") \
                and not _names_its_own(tok):
            return tok
    return None


def _names_its_own(tok: Token) -> bool:
    """"the capital city of Manila", "the town of Kizlyar": the word introduces the name
    after "of"; it refers back to nothing."""
    noun = tok.head if tok.dep_ == "compound" else tok
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in noun.children)


def told_aside(tok: Token, clause: Clause) -> bool:
    """A word of the sentence outside the clause that hangs under what a person the
    sentence describes says ("the governor, who says he prevented looting as rebels marched
    on X"): no sign of where the clause's deed was. Not an aim ("launched an offensive to
    capture X" is coded at X), nor what the reporter's source says ("rebels who they said
    were planning bombings in X")."""
    # the words above the clause ("..., residents said") hang over the whole sentence
    ids = {t.i for t in clause.tokens} | {clause.root.i} | {a.i for a in clause.root.ancestors}
    for node in [tok, *tok.ancestors]:
        if node.i in ids:
            return False
        if node.dep_ == "relcl" and speaking_verb(node) and any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")
                for c in node.children):
            return True
    return False


def placed_by_anaphor(doc: Doc, clause: Clause) -> bool:
    """The clause names no place of its own, only "the town" of an earlier sentence: its
    place is the referent placing guessed, and an event told before may know it better."""
    clause = _with_shared_verbs(clause)
    if names_a_place(doc, {t.i for t in clause.tokens}):
        return False
    return town_anaphor(doc, clause) is not None


def place_key(place: Place | None) -> str:
    """The place as merging compares it: its name, marked when only a region is known."""
    if place is None:
        return ""
    region = "/region" if place.geo_precision == 3 else ""
    return (place.location or place.admin1 or place.country or "").lower() + region


def at_measured_point(doc: Doc, place: Place | None, mention,
                      known: Callable[[Doc], set[int]]) -> Place | None:
    """"Dhuluiya, 70 kilometres north of Baghdad", Dhuluiya unknown to the index: the event
    placed at the landmark it is measured from moves to the point the text gives (70 km
    north of Baghdad's), under the unknown place's name, geo_precision 2 -- the landmark
    itself is a place the event is not at. The landmark's region is kept only when the
    point is near it. `known` gives the tokens of the names the index knows, asked only
    when the cheap tests pass."""
    if place is None or place.latitude is None or place.geo_precision == 3 \
            or not mention.candidates:
        return place
    measured = measured_unknown_place(doc, mention, known(doc))
    if measured is None:
        return place
    landmark = (place.location or "").split(" - ")[0]
    if name_key(landmark) != name_key(mention.text) and not any(
            c.geonameid == place.geonameid for c in mention.candidates):
        return place  # placed at another name than the landmark's
    moved = copy_place(place)
    moved.latitude, moved.longitude = projected_point(place.latitude, place.longitude,
                                                      measured.km, measured.bearing)
    moved.location = measured.name
    moved.geo_precision = 2
    moved.geonameid = None
    if measured.km > LANDMARK_KM:
        moved.admin1 = moved.admin2 = None  # far from the landmark: maybe another region
    return moved


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


def same_incident_tokens(sent: Span, clause: Clause) -> list[Token]:
    """The words of the clause's sentence that may say where its event was: not those of a
    clause or phrase telling a deed of another time (`tells_another_event`) -- "was captured
    two years after militants bombed a market in X", "were killed before the front lines
    near X were secured" -- nor, when the event's own clause is one, those around it."""
    root = clause.root
    if tells_another_event(root):
        inside = {t.i for t in root.subtree}
        return [t for t in sent if t.i in inside]
    excluded: set[int] = set()
    ancestors = {a.i for a in root.ancestors}
    for tok in _told_apart(sent):
        if tok.i not in excluded and tok.i != root.i and tok.i not in ancestors:
            excluded |= {t.i for t in tok.subtree}
    return [t for t in sent if t.i not in excluded]


def _without_other_deeds(tokens, clause: Clause) -> list[Token]:
    """The words of the sentence without the clauses that have a subject of their own and
    hold neither the event's clause nor a word of it ("killed ten civilians near Mambasa,
    and is concerned by reports that four women were raped in Nizi"): another deed, whose
    places are its own: a joined clause, or one told under a noun ("reports that ...").
    Not a relative clause ("in Kanambe village which lies 120 km north of Kalemie" says
    where the place is), nor "when gunmen attacked X" (the same incident, in news)."""
    own = {t.i for t in clause.tokens} | {a.i for a in clause.root.ancestors}
    excluded: set[int] = set()
    for tok in tokens:
        if tok.i not in own and tok.i not in excluded and _has_own_subject(tok) \
                and tok.dep_ in OTHER_DEED_DEPS \
                and clause.root.i not in {t.i for t in tok.subtree}:
            excluded |= {t.i for t in tok.subtree}
    return [t for t in tokens if t.i not in excluded]


def _told_apart(sent: Span) -> list[Token]:
    """The sentence's words that tell another event or describe an actor, in order: read
    once per sentence (kept on the Doc), not once per clause of it."""
    kept = sent.doc.user_data.setdefault(TOLD_APART_KEY, {})
    key = (sent.start, sent.end)
    if key not in kept:
        kept[key] = [tok for tok in sent if tells_another_event(tok) or describes_an_actor(tok)]
    return kept[key]


def tells_another_event(tok: Token) -> bool:
    """A clause or phrase telling a deed of another time than the one it hangs on: before or
    since it ("before the front lines were secured", "since the truce"), long after it
    ("months after militants tried", "weeks after the fall of X"), or set against it
    ("although troops had retaken X"). Not "when a car bomb went off in X", "while he was
    riding home in X", "after jets bombed X", nor a joined clause ("and his wife was
    wounded"): in news these tell the same incident."""
    marks = [c for c in tok.children if c.dep_ == "mark"] if tok.dep_ == "advcl" else []
    if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep" \
            and tok.ent_type_ not in ("DATE", "TIME") and tok.lemma_.lower() not in TIMES_OF_DAY:
        marks = [tok.head]  # "since the truce", not "since dawn around the base in X"
    for mark in marks:
        word = mark.lower_
        if word in OTHER_TIME_MARKS or word in CONTRAST_MARKS:
            return True
        if word == "to" and mark.head.lower_ == "prior":
            return True  # "prior to this attack in east Aleppo, the army shelled Latakia"
        if word in ("despite", "notwithstanding") and tok.dep_ == "pobj" and any(
                m.start <= tok.i < m.end and m.category not in QUIET_CATEGORIES
                for m in tok.doc._.triggers or ()):
            return True  # "despite the Istanbul bombings, protesters marched in London";
            # not "despite a curfew in Kabul" (no deed: the curfew's place may be the scene)
        if word == "while" and _another_subject(tok):
            return True  # "while another soldier died near Mosul": another deed
        if word == "after" and mark.i > 0 and \
                mark.doc[mark.i - 1].lemma_.lower() in DURATION_WORDS:
            return True
        if word in ("after", "following") and tok.dep_ != "advcl" \
                and _dated_long_before(tok):
            return True  # "following the fall of Palmyra last month" (a clause after
            # "after" more often tells an event of its own, placed in it)
    return False


def _dated_long_before(tok: Token) -> bool:
    """The phrase dates its deed to a past period of its own ("last month", "last year",
    "two weeks ago"): another deed than the event's."""
    for t in tok.subtree:
        if t.ent_type_ != "DATE":
            continue
        if t.lower_ == "ago" or t.lower_ == "last" and t.i + 1 < len(t.doc) \
                and t.doc[t.i + 1].lemma_.lower() in DURATION_WORDS | PERIOD_WORDS:
            return True
    return False


def describes_an_actor(tok: Token) -> bool:
    """A clause describing a person or a group by a deed of its own time ("a man arrested
    on May 16 in Bangkok", "activists arrested in Beijing earlier in the day"), not telling
    the event. Not "militants who attacked a checkpoint in X were killed", nor "militants
    that tried to infiltrate points near X": a deed told with no time of its own is most
    often the same incident's."""
    if tok.dep_ not in ("relcl", "acl") or tok.pos_ not in ("VERB", "AUX"):
        return False
    noun = tok.head
    person = any(c.lower_ in ("who", "whom", "whose") and c.i < tok.i
                 for c in tok.subtree) or noun.ent_type_ in ("PERSON", "NORP", "ORG") \
        or noun.lemma_.lower() in PERSON_OR_GROUP_NOUNS
    if not person:
        return False
    return any(c.dep_ in ("prep", "npadvmod", "advmod") and _another_time(c)
               for c in tok.children)


def _another_time(phrase: Token) -> bool:
    """A date phrase that sets its deed apart from the report's day: a calendar date ("on
    May 16", "in 1991") or a time before it ("earlier in the day", "last year"); not a
    weekday or "today", mostly the event's own day."""
    if phrase.dep_ == "advmod" and phrase.lower_ in ("earlier", "previously"):
        return True  # "arrested in Beijing earlier in the day", however NER tags it
    words = [t for t in phrase.subtree if t.ent_type_ in ("DATE", "TIME")]
    if not words or any(t.lower_ in WEEKDAYS or t.lower_ in ("today", "tonight", "yesterday")
                        for t in words):
        return False
    return any(t.like_num or t.lower_ in MONTHS or t.lower_ in ("earlier", "last", "ago",
                                                                  "previous")
               for t in words)


def _in_another_deed(tok: Token) -> bool:
    """A name inside a phrase or clause telling a deed of another time ("since the capture of
    Bakhmut in May")."""
    return any(tells_another_event(a) for a in [tok, *tok.ancestors])


def _phrase_without_clauses(head: Token, skip: set[int]) -> list[Token]:
    """The words of a phrase, without the clauses hung under it."""
    out = [head] if head.i not in skip else []
    for child in head.children:
        if not _is_clause(child):
            out += _phrase_without_clauses(child, skip)
    return out


def _is_clause(tok: Token) -> bool:
    """A clause hung under a word: "said that …", "which …", a joined verb (not a joined
    noun: "a cleric, his wife and three others"), or a verb with a subject of its own
    ("reports that four women were raped in X": another deed, told under a noun)."""
    return _has_own_subject(tok) or tok.dep_ in CLAUSE_DEPS and (
        tok.dep_ != "conj" or tok.pos_ in ("VERB", "AUX"))


def _has_own_subject(tok: Token) -> bool:
    """A verb with a subject of its own: the head of a clause telling a deed."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                               for c in tok.children)


def _satellite(town: Place | None, city: Place | None) -> bool:
    """Another town than the report's main city, within SATELLITE_KM of it: a town on the
    city's edge, whose name does not make the city's districts its own."""
    if town is None or city is None or town.latitude is None or city.latitude is None \
            or town.geonameid == city.geonameid:
        return False
    return haversine_km(town.latitude, town.longitude, city.latitude,
                        city.longitude) <= SATELLITE_KM


def _own_verb(verb: Token, clause: Clause) -> bool:
    """The clause's verb, or one joined to it: "captured him in Iraq", not "killed when
    their helicopter came down in Basra, arrived back in Britain" (another deed's verb)."""
    while verb.dep_ == "conj" and verb.head is not verb:
        if verb.i == clause.root.i:
            return True
        verb = verb.head
    return verb.i == clause.root.i


def _country_only(code: str | None) -> Place | None:
    """The country alone, with no point in it; none without a country."""
    return Place(country=country_name(code), country_code=code) if code else None


def _names_an_actor(root: Token) -> bool:
    """A country's name as a doer or an owner ("Iran denied", "Iran's envoy", "an Iran
    delegation", "attacked by Iran"), or an actor's home ("businessmen from Iran")."""
    return root.dep_ in ("nsubj", "agent", "compound", "poss") or root.head.dep_ == "agent" \
        or is_home(root)


def _is_countryside(doc: Doc, mention) -> bool:
    """"the Idlib countryside", "rural Damascus", "Hama's northern countryside"."""
    after = [t.lower_ for t in doc[mention.end:mention.end + 3]]
    before = [t.lower_ for t in doc[max(0, mention.start - 3):mention.start]]
    if before[-1:] == ["greater"]:
        before = before[:-1]  # "the eastern countryside of Greater Damascus"
    return mention.designator == "countryside" or after[:1] == ["countryside"] or (
        mention.start > 0 and doc[mention.start - 1].lower_ == "rural") or (
        after[:1] in (["'s"], ["’s"]) and "countryside" in after[1:3]) or \
        before[-2:] == ["countryside", "of"]


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
                and prep.lower_ == first.lower_) or _own_object_and_place(prep, first) \
                or _after_a_side_of_the_first(prep, first):
            return True
    return False


def _after_a_side_of_the_first(prep: Token, first: Token) -> bool:
    """"attacks at Kidal in the north and in Gao in the east": the phrase joined by "and"
    to the first place's compass phrase ("in the north", told beside "at Kidal"), which the
    parse joins it to instead of the first place's."""
    side = prep.head
    return prep.dep_ == "conj" and side.dep_ == "prep" and side.head.i == first.head.i \
        and side.i > first.i and any(c.dep_ == "pobj" and c.lower_ in COMPASS_WORDS
                                     for c in side.children)


def _heads_a_list(doc: Doc, head: Token, mentions, mention) -> bool:
    """"with demonstrations also reported in Omdurman and Atbara": the first town of a list
    joined by "and" is a place of the list as much as the towns joined to it (when it is
    the event's own place, the copy is skipped as that place)."""
    if head.head.lower_ == "between":
        return False  # "between Ansongo and Gao": one event, at the first
    return any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children) and any(
        o is not mention and doc[o.start:o.end].root.dep_ == "conj"
        and doc[o.start:o.end].root.head.i == head.i for o in mentions)


def _joined_deed_tokens(clause: Clause) -> set[int]:
    """"Gunmen killed five soldiers in Kirkuk and wounded three policemen in Mosul": a verb
    joined by "and" to the clause's verb, with no subject and no trigger of its own and an
    object of its own, tells the same attackers' deed at its own place (its words belong
    to no clause)."""
    doc = clause.root.doc
    found: set[int] = set()
    for verb in clause.root.children:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or clause.has_token(verb.i) or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not any(
                c.dep_ == "dobj" for c in verb.children):
            continue
        words = {t.i for t in verb.subtree}
        if not any(m.start in words for m in doc._.triggers or []):
            found |= words
    return found


def _own_object_and_place(prep: Token, first: Token) -> bool:
    """"killed four soldiers in Kirkuk and two policemen in Tikrit", "attacked a police
    station in Kirkuk and an army post in Tikrit", "killed four soldiers in Kirkuk, two
    policemen in Tikrit and a civilian in Baiji", "killed five soldiers in Kirkuk and
    wounded three policemen in Mosul": the same preposition put on a second
    object of its own (a noun with its number or article, joined by "and" to the first
    object or, as the parse often has it, to the first place), each object at its place."""
    if prep.dep_ != "prep" or first.dep_ != "prep" or prep.lower_ != first.lower_:
        return False
    obj = prep.head
    if obj.pos_ == "VERB" and obj.dep_ == "conj" and obj.head.i == first.head.i:
        obj = next((c for c in obj.children if c.dep_ == "dobj"), obj)  # "and wounded three"
        return obj.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("nummod", "det") for c in obj.children)
    if obj.dep_ not in ("conj", "appos") or not (obj.like_num or (
            obj.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ in ("nummod", "det") for c in obj.children))):
        return False  # "killed two people in Idlib and three in Hama": a number stands in
    firsts = {first.head.i, *(c.i for c in first.children if c.dep_ == "pobj")}
    # "in Kirkuk, two policemen in Tikrit and a civilian in Baiji": the parse may hang the
    # second object on the first place as an apposition, the "and" on the list's next item
    return obj.head.i in firsts and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in (*obj.head.children, *obj.children))


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


def _only_locates(doc: Doc, mention, pool) -> bool:
    """Named to measure from ("South of Baghdad, ... in the town of Suwayra") while the pool
    names another place outside its own description ("east of Furqlus, a town between Homs
    and Palmyra" is Furqlus's)."""
    if not is_landmark(doc, mention.start):
        return False
    root = doc[mention.start:mention.end].root
    own = {t.i for t in root.subtree}
    return any(other is not mention and (other.start not in own or _near_it(doc, other, root))
               for other in pool)


def _near_it(doc: Doc, mention, landmark: Token) -> bool:
    """"south of the capital Algiers, near Medea": a place hung on the landmark with "near",
    the nearer place of the two, not a description of the landmark."""
    head = doc[mention.start:mention.end].root.head
    return head.lower_ in ("near", "outside") and head.head.i == landmark.i


def _names_an_area(mention) -> bool:
    """"the East Ghouta region": a listed area (areas.toml) the text calls a region, coded
    at its main town like a town, so it goes before the countryside that holds it."""
    best = mention.candidates[0] if mention.candidates else None
    return best is not None and is_area(best) and not is_wide_region(best)


def _names_a_region(mention) -> bool:
    """"southern Chechnya", "Helmand": a name whose reading is a province, though the text
    does not call it one; it holds the towns and districts the clause also names."""
    return bool(mention.candidates) and mention.candidates[0].is_region


# "the California capital Sacramento", "the Sinaloa state capital of Culiacan": the words
# between a holder and the town it holds
CAPITAL_LINKS = frozenset({"capital", "state capital", "provincial capital", "regional capital",
                           "capital of", "state capital of", "provincial capital of",
                           "regional capital of", "capital ,", "capital city"})


def _well_known(mention) -> bool:
    """Read exactly as a name of the index, or as a sizeable town."""
    best = mention.candidates[0] if mention.candidates else None
    return best is not None and (best.match == "exact" or best.population >= 5_000)


def _where_the_source_is(doc: Doc, mention) -> bool:
    """"According to a military source in Aleppo": where the source is, within the source
    words of an "according to" claim the attribution stage found (doc._.claims)."""
    at = doc[mention.start:mention.end].root.idx
    return any(claim.cue == "according to" and claim.start_char <= at < claim.end_char
               for claim in doc._.claims or ())


def _names_a_side_place(doc: Doc, mention, pool) -> bool:
    """A name the clause gives beside the event's place, when it gives one: where the source
    is ("According to a military source in Damascus, jets struck rebels at Binnish"), a
    person's name the index also knows ("Castro was shot ... on the outskirts of Vitoria",
    "Sadr supporters marched in Najaf"), the holder of the town named next ("the
    California capital Sacramento") or its neighbour ("Manila's neighbouring province of
    Pampanga")."""
    root = doc[mention.start:mention.end].root
    if _where_the_source_is(doc, mention):
        return True
    if root.ent_type_ == "PERSON" and mention.designator is None \
            and root.dep_ in ("nsubj", "nsubjpass", "compound", "poss") and any(
                o is not mention and (o.designator is not None or doc[o.start:o.end].root
                                      .ent_type_ in ("GPE", "LOC", "FAC")) for o in pool):
        return True  # not "took over Wad Madani, the capital of ...", nor "bombed Halabja"
    neighbour = _neighbour_of(doc, mention)
    for other in pool:
        gap = doc[mention.end:other.start].text.strip().lower()
        if other is not mention and 0 < other.start - mention.end <= 4 and gap in CAPITAL_LINKS:
            return True
        if neighbour and other is not mention and 0 < other.start - mention.end <= 5:
            return True  # "in Manila's neighbouring province of Pampanga": Pampanga's
    return _names_a_site_placed_elsewhere(doc, mention, pool) \
        or _describes_another_place(doc, mention, pool)


def _describes_another_place(doc: Doc, mention, pool) -> bool:
    """A name inside a relative clause that describes another place of the pool ("in
    Salahuddin province, which neighbours Mosul's Nineveh province", "the town of X, which
    lies near Y"): where that place lies, not a place of the event; not a clause telling a
    deed there ("X, where gunmen killed five")."""
    tok = doc[mention.start:mention.end].root
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "relcl":
            if any(c.lower_ in ("where", "when") for c in tok.children) or any(
                    m.start <= tok.i < m.end for m in doc._.triggers or ()):
                return False
            noun = tok.head
            return any(o is not mention and o.start <= noun.i <= o.end
                       and not o.start <= mention.start < o.end for o in pool)
        tok = tok.head
    return False


# "Manila's neighbouring province of Pampanga", "Baghdad's adjacent Diyala province"
NEIGHBOUR_WORDS = frozenset({"neighboring", "neighbouring", "adjacent", "adjoining"})


def _neighbour_of(doc: Doc, mention) -> bool:
    """The name only says whose neighbour the next place is ("Manila's neighbouring province
    of Pampanga")."""
    k = mention.end
    return k + 1 < len(doc) and doc[k].lower_ in ("'s", "’s") \
        and doc[k + 1].lower_ in NEIGHBOUR_WORDS


# "the Al-Quds Hospital in Aleppo", "the Nueva Granada University, in Bogota": what puts a
# site named after a town in another place
SITE_PLACE_LINKS = frozenset({"in", "at", ",", "in the", "in central", "in the city of",
                              "in the town of", ", in"})


def _names_a_site_placed_elsewhere(doc: Doc, mention, pool) -> bool:
    """The town's name opens the name of a site ("the Al-Quds Hospital", "Minya University")
    that the clause puts in another place of the pool ("... in Aleppo"): the site's place,
    not the town it is named after."""
    k = mention.end
    while k < len(doc) and k - mention.end < 4 and (doc[k].text[:1].isupper()
                                                    or doc[k].is_space) \
            and doc[k].lower_ not in SITE_WORDS:
        k += 1  # "the Nueva Granada Military University"
    if k >= len(doc) or doc[k].lower_ not in SITE_WORDS:
        return False
    for other in pool:
        if other is mention or not 0 < other.start - k - 1 <= 4:
            continue
        gap = doc[k + 1:other.start].text.strip().lower()
        if gap in SITE_PLACE_LINKS or gap.startswith("in ") and gap.endswith("capital"):
            return True  # "... University in Colombia's capital Bogota"
    return False


# "During the ceremony at X, ... demonstrated in Y": a phrase setting the time of the deed
SETTING_PREPS = frozenset({"during", "amid"})


def _set_aside_from_the_verb(doc: Doc, pool, verb: Token) -> set[int]:
    """The pool's places hung on the event's verb only through its subject ("Ranimat, of
    the village of X near Hebron, detonated a bomb in Tel Aviv"), a clause with a subject
    of its own ("As Blair spoke at a conference in X, people demonstrated in London") or a
    phrase setting the time ("During the ceremony at X, nationalists demonstrated in
    Kiev"), when another place of the pool hangs on the verb directly: those set aside
    (ids of the mentions)."""
    aside, direct = set(), False
    # "The blast in Lucciana, in upper Corsica, destroyed ...": a subject that is the deed
    # itself (a trigger word) is no actor; its place is the deed's
    deeds = {i for m in doc._.triggers or [] for i in range(m.start, m.end)}
    for mention in pool:
        tok, set_off, reached = doc[mention.start:mention.end].root, False, False
        for _ in range(12):
            if tok.i == verb.i:
                reached = True
                break
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.i not in deeds \
                    or tok.dep_ == "prep" \
                    and tok.lower_ in SETTING_PREPS or tok.dep_ == "advcl" and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                set_off = True
            if tok.head.i == tok.i:
                break
            tok = tok.head
        if reached and set_off:
            aside.add(id(mention))
        elif reached and not is_landmark(doc, mention.start):
            # "140 km north of the capital, Lusaka", misparsed onto the verb: a landmark
            # only locates, it sets no place aside
            direct = True
    return aside if direct else set()


def _region_beside(landmark, pool):
    """A region of the landmark's country the pool names, holding another province than the
    landmark's: the place of a clause that measures from a town outside it."""
    if not landmark.candidates:
        return None
    town = landmark.candidates[0]
    for other in pool:
        if other is landmark or not other.candidates or not (
                other.kind == "region" or _names_a_region(other)):
            continue
        best = other.candidates[0]
        if best.country_code == town.country_code and best.admin1 != town.admin1:
            return other
    return None


def _town_of_its_province(doc: Doc, mention, pool, side: set[int]):
    """The town named after `mention`, not listed with it, that lies in the province
    `mention` names ("In Saada, ... shelling on villages of Shada": Shada lies in Saada
    governorate): the nearer place of the two. None when there is none, when `mention` is no
    province's namesake, or when "and"/"or" or a repeated preposition joins them ("shelled
    Idlib and Saraqib", "strikes on the outskirts of Nabatieh, on the town of Bint Jbeil":
    places of a list)."""
    if mention.kind != "place" or not mention.candidates:
        return None
    first = mention.candidates[0]
    key = name_key(mention.text)
    if not first.admin1 or name_key(first.admin1) != key:
        return None
    for other in pool:
        if other is mention or other.start <= mention.end or id(other) in side \
                or other.kind != "place" or not other.candidates or _names_a_region(other) \
                or is_landmark(doc, other.start) or measured_from(doc, other):
            continue
        best = other.candidates[0]
        if best.country_code != first.country_code or not best.admin1 \
                or name_key(best.admin1) != key or name_key(other.text) == key:
            continue
        if any(t.lower_ in ("and", "or", ";") for t in doc[mention.end:other.start]) \
                or _in_a_parallel_phrase(doc, doc[other.start:other.end].root, pool, other):
            continue  # "strikes on the outskirts of X, on the town of Y": a place each
        root = doc[other.start:other.end].root
        if root.dep_ == "conj" or _heads_a_list(doc, root, pool, other):
            continue  # "in Khartoum, with demonstrations also in Omdurman and Atbara": a list
        if _in_a_purpose(root):
            continue  # "an offensive in Homs' countryside to liberate Palmyra": an aim
        return other
    return None


def _in_a_purpose(tok: Token) -> bool:
    """A name inside a "to"-infinitive ("to liberate the city of Palmyra"): what the deed
    aims at, not where it happened."""
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to"
                                               for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _another_subject(verb: Token) -> bool:
    """The verb's subject is "another ..." or "other ..." ("while another three civilians
    lost their lives in Kiziltepe"): others than the main clause's, hurt elsewhere."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        g.lower_ in ("another", "other") and g.i < c.i for g in c.subtree)
        for c in verb.children)


def _listed_with(doc: Doc, mention, other, pool) -> bool:
    """"in Kidal, Gao and Timbuktu": the town after the comma is the next of a list of towns
    (another town of the pool follows it after "and", "or" or a comma), not what holds the
    first; "in Kutum, North Darfur" (a region after the comma, nothing listed after it)
    still says where Kutum lies, and so does the province a town of the same name
    heads ("Bakhmut, Donetsk and Lyman")."""
    if doc[mention.end:other.start].text.strip() != "," or other.kind == "region" \
            or _names_a_region(other):
        return False
    key = name_key(other.text)
    if any(name_key(c.admin1 or "") == key for c in mention.candidates[:1]):
        # "Bakhmut, Donetsk and ...": the first town's province after it -- of its best
        # reading ("Washington, New York, San Francisco": no Washington in New York state)
        return False
    k = other.end
    if k < len(doc) and doc[k].lower_ in ("and", "or", ","):
        k += 1
        if k < len(doc) and doc[k].lower_ in ("and", "or"):
            k += 1  # "Kidal, Gao, and Timbuktu"
        return any(o.start == k and o.kind != "country" for o in pool)
    return False


# "the border with Burkina Faso", "the frontier with Syria": the other side of a border
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _across_the_border(root: Token) -> bool:
    """A country named as what lies across a border ("close to the border with Burkina
    Faso"): where the event was is this side of it."""
    return root.dep_ == "pobj" and root.head.lower_ == "with" \
        and root.head.head.lemma_.lower() in BORDER_NOUNS
