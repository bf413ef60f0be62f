"""A deed placed nowhere in a report whose only place is its dateline town ("Lokoja: A
trader was shot dead on Friday, police said."): the reporter files from the town, which need
not be the scene (`FocusFinder.only_town` will not take the dateline alone), but a local
correspondent's news is of the province around it. Such a deed gets the town's first-level
region, no point and geo_precision 3 -- the report's place at a precision that says so, as
`filed_district._filed_province` places a village the index lacks. Not from the capital,
where national desks file news of the whole country."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.extensions import doc_ext
from eventdesk.geo.countries import coded_country
from eventdesk.records import Place


def in_the_filed_region(placer, doc: Doc, candidates: list, country: str | None) -> None:
    """Give each candidate placed nowhere the dateline town's region (`_filed_region`),
    when the candidate's country (the report's main `country` if nothing finer) is the
    town's."""
    nowhere = [c for c in candidates if c.place is None or not (
        c.place.latitude is not None or c.place.admin1 or c.place.location)]
    if not nowhere or (region := _filed_region(placer, doc)) is None:
        return
    for cand in nowhere:
        code = (cand.place.country_code if cand.place is not None else None) or country
        if coded_country(code) == coded_country(region.country_code):
            cand.place = Place(country=region.country, country_code=region.country_code,
                               admin1=region.admin1, location=region.admin1, geo_precision=3)


def _filed_region(placer, doc: Doc) -> Place | None:
    """The dateline town's region (`FocusFinder.filed_from`: one country, a body naming no
    town) when the town is not the capital."""
    place = placer.filed_from(doc)
    if place is None or not place.admin1:
        return None
    dated = [m for m in doc_ext(doc, "places") or [] if m.kind == "place" and m.candidates
             and placer.judge.is_dateline(doc, m)]
    town = next((c for m in dated for c in m.candidates if c.geonameid == place.geonameid),
                None)
    if town is None or town.feature_code == "PPLC":
        return None
    return place
