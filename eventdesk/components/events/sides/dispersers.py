"""The source naming the force a riot faced from the sentences that tell the crowd broken
up: "students set a bus alight before riot police dispersed them", "students barricaded the
gate. Riot police later dispersed the students". Reports often tell the riot, then the
force that ended it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventdesk.components.events.happened.times import day_told_in
from eventdesk.components.events.sides.sources import FORCE_ROLES
from eventdesk.components.events.sides.table import SideFacts, source
from eventdesk.extensions import doc_ext, span_root
from eventdesk.records import Actor

# Verbs of a force breaking up a crowd ("gendarmes dispersed the crowd")
DISPERSING = frozenset({"disperse"})
# What a crowd told before is called again: "them", "the crowd", "those students"
CALLED_AGAIN = frozenset({"the", "those", "these"})


@source.add
def force_that_dispersed(f: SideFacts, year) -> Actor | None:
    """"A crowd set a bus alight before riot police dispersed the crowd", "Students
    barricaded the gate. Riot police dispersed the students": the state force that broke up
    the crowd, in the riot's sentence or the next, is the force the rioters faced. Not a
    dispersal denied ("police did not disperse them"), nor, in the next sentence, one of
    another crowd, place, day or time before ("in Thies, gendarmes dispersed a march")."""
    doc = f.doc
    here = f.clause.root.sent
    told = [here] + ([doc[here.end].sent] if here.end < len(doc) else [])
    forces = [m for m in doc_ext(doc, "actors") or [] if m.role_hint in FORCE_ROLES]
    for sent in told:
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in DISPERSING \
                    or any(c.dep_ == "neg" for c in verb.children) \
                    or sent is not here and not _same_scene(sent, verb):
                continue
            doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
                g for c in verb.children if c.dep_ == "agent" for g in c.children
                if g.dep_ == "pobj"]
            for doer in doers:
                for m in forces:
                    if m.start <= doer.i < m.end:
                        return m.actor
    return None


def _same_scene(sent: Span, verb: Token) -> bool:
    """A dispersal told in the next sentence goes on with the riot's scene: no place or day
    of its own, not told as earlier ("had dispersed"), its crowd called again ("them", "the
    crowd"), not named anew ("a separate rally", "a march by teachers")."""
    doc = sent.doc
    # a place the deed is told in ("in Thies"), not one naming a source ("a Thies police
    # spokesman said")
    own_place = any(sent.start <= m.start < sent.end
                    and span_root(doc, m.start, m.end).dep_ == "pobj"
                    for m in doc_ext(doc, "places") or [])
    earlier = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                         for c in verb.children)
    crowds = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return not (own_place or earlier or day_told_in(doc, sent)) and all(
        c.pos_ == "PRON" or all(g.dep_ == "det" and g.lower_ in CALLED_AGAIN
                                for g in c.children) for c in crowds)
