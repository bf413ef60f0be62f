"""State posts overrun: an armed group's storming of a town whose sentence also tells, as part
of the same deed, that the state's posts there fell — its police station or barracks overrun
or burned, its jail's prisoners let out ("bandits swept into the town, torching the
gendarmerie post and releasing 80 detainees from its jail"). News tells a town taken that way,
not a fight for it: the state's hold on the town broke, which ACLED codes "Non-state actor
overtakes territory" (rule assault-overruns-state-posts), where a storming alone is an armed
clash (rule assault-for-ground). Only a post whose verb is the storming verb or a participle or
conjunct of it counts: not one burned "a month after", "before" or only "tried"; and a hold the
attackers gave up within hours ("before withdrawing", "soldiers retook the town hours later",
predicate `stormed_town_held_briefly`) stays a clash. Kept apart from battles.py, which reads
the assault itself."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.happened.cue_words import modal_on
from eventdesk.components.events.happened.irrealis import negated_trigger
from eventdesk.components.events.happened.table import modality
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.extensions import doc_ext, span_root

# The buildings through which the state holds a town, and the people its prison holds.
POSTS = frozenset({"commissariat", "precinct", "barracks", "prison", "jail", "gaol",
                   "garrison", "penitentiary"})
STATIONS = frozenset({"station", "post", "headquarters", "office"})   # with "police" or "army"
HOLDERS = frozenset({"police", "army", "military", "gendarmerie"})
INMATES = frozenset({"inmate", "prisoner", "detainee", "convict"})
# What the attackers did to a post: overwhelmed, burned, took it.
OVERRUN = frozenset({"overwhelm", "overrun", "torch", "burn", "raze", "seize", "capture",
                     "storm", "loot", "ransack", "destroy", "take", "occupy"})
FREEING = frozenset({"free", "release", "liberate", "spring"})


def _post(tok: Token) -> bool:
    word = tok.lemma_.lower()
    return word in POSTS or word in STATIONS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in HOLDERS for c in tok.children)


def _verb_of(tok: Token) -> Token | None:
    """The verb a noun is the object of, directly or through one preposition."""
    head = tok.head
    if head.pos_ == "ADP":
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head is not tok else None


def _of_the_storming(verb: Token, root: Token) -> bool:
    """The verb is the storming verb, or a participle or conjunct joined to it with no
    subordinator ("stormed the town, setting fire to …", "attacked the town and freed …"),
    not "a month after they burned …", "before …" or "tried to burn …" (those are read by
    their shape: a subordinator, a complement); nor one the modality cues call undone, a
    modal or a negation on it ("… and could burn", "but did not free"; happened/cue_words.py
    `modal_on`, happened/irrealis.py `negated_trigger`)."""
    cues = modality()
    while verb.i != root.i:
        if modal_on(verb) or negated_trigger(verb, cues):
            return False
        if verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") \
                and not any(c.dep_ in ("mark", "aux") for c in verb.children):
            verb = verb.head
        else:
            return False
    return True


def _overrun(verb: Token) -> bool:
    word = verb.lemma_.lower()
    return word in OVERRUN or word == "set" and any(   # "set fire to the police station"
        c.lemma_.lower() in ("fire", "ablaze", "alight") for c in verb.children)


@predicate.add
def state_posts_overrun(facts: ClauseFacts) -> bool:
    """The storming verb of the clause, or a participle or conjunct of it, tells a police
    station, barracks or jail overrun, burned or taken ("torching the gendarmerie post"),
    or its prisoners let out ("releasing 80 detainees"): the state's posts in the stormed
    town fell."""
    root = facts.clause.root
    for tok in facts.clause.sent:
        verb = _verb_of(tok)
        if verb is None or not _of_the_storming(verb, root):
            continue
        if _post(tok) and _overrun(verb):
            return True
        if tok.lemma_.lower() in INMATES and tok.dep_ == "dobj" and verb.lemma_.lower() in FREEING:
            return True
    return False


@predicate.add
def stormed_town_held_briefly(facts: ClauseFacts) -> bool:
    """The storming's sentence tells the attackers left within hours ("… before withdrawing",
    cue held_briefly, as rule taking-held-briefly reads it), or a retaking in that sentence
    or the next is told done the same day ("troops took the town back within hours", cue
    retaken_within_the_day): no territory changed hands."""
    doc, sent = facts.doc, facts.clause.sent
    if _cue("held_briefly", list(sent)):
        return True
    end = sent.end if sent.end >= len(doc) else doc[sent.end].sent.end
    for m in doc_ext(doc, "triggers") or []:
        if m.category == "recapture" and sent.start <= m.start < end:
            verb = span_root(doc, m.start, m.end)
            if _cue("retaken_within_the_day", list(verb.sent)):
                return True
    return False
