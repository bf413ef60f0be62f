"""Predicates of who was harmed (ACLED violence against civilians versus battles):
civilians, people or fighters among the casualties, the victims of a battle verb. A harm
no side did (nature, an accident, an animal) is read in harm_causes.py.
"""

from __future__ import annotations

from itertools import chain

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import lexicon, place_tokens
from eventdesk.components.events.subtype.harm_causes import ANIMALS
from eventdesk.components.events.subtype.shared import (
    GROUND_NOUNS,
    PERSON_NOUNS,
    SETTLED_GROUND,
    _a_combatant,
    _ranked,
    _victim_words,
    counted_before,
)
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, doc_tokens, span_root


@predicate.add
def killing_told_beside(facts: ClauseFacts) -> bool:
    """The clause tells a killing or wounding as a deed of its own, beside the kidnapping
    ("killed ten, kidnapped two", "were killed or kidnapped", "six policemen who were
    kidnapped have been killed", "killing eight travellers and taking away others"): the
    death trigger is the clause's verb or joined to it by co-ordination or an adverbial
    clause — not a relative clause about someone ("the widow of a soldier killed last
    year")."""
    doc, root = facts.doc, facts.clause.root
    ids = {t.i for t in facts.clause.tokens}

    def chain(tok: Token) -> set[int]:
        """The verb and the verbs it hangs on by co-ordination or adverbial clause; from a
        relative clause, the verb of the noun it tells of ("policemen who were kidnapped
        have been killed")."""
        found = {tok.i}
        for _ in range(6):
            if tok.dep_ in ("conj", "advcl", "xcomp", "ccomp") and tok.head.i != tok.i:
                tok = tok.head
            elif tok.dep_ == "relcl" and tok.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
                tok = tok.head.head
            else:
                break
            found.add(tok.i)
        return found

    ours = chain(root)
    for m in doc_ext(doc, "triggers") or []:
        if m.category != "kill" or m.start not in ids:
            continue
        tok = span_root(doc, m.start, m.end)
        if tok.dep_ == "relcl" or tok.dep_ == "acl":
            continue   # told of someone: "the widow of a soldier killed last year"
        if chain(tok) & ours:
            return True
    return False


@predicate.add
def has_civilian_victims(facts: ClauseFacts) -> bool:
    """Civilians acted upon, or named in a clause that names no other victim, or a person
    with no armed side acted upon ("shot dead a tailor")."""
    return facts.patient_role == "civilian" or (facts.patient is None and (
        _has_civilians(facts) or people_harmed(facts)))


@predicate.add
def civilians_harmed_besides_the_crowd(facts: ClauseFacts) -> bool:
    """has_civilian_victims, not counting the acting side's own phrase: "hundreds of party
    workers stormed the residence, setting fire to it" names civilians, but as who acted."""
    return facts.patient_role == "civilian" or (facts.patient is None and (
        _has_civilians(facts, besides_agent=True) or people_harmed(facts)))


def _has_civilians(facts: ClauseFacts, *, besides_agent: bool = False) -> bool:
    """Civilians named in the clause; with `besides_agent`, other than the acting side (a
    crowd of residents or workers that stormed a building is who acted, not its victim)."""
    ids = {t.i for t in facts.clause.tokens}
    agent = facts.agent if besides_agent else None
    acting: set[int] = set()
    if agent is not None:   # the agent's phrase before the verb: "a crowd of residents"
        verb = facts.clause.root.i
        acting = {t.i for t in span_root(facts.doc, agent.start, agent.end).subtree if t.i < verb}
        acting.add(agent.start)
    return any(m.role_hint == "civilian" and m.start in ids and m.start not in acting
               for m in doc_ext(facts.doc, "actors") or [])


@predicate.add
def has_people(facts: ClauseFacts) -> bool:
    """Civilians, a number or "people" in the clause, or a person acted upon: someone to
    be taken."""
    return _has_civilians(facts) or people_harmed(facts) or any(
        t.like_num or t.lemma_.lower() in ("people", "person", "hostage")
        for t in facts.clause.tokens)


@predicate.add
def people_harmed(facts: ClauseFacts) -> bool:
    """The verb's object (the passive subject, or what it was aimed at) is a person with no
    armed side: "shot a tailor", "a priest was kidnapped", "burned a suspected thief alive",
    "threw acid on a teacher", "killed Ali Musa"."""
    doc = facts.doc
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint not in ("civilian", "protester")
             for i in range(m.start, m.end)}
    armed |= place_tokens(doc)   # "attacked Tal Afar": a place NER calls a person
    root = facts.clause.root
    for tok in list(facts.clause.tokens) + _objects_of_shared_verbs(doc, root):
        aimed_at = tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at") \
            and tok.head.head.i == root.i  # "threw acid on a teacher"
        # "the abduction of a customs official": the deed told as a noun, its "of" object
        deed_of = tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and any(m.start <= tok.head.head.i < m.end and m.category in TAKING_DEEDS
                    for m in facts.clause.triggers)
        if not (tok.dep_ in ("dobj", "nsubjpass") or aimed_at or deed_of) or tok.i in armed:
            continue
        if tok.ent_type_ in TIME_ENTITIES or tok.lower_ in CLOCK_WORDS or _names_ground(tok):
            continue  # "began the assault at 3 A.M.", "on the Sheikh Saeed District"
        if _a_name_stormed(tok):
            continue  # "troops stormed Najarah": a place NER calls a person
        if _names_a_person(tok, armed):
            return True
    return False


# Words of a killing told whole ("shot dead", "beaten to death", "was martyred"): only a
# person, or an animal, is killed so.
DEATH_WORDS = {"dead", "death", "martyred", "slain"}


@predicate.add
def victim_shot_dead(facts: ClauseFacts) -> bool:
    """A common noun the killing words have as their victim ("a ferryman was shot dead",
    "beat a herdsman to death"): a person killed, whatever the lexicon knows of the word —
    not an animal (harm_causes.py reads those), nor a rank or a fighter ("a colonel")."""
    doc = facts.doc
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint not in ("civilian", "protester")
             for i in range(m.start, m.end)}
    for tok in facts.clause.tokens:
        if tok.dep_ not in ("dobj", "nsubjpass") or tok.pos_ != "NOUN" or tok.i in armed \
                or tok.lemma_.lower() in ANIMALS or _ranked(tok, armed) \
                or _a_combatant(tok, armed):
            continue
        if any(m.category == "kill" and m.start <= tok.head.i < m.end
               and DEATH_WORDS & {t.lower_ for t in doc_tokens(doc)[m.start:m.end]}
               for m in facts.clause.triggers):
            return True
    return False


# NER's times and dates: names of an hour or a day, never of a victim.
TIME_ENTITIES = {"TIME", "DATE"}
# The hour's marks NER leaves untyped ("at 3 A.M.").
CLOCK_WORDS = {"a.m.", "p.m.", "a.m", "p.m", "gmt", "utc"}
# Deed nouns whose "of" object is who was taken or violated ("the kidnapping of a customs
# official"); not a killing's ("mass killings of Sunnis" is as often a record) nor a toll's.
TAKING_DEEDS = frozenset({"abduction", "sexual"})
# Pronouns that name people ("he was shot by masked gunmen").
PERSONAL_PRONOUNS = {"he", "she", "they", "him", "her", "them", "we", "us"}
# Attack words that are killings: only a being is beheaded or executed.
KILLING_LEMMAS = {"behead", "execute", "assassinate", "murder", "slaughter", "lynch",
                  "strangle", "massacre", "slay"}


@predicate.add
def someone_harmed(facts: ClauseFacts) -> bool:
    """Someone the clause shot, attacked or killed who is no armed side, no place and no
    ground: a personal pronoun or a name, whatever NER calls it ("he was shot by masked
    gunmen", "Millan was shot by gunmen"), or, as the victim of a death word (killed, shot
    dead, beheaded: only a being dies), any noun ("the executive director was shot dead",
    "the mayor's predecessor was killed"). Read where the side that did it is named."""
    doc = facts.doc
    places = place_tokens(doc)
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint not in ("civilian", "protester")
             for i in range(m.start, m.end)} | places
    deaths = {i for m in facts.clause.triggers if m.category == "kill"
              or span_root(doc, m.start, m.end).lemma_.lower() in KILLING_LEMMAS
              for i in range(m.start, m.end)}
    deaths |= _deadly_verbs(facts)
    for tok in _victim_words(facts):
        if tok.i in places and _a_name_only_a_being_suffers(tok, deaths):
            return True   # "Halaby was shot dead": the index's namesake place is no victim
        if tok.i in armed or _names_ground(tok) or _a_combatant(tok, armed):
            continue
        if tok.lower_ in PERSONAL_PRONOUNS or tok.pos_ == "PROPN" \
                or tok.pos_ == "NOUN" and tok.head.i in deaths:
            return True
    return False


# Verbs of harm that only a being suffers told of a name ("Millan was shot"): a place is
# shelled, struck or attacked, never shot, stabbed or wounded.
BEING_HARMED = frozenset({"shoot", "stab", "wound", "injure"})


def _a_name_only_a_being_suffers(tok: Token, deaths: set[int]) -> bool:
    """A name alone as the passive subject of a death or of shooting, stabbing or wounding
    ("Halaby was shot dead", "Millan was shot 10 times") names a person, whatever place the
    index knows by it; not a name with a word of ground or a place's head ("the town")."""
    verb = tok.head
    return tok.pos_ == "PROPN" and tok.dep_ == "nsubjpass" and tok.ent_type_ not in (
        "GPE", "LOC", "FAC") and (verb.i in deaths or verb.lemma_.lower() in BEING_HARMED)


# Adverbs that make a wounding verb a killing ("fatally shot", "mortally wounded").
DEADLY_ADVERBS = {"fatally", "mortally"}


def _deadly_verbs(facts: ClauseFacts) -> set[int]:
    """Verbs of the clause that killed, besides its death triggers: one a death verb of
    the clause is co-ordinated with ("was shot and killed": the victim hangs on "shot"),
    or one a deadly adverb qualifies ("was fatally shot")."""
    tokens = facts.clause.tokens
    ids = {t.i for t in tokens}
    kills = {m.start for m in doc_ext(facts.doc, "triggers") or [] if m.category == "kill"
             and m.start in ids}
    return {t.head.i for t in tokens if t.i in kills and t.dep_ == "conj"} | {
        t.i for t in tokens if any(c.dep_ == "advmod" and c.lower_ in DEADLY_ADVERBS
                                   for c in t.children)}


def _objects_of_shared_verbs(doc: Doc, root: Token) -> list[Token]:
    """The objects of verbs co-ordinated with the clause's verb that share its subject:
    "gunmen shot and wounded an activist" hangs the activist on "wounded". Not of a verb
    that is a trigger of its own ("stormed the consulate and seized 49 people")."""
    triggers = {m.start for m in doc_ext(doc, "triggers") or []}
    return [o for v in root.children
            if v.dep_ == "conj" and v.pos_ == "VERB" and v.i not in triggers
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            for o in v.children if o.dep_ in ("dobj", "nsubjpass")] + _shared_passive_subject(root)


def _shared_passive_subject(root: Token) -> list[Token]:
    """"A trader was stoned and hacked to death": the second passive verb, with no subject
    of its own, harmed the subject of the verb it is joined to."""
    if root.dep_ != "conj" or root.tag_ != "VBN" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return []
    return [c for c in root.head.children if c.dep_ == "nsubjpass"]


# Verbs whose object is a place or a building, never a person: one storms or overruns a
# town, a district or a base
STORMING_VERBS = {"storm", "overrun"}


def _a_name_stormed(tok: Token) -> bool:
    """A proper name that a verb of storming takes ("stormed Najarah", "overran Tal
    Kroum"): the place stormed, whatever NER reads in the name; a nationality is people
    ("stormed the house and beat a Palestinian" hangs him on "beat")."""
    return tok.head.lemma_.lower() in STORMING_VERBS and tok.pos_ == "PROPN" \
        and tok.ent_type_ != "NORP"


def _names_a_person(tok: Token, armed: set[int]) -> bool:
    """A person with no armed side: a person noun ("a tailor"), a personal pronoun ("him"),
    a name ("Palme was shot"), a nationality ("a Palestinian was shot dead"),
    a name the words beside it say is a person ("Iqbal, a Christian", "British national
    John Smith", which NER may read as organisations), or a number of people ("the three
    were shot", "five of them")."""
    lemma = tok.lemma_.lower()
    if _ranked(tok, armed):
        return False   # "Major General X", "jihadi leaders": people of a side
    if lemma in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS or tok.ent_type_ in ("PERSON",
                                                                                   "NORP"):
        return True
    if tok.pos_ == "PROPN" and any(
            c.dep_ in ("appos", "compound") and c.i not in armed
            and (c.pos_ != "PROPN" or c.ent_type_ == "NORP")
            and _names_a_person(c, armed) for c in tok.children):
        return True
    if tok.pos_ == "PROPN" and not tok.ent_type_:
        return True  # a name NER left untyped; places and armed sides are excluded above
    before = counted_before(tok)
    if before is not None:   # "nine more were wounded": more of the people counted before
        return not _a_combatant(before, armed) and _names_a_person(before, armed)
    if tok.like_num and tok.pos_ == "NUM" and not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):  # "shot a 67"
        counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        return all(g.i not in armed and _names_a_person(g, armed) for g in counted)
    return False


def _names_ground(word: Token) -> bool:
    """The word is ground or a name of ground: "targeting the villages of Hawar Kalas and
    Harjalah", "the parts of Bustan al-Basha" — names NER may read as persons, which are
    the places attacked, not victims."""
    words = lexicon()
    ground = SETTLED_GROUND | GROUND_NOUNS | words["district_words"] | words["anaphora"] \
        | words["facility_words"]
    for tok in chain((word,), word.ancestors):
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lemma_.lower() in ground or tok.lower_ in ground:
            return True
    return False


# Nouns of the dead as found, and the harm words that tell how they died; a wound only
# with its weapon ("gunshot wounds"), since the dead and the wounded are told together.
BODY_NOUNS = frozenset({"body", "corpse"})
MARKS_OF_KILLING = frozenset({"shoot", "behead", "stab", "execute", "kill", "slay", "hack"})
WOUND_WEAPONS = frozenset({"gunshot", "bullet", "stab", "machete", "knife"})


@predicate.add
def bodies_bear_wounds(facts: ClauseFacts) -> bool:
    """The clause's harm words are said of bodies found ("five bodies with gunshot wounds
    were found", "the bodies of 12 men, blindfolded and shot in the head, were found",
    "the body of a trader was found with stab wounds",
    "corpses bearing bullet wounds"): people killed, found dead, as news tells killings
    nobody saw done. Not "the bodies of the dead and wounded" (a wound with no weapon)."""
    doc = facts.doc
    for m in facts.clause.triggers:
        word = span_root(doc, m.start, m.end)
        lemma = word.lemma_.lower()
        if lemma == "wound" and not any(c.lower_ in WOUND_WEAPONS for c in word.children):
            continue
        if lemma not in MARKS_OF_KILLING | {"wound"}:
            continue
        # the harm word, or the words it hangs on, said of a body or of a verb whose
        # subject is one ("the body of a trader was found with stab wounds")
        heads = [word.head] if word.dep_ == "conj" else [word, *list(word.ancestors)[:4]]
        told_of = heads + [c for h in heads for c in h.children
                           if c.dep_ in ("nsubj", "nsubjpass")]
        if any(t.lemma_.lower() in BODY_NOUNS and t.pos_ == "NOUN" for t in told_of):
            return True
    return False
