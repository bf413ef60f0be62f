"""A deed told as a verb of telling's object has its scene in that verb's place phrases
(placing/told_deeds.py)."""

from eventdesk.components.events.placing.told_deeds import told_deed_scene
from eventdesk.components.triggers import Clause

# "Villagers recorded fierce fighting by Friday in Kawuri and Nwonko": the deed noun, the
# object of a verb of telling, is its clause; the verb holds its scene
TOLD = dict(
    words=["Villagers", "recorded", "fierce", "fighting", "by", "Friday", "in", "Kawuri", "and",
           "Nwonko"],
    heads=[1, 1, 3, 1, 1, 4, 1, 6, 7, 7],
    deps=["nsubj", "ROOT", "amod", "dobj", "prep", "pobj", "prep", "pobj", "cc", "conj"],
    pos=["NOUN", "VERB", "ADJ", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN"],
    lemmas=["villager", "record", "fierce", "fighting", "by", "Friday", "in", "Kawuri", "and",
            "Nwonko"])


def test_the_scene_of_a_deed_told_as_a_verbs_object_is_in_that_verbs_place_phrases(parsed):
    doc = parsed(**TOLD)
    fighting = Clause(root=doc[3], tokens=list(doc[2:4]), sent=doc[:])
    assert {doc[i].text for i in told_deed_scene(fighting)} == {"in", "Kawuri", "and",
                                                                "Nwonko"}


def test_a_deed_noun_of_another_verb_takes_no_scene_from_it(parsed):
    # "Villagers feared fierce fighting ... in Kawuri and Nwonko": not a telling of the deed
    doc = parsed(**{**TOLD, "words": ["Villagers", "feared", *TOLD["words"][2:]],
                    "lemmas": ["villager", "fear", *TOLD["lemmas"][2:]]})
    fighting = Clause(root=doc[3], tokens=list(doc[2:4]), sent=doc[:])
    assert told_deed_scene(fighting) == set()
