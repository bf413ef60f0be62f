"""Force operations: deaths told as the toll of a police or army "operation" or "raid" ("an
army operation against the militia in X left nine people dead") where the report tells the
armed side the force fought: the target of that operation itself, or a side that attacked or
fired on the force ("the troops came under fire from gunmen"). News tells such a toll by
"people" or "suspects", which the actor lexicon reads as civilians, but the dead fell in the
force's fight with that side: ACLED's armed clash (rule force-operation-toll), not an attack
on civilians. Only a kill counts (no beating, no wounded); only a force or nobody acts (an
armed side's killing during a raid is its own); dead named by any word that tells who they
were (residents, teenagers, hostages), or a next sentence calling them civilians or unarmed,
keep the attack. An armed side merely named nearby (denied, in another event, as
background) is no fight."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventdesk.components.events.happened.cue_words import modal_on, unreal_head
from eventdesk.components.events.subtype.battles import fight_denied
from eventdesk.components.events.subtype.shared import PERSON_NOUNS, VAGUE_PEOPLE, _victim_words
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.components.saying import saying_verbs
from eventdesk.extensions import doc_ext

OPERATIONS = frozenset({"operation", "raid"})
FORCE_WORDS = frozenset({"police", "army", "military", "troops", "soldiers", "forces"})
# The dead named only by a count of people, or as the suspects the force went after.
TOLL_WORDS = frozenset(VAGUE_PEOPLE | {"suspect"})
# Words by which the operation names whom it went after ("an operation against X").
AIMED = frozenset({"against", "targeting", "on"})
# Words of a fight the armed side started with the force ("opened fire on officers",
# "came under gunfire from", "an armed attack by").
FIGHT_WORDS = frozenset({"attack", "fire", "gunfire", "shoot", "shooting", "shootout", "ambush",
                         "assault", "clash", "fight"})
FORCE_TARGETS = frozenset({"police", "policeman", "officer", "agent", "team", "patrol", "unit",
                           "army", "soldier", "troops", "troop", "force", "forces", "convoy"})
# A force's own claim that it was fired on ("police claimed the gunmen opened fire") is its
# version of a killing, not a fight the report tells: no modality cue, this rule's own word.
# (The modal verbs and the plan/threat/fear/attempt/denial verbs are modality.toml's, asked
# through happened/cue_words.py.)
FORCE_CLAIM = "claim"
# The next sentence telling the dead were no fighters ("they said all the dead were civilians").
NOT_FIGHTING = frozenset({"civilian", "unarmed", "innocent", "bystander", "passerby",
                          "passer-by", "execute", "execution", "resident", "villager"})
# Sentences after the toll in which the report may tell the fight that caused it.
FOLLOWING = 2


def _mentions(doc, roles: tuple[str, ...]) -> list:
    return [m for m in doc_ext(doc, "actors") or [] if m.role_hint in roles]


def _names(tokens, mentions) -> bool:
    ids = {t.i for t in tokens}
    return any(m.start in ids for m in mentions)


def _operations(facts: ClauseFacts) -> list[Token]:
    """The operation or raid nouns of a state force in the clause's sentence."""
    sent = facts.clause.sent
    state = [m for m in _mentions(facts.doc, ("state",)) if sent.start <= m.start < sent.end]
    found = []
    for op in sent:
        if op.lemma_.lower() not in OPERATIONS or op.pos_ != "NOUN":
            continue
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in FORCE_WORDS
               for c in op.children) or _names(op.subtree, state):
            found.append(op)
    return found


def _aimed_at_armed(op: Token, armed) -> bool:
    """"An operation against gang members", "a raid targeting the militia"."""
    for c in op.children:
        if c.dep_ == "prep" and c.lower_ in AIMED and _names(c.subtree, armed):
            return True
        if c.dep_ == "acl" and c.lemma_.lower() == "target" and any(
                g.dep_ == "dobj" and _names(g.subtree, armed) for g in c.children):
            return True
    return False


def _happened(word: Token) -> bool:
    """The fight word is told as done: not denied ("no fighting"), and neither it nor a
    word above it in its clause negated, modal ("could attack") or a head of the modality
    cues plan, threat, fear, attempt or denial ("vowed to attack", "tried to ambush"), nor
    a force's claim."""
    if fight_denied(word):
        return False
    for w in (word, *word.ancestors):
        if any(c.dep_ == "neg" for c in w.children) or modal_on(w) \
                or unreal_head(w) is not None or w.lemma_.lower() == FORCE_CLAIM:
            return False
        if w.pos_ == "VERB" and w.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "pcomp",
                                                 "relcl", "prep", "pobj", "dobj"):
            break
    return True


def _fighters(word: Token) -> list[Token]:
    """Who fought in a fight word: the subject of its verb ("gunmen opened fire", the
    verb of "fire" when it is its object), or its agent ("attacked by gunmen", "gunfire
    from gang members", "an attack by militants")."""
    verbs = [word] + ([word.head] if word.dep_ == "dobj" else []) \
        + ([word.head.head] if word.dep_ == "pobj" else [])   # "came under fire from"
    found = []
    for v in verbs:
        for c in v.children:
            if c.dep_ == "nsubj" and v.pos_ == "VERB":
                found.append(c)
            elif c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from"):
                found += [g for g in c.children if g.dep_ == "pobj"]
    return found


def _fired_on_force(sent: Span, armed, state) -> bool:
    """An armed side attacked or fired on the force in the sentence, as a thing done."""
    for word in sent:
        if word.lemma_.lower() not in FIGHT_WORDS or not _happened(word):
            continue
        fighters = [f for f in _fighters(word) if _names(f.subtree, armed)]
        if not fighters:
            continue
        theirs = {t.i for f in fighters for t in f.subtree}
        rest = [t for t in sent if t.i not in theirs]
        if any(t.lemma_.lower() in FORCE_TARGETS for t in rest) or _names(rest, state):
            return True
    return False


def _said_by(tok: Token) -> bool:
    """The word names who told it ("residents said"), not the dead."""
    return tok.dep_ == "poss" or tok.dep_ == "nsubj" \
        and tok.head.lemma_.lower() in saying_verbs("speech")


def _dead_named_who(facts: ClauseFacts, victims: list[Token]) -> bool:
    """The dead, or a word of their sentence, tell who they were (residents, teenagers,
    a mother among them); or the next sentence calls them civilians or unarmed."""
    # (a place the parser joined to the dead, "… in the Complexo do X", tells nothing)
    if any(v.lemma_.lower() not in TOLL_WORDS and not v.like_num
           and (v.pos_ != "PROPN" or v.ent_type_ == "PERSON") for v in victims):
        return True
    sent = facts.clause.sent
    fighting = {t.i for m in _mentions(facts.doc, ("state", "armed", "unidentified"))
                for t in facts.doc[m.start:m.end]}
    if any(t.lemma_.lower() in PERSON_NOUNS - TOLL_WORDS and t.i not in fighting
           and not _said_by(t) for t in sent):
        return True
    nxt = _next(sent)
    return nxt is not None and any(t.lemma_.lower() in NOT_FIGHTING and not _said_by(t)
                                   for t in nxt)


def _next(sent: Span) -> Span | None:
    doc, at = sent.doc, sent.end
    while at < len(doc):
        s = doc[at].sent
        if s.text.strip():
            return s
        at = s.end
    return None


@predicate.add
def force_operation_toll(facts: ClauseFacts) -> bool:
    """A kill in the sentence of a state force's operation or raid, by the force or by
    nobody named, its dead told only as "people" or "suspects", where the operation went
    after an armed side ("against gang members") or an armed side attacked or fired on
    the force in that sentence or the next two: the force fought that side."""
    if facts.agent_role not in ("state", "none") or "kill" not in facts.categories:
        return False
    ops = _operations(facts)
    root = facts.clause.root
    victims = _victim_words(facts) or [   # "left eight people dead", parsed "people dead"
        c for o in root.children if o.dep_ == "oprd" for c in o.children if c.dep_ == "nsubj"]
    if not ops or not victims or _dead_named_who(facts, victims):
        return False
    armed = _mentions(facts.doc, ("armed", "unidentified"))
    if any(_aimed_at_armed(op, armed) for op in ops):
        return True
    state = _mentions(facts.doc, ("state",))
    sent = facts.clause.sent
    for _ in range(FOLLOWING + 1):
        if sent is None:
            return False
        if _fired_on_force(sent, armed, state):
            return True
        sent = _next(sent)
    return False
