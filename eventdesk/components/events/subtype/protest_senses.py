"""Predicates of protest words in another sense: a march of troops or a walk, the month of
March, a demonstration of a thing, a protest lodged or said by one person or a state, a crowd
mobbing its idols, protest words that only say who people are or whom a victim met. Split
from demonstrations.py, which reads the protest itself, the crowd's violence and the force
used on it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import ARMED_ROLES, lexicon
from eventdesk.components.events.subtype.shared import (
    FIGHTER_NOUNS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
)
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate, rule_table
from eventdesk.extensions import doc_ext, span_root

# People others move ("marched the prisoners out"): no crowd marching.
MOVED_PEOPLE = {"prisoner", "captive", "army", "troop", "soldier", "client", "everyone",
                "detainee", "suspect"}


# People named by their part in protests ("protest organisers", "a protest leader")
PROTEST_ROLES = {"organiser", "organizer", "leader", "figure", "activist", "member"}


def names_people(word: Token) -> bool:
    """A protest word that only says who people are ("raids on the homes of protest
    organisers", "arrested a protest leader", "detained organisers of the protests at their
    homes"): those taken, not a protest under way."""
    holder = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" \
        else word.head if word.dep_ in ("compound", "amod", "nmod") else None
    return holder is not None and holder.pos_ == "NOUN" \
        and holder.lemma_.lower() in PROTEST_ROLES


# Words before a month's name that make it a date ("last March", "in March", "mid-March")
MONTH_LEAD = {"last", "next", "this", "early", "late", "mid", "of", "in", "since", "until",
              "till", "by", "on", "from", "through", "before", "after", "during", "-"}


def yet_to_come(word: Token) -> bool:
    """"arrested 40 activists ahead of the party's rally", "detained organisers on the eve
    of the march": a protest named as what the deed came before -- not held yet, so no
    protest the deed stopped (cue yet_to_come)."""
    return word.dep_ == "pobj" and _cue("yet_to_come", [word.head, word.head.head])


@predicate.add
def crowd_dispersed_above(facts: ClauseFacts) -> bool:
    """A protest told in a relative clause on the crowd a force's verb acts on ("fired into
    the air to disperse about 40 women who marched to the ministry", "beat students who
    rallied"): the intervention is told above the protest's clause, where a reading of the
    clause alone does not see it. The crowd's participle ("to disperse thousands of
    demonstrators gathered outside parliament") is parsed as a modifier of the crowd or as a
    clause the dispersal verb governs, with the crowd as its subject."""
    root = facts.clause.root
    if root.dep_ == "ccomp" and _cue("intervention", [root.head]):
        return True
    crowd = root.head if root.dep_ in ("relcl", "acl") else None
    if crowd is not None and crowd.dep_ == "pobj" and crowd.head.lower_ == "of":
        crowd = crowd.head.head   # "hundreds of students who rallied"
    return crowd is not None and crowd.dep_ == "dobj" and _cue("intervention", [crowd.head])


def a_month(tok: Token) -> bool:
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
def protest_word_in_other_sense(facts: ClauseFacts) -> bool:
    """Every protest verb of the clause is used in another sense: "marched the prisoners
    out", "were marched down a hallway" (people moved), "demonstrated that ...",
    "demonstrated the will to" (showed), "protested that ..." (said), "gathered evidence
    to support" (collected). Read only on the
    verb's passive or the object right after it, which the parse gets right; a crowd
    or protest noun is never this."""
    verbs = [span_root(facts.doc, m.start, m.end) for m in facts.clause.triggers
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
    words = [span_root(facts.doc, m.start, m.end) for m in facts.clause.triggers
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
    words = [span_root(facts.doc, m.start, m.end) for m in facts.clause.triggers
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
            or any(m.start <= noun.i < m.end for m in doc_ext(doc, "actors") or []))


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
    verbs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == "protest"]
    if not verbs or any(v.pos_ != "VERB" for v in verbs):
        return False
    if any((t.lower_ in CROWD_WORDS or t.lemma_.lower() in CROWD_WORDS) and t.pos_ != "VERB"
           for t in facts.clause.sent) or any(
            t.like_num and t.head.lemma_.lower() not in MARCHING_UNITS
            and t.ent_type_ not in ("DATE", "TIME")   # "on May 23 and 24" counts no crowd
            for t in facts.clause.tokens):
        return False
    forces = {i for m in doc_ext(doc, "actors") or []
              if m.role_hint in ("armed", "state", "international")
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
def crowded_round(facts: ClauseFacts) -> bool:
    """"Fans mobbed the players", "shoppers mobbed the stores": the verb "mob" as crowding
    round someone or something, with no other deed in the clause and none of a riot's
    violence (typing.toml cue violent_protest): admirers or a rush, no mob violence."""
    doc = facts.doc
    words = [span_root(doc, m.start, m.end) for m in facts.clause.triggers]
    return bool(words) and all(w.lemma_.lower() == "mob" and w.pos_ == "VERB" for w in words) \
        and not _cue("violent_protest", list(facts.clause.tokens))


ROLE_TOKENS_KEY = "eventdesk.role_tokens"


def role_tokens(doc: Doc, roles: frozenset[str]) -> frozenset[int]:
    """Indices of the tokens of the actors whose role is one of `roles` (the forces, the
    crowds), read once per report and set of roles: typing asks per token of a sentence
    (as `common.actor_tokens` reads all actors' tokens once)."""
    mentions = doc_ext(doc, "actors") or ()
    kept = doc.user_data.setdefault(ROLE_TOKENS_KEY, {})
    found = kept.get(roles)
    if found is None or found[0] is not mentions:
        found = kept[roles] = (mentions, frozenset(
            i for m in mentions if m.role_hint in roles for i in range(m.start, m.end)))
    return found[1]


def crowd_of_another_verb(word: Token, root: Token) -> bool:
    """"Opened fire on him as he greeted supporters": the crowd hangs on a verb below the
    clause's own whose subject is no force or armed side -- what the victim was doing, a
    crowd met, no protest the deed struck. Not a crowd that is that verb's own subject
    ("fired as protesters marched"), nor one a force's verb acts on ("were killed when
    police fired at crowds")."""
    forces = role_tokens(word.doc, ARMED_ROLES)
    tok = word
    while tok.i != root.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "nsubj" and c.i != word.i and c.i not in forces for c in tok.children):
            return True
    return False
