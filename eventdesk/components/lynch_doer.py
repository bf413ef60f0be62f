"""Who did a beating told with two verbs ("were beaten and set alight by …"): the riot
phrases of triggers.toml read such a killing as a crowd's lynching, which it is only when its
doer is a crowd, civilians or left untold. The "by" phrase hangs on the last verb only, so the
first verb shares it; a doer the actor lexicon reads as armed or a force (militants, soldiers,
a gang) makes the killing theirs, not a mob's. Apart from trigger_finder.py, which is at its
size limit."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.extensions import doc_ext

# The doers that may make a lynching: crowds and people
CROWD_ROLES = frozenset({"civilian", "rioter", "protester"})


def armed_doer_of_phrase(doc: Doc, start: int, end: int) -> bool:
    """A verb of the span doc[start:end] has a "by" phrase whose object the actor lexicon
    reads as a side other than a crowd or civilians."""
    doers = [o for t in doc[start:end] for c in t.children if c.dep_ == "agent"
             for o in c.children if o.dep_ == "pobj"]
    mentions = doc_ext(doc, "actors") or []
    return any(m.start <= o.i < m.end and m.role_hint not in CROWD_ROLES
               for o in doers for m in mentions)
