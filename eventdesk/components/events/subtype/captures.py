"""Predicates of what a taking of people is coded as — an arrest, an arrest for an
ordinary crime (no event), hostages taken, a disappearance, or the outcome of a fight —
and the territory sub-type for the side that took ground, once the sides are known.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.coding import typology
from eventdesk.components.events.common import (
    ARMED_ROLES,
    LATER_WORDS,
    place_tokens,
)
from eventdesk.components.events.subtype.captives import (
    SUSPECT_WORDS,
    TAKEN_PERSON_NOUNS,
)
from eventdesk.components.events.subtype.shared import (
    PERSON_NOUNS,
    SETTLED_GROUND,
    _a_combatant,
    _only_by,
)
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.components.events.subtype.taking_verbs import PERSON_TAKING_VERBS
from eventdesk.extensions import doc_ext, span_root


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
    kills = {i for m in doc_ext(doc, "triggers") or [] if m.category == "kill"
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
def captives_held_in_sentence(facts: ClauseFacts) -> bool:
    """The sentence frees, ransoms or demands the release of whom it says were captured,
    or holds them on a verb joined to the taking ("captured seven soldiers and held them
    near the port", "demanding their release"): captives kept as hostages."""
    if captives_freed_in_sentence(facts):
        return True
    doc = facts.doc
    takings = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
               if m.category in ("capture", "abduction")]
    return any(c.dep_ == "conj" and c.lemma_.lower() in HOLDING_VERBS
               and any(g.dep_ == "dobj" and g.lower_ in ("them", "him", "her")
                       for g in c.children)
               for verb in takings for c in verb.children)


# Verbs of keeping captives: "held them", "kept him"
HOLDING_VERBS = {"hold", "keep"}


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
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    taken = _taken(facts)
    if any(_a_combatant(t, armed) or t.lemma_.lower() in SUSPECT_WORDS
           or any(c.lower_ in SUSPECT_WORDS or c.dep_ == "compound" and _a_combatant(c, armed)
                  for c in t.children) for t in taken):
        return False
    return any(t.lemma_.lower() in CAPTIVE_CIVILIANS
               or t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS")   # "four Britons"
               for t in taken)


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
    Russian special forces retook the town"; not when those forces are the side it was taken
    from, `inter2` 1: "Russian units liberated the town, the Ukrainian remnants fled"), nor
    when a foreign force named as the taker took the ground from a rebel or militia side
    (`inter2`), the government's foe. A
    foreign state that claims ground it names no taker for (`claimed`: "the village was
    liberated, Russia's defence ministry said") took it with its own forces.

    The other way round, ground a clause names its taker for (`taker_named`) that the
    typing read as overtaken — the parse found no subject ("Croatian armed forces midday
    Saturday captured Knin"), or the actor lexicon read the force against the report's
    first country, not the event's — is regained when that taker is the state's own
    forces in the event's country (inter 1). A rebel side never regains it: a town it says
    it "liberated" from the army (inter 2 against the state's forces) is overtaken."""
    if sub_type == typology.OVERTAKES_TERRITORY:
        return typology.REGAINS_TERRITORY if taker_named and inter1 == 1 else sub_type
    if sub_type == typology.REGAINS_TERRITORY and inter1 == typology.REBELS \
            and inter2 == typology.STATE_FORCES:
        return typology.OVERTAKES_TERRITORY
    if sub_type != typology.REGAINS_TERRITORY or inter1 != typology.EXTERNAL \
            or own_forces and inter2 != typology.STATE_FORCES:
        return sub_type
    if not claimed and inter2 in typology.NON_STATE_ARMED:
        return sub_type
    return typology.OVERTAKES_TERRITORY


# Ground a side enters to hold it, not a building it goes into
ENTERED_GROUND = SETTLED_GROUND | {"territory", "province", "region", "governorate", "country",
                                   "camp", "front", "border"}


@predicate.add
def entered_only_to_harm(facts: ClauseFacts) -> bool:
    """Every taking of the clause is an entering of a building, not of ground ("a gunman
    entered a seminary, killing eight students", "the attackers entered the centre and
    opened fire"), or one its victim made ("was shot dead as he entered a mosque"): the way
    the attackers reached the people they harmed, not ground taken."""
    doc = facts.doc
    places = place_tokens(doc)
    takings = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
               if m.category in ("capture", "recapture")]
    if not takings:
        return False
    for verb in takings:
        if verb.lemma_.lower() != "enter":
            return False
        if any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in verb.children):
            continue   # the victim's own entering
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects or any(o.i in places or o.pos_ == "PROPN"
                              or o.lemma_.lower() in ENTERED_GROUND for o in objects):
            return False
    return True


# Words that make a nationality's vessels, units or men its state's ("Iranian military
# vessels", "Chinese naval ships")
STATE_QUALIFIERS = {"military", "naval", "navy", "army", "security", "coast"}


@predicate.add
def taken_by_a_country(facts: ClauseFacts) -> bool:
    """The taker the actor lexicon did not read is a state: a country named as the taker
    ("were captured by Iran", "Syria captured two gunmen") or a nationality's military
    craft or men ("Iranian military vessels surrounded and captured 15 sailors") — a
    state's capture, an arrest, not a fight."""
    doc = facts.doc
    countries = {i for m in doc_ext(doc, "places") or [] if m.kind == "country"
                 for i in range(m.start, m.end)}
    verbs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category in ("capture", "abduction")]
    verbs += [v.head for v in verbs if v.dep_ == "conj"]
    takers = [c for v in verbs for c in v.children if c.dep_ == "nsubj"] + [
        g for v in verbs for c in v.children if c.dep_ == "agent"
        for g in c.children if g.dep_ == "pobj"] + [
        v.head for v in verbs if v.dep_ == "acl"   # "vessels surrounded and captured"
        and v.head.lemma_.lower() not in PERSON_NOUNS | TAKEN_PERSON_NOUNS]
    return any(t.i in countries or any(c.ent_type_ == "NORP" for c in t.children)
               and any(c.lower_ in STATE_QUALIFIERS for c in t.children)
               for t in takers)
