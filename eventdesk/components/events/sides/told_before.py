"""The attacker of a strike a report tells as one more beside the one before it, with no
attacker of its own ("During the day the enemy struck Nikopol … Also Marhanets came under
fire", "… wounded by Russian shelling. Bilozerka was also shelled"): the sentence before
names it, by its acting side or by an adjective of country on its weapon."""

from __future__ import annotations

from eventdesk.components.events.sides.table import SideFacts, source
from eventdesk.extensions import doc_ext, span_root
from eventdesk.records import Actor

# Words telling a deed as one more beside the one told before.
ALSO_WORDS = frozenset({"also", "too", "likewise", "similarly"})
# The acting words a country's adjective names the attacker on ("Russian shelling").
WEAPON_WORDS = frozenset({"shelling", "shell", "artillery", "missile", "rocket", "strike",
                          "drone", "airstrike", "bombardment", "attack", "fire", "forces",
                          "troops", "army", "aircraft", "warplane", "jet"})
# How many sentences back the attacker may be named (a live blog's line between).
LOOKBACK = 2


def _told_also(f: SideFacts) -> bool:
    root = f.clause.root
    sent = root.sent
    return any(c.lower_ in ALSO_WORDS and c.dep_ == "advmod" for c in root.children) \
        or sent[0].lower_ in ALSO_WORDS


@source.add
def attacker_told_before(f: SideFacts, year) -> Actor | None:
    """The acting state or armed side of the sentences before (the subject or agent that
    names one, or a country's adjective on a weapon), the nearest first; nobody unless
    the clause is told "also"."""
    if not _told_also(f):
        return None
    doc, end = f.doc, f.clause.root.sent.start
    sentences = []
    while end > 0 and len(sentences) < LOOKBACK:
        sent = doc[end - 1].sent
        sentences.append(sent)
        end = sent.start
    mentions = doc_ext(doc, "actors") or []
    for sent in sentences:
        for tok in reversed(sent):
            for m in mentions:
                if m.start <= tok.i < m.end and tok.i == span_root(doc, m.start, m.end).i \
                        and tok.dep_ in ("nsubj", "agent", "pobj") \
                        and m.role_hint in ("state", "armed", "international"):
                    found = f.sides.local_reading(doc, m, f.country, None)
                    if found is not None:
                        return found.actor
            if tok.dep_ == "amod" and tok.head.lemma_.lower() in WEAPON_WORDS:
                owner = f.sides.gazetteer.demonym_country(tok.text)
                if owner:
                    return f.sides.generic("state_forces", owner, branch="military",
                                           year=year)
    return None
