"""The Placer: the clause's place, "the city" it refers back to, its sentence's, the report's."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.components.events.common import copy_place
from eventdesk.components.events.place_fallbacks import in_region, report_region
from eventdesk.components.events.place_mentions import CITY_PARTS, MentionJudge, names_an_office
from eventdesk.components.events.place_mentions.other_names import only_a_roads_end
from eventdesk.components.events.place_names import (
    WIDE_FEATURES,
    NameReader,
    inside,
    named_at,
    region_held,
    region_holder,
    settlement_holder,
    settlement_in,
)
from eventdesk.components.events.place_names.own_names import keeps_own_name
from eventdesk.components.events.place_names.reader import namesake_region_town
from eventdesk.components.events.placing.abroad import loose_namesake, namesake_abroad
from eventdesk.components.events.placing.anaphora import (
    city_in_focus,
    dateline_here,
    place_told_beside,
    residents_town,
    told_aside,
    town_anaphor,
)
from eventdesk.components.events.placing.deeds import (
    same_incident_tokens,
    tells_an_unnamed_place,
    without_other_deeds,
)
from eventdesk.components.events.placing.district_villages import village_of_the_district
from eventdesk.components.events.placing.filed_district import filed_district
from eventdesk.components.events.placing.focus import FocusFinder
from eventdesk.components.events.placing.institutions import institution_capital
from eventdesk.components.events.placing.joined_first import with_joined_verbs
from eventdesk.components.events.placing.landmarks import past_landmarks
from eventdesk.components.events.placing.named_before import held_here_or_before
from eventdesk.components.events.placing.named_camp import camp_named_before
from eventdesk.components.events.placing.places import (
    at_measured_point,
    city_part_told,
    country_only,
    line_countries,
    measured_district,
    part_known_apart,
    part_read_in_another_city,
    satellite,
)
from eventdesk.components.events.placing.same_area import in_the_same_area, remember
from eventdesk.components.events.placing.scene_country import scene_country, within_the_deed
from eventdesk.components.events.placing.unread_holder import beside_a_lone_town
from eventdesk.components.events.preamble import line_label_end
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root
from eventdesk.geo.countries import coded_country
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place, is_city_part


class Placer(FocusFinder):
    """Places events; holds the gazetteer, the judge of mentions, the reader of unknown names."""

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer
        self.judge = MentionJudge(gazetteer)
        self.names = NameReader(gazetteer, self.judge)

    def place_for(self, doc, sent, sent_index, clause, ctx) -> Place | None:
        """The event's place: what the clause names, then "the city" it refers back to,
        then what its sentence names, then the place the report was last talking about;
        never a namesake abroad (`abroad.namesake_abroad`)."""
        clause = with_joined_verbs(clause)
        place = self._place_for(doc, sent, sent_index, clause, ctx)
        place = namesake_abroad(self, doc, sent, clause, place) \
            or loose_namesake(self, doc, place) or place
        place = institution_capital(self, doc, clause, place) or place
        place = in_the_same_area(doc, sent, place) or place  # "in the same district"
        remember(doc, place)
        return place

    def _place_for(self, doc, sent, sent_index, clause, ctx) -> Place | None:
        ids = {t.i for t in clause.tokens}
        all_mentions = [m for m in doc_ext(doc, "places") or [] if sent.start <= m.start < sent.end]
        # not the words of a clause or phrase telling another deed than the clause's
        incident = same_incident_tokens(sent, clause)
        incident_ids = {t.i for t in incident}
        mentions = [m for m in self._scene_mentions(doc, sent, clause, all_mentions)
                    if m.start in incident_ids]
        in_clause = past_landmarks(doc, clause, incident, mentions, [
            m for m in mentions if m.start in ids], self.judge.plausible_tokens(doc))
        countries = doc_ext(doc, "countries") or []
        scene, of_verb = scene_country(self.judge, doc, clause, all_mentions)
        if not mentions and self.names.unknown_near_unknown(doc, clause):
            # "at Zilkan, near Bashiqa", neither in the index: the country, not a guess
            return country_only(scene or (countries[0] if countries else None))
        place = dateline_here(self, doc, clause, scene, this_town=True) \
            or village_of_the_district(self, doc, clause, in_clause, self._place_from(
                doc, clause, clause.tokens, in_clause, all_mentions, ctx))
        if place is not None and place.geo_precision == 3 and place.latitude is not None:
            place = self._inside_region(doc, sent, clause, place, mentions)
        if place is not None:
            if of_verb and place.country_code is not None and \
                    coded_country(place.country_code) != scene:
                # "killed 14 people in Iraq as Washington's new ambassador vowed"
                return country_only(scene)
            return place
        if (named := self._named_capital(doc, clause)) is not None:
            # "in the Somali capital", "the Syrian capital": that country's capital; "the
            # al-Bayaa district of the Iraqi capital": its part
            district = self.names.district_phrase(doc, clause.tokens, known=all_mentions)
            part = self.names.district_place(district, named, countries) \
                if district is not None and district[1] is None else None
            return part or self._with_precision(doc, clause, named, None,
                                                anchor=doc[clause.start])
        if scene is not None:
            # "Rebels in southern Syria agreed to a deal reached in the town of Nawa":
            # a town of that country the sentence names is nearer than the country
            own = [m for m in mentions if within_the_deed(doc[m.start], clause.root)]
            town = None if of_verb or in_clause or not own else self._sentence_place(
                doc, clause, incident, own, all_mentions, ctx)
            if town is not None and town.latitude is not None \
                    and coded_country(town.country_code) == scene:
                return town
            # "American forces captured him in Iraq": the country, and no point in it; "in
            # the central Gaza Strip": the territory's region
            return self._territory(doc, clause, scene, incident) or country_only(scene)
        unknown = self.names.unknown_town_name(doc, clause) or self.own_name_abroad(doc, clause) \
            or residents_town(self.judge, doc, clause)
        if unknown is not None:
            return self._unknown_town_place(doc, clause, unknown, incident)
        if (here := dateline_here(self, doc, clause, countries[0] if countries else None)):
            return here
        anaphor = town_anaphor(doc, clause)
        referent = self._referent(doc, anaphor, ctx) if anaphor is not None else None
        if referent is not None:
            return self._with_precision(doc, clause, copy_place(referent), None, anchor=anaphor)
        if not in_clause:
            if (place := self._sentence_place(doc, clause, incident, mentions, all_mentions,
                                              ctx)) is not None:
                return place
        site = self.names.site_name(doc, clause.tokens)
        if site is not None and site.split()[-1].lower() in WIDE_FEATURES:
            # "jets bombed camps in the X Forest" after a raid on Y: a forest or range is not
            # at an earlier deed's town; the report's one region holds it, else its country
            code = self._clause_country(doc, clause, all_mentions) or (
                countries[0] if countries else None)
            return report_region(self, doc, code, site) or country_only(code)
        return camp_named_before(self, doc, clause) \
            or self._report_place(doc, clause, sent_index, all_mentions, ctx)

    def _sentence_place(self, doc, clause, incident, mentions, all_mentions, ctx):
        """The place the clause's sentence names outside the clause for its incident."""
        # "the governor, who says he prevented looting as rebels marched on Lubumbashi": a
        # place the sentence names only in what someone says is not the scene
        mentions = [m for m in mentions if not told_aside(span_root(doc, m.start, m.end), clause)]
        if tells_an_unnamed_place(clause):
            # "a barrel bomb killed 10 in a southern town and one woman died in raids on
            # Aleppo": the clause's own town, unnamed, is not another deed's place
            own = {t.i for t in without_other_deeds(incident, clause)}
            mentions = [m for m in mentions if m.start in own]
        return self._place_from(doc, clause, incident, mentions, all_mentions, ctx)

    def _scene_mentions(self, doc: Doc, sent: Span, clause: Clause, all_mentions) -> list:
        """The sentence's place names that can be the event's place: not a country, nor a
        name aside (`MentionJudge.may_be_scene`), nor an office's seat; after a line's
        label when the line names a place of its own."""
        mentions = [m for m in all_mentions if m.kind != "country"
                    and self.judge.may_be_scene(doc, m)
                    and not names_an_office(span_root(doc, m.start, m.end), clause)]
        label_end = line_label_end(doc, sent)
        if label_end is not None and any(m.start_char >= label_end for m in mentions):
            # "7 Jan – Borno: a bomber struck a checkpoint in Konduga": the line's label
            # names the area the line is about; the place the sentence names is the scene
            mentions = [m for m in mentions if m.start_char >= label_end]
        return mentions

    def _unknown_town_place(self, doc: Doc, clause: Clause, unknown: tuple[str, int],
                            incident=()) -> Place | None:
        """A town the clause names but the index did not find in the text: the index may
        still know it under another spelling; else the dateline town the clause calls "here"
        (`anaphora.dateline_here`); else the one place its sentence, or an earlier one naming
        it, gives for it (`held_here_or_before`); else the report's one region (even of one
        town: `beside_a_lone_town`); else its name in its country, no point: not a wrong one."""
        name, start = unknown
        countries = line_countries(doc, doc[start].idx)
        sent = doc[start].sent
        # "the Nigerien village of X", "Camp Qandil, a base in northeastern Jordan": the
        # country the clause puts it in, not the one the report is most about
        qualifier = self.judge.qualifier_country(doc, start) or scene_country(
            self.judge, doc, clause, [m for m in doc_ext(doc, "places") or []
                                      if sent.start <= m.start < sent.end])[0]
        country = [qualifier] if qualifier else countries[:1]
        place = self.gazetteer.resolve_name(name, countries=country)
        if place is not None and place.latitude is not None and place.country_code in country:
            return self._with_precision(doc, clause, place, None, anchor=doc[clause.start])
        code = country[0] if country else None
        if (beside := place_told_beside(self, doc, start, name, code)) is not None:
            return beside  # "nearby X village", "X, a suburb of the town", "in the capital"
        return dateline_here(self, doc, clause, code, name) or held_here_or_before(
            self, doc, clause, unknown, code, without_other_deeds(incident, clause)) \
            or report_region(self, doc, code, name,
                             lone_town=lambda: beside_a_lone_town(self.gazetteer, doc, unknown)) \
            or filed_district(self, doc, code, name) or country_only(
                code, name if keeps_own_name(self.gazetteer, doc, name) else None)

    def _place_from(self, doc, clause, tokens, pool, all_mentions, ctx) -> Place | None:
        place, chosen = self._named_place_from(doc, clause, tokens, pool, all_mentions, ctx)
        return place if chosen is None else measured_district(self.gazetteer, doc, place, chosen,
            all_mentions) or at_measured_point(doc, place, chosen, self.judge.plausible_tokens)

    def _named_place_from(self, doc, clause, tokens, pool, all_mentions, ctx
                          ) -> tuple[Place | None, object]:
        """The place the clause's names give, and the mention chosen (None: empty pool)."""
        countries = line_countries(doc, doc[clause.start].idx)
        base = chosen = settlement = None
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
            if qualifier is None and container is None:
                base = self._in_its_countryside(doc, mention, base, pool, countries)
                home = self._home_reading(doc, mention, base, pool, countries)
                if home is not None:
                    mention, base = home
                    chosen = mention
            if base is not None:
                base = self._countryside(doc, mention, base, countries) or \
                    self._with_precision(doc, clause, base, mention)
                if settlement is not None and only_a_roads_end(doc, mention):
                    # "the village of X on the Y-Z highway": no village of the road's end
                    return self._unknown_town_place(doc, clause, settlement[:2], tokens), chosen
                if settlement is not None and not is_city_part(base):
                    # "the area of Tame, Arauca": a town of the region NER did not mark
                    base = namesake_region_town(self.gazetteer, settlement[0], base) \
                        or in_region(self.gazetteer, doc, mention, base, settlement)
                city = ctx.focus or ctx.main_city
                if city_part_told(doc, mention):
                    if part_read_in_another_city(base, mention.text, city):
                        # "the city's Kyivskyi district" of a Kharkiv report: Kharkiv's
                        base = self.names.district_place((mention.text, None), city,
                                                         countries)
                    else:
                        base = part_known_apart(base, city) or base
        district = self.names.named_part(doc, tokens, known=all_mentions)
        bare = district is None  # "in Marjeh": nothing calls the name a part of a city
        if bare:
            district = self.names.bare_part(doc, [t.i for t in tokens], all_mentions)
        if district is not None:
            container = self.names.named_container(doc, district[1], all_mentions)
            if container is not None and base is not None and inside(base, container):
                container = None  # "Gaya, Fa'a and Zang in Hong LGA of Adamawa": Gaya's
            city = container or base or self._sentence_town(doc, clause, all_mentions)
            if city is base and base is not None and only_a_roads_end(doc, chosen) \
                    and (unknown := named_at(tokens, district[0]))[1] >= 0:
                # "at X on the Y-Z highway", "in X, between Y and Z": a village by the road,
                # no part of the town at its end; kept by name in the region told
                return self._unknown_town_place(doc, clause, unknown, tokens), chosen
            if city is None and any(t.lower_ in CITY_PARTS for t in tokens) \
                    and satellite(ctx.focus, ctx.main_city):
                # "security forces arrested men in the al-Waer district", after a line on
                # Talbiseh, a town outside Homs: a district of the city the report is about
                city = ctx.main_city
            if city is None and ctx.focus is None and ctx.main_city is not None \
                    and not any(t.lower_ in CITY_PARTS for t in tokens) \
                    and self._dateline_only(doc, ctx.main_city):
                # "BAMAKO - ... strikes in the area of Boulkessi": the dateline says where the
                # reporter is; an area not called a part of a city is not the dateline city's
                return base, chosen
            if city is None and bare:
                unknown = named_at(tokens, district[0])
                city = self.city_of_a_bare_name(doc, clause.sent, unknown, ctx)
                if city is None:  # "killed six policemen in Marjeh": that town, unplaced
                    return self._unknown_town_place(doc, clause, unknown, tokens), chosen
            city = city or city_in_focus(self, doc, tokens, ctx)
            if city is None and (unknown := named_at(tokens, district[0]))[1] >= 0:
                return self._unknown_town_place(doc, clause, unknown, tokens), chosen
            towns = self._report_towns(doc) if container is None and base is None else None
            place = self.names.district_place(district, city, countries, report_towns=towns,
                                              tokens=tokens)
            if city is base and self._held_in_region(base, place, district[0], tokens):
                place = region_held(base, district[0])
            if place is not None and settlement is not None and place.geo_precision == 3 \
                    and not is_city_part(place) \
                    and name_key(settlement[0]) not in (name_key(district[0]),
                                                        name_key(district[1] or "")):
                place = settlement_in(place, settlement)  # "X village of Y district"
            if place is not None:
                return place, chosen
        return base, chosen
