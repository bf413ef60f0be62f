"""Roles: which actor mentions of a clause act (agent) and which are acted upon (patient),
read from the dependency parse; and the armed groups a report names, for the sides a
clause leaves implicit.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding import typology
from eventdesk.components.events.common import ARMED_ROLES
from eventdesk.components.events.happened import modality
from eventdesk.components.triggers import Clause
from eventdesk.records import Actor

REVERSING_VERBS = ("repel", "repulse", "thwart", "foil")
# "pushed back an attack", "fought off the assault": the particle makes the verb reversing
REVERSING_PHRASAL = {("push", "back"), ("beat", "back"), ("drive", "back"), ("fight", "off"),
                     ("fend", "off"), ("ward", "off"), ("drive", "off")}
# "Two soldiers died": the subject of a verb of dying is a victim, never the acting side
DYING_VERBS = ("die", "perish", "succumb")
RELATIVE_PRONOUNS = ("who", "that", "which")
PATIENT_PREPS = ("on", "at", "against", "with", "into", "upon", "among", "targeting")


# "troops backed by Russian special forces", "supported by the Wazalendo militias": the
# verb's "by" phrase names an associate of the side it describes, never a side of its own
BACKING_VERBS = frozenset({"back", "support", "aid", "assist", "accompany", "help",
                           "reinforce", "escort", "arm", "equip", "fund", "train"})
# "with the support of Russian aircraft", "with air cover from the coalition"
BACKING_NOUNS = frozenset({"support", "backing", "help", "assistance", "cover", "aid",
                           "participation", "cooperation", "coordination"})
# "alongside Hezbollah fighters", "allied Wazalendo militias", "Iran-allied militias"
ALONGSIDE_PREPS = frozenset({"alongside", "beside"})
ALLY_WORDS = frozenset({"allied", "affiliated", "auxiliary", "supporting"})


def is_associate(doc: Doc, mention) -> bool:
    """The mention names an associate of another side (ACLED's associate actor): a backer
    in a "backed by" phrase on a noun, the "support of" someone, a force fighting
    "alongside" another, or one written as "allied": never actor1 or actor2 itself."""
    head = doc[mention.start:mention.end].root
    t = head
    while t.dep_ in ("conj", "compound", "amod", "appos") and t.head.i != t.i:
        t = t.head
    if any(c.dep_ == "amod" and c.lower_ in ALLY_WORDS for c in head.children):
        return True
    if head.dep_ == "conj" and head.head.dep_ == "nsubj" and _acts_on_an_object(head.head.head):
        # "the 63rd Brigade and Hezbollah captured the town": the sides that act together
        # on one object; the first named acts, the others are its associates
        return True
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ in ALONGSIDE_PREPS:
        return True
    if prep.lower_ == "by" and prep.dep_ == "agent":
        verb = prep.head
        return verb.lemma_.lower() in BACKING_VERBS and verb.dep_ in ("acl", "amod", "advcl")
    if prep.lower_ in ("of", "from"):
        return prep.head.lemma_.lower() in BACKING_NOUNS
    return False


def is_source(doc: Doc, mention, verb: Token) -> bool:
    """The mention names who tells the news of `verb`'s deed ("…, police said", "…,
    according to the army"): the source of a claim told after the deed's verb, or with
    "according to", never a side of the deed it reports. (A source found before the verb
    may be the deed's own subject: "Israeli forces captured X, said by the army to…".)"""
    return any(claim.start_char <= mention.start_char and mention.end_char <= claim.end_char
               and (mention.start > verb.i or claim.cue == "according to")
               for claim in doc._.claims or ())


def _backed_doer(doc: Doc, mention, event_words: set[int]):
    """The side a backer backs, when the parse hangs the deed on the backer: in "troops
    backed by militiamen pushed into X" the deed is the troops' (the backer stays an
    associate); None when the deed is not the backer's."""
    head = doc[mention.start:mention.end].root
    if head.dep_ != "pobj" or not any(c.dep_ in ("acl", "relcl") and c.i in event_words
                                      for c in head.children):
        return None
    verb = head.head.head  # "by" → "backed"
    if head.head.dep_ != "agent" or verb.lemma_.lower() not in BACKING_VERBS:
        return None
    backed = verb.head
    return next((m for m in doc._.actors or [] if m.start <= backed.i < m.end), None)


# verbs and objects of a mutual deed: "X and Y exchanged fire" names the two sides
MUTUAL_VERBS = frozenset({"exchange", "trade", "clash", "battle", "skirmish"})
MUTUAL_OBJECTS = frozenset({"fire", "gunfire", "shots", "blows", "other", "another", "salvos"})


def _acts_on_an_object(verb: Token) -> bool:
    """The verb has a direct object its subjects act on together, not a mutual deed."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in MUTUAL_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lower_ not in MUTUAL_OBJECTS for c in verb.children)


def roles(doc: Doc, clause: Clause):
    """The acting side and the side acted upon, from the dependency parse."""
    ids = {t.i for t in clause.tokens}
    event_words = {i for trig in clause.triggers for i in range(trig.start, trig.end)}
    agents, patients, subordinate = [], [], []
    for mention in doc._.actors or []:
        head = doc[mention.start:mention.end].root
        if mention.start not in ids or is_source(doc, mention, clause.root) \
                and not _fronted_subject(head, clause.root):
            continue
        if is_associate(doc, mention):
            backed = _backed_doer(doc, mention, event_words)
            if backed is not None and backed.start in ids and backed not in agents:
                agents.append(backed)
            continue
        role = _role_of(head, clause.root, event_words)
        if role == "agent" and _subject_of_subordinate(head, clause.root):
            subordinate.append(mention)
        elif role == "agent":
            agents.append(mention)
        elif role == "patient":
            patients.append(mention)
    if subordinate and not agents:
        # "Police said they killed five gang members as the coalition tried to push in":
        # the subject of the "as" clause is the other side when "they" names the actor
        implicit = _implicit_agent(doc, clause) if _pronoun_subject(clause.root) else None
        if implicit is not None:
            agents.append(implicit)
            patients.extend(subordinate)
        else:
            agents.extend(subordinate)
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
    if agent is None and len(agents) == 0 and len(patients) > 1 and not _by_phrase(clause):
        # "X and Y fought": no clear subject, take the two sides in order; never the
        # patient's own actor ("soldiers were killed ... the army's truck"), nor when a
        # "by" phrase names the acting side ("killed by an Israeli air strike").
        agent = next((p for p in patients if patient is None
                      or p.actor.name != patient.actor.name), None)
    agent = _group_of(doc, agent)
    patient = _most_of_them(doc, _group_of(doc, patient))
    if agent is None or _owned_by_pronoun(doc, agent):
        agent = _implicit_agent(doc, clause, possessive=agent is not None) or agent
        agent = _group_of(doc, agent)
    if agent is None and _pronoun_subject(_subject_verb(clause.root), ("they",)):
        agent = _group_of(doc, _previous_subject(doc, clause, patient))
    if agent is None:
        agent = _taker_in_front(doc, clause, patient)
    if agent is not None and agent.role_hint == "unidentified":
        agent = named_group_nearby(doc, clause) or agent
    if patient is not None and patient.role_hint == "unidentified":
        patient = named_group_nearby(doc, clause) or patient
    if agent is not None and patient is not None and _reverses(clause.root):
        # "troops repelled an attack by X", "they pushed back the militants": X started
        # the fighting (after the implicit subject is found: "they repelled…")
        agent, patient = patient, agent
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
    words = [t.lower_ for t in doc[j:j + 4]]
    phrase = next((p for p in MAJORITY_PHRASES if tuple(words[:len(p)]) == p), None)
    if phrase is None:
        return patient
    j += len(phrase)
    return next((m for m in doc._.actors or [] if j <= m.start <= j + 2
                 and m.role_hint in ARMED_ROLES), patient)


def _reverses(verb: Token) -> bool:
    """A verb whose object started the fighting: "repelled", "pushed back", "fought off"."""
    lemma = verb.lemma_.lower()
    return lemma in REVERSING_VERBS or any(
        (lemma, c.lower_) in REVERSING_PHRASAL for c in verb.children
        if c.dep_ in ("prt", "advmod"))


def _between_sides(doc: Doc, clause: Clause):
    """"Fighting between the army and JNIM", "clashes between X and Y": the two sides in
    the order written, before any victim the clause also names."""
    ids = {t.i for t in clause.tokens}
    for prep in clause.tokens:
        if prep.lower_ != "between" or prep.dep_ != "prep":
            continue
        span = range(prep.i + 1, prep.right_edge.i + 1)
        found = []
        for mention in doc._.actors or []:
            if mention.start in span and mention.start in ids and all(
                    m.actor.name != mention.actor.name for m in found) \
                    and not is_associate(doc, mention):
                found.append(mention)
        if len(found) == 2:
            return _group_of(doc, found[0]), _group_of(doc, found[1])
    return None


def _relative_antecedent(doc: Doc, clause: Clause):
    """"Militants who attempted to storm a base": the relative pronoun's antecedent is the
    subject of the relative clause."""
    root = clause.root
    if root.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in root.children):
        return None
    antecedent = root.head
    return next((m for m in doc._.actors or [] if m.start <= antecedent.i < m.end), None)


def _subject_of_subordinate(head: Token, root: Token) -> bool:
    """The subject of a verb under the clause's own ("as X tried to push in", "when
    gunmen opened fire"): an acting side only when the clause names no other."""
    t = head
    while t.dep_ in ("conj", "compound", "amod", "poss", "nmod", "appos") and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("nsubj", "csubj") and t.head.i != root.i and any(
        a.dep_ in ("advcl", "relcl", "acl") for a in [t.head, *t.head.ancestors]
        if a.i != root.i and root in a.ancestors)


def _pronoun_subject(verb: Token, words: tuple[str, ...] = ()) -> bool:
    """The verb's subject is a pronoun (one of `words`, when given)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
               and (not words or c.lower_ in words) for c in verb.children)


def _subject_verb(verb: Token) -> Token:
    """The verb that holds the subject: "They fought … and spent two days looting"."""
    while verb.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def _previous_subject(doc: Doc, clause: Clause, patient):
    """"ISMP insurgents attacked Macomia. They fought the army for hours": "they" is the
    acting side of the sentence before, when it names an armed one."""
    sent = clause.sent
    for _ in range(3):  # "They fought … They looted …": back to the sentence that names them
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        found = [m for m in doc._.actors or [] if sent.start <= m.start < sent.end
                 and m.role_hint in ARMED_ROLES
                 and (patient is None or m.actor.name != patient.actor.name)
                 and _role_of(doc[m.start:m.end].root, sent.root) == "agent"]
        if found:
            return found[0]
        if not _pronoun_subject(sent.root, ("they",)):
            return None
    return None


TAKING = frozenset({"capture", "recapture"})


def _taker_in_front(doc: Doc, clause: Clause, patient):
    """"Croatian armed forces midday Saturday captured Knin", "Russian forces on Friday
    captured Shali": a verb of taking ground the parse hung on the place (a compound, an
    adjective) leaves the force written before it no subject; when only the time stands
    between them and the verb has no subject, passive or "by" phrase of its own, that
    force — the clause's first side — took the ground."""
    verbs = [doc[t.start:t.end].root for t in clause.triggers if t.category in TAKING]
    if not verbs or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass")
                        for c in verbs[0].children):
        return None
    ids = {t.i for t in clause.tokens}
    front = [m for m in doc._.actors or [] if m.start in ids and m.end <= verbs[0].i]
    if not front or front[0] is patient or front[0].role_hint not in ARMED_ROLES \
            or is_associate(doc, front[0]):
        return None
    taker = front[0]
    if doc[taker.start:taker.end].root.dep_ not in ("nsubj", "ROOT"):
        return None
    between = doc[taker.end:verbs[0].i]
    if any(t.pos_ in ("VERB", "AUX", "PRON") or t.dep_ == "punct" or t.lower_ in ("by", "from")
           for t in between):
        return None
    return taker


def _by_phrase(clause: Clause) -> bool:
    """A passive clause's "by" phrase: the acting side is there, even when it names no
    actor ("killed by an air strike")."""
    return any(c.dep_ == "agent" for c in clause.root.children)


def salient_armed(doc: Doc, *, exclude: Actor | None, non_state: bool = False):
    """The armed actor the report names most, for sides it leaves implicit."""
    counts: dict[str, tuple[int, Actor]] = {}
    for mention in doc._.actors or []:
        if mention.role_hint not in ("armed", "unidentified") and not (
            not non_state and mention.role_hint in ("state", "international")
        ):
            continue
        actor = mention.actor
        if exclude is not None and actor.name == exclude.name or is_associate(doc, mention):
            continue
        if non_state and actor.inter in typology.STATE_SIDE:
            continue
        n, _ = counts.get(actor.name, (0, actor))
        counts[actor.name] = (n + 1, actor)
    if not counts:
        return None
    return max(counts.values(), key=lambda pair: pair[0])[1]


def named_group_nearby(doc: Doc, clause: Clause, *, same_sentence: bool = False):
    """"Gunmen stormed the compound" right after "al-Shabaab fighters attacked the
    hotel": the one armed group named in this or the previous sentence."""
    sent = clause.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 and not same_sentence \
        else sent.start
    named = {m.actor.name: m for m in doc._.actors or []
             if start <= m.start < sent.end and m.role_hint == "armed"
             and m.actor.inter in typology.NON_STATE_ARMED}
    return next(iter(named.values())) if len(named) == 1 else None


def _group_of(doc: Doc, mention):
    """"fighters of the Islamic State", "members of Boko Haram": the named group."""
    if mention is None:
        return None
    head = doc[mention.start:mention.end].root
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            for other in doc._.actors or []:
                if other is not mention and other.start <= obj.i < other.end \
                        and other.role_hint == "armed":
                    return other
    return mention


def _owned_by_pronoun(doc: Doc, mention) -> bool:
    """"its aircraft", "their fighters": the owner is named elsewhere."""
    head = doc[mention.start:mention.end].root
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)


def _implicit_agent(doc: Doc, clause: Clause, *, possessive: bool = False):
    """The subject a clause leaves out or refers to with a pronoun: "ISIL killed 85
    civilians and abducted 400" (shared subject), "the army said it had retaken…",
    "the coalition said its aircraft struck…"."""
    root = clause.root
    own_subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    candidates = []
    if possessive:
        speech = modality().words["speech"]
        if root.dep_ in ("ccomp", "conj") and root.head.lemma_.lower() in speech:
            candidates = [c for c in root.head.children if c.dep_ == "nsubj"]
    elif root.dep_ == "conj" and not own_subjects:
        candidates = [c for c in root.head.children if c.dep_ == "nsubj"]
    elif all(c.pos_ == "PRON" for c in own_subjects) and root.dep_ in ("ccomp", "conj"):
        candidates = [c for c in root.head.children if c.dep_ == "nsubj"]
    for subject in candidates:
        for mention in doc._.actors or []:
            if mention.start <= subject.i < mention.end or (
                    subject.left_edge.i <= mention.start <= subject.right_edge.i):
                if mention.role_hint != "civilian":
                    return mention
    return None


def _pick(mentions, *, prefer):
    preferred = [m for m in mentions if m.role_hint in prefer]
    chosen = preferred or mentions
    return chosen[0] if chosen else None


HARM_VERBS = ("kill", "wound", "injure", "abduct", "kidnap", "murder", "massacre")


def _headline_passive(verb: Token) -> bool:
    """"At least 40 displaced people killed in an attack on a camp": a harm verb with a
    subject but no object and no auxiliary is a passive with "were" dropped, as headlines
    and bullet points write it; its subject is the victim, never the acting side."""
    return verb.lemma_.lower() in HARM_VERBS and verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children)


def _fronted_subject(noun: Token, root: Token) -> bool:
    """"On Monday in the Qalamoun Mountains, the army's 63rd Brigade and Hezbollah captured
    the hill", "According to X, the commandos captured…", "After capturing the tower, the
    army took…": after a fronted phrase the parser hangs the subject on that phrase's last
    noun as an apposition (and the attribution stage reads it as part of the source),
    leaving the verb without a subject. A noun so hung, set off by a comma, right before a
    verb that has no subject of its own, is it."""
    doc = noun.doc
    if noun.head.dep_ not in ("pobj", "dobj") or not 0 < noun.left_edge.i < noun.i < root.i \
            or doc[noun.left_edge.i - 1].text != "," or root.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return False
    if any(t.pos_ != "ADV" for t in doc[noun.right_edge.i + 1:root.i]):
        return False
    return root in noun.ancestors


def _describes_another(verb: Token) -> bool:
    """"A contractor working with U.S. forces", "journalists working for the state
    media": a participle phrase that says whom a person works with or for; the person
    named by the head noun is the one acted upon or acting, never the force in the phrase
    (the head noun decides who he is). Only for a head noun no actor mention covers."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = verb.head
    return not any(m.start <= noun.i < m.end for m in noun.doc._.actors or [])


def _role_of(tok: Token, root: Token, event_words: frozenset[int] | set[int] = frozenset()
             ) -> str | None:
    """agent for subjects and "by" phrases, patient for objects and passive subjects;
    `event_words` are the clause's trigger tokens ("an ambush by X": X acted)."""
    t = tok
    for _ in range(15):
        dep = t.dep_
        if dep == "conj" and t.head.dep_ in ("nsubj", "dobj", "nsubjpass", "pobj"):
            t = t.head
            continue
        if dep in ("nsubj", "csubj"):
            if t.head.pos_ not in ("VERB", "AUX"):
                # a subject of a noun: a headline the parser misread; "12 SOLDIERS KILLED
                # IN AMBUSH" still says who died
                return "patient" if any(_headline_passive(c) for c in t.children
                                        if c.dep_ == "acl") else None
            dying = t.head.lemma_.lower() in DYING_VERBS
            return "patient" if dying or _headline_passive(t.head) else "agent"
        if dep == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "prep" \
                and t.head.head.i in event_words:
            # "killed in an ambush by Islamic State fighters"; but "troops repelled an
            # attack by X": the attack is what the subject acted on
            noun = t.head.head
            return "patient" if noun.dep_ == "dobj" and noun.head.i == root.i else "agent"
        if dep == "pobj" and t.head.lower_ == "of" and t.head.head.i in event_words \
                and t.head.head.pos_ == "NOUN":
            # "the killing of ten civilians", "the abduction of two nurses": the deed named
            # as a noun takes whom it was done to with "of"
            return "patient"
        if dep == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent":
            verb = t.head.head
            if verb.i == root.i or verb.dep_ in ("acl", "advcl") and (
                    verb.head.i == root.i or verb.head.pos_ == "NOUN"
                    and verb.head.dep_ in ("nsubj", "nsubjpass", "dobj")
                    and verb.head.head.i == root.i):
                return "agent"
            return None
        if dep in ("attr", "oprd") and t.head.i != root.i and t.head.lemma_.lower() == "be":
            # "gunmen suspected to be members of X", "a man who was a Hamas commander":
            # who the described noun is; it has that noun's role
            t = t.head
            continue
        if dep == "appos" and _fronted_subject(t, root):
            return "agent"
        if dep in ("nsubjpass", "dobj", "dative", "attr", "oprd"):
            return "patient"
        if dep == "pobj" and _describes_another(t.head.head):
            return None
        if dep == "pobj" and t.head.lower_ in PATIENT_PREPS:
            return "patient"
        if dep in ("compound", "amod", "poss", "nmod", "appos") or (
            dep == "pobj" and t.head.lower_ == "of"
        ) or dep == "prep" and t.lower_ == "of":
            t = t.head
            continue
        if t.i == root.i or t.head.i == t.i:
            return None
        if dep in ("advcl", "acl", "xcomp", "relcl", "conj", "ccomp", "prep", "pcomp",
                   "pobj"):
            t = t.head
            continue
        return None
    return None
