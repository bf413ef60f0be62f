"""The report's focus: the town it names most (home of its districts and of "the city"),
and the town it was last talking about, for sentences that name none."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.components.events.common import Context, copy_place, lexicon
from eventdesk.components.events.place_measures import far_landmark
from eventdesk.components.events.placing.frame_scene import is_town_of, set_frame_scene
from eventdesk.components.events.placing.history_scene import tells_history
from eventdesk.components.events.placing.holders import HolderFinder
from eventdesk.components.events.placing.introduced import presented_subject
from eventdesk.extensions import doc_ext, doc_tokens, span_text
from eventdesk.geo.countries import coded_country
from eventdesk.geo.name_spans import word_before
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place


class FocusFinder(HolderFinder):
    """The Placer's readings of where the report as a whole is."""

    def main_city(self, doc: Doc) -> Place | None:
        """The town the body names most often: where unattached districts and "the city"
        are. The dateline names where the reporter is; it counts only when the body names
        no town."""
        counts, first = self._town_counts(doc)
        if not counts:
            return None
        best = max(counts, key=lambda k: counts[k])
        place = self.gazetteer.resolve(first[best], countries=doc_ext(doc, "countries") or [])
        return place if place is not None and place.latitude is not None else None

    def only_town(self, doc: Doc) -> Place | None:
        """The one town a report's body names, its dateline's town too ("SOKOTO - ...
        a student in Sokoto was beaten by a mob"): where a deed whose sentences name no
        place happened. Not when the body names another town, nor the dateline's alone
        (where the reporter is, not the scene), nor when the report names a second country
        ("LONDON -- exiles condemned the crackdown in Kenya")."""
        if not _one_country(doc):
            return None
        counts, first = self._town_counts(doc, body_only=True)
        if len(counts) != 1:
            return None
        (key,) = counts
        dated = self._dateline_towns(doc)
        if not dated or any(m.candidates[0].geonameid != key for m in dated):
            return None
        place = self.gazetteer.resolve(first[key], countries=doc_ext(doc, "countries") or [])
        return place if place is not None and place.latitude is not None else None

    def filed_from(self, doc: Doc) -> Place | None:
        """The dateline's town of a report about one country whose body names no town
        ("DAMASCUS, March 10 (Reuters) - the government and the Kurdish-led force signed an
        agreement"): where the wire filed from, which only a deal told with no scene of its
        own takes (`place_fallbacks.at_the_only_town`)."""
        if not _one_country(doc) or self._town_counts(doc, body_only=True)[0]:
            return None
        dated = self._dateline_towns(doc)
        if len({m.candidates[0].geonameid for m in dated}) != 1:
            return None
        place = self.gazetteer.resolve(dated[0], countries=doc_ext(doc, "countries") or [])
        return place if place is not None and place.latitude is not None else None

    def dateline_town_named_again(self, doc: Doc) -> tuple[Place, list[int]] | None:
        """The dateline's one town, when the body of a report about one country names it
        again, and where the body names other towns (their first characters): the lede's
        deeds told before those are the dateline town's (`dateline_lede`)."""
        dated = self._dateline_towns(doc)
        if not dated or not _one_country(doc) \
                or len({m.candidates[0].geonameid for m in dated}) != 1:
            return None
        key = dated[0].candidates[0].geonameid
        body = [m for m in doc_ext(doc, "places") or [] if m.kind == "place" and m.candidates
                and not self.judge.is_dateline(doc, m) and self.judge.plausible(doc, m)
                and not self.judge.is_aside(doc, m) and not self.judge.is_away(doc, m)]
        if not any(m.candidates[0].geonameid == key for m in body):
            return None
        place = self.gazetteer.resolve(dated[0], countries=doc_ext(doc, "countries") or [])
        if place is None or place.latitude is None:
            return None
        return place, [m.start_char for m in body if m.candidates[0].geonameid != key]

    def _dateline_towns(self, doc: Doc) -> list:
        """The dateline's place mentions that the index reads as places."""
        return [m for m in doc_ext(doc, "places") or [] if m.kind == "place" and m.candidates
                and self.judge.is_dateline(doc, m)]

    def _town_counts(self, doc: Doc, *, body_only: bool = False) -> tuple[dict, dict]:
        """`_count_towns`, read once per report and list of place mentions: the main city,
        the only town, the town filed from and the readers of a city's parts all ask."""
        places = doc_ext(doc, "places")
        kept = doc.user_data.setdefault(TOWN_COUNTS_KEY, {})
        found = kept.get(body_only)
        if found is None or found[0] is not places:
            found = kept[body_only] = (places, self._count_towns(doc, body_only=body_only))
        return found[1]

    def _count_towns(self, doc: Doc, *, body_only: bool) -> tuple[dict, dict]:
        """How often the report names each town (by GeoNames id), and its first mention:
        the body's names, else the dateline's. Not where people fled or a side threatens
        to push on to ("thousands fled towards X"): a way away, not where the report is."""
        counts: dict[str, int] = {}
        first: dict[str, object] = {}
        mentions = [m for m in doc_ext(doc, "places") or [] if m.kind == "place" and m.candidates
                    and self.judge.plausible(doc, m) and not self.judge.is_aside(doc, m)
                    and not self.judge.is_away(doc, m)]
        body = [m for m in mentions if not self.judge.is_dateline(doc, m)]
        named = body if body or body_only else mentions
        for before, mention in zip([None, *named], named, strict=False):
            if before is not None and span_text(doc, before.end, mention.start).strip() == "," \
                    and name_key(before.text) == name_key(mention.text):
                continue  # "in Biu, Biu LGA": the town and its own division, one naming
            key = mention.candidates[0].geonameid
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, mention)
        return counts, first

    def city_of_a_bare_name(self, doc: Doc, sent: Span, unknown: tuple[str, int],
                            ctx: Context) -> Place | None:
        """The city a name the index lacks, read bare ("in Rampura"), is a part of, when no
        town of its sentence holds it: the town the report was last talking about when the
        report reads the name as a part of a city (`NameReader.reads_as_a_part`) or names
        that town in the name's sentence ("Reports from Damascus say a bomber was stopped in
        Kafr Souseh"); else the report's main city when its body names it twice or more (a
        report about that city's quarters); else none -- "killed six policemen in Marjeh" is
        no part of the one town the report names in another sentence."""
        if self.names.reads_as_a_part(doc, *unknown):
            return ctx.focus or ctx.main_city
        named = {c.geonameid for m in doc_ext(doc, "places") or []
                 if sent.start <= m.start < sent.end for c in m.candidates}
        for city in (ctx.focus, ctx.main_city):
            if city is not None and city.geonameid in named:
                return city
        city = ctx.main_city
        if city is not None and self._town_counts(doc, body_only=True)[0].get(
                city.geonameid, 0) >= 2:
            return city
        return None

    def main_city_before(self, doc: Doc, tokens, ctx: Context) -> Place | None:
        """The report's main city as the home of a part or area the clause `tokens` name
        with no town of their own: only when the report names it before the clause (its
        dateline included), its body names it twice or more, or the clause calls the area a
        city's ("the capital's Badda area"). A town named once, after the clause
        ("Separately, a vehicle hit a mine between Bol and Ngouboua"), is where a later
        sentence's deed was, not where this one's area is ("on the Boma peninsula in the
        Lake Chad area"): the area is then a name the index lacks (issue 9)."""
        city = ctx.main_city
        if city is None or any(t.lower_ in lexicon()["anaphora"] for t in tokens):
            return city
        start = min((t.i for t in tokens), default=0)
        named = [m for m in doc_ext(doc, "places") or [] if m.kind == "place" and m.candidates
                 and m.candidates[0].geonameid == city.geonameid]
        if any(m.start < start for m in named) \
                or self._town_counts(doc, body_only=True)[0].get(city.geonameid, 0) >= 2:
            return city
        return None

    def own_name_abroad(self, doc: Doc, clause) -> tuple[str, int] | None:
        """"On Friday they beheaded two villagers near Quissanga": a name the clause puts
        its deed at ("near", "in", "at" before it) that the index reads only as a far
        namesake (not plausible), and its first token: a town the index lacks, as
        `NameReader.unknown_town_name` finds them -- never the place where an earlier
        sentence's deed was (issue 9). Not a name inside an actor's ("al-Shabaab"), nor
        one the index reads loosely in the report's country (the other readers' to
        judge)."""
        ids = {t.i for t in clause.tokens}
        countries = doc_ext(doc, "countries") or []
        for mention in doc_ext(doc, "places") or []:
            if mention.kind != "place" or mention.start not in ids \
                    or doc[mention.start].pos_ != "PROPN" or self.judge.plausible(doc, mention) \
                    or any(a.start < mention.end and mention.start < a.end
                           for a in doc_ext(doc, "actors") or []):
                continue
            before = word_before(doc, mention.start)
            if before >= 0 and doc[before].lower_ in SCENE_WORDS \
                    and _labelled_a_place(doc[mention.start], mention) \
                    and self.gazetteer.resolve_name(mention.text,
                                                    countries=countries[:1]) is None:
                return mention.text, mention.start
        return None

    def update_focus(self, doc: Doc, sent: Span, sent_index: int, ctx: Context) -> None:
        """Remember the last town or city named, for "the city" and unplaced sentences; a
        heading ("Kabul:") or a sentence about a town that tells no event
        (`topic_mention`) is where the next sentences' events are."""
        countries = doc_ext(doc, "countries") or []
        heading = heading_place(doc, sent)
        if heading is not None:
            place = self.gazetteer.resolve(heading, countries=countries)
            if place is not None and place.latitude is not None:
                ctx.place, ctx.place_sent = place, sent_index
        if ctx.place_sent != sent_index and tells_history(doc, sent):
            return  # "…the attacks on X and Y last year": the backdrop's towns, not the scene
        for mention in doc_ext(doc, "places") or []:
            if sent.start <= mention.start < sent.end and mention.kind == "place" \
                    and self.judge.may_be_scene(doc, mention):
                place = self.gazetteer.resolve(mention, countries=countries)
                if place is not None and place.latitude is not None:
                    ctx.focus = place
        topic = topic_mention(doc, sent) if ctx.place_sent != sent_index else None
        if topic is None:
            set_frame_scene(self, doc, sent, sent_index, ctx)  # "In X, students were angry."
        place = self.gazetteer.resolve(topic[0], countries=countries) if topic else None
        if place is not None and place.latitude is not None and place.geo_precision < 3 \
                and not self.judge.is_dateline(doc, topic[0]) and is_town_of(topic[0], place):
            # the sentence, telling no event, is about a town (not a mountain or a valley):
            # the next sentences' "there", "the town" and unplaced deeds are at it, not at
            # the last event's place
            place = copy_place(place)
            place.geo_precision = max(place.geo_precision or 1, topic[1])
            ctx.place, ctx.place_sent, ctx.focus = place, sent_index, place


def heading_place(doc: Doc, sent: Span):
    """The place mention a sentence holds when it is only that name and a colon, as a
    ticker or a situation report heads its items ("Kabul:", "North Kivu:"), which the
    parser split from the item it heads (issue 8: the item was placed at the last event's
    town)."""
    words = [t for t in doc_tokens(doc)[sent.start:sent.end] if not t.is_space]
    if len(words) < 2 or words[-1].text != ":":
        return None
    named = [m for m in doc_ext(doc, "places") or [] if sent.start <= m.start < sent.end]
    if len(named) != 1 or named[0].kind == "country" \
            or any(not (named[0].start <= t.i < named[0].end) for t in words[:-1]):
        return None
    return named[0]


# doc.user_data key of `FocusFinder._town_counts`
TOWN_COUNTS_KEY = "eventdesk.town_counts"
# Words that put a deed at the place named next ("near Quissanga", "at Diafarabe").
SCENE_WORDS = frozenset({"near", "in", "at", "outside", "around"})
# Entity labels of a name that is no town the index lacks (a person, an organisation); a
# rare town's name is often mislabelled otherwise ("near Tamou" as a LANGUAGE).
NOT_PLACES = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "MONEY"})
# Of those, the labels NER gives a rare town's name as often as a name's ("at Diafaro" as
# an ORG): a loose spelling of a far namesake is no evidence either way
LOOSE_LABELS = frozenset({"PERSON", "ORG"})


def _labelled_a_place(tok, mention) -> bool:
    """NER does not call the name a person's, a group's, a date or a number -- or calls it
    a person's or a group's while the index reads it only by a loose spelling: a town it
    lacks, mislabelled as rare towns' names are."""
    return tok.ent_type_ not in NOT_PLACES or tok.ent_type_ in LOOSE_LABELS and all(
        c.match == "transliteration" for c in mention.candidates)


def topic_mention(doc: Doc, sent: Span):
    """The town a sentence is about, as wire copy sets the scene before the deed it tells
    next ("Hakha, the state capital, lies about 200 km to the north. On Friday, soldiers
    there arrested ten men"): the place named as the subject of its main verb, with
    geo_precision 1; else, when the subject is a name the index lacks that the sentence
    presents (`introduced.presented_subject`: "Zebilla is a farming town about 6 km south
    of Bawku"), the first place the sentence locates it by, not one far from it, with
    geo_precision 2 (issue 9). The mention and that precision, or None."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or root.pos_ not in ("VERB", "AUX"):
        return None
    named = [m for m in doc_ext(doc, "places") or [] if sent.start <= m.start < sent.end]
    own = next((m for m in named if m.start <= subject.i < m.end), None)
    if own is not None:
        return (own, 1) if own.kind == "place" else None
    if subject.pos_ != "PROPN" or presented_subject(sent) is None:
        return None
    after = [m for m in named if m.start > subject.i and m.kind == "place"]
    if not after or far_landmark(doc, doc[after[0].start:after[0].end].root):
        return None
    return after[0], 2


def _one_country(doc: Doc) -> bool:
    """The report names one country (a territory ACLED codes under its state counts as it):
    a lone town or dateline then says where, not which of two lands."""
    return len({coded_country(c) for c in doc_ext(doc, "countries") or []}) == 1
