"""The offline GeoNames gazetteer: index, place detection and resolution.

    gaz = open_gazetteer()                  # builds the default index on first use
    gaz.lookup("Deir ez-Zour", country="SY")
    mentions = gaz.find_mentions(doc)
    countries = gaz.document_countries(doc, mentions=mentions)
    place = gaz.resolve(mentions[0], countries=countries)

The names below load on first use, so that `eventdesk.geo.normalize` and the importer do not
pull in spaCy (the store and the web app use the normaliser).
"""

from __future__ import annotations

import importlib

# Each name, with the module that defines it.
_HOMES = {"Candidate": "eventdesk.geo.candidates", "PlaceMention": "eventdesk.geo.candidates",
          "Gazetteer": "eventdesk.geo.gazetteer", "forget_opened": "eventdesk.geo.gazetteer",
          "open_gazetteer": "eventdesk.geo.gazetteer"}
__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'eventdesk.geo' has no attribute {name!r}")
