"""Roles: which actor mentions of a clause act (agent) and which are acted upon (patient),
read from the dependency parse: the two sides of the clause's deed. A noun's own role is
read in role_of.py, associates in associates.py, and the sides a clause leaves implicit in
implicit_sides.py.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from eventdesk.coding import typology
from eventdesk.components.events.associates import MUTUAL_VERBS, backed_doer, is_associate
from eventdesk.components.events.common import ARMED_ROLES
from eventdesk.components.events.happened.irrealis import FOUGHT_OFF
from eventdesk.components.events.implicit_sides import (
    implicit_agent,
    land_of_a_place,
    named_group_nearby,
    owned_by_pronoun,
    previous_subject,
    pronoun_subject,
    subject_verb,
    taker_in_front,
)
from eventdesk.components.events.role_of import fronted_subject, role_of
from eventdesk.components.events.subtype.protest_senses import crowd_of_another_verb
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_tokens, first_conjunct, span_root

REVERSING_VERBS = ("repel", "repulse", "thwart", "foil")
# the verbs of an attack fought off, not of a plot or a bid prevented ("foiled an
# infiltration bid": the force that foils it acts first)
# "pushed back an attack", "fought off the assault": the particle makes the verb reversing
REVERSING_PHRASAL = {("push", "back"), ("beat", "back"), ("drive", "back"), ("fight", "off"),
                     ("fend", "off"), ("ward", "off"), ("drive", "off")}
RELATIVE_PRONOUNS = ("who", "that", "which")
# deeds whose joined subjects are the two sides ("X and Y clashed", "X and Y fought")
MUTUAL_DEEDS = MUTUAL_VERBS | {"fight"}


def is_source(doc: Doc, mention, verb: Token) -> bool:
    """The mention names who tells the news of `verb`'s deed ("…, police said", "…,
    according to the army"): the source of a claim told after the deed's verb, or with
    "according to", never a side of the deed it reports. (A source found before the verb
    may be the deed's own subject: "Israeli forces captured X, said by the army to…".)"""
    return any(claim.start_char <= mention.start_char and mention.end_char <= claim.end_char
               and (mention.start > verb.i or claim.cue == "according to")
               for claim in doc_ext(doc, "claims") or ())


def roles(doc: Doc, clause: Clause):
    """The acting side and the side acted upon, from the dependency parse."""
    ids = {t.i for t in clause.tokens}
    event_words = {i for trig in clause.triggers for i in range(trig.start, trig.end)}
    agents, patients, subordinate = [], [], []
    for mention in doc_ext(doc, "actors") or []:
        if mention.start not in ids:
            continue
        head = span_root(doc, mention.start, mention.end)
        if is_source(doc, mention, clause.root) and not fronted_subject(head, clause.root):
            continue
        if land_of_a_place(doc, head):
            continue
        if is_associate(doc, mention):
            backed = backed_doer(doc, mention, event_words)
            if backed is not None and backed.start in ids and backed not in agents:
                agents.append(backed)
            continue
        role = role_of(head, clause.root, event_words)
        if role == "agent" and _subject_of_subordinate(head, clause.root):
            subordinate.append(mention)
        elif role == "agent":
            agents.append(mention)
        elif role == "patient" and not (mention.role_hint == "protester"
                                        and crowd_of_another_verb(head, clause.root)):
            patients.append(mention)   # not "as he greeted supporters": whom the victim met
    if subordinate and not agents:
        # "Police said they killed five gang members as the coalition tried to push in":
        # the subject of the "as" clause is the other side when "they" names the actor
        implicit = implicit_agent(doc, clause) if pronoun_subject(clause.root) else None
        if implicit is not None:
            agents.append(implicit)
            patients.extend(subordinate)
        else:
            agents.extend(subordinate)
    agents = [a for a in agents if not _kind_of_what_its_doer_fired(doc, a, agents)
              and not _told_of_the_victims(doc, a, clause.root)]
    between = _between_sides(doc, clause)
    if between is not None:
        return between
    relative = _relative_antecedent(doc, clause)
    if relative is not None:
        agents.insert(0, relative)
        patients = [p for p in patients if p is not relative]
    agent = _pick(agents, prefer=ARMED_ROLES | {"protester", "rioter"})
    others = [p for p in patients if agent is None or p.actor.name != agent.actor.name]
    if agent is not None and agent.role_hint in ("state", "international"):
        # soldiers fight militants, not the mission they serve with
        prefer = {"armed", "unidentified"}
    else:
        prefer = {"civilian", "protester"} | ARMED_ROLES
    patient = _pick(others, prefer=prefer)
    if patient is None and agent is not None and clause.root.lemma_.lower() in MUTUAL_DEEDS:
        # "Dozo hunters and JNIM fighters clashed": the subjects of a mutual deed are its
        # two sides, in the order written
        patient = next((m for m in agents if m.actor.name != agent.actor.name), None)
    if agent is None and len(agents) == 0 and len(patients) > 1 and not _by_phrase(clause) \
            and not pronoun_subject(subject_verb(clause.root), ("it",)):
        # "X and Y fought": no clear subject, take the two sides in order; never the
        # patient's own actor ("soldiers were killed ... the army's truck"), nor when a
        # "by" phrase names the acting side ("killed by an Israeli air strike"). Never
        # civilians counted among the victims ("an attack on a checkpoint left two
        # policemen and a civilian dead"): unarmed people named in a toll suffered it. Not
        # when "it" is the subject ("the Guard Corps said it had fired missiles at X and at
        # Y"): it stands for the speaking body (implicit_agent, below).
        agent = next((p for p in patients if p.role_hint != "civilian" and (
                      patient is None or p.actor.name != patient.actor.name
                      and not _nested(doc, p, patient))), None)
    agent = _group_of(doc, agent)
    patient = _most_of_them(doc, _group_of(doc, patient))
    if agent is None or owned_by_pronoun(doc, agent):
        agent = implicit_agent(doc, clause, possessive=agent is not None) or agent
        agent = _group_of(doc, agent)
    if agent is None and pronoun_subject(subject_verb(clause.root), ("they",)):
        agent = _group_of(doc, previous_subject(doc, clause, patient))
    if agent is None:
        agent = taker_in_front(doc, clause, patient)
    if agent is not None and agent.role_hint == "unidentified":
        agent = named_group_nearby(doc, clause, other=patient) or agent
    if patient is not None and patient.role_hint == "unidentified":
        patient = named_group_nearby(doc, clause, other=agent) or patient
    if agent is not None and patient is not None and _reverses(clause.root):
        # "troops repelled an attack by X", "they pushed back the militants": X started
        # the fighting (after the implicit subject is found: "they repelled…")
        agent, patient = patient, agent
    elif agent is not None and patient is None and fights_off(clause.root):
        # "its forces repelled nine Russian assaults": the side that fought the attack off
        # was attacked; the attackers, unnamed here, are left to the default rules
        agent, patient = None, agent
    return agent, patient


# "killing 84 people, most of them policemen": the words that say who most victims were
MAJORITY_PHRASES = (("most", "of", "them"), ("mostly",), ("mainly",), ("all", "of", "them"),
                    ("the", "majority", "of", "them"), ("the", "majority"),
                    ("most", "of", "whom"), ("all", "of", "whom"))


def _most_of_them(doc: Doc, patient):
    """People named only as people whose next words say who most of them were ("84
    people, most of them policemen", "20 people, mostly soldiers"): the side those words
    name, when it is an armed or state one."""
    if patient is None or patient.role_hint != "civilian":
        return patient
    j = patient.end
    if j < len(doc) and doc[j].text in (",", "—", "-", "–", "("):
        j += 1
    words = [t.lower_ for t in doc_tokens(doc)[j:j + 4]]
    phrase = next((p for p in MAJORITY_PHRASES if tuple(words[:len(p)]) == p), None)
    if phrase is None:
        return patient
    j += len(phrase)
    return next((m for m in doc_ext(doc, "actors") or [] if j <= m.start <= j + 2
                 and m.role_hint in ARMED_ROLES), patient)


def fights_off(verb: Token) -> bool:
    """A verb of an attack fought off ("repelled", "pushed back"): its subject was
    attacked."""
    return _reverses(verb, FOUGHT_OFF)


def _reverses(verb: Token, verbs=REVERSING_VERBS) -> bool:
    """A verb whose object started the fighting: "repelled", "pushed back", "fought off"."""
    return verb_in(verb, verbs, REVERSING_PHRASAL)


def verb_in(verb: Token, verbs, phrasal) -> bool:
    """The verb is one of `verbs` (lemmas), or with its particle one of `phrasal` ((lemma,
    particle) pairs: "pushed back", "pulled out"): one reading of a table of verbs."""
    lemma = verb.lemma_.lower()
    return lemma in verbs or any(
        (lemma, c.lower_) in phrasal for c in verb.children if c.dep_ in ("prt", "advmod"))


def _between_sides(doc: Doc, clause: Clause):
    """"Fighting between the army and JNIM", "clashes between X and Y": the two sides in
    the order written, before any victim the clause also names; "between rival armed
    groups": one unnamed collective on both sides."""
    ids = {t.i for t in clause.tokens}
    for prep in clause.tokens:
        if prep.lower_ != "between" or prep.dep_ != "prep":
            continue
        span = range(prep.i + 1, prep.right_edge.i + 1)
        found = []
        for mention in doc_ext(doc, "actors") or []:
            if mention.start in span and mention.start in ids and all(
                    m.actor.name != mention.actor.name for m in found) \
                    and not is_associate(doc, mention):
                found.append(mention)
        if len(found) == 2:
            return _group_of(doc, found[0]), _group_of(doc, found[1])
        if len(found) == 1 and found[0].role_hint in ARMED_ROLES \
                and typology.may_face_itself(found[0].actor.name) \
                and _all_named_as(doc, prep, found[0].actor.name):
            # "a gunfight between armed village volunteers": one unnamed kind on both sides,
            # each named by the report (a copy: not one mention on both sides)
            return found[0], dataclasses.replace(found[0])
    return None


def _all_named_as(doc: Doc, prep: Token, name: str) -> bool:
    """Every noun "between" joins is a mention of one actor ("between gunmen and armed
    men"): not "between forces loyal to Gaddafi and rebels", whose first side the actor
    data does not name."""
    nouns = [c for c in prep.children if c.dep_ == "pobj"]
    # "between two of Tripoli's most powerful armed groups": the groups "of" counts
    nouns = [next((g for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"), n)
             if n.pos_ == "NUM" else n for n in nouns]

    def named(noun: Token) -> bool:
        return any(m.start <= noun.i < m.end and m.actor.name == name
                   for m in doc_ext(doc, "actors") or [])
    if any(_names_sharing_kind(n, named) for n in nouns):
        return True
    nouns += [c for n in nouns for c in n.conjuncts]
    return bool(nouns) and all(named(n) for n in nouns)


def _names_sharing_kind(first: Token, named) -> bool:
    """"between Fallata and Rizeigat tribesmen", "between the X and Y ethnic groups": the
    names joined before one noun of the kind (`named`) share it, both of that kind, however
    the parse joins them (the second name a conjunct or the noun's compound); the
    coordination ends at that noun, whatever the parse joins after it ("in X locality")."""
    def a_name(t: Token) -> bool:   # the tagger may call a name it lacks an adjective
        return t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper()

    if not a_name(first) or named(first):
        return False
    chain = sorted(first.conjuncts, key=lambda c: c.i)
    kind = next((c for c in chain if named(c)), None)
    if kind is None:
        return False
    before = [c for c in chain if c.i < kind.i]
    shared = before + [g for g in kind.children
                       if a_name(g) and g.dep_ in ("compound", "nmod", "amod")]
    return bool(shared) and all(a_name(c) for c in before)


def _kind_of_what_its_doer_fired(doc: Doc, mention, agents) -> bool:
    """"Artillery shells fired by the RSF landed in X": a force word that only says what
    kind of thing was fired (a compound of its noun), whose doer a "by" phrase on that noun
    names: the doer acted, not the force the word may stand for elsewhere."""
    head = span_root(doc, mention.start, mention.end)
    if head.dep_ != "compound":
        return False
    for other in agents:
        tok = span_root(doc, other.start, other.end)
        if other is not mention and tok.dep_ == "pobj" and tok.head.dep_ == "agent" \
                and tok.head.head.dep_ == "acl" and tok.head.head.head.i == head.head.i:
            return True
    return False


def _relative_antecedent(doc: Doc, clause: Clause):
    """"Militants who attempted to storm a base": the relative pronoun's antecedent is the
    subject of the relative clause."""
    root = clause.root
    if root.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in root.children):
        return None
    antecedent = root.head
    return next((m for m in doc_ext(doc, "actors") or [] if m.start <= antecedent.i < m.end), None)


def _subject_of_subordinate(head: Token, root: Token) -> bool:
    """The subject of a verb under the clause's own ("as X tried to push in", "when
    gunmen opened fire"): an acting side only when the clause names no other."""
    t = first_conjunct(head, also=("compound", "amod", "poss", "nmod", "appos"))
    return t.dep_ in ("nsubj", "csubj") and t.head.i != root.i and any(
        a.dep_ in ("advcl", "relcl", "acl") for a in [t.head, *t.head.ancestors]
        if a.i != root.i and root in a.ancestors)


def _told_of_the_victims(doc: Doc, mention, verb: Token) -> bool:
    """The mention hangs inside the phrase of those the passive verb harmed ("a youth
    suspected of spying for a cartel was stoned to death"): what the victims were said to
    be, never who harmed them."""
    head = span_root(doc, mention.start, mention.end)
    return any(head.i != s.i and _owned_by(head, s)
               for s in verb.children if s.dep_ == "nsubjpass")


def _nested(doc: Doc, one, other) -> bool:
    """One mention inside the other's noun phrase ("members of the FARC's urban militia",
    "the army's 5th Brigade"): a group and the body it owns or the unit of it, one side
    told twice, never the two sides of a fight. Not two joined by "and" ("five civilians and
    a police officer")."""
    a, b = span_root(doc, one.start, one.end), span_root(doc, other.start, other.end)
    return _owned_by(a, b) or _owned_by(b, a)


def _owned_by(inner: Token, outer: Token) -> bool:
    """`inner` hangs under `outer` through no "and": a modifier or an "of" phrase of it."""
    t = inner
    while t.i != outer.i:
        if t.dep_ == "conj" or t.head.i == t.i:
            return False
        t = t.head
    return inner.i != outer.i


def _by_phrase(clause: Clause) -> bool:
    """A passive clause's "by" phrase: the acting side is there, even when it names no
    actor ("killed by an air strike")."""
    return any(c.dep_ == "agent" for c in clause.root.children)


def _group_of(doc: Doc, mention):
    """"fighters of the Islamic State", "members of Boko Haram": the named group."""
    if mention is None:
        return None
    head = span_root(doc, mention.start, mention.end)
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            for other in doc_ext(doc, "actors") or []:
                if other is not mention and other.start <= obj.i < other.end \
                        and other.role_hint == "armed":
                    return other
    return mention


def _pick(mentions, *, prefer):
    preferred = [m for m in mentions if m.role_hint in prefer]
    chosen = preferred or mentions
    return chosen[0] if chosen else None
