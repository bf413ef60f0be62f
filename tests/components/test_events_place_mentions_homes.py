"""A person's home told beside his name ("a driver, a resident of Tarbela, in Haripur")
(place_mentions/homes.py): his home, not the scene, when the sentence names another place
for the deed; alone it is the likeliest scene."""

from spacy.tokens import Span


def _driver(parsed, words, heads, deps, pos, lemmas, places):
    doc = parsed(words, heads, deps, pos=pos, lemmas=lemmas)
    for t in doc:
        if t.lower_ == "resident":
            t.tag_ = "NN"
    doc.ents = [Span(doc, i, i + 1, label="GPE") for i in places]
    return doc


def test_a_resident_beside_a_name_is_his_home_when_the_deed_has_another_place(parsed):
    from eventdesk.components.events.place_mentions import is_home

    # "gunmen shot a driver, a resident of Tarbela, in Haripur"
    words = ["gunmen", "shot", "driver", ",", "resident", "of", "Tarbela", ",", "in",
             "Haripur"]
    doc = _driver(parsed, words, [1, 1, 1, 2, 2, 4, 5, 2, 1, 8],
                  ["nsubj", "ROOT", "dobj", "punct", "appos", "prep", "pobj", "punct",
                   "prep", "pobj"],
                  ["NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT", "ADP",
                   "PROPN"],
                  ["gunman", "shoot", "driver", ",", "resident", "of", "tarbela", ",", "in",
                   "haripur"], places=[6, 9])
    assert is_home(doc[6])
    assert not is_home(doc[9])


def test_a_resident_beside_a_name_with_no_other_place_may_be_the_scene(parsed):
    from eventdesk.components.events.place_mentions import is_home

    # "gunmen shot a driver, a resident of Tarbela, near his house": no other place
    words = ["gunmen", "shot", "driver", ",", "resident", "of", "Tarbela", ",", "near",
             "house"]
    doc = _driver(parsed, words, [1, 1, 1, 2, 2, 4, 5, 2, 1, 8],
                  ["nsubj", "ROOT", "dobj", "punct", "appos", "prep", "pobj", "punct",
                   "prep", "pobj"],
                  ["NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT", "ADP",
                   "NOUN"],
                  ["gunman", "shoot", "driver", ",", "resident", "of", "tarbela", ",",
                   "near", "house"], places=[6])
    assert not is_home(doc[6])


def test_residents_of_a_place_who_protest_are_at_home(parsed):
    from eventdesk.components.events.place_mentions import is_home

    crowd = parsed(["residents", "of", "Tarbela", "protested"], [3, 0, 1, 3],
                   ["nsubj", "prep", "pobj", "ROOT"], pos=["NOUN", "ADP", "PROPN", "VERB"],
                   lemmas=["resident", "of", "tarbela", "protest"])
    crowd[0].tag_ = "NNS"
    assert not is_home(crowd[2])


def test_a_resident_in_brackets_beside_a_name_is_his_home(parsed):
    from eventdesk.components.events.place_mentions import is_home

    # "Yasin (aged 31, resident of Tarbela) died": an aside, no scene
    words = ["Yasin", "(", "aged", "31", ",", "resident", "of", "Tarbela", ")", "died"]
    doc = _driver(parsed, words, [9, 0, 0, 2, 0, 0, 5, 6, 0, 9],
                  ["nsubj", "punct", "acl", "npadvmod", "punct", "appos", "prep", "pobj",
                   "punct", "ROOT"],
                  ["PROPN", "PUNCT", "VERB", "NUM", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT",
                   "VERB"],
                  ["yasin", "(", "age", "31", ",", "resident", "of", "tarbela", ")", "die"],
                  places=[7])
    assert is_home(doc[7])


def test_the_town_a_named_college_stands_in_is_the_scene_not_a_students_home(parsed):
    from eventdesk.components.events.place_mentions import is_home

    # "a student of Varnel College in Tolbrook was shot": the college's town
    college = parsed(["student", "of", "Varnel", "College", "in", "Tolbrook", "shot"],
                     [6, 0, 3, 1, 3, 4, 6],
                     ["nsubjpass", "prep", "compound", "pobj", "prep", "pobj", "ROOT"],
                     pos=["NOUN", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "VERB"],
                     lemmas=["student", "of", "varnel", "college", "in", "tolbrook", "shoot"])
    # "a student of Tolbrook was shot": the student's home
    own = parsed(["student", "of", "Tolbrook", "shot"], [3, 0, 1, 3],
                 ["nsubjpass", "prep", "pobj", "ROOT"],
                 pos=["NOUN", "ADP", "PROPN", "VERB"],
                 lemmas=["student", "of", "tolbrook", "shoot"])
    assert not is_home(college[5])
    assert is_home(own[2])
