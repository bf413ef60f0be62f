"""A place the report introduces in a sentence of its own, then refers to as "there" or
"the town" in the next sentence's event: "Kpabia is a farming community 6 km south of
Yendi. On Thursday, soldiers came under fire there"; "Tamale, the regional capital, lies
100 km to the west. On Friday, police there arrested ten men". Long wires and situation
reports tell a place, then its event (dev16: the event was placed at the place named last,
the town measured from or the region of the lead)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.common import copy_place
from eventdesk.components.events.place_measures import far_landmark, is_landmark
from eventdesk.components.events.place_names import region_held
from eventdesk.components.events.place_names.words import name_from
from eventdesk.components.events.placing.anaphora import town_anaphor
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root
from eventdesk.geo.name_spans import word_before
from eventdesk.records import Place, join_parts, town_of

# Verbs that present a place rather than tell a deed: "X is a village", "X lies 8 km west
# of Y", "X, the state capital, stands on the river", "the forest stretches along the border".
# The one list of them: `focus.topic_mention` reads a sentence's setting by it too
PRESENTING = frozenset({"be", "lie", "stand", "stretch", "sit", "straddle", "border"})


def refers_back(doc: Doc, clause: Clause) -> Token | None:
    """The clause's word for a place told before: the adverb "there" (not "there were"),
    or "the town", "the village"."""
    for tok in clause.tokens:
        if tok.lower_ == "there" and tok.dep_ == "advmod":
            return tok
    return town_anaphor(doc, clause)


# The words of a subject that make up its name ("the Tano forest", "Kpabia village"); a
# town's other words ("Tamale, the regional capital, some 50 km east of X") are left out
NAME_PARTS = frozenset({"compound", "amod", "det", "nmod", "poss"})


def presented_subject(sent: Span) -> list[Token] | None:
    """The words of the place a sentence presents: the subject of its presenting verb. The
    one reading of it, for the next sentence's "there" (`introduced_place`) and for the
    report's focus (`focus.topic_mention`)."""
    root = sent.root
    if root.lemma_.lower() not in PRESENTING:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "this", "that", "they"):
        return None
    words = [t for c in subject.children if c.i < subject.i and c.dep_ in NAME_PARTS
             for t in c.subtree] + [subject]
    if subject.pos_ != "PROPN":   # "the village of Kpabia"
        words += [t for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                  for t in c.subtree]
    return words if any(t.pos_ == "PROPN" for t in words) else None


def introduced_place(placer, doc: Doc, sent: Span) -> Place | None:
    """The place the sentence before `sent` presents, for a clause of `sent` that refers
    back to a place (`refers_back`) and names none: that place, or, when the index lacks
    it, the town its sentence puts it near or measures it from (`_held_by`)."""
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    words = presented_subject(previous)
    if words is None:
        return None
    ids = {t.i for t in words}
    countries = doc_ext(doc, "countries") or []
    for mention in doc_ext(doc, "places") or []:
        if mention.start in ids and mention.kind == "place" \
                and placer.judge.plausible(doc, mention):
            place = placer.gazetteer.resolve(mention, countries=countries)
            if place is not None and place.latitude is not None and (
                    not countries or place.country_code in countries):
                return place
    first = next((t.i for t in words if t.pos_ == "PROPN"), None)
    if first is None or first in placer.judge.plausible_tokens(doc):
        return None  # a name read only as a namesake abroad is one the index lacks
    name = name_from(doc, first)
    # a town the parser did not read as a place ("Horqueta, some 50 km east of X, has long
    # been …": a person to the tagger), known to the index in the report's country
    place = placer.gazetteer.resolve_name(name, countries=countries) if countries else None
    if place is not None and place.latitude is not None and place.geo_precision != 3 \
            and place.country_code in countries:
        return place
    return _held_by(placer, doc, previous, ids, name, countries)


# Words before a town that put the presented place by it: "near Y", "outside Y"
BESIDE = frozenset({"near", "outside", "by", "beside"})


def _held_by(placer, doc: Doc, sent: Span, subject: set[int], name: str,
             countries: list[str]) -> Place | None:
    """The town a sentence presenting a place the index lacks ("Kpabia is a farming
    community about 6 km south of Yendi on the road to Tamale") puts it by: the town it is
    measured from or called near, else the one town the sentence names (with a region it is
    in, or none): "Yendi - Kpabia", geo_precision 2. Two towns and no measure, or a town
    measured far from it: none."""
    towns = []
    for mention in doc_ext(doc, "places") or []:
        if not sent.start <= mention.start < sent.end or mention.start in subject \
                or mention.kind != "place" or not placer.judge.plausible(doc, mention) \
                or far_landmark(doc, span_root(doc, mention.start, mention.end)):
            continue   # "a village about 120 km south of Bama": not by Bama
        place = placer.gazetteer.resolve(mention, countries=countries)
        if place is None or place.latitude is None or place.geo_precision == 3 \
                or (countries and place.country_code not in countries):
            continue
        by = is_landmark(doc, mention.start) or doc[word_before(doc, mention.start)].lower_ \
            in BESIDE
        towns.append((not by, place))
    beside = [place for far, place in towns if not far]
    chosen = beside[:1] or ([place for _, place in towns] if len(towns) == 1 else [])
    if not chosen:
        return None if towns else _region_of(placer, doc, sent, name, countries)
    town = copy_place(chosen[0])
    town.location, town.geo_precision = join_parts(town_of(town.location), name), 2
    return town


def _region_of(placer, doc: Doc, sent: Span, name: str, countries: list[str]) -> Place | None:
    """"Porga, a border town in the commune of Materi in Atakora department, had been
    quiet": a sentence presenting a place the index lacks in one region it knows, and no
    town: the name in that region, with no point (geo_precision 3, `region_held`)."""
    regions = []
    for mention in doc_ext(doc, "places") or []:
        if not sent.start <= mention.start < sent.end or mention.kind != "region" \
                or not placer.judge.plausible(doc, mention):
            continue
        place = placer.gazetteer.resolve(mention, countries=countries)
        if place is not None and place.admin1 and (not countries
                                                   or place.country_code in countries):
            regions.append(place)
    if len({(p.country_code, p.admin1) for p in regions}) != 1:
        return None
    return region_held(regions[0], name)
