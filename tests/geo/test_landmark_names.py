"""A landmark's name in a city ("the Monumento a la X", "the Shrine of X", "Avenida X") and a
titled person's given name ("mayor X Y") are no town (eventdesk/geo/landmark_names.py)."""

import spacy

from eventdesk.geo.landmark_names import after_a_landmark_word, opens_a_landmark

NLP = spacy.blank("en")


def texts(gaz, text):
    return [m.text for m in gaz.find_mentions(NLP(text))]


def test_a_name_after_a_landmark_word_is_the_landmarks():
    words = "The march left the Monumento a la Sidonia at noon".split()
    assert after_a_landmark_word(words, 7)
    words = "protesters at the Shrine of Sidonia fled".split()
    assert after_a_landmark_word(words, 5)
    assert after_a_landmark_word("they marched along Avenida Sidonia".split(), 4)
    assert after_a_landmark_word("crowds filled Piazza del Sidonia".split(), 4)
    # a town after a lower-case word, or after "Place"/"Via" with no linking word
    assert not after_a_landmark_word("they marched in the square of Sidonia".split(), 6)
    assert not after_a_landmark_word("they marched from Sidonia".split(), 3)
    assert not after_a_landmark_word("the Place Sidonia".split(), 2)
    # "the University of X" is in X: no landmark word of this kind
    assert not after_a_landmark_word("the University of Sidonia".split(), 3)


def test_a_landmark_word_opening_a_name_is_no_town():
    words = "crowds broke through lines on the Esplanada dos Ministérios".split()
    assert opens_a_landmark(words, 6, 7, "Esplanada")
    assert opens_a_landmark("they walked down Avenida Juárez".split(), 3, 4, "Avenida")
    assert not opens_a_landmark("they walked to Esplanada on Monday".split(), 3, 4, "Esplanada")
    assert not opens_a_landmark("a rally in Place on Monday".split(), 3, 4, "Place")


def test_detection_skips_landmark_names_and_titled_given_names(gaz):
    assert texts(gaz, "The march left the Monumento a la Tazirt and reached Homs.") == ["Homs"]
    assert texts(gaz, "Police fired at protesters at the Shrine of Tazirt in Homs.") == ["Homs"]
    assert texts(gaz, "They marched along Avenida Tazirt in Homs.") == ["Homs"]
    # a landmark named after a big city is in that city ("the Catedral de Lima")
    assert texts(gaz, "They marched to the Catedral de Sidonia.") == ["Sidonia"]
    # a big city's name as a given name between a title and a surname
    assert texts(gaz, "In Homs, mayor Aleppo Hanzakovic stepped down.") == ["Homs"]
    # controls: the town itself, and the city after a title with no surname after it
    assert texts(gaz, "The march left Tazirt and reached Homs.") == ["Tazirt", "Homs"]
    assert texts(gaz, "In Homs, the mayor Aleppo appointed resigned.") == ["Homs", "Aleppo"]


def test_a_weapon_named_after_a_person_is_no_old_name_of_a_city(tmp_path):
    from eventdesk.geo import forget_opened, open_gazetteer
    from tests.geo.geonames_files import import_places

    places = [(9200001, "Kamagorsk", "Molotov", 58.0, 56.2, "P", "PPLA", "RU", "90", 1_000_000)]
    index = import_places(tmp_path, places, [("RU.90", "Perm Krai", "Perm Krai", 9200002)])
    try:
        gaz = open_gazetteer(index)
        text = "Protesters threw Molotov cocktails at police in Kamagorsk."
        assert texts(gaz, text) == ["Kamagorsk"]
    finally:
        forget_opened(index)
