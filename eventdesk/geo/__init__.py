"""The offline GeoNames gazetteer: index, place detection and resolution.

    gaz = open_gazetteer()                  # builds the default index on first use
    gaz.lookup("Deir ez-Zour", country="SY")
    mentions = gaz.find_mentions(doc)
    countries = gaz.document_countries(doc, mentions=mentions)
    place = gaz.resolve(mentions[0], countries=countries)
"""

from eventdesk.geo.gazetteer import (
    Candidate,
    Gazetteer,
    PlaceMention,
    forget_opened,
    haversine_km,
    open_gazetteer,
)

__all__ = ["Candidate", "Gazetteer", "PlaceMention", "forget_opened", "haversine_km",
           "open_gazetteer"]
