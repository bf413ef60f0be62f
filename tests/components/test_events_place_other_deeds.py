"""A place named by another deed of the sentence is not the event's (issue 9): "killed ten
civilians near Mambasa, and is concerned by reports that four women were raped in Nizi" --
Nizi is where the women were raped, not where the civilians were killed, even when the index
lacks Mambasa."""

import pytest

from eventdesk.components.events.place_mentions import MentionJudge
from eventdesk.components.events.place_names import NameReader
from eventdesk.components.events.placing.deeds import with_shared_verbs, without_other_deeds
from eventdesk.components.triggers import Clause

# "Mission condemns killing near Nwonko and is concerned by reports that women were raped in
# Kawuri": the joined verb "is" shares the subject; "raped", under "reports", has its own
CONCERNED = dict(
    words=["Mission", "condemns", "killing", "near", "Nwonko", "and", "is", "concerned", "by",
           "reports", "that", "women", "were", "raped", "in", "Kawuri"],
    heads=[1, 1, 1, 2, 3, 1, 1, 6, 7, 8, 13, 13, 13, 9, 13, 14],
    deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "acomp", "prep", "pobj",
          "mark", "nsubjpass", "auxpass", "acl", "prep", "pobj"],
    pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "AUX", "ADJ", "ADP", "NOUN",
         "SCONJ", "NOUN", "AUX", "VERB", "ADP", "PROPN"])

# "Gunmen killed civilians near Nwonko, and women were raped in Kawuri": two deeds joined
JOINED = dict(
    words=["Gunmen", "killed", "civilians", "near", "Nwonko", ",", "and", "women", "were",
           "raped", "in", "Kawuri"],
    heads=[1, 1, 1, 1, 3, 1, 1, 9, 9, 1, 9, 10],
    deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "cc", "nsubjpass", "auxpass",
          "conj", "prep", "pobj"],
    pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "CCONJ", "NOUN", "AUX", "VERB",
         "ADP", "PROPN"])


def test_a_joined_verb_shares_its_phrases_but_not_a_clause_with_a_subject_of_its_own(parsed):
    doc = parsed(**CONCERNED)
    clause = Clause(root=doc[1], tokens=list(doc[:6]), sent=doc[:])
    words = {t.text for t in with_shared_verbs(clause).tokens}
    assert {"concerned", "reports"} <= words
    assert not {"raped", "Kawuri"} & words


def test_another_deeds_clause_is_left_out_of_the_sentences_places(parsed):
    doc = parsed(**JOINED)
    killed = Clause(root=doc[1], tokens=list(doc[:7]), sent=doc[:])
    assert [t.text for t in without_other_deeds(list(doc), killed)][-3:] == ["Nwonko", ",",
                                                                            "and"]
    # the deed's own clause keeps its words, and the clause it hangs on
    raped = Clause(root=doc[9], tokens=list(doc[7:]), sent=doc[:])
    assert len(without_other_deeds(list(doc), raped)) == len(doc)


@pytest.fixture
def reader(tiny_gazetteer):
    return NameReader(tiny_gazetteer, MentionJudge(tiny_gazetteer))


@pytest.mark.parametrize("words, expected", [
    ("Gunmen killed ten civilians in villages near Nwonko .", ("Nwonko", 7)),
    ("Gunmen killed ten civilians in villages near the border .", None),  # no name
])
def test_a_name_the_index_lacks_after_near_is_the_clauses_unknown_town(reader, parsed, words,
                                                                       expected):
    tokens = words.split()
    doc = parsed(words=tokens, heads=list(range(len(tokens))), deps=["dep"] * len(tokens),
                 pos=["PROPN" if w[0].isupper() else "NOUN" for w in tokens])
    clause = Clause(root=doc[1], tokens=list(doc), sent=doc[:])
    assert reader.unknown_town_name(doc, clause) == expected


def test_a_when_clause_tells_the_same_incident_and_keeps_its_places(parsed):
    # "Ten were killed when gunmen attacked Nwonko": the attack is the killing's scene
    doc = parsed(words=["Ten", "were", "killed", "when", "gunmen", "attacked", "Nwonko"],
                 heads=[2, 2, 2, 5, 5, 2, 5],
                 deps=["nsubjpass", "auxpass", "ROOT", "advmod", "nsubj", "advcl", "dobj"],
                 pos=["NUM", "AUX", "VERB", "SCONJ", "NOUN", "VERB", "PROPN"])
    killed = Clause(root=doc[2], tokens=list(doc[:3]), sent=doc[:])
    assert len(without_other_deeds(list(doc), killed)) == len(doc)



def test_a_town_the_report_calls_one_is_the_clauses_unknown_town_after_out_of(reader, parsed):
    # "Rebels seized the town of Nwonko . Troops drove them out of Nwonko ."
    tokens = "Rebels seized the town of Nwonko . Troops drove them out of Nwonko .".split()
    doc = parsed(words=tokens, heads=list(range(len(tokens))), deps=["dep"] * len(tokens),
                 pos=["PROPN" if w[0].isupper() else "NOUN" for w in tokens])
    clause = Clause(root=doc[8], tokens=list(doc[7:]), sent=doc[7:])
    assert reader.unknown_town_name(doc, clause) == ("Nwonko", 12)
    # a name the report never calls a town is not read after "out of"
    other = parsed(words=tokens[:5] + ["Kawuri"] + tokens[6:],
                   heads=list(range(len(tokens))), deps=["dep"] * len(tokens),
                   pos=["PROPN" if w[0].isupper() else "NOUN" for w in tokens])
    assert reader.unknown_town_name(other, Clause(root=other[8], tokens=list(other[7:]),
                                                  sent=other[7:])) is None


def test_a_verb_joined_with_a_subject_of_its_own_is_not_the_clauses_own(parsed):
    from eventdesk.components.events.placing.deeds import own_verb

    # "Gunmen killed civilians near Nwonko, and women were raped in Kawuri": the country or
    # town on "raped" is another victim's deed, not the killing's scene
    doc = parsed(**JOINED)
    clause = Clause(root=doc[1], tokens=list(doc), sent=doc[:])
    assert not own_verb(doc[9], clause)
    # "Gunmen captured him and killed him in Iraq": one subject, one deed's verbs
    doc = parsed(["Gunmen", "captured", "him", "and", "killed", "him", "in", "Iraq"],
                 [1, 1, 1, 1, 1, 4, 4, 6],
                 ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "prep", "pobj"],
                 pos=["NOUN", "VERB", "PRON", "CCONJ", "VERB", "PRON", "ADP", "PROPN"])
    clause = Clause(root=doc[1], tokens=list(doc), sent=doc[:])
    assert own_verb(doc[4], clause)


@pytest.mark.parametrize("words, expected", [
    # spaCy makes a doubled space a token of its own: no word between "near" and its name
    (["Gunmen", "killed", "ten", "civilians", "in", "villages", "near", " ", "Nwonko", "."],
     ("Nwonko", 8)),
    (["Gunmen", "killed", "ten", "civilians", "in", " ", "the", "Nwonko", "forest", "."],
     ("Nwonko", 7)),
])
def test_the_clauses_unknown_town_is_read_over_a_doubled_space(reader, parsed, words,
                                                                expected):
    doc = parsed(words=words, heads=list(range(len(words))), deps=["dep"] * len(words),
                 pos=["PROPN" if w[0].isupper() else "NOUN" for w in words])
    doc._.places, doc._.actors = [], []
    assert doc[words.index(" ")].is_space
    clause = Clause(root=doc[1], tokens=list(doc), sent=doc[:])
    assert reader.unknown_town_name(doc, clause) == expected


def test_an_unknown_place_near_an_unknown_town_is_read_over_a_doubled_space(reader, parsed):
    # "a base at Zilkan,  near Bashiqa": neither known, any town of the report a guess
    words = ["Troops", "shelled", "a", "base", "at", "Zilkan", ",", " ", "near", "Bashiqa"]
    doc = parsed(words=words, heads=list(range(len(words))), deps=["dep"] * len(words))
    doc._.places, doc._.countries = [], []
    assert reader.unknown_near_unknown(doc, Clause(root=doc[1], tokens=list(doc),
                                                   sent=doc[:]))


# "Gunmen killed four policemen in Kandahar, while in Helmand a bomb wounded two soldiers"
WHILE_IN = dict(
    words=["Gunmen", "killed", "four", "policemen", "in", "Kandahar", ",", "while", "in",
           "Helmand", "a", "bomb", "wounded", "two", "soldiers"],
    heads=[1, 1, 3, 1, 1, 4, 1, 12, 12, 8, 11, 12, 1, 14, 12],
    deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj", "punct", "mark", "prep", "pobj",
          "det", "nsubj", "advcl", "nummod", "dobj"],
    pos=["NOUN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "PUNCT", "SCONJ", "ADP", "PROPN",
         "DET", "NOUN", "VERB", "NUM", "NOUN"])

# "Militants bombed a market, while saboteurs hit a pipeline a day earlier"
WHILE_EARLIER = dict(
    words=["Militants", "bombed", "a", "market", ",", "while", "saboteurs", "hit", "a",
           "pipeline", "a", "day", "earlier"],
    heads=[1, 1, 3, 1, 1, 7, 7, 1, 9, 7, 11, 12, 7],
    deps=["nsubj", "ROOT", "det", "dobj", "punct", "mark", "nsubj", "advcl", "det", "dobj",
          "det", "npadvmod", "advmod"],
    pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "SCONJ", "NOUN", "VERB", "DET", "NOUN",
         "DET", "NOUN", "ADV"])


def _with_places(doc, *indices):
    from eventdesk.geo.candidates import PlaceMention
    doc._.places = [PlaceMention(i, i + 1, doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text,
                                 []) for i in indices]
    return doc


def test_a_while_clause_opening_on_a_place_of_its_own_is_another_deed(parsed):
    from eventdesk.components.events.placing.deeds import (
        same_incident_tokens,
        tells_another_event,
    )
    doc = _with_places(parsed(**WHILE_IN), 5, 9)
    assert tells_another_event(doc[12])
    clause = Clause(root=doc[1], tokens=list(doc[:7]), sent=doc[:])
    assert "Helmand" not in {t.text for t in same_incident_tokens(doc[:], clause)}
    # "while in custody, ...": no place of its own, the same incident's moment
    assert not tells_another_event(_with_places(parsed(**WHILE_IN), 5)[12])


def test_a_while_clause_dated_apart_is_another_deed(parsed):
    from eventdesk.components.events.placing.deeds import tells_another_event
    assert tells_another_event(_with_places(parsed(**WHILE_EARLIER))[7])
    undated = {key: value[:10] for key, value in WHILE_EARLIER.items()}
    assert not tells_another_event(_with_places(parsed(**undated))[7])


def test_a_clause_that_tells_its_place_by_kind_alone(parsed):
    from eventdesk.components.events.placing.deeds import tells_an_unnamed_place

    # "a bomb killed ten in a southern town": 0 bomb 1 killed 2 ten 3 in 4 a 5 southern 6 town
    def doc(det, extra=()):
        words = ["bomb", "killed", "ten", "in", det, "southern", "town", *extra]
        heads = [1, 1, 1, 1, 6, 6, 3] + ([6, 7][:len(extra)])
        deps = ["nsubj", "ROOT", "dobj", "prep", "det", "amod", "pobj"] + (
            ["prep", "pobj"][:len(extra)])
        d = parsed(words, heads, deps, pos=["NOUN", "VERB", "NUM", "ADP", "DET", "ADJ",
                                            "NOUN"] + ["ADP", "PROPN"][:len(extra)])
        return Clause(root=d[1], tokens=list(d), sent=d[:])
    assert tells_an_unnamed_place(doc("a"))
    # controls: "the town" refers back to one named; "a town near Baghdad" is named by its
    # landmark
    assert not tells_an_unnamed_place(doc("the"))
    assert not tells_an_unnamed_place(doc("a", ("near", "Baghdad")))
def test_a_joined_verb_whose_subject_was_parsed_as_a_list_item_keeps_its_place(parsed):
    # "Police shot a man on Monday and agents captured his brother in Kawuri": "agents"
    # parsed as joined to "Monday" is still the subject of "captured", another deed
    doc = parsed(words=["Police", "shot", "a", "man", "on", "Monday", "and", "agents",
                        "captured", "his", "brother", "in", "Kawuri"],
                 heads=[1, 1, 3, 1, 1, 4, 5, 5, 1, 10, 8, 8, 11],
                 deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "cc", "conj", "conj",
                       "poss", "dobj", "prep", "pobj"],
                 pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "NOUN", "VERB",
                      "PRON", "NOUN", "ADP", "PROPN"])
    clause = Clause(root=doc[1], tokens=list(doc[:8]), sent=doc[:])
    assert "Kawuri" not in {t.text for t in with_shared_verbs(clause).tokens}
    # "shot and captured his brother in Kawuri": a joined verb with no subject shares it
    doc = parsed(words=["Police", "shot", "and", "captured", "his", "brother", "in", "Kawuri"],
                 heads=[1, 1, 1, 1, 5, 3, 3, 6],
                 deps=["nsubj", "ROOT", "cc", "conj", "poss", "dobj", "prep", "pobj"],
                 pos=["NOUN", "VERB", "CCONJ", "VERB", "PRON", "NOUN", "ADP", "PROPN"])
    clause = Clause(root=doc[1], tokens=list(doc[:3]), sent=doc[:])
    assert "Kawuri" in {t.text for t in with_shared_verbs(clause).tokens}
