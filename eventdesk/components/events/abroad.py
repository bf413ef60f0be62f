"""Where a place lies against the report's countries, one module for the readers of places:
- `abroad`: outside the report's main country (`common.main_country`, the most salient of its
  countries) -- a war's theatre a protest was against (place_mentions/aside.py). Not "none of
  its countries": a report of rallies in Washington against the war in Gaza names Gaza, so
  Palestine is among its countries, yet the war is abroad;
- `in_no_country_told`: in none of the report's countries -- a namesake read in a name of
  the scene ("Alexandra Park" read as Alexandra, New Zealand; placing/held_by.py), where a
  town of a second country the report tells of (a strike across a border) is kept."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import main_country
from eventdesk.extensions import doc_ext
from eventdesk.geo.countries import coded_country


def abroad(doc: Doc, country_code: str | None) -> bool:
    """The country is not the report's main country (False when the report has none, or the
    country is unknown)."""
    main = main_country(doc)
    return main is not None and country_code is not None \
        and coded_country(country_code) != coded_country(main)


def in_no_country_told(doc: Doc, country_code: str | None) -> bool:
    """The country is none of the report's countries (False when the report has none, or
    the country is unknown)."""
    countries = {coded_country(c) for c in doc_ext(doc, "countries") or []}
    return bool(countries) and country_code is not None \
        and coded_country(country_code) not in countries
