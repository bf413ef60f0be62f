"""Fire bombs: a petrol bomb, fire bomb or molotov cocktail is arson by hand, which ACLED
codes by its victims (rules fire-bomb-on-people, fire-bomb-on-property), though it shares the
explosive trigger word "bomb" with devices planted or set off from afar; and the converse, a
burning whose doer is a drone or an aircraft, is a strike from the air, not a crowd's arson."""

from __future__ import annotations

from eventdesk.components.events.subtype.explosions import AIR_SUBJECT_WORDS
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import span_root

# What makes a "bomb" a bottle of fuel set alight ("a petrol bomb", "molotov cocktails"):
# a weapon of arson, thrown by hand, not an explosive device.
FIRE_BOMB_WORDS = frozenset({"petrol", "gasoline", "fire", "molotov", "incendiary"})
FIRE_BOMBS = frozenset({"firebomb", "molotov", "molotovs", "cocktail"})


@predicate.add
def only_fire_bombs(facts: ClauseFacts) -> bool:
    """Every explosive the clause names is a petrol bomb, a fire bomb or a molotov cocktail
    ("threw a petrol bomb at a truck, killing five"): arson by hand, which ACLED codes by
    its victims (an attack on civilians, property destroyed), not a remote explosive."""
    doc = facts.doc
    bombs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == "explosive"]
    return bool(bombs) and all(
        b.lemma_.lower() in FIRE_BOMBS or any(c.dep_ in ("compound", "amod")
                                              and c.lemma_.lower() in FIRE_BOMB_WORDS
                                              for c in b.children) for b in bombs)


@predicate.add
def burned_by_aircraft(facts: ClauseFacts) -> bool:
    """"A fuel depot was set ablaze by a drone", "a drone set the market on fire": the
    burning's doer, its subject or its passive's "by", is a drone or an aircraft; what burned
    is the strike's damage. Not an aircraft named elsewhere ("torched cars near the air
    force base")."""
    doc = facts.doc
    for m in facts.clause.triggers:
        if m.category not in ("riot", "looting"):
            continue
        verb = span_root(doc, m.start, m.end)
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"]
        if any(w.lemma_.lower() in AIR_SUBJECT_WORDS for w in doers):
            return True
    return False
