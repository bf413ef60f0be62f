"""Event triggers: the words that say something happened, and the clause each one heads.

A trigger is matched from the lexicon in data/triggers.toml (`trigger_finder`, read here
by `load_lexicon`). Triggers are then grouped by the clause they belong to: a verb with
its arguments, where participial and "when" clauses join the clause they qualify
("…struck a market, killing 23" is one event) and co-ordinated or reported clauses stand
alone ("…stormed the consulate and seized 49 people" is two).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import DEP, HEAD, POS
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

from eventdesk.components.saying import saying_verbs
from eventdesk.extensions import doc_tokens, span_root

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
VERBISH = {"VERB", "AUX"}
# A verb in the past or present tense is never a noun's modifier: tagged so but parsed as a
# compound ("forces midday Saturday captured Knin" read with "captured" on "Knin"), it is
# the clause's verb the parse missed.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ"})
# Dependencies that start a clause of their own.
CLAUSE_BOUNDARIES = {"conj", "ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"}
_VERBISH_IDS = frozenset(IDS[tag] for tag in VERBISH)
_BOUNDARY_IDS = frozenset(IDS[dep] for dep in CLAUSE_BOUNDARIES)
MERGING_MARKERS = {"when", "as", "while"}
SPEECH_LEMMAS = saying_verbs("speech")
# Passive verbs of belief that tell a deed as feared or believed ("were feared killed").
BELIEF_LEMMAS = frozenset({"fear", "believe", "presume", "think"})
# Nouns of a telling whose "that" clause is what it tells ("announced in a statement that
# its fighters targeted the site"), which the parse may hang on the noun as a modifier
TELLING_NOUNS = frozenset({"statement", "announcement", "communique", "communiqué",
                           "message", "bulletin", "post"})
# doc.user_data key: (the triggers grouped, [(sentence, its clauses)]), see sentence_clauses
CLAUSES_KEY = "eventdesk.clauses"
CLAUSE_HEADS_KEY = "eventdesk.clause_heads"
MAX_CLIMB = 40  # steps up the parse a clause head is looked for (a guard for odd parses)


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    start: int
    end: int
    category: str
    text: str


@dataclass(slots=True)
class Clause:
    """A clause that holds at least one trigger."""

    root: Token
    tokens: list[Token]
    sent: Span
    triggers: list[TriggerMatch] = field(default_factory=list)
    # (root, triggers) -> the main trigger: several cues ask for it per clause
    main_cache: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def start(self) -> int:
        return self.tokens[0].i

    @property
    def end(self) -> int:
        return self.tokens[-1].i + 1

    def categories(self) -> set[str]:
        return {t.category for t in self.triggers}

    def has_token(self, i: int) -> bool:
        return self.start <= i < self.end and any(t.i == i for t in self.tokens)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> dict:
    """The trigger and cue lexicon (data/triggers.toml)."""
    return tomllib.loads((DATA_DIR / "triggers.toml").read_text("utf-8"))


def _merges_up(tok: Token) -> bool:
    """Participles ("…, killing 23"), noun modifiers ("shells fired by …") and "when" clauses
    describe the event they qualify."""
    if tok.dep_ == "acl":
        return not _content_of_a_telling(tok)
    if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.i != tok.i \
            and _merges_up(tok.head):
        return True  # "…, killing seven and wounding 64": both participles qualify it
    if tok.dep_ != "advcl":
        return False
    if tok.tag_ == "VBG" or _told_as_feared(tok):
        return True
    return any(c.dep_ == "mark" and c.lower_ in MERGING_MARKERS for c in tok.children)


def _content_of_a_telling(tok: Token) -> bool:
    """"A statement that its fighters targeted the site": a "that" clause with a subject
    of its own on a noun of telling is what the statement says, a clause of its own, not a
    modifier of the noun ("the statement that was read out" has no subject of its own)."""
    return tok.head.lemma_.lower() in TELLING_NOUNS and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and any(
        c.dep_ == "nsubj" and c.lower_ not in ("that", "which") for c in tok.children)


def _told_as_feared(tok: Token) -> bool:
    """"Five villagers were feared killed by gunmen": a participle the parse hangs as an
    adverbial clause under a passive verb of belief is that verb's deed, one clause with
    the victims its subject names (as "were reported killed" is parsed)."""
    head = tok.head
    return tok.tag_ == "VBN" and head.i < tok.i and head.lemma_.lower() in BELIEF_LEMMAS \
        and any(c.dep_ == "auxpass" for c in head.children)


def clause_heads(doc: Doc) -> list[int]:
    """Index of the verb that heads the clause each token belongs to: the token's nearest
    ancestor (or itself) that is the root or a verb opening a clause of its own, climbing
    at most MAX_CLIMB steps. Computed for the whole report at once and kept on the Doc:
    grouping clauses and the classifier's candidate verbs ask it of nearly every token."""
    kept = doc.user_data.get(CLAUSE_HEADS_KEY)
    if kept is not None:
        return kept
    # the parse read as plain numbers (the head's offset, the tag and relation's ids), so
    # only a verb opening a clause becomes a Token to be asked whether it merges up
    rows = doc.to_array([HEAD, POS, DEP]).astype("int64").tolist()
    up = [i + row[0] for i, row in enumerate(rows)]
    stops = [up[i] == i or (pos in _VERBISH_IDS and dep in _BOUNDARY_IDS
                            and not _merges_up(doc[i])) for i, (_, pos, dep) in enumerate(rows)]
    for i, (_, pos, dep) in enumerate(rows):
        if pos in _VERBISH_IDS and dep in _BOUNDARY_IDS and not stops[i] \
                and _result_after_a_purpose(doc[i]):
            up[i] = up[up[i]]
    heads = []
    for i in range(len(doc)):
        for _ in range(MAX_CLIMB):
            if stops[i]:
                break
            i = up[i]
        heads.append(i)
    doc.user_data[CLAUSE_HEADS_KEY] = heads
    return heads


# What a deed's participle of result does to people ("…, killing two students")
HARM_RESULTS = frozenset({"kill", "wound", "injure"})


def _result_after_a_purpose(tok: Token) -> bool:
    """"Soldiers lobbed tear gas to end the sit-in, killing two students": a
    participle of harm after a comma that the parse hangs on an infinitive of purpose tells
    what the deed before the purpose did, not the purpose; it qualifies that deed's clause.
    (Not a participle of the deed's manner, "…, firing tear gas into the crowd", which the
    purpose's own clause may be coded by.)"""
    head = tok.head
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i > 0 \
        and tok.lemma_.lower() in HARM_RESULTS \
        and tok.doc[tok.i - 1].text == "," and head.dep_ in ("advcl", "xcomp") \
        and head.tag_ == "VB" and head.head.i != head.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def _below_speech(tok: Token, head: Token) -> Token:
    """When the parse hangs a trigger straight under "said" (a verb mistagged as a noun or
    adjective), the reported clause starts at the speech verb's child on the way up."""
    if head.lemma_.lower() not in SPEECH_LEMMAS or tok.i == head.i:
        return head
    t = tok
    while t.head.i != head.i and t.head.i != t.i:
        t = t.head
    if t.head.i != head.i or t.dep_ in ("prep", "advmod", "npadvmod", "punct", "mark"):
        return head  # "…, residents said, despite a ceasefire": an adjunct of the saying
    # The speaker ("Protest leaders said …") is not the reported clause; nor is a deed that
    # is the subject of "was reported", whose places are the saying's ("Shelling was
    # reported in Avdiivka and Marinka").
    if t.dep_ == "nsubjpass" or t.dep_ == "nsubj" and not _told_by_a_verb(tok, t) \
            and not _deed_as_speaker(t):
        return head
    return t


def _told_by_a_verb(tok: Token, top: Token) -> bool:
    """The trigger is a verb or hangs under one below the speech verb's child ("The
    militia, backed by X, targeted the camp with a missile, officials said" parsed with
    "targeted" on "militia"): the weapon goes with the deed's verb, not the saying."""
    t = tok
    while t.i != top.i:
        if t.tag_.startswith("VB"):
            return True
        t = t.head
    return False


def _deed_as_speaker(subject: Token) -> bool:
    """"A junta air strike on a camp near X on Sunday killed five people, a spokesman
    said" parsed with the strike as the subject of "said": a deed's noun never speaks, so
    it heads the reported clause (not a crowd's noun: "protesters said")."""
    return subject.pos_ == "NOUN" and any(
        m.start <= subject.i < m.end and m.category != "protest"
        for m in subject.doc._.triggers or [])


def clauses(sent: Span, triggers: list[TriggerMatch]) -> list[Clause]:
    """Group the triggers of one sentence by the clause that holds them."""
    by_head: dict[int, Clause] = {}
    doc = sent.doc
    trigger_tokens = {i for t in triggers for i in range(t.start, t.end)}
    heads = clause_heads(doc)
    words = doc_tokens(doc)
    homes: dict[int, int] = {}  # token index -> its clause's head, each token read once

    def home(t: Token) -> int:
        if t.i not in homes:
            homes[t.i] = _below_speech(t, words[heads[t.i]]).i
        return homes[t.i]

    for trig in triggers:
        if not (sent.start <= trig.start < sent.end):
            continue
        tok = span_root(doc, trig.start, trig.end)
        if tok.dep_ == "compound" and tok.head.i not in trigger_tokens \
                and tok.tag_ not in FINITE_VERB_TAGS and not _headline_verb_read_as_noun(tok):
            continue  # "helicopter pilot", "protest leaders": a modifier, not an event
        head = words[home(tok)]
        if charged_with(tok, head):
            continue  # "detained villagers, accusing them of organising the protest"
        clause = by_head.get(head.i)
        if clause is None:
            tokens = [t for t in head.subtree if home(t) == head.i]
            clause = by_head[head.i] = Clause(root=head, tokens=tokens, sent=sent)
        clause.triggers.append(trig)
    return _rehome_from_speech(sorted(by_head.values(), key=lambda c: c.start))


# "accusing them of organising the protest": what someone is accused of, inside a clause
# telling another deed (an arrest, a killing), is no deed of that clause
CHARGING_LEMMAS = frozenset({"accuse", "charge"})


def charged_with(tok: Token, head: Token) -> bool:
    """The trigger lies under a participle of accusing that hangs below its clause's head:
    the deed the clause's victims are accused of, not one the clause tells."""
    t = tok
    while t.i != head.i and t.head.i != t.i:
        t = t.head
        if t.i != head.i and t.lemma_.lower() in CHARGING_LEMMAS and t.tag_ == "VBG":
            return True
    return False


def sentence_clauses(doc: Doc) -> list[tuple[Span, list[Clause]]]:
    """Every sentence with the clauses of the doc's triggers, grouped once per set of
    triggers and kept on the Doc: the classifier stage groups them, the event coder reads
    the same grouping (and folds it, merging.in_sentence.fold_weak_clauses) instead of
    walking the parse again."""
    triggers = doc._.triggers or []
    kept = doc.user_data.get(CLAUSES_KEY)
    if kept is not None and kept[0] == triggers:
        return kept[1]
    grouped = [(sent, clauses(sent, triggers)) for sent in doc.sents]
    doc.user_data[CLAUSES_KEY] = (list(triggers), grouped)
    return grouped


def _headline_verb_read_as_noun(tok: Token) -> bool:
    """"Suicide attack rocks mosque in Kabul": a headline whose present-tense verb the
    tagger read as a noun, so the sentence has no verb and the trigger sits in one chain of
    compounds up to the root; the trigger is the headline's subject, not a modifier."""
    sent = tok.sent
    if len(sent) < 5 or any(t.pos_ in ("VERB", "AUX")
                            for t in doc_tokens(sent.doc)[sent.start:sent.end]):
        return False
    t = tok
    while t.dep_ == "compound":
        t = t.head
    return t.dep_ == "ROOT" and tok.head.i != t.i


def _rehome_from_speech(found: list[Clause]) -> list[Clause]:
    """A trigger the parse left under "said" but right next to another clause belongs to it
    ("Israeli air strikes killed 28 people, officials said" parsed in two pieces)."""
    speech = [c for c in found if c.root.lemma_.lower() in SPEECH_LEMMAS]
    others = [c for c in found if c not in speech]
    if not speech or not others:
        return found
    for clause in speech:
        for trig in list(clause.triggers):
            if _told_as_reported(clause, trig):
                continue
            near = min(others, key=lambda c: min(abs(trig.start - c.start),
                                                 abs(trig.start - c.end)))
            if min(abs(trig.start - near.start), abs(trig.end - near.start),
                   abs(trig.start - near.end)) <= 2:
                near.triggers.append(trig)
                clause.triggers.remove(trig)
    return [c for c in found if c.triggers]


def _told_as_reported(clause: Clause, trig: TriggerMatch) -> bool:
    """"…, and fighting was also reported in Beni": the deed is the subject of the passive
    saying itself, a telling of its own, not a piece of the clause before it."""
    tok = span_root(clause.root.doc, trig.start, trig.end)
    return tok.dep_ == "nsubjpass" and tok.head.i == clause.root.i
