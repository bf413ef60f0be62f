"""How a place name sits in its phrase: parallel phrases and lists, a region naming its
town, the countryside of a town."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.place_measures import COMPASS_WORDS, is_landmark, measured_from
from eventdesk.components.events.place_mentions import ROUTE_LINKS, SETTLEMENT_WORDS, holder_link
from eventdesk.components.events.placing.deeds import in_a_purpose
from eventdesk.components.events.placing.holding import district_frame, fronted, named_as_its_holder
from eventdesk.extensions import doc_ext, doc_tokens, span_root, span_text
from eventdesk.geo.candidates import WELL_KNOWN_POPULATION, is_area, is_wide_region
from eventdesk.geo.coordinated import heads_a_named_list, listed_kind
from eventdesk.geo.name_spans import word_after, word_before
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place


def is_countryside(doc: Doc, mention) -> bool:
    """"the Idlib countryside", "rural Damascus", "Hama's northern countryside"."""
    after = [t.lower_ for t in doc_tokens(doc)[mention.end:mention.end + 3]]
    before = [t.lower_ for t in doc_tokens(doc)[max(0, mention.start - 3):mention.start]]
    k = word_before(doc, mention.start)  # "rural  Damascus"
    before = before[:-1] if before[-1:] == ["greater"] else before  # "of Greater Damascus"
    return mention.designator == "countryside" or after[:1] == ["countryside"] or (
        k >= 0 and doc[k].lower_ == "rural") or (
        after[:1] in (["'s"], ["’s"]) and "countryside" in after[1:3]) or \
        before[-2:] == ["countryside", "of"]


def countryside_holder(doc: Doc, mention, pool):
    """"offensive in the northern Aleppo countryside, striking the farms of Al-Malaah": the
    countryside the clause names holds the small place it names beside it, so a namesake of
    that place in another province is not it. A well-known town is named for itself."""
    if mention.kind == "region" or not mention.candidates or is_countryside(doc, mention) \
            or mention.candidates[0].population >= WELL_KNOWN_POPULATION:
        return None
    return next((m for m in pool if m is not mention and m.kind == "place" and m.candidates
                 and (is_countryside(doc, m) or _division_after(doc, mention, m))), None)


def _division_after(doc: Doc, mention, other) -> bool:
    """"a village in Shwebo township": a division named right after the place holds it."""
    return other.designator in HOLDING_DIVISIONS and 0 < other.start - mention.end <= 3 \
        and any(t.lower_ == "in" for t in doc_tokens(doc)[mention.end:other.start])


def joined_head(head: Token) -> Token:
    """The word "and" joins a place name to others by: "the town of" before it ("Kobani
    and the town of Derik"), the plural place word it modifies (`listed_kind`), else it."""
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in SETTLEMENT_WORDS \
            and of.head.dep_ == "conj":
        return of.head
    return listed_kind(head)


def outer_preposition(tok: Token) -> Token | None:
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


def in_a_parallel_phrase(doc: Doc, head: Token, mentions, mention) -> bool:
    """"strikes on the outskirts of X, on the town of Y and on Z": each place in a
    prepositional phrase of its own, repeated or joined by "and" after a first one that
    names a place, is a place of its own event."""
    prep = outer_preposition(head)
    if prep is None or prep.lower_ not in ("on", "in", "at", "near", "against", "over") \
            or holds_the_place_before(prep):
        return False
    return any(parallel_to(prep, outer_preposition(span_root(doc, o.start, o.end)))
               for o in mentions if o is not mention)


def parallel_to(prep: Token, first: Token | None) -> bool:
    """`prep`'s phrase is one of a list after `first`'s (`in_a_parallel_phrase`)."""
    if first is None or first.i >= prep.i:
        return False
    return (prep.dep_ == "conj" and prep.head.i == first.i) or (
        prep.dep_ == first.dep_ == "prep" and prep.head.i == first.head.i
        and prep.lower_ == first.lower_) or _own_object_and_place(prep, first) \
        or _in_a_tally(prep, first) or _after_a_side_of_the_first(prep, first)


# The divisions a phrase set after a place names to say where that place lies.
HOLDING_DIVISIONS = frozenset({
    "municipality", "district", "province", "region", "state", "county", "department",
    "governorate", "prefecture", "zone", "commune", "division", "subdistrict", "township",
    "lga"})


def holds_the_place_before(prep: Token) -> bool:
    """"in El Papayo, in the municipality of Coyuca", "in the village of El Sauz, in Tarimoro"
    (no list going on): a phrase after a comma naming a division, or a town after "the village
    of X,", says where the place before it lies; it is no second place of the event."""
    doc, before = prep.doc, word_before(prep.doc, prep.i)
    named = doc[word_before(doc, before)] if before > 0 else prep
    while named.dep_ == "compound":
        named = named.head
    return doc[before].text == "," and before > 0 and (any(
        c.dep_ == "pobj" and c.lemma_.lower() in HOLDING_DIVISIONS for c in prep.children) or (
        named.dep_ == "pobj" and named.head.lower_ == "of" and named.head.head.lower_ in
        SETTLEMENT_WORDS and "conj" not in {prep.dep_, *(c.dep_ for c in prep.children)}))


def _after_a_side_of_the_first(prep: Token, first: Token) -> bool:
    """"attacks at Kidal in the north and in Gao in the east", "clashes broke out in Tripoli
    on Tuesday and in Zawiya on Wednesday": the phrase joined by "and" to the first place's
    compass or day phrase ("in the north", "on Tuesday", told beside "at Kidal"), which
    the parse joins it to instead of the first place's."""
    side = prep.head
    return prep.dep_ == "conj" and side.dep_ == "prep" and side.head.i == first.head.i \
        and side.i > first.i and any(c.dep_ == "pobj" and (
            c.lower_ in COMPASS_WORDS or c.ent_type_ == "DATE") for c in side.children)


def day_after(doc: Doc, mention) -> tuple[int, int] | None:
    """"in Zawiya on Wednesday": the characters of the day phrase right after a place's
    name, which tells that place's own day in a list of places and days."""
    at = word_after(doc, mention.end - 1)  # "Zawiya  on  Wednesday"
    day = word_after(doc, at)
    if day >= len(doc) or doc[at].lower_ != "on" or doc[day].ent_type_ != "DATE":
        return None
    end = day
    while end < len(doc) and doc[end].ent_type_ == "DATE":
        end += 1
    return doc[at].idx, doc[end - 1].idx + len(doc[end - 1].text)


def heads_a_list(doc: Doc, head: Token, mentions, mention) -> bool:
    """"with demonstrations also reported in Omdurman and Atbara", "the town of X and the
    village of Y": the first town of a list is a place of the list as much as those joined
    to it (as the event's own place, its copy is skipped); not a route's two ends."""
    return heads_a_named_list(head) or head.head.lower_ not in ROUTE_LINKS and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in head.children) and any(
        o is not mention and (word := listed_kind(span_root(doc, o.start, o.end))).dep_
        == "conj" and word.head.i == head.i for o in mentions)


def _own_object_and_place(prep: Token, first: Token) -> bool:
    """"killed four soldiers in Kirkuk and two policemen in Tikrit", "attacked a police
    station in Kirkuk and an army post in Tikrit", "killed four soldiers in Kirkuk, two
    policemen in Tikrit and a civilian in Baiji", "killed five soldiers in Kirkuk and
    wounded three policemen in Mosul", "three were killed in Baghdad and two in Baqubah":
    the same preposition put on a second object of its own (a noun with its number or
    article, joined by "and" to the first object or, as the parse often has it, to the
    first place or the verb), each object at its place."""
    if prep.dep_ != "prep" or first.dep_ != "prep" or prep.lower_ != first.lower_:
        return False
    obj = prep.head
    if obj.pos_ == "VERB" and obj.dep_ == "conj" and obj.head.i == first.head.i:
        obj = next((c for c in obj.children if c.dep_ == "dobj"), obj)  # "and wounded three"
        return obj.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("nummod", "det") for c in obj.children)
    if obj.dep_ == "conj" and obj.head.pos_ == "VERB" and obj.i > first.i \
            and (obj.like_num or any(c.dep_ == "nummod" for c in obj.children)) \
            and obj.head.left_edge.i <= first.i:
        return True  # "three were killed in Baghdad and two in Baqubah": the verb left out
    if obj.dep_ not in ("conj", "appos") or not (obj.like_num or (
            obj.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ in ("nummod", "det") for c in obj.children))):
        return False  # "killed two people in Idlib and three in Hama": a number stands in
    firsts = {first.head.i, *(c.i for c in first.children if c.dep_ == "pobj")}
    # "in Kirkuk, two policemen in Tikrit and a civilian in Baiji": the parse may hang the
    # second object on the first place as an apposition, the "and" on the list's next item
    return obj.head.i in firsts and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in (*obj.head.children, *obj.children))


def _in_a_tally(prep: Token, first: Token) -> bool:
    """"shot dead six people in Deraa, six in Hama, five in Idlib and four more in Homs": a
    bare number standing for the first place's counted object, with a place of its own,
    however the parse hangs it -- on the verb, on the number before it or on the first
    object."""
    if prep.dep_ != "prep" or first.dep_ != "prep" or prep.lower_ != first.lower_:
        return False
    counted = first.head
    if not (counted.like_num or any(c.dep_ == "nummod" for c in counted.children)):
        return False
    tok = prep.head
    if not tok.like_num or tok.i <= first.i:
        return False
    # the first object, its verb, or the first place itself ("in Kirkuk, six in Tikrit")
    firsts = {counted.i, counted.head.i, *(c.i for c in first.children if c.dep_ == "pobj")}
    for _ in range(8):
        if tok.i in firsts:
            return True
        if tok.dep_ not in ("conj", "appos", "npadvmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def names_its_region(doc: Doc, mention, place: Place, town: Place | None) -> bool:
    """"In Marbat, Kordafa", "shelled Varnik, in southern rural Osmera", "in Dorvan,
    Belcosta": the town's own province or district (`mention`, read as `place`) told right
    after it says where it lies, not a second place of the event ("shelled Osmera and
    Varnik" joins with "and": two places; holding.py)."""
    return named_as_its_holder(doc, doc_ext(doc, "places") or [], town, place,
                               (mention.start, mention.end))


def names_an_area(mention) -> bool:
    """"the East Ghouta region": a listed area (areas.toml) the text calls a region, coded
    at its main town like a town, so it goes before the countryside that holds it."""
    best = mention.candidates[0] if mention.candidates else None
    return best is not None and is_area(best) and not is_wide_region(best)


def names_a_region(mention) -> bool:
    """"southern Chechnya", "Helmand": a name whose reading is a province, though the text
    does not call it one; it holds the towns and districts the clause also names."""
    return bool(mention.candidates) and mention.candidates[0].is_region


def region_beside(landmark, pool):
    """A region of the landmark's country the pool names, holding another province than the
    landmark's: the place of a clause that measures from a town outside it."""
    if not landmark.candidates:
        return None
    town = landmark.candidates[0]
    for other in pool:
        if other is landmark or not other.candidates or not (
                other.kind == "region" or names_a_region(other)):
            continue
        best = other.candidates[0]
        if best.country_code == town.country_code and best.admin1 != town.admin1:
            return other
    return None


def town_of_its_province(doc: Doc, mention, pool, side: set[int]):
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
    # "In Kesmaro, a teacher was shot outside her home in Belvit": a district (a division
    # of the second level) fronted as the clause's frame holds the town in it the clause
    # names, as a province does
    held_as_district = (first.feature_code == "ADM2" and fronted(doc, mention)) \
        or district_frame(doc, mention)
    level = "admin2" if held_as_district else "admin1"
    if not getattr(first, level) or name_key(getattr(first, level)) != key:
        return None
    for other in pool:
        if other is mention or other.start <= mention.end or id(other) in side \
                or other.kind != "place" or not other.candidates or names_a_region(other) \
                or is_landmark(doc, other.start) or measured_from(doc, other):
            continue
        best = other.candidates[0]
        if best.country_code != first.country_code or not getattr(best, level) \
                or name_key(getattr(best, level)) != key or name_key(other.text) == key:
            continue
        if any(t.lower_ in ("and", "or", ";") for t in doc_tokens(doc)[mention.end:other.start]) \
                or in_a_parallel_phrase(doc, span_root(doc, other.start, other.end), pool, other):
            continue  # "strikes on the outskirts of X, on the town of Y": a place each
        root = span_root(doc, other.start, other.end)
        if root.dep_ == "conj" or heads_a_list(doc, root, pool, other):
            continue  # "in Khartoum, with demonstrations also in Omdurman and Atbara": a list
        if in_a_purpose(root):
            continue  # "an offensive in Homs' countryside to liberate Palmyra": an aim
        return other
    return None


def listed_with(doc: Doc, mention, other, pool) -> bool:
    """"in Kidal, Gao and Timbuktu": the town after the comma is the next of a list of towns
    (another town of the pool follows it after "and", "or" or a comma), not what holds the
    first; "in Kutum, North Darfur" (a region after the comma, nothing listed after it)
    still says where Kutum lies, and so does the province a town of the same name
    heads ("Bakhmut, Donetsk and Lyman")."""
    if span_text(doc, mention.end, other.start).strip() != "," or other.kind == "region" \
            or names_a_region(other):
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


def held_by(doc: Doc, mention, pool):
    """The place of the pool that `mention` owns ("Sichuan province's Tibetan-populated Aba
    county", "Baghdad's Sadr City"): the mention's head word is the possessor ("'s") of that
    place's head word."""
    owner = head_word(doc, mention)
    if owner.dep_ != "poss" or not any(c.text in ("'s", "’s") for c in owner.children):
        return None
    return next((o for o in pool if o is not mention
                 and head_word(doc, o).i == owner.head.i), None)


def head_word(doc: Doc, mention) -> Token:
    """The word a name hangs on: its root, or the noun it is a compound of ("Aba county",
    "Sichuan province")."""
    root = span_root(doc, mention.start, mention.end)
    while root.dep_ == "compound" and root.head is not root:
        root = root.head
    return root


# "X area on the edge of Y city": the town a place known only by namesakes is part of (geo 2)
EDGE_LINKS = ("on the edge of", "on the edges of", "on the outskirts of", "outskirts of",
              ", on the outskirts of", ", on the edge of")


def container_of(doc: Doc, mention, pool):
    """The place of `pool` named as holding `mention` ("X in Y", "X, Y", "Y's X") or as the
    town it lies at (`EDGE_LINKS`), else None."""
    # "X village, Y Township": the name's own kind word is no link to what holds it
    end = mention.end + (mention.end < len(doc) and mention.designator is not None
                         and doc[mention.end].lower_ == mention.designator)
    for other in pool:
        if other is mention:
            continue
        # the words between read only where they can link the two (not once per pair)
        if 0 < other.start - end <= 5 \
                and (holder_link(between := span_text(doc, end, other.start).strip().lower())
                     or between in EDGE_LINKS) \
                and not listed_with(doc, mention, other, pool):
            return other
        if other.end <= mention.start \
                and span_text(doc, other.end, mention.start).strip().lower() in ("'s", "’s"):
            return other
    return None
