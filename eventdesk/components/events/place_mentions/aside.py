"""Places named beside the event, not as its place: what a protest was against, another
occasion named after its place, a place named as an exception, a cause a deed was done for,
where a statement about it was made."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.abroad import abroad
from eventdesk.components.saying import saying_verbs
from eventdesk.extensions import doc_ext, first_conjunct
from eventdesk.geo.name_spans import word_before

# "protested against the offensive in Gaza", "to protest a ruling on a murder in Berlin":
# the protest's object, not where people gathered
PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "rally", "march", "demonstration",
                            "demonstrator", "protester"})
# "the town of Ghent": a place word whose "of" names the place, no deeper object of a protest
NAMING_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "area",
                          "governorate", "state", "county", "neighbourhood", "neighborhood",
                          "suburb", "camp", "capital"})
# "the Khasavyurt ceasefire agreement", "the Athens Olympic Games": occasions named after
# the place they were held
NAMED_OCCASIONS = frozenset({"agreement", "accord", "accords", "treaty", "ceasefire", "truce",
                             "summit", "talks", "conference", "games", "olympics",
                             "declaration", "protocol", "report", "inquiry", "commission",
                             # "against the Geneva initiative", "the Oslo peace process"
                             "initiative", "process", "pact", "deal", "convention",
                             "negotiations", "roadmap"})
# "the ringleader of the Paris attacks", "victims of the Bhopal tragedy": an event recalled
RECALLED_EVENTS = frozenset({"attack", "attacks", "bombing", "bombings", "massacre",
                             "tragedy", "disaster", "killings", "siege", "uprising", "riots"})
# "protests against the war in Gaza", "a rally against the invasion of Ukraine": a war
# named as what a protest was against, whose place is the war's theatre
WAR_NOUNS = frozenset({"war", "invasion", "genocide", "offensive", "bombardment"})
# "hundreds of residents rallied against the invasion in X": the war's town is the crowd's own
RESIDENTS = frozenset({"resident", "local", "inhabitant", "villager", "townspeople"})
# "a group blamed for the Bali bombings", "jailed for the Paris attacks": a deed recalled as
# the reason for another
BLAMED_WORDS = frozenset({"blame", "responsible", "convict", "sentence", "jail", "charge",
                          "try", "accuse", "wanted", "want", "hang", "execute", "indict"})
# "other than X", "rather than X", "apart from X", "except X": the place the text says the
# scene is not
EXCEPTING = {"than": ("other", "rather"), "from": ("apart", "aside"),
             "except": None, "excluding": None}


def excepted(root: Token) -> bool:
    """A place named as an exception: "the only area other than Toamasina", "every town
    except Goma", "apart from Kabul"."""
    tok = first_conjunct(root)  # "other than X and Y": Y as X
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ not in EXCEPTING:
        return False
    heads = EXCEPTING[prep.lower_]
    before = word_before(prep.doc, prep.i)  # "other  than X"
    return heads is None or prep.head.lower_ in heads \
        or before >= 0 and prep.doc[before].lower_ in heads


def names_another_occasion(root: Token) -> bool:
    """A place in the name of another occasion: "the 1996 Khasavyurt ceasefire agreement",
    "the Athens Olympic Games", "the ringleader of the Paris terror attacks", "victims of the
    Bhopal gas tragedy", "a group blamed for the Bali bombings", "the Arad report",
    "Northern Ireland's peace process" -- not "killed in the Hasakah clashes", the event
    itself."""
    tok = root
    while tok.dep_ in ("compound", "amod", "poss") and tok.head is not tok \
            and tok.head.i > tok.i:
        tok = tok.head
    if tok is root:
        return False
    lemma = tok.lemma_.lower()
    return lemma in NAMED_OCCASIONS or (
        lemma in RECALLED_EVENTS and tok.dep_ == "pobj" and (
            tok.head.lower_ in ("of", "to") or tok.head.lower_ == "for"
            and tok.head.head.lemma_.lower() in BLAMED_WORDS))


# "the men behind the killing of X": deeds people are said to be behind
BEHIND_DEEDS = RECALLED_EVENTS | {"killing", "murder", "murders", "assassination",
                                  "kidnapping", "kidnappings", "abduction"}


def behind_a_deed(root: Token) -> bool:
    """A place inside a deed the doers are said to be behind ("shot two men they said were
    behind the killings of six loggers in X", "the group behind the X bombings"): that
    deed's place, recalled to say who the people are, not where they were dealt with."""
    for tok in [root, *root.ancestors]:
        if (tok.lemma_.lower() in BEHIND_DEEDS or tok.lower_ in BEHIND_DEEDS) \
                and tok.dep_ == "pobj" and tok.head.lower_ == "behind":
            return tok is not root
    return False


def protested_against(root: Token) -> bool:
    """Deep inside what a protest was against: "protested against the bombing of the embassy
    in Belgrade", "marched to protest a ruling implicating X in a murder in Berlin",
    "protesting China's crackdown on riots in Tibet" (a deed's place, under the object). A
    place hung directly on the object ("protested against his visit in Sofia") may be where
    the protest was (the parse cannot tell), so it is kept -- unless the object is a war
    ("against the war in Gaza", "protesting the war in Gaza") abroad, whose place is its
    theatre (WAR_NOUNS); "demonstrated against the war in Washington" in a report of the
    United States may be where they marched."""
    preps = verbs = 0
    deed = own = war = False
    for tok in root.ancestors:
        head = tok.head
        # "protesting against the destruction of their poppy fields in Qaysar": a place of
        # the protesters' own is where they are
        own = own or any(c.dep_ == "poss" and c.lower_ in ("their", "our")
                         for c in tok.children)
        if tok.dep_ == "prep" and tok.lower_ in ("against", "over") \
                and head.lemma_.lower() in PROTEST_LEMMAS:
            # "a demonstration against the war in Gaza": a war's theatre, which the
            # protest, held far from it, was against
            return not own and (preps >= 2 or verbs >= 1
                                or war and preps >= 1 and _abroad(root))
        war = war or tok.lemma_.lower() in WAR_NOUNS and tok.dep_ == "pobj" \
            and tok.head.lower_ in ("against", "over")
        if tok.dep_ == "dobj" and head.lemma_.lower() == "protest":
            # "protested the closing of a school in Ciboure": kept
            return not own and (verbs >= 1 or deed and preps >= 2
                                or tok.lemma_.lower() in WAR_NOUNS and preps >= 1
                                and _abroad(root))
        deed = deed or tok.lemma_.lower() in RECALLED_EVENTS or tok.lower_ in RECALLED_EVENTS
        # "the town of Ghent", "at the university in Ankara": one place, not a deeper object
        naming = tok.lower_ == "of" and head.lemma_.lower() in NAMING_NOUNS or \
            tok.lower_ in ("in", "at") and head.dep_ == "pobj" and head.head.lower_ in (
                "in", "at")
        preps += tok.dep_ == "prep" and not naming
        # "plans to build a reactor in Normandy"; not "a lecture made at the university"
        verbs += tok.pos_ == "VERB" and tok.tag_ != "VBN"
    return False


def _abroad(root: Token) -> bool:
    """The place named at `root` lies outside the report's main country (`abroad`): a war's
    theatre abroad, not a town of the report's protests -- unless the crowd are its own
    people ("hundreds of residents held a rally against the invasion in X")."""
    doc = root.doc
    mention = next((m for m in doc_ext(doc, "places") or []
                    if m.start <= root.i < m.end and m.candidates), None)
    return mention is not None and abroad(doc, mention.candidates[0].country_code) \
        and not any(t.lemma_.lower() in RESIDENTS and t.dep_ in ("nsubj", "pobj")
                    for t in root.sent)


# "in support of our people in Gaza", "in solidarity with the fighters in Jenin": the cause
# a deed was done for, as partisan outlets tell a strike, not where it struck
CAUSE_NOUNS = frozenset({"support", "solidarity", "defence", "defense", "revenge"})


# "in a show of solidarity with refugees in X", "as a sign of support for X": a cause shown
DISPLAY_NOUNS = frozenset({"show", "sign", "gesture", "expression", "display", "demonstration",
                           "mark", "token", "act", "message"})


def named_as_a_cause(root: Token) -> bool:
    """The place is inside an "in support of" / "in solidarity with" / "in revenge for"
    phrase, or one shown ("in a show of solidarity with refugees in X", "as a sign of
    support for X"): the cause the deed served, not its scene."""
    for tok in root.ancestors:
        if tok.lemma_.lower() in CAUSE_NOUNS and tok.dep_ == "pobj" \
                and tok.head.lower_ == "in" and any(
                    c.dep_ == "prep" and c.lower_ in ("of", "with", "for") for c in tok.children):
            return True
        if tok.lemma_.lower() in DISPLAY_NOUNS and tok.dep_ == "pobj" \
                and tok.head.lower_ in ("in", "as") and _shows_a_cause(tok):
            return True
    return False


def _shows_a_cause(noun: Token) -> bool:
    """"a show of solidarity (with X)": the display noun's "of" names a cause."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in CAUSE_NOUNS for g in c.children)
        for c in noun.children)


# "the spokesman said in Jos that troops engaged the attackers", "told reporters in Makurdi":
# verbs of saying whose "in"/"at" after them says where the speaker was, not where the deed
# told was (not "report" or "confirm": "clashes were reported in X" is the scene)
SPOKEN_VERBS = saying_verbs("spoken_from_a_place")
# "said in a statement issued in Katsina", "a statement read on television in Niamey": a
# statement's place, and the verbs of putting one out
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "briefing",
                             "interview"})
# "a news conference in Kabul" is a statement's place; "talks at a conference in Doha",
# "a grenade thrown during a speech in Dhaka" are the scene of what was done there
PRESS_WORDS = frozenset({"news", "press"})
ISSUING_VERBS = frozenset({"issue", "release", "read", "deliver", "publish", "broadcast",
                           "air", "hold", "give", "make", "send", "post"})


def where_spoken(root: Token) -> bool:
    """A place hung after a verb of saying ("the spokesman said in Jos on Monday that troops
    engaged the attackers", "a military source said in Bamenda") or on a statement ("in a
    statement issued in Katsina", "read on state television in Ouagadougou"): where the
    speaker was, which wire copy names beside a deed done elsewhere. A place fronted before
    the verb ("In northern Homs, soldiers said, ...") may be the deed's and is kept."""
    tok = first_conjunct(root, also=("compound", "appos"))
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
        return False
    prep = tok.head
    head = prep.head
    for _ in range(4):
        lemma = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN") and (lemma in STATEMENT_NOUNS or lemma == "conference"
                                               and any(c.lower_ in PRESS_WORDS
                                                       for c in head.children)):
            return True
        if head.pos_ in ("VERB", "AUX"):
            if lemma in SPOKEN_VERBS:
                return prep.i > head.i and not any(
                    c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
            if lemma not in ISSUING_VERBS:
                return False
        if head.dep_ not in ("pobj", "prep", "acl", "dobj", "compound") or head.head is head:
            return False
        head = head.head
    return False
