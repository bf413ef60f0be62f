"""The source that names the group a report says did a deed it tells with no doer: "a
suicide bomber blew himself up at the station … The BLA claimed the attack", "the police
station was attacked with drones … the attack was perpetrated by the ELN", "… police
blamed the ELN". Reports name the attacker after the deed as often as in it."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.coding import typology
from eventdesk.components.events.implicit_sides import blamed_and_denied
from eventdesk.components.events.preamble import same_line
from eventdesk.components.events.sides.table import SideFacts, condition, source
from eventdesk.records import Actor

# "X claimed the attack": the subject owns the deed
CLAIMING = frozenset({"claim"})
# "officials blamed X", "blamed on X", "accused X", "attributed to X": the charge's target
BLAMING = frozenset({"blame", "accuse", "attribute"})
# "the attack was perpetrated / carried out / claimed by X": the passive's doer
DOING = frozenset({"perpetrate", "carry", "commit", "conduct", "launch", "stage", "claim",
                   "orchestrate", "execute", "mount"})


@condition.add
def actor1_unidentified_group(f: SideFacts) -> bool:
    """The acting side is ACLED's unidentified armed group: the report named no group for
    the deed where it told it."""
    return f.actor1 is not None and f.actor1.name.startswith("Unidentified Armed Group (")


@source.add
def actor1_as_found(f: SideFacts, year) -> Actor | None:
    """The acting side as the roles and earlier rules left it."""
    return f.actor1


@source.add
def group_said_to_have_done_it(f: SideFacts, year) -> Actor | None:
    """The named non-state armed group the event's sentence or the next one (in a digest,
    on the same line) says claimed the deed, was blamed for it (and did not deny it), or
    did it ("was perpetrated by"); not the other side."""
    doc = f.doc
    sent = f.clause.root.sent
    sentences = [sent]
    if sent.end < len(doc) and same_line(doc, sent.start_char, doc[sent.end].idx):
        sentences.append(doc[sent.end].sent)
    for s in sentences:
        for mention in doc._.actors or []:
            if not s.start <= mention.start < s.end or mention.role_hint != "armed" \
                    or mention.actor.inter not in typology.NON_STATE_ARMED \
                    or f.other is not None and mention.actor.name == f.other.name:
                continue
            if _said_to_have_done(doc[mention.start:mention.end].root):
                return mention.actor
    return None


def _said_to_have_done(tok: Token) -> bool:
    """The word is the subject of a claim, the target of a charge not denied, or the doer
    of a passive verb of doing."""
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() in CLAIMING:
        return True
    if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in DOING:
        return True
    verb = head.head if tok.dep_ == "pobj" else head
    return tok.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in BLAMING \
        and not blamed_and_denied(tok)
