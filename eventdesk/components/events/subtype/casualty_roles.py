"""Predicates of the casualties' roles: whether the dead or attacked are fighters or
civilians, read from the side acted upon, the words of the victims, or the deaths folded into a
clause. Split from civilians.py, which reads whether anyone was harmed and who.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import ARMED_ROLES, lexicon, place_tokens
from eventdesk.components.events.subtype.battles import (
    FORCE_TARGETS,
    _in_a_description,
    fight_denied,
)
from eventdesk.components.events.subtype.civilians import _a_name_stormed, _names_ground
from eventdesk.components.events.subtype.shared import (
    PERSON_NOUNS,
    SUBJECT_DIES,
    VAGUE_PEOPLE,
    _a_combatant,
    _victim_words,
)
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, span_root


@predicate.add
def combatant_casualties(facts: ClauseFacts) -> bool:
    """The dead or attacked are fighters, soldiers or police, named as the side acted upon
    or, where no country tells whose they are, by their word ("20 militants were killed")."""
    return _casualty_role(facts) in ARMED_ROLES


@predicate.add
def civilian_casualties(facts: ClauseFacts) -> bool:
    """The dead or attacked are civilians, named by their word ("dozens of villagers were
    killed") or by their own name, where no country tells whose they are."""
    return _casualty_role(facts) == "civilian"


def _casualty_role(facts: ClauseFacts) -> str | None:
    """The role of the side acted upon: its actor mention, else the role its words have in
    any country; fighters outrank civilians when both are named."""
    if facts.patient is not None:
        return facts.patient_role
    matcher = ActorMatcher.load()
    # a person named by name ("Halaby was shot dead") is a civilian unless called a fighter;
    # a name the gazetteer reads as a place ("attacked Tal Afar") is the scene, not a victim
    in_places = place_tokens(facts.doc)
    roles = {"armed" if _a_combatant(t, set())
             else "civilian" if t.ent_type_ == "PERSON" and t.i not in in_places
             else matcher.role_of_word(t.lower_)
             for t in _victim_words(facts) if not _names_ground(t) and not _a_name_stormed(t)}
    if roles & ARMED_ROLES:
        return "armed"
    return "civilian" if "civilian" in roles else None


def _folded_death_roles(facts: ClauseFacts) -> set[str]:
    """The roles of the dead of the death triggers among the clause's words (also those
    of a bare death clause folded into it: "neutralised dozens of terrorists and destroyed
    their bases"): an actor mention's role, else the role the word has in any country."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    matcher = ActorMatcher.load()
    roles: set[str] = set()
    for m in doc_ext(doc, "triggers") or []:
        if m.category != "kill" or m.start not in ids:
            continue
        head = span_root(doc, m.start, m.end)
        deps = {"nsubjpass", "dobj"} | ({"nsubj"} if head.lemma_.lower() in SUBJECT_DIES
                                        else set())
        stack = [c for c in head.children if c.dep_ in deps]
        while stack:
            tok = stack.pop()
            mention = next((a for a in doc_ext(doc, "actors") or []
                            if a.start <= tok.i < a.end), None)
            role = mention.role_hint if mention is not None else matcher.role_of_word(tok.lower_)
            if role is None and _a_combatant(tok, set()):
                role = "armed"   # "killed its commander", "killed a colonel"
            if role is not None:
                roles.add(role)
            stack.extend(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj")
            stack.extend(c for c in tok.children if c.dep_ == "conj")
    return roles


@predicate.add
def fighters_killed_in_clause(facts: ClauseFacts) -> bool:
    """The clause's deaths (its own or a folded bare death clause's) are fighters,
    soldiers or police: "killed dozens of militants and destroyed their vehicles"."""
    return bool(_folded_death_roles(facts) & ARMED_ROLES)


@predicate.add
def civilians_killed_in_clause(facts: ClauseFacts) -> bool:
    """The clause's deaths are civilians only: "the attack killed five villagers and
    destroyed their homes"."""
    return _folded_death_roles(facts) == {"civilian"}


@predicate.add
def civilians_are_the_object(facts: ClauseFacts) -> bool:
    """"Ambushed a convoy of people fleeing the area": the civilians are what the battle
    verb acted upon (its object, or counted by it), not a side it fought with ("clashed
    with villagers") nor the toll of a fight ("fighting killed 55 people"); or the verb
    acted upon a place of civilians where civilians fell ("ambushed a bus, killing five
    passengers": triggers.toml `civilian_sites`)."""
    if facts.patient is None or facts.patient_role != "civilian":
        return False
    doc = facts.doc
    battle_verbs = {span_root(doc, m.start, m.end).i for m in facts.clause.triggers
                    if m.category == "clash"}
    sites = lexicon()["civilian_sites"]
    if any(c.dep_ == "dobj" and c.lemma_.lower() in sites
           for v in battle_verbs for c in doc[v].children):
        return True
    tok = span_root(doc, facts.patient.start, facts.patient.end)
    for _ in range(4):
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in battle_verbs:
            return True
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            return False
        tok = tok.head.head
    return False


# Prepositions that tell the deed's setting ("killed two farmers in an ambush", "during a
# raid"), and those that name a side a fight was with ("a clash with the rebels").
SETTING_PREPS = frozenset({"in", "during"})
FOE_PREPS = frozenset({"between", "with", "against", "on"})
# A verb's active forms: not the participle of "dozens wounded" or "gunmen shot dead in a
# firefight", whose subject is the victims.
ACTIVE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG"})


@predicate.add
def fight_is_the_killing(facts: ClauseFacts) -> bool:
    """A doer named as the subject of an active verb of killing or shooting that has its
    victims for object, and every fight word of the clause only that verb's setting
    ("rebels killed eight employees in an ambush", "troops shot dead a teenager in a
    clash") or a verb joined to it ("gunmen ambushed and killed 39 villagers"), naming no
    side of its own ("a clash with the rebels", "an ambush on an army convoy"): the fight
    word tells how the doer killed, not a second side that fought back. Not "four people
    were killed in clashes" nor "gunmen shot dead in a firefight": no doer, no object."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    killers = {span_root(doc, m.start, m.end) for m in doc_ext(doc, "triggers") or []
               if m.category in ("kill", "attack") and m.start in ids}
    killers = {v for v in killers if v.tag_ in ACTIVE_TAGS and v.i in ids
               and any(c.dep_ == "dobj" for c in v.children) and (
                   _has_subject(v) or v.dep_ == "conj" and _has_subject(v.head))}
    fights = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
              if m.category == "clash"]
    if not killers or not fights or any(c.dep_ == "dobj" and _names_a_side(doc, c, own=True)
                                        for v in killers for c in v.children):
        return False   # "killed nine people in an army convoy": the dead were a force's
    joined = {c.i for v in killers for c in v.children if c.dep_ == "conj"} \
        | {v.head.i for v in killers if v.dep_ == "conj"}
    for fight in fights:
        if fight.i in joined and fight.pos_ == "VERB" and not any(
                c.dep_ == "dobj" and _names_a_side(doc, c, own=True) for c in fight.children):
            continue   # "ambushed and killed": the same deed on the same victims
        told_of = fight.head.head   # the verb, or its object the parse hung it on
        setting = fight.dep_ == "pobj" and fight.head.lower_ in SETTING_PREPS and (
            told_of in killers or told_of.dep_ == "dobj" and told_of.head in killers)
        if not setting or _names_a_side(doc, fight):
            return False
    return True


# Fight verbs whose object is who was attacked, not a second side that fought.
AMBUSH_LEMMAS = frozenset({"ambush", "waylay"})


@predicate.add
def ambush_on_no_side(facts: ClauseFacts) -> bool:
    """"Gunmen ambushed a minibus outside the town, killing three passengers": a doer's
    ambush whose object names no side (a vehicle, travellers), the killing told as its
    participle: the ambush is how the doer killed people who did not fight, not a clash.
    Not "ambushed an army convoy" (a force's word or an armed actor in the object)."""
    doc = facts.doc
    deaths = {m.start for m in facts.clause.triggers if m.category == "kill"}
    for m in facts.clause.triggers:
        verb = span_root(doc, m.start, m.end)
        if m.category != "clash" or verb.lemma_.lower() not in AMBUSH_LEMMAS \
                or verb.tag_ not in ACTIVE_TAGS or not _has_subject(verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and not any(_names_a_side(doc, o, own=True) for o in objects) and any(
                c.dep_ == "advcl" and c.tag_ == "VBG" and c.i in deaths
                for c in verb.children):
            return True
    return False


@predicate.add
def civilians_killed_in_an_ambush(facts: ClauseFacts) -> bool:
    """"Ten farmers were killed in an ambush on the road": the clause's only fight word is an
    ambush told as the killing's setting, naming no side in its phrase (not "an ambush on
    an army convoy"), and every victim is named as a civilian by what he does or by name,
    not as "people", whom a clash may have killed: an ambush is laid for its victims, who
    did not fight, an attack (ACLED), with or without a doer named."""
    doc = facts.doc
    fights = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
              if m.category == "clash"]
    if not fights or not all(
            f.lemma_.lower() in AMBUSH_LEMMAS and f.pos_ == "NOUN" and f.dep_ == "pobj"
            and f.head.lower_ in SETTING_PREPS and not _names_a_side(doc, f, own=True)
            for f in fights):
        return False
    victims = [w for w in _victim_words(facts) if w.pos_ in ("NOUN", "PROPN")
               and not _an_office_held(w)]
    return bool(victims) and all(w.ent_type_ == "PERSON" or w.lemma_.lower()
                                 in PERSON_NOUNS - VAGUE_PEOPLE for w in victims)


def _an_office_held(word: Token) -> bool:
    """What a victim's office is of, not a victim: "the governor of the province", "the
    mayor of the town" (the word hangs by "of" on a person's word; "dozens of farmers" hang
    on a count)."""
    head = word.head
    return word.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i \
        and head.head.lemma_.lower() in PERSON_NOUNS - VAGUE_PEOPLE


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" for c in verb.children)


def _names_a_side(doc: Doc, word: Token, *, own: bool = False) -> bool:
    """The fight noun names a side of its own: a foe after "with", "between", "against",
    "on", or an armed actor or a force's word anywhere in its phrase (`own`: a verb's
    object, the word itself too: "ambushed an army convoy", "killed people in a convoy")."""
    if not own and any(c.dep_ == "prep" and c.lower_ in FOE_PREPS for c in word.children):
        return True
    span = {t.i for t in word.subtree} - (set() if own else {word.i})
    return any(m.role_hint in ARMED_ROLES and m.start in span
               for m in doc_ext(doc, "actors") or []) \
        or any(doc[i].lemma_.lower() in FORCE_TARGETS for i in span)


# Prepositions by which a fight word names the two sides fighting each other; the words
# that make a fight the killing's own time or place ("during clashes between", "as militants
# clashed with", "on a street where militants exchanged fire with").
BETWEEN_SIDES = frozenset({"with", "between"})
FIGHT_SETTING_PREPS = SETTING_PREPS | {"amid"}
SAME_TIME_MARKS = frozenset({"as", "when", "while", "where"})


@predicate.add
def killed_in_a_fight_between_sides(facts: ClauseFacts) -> bool:
    """The killing told inside a fight of two sides, the fight word naming its foe by
    "with" or "between": the setting of the clause's verb ("was shot dead during clashes
    between the army and rebels") or a fight told as going on at that time or place ("was
    shot dead on a street where militants exchanged fire with police"). Not a fight of
    another time ("after a gunbattle between", "where thousands have died in clashes
    between political groups in the past ten years"), nor one only describing a side:
    people caught in a battle, which ACLED codes as the battle."""
    doc, sent = facts.doc, facts.clause.sent
    root = facts.clause.root
    ids = {t.i for t in facts.clause.tokens}
    for m in doc_ext(doc, "triggers") or []:
        if m.category != "clash" or not sent.start <= m.start < sent.end:
            continue
        word = span_root(doc, m.start, m.end)
        if fight_denied(word) or _in_a_description(word, root) or not any(
                c.dep_ == "prep" and c.lower_ in BETWEEN_SIDES for c in word.children):
            continue
        setting = word.dep_ == "pobj" and word.head.lower_ in FIGHT_SETTING_PREPS \
            and word.head.head.i in ids and word.head.head.pos_ == "VERB"
        same_time = word.pos_ == "VERB" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_MARKS
            for c in word.children) and not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in word.children)
        if setting or same_time:
            return True
    return False


# Verbs that harm a person with a weapon in hand: told of people, an attack on them.
HARMING_VERBS = frozenset({"shoot", "stab", "behead", "execute", "hack", "machete"})


@predicate.add
def civilians_shot_in_clause(facts: ClauseFacts) -> bool:
    """"Raided the market, shooting traders and herders and stealing cattle": a verb of the
    clause that shoots or stabs people the actor lexicon calls civilians, whatever the
    damage told beside it -- the people harmed make it an attack."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    civilians = {span_root(doc, m.start, m.end).i for m in doc_ext(doc, "actors") or []
                 if m.role_hint == "civilian" and m.start in ids}
    return any(t.lemma_.lower() in HARMING_VERBS and t.pos_ == "VERB" and any(
        o.i in civilians or any(c.i in civilians for c in o.conjuncts)
        for o in t.children if o.dep_ == "dobj") for t in facts.clause.tokens)
