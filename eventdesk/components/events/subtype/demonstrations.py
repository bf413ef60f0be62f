"""Predicates of crowds (ACLED protests and riots): a protest or a mob, force used on
protesters, and protest words in another sense (a march of troops, a walk, a month).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import ARMED_ROLES, lexicon
from eventdesk.components.events.subtype.shared import (
    FIGHTER_NOUNS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    _purpose_has,
)
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate, rule_table

MOVED_PEOPLE = {"prisoner", "captive", "army", "troop", "soldier", "client", "everyone",
                "detainee", "suspect"}
# What a peaceful crowd burns as a sign ("burning flags", "burned an effigy of the
# president"): a symbolic act of the protest, not violence (ACLED).
SYMBOLS_BURNED = {"flag", "effigy", "picture", "poster", "portrait", "photo", "photograph",
                  "image", "banner", "placard", "copy", "book", "coffin", "ballot", "card"}
BURN_VERBS = {"burn", "torch", "set", "fire"}


@predicate.add
def burns_only_symbols(facts: ClauseFacts) -> bool:
    """The crowd's only violence is burning symbols ("burning Israeli flags", "burned
    effigies of the minister"): every burning verb of the clause takes a flag, effigy or
    picture, and the sentence names no stones, looting or clashes."""
    tokens = list(facts.clause.tokens)
    burns = [t for t in tokens if t.lemma_.lower() in BURN_VERBS and t.pos_ in ("VERB", "AUX")
             or t.lower_ == "burning"]
    if not burns:
        return False
    for verb in burns:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "pobj")]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        if verb.dep_ == "amod":   # "burning flags"
            objects.append(verb.head)
        if not objects:   # a misparse leaves the object elsewhere: the next noun
            objects = [t for t in verb.doc[verb.i + 1:verb.i + 4] if t.pos_ == "NOUN"][:1]
        if not objects or not all(o.lemma_.lower() in SYMBOLS_BURNED for o in objects):
            return False
    burn_ids = {t.i for t in burns}
    rest = [t for t in facts.clause.sent if t.i not in burn_ids
            and not (t.i - 1 in burn_ids and t.lower_ in ("fire", "ablaze"))]
    return not _cue("violent_protest", rest)


@predicate.add
def crowd_under_fire(facts: ClauseFacts) -> bool:
    """"… were killed when police fired live rounds at crowds": force against a crowd,
    read over the sentence since the parse may split the clause."""
    sent_tokens = [t for t in facts.clause.sent if not _a_month(t)]
    return _cue("protest_crowd", sent_tokens) and _cue("force_on_protest", sent_tokens)


# Words before a month's name that make it a date ("last March", "in March", "mid-March")
MONTH_LEAD = {"last", "next", "this", "early", "late", "mid", "of", "in", "since", "until",
              "till", "by", "on", "from", "through", "before", "after", "during", "-"}


def _a_month(tok: Token) -> bool:
    """"March" the month, not a march: capitalised and a date — NER's, beside a number
    ("March 21", "20 March 2001") or after a word of time ("last March", "in March"); "the
    Tribal Solidarity March" and "marched" stay protest words."""
    if tok.lower_ != "march" or not tok.text[0].isupper():
        return False
    if tok.ent_type_ == "DATE":
        return True
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (before is not None and (before.like_num or before.lower_ in MONTH_LEAD)) \
        or (after is not None and after.like_num)


@predicate.add
def crowd_side(facts: ClauseFacts) -> bool:
    """One side of the fighting is a crowd: protesters or rioters."""
    return facts.agent_role in ("protester", "rioter") \
        or facts.patient_role in ("protester", "rioter")


@predicate.add
def about_protest(facts: ClauseFacts) -> bool:
    """A protest trigger, protesters acted upon, arrests at a protest, or an attack or
    killing among protesters (not by them) or on a crowd under fire."""
    if facts.family == "protest" or facts.patient_role == "protester":
        return True
    if facts.family == "arrest" and "protest" in facts.categories:
        return True  # "detained 1,000 people at rallies": the arrests stop a protest
    if facts.family not in ("attack", "kill", "protest"):
        return False
    ids = {t.i for t in facts.clause.tokens}
    return any(m.role_hint == "protester" and m.start in ids and m is not facts.agent
               for m in facts.doc._.actors or []) or crowd_under_fire(facts)


@predicate.add
def protest_word_in_other_sense(facts: ClauseFacts) -> bool:
    """Every protest verb of the clause is used in another sense: "marched the prisoners
    out", "were marched down a hallway" (people moved), "demonstrated that ...",
    "demonstrated the will to" (showed), "protested that ..." (said), "gathered evidence
    to support" (collected). Read only on the
    verb's passive or the object right after it, which the parse gets right; a crowd
    or protest noun is never this."""
    verbs = [facts.doc[m.start:m.end].root for m in facts.clause.triggers
             if m.category == "protest"]
    if not verbs:
        return False
    for verb in verbs:
        if verb.pos_ != "VERB":
            return False
        lemma, deps = verb.lemma_.lower(), {c.dep_ for c in verb.children}
        said_that = any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                  for g in c.children)
                        for c in verb.children)
        next_object = next((c for c in verb.children if c.dep_ == "dobj"
                            and c.left_edge.i == verb.i + 1), None)
        moved = lemma == "march" and (bool(deps & {"nsubjpass", "auxpass"}) or (
            next_object is not None and _is_people(facts.doc, next_object)))
        # "demonstrated they were still on friendly terms": a clause shown, "that" or none
        shown_clause = said_that or any(c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1
                                        for c in verb.children)
        shown = lemma == "demonstrate" and (shown_clause or (
            next_object is not None
            and next_object.lemma_.lower() not in lexicon()["protest_objects"]))
        # "'This is the coward's way out,' Coburn protested": the words said come first
        said = lemma == "protest" and (said_that or any(c.dep_ == "ccomp" and c.i < verb.i
                                                        for c in verb.children))
        # "gathered evidence to support", "poured money in to support": things, not a crowd
        collected = lemma in ("gather", "assemble", "pour") and bool(deps & {"dobj", "nsubjpass"})
        if not (moved or shown or said or collected):
            return False
    return True


# Singular pronouns: one person or body acting, not a crowd.
ONE_ACTOR_PRONOUNS = frozenset({"he", "she", "it", "i"})


@predicate.add
def protest_as_reason(facts: ClauseFacts) -> bool:
    """"The foreign ministry summoned the Turkish envoy in protest at the strike", "the
    minister resigned in protest": every protest word of the clause is the noun of "in
    protest", the reason one person or body (a singular subject) did something else — a
    note, a resignation, a walkout — not a crowd protesting."""
    words = [facts.doc[m.start:m.end].root for m in facts.clause.triggers
             if m.category == "protest"]
    if not words:
        return False
    for word in words:
        if word.lemma_.lower() != "protest" or word.dep_ != "pobj" or word.head.lower_ != "in":
            return False
        verb = next((a for a in word.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = None if verb is None else next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not (subject.tag_ in ("NN", "NNP")
                                   or subject.lower_ in ONE_ACTOR_PRONOUNS):
            return False
    return True


@predicate.add
def protest_noun_in_another_sense(facts: ClauseFacts) -> bool:
    """Every protest word of the clause is a noun in another sense: a protest lodged,
    filed or delivered (typing.toml cue `protest_note`: "Baku lodged a formal protest with
    Yerevan", a note), a campaign's rally (cue `campaign_event`: "held a campaign rally",
    an election event), or a demonstration of a thing ("staged a demonstration of its new
    drone", a showing; not of a feeling a crowd shows, cue `shown_by_a_crowd`: "a
    demonstration of solidarity")."""
    words = [facts.doc[m.start:m.end].root for m in facts.clause.triggers
             if m.category == "protest"]
    if not words:
        return False
    cues = rule_table().cues
    for word in words:
        if word.pos_ != "NOUN":
            return False
        lemma = word.lemma_.lower()
        if lemma == "protest" and word.dep_ == "dobj" \
                and word.head.lemma_.lower() in cues["protest_note"].words:
            continue
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in cues["campaign_event"].words
               for c in word.children):
            continue
        if lemma == "demonstration" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() not in cues["shown_by_a_crowd"].words
                    and not _is_people(facts.doc, g) for g in c.children)
                for c in word.children):
            continue
        return False
    return True


def _is_people(doc: Doc, noun: Token) -> bool:
    """A person or people: a pronoun, a person's name, a people noun or an armed side."""
    return (noun.pos_ == "PRON" or noun.ent_type_ == "PERSON"
            or noun.lemma_.lower() in PEOPLE_NOUNS | MOVED_PEOPLE
            or any(m.start <= noun.i < m.end for m in doc._.actors or []))


# A deed by firearm: "shot dead", "gunned down", "opened fire on", "sniper fire"
SHOOTING_WORDS = {"shoot", "shot", "gun", "gunfire", "sniper", "gunshot", "bullet"}


@predicate.add
def civilians_shoot(facts: ClauseFacts) -> bool:
    """Civilians, by the actor lexicon's reading, shooting ("Palestinians shot and killed a
    motorist", "five people were shot dead"): no crowd or protester is named, and the deed is
    done with a firearm — the work of gunmen, whom the lexicon could not name, not a mob."""
    if facts.agent_role != "civilian":
        return False
    words = {t.lemma_.lower() for t in facts.clause.tokens} | {
        facts.doc[m.start:m.end].root.lemma_.lower() for m in facts.clause.triggers}
    fired = any(t.lemma_.lower() == "fire" and any(c.lemma_.lower() == "open"
                                                   for c in [t.head, *t.children])
                for t in facts.clause.tokens)
    return bool(words & SHOOTING_WORDS) or fired


@predicate.add
def doers_a_people(facts: ClauseFacts) -> bool:
    """The side the lexicon reads as civilians is named as a people or a nationality
    ("Palestinians captured a soldier", "Serbs seized the bridge"): news so names an armed
    side it does not name otherwise, not a crowd."""
    if facts.agent is None:
        return False
    return facts.doc[facts.agent.start:facts.agent.end].root.ent_type_ == "NORP"


@predicate.add
def crowd_attacks(facts: ClauseFacts) -> bool:
    """An attack verb of the clause has the acting side as its subject ("protesters
    attacked a police officer"), not an attack named as what a crowd protests ("protested
    against the NATO air raids", "in protest at gunfire targeting their colleagues")."""
    if facts.agent is None:
        return False
    doc = facts.doc
    crowd = range(facts.agent.start, facts.agent.end)
    for m in facts.clause.triggers:
        verb = doc[m.start:m.end].root
        if m.category != "attack" or verb.pos_ != "VERB":
            continue
        doers = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        if any(c.dep_ == "nsubj" and c.i in crowd for v in doers for c in v.children):
            return True
    return False


@predicate.add
def no_force_in_clause(facts: ClauseFacts) -> bool:
    """No armed, state or foreign side among the clause's actor mentions, the speaker of a
    report aside ("police said five people were wounded"): only civilians or rioters."""
    ids = {t.i for t in facts.clause.tokens}
    doc = facts.doc
    for m in doc._.actors or []:
        if m.start not in ids or m.role_hint not in ARMED_ROLES:
            continue
        root = doc[m.start:m.end].root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS:
            continue
        return False
    return True


SPEECH_VERBS = {"say", "tell", "report", "confirm", "add", "announce", "state"}


@predicate.add
def protest_told(facts: ClauseFacts) -> bool:
    """The clause tells a protest itself — a protest verb or a protest, rally or march
    noun ("at rallies", "during a demonstration", "people protesting") — not only who was
    acted upon ("arrested dozens of protesters")."""
    crowd = {"protester", "protestor", "demonstrator"}
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    return any(m.category == "protest" and m.start in ids
               and doc[m.start:m.end].root.lemma_.lower() not in crowd
               for m in doc._.triggers or [])


# Subjects that are one person, never a crowd ("he marched on", "I protested").
ONE_PERSON_PRONOUNS = {"i", "he", "she", "you", "it"}
# Units of a force on the move ("the regiments marched into the town"): a troop movement
# or a parade, not a protest.
MARCHING_UNITS = FIGHTER_NOUNS | {"troop", "army", "regiment", "battalion", "brigade",
                                   "division", "marine", "cadet", "band", "contingent", "column",
                                   "unit", "force", "federal", "legion", "squad", "platoon"}
# Words of a crowd beside its leader ("X marched with thousands of supporters").
CROWD_WORDS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "crowd",
               "crowds", "supporter", "protester", "protestor", "demonstrator", "people",
               "follower", "million", "millions", "resident", "student", "worker", "member",
               "rally", "protest", "demonstration", "slogan", "banner", "placard"}


@predicate.add
def protest_verb_without_crowd(facts: ClauseFacts) -> bool:
    """Every protest verb of the clause has no crowd for its subject — one named person or a
    pronoun for one ("Sherman marched through Georgia", "Coburn protested"), a state
    ("China protested against the visit"), a force on the move ("the regiments marched into
    the town") — or is passive ("was demonstrated": shown), and no crowd is named in the
    clause: walking, a parade, a diplomatic note or a showing, not a protest."""
    doc = facts.doc
    verbs = [doc[m.start:m.end].root for m in facts.clause.triggers if m.category == "protest"]
    if not verbs or any(v.pos_ != "VERB" for v in verbs):
        return False
    if any((t.lower_ in CROWD_WORDS or t.lemma_.lower() in CROWD_WORDS) and t.pos_ != "VERB"
           for t in facts.clause.sent) or any(
            t.like_num and t.head.lemma_.lower() not in MARCHING_UNITS
            and t.ent_type_ not in ("DATE", "TIME")   # "on May 23 and 24" counts no crowd
            for t in facts.clause.tokens):
        return False
    forces = {i for m in doc._.actors or [] if m.role_hint in ("armed", "state", "international")
              for i in range(m.start, m.end)}
    for verb in verbs:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        if _walked_on(verb):
            continue
        holder = verb.head if verb.dep_ == "conj" and not any(
            c.dep_ == "nsubj" for c in verb.children) else verb
        subjects = [c for c in holder.children if c.dep_ == "nsubj"]
        if not subjects:
            return False
        subject = subjects[0]
        if any(c.dep_ == "conj" for c in subject.children) or any(
                c.dep_ == "prep" and c.lower_ in ("with", "alongside", "beside")
                and (not any(True for _ in c.children)   # "leaders he had been marching with"
                     or any(g.dep_ == "pobj" and _is_people(doc, g) for g in c.children))
                for c in verb.children):
            return False   # "X and Y marched", "marched with supporters": more than one;
            # not "units marched with tractors towing rocket launchers", a parade
        lemma = subject.lemma_.lower()
        one_person = subject.lower_ in ONE_PERSON_PRONOUNS or subject.ent_type_ == "PERSON" \
            or subject.tag_ == "NN" and lemma in PERSON_NOUNS | FIGHTER_NOUNS | {"general"} \
            and verb.lemma_.lower() == "march"
        a_state = subject.ent_type_ == "GPE" and verb.lemma_.lower() != "march"
        a_force = verb.lemma_.lower() == "march" and (subject.i in forces
                                                      or lemma in MARCHING_UNITS)
        if not (one_person or a_state or a_force):
            return False
    return True


# Particles of a walk ("marched on", "marched silently by", "marched off"): with no place
# marched to or through, a walk, not a protest march.
WALKING_PARTICLES = {"on", "by", "past", "off", "away", "along", "ahead", "forward", "up",
                     "out", "back", "in", "onward", "onwards"}


def _walked_on(verb: Token) -> bool:
    """"Furyk gritted his teeth and marched on", "the men marched silently by": "march" with
    only a particle of movement, no place marched to, through or on."""
    if verb.lemma_.lower() != "march":
        return False
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep", "agent")
                 and c.lower_ in WALKING_PARTICLES and not any(g.dep_ == "pobj"
                                                               for g in c.children)]
    places = [c for c in verb.children if c.dep_ == "prep" and any(g.dep_ == "pobj"
                                                                   for g in c.children)]
    return bool(particles) and not places


@predicate.add
def only_wounded(facts: ClauseFacts) -> bool:
    """The clause's casualty words all wound or injure ("dozens of protesters were
    injured"): nobody is told killed."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    harms = [doc[m.start:m.end].root.lemma_.lower() for m in doc._.triggers or []
             if m.category == "kill" and m.start in ids]
    return bool(harms) and all(h in WOUNDING for h in harms)


WOUNDING = {"wound", "injure"}


@predicate.add
def for_celebration(facts: ClauseFacts) -> bool:
    """The clause, or its "to …" clause, tells a celebration or a rite (typing.toml cue
    `celebration`: "poured into the streets to celebrate the team's victory")."""
    return _cue("celebration", facts.clause.tokens) or _purpose_has(facts, "celebration")


@predicate.add
def fire_on_a_protest_in_sentence(facts: ClauseFacts) -> bool:
    """"The students had been demonstrating peacefully when police opened fire": the
    firing, with no target of its own, falls on the protest its sentence tells in another
    clause; the force used on that protest, not a fight with an armed side."""
    doc, sent = facts.doc, facts.clause.sent
    ids = {t.i for t in facts.clause.tokens}
    return any(m.category == "protest" and sent.start <= m.start < sent.end
               and m.start not in ids for m in doc._.triggers or [])


@predicate.add
def crowd_fights_a_force(facts: ClauseFacts) -> bool:
    """"Students clashed with riot police", "police and fishermen clashed": one side is
    people with no arms (civilians by their word) and the other a state force; a riot, not
    a battle between armed sides."""
    doc, root = facts.doc, facts.clause.root
    matcher = ActorMatcher.load()
    sides = [c for c in root.children if c.dep_ == "nsubj"]
    sides += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    sides += [c for s in sides for c in s.children if c.dep_ == "conj"]
    roles = set()
    for word in sides:
        mention = next((m for m in doc._.actors or [] if m.start <= word.i < m.end), None)
        roles.add(mention.role_hint if mention is not None
                  else matcher.role_of_word(word.lower_))
    return "civilian" in roles and bool(roles & {"state", "international"}) \
        and not roles & {"armed", "unidentified"}


@predicate.add
def stone_throwers_in_sentence(facts: ClauseFacts) -> bool:
    """The sentence has a crowd throwing stones, rocks or petrol bombs, or rioters ("fired
    on a group of youths throwing stones", "shot a Palestinian who was among stone-throwing
    rioters"): the crowd's violence makes the event a violent demonstration, the force's
    response included (ACLED: a riot; excessive force is against peaceful protesters)."""
    return _cue("stone_throwers", list(facts.clause.sent))


# Arrest words of the intervention cue, and what they may be told about without a force
# stopping the protest ("demonstrated for the release of the detained policemen").
DETENTION_WORDS = {"arrested", "detained"}
DEMANDED_WORDS = {"release", "free", "freedom", "rumour", "rumor", "report", "arrest"}


@predicate.add
def intervention_on_protest(facts: ClauseFacts) -> bool:
    """Tear gas, dispersal or arrests the clause tells as done to the protest — not people
    "arrested" or "detained" whom the protesters march for ("demonstrated for the release
    of the detained policemen", "demanding the release of activists arrested earlier"):
    those arrests are the protest's reason, and the protest itself was peaceful."""
    tokens = [t for t in facts.clause.tokens if not _demanded_detention(t)]
    return _cue("intervention", tokens)


def _demanded_detention(word: Token) -> bool:
    """"arrested"/"detained" naming whom a protest demands back: a modifier of a noun
    ("the detained policemen", "activists arrested in Beijing") or under a "release"."""
    if word.lower_ not in DETENTION_WORDS:
        return False
    if word.dep_ in ("amod", "acl", "relcl"):
        return True
    return any(a.lemma_.lower() in DEMANDED_WORDS for a in word.ancestors)


# Verbs of a force stopping a crowd in its way ("riot police blocked the marchers",
# "were stopped by a cordon of police"): an intervention, without a blow or an arrest
BLOCKING_VERBS = ("block", "stop", "cordon", "halt")


@predicate.add
def force_blocks_the_protest(facts: ClauseFacts) -> bool:
    """A blocking verb — the clause's own, or one hung on it ("marched ..., only to be
    blocked by a cordon of riot police") — whose subject or "by" phrase is a state force
    ("officers blocked several hundred protesters"); not a crowd that blocks a road
    ("youths blocked the highway")."""
    doc, root = facts.doc, facts.clause.root
    states = {i for m in doc._.actors or [] if m.role_hint == "state"
              for i in range(m.start, m.end)}
    for verb in root.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in BLOCKING_VERBS \
                or not (verb.i == root.i or verb.head.i == root.i):
            continue
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        if any(t.i in states for d in doers for t in d.subtree):
            return True
    return False


@predicate.add
def crowded_round(facts: ClauseFacts) -> bool:
    """"Fans mobbed the players", "shoppers mobbed the stores": the verb "mob" as crowding
    round someone or something, with no other deed in the clause and none of a riot's
    violence (typing.toml cue violent_protest): admirers or a rush, no mob violence."""
    doc = facts.doc
    words = [doc[m.start:m.end].root for m in facts.clause.triggers]
    return bool(words) and all(w.lemma_.lower() == "mob" and w.pos_ == "VERB" for w in words) \
        and not _cue("violent_protest", list(facts.clause.tokens))
