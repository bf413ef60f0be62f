"""A name measured from a town whose readings all lie far from it is a namesake."""

import pytest


def _reading(lat, lon):
    from eventdesk.geo.candidates import Candidate

    return Candidate(geonameid=int(abs(lat * 1000 + lon)), name="x", country_code="UA",
                     country="Ukraine", admin1=None, admin2=None, feature_class="P",
                     feature_code="PPL", population=2000, latitude=lat, longitude=lon)


def _measured(words, name_at, town_at, name_readings, town_readings=((46.6, 32.6),)):
    """The invented sentence's Doc, its places the name and the town it is measured from."""
    import spacy
    from spacy.tokens import Doc

    from eventdesk.extensions import register_extensions
    from eventdesk.geo.candidates import PlaceMention

    register_extensions()
    doc = Doc(spacy.blank("en").vocab, words=words)
    name = PlaceMention(name_at, name_at + 1, 0, 0, doc[name_at].text,
                        [_reading(*p) for p in name_readings])
    town = PlaceMention(town_at, town_at + 1, 0, 0, doc[town_at].text,
                        [_reading(*p) for p in town_readings])
    doc._.places = [name, town]
    return doc, name


@pytest.mark.parametrize("name_readings, expected", [
    (((48.4, 35.2),), True),                 # ~280 km off: a namesake in another province
    (((46.75, 32.6),), False),               # ~17 km north: the village itself
    (((47.6, 32.6),), False),                # ~110 km: a district's centre may lie so far
    (((48.4, 35.2), (46.75, 32.6)), False),  # one reading near enough keeps the name
])
def test_a_name_north_of_a_town_read_far_from_it_is_a_namesake(name_readings, expected):
    from eventdesk.components.events.place_mentions.measured_namesakes import (
        measured_namesake,
    )

    # 0 drones 1 fell 2 on 3 Dovzhanka 4 , 5 north 6 of 7 Kherson
    doc, name = _measured("drones fell on Dovzhanka , north of Kherson".split(), 3, 7,
                          name_readings)
    assert measured_namesake(doc, name) is expected


def test_a_stated_distance_widens_how_far_a_reading_may_lie():
    from eventdesk.components.events.place_measures import name_located_by
    from eventdesk.components.events.place_mentions.measured_namesakes import (
        measured_namesake,
    )

    # 0 raid 1 on 2 Ouraba 3 , 4 about 5 200 6 km 7 east 8 of 9 Kherson: a reading ~250 km
    # off fits a 200 km measure; one ~550 km off does not
    words = "raid on Ouraba , about 200 km east of Kherson".split()
    fits, name = _measured(words, 2, 9, ((46.6, 35.85),))
    assert name_located_by(fits, fits._.places[1]) == (2, 3)
    assert not measured_namesake(fits, name)
    far, name = _measured(words, 2, 9, ((46.6, 39.8),))
    assert measured_namesake(far, name)


def test_a_name_no_landmark_locates_is_no_measured_namesake():
    from eventdesk.components.events.place_mentions.measured_namesakes import (
        measured_namesake,
    )

    # 0 drones 1 fell 2 on 3 Dovzhanka 4 and 5 Kherson: no direction, no distance
    doc, name = _measured("drones fell on Dovzhanka and Kherson".split(), 3, 5,
                          ((48.4, 35.2),))
    assert not measured_namesake(doc, name)
