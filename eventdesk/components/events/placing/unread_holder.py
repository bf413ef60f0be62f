"""Whether the region of the one town a report names may hold a place the index lacks
(`place_fallbacks.report_region`): a town or village named beside it may lie in it; an area
named with "the" ("in the Tana Delta") is wider than any town's region, and a place the text
puts in a holder the index lacks too ("near Wurgessa in North Wollo") lies where that name
says, which eventdesk cannot read."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import namelike, place_tokens
from eventdesk.components.events.place_names.own_names import keeps_own_name
from eventdesk.components.events.place_names.site_town_names import opens_a_site
from eventdesk.geo.name_spans import word_after

# words between an unknown name and its holder: "the village of X, in Y", "X town in Y"
KIND_WORDS = frozenset({"town", "village", "area", "locality", "settlement", "camp"})


def held_unread(doc: Doc, start: int) -> bool:
    """The unknown name opening at token `start` is followed by "in Y" or ", Y", Y a proper
    name the index did not read as a place."""
    at = start
    while at < len(doc) and (namelike(doc[at]) or doc[at].text in ("-", "–")):
        at = word_after(doc, at)
    if at < len(doc) and doc[at].lower_ in KIND_WORDS:
        at = word_after(doc, at)
    if at >= len(doc) or doc[at].lower_ not in ("in", ","):
        return False
    holder = word_after(doc, at)
    return holder < len(doc) and namelike(doc[holder]) and doc[holder].lower_ != "the" \
        and holder not in place_tokens(doc)


def beside_a_lone_town(gazetteer, doc: Doc, unknown: tuple[str, int]) -> bool:
    """The unknown name (`unknown`: its text and first token) may take the region of the
    report's one known town: a name kept as a place (`keeps_own_name`: not a person, nor a
    word run into a date), not an area named with "the" (a site's "the" is the site's: "the
    X police substation", `opens_a_site`), nor `held_unread`."""
    name, start = unknown
    return not (start > 0 and doc[start - 1].lower_ == "the" and not opens_a_site(doc, start)) \
        and not held_unread(doc, start) and keeps_own_name(gazetteer, doc, name)
