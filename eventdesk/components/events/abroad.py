"""One definition of "abroad" for the readers of places: a country that is none of the
report's countries (the doc's country context, most salient first, not only its first).
A report from Moscow about a rally in Kherson has both Russia and Ukraine as its countries;
a report of rallies in Washington against a war in Gaza has only the United States.
Used by place_mentions/aside.py (a war's theatre a protest was against) and
placing/held_by.py (a namesake abroad read in a name of the scene)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.extensions import doc_ext
from eventdesk.geo.countries import coded_country


def abroad(doc: Doc, country_code: str | None) -> bool:
    """The country lies outside every one of the report's countries (False when the report
    has none, or the country is unknown)."""
    countries = {coded_country(c) for c in doc_ext(doc, "countries") or []}
    return bool(countries) and country_code is not None \
        and coded_country(country_code) not in countries
