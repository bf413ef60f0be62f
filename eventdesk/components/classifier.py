"""The learned classifier's stage: a proposal (P of each sub-type and of `none`) for every
clause that holds a trigger, keyed by the clause's root token, in `doc._.proposals`.

The trigger lexicon cannot list every wording of an event ("brought four villages under
control", "carried out raids on"), so the classifier first reads the verb clauses that
hold no trigger but do hold a sign of conflict — an armed actor, a casualty or a conflict
noun — and where it finds a sub-type with confidence (typing.toml `[proposal] find_at`)
the clause's verb becomes a trigger of the category that sub-type implies. The modality
and typing rules then dispose of it like any other trigger clause.

Clauses are classified in one batch per report, so the cost grows with the number of
candidate events, not with the length of the report. The event coder combines a
proposal with its rules (components/events/subtype/table.py `combine`).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from eventdesk.classify.model import EventClassifier, Example
from eventdesk.coding import typology
from eventdesk.components.events.common import ARMED_ROLES, lexicon
from eventdesk.components.events.happened import modality
from eventdesk.components.events.subtype.care_transport import carries_to_care
from eventdesk.components.events.subtype.table import rule_table
from eventdesk.components.triggers import (
    SPEECH_LEMMAS,
    Clause,
    TriggerMatch,
    clause_heads,
    sentence_clauses,
)
from eventdesk.extensions import doc_text, doc_tokens

# The trigger category a proposed sub-type stands for (data/triggers.toml categories), so
# that a clause the classifier found meets the same typing rules as one the lexicon found.
# "Other" has no category: it is too vague to find an event on its own.
CATEGORY_OF = {
    typology.REGAINS_TERRITORY: "recapture", typology.OVERTAKES_TERRITORY: "capture",
    typology.ARMED_CLASH: "clash", typology.EXCESSIVE_FORCE: "protest",
    typology.PROTEST_WITH_INTERVENTION: "protest", typology.PEACEFUL_PROTEST: "protest",
    typology.VIOLENT_DEMONSTRATION: "riot", typology.MOB_VIOLENCE: "riot",
    typology.CHEMICAL_WEAPON: "chemical", typology.AIR_STRIKE: "air",
    typology.SUICIDE_BOMB: "suicide", typology.SHELLING: "shelling",
    typology.REMOTE_EXPLOSIVE: "explosive", typology.GRENADE: "grenade",
    typology.SEXUAL_VIOLENCE: "sexual", typology.ATTACK: "attack", typology.ABDUCTION: "abduction",
    typology.AGREEMENT: "agreement", typology.ARRESTS: "arrest",
    typology.GROUP_CHANGE: "group_change", typology.DISRUPTED_WEAPONS_USE: "disrupted",
    typology.BASE_ESTABLISHED: "base", typology.LOOTING: "looting",
    typology.TERRITORY_TRANSFER: "withdraw",
}
IDENTIFYING = frozenset({"identify"})
CASUALTY_WORDS = frozenset({"dead", "death", "casualty", "wounded", "injured", "killed",
                            "body", "toll"})


def event_word(clause: Clause) -> tuple[int, int]:
    """Character span of the clause's main event word: the trigger at its root, or else
    its first trigger (the event word the training sentences mark)."""
    doc = clause.sent.doc
    chosen = next((t for t in clause.triggers if t.start <= clause.root.i < t.end),
                  clause.triggers[0])
    span = doc[chosen.start:chosen.end]
    return span.start_char, span.end_char


def propose(classifier: EventClassifier, doc: Doc) -> dict[int, dict[str, float]]:
    """{clause root index: {label: probability}} for every trigger clause of the report,
    after adding the triggers the classifier finds in clauses the lexicon missed."""
    _add_triggers(doc, find_triggers(classifier, doc))
    keys, examples = _clause_examples(doc)
    return dict(zip(keys, classifier.predict(examples), strict=True))


def propose_many(classifier: EventClassifier, docs: list[Doc]
                 ) -> list[dict[int, dict[str, float]]]:
    """`propose` of each report of a batch, with two calls of the encoder for the batch
    (the verbs read, then the trigger clauses) instead of two per report."""
    verbs = [candidate_verbs(doc) for doc in docs]
    read = classifier.predict_groups([_verb_examples(doc, v) for doc, v in zip(docs, verbs,
                                                                             strict=True)])
    for doc, doc_verbs, proposals in zip(docs, verbs, read, strict=True):
        _add_triggers(doc, _confident_triggers(doc_verbs, proposals))
    clauses = [_clause_examples(doc) for doc in docs]
    return [dict(zip(keys, proposals, strict=True)) for (keys, _), proposals
            in zip(clauses, classifier.predict_groups([e for _, e in clauses]), strict=True)]


def _add_triggers(doc: Doc, found: list[TriggerMatch]) -> None:
    if found:
        doc._.triggers = sorted([*(doc._.triggers or []), *found],
                                key=lambda m: (m.start, -m.end))


def _clause_examples(doc: Doc) -> tuple[list[int], list[Example]]:
    """The root index and the example of each trigger clause."""
    keys: list[int] = []
    examples: list[Example] = []
    text = doc_text(doc)
    for sent, sent_clauses in sentence_clauses(doc):
        offset = sent.start_char
        for clause in sent_clauses:
            if not clause.triggers:
                continue
            start, end = event_word(clause)
            keys.append(clause.root.i)
            examples.append(Example(text[offset:sent.end_char], start - offset, end - offset))
    return keys, examples


def find_triggers(classifier: EventClassifier, doc: Doc) -> list[TriggerMatch]:
    """Triggers at the verbs of trigger-less conflict clauses the classifier types with
    confidence."""
    verbs = candidate_verbs(doc)
    if not verbs:
        return []
    return _confident_triggers(verbs, classifier.predict(_verb_examples(doc, verbs)))


def _verb_examples(doc: Doc, verbs: list[tuple[Token, Span]]) -> list[Example]:
    text = doc_text(doc)
    return [Example(text[sent.start_char:sent.end_char], v.idx - sent.start_char,
                    v.idx - sent.start_char + len(v.text)) for v, sent in verbs]


def _confident_triggers(verbs: list[tuple[Token, Span]], proposals: list[dict[str, float]]
                        ) -> list[TriggerMatch]:
    """A trigger at each verb whose best sub-type reaches `find_at`."""
    threshold = rule_table().limits.find_at
    found = []
    for (verb, _), proposal in zip(verbs, proposals, strict=True):
        best = max(CATEGORY_OF, key=proposal.__getitem__)
        if proposal[best] >= threshold:
            found.append(TriggerMatch(verb.i, verb.i + 1, CATEGORY_OF[best], verb.text))
    return found


def candidate_verbs(doc: Doc) -> list[tuple[Token, Span]]:
    """Verbs heading a clause with no trigger but with an armed actor, a casualty or a
    conflict noun ("the army brought four villages under control"), each with its
    sentence."""
    triggers = doc._.triggers or []
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    conflict_nouns = lexicon()["backref_nouns"]
    not_deeds = _not_deeds()
    heads = clause_heads(doc)  # a verb's clause: the tokens it heads
    verbs = []
    words = doc_tokens(doc)
    for sent in doc.sents:
        tokens = words[sent.start:sent.end]
        deeds = [t for t in tokens if heads[t.i] == t.i and t.pos_ == "VERB"
                 and t.lemma_.lower() not in not_deeds]
        if not deeds:
            continue
        taken = {i for m in triggers if sent.start <= m.start < sent.end
                 for i in range(m.start, m.end)}
        members: dict[int, list[Token]] = {}  # each clause's tokens, in one pass
        for t in tokens:
            members.setdefault(heads[t.i], []).append(t)
        for tok in deeds:
            clause = members[tok.i]
            if any(t.i in taken for t in clause):
                continue
            # a pursuit, or people carried to care ("the injured were taken to clinics in
            # X"): the aftermath of a deed told beside it, whose casualty words are no deed
            if _a_pursuit(tok) or carries_to_care(tok):
                continue
            named = _event_named_again(tok, conflict_nouns)
            if any(t.i in armed or t.lemma_.lower() in CASUALTY_WORDS
                   or t.lower_ in conflict_nouns and t.i not in named for t in clause):
                verbs.append((tok, sent))
    return verbs


def _a_pursuit(verb: Token) -> bool:
    """"Troops pursued them", "police launched a manhunt for the gunmen": a verb that
    pursues or searches, or whose object is a pursuit -- or an operation named by one ("a
    cordon-and-search operation was launched") -- hunts the attackers of an event told
    before, or looks for an armed band. Not one joined to a deed ("pursued the attackers
    and killed five of them"): the pursuit is how that fight began."""
    words = lexicon()["pursuit_words"]
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return False
    operations = lexicon()["pursuit_operations"]
    return verb.lemma_.lower() in words or any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in words or (
            c.lower_ in operations
            and any(t.lemma_.lower() in words for t in c.subtree if t.i < c.i)))
        for c in verb.children)


def _event_named_again(verb: Token, conflict_nouns: frozenset[str]) -> set[int]:
    """"The strikes in southern Gaza came a day after …": the verb's subject, a conflict
    noun named with "the" or a possessive, is the event told before (modality.toml
    `named_again`), no sign of a deed of the verb's own."""
    return {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            and c.lower_ in conflict_nouns and any(
                d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an", "another")
                for d in c.children)}


@functools.lru_cache(maxsize=1)
def _not_deeds() -> frozenset[str]:
    """Verbs of saying, planning, fearing, denying, ordering: never a deed themselves
    (joined once, not per sentence)."""
    cues = modality()
    # naming who a side is ("gunmen, whom police identified as LRA fighters"): no deed
    return frozenset(IDENTIFYING | SPEECH_LEMMAS.union(*(cues.words[name]
                                           for place in ("clause_verb", "above_trigger")
                                           for name in cues.by_place[place])))
