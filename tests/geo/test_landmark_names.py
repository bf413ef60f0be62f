"""A landmark's name in a city ("the Monumento a la X", "the Tomb of X", "Avenida X") and a
titled person's given name ("mayor X Y") are no town (eventdesk/geo/landmark_names.py)."""

import spacy

from eventdesk.geo.landmark_names import after_a_landmark_word, opens_a_landmark

NLP = spacy.blank("en")


def texts(gaz, text):
    return [m.text for m in gaz.find_mentions(NLP(text))]


def test_a_name_after_a_landmark_word_is_the_landmarks():
    words = "Pickets ringed the Monumento a la Sidonia all day".split()
    assert after_a_landmark_word(words, 6)
    words = "mourners at the Tomb of Sidonia sang".split()
    assert after_a_landmark_word(words, 5)
    assert after_a_landmark_word("pickets lined Avenida Sidonia".split(), 3)
    assert after_a_landmark_word("strikers camped in Piazza della Sidonia".split(), 5)
    # a town after a lower-case word, or after "Place"/"Via" with no linking word
    assert not after_a_landmark_word("they marched in the square of Sidonia".split(), 6)
    assert not after_a_landmark_word("they marched from Sidonia".split(), 3)
    assert not after_a_landmark_word("the Place Sidonia".split(), 2)
    # "the University of X" is in X: no landmark word of this kind
    assert not after_a_landmark_word("the University of Sidonia".split(), 3)


def test_a_landmark_word_opening_a_name_is_no_town():
    words = "farmers parked tractors on the Esplanada dos Pescadores".split()
    assert opens_a_landmark(words, 5, 6, "Esplanada")
    assert opens_a_landmark("they walked down Avenida Alvorada".split(), 3, 4, "Avenida")
    assert not opens_a_landmark("they walked to Esplanada on Monday".split(), 3, 4, "Esplanada")
    assert not opens_a_landmark("a rally in Place on Monday".split(), 3, 4, "Place")


def test_detection_skips_landmark_names_and_titled_given_names(gaz):
    assert texts(gaz, "Pickets ringed the Monumento a la Tazirt and then Homs.") == ["Homs"]
    assert texts(gaz, "Mourners sang at the Tomb of Tazirt in Homs.") == ["Homs"]
    assert texts(gaz, "Strikers camped on Avenida Tazirt in Homs.") == ["Homs"]
    # a landmark named after a big city is in that city ("the Catedral de Lima")
    assert texts(gaz, "They marched to the Catedral de Sidonia.") == ["Sidonia"]
    # a big city's name as a given name between a title and a surname
    assert texts(gaz, "In Homs, mayor Aleppo Hanzakovic stepped down.") == ["Homs"]
    # controls: the town itself, and the city after a title with no surname after it
    assert texts(gaz, "Pickets ringed Tazirt and then Homs.") == ["Tazirt", "Homs"]
    assert texts(gaz, "In Homs, the mayor Aleppo appointed resigned.") == ["Homs", "Aleppo"]


def test_a_weapon_named_after_a_person_is_no_old_name_of_a_city(gazetteer_of):
    places = [(9200001, "Kamagorsk", "Molotov", 58.0, 56.2, "P", "PPLA", "RU", "90", 1_000_000)]
    gaz = gazetteer_of(places, [("RU.90", "Perm Krai", "Perm Krai", 9200002)])
    text = "A Molotov cocktail hit a bus depot in Kamagorsk overnight."
    assert texts(gaz, text) == ["Kamagorsk"]


def test_a_park_is_no_site_of_the_datelines_city():
    from eventdesk.geo.landmark_names import names_a_site_at

    # national and game parks are scenes of their own, far from the dateline's city
    doc = NLP("NAIROBI - Bandits shot two rangers in Tsavo National Park on Monday")
    assert not names_a_site_at(doc, 9)
    doc = NLP("BOGOTA - Rebels ambushed soldiers in Sironga Park on Monday")
    assert not names_a_site_at(doc, 7)
    doc = NLP("BOGOTA - Rebels ambushed soldiers in the Parque Nacional Sironga")
    assert not names_a_site_at(doc, 7)
    # controls: a city's gardens and square are its sites
    doc = NLP("NAIROBI - Riot police charged marchers in Jubilee Gardens on Monday")
    assert names_a_site_at(doc, 8)
    doc = NLP("BOGOTA - Riot police charged marchers in the Plaza Sironga")
    assert names_a_site_at(doc, 8) and doc[8].text == "Plaza"


def test_a_town_before_park_is_still_the_town(gaz):
    # a park of the wild is named after its town or district: the town is the scene
    assert texts(gaz, "Gunmen ambushed a bus near Tazirt Park on Sunday.") == ["Tazirt"]
    # other landmark words still make the name a site's, no town
    assert texts(gaz, "Pickets ringed Tazirt Gardens on Sunday.") == []


def test_a_landmark_word_named_like_a_town_opens_the_landmarks_name(gazetteer_of):
    places = [(9200011, "Esplanada", "", -11.8, -37.9, "P", "PPL", "BR", "05", 30_000),
              (9200012, "Corvelo", "", -12.9, -38.5, "P", "PPLA", "BR", "05", 900_000)]
    gaz = gazetteer_of(places, [("BR.05", "Bahia", "Bahia", 9200013)])
    text = "Farmers parked tractors on the Esplanada dos Pescadores in Corvelo."
    assert texts(gaz, text) == ["Corvelo"]
    assert texts(gaz, "Farmers parked tractors in Esplanada.") == ["Esplanada"]


def test_a_town_naming_a_pact_is_no_place_of_the_report(gaz):
    """"The Tazirt accords": where a pact was signed, not a scene (landmark_names.py
    `names_an_accord`), however big the town."""
    from eventdesk.geo.landmark_names import names_an_accord

    assert names_an_accord("the Homs accords ended the war".split(), 2)
    assert names_an_accord("the Homs peace agreement held".split(), 2)
    assert not names_an_accord("the Homs peace talks".split(), 2)
    assert not names_an_accord("in Homs on Monday".split(), 2)
    assert texts(gaz, "The Homs peace accords were signed in 2000; police fired in Tazirt.") \
        == ["Tazirt"]
    # control: the town itself
    assert texts(gaz, "Police fired in Homs and in Tazirt.") == ["Homs", "Tazirt"]
