"""State media's "restored security and stability to the town" tells ground retaken from an
armed side only when the security was lost to one: the same words close a riot, a protest or
a disaster ("restored security to the city after two days of rioting"), where no territory
changed hands. Read apart from trigger_finder.py because it weighs the sentence's other
words, not the verb's own dependents (triggers.toml recapture `object_pairs`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import rule_table

# What a town loses its security to with no armed side: unrest, and the disasters of the
# typing table's cue list `disasters` (typing.toml; one list for both readings)
UNREST_WORDS = frozenset({"riot", "rioting", "rioter", "unrest", "protest", "protester",
                          "demonstration", "demonstrator", "looting", "looter", "coup",
                          "mutiny", "disturbance"})
DISASTERS_CUE = "disasters"
# A fight or an armed side named with it keeps the ground retaken ("after clashes with
# militants", "after eliminating the terrorists")
FIGHT_WORDS = frozenset({"clash", "fighting", "battle", "terrorist", "militant", "insurgent",
                         "rebel", "gunman", "militia", "militiaman", "jihadist", "daesh",
                         "isis", "eliminate", "liberate", "offensive", "extremist"})


def lost_to_no_armed_side(verb: Token) -> bool:
    """The sentence of `verb` ("restored security") names unrest or a disaster and no fight
    or armed side: security restored after a riot, not ground retaken."""
    sent = list(verb.sent)
    words = {w for t in sent for w in (t.lemma_.lower(), t.lower_)}
    if words & FIGHT_WORDS:
        return False
    return bool(words & UNREST_WORDS) or rule_table().cues[DISASTERS_CUE].found_in(sent)
