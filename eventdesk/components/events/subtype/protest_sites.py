"""Protest sites dismantled: "dismantle" is a trigger of disrupted weapons use (a bomb
dismantled), but a force that dismantles a camp, a sit-in, tents or barricades of protesters,
strikers or (where no armed side is named with them) supporters ("gendarmes dismantled the
sit-in of the union's strikers outside the ministry and held 40 of them") clears a protest:
ACLED's protest with intervention (rule protest-site-dismantled), neither a weapon kept from
use nor an arrest alone. A camp named only by who lives or works there (workers, farmers,
students) is no protest's. Only "dismantle" reaches this predicate: it is the one verb of
clearing that triggers.toml makes a disrupted trigger. Kept apart from demonstrations.py,
which reads protests told by their own words."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, span_root

# What a crowd sets up where it protests; "sit-in", which the parser splits into "sit",
# "-", "in", is read on its "sit" (`_site`).
SITES = frozenset({"camp", "encampment", "sit-in", "tent", "barricade", "blockade",
                   "occupation", "picket"})
# The people whose site it is, or the word that makes it a protest's ("protest camp").
CROWDS = frozenset({"protester", "protestor", "demonstrator", "activist", "striker",
                    "striking", "strike", "protest", "demonstration", "sit", "occupy"})
# Supporters camp to protest, but also beside an armed side ("a camp of the militia's
# supporters", "a camp of Al-Qaeda supporters", which the actor lexicon reads as a crowd):
# theirs only where the sentence names no armed side and no name is fused to the word.
SUPPORTERS = frozenset({"supporter"})


def _site(tok: Token) -> bool:
    """A protest site's word; "sit-in" parsed as "sit" "-" "in"."""
    word = tok.lemma_.lower()
    return word in SITES or _sit_in(tok)


def _sit_in(tok: Token) -> bool:
    """"sit-in", its head "in" (or "sit") with the other two words beside it."""
    doc, at = tok.doc, tok.i - 2 if tok.lower_ == "in" else tok.i
    return 0 <= at and at + 2 < len(doc) and doc[at].lower_ == "sit" \
        and doc[at + 1].text == "-" and doc[at + 2].lower_ == "in"


def _crowd_site(site: Token, armed_named: bool) -> bool:
    """'a protest camp', 'the protesters' tents', 'the sit-in', 'the barricades of striking
    truckers', 'the camp of the supporters of X' (no armed side named, no name fused to
    "supporters")."""
    if _sit_in(site):
        return True
    near = [c for c in site.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    near += [g for c in site.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    near += [c for w in list(near) for c in w.children if c.dep_ in ("amod", "compound")]
    words = {w.lemma_.lower() for w in near} | {w.lower_ for w in near}
    return bool(words & CROWDS) or not armed_named and any(
        w.lemma_.lower() in SUPPORTERS and not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in w.children) for w in near)


@predicate.add
def protest_site_dismantled(facts: ClauseFacts) -> bool:
    """The clause's "dismantle" has as object a camp, sit-in, tents or barricades that
    belong to protesters or strikers (or supporters, no armed side named), or that the word
    "protest" names."""
    doc = facts.doc
    for m in facts.clause.triggers:
        if m.category != "disrupted":
            continue
        verb = span_root(doc, m.start, m.end)
        if verb.lemma_.lower() != "dismantle":
            continue
        sites = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        sites += [c for s in sites for c in s.children if c.dep_ == "conj"]
        sent = facts.clause.sent
        armed_named = any(m.role_hint in ("armed", "unidentified")
                          and sent.start <= m.start < sent.end
                          for m in doc_ext(doc, "actors") or [])
        if any(_site(s) and _crowd_site(s, armed_named) for s in sites):
            return True
    return False
