"""The report's first deed, placed nowhere by the body, that the headline tells with the same
verb ("Rebels sign truce in X"): the headline's one known town in the report's countries, or
a town the body names that opens the headline's unknown name ("X - X al-Y", geo_precision
2). A fallback of its own, kept apart from place_fallbacks.py (the containers a report
gives for a place the index lacks).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventdesk.components.events.common import copy_place
from eventdesk.components.saying import saying_verbs
from eventdesk.extensions import doc_ext, doc_tokens
from eventdesk.geo.countries import coded_country
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place, join_parts, town_of

# "... ceasefire in Havana", "... post near Jisr al-Shughur": where a headline puts its deed
HEADLINE_PLACE = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’‘-]*)(?:\s+(?:[A-Z][\w'’‘-]*|al-[\w'’‘-]+|el-[\w'’‘-]+))*)")
HEADLINE_WORD = re.compile(r"[A-Za-z]+")
# verbs every headline may use of any deed: no sign that it tells this one
ANY_DEED = saying_verbs("any_deed")


def _stem(word: str) -> str:
    """"signed", "signs", "signing" -> "sign"; "seized", "seize" -> "seiz": a verb's form
    without its ending, good enough to tell a headline's verb is a clause's."""
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def headline_place(gazetteer, doc: Doc, clause, place: Place | None) -> Place | None:
    """The report's first deed (the one its headline sums up; the caller asks only for it),
    when the body places it nowhere (or only in a country) and the headline tells it with
    the same verb ("Colombia, ELN rebels sign six-month ceasefire in Havana" over "The
    Colombian government and the ELN signed an agreement"): the one place the headline puts
    it in, when the index knows that name in the report's countries (and in the clause's
    country, when it has one). The dateline is no such evidence; a headline with another
    verb tells another deed; a later deed of the same kind may be elsewhere."""
    title = doc_ext(doc, "title")
    if not title or (place is not None and (place.latitude is not None or place.admin1)):
        return None
    words = [clause.root, *(t for m in clause.triggers for t in doc_tokens(doc)[m.start:m.end])]
    verbs = {_stem(t.lemma_) for t in words if t.pos_ in ("VERB", "NOUN")
             and len(t.lemma_) >= 3 and t.lemma_.lower() not in ANY_DEED}
    if not verbs & {_stem(w) for w in HEADLINE_WORD.findall(title)}:
        return None
    countries = [coded_country(c) for c in doc_ext(doc, "countries") or []]
    if place is not None and place.country_code:
        countries = [coded_country(place.country_code)]
    found: dict[str, str] = {}
    towns: dict[str, Place] = {}
    for match in HEADLINE_PLACE.finditer(title):
        name = match.group(1)
        if gazetteer.country_code_of(name) is not None:
            continue
        key = name_key(name)
        cands = gazetteer.candidates(name)
        if not cands:
            town = _named_town_opening(gazetteer, doc, name, countries)
            if town is not None:
                towns[name] = town
            continue
        if any(c.is_region and key in (name_key(c.name), name_key(c.admin1 or ""))
               for c in cands):
            continue  # "observation post in Idlib": the province as often as its capital
        for cand in cands:
            if cand.match in ("exact", "normalised") and cand.latitude is not None \
                    and coded_country(cand.country_code) in countries \
                    and key in (name_key(cand.name), name_key(cand.display_name or "")):
                found.setdefault(name, cand.country_code)
                break
    if len(found) + len(towns) != 1:
        return None  # no place, or two: which is this deed's is unsaid
    if towns:
        return next(iter(towns.values()))
    (name, code), = found.items()
    resolved = gazetteer.resolve_name(name, countries=[code])
    if resolved is None or resolved.latitude is None:
        return None
    return resolved


def _named_town_opening(gazetteer, doc: Doc, name: str, countries: list[str]) -> Place | None:
    """"Daraa al-Balad", a name the index lacks, opening with the name of a town the
    report's body names ("In Nawa, west of Daraa"): that town, with the whole name kept as
    its part ("Daraa - Daraa al-Balad", geo_precision 2). A word the body never names as a
    town ("Tal", "Ras") is no such evidence."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        key = name_key(" ".join(words[:n]))
        for mention in doc_ext(doc, "places") or []:
            if mention.kind != "place" or name_key(mention.text) != key:
                continue
            place = gazetteer.resolve(mention, countries=countries)
            if place is None or place.latitude is None or place.geo_precision == 3 \
                    or coded_country(place.country_code) not in countries:
                continue
            town = copy_place(place)
            town.location = join_parts(town_of(town.location), name)
            town.geo_precision = 2
            return town
    return None
