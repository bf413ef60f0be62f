"""Event triggers: the words that say something happened, and the clause each one heads.

A trigger is matched from the lexicon in data/triggers.toml (lemmas for single words,
lower-cased phrases for multi-word expressions, and verb pairs whose second word hangs
on the verb however far it stands: "drove the militants out", "burned him alive").
Triggers are then grouped by the clause they belong to: a verb with its arguments, where
participial and "when" clauses join the clause they qualify ("…struck a market, killing
23" is one event) and co-ordinated or reported clauses stand alone ("…stormed the
consulate and seized 49 people" is two).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import DEP, HEAD, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
VERBISH = {"VERB", "AUX"}
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "AUX"})
NOUN_ONLY = frozenset({"NOUN"})
VERB_ONLY = frozenset({"VERB"})
# A verb in the past or present tense is never a noun's modifier: tagged so but parsed as a
# compound ("forces midday Saturday captured Knin" read with "captured" on "Knin"), it is
# the clause's verb the parse missed.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ"})
# Dependencies that start a clause of their own.
CLAUSE_BOUNDARIES = {"conj", "ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"}
_VERBISH_IDS = frozenset(IDS[tag] for tag in VERBISH)
_BOUNDARY_IDS = frozenset(IDS[dep] for dep in CLAUSE_BOUNDARIES)
MERGING_MARKERS = {"when", "as", "while"}
SPEECH_LEMMAS = {"say", "tell", "report", "claim", "announce", "state", "add", "confirm",
                 "allege", "quote"}
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


class TriggerFinder:
    """Finds trigger words in a Doc; built once per vocabulary."""

    def __init__(self, nlp: Language):
        lexicon = load_lexicon()
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        # deed noun -> the verbs it names the deed of ("handover": hand)
        self.deed_nouns: dict[str, list[str]] = lexicon["deed_nouns"]
        # verb lemma -> [(category, words one of the verb's own dependents must be)]
        self.pairs: dict[str, list[tuple[str, frozenset[str]]]] = {}
        # verb lemma -> [(category, lemmas the verb's object or passive subject must be,
        # words one of its dependents must also be, or None)]
        self.object_pairs: dict[str, list[tuple[str, frozenset[str],
                                                frozenset[str] | None]]] = {}
        # word -> [(category, allowed parts of speech)]; a dict lookup per token is much
        # cheaper than one Matcher pattern per word
        self.words: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for name, entry in lexicon["category"].items():
            noun_only = set(entry.get("noun_only", []))
            verb_only = set(entry.get("verb_only", []))
            for lemma in entry.get("lemmas", []):
                # Proper nouns are names ("March 30"), never triggers.
                pos = NOUN_ONLY if lemma in noun_only else (
                    VERB_ONLY if lemma in verb_only else CONTENT_POS)
                self.words.setdefault(lemma, []).append((name, pos))
            for pair in entry.get("pairs", []):
                verbs, dependents = pair.split()
                for verb in verbs.split("|"):
                    self.pairs.setdefault(verb, []).append(
                        (name, frozenset(dependents.split("|"))))
            for pair in entry.get("object_pairs", []):
                verbs, objects, *also = pair.split()
                for verb in verbs.split("|"):
                    self.object_pairs.setdefault(verb, []).append(
                        (name, frozenset(objects.split("|")),
                         frozenset(also[0].split("|")) if also else None))
            phrases = entry.get("phrases", [])
            if phrases:
                self.phrases.add(name, [nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> list[TriggerMatch]:
        found = {}
        words = self.words
        headlines = title_case_headlines(doc)
        for tok in doc:
            tag = "NOUN" if tok.pos_ == "PROPN" and capitalised_by_position(tok, headlines) \
                else tok.pos_
            if tok.pos_ == "VERB" and tok.lemma_.lower() in words and _noun_after_speech(tok):
                tag = "NOUN"
            if tok.pos_ == "ADJ" and (tok.lemma_.lower() in words or tok.lower_ in words) \
                    and _adjective_used_as_noun(tok):
                tag = "NOUN"  # "launched an offensive" with the noun tagged an adjective
            # lemma first, then the word as written: a set's order would change with each
            # process's string hashing, and with it which of two categories comes first
            forms = (tok.lemma_.lower(), tok.lower_)
            if tag != tok.pos_ and tok.pos_ == "PROPN":
                forms += _singulars(tok.lower_)  # "Missiles also hit X": lemma "Missiles"
            for form in dict.fromkeys(forms):
                for category, pos in words.get(form, ()):
                    if tag in pos:
                        found[(tok.i, tok.i + 1, category)] = TriggerMatch(
                            tok.i, tok.i + 1, category, tok.text)
            if tok.pos_ == "NOUN" and not any(k[0] == tok.i for k in found):
                for category in self._deed_told_as_a_noun(tok):
                    found[(tok.i, tok.i + 1, category)] = TriggerMatch(
                        tok.i, tok.i + 1, category, tok.text)
            # a sentence's root is its predicate even when tagged a noun, as present-tense
            # tickers get it ("Lviv: relatives gather in the centre to demand ...")
            pairs = self.pairs.get(tok.lemma_.lower(), ()) \
                if tok.pos_ in VERBISH or tok.dep_ == "ROOT" else ()
            if pairs:
                # each dependent's two forms, read once for all the lemma's pairs
                forms = [(d.lower_, d.lemma_.lower()) for d in _dependents(tok)]
                paired = [category for category, dependents in pairs
                          if any(lower in dependents or lemma in dependents
                                 for lower, lemma in forms)]
                if paired:
                    # the pair is the verb's reading: "seized a cache of arms" is no capture
                    for key in [k for k in found if k[0] == tok.i and k[1] == tok.i + 1]:
                        del found[key]
                for category in paired:
                    found[(tok.i, tok.i + 1, category)] = TriggerMatch(
                        tok.i, tok.i + 1, category, tok.text)
            if tok.pos_ == "VERB" and tok.lemma_.lower() in self.object_pairs \
                    and not any(k[0] == tok.i for k in found):
                objects = {c.lemma_.lower() for c in tok.children
                           if c.dep_ in ("dobj", "nsubjpass")}
                for category, wanted, also in self.object_pairs[tok.lemma_.lower()]:
                    if objects & wanted and (also is None or any(
                            d.lemma_.lower() in also for d in _dependents(tok))):
                        found[(tok.i, tok.i + 1, category)] = TriggerMatch(
                            tok.i, tok.i + 1, category, tok.text)
        for match_id, start, end in self._phrase_matches(doc):
            category = doc.vocab.strings[match_id]
            found[(start, end, category)] = TriggerMatch(start, end, category,
                                                         doc[start:end].text)
        for key in [k for k in found if k[1] - k[0] == 1 and k[2] != "protest" and any(
                o[0] <= k[0] < o[1] and o[1] - o[0] > 1 and o[2] == "protest" for o in found)]:
            del found[key]  # "tear gas shells", "stun grenades": crowd control, no weapon
        for key in [k for k in found if k[1] - k[0] == 1 and _named_as_a_cause(doc[k[0]])]:
            del found[key]  # "protested against the killing of a student"
        for key in [k for k in found if k[1] - k[0] == 1 and _a_place_named(doc[k[0]])]:
            del found[key]  # "shot near the settlement of Yitzhar"
        for key in [k for k in found if k[1] - k[0] == 1 and _modifier_only(doc[k[0]], k[2])]:
            del found[key]  # "anti-riot units", "abandoned shops"
        for key in [k for k in found if k[2] == "strike"]:
            if any(o[0] <= key[0] < o[1] and o != key for o in found) \
                    or not armed_strike(doc[key[0]]):
                del found[key]  # "air strikes", "hunger strike", "workers went on strike"
        return sorted(found.values(), key=lambda m: (m.start, -m.end))


    def _deed_told_as_a_noun(self, noun: Token) -> list[str]:
        """"The storming of the prison", "the burning of 40 houses", "the handover of its
        weapons": a verb's gerund, or a noun of its deed (triggers.toml [deed_nouns]), with
        its object after "of" tells the verb's deed (its trigger words and pairs)."""
        objects = {form for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj" for form in (o.lemma_.lower(), o.lower_)}
        verbs = _verbs_of_gerund(noun.lower_) if noun.lower_.endswith("ing") else ()
        verbs += tuple(self.deed_nouns.get(noun.lemma_.lower(), ()))
        if not objects or not verbs:
            return []
        found = []
        for verb in verbs:
            found += [category for category, pos in self.words.get(verb, ()) if "VERB" in pos]
            found += [category for category, wanted, also in self.object_pairs.get(verb, ())
                      if objects & wanted and also is None]
            found += [category for category, dependents in self.pairs.get(verb, ())
                      if objects & dependents]
        return list(dict.fromkeys(found))

    def _phrase_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The phrases of the lexicon in the Doc, also where quotation marks stand inside
        one: news quotes a side's claim word for word ("had taken 'full control' of the
        town", "took \"complete control\""), and the quoted words still tell the deed."""
        matches = list(self.phrases(doc))
        kept = [t.i for t in doc if not (t.is_quote and len(t) <= 2)]
        if len(kept) == len(doc):
            return matches
        bare = Doc(doc.vocab, words=[doc[i].text for i in kept])
        for match_id, start, end in self.phrases(bare):
            if kept[end - 1] + 1 - kept[start] > end - start:   # a quote inside the phrase
                matches.append((match_id, kept[start], kept[end - 1] + 1))
        return matches


def _verbs_of_gerund(word: str) -> tuple[str, ...]:
    """The verbs a gerund may come from: "storming" storm, "razing" raze, "kidnapping"
    kidnap."""
    stem = word[:-3]
    doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ()
    return (stem, stem + "e") + doubled


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars a plural may have ("missiles", "clashes", "casualties"): a common noun
    that opens a sentence is tagged a name and keeps its plural as its lemma, so "Missiles
    also hit Odesa" or "Clashes erupted in X" read as no trigger (issue 8: the second
    event of a roundup, told in a sentence of its own)."""
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("es"):
        return word[:-2], word[:-1]
    if word.endswith("s") and not word.endswith("ss"):
        return (word[:-1],)
    return ()


# Categories whose participle before a noun tells a state of the thing or person
# ("abandoned shops", "seized drugs", "kidnapped children were freed"), not a deed.
ATTRIBUTIVE_STATES = frozenset({"withdraw", "capture", "recapture", "abduction"})


# Words after which a participle opens or sits in a noun phrase.
NOUN_PHRASE_OPENERS = frozenset({"DET", "NUM", "ADP", "ADJ", "VERB", "CCONJ"})


def _modifier_only(tok: Token, category: str) -> bool:
    """The word only describes another: the second half of an "anti-" word ("anti-riot
    police", "anti-aircraft guns": a unit's or a weapon's kind), or a participle of leaving
    or taking before a noun ("abandoned shops", "seized drugs": a state, no withdrawal or
    capture)."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti":
        return True
    if category not in ATTRIBUTIVE_STATES or tok.dep_ != "amod" or tok.tag_ != "VBN":
        return False
    # only inside a noun phrase ("the captured town", "of seized drugs", "toured captured
    # bases"): after a subject or a comma the parse may have made the verb a modifier
    # ("Russian forces on Friday captured Shali", "X, captured towns in the region")
    before = doc[tok.i - 1] if tok.i > tok.sent.start else None
    return before is None or before.pos_ in NOUN_PHRASE_OPENERS or before.dep_ == "case"


def _a_place_named(tok: Token) -> bool:
    """A noun of triggers.toml [place_senses] used for a place: governed by a preposition
    of place ("near the settlement"), or qualified by a name of a place or a people ("the
    settlement of Yitzhar", "a West Bank settlement", "a Jewish settlement")."""
    senses = load_lexicon()["place_senses"]
    if tok.lower_ not in senses["nouns"]:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in senses["preps"]:
        return True
    named = [c for c in tok.children if c.dep_ in ("compound", "amod")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "NORP") for t in named)


def _named_as_a_cause(tok: Token) -> bool:
    """A deed noun of triggers.toml `[cause_nouns]` named as what another deed answers:
    the object of a protest or mourning ("protested the killing of a student") or of a
    preposition of cause ("rallied against the assassination of the mayor", "anger over
    the stabbing"). Told so, it is the cause the report gives, coded where the report
    tells the deed itself."""
    words = load_lexicon()["cause_nouns"]
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words["nouns"]:
        return False
    head = tok.head
    if tok.dep_ == "pobj":
        return head.lower_ in words["preps"]
    if tok.dep_ != "dobj" or head.lemma_.lower() not in words["verbs"]:
        return False
    return head.lemma_.lower() not in words["statement_verbs"] or not _dated(tok)


def _dated(noun: Token) -> bool:
    """A noun that carries a date of its own ("the killing of ten civilians on 31 January"):
    a prepositional phrase or modifier under it naming a day."""
    return any(c.ent_type_ == "DATE" and c.dep_ == "npadvmod"
               or c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE"
                                           for o in c.children)
               for c in noun.children)


def _adjective_used_as_noun(tok: Token) -> bool:
    """A word tagged an adjective that stands where only a noun can: the object or subject
    of a verb or a preposition's object, with a determiner of its own ("launched an
    offensive", "the offensive began"), not a modifier ("offensive weapons")."""
    return tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(
        c.dep_ == "det" for c in tok.children)


def _noun_after_speech(tok: Token) -> bool:
    """A ticker's "NNA reports strikes on X" parsed with "reports" as the subject of a verb
    "strikes": the speech verb parsed as the subject right before it says the word after
    it is the noun it reports."""
    return any(c.dep_ == "nsubj" and c.i == tok.i - 1 and c.lemma_.lower() in SPEECH_LEMMAS
               for c in tok.children)


def armed_strike(tok: Token) -> bool:
    """A bare "strike" noun is an armed strike only where the sentence says what it struck
    or armed it, and holds no word of another sense (triggers.toml `[bare_strike]`):
    "reports strikes on the outskirts of X", "a strike hit a building", "were killed in the
    strikes" but not "workers
    went on strike", "a general strike on Monday", "a strike on goal"."""
    words = load_lexicon()["bare_strike"]
    if any(t.lemma_.lower() in words["other_senses"] or t.lower_ in words["other_senses"]
           for t in tok.sent):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" \
            and tok.head.head.lemma_.lower() in words["on_strike_verbs"]:
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in words["armed_modifiers"]
           for c in tok.children):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in words["hit_verbs"]:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in words["toll_preps"] \
            and tok.head.head.lemma_.lower() in words["toll_verbs"]:
        return True   # "were killed in the strikes": people die in an armed strike
    holders = [tok]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in words["done_verbs"]:
        holders.append(tok.head)  # "carried out strikes on X" parsed with "on X" on the verb
    return any(prep.dep_ == "prep" and prep.lower_ in words["aimed_preps"]
               and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
                       and not o.like_num for o in prep.children)
               for holder in holders for prep in holder.children)


# Dependencies that join another clause's verb to a verb ("seized X, and jets bombed Y").
JOINED_CLAUSE_DEPS = frozenset({"conj", "parataxis"})


# The first words of two-word prepositions ("out of", "away from"), whose object is the
# second word's.
TWO_WORD_PREPOSITIONS = frozenset({"out", "away"})


def _dependents(verb: Token) -> list[Token]:
    """The verb's dependents but its subject, the objects of its prepositions ("stepped on
    a mine", "stoned to death", "took him out of his home"), and what its object carries
    ("burned a thief alive" parsed with "alive" on the thief, "deployed hundreds of
    troops"). Not a verb joined to it, which
    tells a deed of its own ("seized the town, and jets bombed the area": no bomb seized)."""
    found = []
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj", "agent"):
            continue  # the doer: "an IED destroyed a vehicle" destroyed no IED
        if child.pos_ in ("VERB", "AUX") and (child.dep_ in JOINED_CLAUSE_DEPS or (
                child.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass")
                                              for c in child.children))):
            continue  # not its purpose ("gather to demand news"), which is its own
        found.append(child)
        if child.dep_ == "prep":
            found.extend(c for c in child.children if c.dep_ == "pobj")
            if child.lower_ in TWO_WORD_PREPOSITIONS:   # "took him out of his home"
                found.extend(o for c in child.children if c.dep_ == "prep"
                             for o in c.children if o.dep_ == "pobj")
        elif child.dep_ in ("dobj", "nsubjpass"):
            for c in child.children:
                if c.dep_ in ("amod", "advmod"):
                    found.append(c)
                elif c.dep_ == "prep":  # "hundreds of troops", parsed "a thief to death"
                    found.extend(o for o in c.children if o.dep_ == "pobj")
    return found


def capitalised_by_position(tok: Token, headlines: set[int]) -> bool:
    """A common word the tagger took for a name only because it is capitalised: the
    sentence's first word ("Mortar rounds landed …") or any word of a title-case headline
    (`headlines`: title_case_headlines). A month before a number ("March 3") stays a name."""
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].like_num:
        return False
    if tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_punct
                             and doc[tok.i - 1].text in (":", "-", "–", "—")):
        return True
    return tok.i in headlines


def title_case_headlines(doc: Doc) -> set[int]:
    """The tokens of sentences whose every longer word is capitalised, as headlines are
    ("Drone Hits Aid Truck In Tigray"); each sentence read once, not once per name in it."""
    found: set[int] = set()
    if not doc.has_annotation("SENT_START"):
        return found
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha and len(t) > 3]
        if len(words) >= 3 and all(t.text[0].isupper() for t in words):
            found.update(range(sent.start, sent.end))
    return found


def _merges_up(tok: Token) -> bool:
    """Participles ("…, killing 23"), noun modifiers ("shells fired by …") and "when" clauses
    describe the event they qualify."""
    if tok.dep_ == "acl":
        return True
    if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.i != tok.i \
            and _merges_up(tok.head):
        return True  # "…, killing seven and wounding 64": both participles qualify it
    if tok.dep_ != "advcl":
        return False
    if tok.tag_ == "VBG":
        return True
    return any(c.dep_ == "mark" and c.lower_ in MERGING_MARKERS for c in tok.children)


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
    heads = []
    for i in range(len(doc)):
        for _ in range(MAX_CLIMB):
            if stops[i]:
                break
            i = up[i]
        heads.append(i)
    doc.user_data[CLAUSE_HEADS_KEY] = heads
    return heads


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
    if t.dep_ == "nsubjpass" or t.dep_ == "nsubj" and not tok.tag_.startswith("VB") \
            and not _deed_as_speaker(t):
        return head
    return t


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
    homes: dict[int, int] = {}  # token index -> its clause's head, each token read once

    def home(t: Token) -> int:
        if t.i not in homes:
            homes[t.i] = _below_speech(t, doc[heads[t.i]]).i
        return homes[t.i]

    for trig in triggers:
        if not (sent.start <= trig.start < sent.end):
            continue
        tok = doc[trig.start:trig.end].root
        if tok.dep_ == "compound" and tok.head.i not in trigger_tokens \
                and tok.tag_ not in FINITE_VERB_TAGS and not _headline_verb_read_as_noun(tok):
            continue  # "helicopter pilot", "protest leaders": a modifier, not an event
        head = doc[home(tok)]
        clause = by_head.get(head.i)
        if clause is None:
            tokens = [t for t in head.subtree if home(t) == head.i]
            clause = by_head[head.i] = Clause(root=head, tokens=tokens, sent=sent)
        clause.triggers.append(trig)
    return _rehome_from_speech(sorted(by_head.values(), key=lambda c: c.start))


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
    if len(sent) < 5 or any(t.pos_ in ("VERB", "AUX") for t in sent):
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
    tok = clause.root.doc[trig.start:trig.end].root
    return tok.dep_ == "nsubjpass" and tok.head.i == clause.root.i
