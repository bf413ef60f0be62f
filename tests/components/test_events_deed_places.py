"""A name NER reads as a place that the index lacks still names a deed's own scene
(deed_places.unknown_scenes), so that "shelled the outskirts of A, while warplanes raided a
house in B" is set apart as two deeds at two places (splitting.py). Hand-parsed trees with
made-up village names."""

from spacy.tokens import Span

from eventdesk.components.events.deed_places import places_apart, unknown_scenes


def _with_ents(doc, ents):
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def _raided(parsed, label="GPE"):
    # "shelled the outskirts of Qarbun while jets raided a house in Zorbetove"
    words = ["shelled", "the", "outskirts", "of", "Qarbun", "while", "jets", "raided", "a",
             "house", "in", "Zorbetove"]
    heads = [0, 2, 0, 2, 3, 7, 7, 0, 9, 7, 9, 10]
    deps = ["ROOT", "det", "dobj", "prep", "pobj", "mark", "nsubj", "advcl", "det", "dobj",
            "prep", "pobj"]
    pos = ["VERB", "DET", "NOUN", "ADP", "PROPN", "SCONJ", "NOUN", "VERB", "DET", "NOUN",
           "ADP", "PROPN"]
    return _with_ents(parsed(words, heads, deps, pos=pos), [(4, 5, label), (11, 12, label)])


def test_a_village_ner_reads_as_a_place_is_a_scene(parsed):
    doc = _raided(parsed)
    assert unknown_scenes(doc, set(range(0, 5))) == {"qarbun"}
    assert unknown_scenes(doc, set(range(5, 12))) == {"zorbetove"}
    assert places_apart(doc, set(range(5, 12)), set(range(0, 5)))


def test_a_name_read_as_a_person_is_no_scene(parsed):
    doc = _raided(parsed, label="PERSON")
    assert unknown_scenes(doc, set(range(0, 12))) == set()
    assert not places_apart(doc, set(range(5, 12)), set(range(0, 5)))


def test_a_name_of_an_office_is_no_scene(parsed):
    # "the governor of Qarbun": whose governor, not where
    doc = _with_ents(parsed(["met", "the", "governor", "of", "Qarbun"], [0, 2, 0, 2, 3],
                            ["ROOT", "det", "dobj", "prep", "pobj"],
                            pos=["VERB", "DET", "NOUN", "ADP", "PROPN"]), [(4, 5, "GPE")])
    assert unknown_scenes(doc, set(range(5))) == set()
