"""Predicates of a report of unrest (ACLED protests and riots): the report tells a protest, a
riot or a movement, so a band that officials or state media call by a loaded word
("miscreants", "saboteurs", "hooligans") and that burns or storms buildings is the rioting
crowd, and arrests told in it are the handling of that unrest.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import a_being
from eventdesk.components.events.subtype.table import (
    ClauseFacts,
    _cue,
    predicate,
    tells_crowd_violence,
)
from eventdesk.extensions import doc_ext, doc_tokens, span_root

# Nouns that tell a crowd's unrest under way in the report
UNREST_LEMMAS = frozenset({"protest", "protester", "protestor", "demonstration",
                           "demonstrator", "riot", "rioter", "rioting", "unrest", "agitation",
                           "uprising",
                           # a strike's pickets ("picketers blocked the highway"); not
                           # the strike named alone ("during the hartal"), whose arson by
                           # a band may be any side's
                           "picketer"})
# doc.user_data key: the token indices of the report's unrest words, found once
UNREST_KEY = "eventdesk.unrest_words"


def _movement(tok: Token) -> bool:
    """"the students' quota reform movement", "the farmers' movement": a movement of people
    with a cause, not one "of troops" or "of goods"."""
    return tok.lemma_.lower() == "movement" and tok.pos_ == "NOUN" \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
        and any(c.dep_ in ("poss", "compound", "amod") for c in tok.children)


def _unrest_words(doc: Doc) -> frozenset[int]:
    found = doc.user_data.get(UNREST_KEY)
    if found is None:
        found = doc.user_data[UNREST_KEY] = frozenset(
            t.i for t in doc_tokens(doc)
            if t.lemma_.lower() in UNREST_LEMMAS or t.lower_ in UNREST_LEMMAS or _movement(t))
    return found


@predicate.add
def in_a_report_of_unrest(facts: ClauseFacts) -> bool:
    """The report names a protest, a riot, unrest or a people's movement outside this
    clause ("taking advantage of the students' movement", "the riots are orchestrated by
    enemies"): a report of unrest, whose violence by a band and whose arrests belong to it."""
    own = {t.i for t in facts.clause.tokens}
    return any(i not in own for i in _unrest_words(facts.doc))


@predicate.add
def band_used_guns(facts: ClauseFacts) -> bool:
    """The sentence tells shooting or guns ("miscreants opened fire on a rally", "gunmen
    torched the office"): an armed band, not a rioting crowd."""
    return _cue("firearm_use", list(facts.clause.sent))


# Verbs of a fight between two crowds ("protesters and ruling party activists fought")
FIGHT_LEMMAS = frozenset({"fight", "clash", "battle", "brawl"})
# Roles of a side that makes a fight a force's handling, not a fight between crowds
FORCE_ROLES = frozenset({"state", "international"})


@predicate.add
def crowd_fought_a_non_state_side(facts: ClauseFacts) -> bool:
    """The sentence tells protesters fighting another side that is no state force, both
    subjects of the fight ("three were killed as protesters and ruling party activists
    fought pitched battles"): a fight between crowds, a violent demonstration — not force
    used on protesters, whose force the sentence never names."""
    doc = facts.doc
    roles = {t: m.role_hint for m in doc_ext(doc, "actors") or [] for t in range(m.start, m.end)}
    for verb in facts.clause.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FIGHT_LEMMAS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ in ("conj", "advcl"):
            # "killed as protesters and activists fought", parsed with "as" a preposition
            # and the fighters its object: the subjects of the fight
            subjects = [o for p in verb.head.children if p.dep_ == "prep"
                        and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
        subjects += [c for s in subjects for c in s.conjuncts]
        crowd = [s for s in subjects if _cue("protest_crowd", [s])]
        others = [s for s in subjects if s not in crowd]
        if crowd and others and not any(roles.get(t.i) in FORCE_ROLES
                                        for s in others for t in s.subtree):
            return True
    return False


@predicate.add
def property_burned_by_nobody_told(facts: ClauseFacts) -> bool:
    """The clause's riot word is passive with a thing as its subject and no doer ("a bus
    was set on fire", "35 buses were torched"): arson told without its doer; not "a man
    was set on fire" (a mob's victim) nor "students torched the council" (a crowd)."""
    return _thing_done_by_nobody(facts, "riot")


@predicate.add
def property_looted_by_nobody_told(facts: ClauseFacts) -> bool:
    """The clause's looting word is passive with a thing as its subject and no doer ("a
    warehouse that had been looted and set on fire"): looting told without its doer."""
    return _thing_done_by_nobody(facts, "looting")


def _thing_done_by_nobody(facts: ClauseFacts, category: str) -> bool:
    """A trigger of `category` that is passive, with a thing, no person nor body, as its
    subject and no doer ("by ...")."""
    doc = facts.doc
    for match in facts.clause.triggers:
        if match.category != category:
            continue
        verb = span_root(doc, match.start, match.end)
        burned = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if burned and not any(c.dep_ == "agent" for c in verb.children) and not any(
                a_being(t) or t.lemma_.lower() in ("body", "bodies") or _counted_people(t)
                for t in burned) and not _to_death(verb):
            return True
    return False


def _counted_people(subject: Token) -> bool:
    """A number standing for people told before ("all three had been stoned", "both
    were burned"): no thing is counted without its noun."""
    return subject.pos_ == "NUM" or subject.lower_ in ("both", "all")


def _to_death(verb: Token) -> bool:
    """"Beaten to death", "burned to death": only a being dies."""
    return any(c.dep_ == "prep" and c.lower_ == "to"
               and any(g.lower_ == "death" for g in c.children) for c in verb.children)


@predicate.add
def crowd_violence_told_in_sentence(facts: ClauseFacts) -> bool:
    """The clause's sentence, this clause included, tells a crowd's burning, stoning or
    breaking in (cues `violent_protest`, `protest_damage`): deaths in it may be a riot's."""
    words = list(facts.clause.sent)
    return tells_crowd_violence(words)


# What a crowd burns that is a person, not property: a victim's body
BODY_WORDS = frozenset({"body", "corpse", "remains"})


@predicate.add
def body_burned(facts: ClauseFacts) -> bool:
    """The clause burns a victim's body ("set his body on fire", "burned the corpse"): the
    crowd's harm to a person (mob violence when it killed him), not damage to property."""
    return any(t.lemma_.lower() in BODY_WORDS and t.dep_ in ("dobj", "nsubjpass")
               and t.head.lemma_.lower() in ("set", "burn", "torch")
               for t in facts.clause.tokens)


# Riot words that name a mob's deed, not a riot against the state ("a mob attacked two
# constables", "lynched a policeman", "beaten to death"): ACLED's mob violence, whoever was
# attacked, police included (GUIDELINES.md)
MOB_WORDS = frozenset({"mob", "lynch", "lynching", "death"})


@predicate.add
def mob_deed(facts: ClauseFacts) -> bool:
    """A riot word of the clause is a mob, a lynching or a beating to death (rule
    riot-harms-forces leaves these to the mob rules)."""
    doc = facts.doc
    return any(t.lemma_.lower() in MOB_WORDS for m in facts.clause.triggers
               if m.category == "riot" for t in doc[m.start:m.end])
