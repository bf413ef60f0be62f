"""Sides a clause leaves implicit, found elsewhere in the report: the shared subject or the
speaker a pronoun stands for, the acting side of the sentence before, a force written before
a verb of taking the parse left without a subject, and the armed groups the report names.
Split from roles.py, which reads the sides the clause's own parse names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding import typology
from eventdesk.components.events.associates import is_associate
from eventdesk.components.events.common import ARMED_ROLES, lexicon, place_tokens
from eventdesk.components.events.happened import modality
from eventdesk.components.events.preamble import same_line
from eventdesk.components.events.role_of import role_of
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_tokens, span_root
from eventdesk.records import Actor


def pronoun_subject(verb: Token, words: tuple[str, ...] = ()) -> bool:
    """The verb's subject is a pronoun (one of `words`, when given)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
               and (not words or c.lower_ in words) for c in verb.children)


def subject_verb(verb: Token) -> Token:
    """The verb that holds the subject: "They fought … and spent two days looting"."""
    while verb.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def previous_subject(doc: Doc, clause: Clause, patient):
    """"ISMP insurgents attacked Macomia. They fought the army for hours": "they" is the
    acting side of the sentence before, when it names an armed one."""
    sent = clause.sent
    for _ in range(3):  # "They fought … They looted …": back to the sentence that names them
        if sent.start == 0 or not same_line(doc, sent.start_char, sent.start_char - 1):
            return None   # a digest's line does not go on from the line before it
        sent = doc[sent.start - 1].sent
        found = [m for m in doc_ext(doc, "actors") or [] if sent.start <= m.start < sent.end
                 and m.role_hint in ARMED_ROLES
                 and (patient is None or m.actor.name != patient.actor.name)
                 and role_of(span_root(doc, m.start, m.end), sent.root) == "agent"]
        if found:
            return found[0]
        if not pronoun_subject(sent.root, ("they",)):
            return None
    return None


TAKING = frozenset({"capture", "recapture"})


def taker_in_front(doc: Doc, clause: Clause, patient):
    """"Croatian armed forces midday Saturday captured Knin", "Russian forces on Friday
    captured Shali": a verb of taking ground the parse hung on the place (a compound, an
    adjective) leaves the force written before it no subject; when only the time stands
    between them and the verb has no subject, passive or "by" phrase of its own, that
    force — the clause's first side — took the ground."""
    verbs = [span_root(doc, t.start, t.end) for t in clause.triggers if t.category in TAKING]
    if not verbs or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass")
                        for c in verbs[0].children):
        return None
    ids = {t.i for t in clause.tokens}
    front = [m for m in doc_ext(doc, "actors") or [] if m.start in ids and m.end <= verbs[0].i]
    if not front or front[0] is patient or front[0].role_hint not in ARMED_ROLES \
            or is_associate(doc, front[0]):
        return None
    taker = front[0]
    if span_root(doc, taker.start, taker.end).dep_ not in ("nsubj", "ROOT"):
        return None
    between = doc[taker.end:verbs[0].i]
    if any(t.pos_ in ("VERB", "AUX", "PRON") or t.dep_ == "punct" or t.lower_ in ("by", "from")
           for t in between):
        return None
    return taker


def land_of_a_place(doc: Doc, head: Token) -> bool:
    """"Liberated the village of X of the Luhansk People's Republic", "the town of X in the
    DPR": a side's name told as the land a place lies in (a self-proclaimed republic) names
    where, not who; no side of the deed. The place is a name the gazetteer read, or its kind
    word ("the village [of X]"), or the place a verb the land hangs on took ("took the
    village of X in the DPR")."""
    if head.dep_ != "pobj" or head.head.lower_ not in ("in", "of"):
        return False
    places, holder = place_tokens(doc), head.head.head
    held = [holder, *(c for c in holder.children if c.dep_ == "dobj")] \
        if holder.pos_ == "VERB" else [holder]
    return any(h.i in places or any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i < head.head.i
        and any(g.dep_ == "pobj" and g.i in places for g in c.children)
        for c in h.children) for h in held)


def salient_armed(doc: Doc, *, exclude: Actor | None, at: int, non_state: bool = False):
    """The armed actor the report names most, for sides it leaves implicit; in a digest,
    the one the line holding character `at` names most (the other lines tell of other
    places and groups). Not a group the report says denied a deed ("NAS denied any
    involvement in the attack"): the report leaves the doer open, not to it."""
    counts: dict[str, tuple[int, Actor]] = {}
    denied = {m.actor.name for m in doc_ext(doc, "actors") or []
              if _denies(span_root(doc, m.start, m.end))}
    for mention in doc_ext(doc, "actors") or []:
        if mention.actor.name in denied:
            continue
        if not same_line(doc, at, doc[mention.start].idx):
            continue
        if mention.role_hint not in ("armed", "unidentified") and not (
            not non_state and mention.role_hint in ("state", "international")
        ):
            continue
        actor = mention.actor
        if exclude is not None and actor.name == exclude.name or is_associate(doc, mention) \
                or land_of_a_place(doc, span_root(doc, mention.start, mention.end)):
            continue
        if non_state and actor.inter in typology.STATE_SIDE:
            continue
        n, _ = counts.get(actor.name, (0, actor))
        counts[actor.name] = (n + 1, actor)
    if not counts:
        return None
    return max(counts.values(), key=lambda pair: pair[0])[1]


# "denied any involvement in the attack", "denied responsibility": a part in the deed
# denied; not "denied suffering any losses", which concedes the fight
DENIED_PARTS = frozenset({"involvement", "responsibility", "role", "part", "participation",
                          "link", "links", "hand"})


def _denies(tok: Token) -> bool:
    """The mention is the subject of "deny" whose object is a part in a deed ("the group
    denied any involvement in the attack")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "deny" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DENIED_PARTS for c in tok.head.children)


# "officials blamed the OLA, which denied involvement": a group blamed or accused that
# denies it is a disputed charge, not the side the report tells acting
BLAMING = frozenset({"blame", "accuse"})


def blamed_and_denied(tok: Token) -> bool:
    """The mention is what a verb of blame is aimed at ("blamed the OLA", "blamed on X")
    in a sentence that tells a denial."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in BLAMING \
        and any(t.lemma_.lower() == "deny" for t in tok.sent)


def named_group_nearby(doc: Doc, clause: Clause, *, same_sentence: bool = False,
                       other=None):
    """"Gunmen stormed the compound" right after "al-Shabaab fighters attacked the
    hotel": the one armed group named in this or the previous sentence; in this one only
    when the sentence says it tells another incident ("Separately, gunmen shot…"), opens
    on a place of its own (`opens_on_another_place`) or opens a digest's line ("12 Jun –
    Nigeria (Tsafe): Bandits abducted…"). Never `other`, the clause's other side (the
    gunmen's victims are not the gunmen), nor a class ACLED leaves unnamed ("Unidentified
    …"), which names no group."""
    sent = clause.sent
    cues = lexicon()["another_incident"] | {"separate"}
    apart = any(t.lower_ in cues for t in doc_tokens(doc)[sent.start:clause.root.i]) \
        or opens_on_another_place(doc, sent)
    start = doc[sent.start - 1].sent.start \
        if sent.start > 0 and not same_sentence and not apart \
        and same_line(doc, sent.start_char, sent.start_char - 1) else sent.start
    named = {m.actor.name: m for m in doc_ext(doc, "actors") or []
             if start <= m.start < sent.end and m.role_hint == "armed"
             and m.actor.inter in typology.NON_STATE_ARMED
             and not m.actor.name.startswith("Unidentified")
             and not (other is not None and m.actor.name == other.actor.name)
             and not blamed_and_denied(span_root(doc, m.start, m.end))}
    return next(iter(named.values())) if len(named) == 1 else None


def opens_on_another_place(doc: Doc, sent) -> bool:
    """"In southwestern Balochistan province, gunmen shot dead three labourers", after a
    bombing in North Waziristan: a round-up's sentence that opens by naming a place the
    sentence before did not name tells another incident."""
    if sent[0].lower_ not in ("in", "at") or sent.start == 0:
        return False
    comma = next((t.i for t in doc_tokens(doc)[sent.start:sent.end] if t.text == ","),
                 sent.end)
    before = doc[sent.start - 1].sent
    named_before = {doc[m.start:m.end].text.lower() for m in doc_ext(doc, "places") or []
                    if before.start <= m.start < before.end}
    return any(sent.start < m.start < comma and doc[m.start:m.end].text.lower()
               not in named_before for m in doc_ext(doc, "places") or [])


def owned_by_pronoun(doc: Doc, mention) -> bool:
    """"its aircraft", "their fighters": the owner is named elsewhere."""
    head = span_root(doc, mention.start, mention.end)
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)


def implicit_agent(doc: Doc, clause: Clause, *, possessive: bool = False):
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
        # "entered the clinic, opened fire and looted it": the first verb of the chain
        candidates = [c for c in subject_verb(root).children if c.dep_ == "nsubj"]
    elif all(c.pos_ == "PRON" for c in own_subjects) and root.dep_ in ("ccomp", "conj"):
        candidates = [c for c in root.head.children if c.dep_ == "nsubj"]
    for subject in candidates:
        for mention in doc_ext(doc, "actors") or []:
            if mention.start <= subject.i < mention.end or (
                    subject.left_edge.i <= mention.start <= subject.right_edge.i):
                if mention.role_hint != "civilian":
                    return mention
    return None
