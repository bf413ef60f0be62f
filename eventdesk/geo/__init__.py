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

__all__ = ["Candidate", "Gazetteer", "PlaceMention", "forget_opened", "haversine_km",
           "open_gazetteer"]


def __getattr__(name: str):
    if name in __all__:
        from eventdesk.geo import gazetteer

        return getattr(gazetteer, name)
    raise AttributeError(f"module 'eventdesk.geo' has no attribute {name!r}")
