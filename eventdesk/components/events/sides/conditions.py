"""The conditions the default-actor rules name (`if` and `unless` in
data/rules/default_actors.toml): each reads an event's sides or its clause. The source of the
side that left (`side_that_left_in_sentence`) is here, beside the withdrawal words it reads."""

from __future__ import annotations

from eventdesk.coding import typology
from eventdesk.components.events.common import ARMED_ROLES
from eventdesk.components.events.implicit_sides import salient_armed
from eventdesk.components.events.roles import verb_in
from eventdesk.components.events.sides.table import SideFacts, condition, source
from eventdesk.components.events.subtype.herder_clashes import (
    herders_fight_as_a_side,
    herders_killed_unresisting,
)
from eventdesk.components.events.subtype.herders_camps import raided_cattle_camps
from eventdesk.components.events.subtype.table import ClauseFacts, rule_table
from eventdesk.extensions import doc_ext, span_root
from eventdesk.records import Actor


@condition.add
def no_armed_agent(f: SideFacts) -> bool:
    """No acting side, or only civilians or protesters as the subject."""
    return f.actor1 is None or (f.agent is not None
                                and f.agent.role_hint in ("civilian", "protester"))


@condition.add
def actor1_is_state(f: SideFacts) -> bool:
    return f.actor1 is not None and f.actor1.inter == typology.STATE_FORCES


@condition.add
def actor1_state_side(f: SideFacts) -> bool:
    """State forces, the country's or foreign ones."""
    return f.actor1 is not None and f.actor1.inter in typology.STATE_SIDE


# "Al-Shabaab abandoned Kismayo", "troops pulled out of the town": the subject gives the
# ground up; the side that takes it over is actor1
WITHDRAWAL_VERBS = frozenset({"withdraw", "abandon", "leave", "retreat", "evacuate", "vacate",
                              "flee", "cede", "surrender"})
WITHDRAWAL_PHRASAL = frozenset({("pull", "out"), ("pull", "back"), ("hand", "over")})


@condition.add
def ground_given_up_to_another(f: SideFacts) -> bool:
    """The acting side withdrew, and the report names another armed side to take over."""
    if f.agent is None or f.actor1 is None:
        return False
    root = f.clause.root
    return _withdrew(root) and salient_armed(f.doc, exclude=f.agent.actor, at=root.idx) is not None


def _withdrew(verb) -> bool:
    return verb_in(verb, WITHDRAWAL_VERBS, WITHDRAWAL_PHRASAL)


@source.add
def side_that_left_in_sentence(f: SideFacts, year) -> Actor | None:
    """"Troops entered the town after the UN mission handed over its camp there", "...
    after the militia pulled out": the armed or foreign side the sentence tells leaving,
    withdrawing or handing over, other than the side that took the ground, is the side
    acted upon of the transfer; not civilians who fled."""
    sent = f.clause.root.sent
    for verb in (t for t in sent if t.pos_ == "VERB" and _withdrew(t)):
        ids = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        if verb.dep_ == "relcl":   # "the UN mission UNAMI handed over": the noun it hangs on
            ids |= set(range(verb.head.left_edge.i, verb.head.i + 1))
        for mention in doc_ext(f.doc, "actors") or []:
            if mention.start in ids and mention.actor.inter != typology.CIVILIANS \
                    and (f.actor1 is None or mention.actor.name != f.actor1.name):
                return mention.actor
    return None


@condition.add
def actor1_present(f: SideFacts) -> bool:
    return f.actor1 is not None


@condition.add
def actor2_missing(f: SideFacts) -> bool:
    return f.actor2 is None


@condition.add
def actor2_civilian(f: SideFacts) -> bool:
    return f.actor2 is not None and f.actor2.inter == typology.CIVILIANS


@condition.add
def state_named_in_clause(f: SideFacts) -> bool:
    """A state's forces or offices named in the clause ("the police headquarters"), other
    than the acting side."""
    ids = {t.i for t in f.clause.tokens}
    return any(m.start in ids and m.role_hint in ("state", "international")
               and m is not f.agent and (f.actor1 is None or m.actor.name != f.actor1.name)
               for m in doc_ext(f.doc, "actors") or [])


# Where people live: a strike aimed at one hits civilians ("bombed several villages",
# "barrel bombs fell on the town", "shelled a market")
POPULATED_PLACES = frozenset({
    "village", "town", "city", "neighbourhood", "neighborhood", "district", "quarter",
    "suburb", "market", "marketplace", "hospital", "clinic", "school", "house", "home",
    "residence", "building", "apartment", "mosque", "church", "bakery", "shop", "street",
    "settlement", "hamlet", "community", "wedding", "funeral", "crowd", "bus",
})


@condition.add
def struck_where_people_live(f: SideFacts) -> bool:
    """What the strike hit is a place where people live or gather: its object, the
    subject of a passive, or what it fell "on", "at" or "into" — told by the clause's
    verb or by a relative clause on the strike ("the toll of the strike that hit a
    market has risen": a toll or an inquiry tells the strike in a relative clause)."""
    root = f.clause.root
    event_words = {i for trig in f.clause.triggers for i in range(trig.start, trig.end)}
    relatives = [c for i in event_words for c in f.doc[i].children if c.dep_ == "relcl"]
    hitting = {root.i} | {verb.i for verb in relatives}
    for tok in [*f.clause.tokens, *(t for verb in relatives for t in verb.subtree)]:
        if tok.lemma_.lower() not in POPULATED_PLACES and tok.lower_ not in POPULATED_PLACES:
            continue
        prep = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and prep.i in hitting:
            return True   # "bombed several villages", "the strike that hit a market"
        if tok.dep_ == "pobj" and (prep.lower_ in ("on", "at", "into") and (
                prep.head.i in hitting or prep.head.i in event_words)
                or prep.lower_ == "of" and prep.head.i in event_words):
            return True   # "fell on the town", "air strikes on a market", "shelling of X"
    return False


# Civil works and businesses: a strike that hit one, with no one named hurt, struck property,
# not a side ("a drone hit an energy facility", "damaging an enterprise")
CIVIL_WORKS = frozenset({
    "facility", "plant", "infrastructure", "substation", "enterprise", "factory", "warehouse",
    "zone", "farm", "grid", "pipeline", "refinery", "business", "company", "station",
})


@condition.add
def struck_civil_works(f: SideFacts) -> bool:
    """What the strike hit, damaged or set on fire is civil works or a business: the
    object of the clause's verb or of a participle hung on it ("…, damaging an
    enterprise"), or what a fire broke out "at"."""
    for tok in f.clause.tokens:
        if tok.lemma_.lower() not in CIVIL_WORKS:
            continue
        head = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" \
                or tok.dep_ == "pobj" and head.lower_ in ("at", "on") \
                and head.head.lemma_.lower() in ("fire", "hit", "strike", "attack"):
            return True
    return False


@condition.add
def victims_unnamed(f: SideFacts) -> bool:
    """No victim named, or one that is neither civilians nor an armed group."""
    return f.actor2 is None or (f.patient is not None
                                and f.patient.role_hint not in ("civilian", "armed"))


@condition.add
def armed_men_arrested(f: SideFacts) -> bool:
    """People arrested whom the report names as armed men by their deed ("arrested three
    suspected kidnappers", "bandits were detained"): the unidentified armed group the actor
    lexicon read, held by the force, not civilians."""
    return f.sub_type == typology.ARRESTS and f.actor2 is not None and f.patient is not None \
        and f.patient.role_hint == "unidentified"


# What the arrested carried that makes them armed men ("arrested five men with firearms").
CARRIED_ARMS = frozenset({"weapon", "firearm", "gun", "rifle", "pistol", "grenade",
                          "explosive", "ammunition", "machete", "cutlass"})


@condition.add
def arrested_with_arms(f: SideFacts) -> bool:
    """People arrested "with firearms", "with long weapons" or "in possession of rifles":
    armed men held by the force, an unidentified armed group, not civilians; read on the
    arrest verb's object or passive subject and what hangs on it."""
    if f.sub_type != typology.ARRESTS:
        return False
    verb = f.clause.root
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    carried = [t for h in held for p in h.children if p.dep_ == "prep"
               and p.lower_ in ("with", "carrying") for t in p.subtree]
    # the parse hangs "with rifles" on the verb as often as on the men, and "in possession of"
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with")):
        if p.lower_ == "with" or any(t.lower_ == "possession" for t in p.subtree):
            carried += [g for g in p.children if g.dep_ == "pobj"]
            carried += [t for t in p.subtree if t.head.lower_ == "of"]
    return any(t.lemma_.lower() in CARRIED_ARMS for t in carried)


@condition.add
def told_passive_with_no_doer(f: SideFacts) -> bool:
    """The clause's verb is passive with no "by" phrase ("a bus was set on fire on the ring
    road"), and no armed or state side is the subject of another verb of the sentence:
    the report does not say who did it. Not a verb whose subject another verb shares
    ("attacked the jail and looted arms"), nor "houses were burned after soldiers set fire
    to them", whose doer is told there."""
    root = f.clause.root
    sent = root.sent
    doers = any(sent.start <= m.start < sent.end and m.role_hint in ARMED_ROLES
                and span_root(f.doc, m.start, m.end).dep_ == "nsubj"
                for m in doc_ext(f.doc, "actors") or [])
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in root.children) \
        and not any(c.dep_ == "agent" for c in root.children) and not doers


@condition.add
def done_by_a_loaded_word(f: SideFacts) -> bool:
    """The clause's "by" phrase names its doer only by a loaded word for a band ("set
    ablaze by unknown miscreants"; typing.toml cue `loaded_crowd`): no side's name."""
    loaded = rule_table().cues["loaded_crowd"]
    return any(c.dep_ == "agent" and loaded.found_in(list(c.subtree))
               for c in f.clause.root.children)


# Bare force nouns a report uses for the forces it has named ("the forces apprehended …").
BARE_FORCES = frozenset({"forces", "troops", "soldiers", "units"})


@condition.add
def the_forces_as_subject(f: SideFacts) -> bool:
    """The clause's subject is "the forces" or "the troops" with no name or country of its
    own ("In the village of X, the forces apprehended two suspects", after "army and border
    police forces operated across the region"): the forces the report has named."""
    return any(c.dep_ == "nsubj" and c.lower_ in BARE_FORCES
               and [d.lower_ for d in c.children] == ["the"] for c in f.clause.root.children)


@condition.add
def cattle_camp_raided(f: SideFacts) -> bool:
    """The clause attacks a cattle camp ("gunmen stormed a cattle camp"): its keepers are
    armed herders, the side fought (herders_camps.py)."""
    return bool(raided_cattle_camps(f.clause))


def _clause_facts(f: SideFacts) -> ClauseFacts:
    return ClauseFacts(f.doc, f.clause, "", set(), f.agent, f.patient)


@condition.add
def herders_are_a_side(f: SideFacts) -> bool:
    """Herders are a side of the clause's fight ("fighting between herdsmen and growers"):
    both sides are the communities' armed men (herder_clashes.py)."""
    return herders_fight_as_a_side(_clause_facts(f))


@condition.add
def herders_killed(f: SideFacts) -> bool:
    """The clause's dead are herders who did not fight ("gunmen killed six herdsmen"):
    civilians, whatever the lexicon calls herdsmen (herder_clashes.py)."""
    return herders_killed_unresisting(_clause_facts(f))


@condition.add
def no_armed_doer_parsed(f: SideFacts) -> bool:
    """The parse found no armed doer in the clause's sentence (none, civilians, or a side
    only a later sentence names: "the gendarmerie arrested 27 people"), whatever an
    earlier rule put in actor1."""
    if f.agent is None or f.agent.role_hint in ("civilian", "protester"):
        return True
    sent = f.clause.root.sent
    return not sent.start <= f.agent.start < sent.end   # a side of another sentence
