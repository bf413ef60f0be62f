"""Predicates of taking: whether a capture or an arrest takes people (arrests,
abductions), ground, or a thing or a prize (no event), and whom it holds.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.coding import typology
from eventdesk.components.events.common import (
    ARMED_ROLES,
    LATER_WORDS,
    actor_tokens,
    lexicon,
    place_tokens,
)
from eventdesk.components.events.subtype.shared import (
    FIGHTER_NOUNS,
    GROUND_NOUNS,
    PERSON_NOUNS,
    _a_combatant,
    _is_civilian_token,
    _only_by,
)
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate


@predicate.add
def takes_people(facts: ClauseFacts) -> bool:
    """"seized 49 people", "captured two soldiers", "the pilot was captured": what was
    taken (the object, or the passive subject) is people — a person or fighter noun, or a
    counted noun that is not ground ("70 percent of the country", "two villages")."""
    doc = facts.doc
    places = place_tokens(doc)
    ground = _taken_ground()
    harmed_by = _harm_verbs(facts)
    taking = _taking_verbs(facts)
    for tok in [*facts.clause.tokens, *_objects_of_joined(facts, taking)]:
        lemma = tok.lemma_.lower()
        if tok.i in places or lemma in ground:
            continue
        if _taken_by_participle(tok):
            return True   # "footage of 15 British sailors captured on Friday"
        if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.i not in taking:
            continue   # "captured the town in a battle that left 18 people dead"
        if tok.head.i in harmed_by and not _object_shared(tok.head, taking):
            continue   # "captured the sites, killing several members": killed, not taken
        if tok.head.lemma_.lower() in PERSON_TAKING_VERBS and (
                _some_of_people(tok) or _taken_where_found(tok, places, ground)
                or _a_wanted_person(tok)):
            return True   # "many of them were captured", "Lindh was captured in Kabul"
        if lemma in PERSON_NOUNS or lemma in FIGHTER_NOUNS or _is_civilian_token(doc, tok) \
                or tok.lower_ in PERSONAL_PRONOUNS \
                or any(c.like_num for c in tok.children):
            return True
        if tok.head.lemma_.lower() in PERSON_TAKING_VERBS and (
                tok.lower_ in PEOPLE_PRONOUNS or _counted_people(tok, ground)):
            return True   # "they were captured", "captured the six"
        if tok.dep_ == "nsubjpass" and tok.ent_type_ in ("PERSON", "NORP"):
            return True   # "Ghailani was captured", "a Palestinian was seized"
        if tok.ent_type_ == "PERSON" and tok.head.lemma_.lower() in PERSON_TAKING_VERBS:
            return True   # "troops captured Sufyan Maher Hassan in a raid"
    return False


# Trigger categories that take people or ground
TAKING_CATEGORIES = {"capture", "recapture", "abduction", "arrest"}


def _taking_verbs(facts: ClauseFacts) -> set[int]:
    """The words of the clause's triggers of taking and the verbs joined to them ("captured
    and extradited X", "seized and beat two men"): only what these take is taken; the
    object of another verb of the clause is not ("a battle that left 18 people dead")."""
    doc = facts.doc
    ids = {i for m in facts.clause.triggers if m.category in TAKING_CATEGORIES
           for i in range(m.start, m.end)}
    joined = {c.i for i in ids for c in doc[i].children if c.dep_ == "conj"}
    joined |= {doc[i].head.i for i in ids if doc[i].dep_ == "conj"}
    return ids | joined


def _objects_of_joined(facts: ClauseFacts, taking: set[int]) -> list[Token]:
    """The objects of verbs joined to the clause's verb of taking that has none of its own,
    where the parse made the joined verb a clause of its own ("rebels captured and executed
    two soldiers"): what both verbs took."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    return [g for i in taking if i in ids and _object_shared_by(doc[i])
            for c in doc[i].children if c.dep_ == "conj" and c.i not in ids
            for g in c.children if g.dep_ == "dobj"]


def _object_shared_by(verb: Token) -> bool:
    """A verb with no object of its own, whose objects a verb joined to it may share."""
    return verb.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass")
                                           for c in verb.children)


@predicate.add
def captives_harmed_by_a_joined_verb(facts: ClauseFacts) -> bool:
    """A verb of killing or attack joined to the clause's verb of taking, which the parse
    made a clause of its own ("rebels captured and executed two soldiers", "was captured
    and shot by partisans"), sharing its subject: the captives were harmed. Not a verb
    with a subject of its own ("captured two men and one of their bases was attacked")."""
    doc = facts.doc
    harm = {i for m in doc._.triggers or [] if m.category in ("kill", "attack")
            for i in range(m.start, m.end)}
    ids = {t.i for t in facts.clause.tokens}
    return any(c.dep_ == "conj" and c.i in harm and c.i not in ids
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for i in _taking_verbs(facts) for c in doc[i].children)


def _object_shared(verb: Token, taking: set[int]) -> bool:
    """The verb is co-ordinated with a verb of taking that has no object of its own
    ("gunmen captured and killed a chief"): its object is what both verbs took."""
    return verb.dep_ == "conj" and verb.head.i in taking and _object_shared_by(verb.head)


def _taken_by_participle(tok: Token) -> bool:
    """A person or fighter noun that a participle of taking qualifies ("15 sailors and
    marines captured on Friday", "the soldiers seized last week"): the participle tells
    what was done to them, as a passive would ("were captured")."""
    if tok.lemma_.lower() not in PERSON_NOUNS | FIGHTER_NOUNS:
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in PERSON_TAKING_VERBS
               for c in tok.children)


# Triggers whose object is harmed, not taken: a capture told with its toll ("captured all
# of the sites, killing and wounding several members of the group")
_HARM_CATEGORIES = {"kill", "attack", "clash", "explosive", "blast", "air", "strike",
                    "shelling", "suicide", "grenade", "chemical", "sexual", "looting", "destroy"}


def _harm_verbs(facts: ClauseFacts) -> set[int]:
    """The tokens of the clause's triggers that harm rather than take."""
    ids = {t.i for t in facts.clause.tokens}
    return {i for m in facts.doc._.triggers or [] if m.category in _HARM_CATEGORIES
            and m.start in ids for i in range(m.start, m.end)}


# One person taken, named or referred to: "captured him", "she was seized"
PERSONAL_PRONOUNS = ("he", "she", "him", "her")
# People taken, referred to: "they were captured", "captured them"
PEOPLE_PRONOUNS = ("they", "them")


def _counted_people(tok: Token, ground: set[str]) -> bool:
    """A number standing for people: "the six were captured", "eighteen of the rebels" —
    not one counting ground ("two of the villages")."""
    if not (tok.like_num and tok.pos_ == "NUM"):
        return False
    counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return not any(g.lemma_.lower() in ground or g.i in place_tokens(tok.doc) for g in counted)


# Verbs that take people as well as ground; "entered X" or "overran X" take only ground,
# whatever NER calls a place name the gazetteer missed
PERSON_TAKING_VERBS = {"capture", "seize", "catch", "nab", "snatch", "grab", "apprehend"}


@predicate.add
def named_person_taken(facts: ClauseFacts) -> bool:
    """What was taken (the object, or the passive subject) is one person the report names
    or refers to ("Karadzic was captured in Belgrade", "forces captured him"): news tells
    the capture of a wanted individual far more often than the kidnapping of one, which it
    calls kidnapping or abduction."""
    places = place_tokens(facts.doc)
    actors = actor_tokens(facts.doc)
    ground = _taken_ground()
    for tok in facts.clause.tokens:
        if (tok.i in places or tok.ent_type_ in NOT_A_PERSON) \
                and tok.dep_ in ("dobj", "nsubjpass") \
                and tok.head.i == facts.clause.root.i and tok.i not in actors \
                and tok.head.lemma_.lower() in PERSON_TAKING_VERBS and _held_person(tok, ground):
            return True   # "captured Barghouti in a house where he was hiding"
        if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.i != facts.clause.root.i \
                or tok.i in places or tok.i in actors or tok.lemma_.lower() in ground \
                or tok.head.lemma_.lower() not in PERSON_TAKING_VERBS:
            continue
        if tok.ent_type_ != "PERSON" and _a_named_site(tok, ground):
            continue   # "captured the Al-Nuba Mountains", "the Marj Al-Sultan airport"
        if tok.ent_type_ == "PERSON" or tok.lower_ in PERSONAL_PRONOUNS or (
                tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_A_PERSON):
            return True
    return False


# What NER may call a proper noun that is no person: a place or a thing
NOT_A_PERSON = ("GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")


def _taken_ground() -> frozenset[str]:
    """What a capture takes that is not people: ground, settlements, posts, landmarks."""
    words = lexicon()  # ground_words: the ground and landmarks a side takes (triggers.toml)
    return words["anaphora"] | words["district_words"] | words["facility_words"] \
        | GROUND_NOUNS | words["ground_words"]


def _a_named_site(tok: Token, ground: frozenset[str]) -> bool:
    """A proper name that names a site: a ground word within it or heading it ("the Al-Nuba
    Mountains", "Al-Anad, a top secret base"), or one that takes "the" — which the names of
    people do not ("captured the Hayat Tower")."""
    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return True
    around = [c for c in tok.children if c.dep_ in ("compound", "appos", "amod")]
    return any(t.lemma_.lower() in ground or t.lower_ in ground for t in around)


# Verbs of what is done to a captive: held, jailed, handed to the authorities, extradited
CUSTODY_VERBS = frozenset({
    "hold", "detain", "arrest", "jail", "imprison", "intern", "extradite", "deport", "deliver",
    "interrogate", "question", "torture", "sentence", "convict", "charge", "indict",
    "blindfold", "handcuff"})
# Words of a person's custody or flight told anywhere beside a capture ("where he was
# hiding", "sentenced him", "extradited"): a town does not hide, nor stand trial. The
# custody verbs but those of common other senses ("held talks", "questioned the plan",
# "delivered aid", an intern), their nouns, and flight.
CUSTODY_WORDS = CUSTODY_VERBS - {"hold", "question", "deliver", "intern"} | {
    "hide", "hiding", "hideout", "fugitive", "manhunt", "bounty", "extradition", "prison",
    "detention", "custody", "interrogation", "trial", "accuse"}
SINGLE_PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}


def _held_person(tok: Token, ground: frozenset[str]) -> bool:
    """A single name taken, which the gazetteer or NER read as a place, whose sentence
    tells a person's custody or flight and refers to him or her after it ("Turkey captured
    Ocalan in Kenya and sentenced him to death", "captured Barghouti in a house where he
    was hiding"): a person arrested, not ground."""
    if tok.pos_ != "PROPN" or _a_named_site(tok, ground) \
            or any(c.dep_ == "compound" for c in tok.children):
        return False
    after = [t for t in tok.sent if t.i > tok.i]
    return any(t.lemma_.lower() in CUSTODY_WORDS or t.lower_ in CUSTODY_WORDS for t in after) \
        and any(t.lower_ in SINGLE_PERSON_PRONOUNS for t in after) or _custody_joined(tok)


def _custody_joined(tok: Token) -> bool:
    """What was taken is what a verb joined to the taking, with neither a subject nor an
    object of its own, did to a captive ("Bishara was captured and had been held at a
    detention centre", "was captured in Caracas and delivered to the authorities",
    "captured and extradited X"): only a person is held or extradited; "captured the town
    and held it" holds what its own object names."""
    verb = tok.head
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in CUSTODY_VERBS
               and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
               for c in verb.children)


# Quantities of people referred to: "many of them were captured", "the rest were seized"
PEOPLE_QUANTIFIERS = {"many", "some", "several", "most", "all", "few", "dozens", "hundreds",
                      "scores", "thousands", "each", "none", "both"}
PEOPLE_REMAINDERS = {"rest", "others", "remainder"}


def _some_of_people(tok: Token) -> bool:
    """"Many of them", "most of the men", "the rest", "others": people referred to by a
    quantity, not ground counted ("two of the villages" is caught as ground before)."""
    if tok.lower_ in PEOPLE_REMAINDERS:
        return True
    if tok.lower_ not in PEOPLE_QUANTIFIERS:
        return False
    counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(g.lower_ in ("them", "us", "those") or g.lemma_.lower() in PERSON_NOUNS
               or g.lemma_.lower() in FIGHTER_NOUNS for g in counted)


def _a_wanted_person(tok: Token) -> bool:
    """One taken as a suspect or named in apposition: "a suspected planner of the attacks,
    Ramzi Binalshibh", "the alleged mastermind", "the prime suspect"."""
    return tok.lemma_.lower() in SUSPECT_WORDS or any(
        c.lower_ in SUSPECT_WORDS or c.dep_ == "appos" and c.ent_type_ == "PERSON"
        for c in tok.children)


def _taken_where_found(tok: Token, places: set[int], ground: frozenset[str]) -> bool:
    """A name taken *in* a place ("Lindh was captured in Afghanistan", "Turkey captured
    Ocalan in Kenya", "Hamdan was captured at a roadblock in Afghanistan"): ground is taken,
    not found somewhere, so what is captured in a place the gazetteer or NER knows is a
    person. Not a name that NER or the gazetteer reads as a place or site."""
    if tok.ent_type_ in NOT_A_PERSON or _a_named_site(tok, ground) or tok.ent_type_ == "ORG" \
            and any(c.dep_ == "compound" for c in tok.children):
        return False   # a one-word name NER calls an organisation may be a person's
    if not (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "NORP")
            or tok.is_title and tok.pos_ == "NOUN" and tok.i == tok.sent.start):
        return False
    verb = tok.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (obj.i in places or obj.ent_type_ in ("GPE", "LOC")
                                       or obj.lemma_.lower() in ("roadblock", "checkpoint",
                                                                 "raid", "hideout")):
                return True
    return False


@predicate.add
def wins_not_takes(facts: ClauseFacts) -> bool:
    """"captured the title", "seized 52 percent of the vote", "captured on camera": what was
    taken is a prize, a score or a picture (triggers.toml `prize_words`, `picture_words`),
    not ground or people; read on the capture verb's objects (all of them), its subject
    and its prepositions."""
    words = lexicon()
    prizes, pictures = words["prize_words"], words["picture_words"]
    verbs = {facts.doc[m.start:m.end].root for m in facts.clause.triggers
             if m.category in ("capture", "recapture")}
    for verb in verbs:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if objects and all(_is_prize(o, prizes | pictures) for o in objects):
            return True
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lemma_.lower() in pictures:
                return True
            if child.dep_ in ("prep", "agent") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in pictures for g in child.children):
                return True
    return False


# What a prize may be "of" besides another prize: its season ("her second title of the year").
PRIZE_SPANS = frozenset({"year", "season", "month", "week", "decade", "century", "career"})


def _is_prize(noun: Token, prizes: frozenset[str]) -> bool:
    """A prize noun; a share ("52 percent") only of a prize ("of the vote"), not of ground
    ("70 percent of the country"); a prize of a season ("her second title of the year")."""
    if noun.lemma_.lower() not in prizes and noun.lower_ not in prizes:
        return False
    of_what = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return all(g.lemma_.lower() in prizes or g.lemma_.lower() in PRIZE_SPANS for g in of_what)


# What a capture verb takes when it takes neither ground nor people: a picture's subject
# ("captured the moment", "captured images of a rare okapi"), animals, contraband
# ("seized 2.3 tonnes of cocaine"), a sport's heat or spot, what a body clears or passes.
THINGS_TAKEN = {
    "moment", "life", "live", "image", "view", "scene", "sentiment", "mood", "essence",
    "beauty", "drama", "emotion", "look", "sound", "likeness", "story", "headline", "page",
    "animal", "bird", "penguin", "frog", "fish", "turtle", "whale", "lobster", "snake",
    "leopard", "lion", "tiger", "elephant", "okapi", "bear", "wolf", "crocodile", "monkey",
    "cocaine", "heroin", "drug", "marijuana", "cannabis", "hashish", "methamphetamine",
    "opium", "contraband", "counterfeit", "cigarette", "ivory", "timber", "fuel",
    "spot", "point", "goal", "event", "pair", "double", "single", "downhill", "slalom",
    "heat", "lap", "sprint", "stage", "time", "leg",
    # what a body clears or passes: candidates, bills, hurdles ("cleared 14 candidates")
    "candidate", "candidacy", "bill", "law", "motion", "budget", "hurdle", "backlog",
    "application", "nomination", "name",
    # a mood or a lead ("captured the spirit of the crowd", "seized the initiative")
    "spirit", "imagination", "attention", "heart", "atmosphere", "momentum", "initiative",
    # what is "brought under control" that is no ground: a fire, prices, a disease
    "fire", "blaze", "flame", "wildfire", "inferno", "inflation", "price", "deficit",
    "outbreak", "epidemic", "pandemic", "disease", "spread", "situation",
    # what deminers clear: mines and ordnance ("cleared 300 landmines from farmland")
    "mine", "landmine", "ordnance", "uxo", "rubble", "debris"}
# Measures before what was taken ("tonnes of cocaine", "images of a rare okapi").
MEASURES = {"tonne", "ton", "kilogram", "kg", "kilo", "gram", "pound", "quantity", "haul",
            "shipment", "consignment", "amount", "image", "picture", "photo", "footage"}


@predicate.add
def takes_a_thing(facts: ClauseFacts) -> bool:
    """Every object of the clause's capture verbs is a thing that is neither ground nor
    people: a picture's subject ("captured the moment", "captured images of an okapi"),
    an animal, contraband ("seized 2.3 tonnes of cocaine"), a sport's heat or spot."""
    doc = facts.doc
    verbs = [doc[m.start:m.end].root for m in facts.clause.triggers
             if m.category in ("capture", "recapture", "abduction")]
    objects = [c for v in verbs if v.pos_ == "VERB" for c in v.children
               if c.dep_ in ("dobj", "nsubjpass")
               or (c.dep_ == "nsubj" and v.lemma_.lower() in ("come", "fall"))]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    if not objects:
        return False
    for noun in objects:
        lemma = noun.lemma_.lower()
        if lemma in MEASURES:
            of_what = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            if of_what:
                lemma = of_what[0].lemma_.lower()
        if lemma not in THINGS_TAKEN or _military_point(noun):
            return False
    return True


# "captured a strategic point from the rebels", "seized several points around the
# village": a point held on a front is ground, not a sport's point ("captured their first
# three points in Group C").
POINT_WORDS = {"point", "position", "hill", "hilltop"}
GROUND_MODIFIERS = {"strategic", "military", "key", "important", "fortified", "defensive",
                    "several", "many", "multiple"}
GROUND_PREPS = {"around", "near", "inside", "along", "outside"}


def _military_point(noun: Token) -> bool:
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    return noun.lemma_.lower() in POINT_WORDS and (any(
        (c.dep_ in ("amod", "compound") and c.lower_ in GROUND_MODIFIERS)
        or (c.dep_ == "prep" and c.lower_ in GROUND_PREPS) for c in noun.children)
        or any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.head.children))


@predicate.add
def arrested_for_ordinary_crime(facts: ClauseFacts) -> bool:
    """An arrest told with an ordinary crime (typing.toml cue `crime_charge`, anywhere
    under the clause's verb: "arrested two men who stole cattle") and with no armed side,
    weapon or political charge (cue `conflict_arrest`: "arrested 12 militants for
    smuggling weapons")."""
    under = list(facts.clause.root.subtree)
    return _cue("crime_charge", under) and not _cue("conflict_arrest", under)


# Who is killed in a fight, not an attack (rule held-in-the-fight), and the words that put
# an arrest on a later day.
FIGHT_DEAD_NOUNS = {"militant", "rebel", "insurgent", "fighter", "gunman", "gunmen", "terrorist",
                    "jihadist", "assailant", "attacker", "militiaman", "militiamen", "bandit",
                    "taliban", "guerrilla", "combatant"}
# "and later arrested three others", "then arrested": a sequel, as "then" also says when
# it modifies the verb itself
SEQUEL_WORDS = LATER_WORDS | {"then"}


@predicate.add
def held_in_the_fight(facts: ClauseFacts) -> bool:
    """People detained in the very clause pair that tells others of them killed ("two
    gunmen were killed and three detained", "troops killed two militants and arrested
    three"): the fight's outcome, coded once as the fight (GUIDELINES: one interaction
    between the same actors at one place and day), not a separate arrest."""
    root = facts.clause.root
    if any(c.lower_ in SEQUEL_WORDS for c in root.children):
        return False   # "and later arrested three others": another day's deed
    doc = facts.doc
    # the killings of fighters: the verbs whose dead are an armed side's
    kills = {i for m in doc._.triggers or [] if m.category == "kill"
             for i in range(m.start, m.end)
             if any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in FIGHT_DEAD_NOUNS
                    for c in doc[i].children)}
    # the held named as the rest of the killed ("five others were arrested", "three
    # detained"), after the killing in the sentence
    rest = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
            and (c.pos_ == "NUM" or c.lower_ == "others")]
    if rest and any(i in kills and doc[i].pos_ == "VERB"
                    for i in range(facts.clause.sent.start, root.i)):
        return True
    # or the arrest shares the killing's subject, not another side's ("police later
    # arrested three suspects")
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return False
    joined = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        joined.append(root.head)
    # in the same voice: "killed two and arrested three"; not the killers "later arrested"
    return any(v.i in kills and v.pos_ == "VERB" and _passive(v) == _passive(root)
               for v in joined)


def _passive(verb: Token) -> bool:
    """Passive, its "were" said once for two verbs too ("were killed and three detained")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))


@predicate.add
def captives_freed_in_sentence(facts: ClauseFacts) -> bool:
    """The sentence frees, releases or ransoms whom it says were captured ("were captured
    … before being freed two days later", "have been released"): hostages, not people
    arrested."""
    return _cue("captives_freed", list(facts.clause.sent))


@predicate.add
def whereabouts_unknown_in_sentence(facts: ClauseFacts) -> bool:
    """The sentence says the people taken vanished ("his whereabouts remain unknown", "has
    not been seen since", "detained and disappeared"; typing.toml cue `disappeared`): a
    forced disappearance, which ACLED codes as such whoever took them, a state's agents
    included, not an arrest."""
    return _cue("disappeared", list(facts.clause.sent))


@predicate.add
def only_picked_up(facts: ClauseFacts) -> bool:
    """The clause's arrest is only "picked up", a phrasal verb of everyday life ("picked up
    her children", "the wind picked up") that news uses for arrests by a force."""
    return _only_by(facts, "arrest", "pick")


# Whom news tells taken as hostages rather than arrested: people at work or abroad who are
# no side and no suspect ("two aid workers", "a contractor", "23 South Korean aid
# workers", "four Britons").
CAPTIVE_CIVILIANS = {"worker", "contractor", "journalist", "reporter", "photographer",
                     "cameraman", "driver", "engineer", "tourist", "foreigner", "hostage",
                     "passenger", "missionary", "priest", "nun", "pastor", "volunteer",
                     "humanitarian", "employee", "teacher", "doctor", "nurse", "villager",
                     "farmer", "child", "schoolgirl", "schoolboy", "student", "family",
                     "colleague", "translator", "interpreter", "businessman", "national",
                     "civilian", "resident", "crew", "staff", "expatriate", "trader"}
SUSPECT_WORDS = {"suspect", "suspected", "wanted", "fugitive", "accused", "alleged",
                 "mastermind", "plotter", "ringleader", "bomber"}


def _taken(facts: ClauseFacts) -> list[Token]:
    """Who was taken: the object or passive subject of a verb of taking in the clause, with
    whom it is co-ordinated or placed in apposition, and whom it was taken with ("was
    captured along with two colleagues", "with a driver")."""
    found = [t for t in facts.clause.tokens if t.dep_ in ("dobj", "nsubjpass")
             and t.head.lemma_.lower() in PERSON_TAKING_VERBS | {"abduct", "kidnap"}]
    verbs = {t.head.i for t in found}
    found += [g for v in verbs for c in facts.doc[v].children
              if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
              for g in c.children if g.dep_ == "pobj"]
    found += [g for v in verbs for c in facts.doc[v].children
              if c.dep_ in ("advmod", "prt", "prep") and c.lower_ == "along"
              for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    stack, seen = list(found), set()
    while stack:
        tok = stack.pop()
        if tok.i not in seen:
            seen.add(tok.i)
            stack.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
    return [facts.doc[i] for i in sorted(seen)]


@predicate.add
def civilians_taken(facts: ClauseFacts) -> bool:
    """Among those taken are people at work or abroad who are no side and no suspect —
    aid workers, contractors, journalists, a driver, "four Britons" — and none is a
    fighter or a suspect: news tells so the taking of hostages, an abduction, not an
    arrest (ACLED: arrests are a state's of suspects)."""
    doc = facts.doc
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    taken = _taken(facts)
    if any(_a_combatant(t, armed) or t.lemma_.lower() in SUSPECT_WORDS
           or any(c.lower_ in SUSPECT_WORDS or c.dep_ == "compound" and _a_combatant(c, armed)
                  for c in t.children) for t in taken):
        return False
    return any(t.lemma_.lower() in CAPTIVE_CIVILIANS
               or t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS")   # "four Britons"
               for t in taken)


REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"


def taken_by(sub_type: str, inter1: int | None, inter2: int | None = None, *,
             own_forces: bool = False, claimed: bool = False, taker_named: bool = False) -> str:
    """The territory sub-type for the side that took the ground, once the sides are known
    (`inter1`, `inter2`: the inter codes of the sides in the event's country): a foreign
    state's forces (ACLED's external forces, inter 8: "Russian forces recaptured the
    village" in Ukraine, "Russian troops drove Ukrainian forces out of X") do not regain
    the government's territory — GUIDELINES "Territory": a foreign state's forces taking
    ground is "Non-state actor overtakes territory", whatever the verb ("retook",
    "liberated"). Their allies retaking ground with the state regain it: not when the
    sentence names the country's own forces too (`own_forces`: "Syrian troops backed by
    Russian special forces retook the town"), nor when a foreign force named as the taker
    took the ground from a rebel or militia side (`inter2`), the government's foe. A
    foreign state that claims ground it names no taker for (`claimed`: "the village was
    liberated, Russia's defence ministry said") took it with its own forces.

    The other way round, ground a clause names its taker for (`taker_named`) that the
    typing read as overtaken — the parse found no subject ("Croatian armed forces midday
    Saturday captured Knin"), or the actor lexicon read the force against the report's
    first country, not the event's — is regained when that taker is the state's own
    forces in the event's country (inter 1)."""
    if sub_type == OVERTAKES:
        return REGAINS if taker_named and inter1 == 1 else sub_type
    if sub_type != REGAINS or inter1 != typology.EXTERNAL or own_forces:
        return sub_type
    if not claimed and inter2 in typology.NON_STATE_ARMED:
        return sub_type
    return OVERTAKES
