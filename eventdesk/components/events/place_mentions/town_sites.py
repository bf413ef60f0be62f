"""A town's name opening the name of a site in it ("Garissa University College", "Aleppo
Central Prison"): the event is at that town -- unless the name is a person's the site bears
("the Tarvo Selim Airport" in a report from Kelmar), read as a namesake town of a
country none of the report's other places lie in."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.extensions import doc_ext
from eventdesk.geo.words import FACILITY_WORDS

# "Lahore High Court", "Karachi Port", "the Nakuru County Assembly": a body or port named after
# its town places the event at that town (the site reader keeps no such name as a site)
TOWN_SITE_WORDS = FACILITY_WORDS | {"court", "port", "council", "assembly", "municipality"}


def names_a_town_site(doc: Doc, mention, ent) -> bool:
    """`mention` opens the name `ent` of a site in that town: a sizeable town named exactly,
    or (another spelling) a town of the report's own country, in a country the report's
    other places, if any, lie in."""
    opening = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    if mention.start != opening or not mention.candidates:
        return False
    best = mention.candidates[0]
    countries = doc_ext(doc, "countries") or []
    named = best.match == "exact" or (countries and best.country_code == countries[0])
    return named and best.population >= 10_000 and doc[ent.end - 1].lower_ in TOWN_SITE_WORDS \
        and _country_told_elsewhere(doc, mention, best.country_code)


def _country_told_elsewhere(doc: Doc, mention, code: str) -> bool:
    """An exact reading of one of the report's places other than `mention` lies in country
    `code`, or there is none (a near spelling of a village abroad tells no country)."""
    others = {c.country_code for m in doc_ext(doc, "places") or []
              if (m.start, m.end) != (mention.start, mention.end)
              for c in m.candidates if c.match == "exact"}
    return not others or code in others
