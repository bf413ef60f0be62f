"""The Placer's base: what it reads from the gazetteer and the report besides the clause's
own names."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import (
    Context,
    copy_place,
    lexicon,
)
from eventdesk.components.events.place_fallbacks import (
    report_region,
    territory_region,
)
from eventdesk.components.events.place_measures import (
    is_landmark,
)
from eventdesk.components.events.place_mentions import (
    CITY_PARTS,
    is_home,
    names_a_route,
    on_a_routes_description,
)
from eventdesk.components.events.placing.anaphora import main_city_named_before
from eventdesk.components.events.placing.choosing import MentionChooser
from eventdesk.components.events.placing.deeds import (
    across_the_border,
    in_another_deed,
    names_an_actor,
)
from eventdesk.components.events.placing.introduced import introduced_place, refers_back
from eventdesk.components.events.placing.own_sentence import sentence_unknown_town
from eventdesk.components.events.placing.phrases import (
    container_of,
    is_countryside,
)
from eventdesk.components.events.placing.places import country_only, line_country
from eventdesk.components.events.placing.wider_area import region_of, tells_the_wider_area
from eventdesk.components.events.preamble import same_line
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_tokens, first_conjunct, span_root
from eventdesk.geo.build import capital_names
from eventdesk.geo.capitals_then import capital_then
from eventdesk.geo.countries import coded_country
from eventdesk.geo.name_spans import word_after, word_before
from eventdesk.records import Place


class PlaceFinder(MentionChooser):
    """The Placer's readings of the gazetteer and the report: countries, capitals, the
    report's towns (the mention to choose is MentionChooser's, choosing.py)."""

    def _territory(self, doc: Doc, clause: Clause, code: str, incident=None) -> Place | None:
        """The region of a territory the clause names as its scene ("in the Gaza Strip"),
        under the name of the unknown place in it the clause gives; given the clause's
        `incident`, else that unknown place in the scene's country ("captured the town of X
        in central Somalia": X, held by what the report gives for it, not Somalia alone)."""
        unknown = self.names.unknown_town_name(doc, clause)
        site = self.names.site_name(doc, clause.tokens)
        return territory_region(self.gazetteer, doc, clause.tokens, code,
                                name=unknown[0] if unknown else site) or (
            self._unknown_town_place(doc, clause, unknown, incident)
            if unknown and incident is not None else None)

    def _referent(self, doc: Doc, anaphor: Token, ctx: Context) -> Place | None:
        """What "the city" refers back to: the report's main city; "the capital" the
        country's; "the town", "the village" the one just named."""
        if anaphor.lower_ == "capital" and _lower_before(doc, anaphor.i) == "the":
            return self._capital([code for code in doc_ext(doc, "countries") or []
                                  if not self._named_only_aside(doc, code)],
                                 doc_ext(doc, "published"))
        if anaphor.lower_ == "city":
            # "In X, police arrested five men planning attacks in the city": X, named
            # before it in its own sentence; else the report's main city
            return self._last_town_before(doc, anaphor.i, own_sentence=True) \
                or main_city_named_before(doc, ctx.main_city, anaphor.i) or ctx.focus \
                or ctx.main_city
        if (introduced := introduced_place(self, doc, anaphor.sent)) is not None:
            return introduced  # "X lies 50 km east of Y. … near the town": X
        return self._last_town_before(doc, anaphor.i, noun=anaphor.lower_) or ctx.main_city \
            or ctx.focus

    def _named_only_aside(self, doc: Doc, code: str) -> bool:
        """The report names the country only as a destination, an actor or an actor's home
        ("left for a visit to Iran", "Iran denied it") and names no place in it: "the
        capital" is not its capital."""
        names = [m for m in doc_ext(doc, "places") or [] if m.kind == "country"
                 and coded_country(m.country_code) == code]
        if not names or any(
                m.kind != "country" and m.candidates and m.candidates[0].country_code == code
                and self.judge.plausible(doc, m) for m in doc_ext(doc, "places") or []):
            return False
        return all(self.judge.is_away(doc, m) or names_an_actor(span_root(doc, m.start, m.end))
                   for m in names)

    def _report_place(self, doc: Doc, clause: Clause, sent_index: int, all_mentions,
                      ctx: Context) -> Place | None:
        """Neither the clause nor its sentence names a place: the place of an event told
        in the last two sentences, else the town the report last named, in the country the
        clause names if it names one; else that country. A place the sentence before
        presented is what the clause's "there" refers to (`introduced_place`)."""
        if refers_back(doc, clause) is not None \
                and (introduced := introduced_place(self, doc, clause.sent)) is not None:
            return copy_place(introduced)
        if (own := sentence_unknown_town(self, doc, clause)) is not None:
            return own  # "stopped a bus near X and abducted 20": X, the index lacks
        named = self._clause_country(doc, clause, all_mentions)
        if named is None and (own := line_country(doc, doc[clause.start].idx)):
            named = coded_country(own)   # "16 Jun – Somalia (Ceel Dheer): …"
        recent = ctx.place if ctx.place is not None and sent_index - ctx.place_sent <= 2 \
            else None
        for earlier in (recent, ctx.focus):
            if earlier is not None and (named is None
                                        or coded_country(earlier.country_code) == named):
                if tells_the_wider_area(clause.sent) and (area := region_of(earlier)):
                    return area  # "Elsewhere in the state, …": not the last town
                return copy_place(earlier)
        # "along Lebanon's border with Israel": the side named first, not an actor's
        countries = doc_ext(doc, "countries") or []
        return self._territory(doc, clause, named) \
            or report_region(self, doc, named or (countries[0] if countries else None)) \
            or country_only(named)

    def _sentence_town(self, doc: Doc, clause: Clause, mentions) -> Place | None:
        """The town the clause's sentence names outside the clause ("In Homs, residents said
        shells hit the Khalidiya district"): what a district the clause names is part of,
        before the town the report last named, and its main city ("In the capital, … the X
        district" is `anaphora.city_in_focus`)."""
        countries = doc_ext(doc, "countries") or []
        ids = {t.i for t in clause.tokens}
        for mention in mentions:
            label = span_root(doc, mention.start, mention.end).ent_type_
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
        named = [m for m in doc_ext(doc, "places") or [] if m.kind == "place" and m.candidates
                 and m.candidates[0].geonameid == place.geonameid]
        return bool(named) and all(self.judge.is_dateline(doc, m) for m in named)

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
            root = span_root(doc, mention.start, mention.end)
            root = first_conjunct(root)  # "contested by Iran and Iraq": both are actors
            if root.dep_ in ("nsubj", "nsubjpass", "agent", "compound") \
                    or root.head.dep_ == "agent" or is_home(root):
                continue
            code = coded_country(mention.country_code)
            if across_the_border(root):
                # "strikes close to the border with Burkina Faso" in a Mali report: this
                # side of the border, the report's own country
                others = [c for c in doc_ext(doc, "countries") or [] if c != code]
                return others[0] if others else None
            return code
        return None

    def _countryside(self, doc: Doc, mention, base: Place, countries) -> Place | None:
        """"the Idlib countryside", "rural Damascus", "Hama's northern countryside": the
        region named after the city (geo_precision 3), else the city one step less
        precise."""
        if base.geo_precision == 3:
            return None
        if not is_countryside(doc, mention):
            return None
        name = " ".join(t.text for t in doc_tokens(doc)[mention.start:mention.end]
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
            k = word_before(doc, tok.i)  # "the Somali  capital"
            if tok.lower_ != "capital" or k < 1 or _lower_before(doc, k) != "the":
                continue
            word = doc[k].text
            code = self.gazetteer.demonym_country(word) or self.gazetteer.country_code_of(word)
            if code is not None:
                return self._capital([code], doc_ext(doc, "published"))
        return None

    def _capital(self, countries: list[str], published=None) -> Place | None:
        """The first country's capital on the report's day (`published`; geo/capitals_then.py)."""
        if not countries:
            return None
        name = capital_then(countries[0], published) or capital_names().get(countries[0])
        if not name:
            return None
        return self.gazetteer.resolve_name(name, countries=countries[:1])

    def _report_towns(self, doc: Doc) -> list[Place]:
        """The towns the report names, dateline included, with coordinates."""
        countries = doc_ext(doc, "countries") or []
        towns = []
        for mention in doc_ext(doc, "places") or []:
            after = word_after(doc, mention.end - 1)  # "ADEN  :"
            heading = mention.text.isupper() and doc[after:after + 1].text in (
                ":", ",")  # "ADEN: Supporters rallied…", an item's own dateline
            if mention.kind == "place" and (heading or self.judge.plausible(doc, mention)):
                place = self.gazetteer.resolve(mention, countries=countries)
                if place is not None and place.latitude is not None:
                    towns.append(place)
        return towns

    def _last_town_before(self, doc: Doc, end: int, noun: str | None = None,
                          own_sentence: bool = False) -> Place | None:
        """The town named last before token `end`, in its sentence or (unless
        `own_sentence`) the one before: what "the town" refers back to -- the one called a
        town first ("withdrew from the eastern town of Avdiivka ... since the capture of
        Bakhmut. Russian forces had taken the town"), and not one named in a phrase telling
        another deed. Further back, the report's main city is the better guess."""
        countries = doc_ext(doc, "countries") or []
        sent = doc[end].sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 and not own_sentence \
            and same_line(doc, sent.start_char, sent.start_char - 1) else sent.start
        towns = []
        for mention in reversed(doc_ext(doc, "places") or []):
            if mention.start >= end or mention.start < start or mention.kind != "place" \
                    or mention.designator in CITY_PARTS or self.judge.is_dateline(doc, mention) \
                    or self.judge.is_away(doc, mention) or is_landmark(doc, mention.start) \
                    or not self.judge.plausible(doc, mention) \
                    or in_another_deed(span_root(doc, mention.start, mention.end)):
                continue
            # "torched homes in X village, Y Township. Troops entered the village": X as
            # held there, not a namesake elsewhere
            place = self.gazetteer.resolve(mention, countries=countries, container=container_of(
                doc, mention, [m for m in doc_ext(doc, "places") or []
                               if self.judge.plausible(doc, m)]))
            if place is not None and place.latitude is not None:
                towns.append((mention, place))
        named_so = [place for mention, place in towns if noun and mention.designator == noun]
        if named_so or towns:
            return copy_place((named_so or [place for _, place in towns])[0])
        return None

    def _with_precision(self, doc, clause, place: Place, mention, *, anchor=None) -> Place:
        """geo_precision 2 when the report says near / outskirts / north of the place, or
        names a road out of it ("the road linking X and Y")."""
        if place.geo_precision == 3:
            return place
        at = mention.start if mention is not None else (anchor.i if anchor is not None else None)
        if at is None:
            return place
        window = doc[max(clause.start, at - 5):at]
        if any(t.lower_ in lexicon()["near_words"] for t in window) \
                or mention is not None and names_a_route(doc, mention) \
                or on_a_routes_description(doc, window.start, at):
            # "on the Kabul-Kandahar highway", "the road linking X and Y": somewhere on the
            # road out of the town
            place.geo_precision = max(place.geo_precision or 1, 2)
        return place


def _lower_before(doc: Doc, i: int) -> str:
    """The word before token `i`, past runs of spaces, in lower case; "" when none."""
    k = word_before(doc, i)
    return doc[k].lower_ if k >= 0 else ""
