"""Names that only locate or describe another place: a landmark's town, a source's town, a
neighbour, a site named after a town, a setting aside from the verb."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.place_measures import (
    is_landmark,
)
from eventdesk.components.events.place_mentions import (
    speaking_verb,
)
from eventdesk.components.events.place_mentions.homes import HOME_NOUNS
from eventdesk.components.events.place_mentions.town_sites import TOWN_SITE_WORDS
from eventdesk.components.events.place_names.site_towns import BESIDE_TOWN_SITE_WORDS
from eventdesk.components.events.placing.deeds import PERSON_OR_GROUP_NOUNS
from eventdesk.extensions import doc_ext, span_root, span_text
from eventdesk.geo.name_spans import word_after


def only_locates(doc: Doc, mention, pool) -> bool:
    """Named to measure from ("South of Baghdad, ... in the town of Suwayra") while the pool
    names another place outside its own description ("east of Furqlus, a town between Homs
    and Palmyra" is Furqlus's)."""
    if not is_landmark(doc, mention.start):
        return False
    root = span_root(doc, mention.start, mention.end)
    own = {t.i for t in root.subtree}
    return any(other is not mention and (other.start not in own or _near_it(doc, other, root))
               for other in pool)


def _near_it(doc: Doc, mention, landmark: Token) -> bool:
    """"south of the capital Algiers, near Medea": a place hung on the landmark with "near",
    the nearer place of the two, not a description of the landmark."""
    head = span_root(doc, mention.start, mention.end).head
    return head.lower_ in ("near", "outside") and head.head.i == landmark.i


# "the California capital Sacramento", "the Sinaloa state capital of Culiacan": the words
# between a holder and the town it holds
CAPITAL_LINKS = frozenset({"capital", "state capital", "provincial capital", "regional capital",
                           "capital of", "state capital of", "provincial capital of",
                           "regional capital of", "capital ,", "capital city"})


def well_known(mention) -> bool:
    """Read exactly as a name of the index, or as a sizeable town."""
    best = mention.candidates[0] if mention.candidates else None
    return best is not None and (best.match == "exact" or best.population >= 5_000)


def where_the_source_is(doc: Doc, mention) -> bool:
    """"According to a military source in Aleppo": where the source is, within the source
    words of an "according to" claim the attribution stage found (doc_ext(doc, "claims"))."""
    at = span_root(doc, mention.start, mention.end).idx
    return any(claim.cue == "according to" and claim.start_char <= at < claim.end_char
               for claim in doc_ext(doc, "claims") or ())


def where_a_speaker_spoke(doc: Doc, mention) -> bool:
    """"the UN mission said in Juba", "officials told reporters in Kinshasa": the place of
    a verb of saying, where the words were spoken."""
    root = span_root(doc, mention.start, mention.end)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "at", "from"):
        return False
    holder = prep.head
    if holder.dep_ in ("dobj", "dative") and holder.pos_ in ("NOUN", "PROPN"):
        holder = holder.head  # "told reporters in Kinshasa"
    return holder.pos_ in ("VERB", "AUX") and speaking_verb(holder)


# "a Kaduna businessman", "two Kabul residents": a town's name before a person's noun says
# where the person is from
PEOPLE_OF_A_TOWN = HOME_NOUNS | PERSON_OR_GROUP_NOUNS | frozenset({
    "lawyer", "trader", "farmer", "doctor", "priest", "teacher", "merchant", "driver"})


def names_a_side_place(doc: Doc, mention, pool) -> bool:
    """A name the clause gives beside the event's place, when it gives one: where the source
    is ("According to a military source in Damascus, jets struck rebels at Binnish"), a
    person's name the index also knows ("Castro was shot ... on the outskirts of Vitoria",
    "Sadr supporters marched in Najaf"), a town naming the people of the deed ("a Kaduna
    businessman"), the holder of the town named next ("the
    California capital Sacramento") or its neighbour ("Manila's neighbouring province of
    Pampanga")."""
    root = span_root(doc, mention.start, mention.end)
    if where_the_source_is(doc, mention):
        return True
    if root.ent_type_ == "PERSON" and mention.designator is None \
            and root.dep_ in ("nsubj", "nsubjpass", "compound", "poss") and any(
                o is not mention and (o.designator is not None or span_root(doc, o.start, o.end)
                                      .ent_type_ in ("GPE", "LOC", "FAC")) for o in pool):
        return True  # not "took over Wad Madani, the capital of ...", nor "bombed Halabja"
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in PEOPLE_OF_A_TOWN:
        return True  # "abducted a Kaduna businessman in Abuja": the man's home, not Abuja
    neighbour = _neighbour_of(doc, mention)
    for other in pool:  # the gap's words are read only when it is short (a pool of
        near = other is not mention and 0 < other.start - mention.end <= 4  # hundreds)
        if near and span_text(doc, mention.end, other.start).strip().lower() in CAPITAL_LINKS:
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
    tok = span_root(doc, mention.start, mention.end)
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "relcl":
            if any(c.lower_ in ("where", "when") for c in tok.children) or any(
                    m.start <= tok.i < m.end for m in doc_ext(doc, "triggers") or ()):
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
    after = word_after(doc, k)  # "Manila's  neighbouring"
    return after < len(doc) and doc[k].lower_ in ("'s", "’s") \
        and doc[after].lower_ in NEIGHBOUR_WORDS


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
            and doc[k].lower_ not in TOWN_SITE_WORDS:
        k += 1  # "the Nueva Granada Military University"
    if k >= len(doc) or doc[k].lower_ not in TOWN_SITE_WORDS:
        return False
    beside = doc[k].lower_ in BESIDE_TOWN_SITE_WORDS  # a dam may lie far from its town
    for other in pool:
        if other is mention or not 0 < other.start - k - 1 <= 4 \
                or beside and _holds(other, mention):
            continue  # "shelled the Pelvara Mission Hospital in Dunmar county": at Pelvara
        gap = span_text(doc, k + 1, other.start).strip().lower()
        if gap in SITE_PLACE_LINKS or gap.startswith("in ") and gap.endswith("capital"):
            return True  # "... University in Colombia's capital Bogota"
    return False


def _holds(region, mention) -> bool:
    """`region` reads as a region or a district that holds `mention`'s best reading: a site
    that stands beside its town (a hospital, a school; not a dam nor a crossing), named after
    a town of the region the clause puts it in, stands in that town."""
    if not region.candidates or not mention.candidates:
        return False
    holder, town = region.candidates[0], mention.candidates[0]
    if town.is_region or town.country_code != holder.country_code or not town.admin1:
        return False
    if holder.is_region:
        return town.admin1 == holder.admin1
    return holder.feature_code == "ADM2" and bool(town.admin2) \
        and (town.admin1, town.admin2) == (holder.admin1, holder.admin2)


# "During the ceremony at X, ... demonstrated in Y": a phrase setting the time of the deed
SETTING_PREPS = frozenset({"during", "amid"})


def _names_a_deed(prep: Token, deeds: set[int]) -> bool:
    """"burned 15 homes during a raid in Ndop": the phrase names the deed itself (a trigger
    word), whose place is the event's, not a setting apart from it."""
    return any(c.dep_ == "pobj" and c.i in deeds for c in prep.children)


def set_aside_from_the_verb(doc: Doc, pool, verb: Token) -> set[int]:
    """The pool's places hung on the event's verb only through its subject ("Ranimat, of
    the village of X near Hebron, detonated a bomb in Tel Aviv"), a clause with a subject
    of its own ("As Blair spoke at a conference in X, people demonstrated in London") or a
    phrase setting the time ("During the ceremony at X, nationalists demonstrated in
    Kiev"), when another place of the pool hangs on the verb directly: those set aside
    (ids of the mentions)."""
    aside, direct = set(), False
    # "The blast in Lucciana, in upper Corsica, destroyed ...": a subject that is the deed
    # itself (a trigger word) is no actor; its place is the deed's, as is the place of
    # "during a raid in Ndop": the deed, not a time setting it
    deeds = {i for m in doc_ext(doc, "triggers") or [] for i in range(m.start, m.end)}
    for mention in pool:
        tok, set_off, reached = span_root(doc, mention.start, mention.end), False, False
        for _ in range(12):
            if tok.i == verb.i:
                reached = True
                break
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.i not in deeds \
                    or tok.dep_ == "prep" and tok.lower_ in SETTING_PREPS \
                    and not _names_a_deed(tok, deeds) or tok.dep_ == "advcl" and any(
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
