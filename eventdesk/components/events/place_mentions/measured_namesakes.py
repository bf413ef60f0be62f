"""A name the text measures from a town ("Dovzhanka, north of Kherson", "Ouraba, 60 km east
of Niamey") lies near that town: when every reading of it lies far off, the index lacks the
place and has only namesakes elsewhere, and the town then locates it."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.place_measures import (
    is_landmark,
    link_before,
    measure_before,
    name_located_by,
)
from eventdesk.distance import haversine_km
from eventdesk.extensions import doc_ext

# How much farther than the stated distance (or, with a direction alone, than the town
# itself) a reading may lie: news rounds distances, and a district named by its direction
# from a city ("the X district south of Y") may have its centre a hundred km off; beyond
# this, as for a loose reading far from every place the report names (abroad.NAMESAKE_KM),
# the reading is a namesake of another province or country
NAMESAKE_BEYOND_KM = 150.0


# doc.user_data key of `_landmarks_by_name`
LANDMARKS_KEY = "eventdesk.landmarks_by_name"


def measured_namesake(doc: Doc, mention) -> bool:
    """`mention` is the name a landmark after it locates ("X, north of Y"), and no reading
    of it lies within NAMESAKE_BEYOND_KM of the stated distance from any reading of Y."""
    landmark = _landmarks_by_name(doc).get((mention.start, mention.end))
    if landmark is None:
        return False
    km = measure_before(doc, link_before(doc, landmark.start)).km or 0.0
    points = [(c.latitude, c.longitude) for c in mention.candidates if c.latitude is not None]
    towns = [(c.latitude, c.longitude) for c in landmark.candidates if c.latitude is not None]
    return bool(points and towns) and all(
        haversine_km(*point, *town) > km + NAMESAKE_BEYOND_KM
        for point in points for town in towns)


def _landmarks_by_name(doc: Doc) -> dict:
    """Each name's span → the first landmark after it that locates it, read once per report:
    every mention of the report is judged, and scanning the places for each was quadratic.
    A located name lies before its landmark, so the landmark follows the mention."""
    found = doc.user_data.get(LANDMARKS_KEY)
    if found is None:
        found = doc.user_data[LANDMARKS_KEY] = {}
        for m in doc_ext(doc, "places") or []:
            if m.kind == "place" and is_landmark(doc, m.start):
                span = name_located_by(doc, m)
                if span is not None:
                    found.setdefault(span, m)
    return found
