"""Distance and direction phrases: landmarks, how far, what they locate."""


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


def test_a_landmark_locates_an_unknown_place_named_before_it():
    from types import SimpleNamespace

    import spacy

    from eventdesk.components.events.place_measures import locates_unknown_place

    # 0 near 1 Koure 2 , 3 about 4 60 5 km 6 east 7 of 8 Niamey
    doc = spacy.blank("en")("near Koure, about 60 km east of Niamey")
    niamey = SimpleNamespace(start=8, end=9)
    assert locates_unknown_place(doc, niamey, known={8})
    assert not locates_unknown_place(doc, niamey, known={1, 8})  # the index knows Koure
    plain = spacy.blank("en")("shelled 60 km east of Niamey")
    assert not locates_unknown_place(plain, SimpleNamespace(start=5, end=6), known={5})
