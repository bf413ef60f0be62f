"""Distance and direction phrases: landmarks, how far, what they locate."""

from types import SimpleNamespace

import pytest


def test_a_landmark_far_from_the_event_is_not_its_place(parsed):
    from eventdesk.components.events.place_measures import far_landmark

    # "a town 390 km north of Baghdad": 0 a, 1 town, 2 390, 3 km, 4 north, 5 of, 6 Baghdad
    far = parsed(["a", "town", "390", "km", "north", "of", "Baghdad"],
                  [1, 1, 3, 4, 1, 4, 5], ["det", "ROOT", "nummod", "npadvmod", "advmod",
                                          "prep", "pobj"])
    near = parsed(["a", "town", "20", "miles", "south", "of", "Baghdad"],
                   [1, 1, 3, 4, 1, 4, 5], ["det", "ROOT", "nummod", "npadvmod", "advmod",
                                           "prep", "pobj"])
    plain = parsed(["the", "city", "of", "Baghdad"], [1, 1, 1, 2],
                    ["det", "ROOT", "prep", "pobj"])
    assert far_landmark(far, far[6])
    assert not far_landmark(near, near[6])  # 32 km: near Baghdad, as analysts code it
    assert not far_landmark(plain, plain[3])
    # past the farthest distance a place is projected from
    assert far_landmark(far, far[6], beyond=300)
    assert not far_landmark(far, far[6], beyond=400)


def test_one_reader_says_the_link_the_word_before_it_and_how_far():
    import spacy

    from eventdesk.components.events.place_measures import measure_before

    nlp = spacy.blank("en")
    # 0 about 1 235 2 kilometers 3 ( 4 145 5 miles 6 ) 7 north 8 of 9 Colombo
    doc = nlp("about 235 kilometers (145 miles) north of Colombo")
    measure = measure_before(doc, 8)
    assert (measure.link, measure.word_before, measure.unit) == ("of", "north", True)
    assert measure.km == 235  # the first unit with a number
    miles = measure_before(nlp("20 miles south of Baghdad"), 3)
    assert round(miles.km) == 32
    assert round(measure_before(nlp("20 mi south of Baghdad"), 3).km) == 32  # "mi" is miles
    # 0 some 1 300 2 nautical 3 miles 4 east 5 of 6 Djibouti: a sea mile, 1.852 km
    assert round(measure_before(nlp("some 300 nautical miles east of Djibouti"), 5).km) == 556
    # 0 the 1 north 2 of 3 Mosul: a direction, no distance
    bare = measure_before(nlp("the north of Mosul"), 2)
    assert (bare.word_before, bare.unit, bare.km) == ("north", False, None)


def test_landmarks_and_places_measured_from():
    from types import SimpleNamespace

    import spacy

    from eventdesk.components.events.place_measures import is_landmark, measured_from

    nlp = spacy.blank("en")
    # 0 Douma 1 , 2 northeast 3 of 4 Damascus
    douma = nlp("Douma, northeast of Damascus")
    assert is_landmark(douma, 4) and not is_landmark(douma, 0)
    # 0 20 1 km 2 from 3 Gao; "flew from Paris" measures nothing
    assert is_landmark(nlp("20 km from Gao"), 3)
    assert not is_landmark(nlp("flew from Paris"), 2)
    # a direction alone is a landmark, but no distance was measured from it
    assert not measured_from(douma, SimpleNamespace(start=4, end=5))
    far = nlp("a town 80 km west of Baghdad")
    assert measured_from(far, SimpleNamespace(start=6, end=7))
    # "140 km north of the capital, Lusaka": the capital named after a comma
    # 0 a 1 city 2 140 3 km 4 north 5 of 6 the 7 capital 8 , 9 Lusaka
    comma = nlp("a city 140 km north of the capital, Lusaka")
    assert is_landmark(comma, 9) and measured_from(comma, SimpleNamespace(start=9, end=10))
    # "the capital, Lusaka, said": no distance, no landmark
    assert not is_landmark(nlp("a man in the capital, Lusaka, said"), 6)


def test_a_landmark_locates_an_unknown_place_named_before_it():
    from types import SimpleNamespace

    import spacy

    from eventdesk.components.events.place_measures import locates_unknown_place

    # 0 near 1 Koure 2 , 3 about 4 60 5 km 6 east 7 of 8 Niamey
    doc = spacy.blank("en")("near Koure, about 60 km east of Niamey")
    niamey = SimpleNamespace(start=8, end=9)
    assert locates_unknown_place(doc, niamey, known={9})
    assert not locates_unknown_place(doc, niamey, known={1, 8})  # the index knows Koure
    plain = spacy.blank("en")("shelled 60 km east of Niamey")
    assert not locates_unknown_place(plain, SimpleNamespace(start=5, end=6), known={5})


class _Mention:
    """A place mention as the gazetteer gives it: tokens, text and readings."""

    def __init__(self, doc, start, end, candidates=()):
        self.start, self.end, self.text = start, end, doc[start:end].text
        self.candidates = list(candidates)


def test_an_unknown_place_measured_from_a_landmark_is_read_with_its_distance_and_bearing():
    import spacy

    from eventdesk.components.events.place_measures import measured_unknown_place

    nlp = spacy.blank("en")
    # 0 Gunmen 1 struck 2 Koure 3 , 4 about 5 60 6 km 7 east 8 of 9 Niamey 10 .
    doc = nlp("Gunmen struck Koure , about 60 km east of Niamey .")
    niamey = _Mention(doc, 9, 10)
    measured = measured_unknown_place(doc, niamey, known={9})
    assert (measured.name, measured.km, measured.bearing) == ("Koure", 60.0, 90.0)
    # the place before the comma is one the index knows: it is the place, nothing to measure
    assert measured_unknown_place(doc, niamey, known={2, 9}) is None
    # no distance, no direction, or within the scorer's 25 km: the landmark stays
    for text in ("Gunmen struck Koure , east of Niamey .",
                 "Gunmen struck Koure , 60 km from Niamey .",
                 "Gunmen struck Koure , 20 km east of Niamey ."):
        doc = nlp(text)
        assert measured_unknown_place(doc, _Mention(doc, len(doc) - 2, len(doc) - 1),
                                      known={len(doc) - 2}) is None


def test_the_projected_point_lies_at_the_distance_and_in_the_direction_given():
    from eventdesk.components.events.place_measures import projected_point
    from eventdesk.distance import haversine_km

    lat, lon = projected_point(33.0, 44.0, 70.0, 0.0)  # 70 km north
    assert abs(haversine_km(33.0, 44.0, lat, lon) - 70.0) < 0.5
    assert lat > 33.0 and abs(lon - 44.0) < 1e-6
    lat, lon = projected_point(13.5, 2.1, 60.0, 90.0)  # 60 km east
    assert abs(haversine_km(13.5, 2.1, lat, lon) - 60.0) < 0.5 and lon > 2.1
    lat, lon = projected_point(54.6, -5.9, 30.0, 225.0)  # south-west
    assert lat < 54.6 and lon < -5.9


def test_an_event_at_the_landmark_moves_to_the_measured_point_under_the_unknown_name():
    import spacy

    from eventdesk.components.events.placing import at_measured_point
    from eventdesk.distance import haversine_km
    from eventdesk.records import Place

    nlp = spacy.blank("en")
    doc = nlp("A bomb hit Dhuluiya , 70 kilometres north of Baghdad .")

    class Reading:
        geonameid = 98182

    baghdad = _Mention(doc, 9, 10, [Reading()])  # 3 Dhuluiya ... 9 Baghdad
    at_baghdad = Place(country="Iraq", country_code="IQ", admin1="Baghdad",
                       location="Baghdad", latitude=33.34, longitude=44.40, geo_precision=1,
                       geonameid=98182)
    moved = at_measured_point(doc, at_baghdad, baghdad, known=lambda doc: {9})
    assert (moved.location, moved.geo_precision, moved.admin1) == ("Dhuluiya", 2, None)
    assert abs(haversine_km(33.34, 44.40, moved.latitude, moved.longitude) - 70) < 1
    # placed elsewhere than at the landmark, or at a region: left as it is
    at_region = Place(country="Iraq", country_code="IQ", admin1="Baghdad", location="Baghdad",
                      latitude=33.3, longitude=44.4, geo_precision=3, geonameid=1)
    assert at_measured_point(doc, at_region, baghdad, known=lambda doc: {9}) is at_region
    at_other = Place(country="Iraq", country_code="IQ", admin1="Diyala", location="Baqubah",
                     latitude=33.75, longitude=44.6, geo_precision=1, geonameid=2)
    assert at_measured_point(doc, at_other, baghdad, known=lambda doc: {9}) is at_other


def test_an_unknown_place_named_before_its_place_word_is_located_by_the_distance_after_it():
    import spacy

    from eventdesk.components.events.place_measures import (
        locates_unknown_place,
        measured_unknown_place,
    )

    nlp = spacy.blank("en")
    # 0 attack 1 in 2 Kanambe 3 village 4 which 5 lies 6 about 7 120 8 kilometres 9 north
    # 10 of 11 the 12 capital 13 Kalemie
    doc = nlp("attack in Kanambe village which lies about 120 kilometres north of the "
              "capital Kalemie")
    kalemie = _Mention(doc, 13, 14)
    assert locates_unknown_place(doc, kalemie, known={13})
    measured = measured_unknown_place(doc, kalemie, known={13})
    assert (measured.name, measured.km, measured.bearing) == ("Kanambe", 120.0, 0.0)
    assert measured_unknown_place(doc, kalemie, known={2, 13}) is None  # Kanambe is known
    # 0 fire 1 in 2 the 3 Nakial 4 sector 5 about 6 300 7 kilometers 8 south 9 of 10 Muzaffarabad
    doc = nlp("fire in the Nakial sector about 300 kilometers south of Muzaffarabad")
    measured = measured_unknown_place(doc, _Mention(doc, 10, 11), known={10})
    assert (measured.name, measured.bearing) == ("Nakial", 180.0)
    # a lower-case noun before the distance is no place word of a name: nothing located
    for text in ("troops in Gao which lies about 120 kilometres north of Kalemie",
                 "troops at a Gao checkpoint about 120 kilometres north of Kalemie"):
        doc = nlp(text)
        assert not locates_unknown_place(doc, _Mention(doc, len(doc) - 1, len(doc)),
                                         known={len(doc) - 1})


def test_a_doubled_space_is_no_word_between_a_distance_its_direction_and_its_landmark():
    import spacy

    from eventdesk.components.events.place_measures import (
        is_landmark,
        measure_before,
        measured_unknown_place,
    )

    nlp = spacy.blank("en")
    # spaCy makes each doubled space a token: 0 Gunmen 1 struck 2 Koure 3 , 4 70 5 " "
    # 6 km 7 ( 8 40 9 miles 10 ) 11 " " 12 north 13 of 14 " " 15 Baghdad 16 .
    doc = nlp("Gunmen struck Koure, 70  km (40 miles)  north of  Baghdad.")
    assert [doc[i].is_space for i in (5, 11, 14)] == [True] * 3
    measure = measure_before(doc, 13)
    assert (measure.word_before, measure.km) == ("north", 70.0)
    assert is_landmark(doc, 15)
    measured = measured_unknown_place(doc, _Mention(doc, 15, 16), known={15})
    assert (measured.name, measured.km, measured.bearing) == ("Koure", 70.0, 0.0)
    # the name before its place word, over a doubled space
    village = nlp("Gunmen struck Kanambe  village which lies 70 km north of Baghdad.")
    found = measured_unknown_place(village, _Mention(village, 11, 12), known={11})
    assert found is not None and found.name == "Kanambe"


@pytest.mark.parametrize("text, landmark, expected", [
    # a direction or a short distance: near the landmark, the unknown name kept
    ("Police shot seven youths in rural Braeton , just east of Kingston .", 11,
     "Kingston - Braeton"),
    ("Gunmen raided Nwonko , about 9 km from Kingston .", 8, "Kingston - Nwonko"),
    # controls: nothing located before the landmark, or a name the index knows, or an actor
    ("Gunmen raided a market just east of Kingston .", 7, "Kingston"),
    ("Gunmen raided Portmore , just east of Kingston .", 7, "Kingston"),
    ("Hamas , just east of Kingston , fired rockets .", 5, "Kingston"),
])
def test_an_unknown_place_near_a_landmark_keeps_its_name_at_the_landmark(text, landmark,
                                                                         expected):
    import spacy

    from eventdesk.components.events.placing import at_measured_point
    from eventdesk.extensions import register_extensions
    from eventdesk.records import Place

    register_extensions()
    doc = spacy.blank("en")(text)
    doc._.actors = [SimpleNamespace(start=0, end=1)] if text.startswith("Hamas") else []
    doc._.places = []

    class Reading:
        geonameid = 3489854

    kingston = _Mention(doc, landmark, landmark + 1, [Reading()])
    at_kingston = Place(country="Jamaica", country_code="JM", admin1="Kingston",
                        location="Kingston", latitude=17.99, longitude=-76.79, geo_precision=1,
                        geonameid=3489854)
    known = {landmark} | ({2} if "Portmore" in text else set())
    placed = at_measured_point(doc, at_kingston, kingston, known=lambda doc: known)
    assert placed.location == expected
    assert (placed.latitude, placed.longitude) == (17.99, -76.79)
    assert placed.geo_precision == (2 if " - " in expected else 1)


def test_a_direction_alone_is_read_as_a_bearing_but_not_with_a_distance_or_at_the_edge():
    import spacy

    from eventdesk.components.events.place_measures import direction_only

    nlp = spacy.blank("en")
    for text, bearing in (("Gunmen raided Nwonko , north of Kingston .", 0.0),
                          ("Gunmen raided Nwonko , south-west of Kingston .", 225.0),
                          ("Gunmen raided Nwonko , southeast of the town of Kingston .", 135.0),
                          # a distance is a measure, not a direction alone
                          ("Gunmen raided Nwonko , 40 km north of Kingston .", None),
                          # at the town's edge, and "from" with no direction
                          ("Gunmen raided Nwonko , just north of Kingston .", None),
                          ("Gunmen raided Nwonko , far from Kingston .", None)):
        doc = nlp(text)
        assert direction_only(doc, _Mention(doc, len(doc) - 2, len(doc) - 1)) == bearing, text


def test_an_unknown_place_named_by_its_direction_from_a_landmark_lies_some_way_off_it():
    import spacy

    from eventdesk.components.events.place_measures import DIRECTION_ONLY_KM
    from eventdesk.components.events.placing import at_measured_point
    from eventdesk.distance import haversine_km
    from eventdesk.extensions import register_extensions
    from eventdesk.records import Place

    register_extensions()
    # 0 Gunmen 1 raided 2 Nwonko 3 , 4 north 5 of 6 Kingston 7 .
    doc = spacy.blank("en")("Gunmen raided Nwonko , north of Kingston .")
    doc._.actors, doc._.places = [], []

    class Reading:
        geonameid = 3489854

    at_kingston = Place(country="Jamaica", country_code="JM", admin1="Kingston",
                        location="Kingston", latitude=17.99, longitude=-76.79, geo_precision=1,
                        geonameid=3489854)
    placed = at_measured_point(doc, at_kingston, _Mention(doc, 6, 7, [Reading()]),
                               known=lambda doc: {6})
    assert (placed.location, placed.geo_precision, placed.geonameid) == (
        "Kingston - Nwonko", 2, None)  # the town it is told from, the point not the town's
    assert placed.admin1 == "Kingston"
    assert abs(haversine_km(17.99, -76.79, placed.latitude, placed.longitude)
               - DIRECTION_ONLY_KM) < 0.5
    assert placed.latitude > 17.99 and abs(placed.longitude + 76.79) < 1e-6  # due north


def test_an_unknown_name_right_before_its_direction_is_located_without_a_comma():
    import spacy

    from eventdesk.components.events.place_measures import (
        located_unknown_name,
        measured_unknown_place,
    )
    from eventdesk.extensions import register_extensions

    register_extensions()
    nlp = spacy.blank("en")
    # 0 Fighters 1 clashed 2 near 3 the 4 Qorilow 5 Dam 6 east 7 of 8 Kingston 9 .
    doc = nlp("Fighters clashed near the Qorilow Dam east of Kingston .")
    doc._.places = []
    assert located_unknown_name(doc, _Mention(doc, 8, 9), known={8}) == "Qorilow Dam"
    # 0 Gunmen 1 raided 2 Nwonko 3 40 4 km 5 north 6 of 7 Kingston 8 .
    doc = nlp("Gunmen raided Nwonko 40 km north of Kingston .")
    doc._.places = []
    measured = measured_unknown_place(doc, _Mention(doc, 7, 8), known={7})
    assert (measured.name, measured.km, measured.bearing) == ("Nwonko", 40.0, 0.0)
    # a country before the direction is no unknown place ("troops from Kenya north of X")
    doc = nlp("Troops from Jamaica north of Kingston clashed .")
    doc._.places = [SimpleNamespace(kind="country", start=2, end=3)]
    assert located_unknown_name(doc, _Mention(doc, 5, 6), known={5}) is None
    # nor an acronym ("staff of an NGO south of X")
    doc = nlp("Gunmen abducted staff of an NGO south of Kingston .")
    doc._.places = []
    assert located_unknown_name(doc, _Mention(doc, 8, 9), known={8}) is None
    # nor a known place, nor a word right before the landmark with no direction between
    doc = nlp("Fighting raged in Portmore north of Kingston .")
    doc._.places = []
    assert located_unknown_name(doc, _Mention(doc, 6, 7), known={3, 6}) is None


def test_a_digit_that_is_no_number_measures_no_distance():
    """Found by bench/fuzz_reports.py: "² km north of X" (a superscript is a digit to
    str.isdigit, not a number to float) failed its report as a bug (E008)."""
    import spacy

    from eventdesk.components.events.place_measures import measure_before

    # 0 a 1 village 2 ² 3 km 4 north 5 of 6 Homs
    measure = measure_before(spacy.blank("en")("a village ² km north of Homs"), 5)
    assert (measure.word_before, measure.unit, measure.km) == ("north", True, None)
    assert measure_before(spacy.blank("en")("a village ٣٠ km north of Homs"), 5).km == 30
