"""The country a clause names as where its event was ("killed in Iraq", "the Zarqun region
of northern Iraq"): evidence that outweighs the demonyms of foreign actors and the country a
report is most about."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.placing.deeds import own_verb
from eventdesk.components.triggers import Clause
from eventdesk.extensions import climb, span_root
from eventdesk.geo.candidates import PLACE_DESIGNATORS, REGION_DESIGNATORS
from eventdesk.geo.countries import coded_country

# "in Iraq", "across Syria": a country named as the scene
SCENE_PREPS = frozenset({"in", "inside", "across", "throughout"})
# "the Zarqun region of northern Iraq", "a village of Syria": a place's noun, its country
# after "of" (never a body's: "the government of Iraq")
HELD_NOUNS = REGION_DESIGNATORS | PLACE_DESIGNATORS | {"villages", "towns", "areas", "parts"}


def scene_country(judge, doc: Doc, clause: Clause, mentions) -> tuple[str | None, bool]:
    """The country the clause says the event is in ("killed in Iraq", "the embassy in
    Kenya", "the Zarqun region of northern Iraq"), and whether the verb itself says so
    ("captured him in Iraq", unlike "a planner of the attacks in the United States,
    captured in Karachi")."""
    ids = {t.i for t in clause.tokens}
    found: str | None = None
    for mention in mentions:
        if mention.kind != "country" or not mention.country_code \
                or mention.start not in ids or judge.is_dateline(doc, mention) \
                or judge.in_a_name(doc, mention):
            continue
        tok = span_root(doc, mention.start, mention.end)
        if tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lower_ in HELD_NOUNS:
            found = found or coded_country(mention.country_code)
            continue
        if prep.lower_ not in SCENE_PREPS:
            continue
        code = coded_country(mention.country_code)
        if prep.head.pos_ in ("VERB", "AUX") and own_verb(prep.head, clause):
            return code, True
        found = found or code
    return found, False


# verbs of another clause: "..., as a general warned of an offensive on X", "and soldiers went
# into X"
OTHER_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "parataxis", "relcl"})


def within_the_deed(tok, root) -> bool:
    """Token `tok` lies in the clause of verb `root` ("agreed to a deal reached in the town
    of X"), not in a clause of its own under it: an adverbial, reported or relative clause,
    or a verb joined by "and" with a subject of its own ("and soldiers went into X")."""
    for t in climb(tok, 50):
        if t.i == root.i:
            return True
        if t.pos_ in ("VERB", "AUX") and (t.dep_ in OTHER_CLAUSE_DEPS or (
                t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))):
            return False
    return False
