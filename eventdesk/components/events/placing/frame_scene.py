"""A sentence that fronts a town and tells no event sets the scene for the next (issue 8).

Features move the story from place to place with a fronted phrase: "Gunmen killed five
near Dorvan on Sunday. In Belcosta, students responded with anger. On Tuesday, thousands
of them marched on the governor's office; police fired tear gas." The march names no place
of its own: it was in Belcosta, the scene the sentence before set, not at Dorvan, where the
last event was. Only a town ("In X," opening the sentence, `frames.fronted_frame`), or a
first-level region ("In Yobe State, …": the region, geo_precision 3, `region_scene`), of the
country the report was last at, in a sentence that placed no event and is no one's telling
("In Kabul, officials said the attackers fled" tells of the last event, from afar).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.common import Context, copy_place
from eventdesk.components.events.placing.frames import fronted_frame
from eventdesk.components.events.placing.region_scene import fronted_region
from eventdesk.components.events.word_index import matching_in
from eventdesk.components.saying import saying_verbs
from eventdesk.extensions import doc_ext


def frame_scene(finder, doc: Doc, sent: Span):
    """The town a sentence telling no event fronts ("In Belcosta, students responded with
    anger"), resolved; else None. Not when the sentence's main verb is a saying."""
    if sent.root.lemma_ in saying_verbs("telling_clause"):
        return None
    countries = doc_ext(doc, "countries") or []
    region = None
    for mention in doc_ext(doc, "places") or []:
        if not sent.start <= mention.start < sent.end or mention.kind not in ("place", "region") \
                or not mention.candidates or not fronted_frame(doc, mention) \
                or not finder.judge.may_be_scene(doc, mention):
            continue
        place = finder.gazetteer.resolve(mention, countries=countries)
        if place is not None and place.latitude is not None and is_town_of(mention, place):
            return place  # "In X Governorate's Tall Y, …": the town the region is told with
        if region is None and fronted_region(mention, place):  # "In Yobe State, …"
            region = place  # (region_scene.py), unless a town follows in the same phrase
            continue
        break
    return region


def capital_scene(finder, doc: Doc, sent: Span):
    """"Anger in the capital spilled into the streets two days later", "In the capital,
    students were furious": a sentence telling no event whose subject, or whose opening
    phrase, is "in the capital" moves the story to the country's capital (a long piece's
    way to change scene between two towns); else None. Not a saying's sentence."""
    if sent.root.lemma_ in saying_verbs("telling_clause"):
        return None
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for tok in matching_in(doc, sent, "capital", _capital):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" \
                or tok.i < 1 or doc[tok.i - 1].lower_ != "the":
            continue
        fronted = prep.head.i == sent.root.i and prep.i < (subject.i if subject is not None
                                                           else sent.root.i)
        if fronted or subject is not None and prep.head.i == subject.i:
            place = finder._referent(doc, tok, None)
            return place if place is not None and place.latitude is not None else None
    return None


def _capital(tok: Token) -> bool:
    return tok.lower_ == "capital"


def is_town_of(mention, place) -> bool:
    """Whether `place` is, among `mention`'s candidates, a populated place (a GeoNames
    PPL* code), not a mountain or a valley; an entry with no feature code is none."""
    return any(c.geonameid == place.geonameid and (c.feature_code or "").startswith("PPL")
               for c in mention.candidates)


def set_frame_scene(finder, doc: Doc, sent: Span, sent_index: int, ctx: Context) -> None:
    """Make the fronted town of a sentence that placed no event (`frame_scene`) the place
    the next sentences' unplaced deeds are at, when it lies in the country of the place the
    report was last at."""
    if ctx.place_sent == sent_index:
        return
    place = frame_scene(finder, doc, sent) or capital_scene(finder, doc, sent)
    if place is None or ctx.place is not None and ctx.place.country_code != place.country_code:
        return
    place = copy_place(place)
    ctx.place, ctx.place_sent = place, sent_index
    if place.geo_precision != 3:  # a province is no town whose parts and "the city" follow
        ctx.focus = place
