"""Predicates of crowds (ACLED protests and riots): a protest or a mob, the crowd's violence
and force used on protesters. Protest words in another sense (a march of troops, a walk, a
month) are in protest_senses.py; a force firing on, dispersing or blocking a protest in
protest_interventions.py.
"""

from __future__ import annotations

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import ARMED_ROLES
from eventdesk.components.events.subtype.protest_senses import (
    a_month,
    crowd_of_another_verb,
    names_people,
    yet_to_come,
)
from eventdesk.components.events.subtype.shared import _purpose_has
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.components.saying import saying_verbs
from eventdesk.extensions import doc_ext, doc_tokens, span_root

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
    read over the sentence since the parse may split the clause. Not a killing whose own
    doer is an armed group or gunmen ("protesters clashed with police after a driver was
    shot dead by gunmen"): that harm is why the crowd gathered, not the force on it."""
    if facts.agent_role in ("armed", "unidentified"):
        return False
    sent_tokens = [t for t in facts.clause.sent if not a_month(t)
                   and not crowd_of_another_verb(t, facts.clause.root)]
    return _cue("protest_crowd", sent_tokens) and _cue("force_on_protest", sent_tokens)


@predicate.add
def crowd_is_the_subject(facts: ClauseFacts) -> bool:
    """The clause's verb, or the verb it hangs on while it has no subject of its own ("protesters
    overran police lines and stormed the parliament", with "opposed to the bill" often parsed as the
    sentence's verb), has a crowd named by a protest word for its subject. Read on the words: a
    protest word is a trigger, no actor mention, so the sides read no agent."""
    verb = facts.clause.root
    for _ in range(3):
        if verb.dep_ not in ("conj", "dep", "advcl") or verb.head.i == verb.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        verb = verb.head
    return any(c.dep_ == "nsubj" and _cue("protest_crowd", [c]) for c in verb.children)


@predicate.add
def crowd_side(facts: ClauseFacts) -> bool:
    """One side of the fighting is a crowd: protesters or rioters."""
    return facts.agent_role in ("protester", "rioter") \
        or facts.patient_role in ("protester", "rioter")


@predicate.add
def about_protest(facts: ClauseFacts) -> bool:
    """A protest trigger, protesters acted upon, arrests at a protest, or an attack or
    killing among protesters (not by them) or on a crowd under fire — not a killing by
    gunmen or an armed group of someone no protester, told in a protest's sentence
    ("protesters clashed with police after a trader was shot dead by unidentified
    gunmen": the cause of the protest, an attack)."""
    if facts.family == "protest" or facts.patient_role == "protester" and not \
            crowd_of_another_verb(facts.doc[facts.patient.start], facts.clause.root):
        return True
    if facts.family == "arrest" and any(m.category == "protest" and not names_people(root) and not
                                         yet_to_come(root) for m in facts.clause.triggers
                                         for root in [span_root(facts.doc, m.start, m.end)]):
        return True  # "detained 1,000 people at rallies": the arrests stop a protest
    if facts.family not in ("attack", "kill", "protest"):
        return False
    ids = {t.i for t in facts.clause.tokens}
    return any(m.role_hint == "protester" and m.start in ids and m is not facts.agent
               and not crowd_of_another_verb(facts.doc[m.start], facts.clause.root)
               for m in doc_ext(facts.doc, "actors") or []) or (
        facts.agent_role not in ("armed", "unidentified") and crowd_under_fire(facts))


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
        span_root(facts.doc, m.start, m.end).lemma_.lower() for m in facts.clause.triggers}
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
    return span_root(facts.doc, facts.agent.start, facts.agent.end).ent_type_ == "NORP"


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
        verb = span_root(doc, m.start, m.end)
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
    for m in doc_ext(doc, "actors") or []:
        if m.start not in ids or m.role_hint not in ARMED_ROLES:
            continue
        root = span_root(doc, m.start, m.end)
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS:
            continue
        return False
    return True


# the speaker of a report aside, not a force in the protest
SPEECH_VERBS = saying_verbs("speaker_beside_a_crowd")


@predicate.add
def protest_told(facts: ClauseFacts) -> bool:
    """The clause tells a protest itself — a protest verb or a protest, rally or march
    noun ("at rallies", "during a demonstration", "people protesting") — not only who was
    acted upon ("arrested dozens of protesters")."""
    crowd = {"protester", "protestor", "demonstrator"}
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    return any(m.category == "protest" and m.start in ids
               and span_root(doc, m.start, m.end).lemma_.lower() not in crowd
               for m in doc_ext(doc, "triggers") or [])


@predicate.add
def only_wounded(facts: ClauseFacts) -> bool:
    """The clause's casualty words all wound or injure ("dozens of protesters were
    injured"): nobody is told killed."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    harms = [span_root(doc, m.start, m.end).lemma_.lower() for m in doc_ext(doc, "triggers") or []
             if m.category == "kill" and m.start in ids]
    return bool(harms) and all(h in WOUNDING for h in harms)


WOUNDING = {"wound", "injure"}


@predicate.add
def for_celebration(facts: ClauseFacts) -> bool:
    """The clause, or its "to …" clause, tells a celebration or a rite (typing.toml cue
    `celebration`: "poured into the streets to celebrate the team's victory")."""
    return _cue("celebration", facts.clause.tokens) or _purpose_has(facts, "celebration")


@predicate.add
def crowd_fights_a_force(facts: ClauseFacts) -> bool:
    """"Students clashed with riot police", "police and fishermen clashed": one side is
    people with no arms (civilians by their word) and the other a state force; a riot, not
    a battle. "Activists of the party and police": the parse joins the force to the "of"."""
    doc, root = facts.doc, facts.clause.root
    matcher = ActorMatcher.load()
    sides = [c for c in root.children if c.dep_ == "nsubj"]
    # "Meanwhile, youths clashed with police": the parse may hang the verb on the youths
    if (verb := next((c for c in root.children if c.dep_ == "acl" and root.pos_ == "NOUN"), None)):
        sides, root = [root], verb
    sides += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    sides += [c for s in sides for h in (s, *(g for p in s.children if p.lower_ == "of"
              for g in p.children)) for c in h.children if c.dep_ == "conj"]
    roles = set()
    for word in sides:
        mention = next((m for m in doc_ext(doc, "actors") or [] if m.start <= word.i < m.end), None)
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


@predicate.add
def crowd_violence_in_sentence(facts: ClauseFacts) -> bool:
    """The clause's sentence tells, in another clause, the crowd burning, stoning or
    breaking in ("protesters tried to storm a bank and set tyres alight; troops fired
    rubber bullets"): the force met a violent crowd, whose violence ACLED codes first."""
    sent = facts.clause.sent
    ids = {t.i for t in facts.clause.tokens}
    others = [t for t in doc_tokens(sent.doc)[sent.start:sent.end] if t.i not in ids]
    return _cue("violent_protest", others) or _cue("protest_damage", others)


CROWD_ROLES = frozenset({"protester", "rioter", "civilian"})


@predicate.add
def violence_is_the_forces(facts: ClauseFacts) -> bool:
    """"Security forces stormed the sit-in, opening fire on the demonstrators and burning
    their tents": a force or an armed side is the clause's doer and no word of crowd violence (cue
    violent_protest) is the crowd's own — in its phrase ("stone-throwing protesters") or
    under a verb it is the subject of ("as protesters torched cars"): the burning is the
    force's, done to a protest, not a riot."""
    if facts.agent_role not in ARMED_ROLES:
        return False
    doc = facts.doc
    crowd: set[int] = set()
    for m in doc_ext(doc, "actors") or []:
        if m.role_hint not in CROWD_ROLES:
            continue
        noun = span_root(doc, m.start, m.end)
        told = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else noun
        crowd |= {t.i for t in told.subtree}
    mine = [t for t in facts.clause.tokens if t.i not in crowd]
    theirs = [t for t in facts.clause.tokens if t.i in crowd]
    return _cue("violent_protest", mine) and not _cue("violent_protest", theirs)
