"""The foreign state a report tells as the attacker ("Russia launched 120 missiles and 90
drones … In Lviv, two people were killed when a missile struck", "Russia attacked Kyiv
overnight … a drone struck a house in Zhytomyr"): a strike with no attacker of its own, in
a report whose attacks are told as one foreign state's, is that state's. Counted on the
subjects of attack verbs only: a country's air defences and officials, named far more
often in its own war reporting, shoot down or tell, they do not attack."""

from __future__ import annotations

from collections import Counter

from eventdesk.components.events.common import read_once
from eventdesk.components.events.sides.table import SideFacts, source
from eventdesk.extensions import doc_ext, doc_tokens
from eventdesk.records import Actor

# Verbs whose subject is the attacking side.
ATTACK_VERBS = frozenset({"launch", "attack", "fire", "strike", "shell", "bomb", "bombard",
                          "pound", "hit", "target", "drop"})
# doc.user_data key: the states the report's attack verbs have as subject, counted once
ATTACKERS_KEY = "eventdesk.attack_subjects"


def _country_of_subject(f: SideFacts, tok) -> str | None:
    """The state a subject names: a state's actor, a country's name ("Russia launched"),
    or a demonym on it ("Russian drones struck"); nobody for any other side."""
    for m in doc_ext(f.doc, "actors") or []:
        if m.start <= tok.i < m.end:
            return m.actor.country if m.role_hint in ("state", "international") else None
    if tok.pos_ == "PROPN":
        code = f.sides.gazetteer.country_code_of(tok.text)
        if code:
            return code
    for child in tok.children:
        if child.dep_ in ("amod", "compound"):
            code = f.sides.gazetteer.demonym_country(child.text)
            if code:
                return code
    return None


def _attackers(f: SideFacts) -> Counter[str]:
    """The states the report's attack verbs have as subject, and how often: a fact of the
    report (its words and the coder's index), counted once though each clause's sides ask."""
    attackers: Counter[str] = Counter()
    for tok in doc_tokens(f.doc):
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ATTACK_VERBS:
            code = _country_of_subject(f, tok)
            if code:
                attackers[code] += 1
    return attackers


@source.add
def foreign_attacker_of_the_report(f: SideFacts, year) -> Actor | None:
    """The military of the foreign state the report's attack verbs have as their subject
    more often than any other and than the event country's own; nobody otherwise."""
    attackers = read_once(f.doc, ATTACKERS_KEY, None, lambda: _attackers(f))
    ranked = [(code, n) for code, n in attackers.most_common() if code != f.country]
    if not ranked or ranked[0][1] <= attackers[f.country] \
            or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    forces = f.sides.generic("state_forces", ranked[0][0], branch="military", year=year)
    other = f.other
    return forces if forces is not None and (other is None or forces.name != other.name) \
        else None
