""""The city", "the town", "here": the town a clause refers back to, and names told aside."""

from __future__ import annotations

from itertools import chain

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import (
    actor_tokens,
    copy_place,
    lexicon,
    namelike,
    names_a_place,
)
from eventdesk.components.events.place_mentions import (
    speaking_verb,
)
from eventdesk.components.events.place_names.words import name_end, name_from
from eventdesk.components.events.placing.deeds import with_shared_verbs
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_tokens
from eventdesk.geo.countries import coded_country
from eventdesk.geo.landmark_names import names_a_site_at
from eventdesk.geo.name_spans import word_before
from eventdesk.records import Place, join_parts, town_of

QUOTES = frozenset({'"', "“", "”"})


def town_anaphor(doc: Doc, clause: Clause) -> Token | None:
    """"the town", "the provincial capital": the clause's word for a place named before."""
    anaphora = lexicon()["anaphora"]
    for tok in clause.tokens:
        if tok.lower_ not in anaphora:
            continue
        before = word_before(doc, tok.i)  # "the  town"
        if before >= 0 and doc[before].lower_ in ("the", "provincial", "northern", "southern") \
                and not _names_its_own(tok):
            return tok
    return None


# "residents of X said ...": the people whose town a sentence names as its witnesses
RESIDENT_NOUNS = frozenset({"residents", "inhabitants", "villagers", "elders", "locals"})


def residents_town(judge, doc: Doc, clause: Clause) -> tuple[str, int] | None:
    """"Residents of X said fighters moved into the town": the town the clause refers back
    to is X, the residents' town its sentence names before the word, though the index lacks
    it (no plausible place, nor an actor) -- never the town an earlier deed was at (issue 8).
    The name and its first token, else None."""
    anaphor = town_anaphor(doc, clause)
    if anaphor is None or anaphor.lower_ not in ("town", "village"):
        return None
    found, known = None, judge.plausible_tokens(doc) | actor_tokens(doc)
    for tok in doc_tokens(doc)[anaphor.sent.start:anaphor.i]:
        at = tok.i + 2
        if tok.lower_ in RESIDENT_NOUNS and doc[tok.i + 1].lower_ in ("of", "in") \
                and namelike(doc[at]) and not any(k in known for k in range(at, name_end(doc, at))):
            found = (name_from(doc, at), at)
    return found


def city_in_focus(finder, doc: Doc, tokens, ctx) -> Place | None:
    """The city that holds a part of a city the words name with none: the town in focus,
    else the main city named before; but "In the capital, a grenade hit a cafe in the
    Shibis district" puts the part in the country's capital, not in the town the last
    deed was told at."""
    for tok in tokens:
        if tok.lower_ != "capital":
            continue
        before = word_before(doc, tok.i)
        if before >= 0 and doc[before].lower_ == "the":
            return finder._referent(doc, tok, ctx) or ctx.focus
    return ctx.focus or finder.main_city_before(doc, tokens, ctx)


# "attacked nearby X village": words that put an unnamed-before place beside the last one
NEARBY_WORDS = frozenset({"nearby", "neighbouring", "neighboring", "adjacent"})


def called_nearby(doc: Doc, start: int) -> bool:
    """The name at `start` follows "nearby" ("the gunmen also attacked nearby X village",
    "the nearby industrial town of X"): wire copy's way to say the place lies beside the
    one it named last."""
    before = word_before(doc, start)
    if before >= 0 and doc[before].lower_ == "of":
        # "the nearby industrial town of X": back over "of", the place word, its adjectives
        before = word_before(doc, before)
        while before >= 0 and (doc[before].pos_ in ("NOUN", "ADJ")
                               and doc[before].lower_ not in NEARBY_WORDS):
            before = word_before(doc, before)
        return before >= 0 and doc[before].lower_ in NEARBY_WORDS
    if before >= 0 and doc[before].lower_ == "the":
        before = word_before(doc, before)
    return before >= 0 and doc[before].lower_ in NEARBY_WORDS


# "X, a suburb of the town": words that call a name a part of the town told before
TOWN_PART_WORDS = frozenset({"suburb", "neighbourhood", "neighborhood", "quarter", "district",
                             "part", "outskirt", "township"})


def called_part_of_the_town(doc: Doc, start: int) -> bool:
    """The name at `start` is set beside "a suburb of the town" ("fighting broke out in
    Kelvo, a northern suburb of the city"): local copy's way to say the place is a part
    of the town it just named, whose name it does not repeat."""
    k = name_end(doc, start)
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an"):
        return False
    k += 2
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1
    words = [t.lower_ for t in doc[k:k + 4]]
    return len(words) == 4 and words[0] in TOWN_PART_WORDS and words[1:3] == ["of", "the"] \
        and words[3] in ("town", "city")


def put_in_the_capital(doc: Doc, start: int) -> bool:
    """The name at `start` is put "in the capital" ("rioters stormed an annex at Kovri in
    the capital"): a part of the country's capital, which the report need not name."""
    k = name_end(doc, start)
    words = [t.lower_ for t in doc[k:k + 4]]
    return words[:3] == ["in", "the", "capital"] and words[3:4] != ["of"]


def place_told_beside(placer, doc: Doc, start: int, name: str, code: str | None
                      ) -> Place | None:
    """The place of `name`, unknown to the index, that its words set beside a place told
    or meant: "nearby X village", "X, a suburb of the town": by the place named last
    (`place_beside_last`); "X in the capital": the capital of the clause's country `code`,
    its point under "Capital - X" (geo_precision 2). Else None."""
    if called_nearby(doc, start) or called_part_of_the_town(doc, start):
        return place_beside_last(placer, doc, start, name)
    if code is None or not put_in_the_capital(doc, start):
        return None
    capital = placer._capital([code], doc_ext(doc, "published"))
    if capital is None or capital.latitude is None:
        return None
    part = copy_place(capital)
    part.location, part.geo_precision = join_parts(town_of(capital.location), name), 2
    return part


def place_beside_last(placer, doc: Doc, start: int, name: str) -> Place | None:
    """The place of `name`, unknown to the index and called "nearby", from the last place
    named before it in its sentence or the one before, whatever deed that one is told of:
    a town's point under "Town - name" (geo_precision 2), else a region with no point."""
    sent = doc[start].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    countries = doc_ext(doc, "countries") or []
    for mention in reversed(doc_ext(doc, "places") or []):
        if mention.start >= start or mention.start < first or mention.kind == "country" \
                or not mention.candidates or placer.judge.is_dateline(doc, mention) \
                or placer.judge.is_away(doc, mention):
            continue
        place = placer.gazetteer.resolve(mention, countries=countries)
        if place is None or not place.admin1:
            continue
        near = copy_place(place)
        if near.geo_precision == 3:
            near.latitude = near.longitude = None
            near.location = name
        else:
            near.location, near.geo_precision = join_parts(near.location, name), 2
        return near
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
    for node in chain((tok,), tok.ancestors):
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
    clause = with_shared_verbs(clause)
    if names_a_place(doc, {t.i for t in clause.tokens}):
        return False
    return town_anaphor(doc, clause) is not None


# "of this city", "in this town": the reporter's own town, the dateline's, as local press
# writes it
THIS_TOWN_WORDS = frozenset({"city", "town", "municipality", "port"})


def dateline_here(placer, doc: Doc, clause: Clause, country: str | None,
                  name: str | None = None, this_town: bool = False) -> Place | None:
    """"KABANKALAN CITY, Negros Occidental - rebels were killed in Sitio X, Barangay Y, here
    on Sunday": the reporter's "here" is the town of the dateline. The clause's place is
    that town; a village or quarter it names that the index lacks (`name`) is that town's
    ("Kabankalan - Sitio X", geo_precision 2). Not a "here" inside a quotation (a speaker's
    own place), nor where a speaker spoke ("told reporters here"), nor a dateline town
    outside the report's `country`; so is a clause at a site of a city and no other place
    (`_at_a_city_site`). With `this_town`, only "this city"/"this town" ("in
    the Juárez neighbourhood of this city"), which no quarter's namesake elsewhere outranks."""
    if not any((t.lower_ == "this" and t.head.lemma_.lower() in THIS_TOWN_WORDS
                and t.head.dep_ == "pobj" if this_town else
                t.lower_ == "here" and t.pos_ == "ADV" and not speaking_verb(t.head))
               and not _quoted(doc, t) for t in clause.tokens) and (
            this_town or name or not _at_a_city_site(placer, doc, clause)):
        return None
    for mention in doc_ext(doc, "places") or []:
        if mention.kind != "place" or not placer.judge.is_dateline(doc, mention):
            continue
        place = placer.gazetteer.resolve(mention, countries=[country] if country else None)
        if place is None or place.latitude is None or place.geo_precision == 3 or (
                country and coded_country(place.country_code) != country):
            return None
        place = copy_place(place)
        if name:
            place.location = join_parts(town_of(place.location), name)
            place.geo_precision = 2
        return place
    return None


def _at_a_city_site(placer, doc: Doc, clause: Clause) -> bool:
    """"TURIN - ... youths burned bins outside a bank on Corso Cavour": a clause
    naming only a site of a city (`names_a_site_at`), in a sentence naming no place but the
    dateline's, is in the dateline's city, where the reporter is; not a town elsewhere."""
    if not any(names_a_site_at(doc, t.i) for t in clause.tokens):
        return False
    sent = clause.tokens[0].sent
    if any(_another_town(t) for t in sent):
        return False  # "traders in the coastal city marched along Moi Avenue": that city's
    return not any(sent.start <= m.start < sent.end and not placer.judge.is_dateline(doc, m)
                   for m in doc_ext(doc, "places") or [])


def _another_town(tok: Token) -> bool:
    """"the coastal city", "the northern town": a town told by what it is like, most often
    another than the one the reporter files from (no "this city", no "the capital")."""
    return tok.lower_ in THIS_TOWN_WORDS and any(
        c.dep_ == "amod" or c.dep_ == "compound" and c.pos_ != "PROPN" for c in tok.children) \
        and not any(c.lower_ == "this" for c in tok.children)


def _quoted(doc: Doc, tok: Token) -> bool:
    """The word stands inside a quotation of its sentence (an odd number of quotes before)."""
    return sum(t.text in QUOTES for t in doc_tokens(doc)[tok.sent.start:tok.i]) % 2 == 1


def main_city_named_before(doc: Doc, city: Place | None, token: int) -> Place | None:
    """`city` (the report's most-named city) when the report names it before `token` (its
    dateline included): "the city" refers back, so a city the report names only in later
    paragraphs is not its referent ("troops entered A. They cleared the city", the city
    being A, not the B two later paragraphs name twice)."""
    if city is None or city.geonameid is None:
        return None
    for mention in doc_ext(doc, "places") or []:
        if mention.start < token and mention.kind == "place" and mention.candidates \
                and mention.candidates[0].geonameid == city.geonameid:
            return city
    return None
