"""Whether two names are items of one list (placing/listed_unknown.py `listed_together`),
read on hand-built parses: joined by "and" directly or through the words carrying each name,
not through a comma alone nor through a route's "between"."""

from eventdesk.components.events.placing.listed_unknown import listed_together


def test_names_carried_by_their_own_place_words_are_one_list(parsed):
    # shelled the outskirts of X and the town of Y
    doc = parsed(["shelled", "the", "outskirts", "of", "X", "and", "the", "town", "of", "Y"],
                 [0, 2, 0, 2, 3, 4, 7, 4, 7, 8],
                 ["ROOT", "det", "dobj", "prep", "pobj", "cc", "det", "conj", "prep", "pobj"],
                 pos=["VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "ADP",
                      "PROPN"])
    assert listed_together(doc[4], doc[9])
    assert listed_together(doc[9], doc[4])


def test_a_comma_alone_joins_no_list(parsed):
    # in X, Y (the second says where the first lies)
    doc = parsed(["in", "X", ",", "Y"], [0, 0, 1, 1], ["ROOT", "pobj", "punct", "conj"],
                 pos=["ADP", "PROPN", "PUNCT", "PROPN"])
    assert not listed_together(doc[3], doc[1])


def test_a_routes_ends_are_no_list(parsed):
    # the road between X and Y
    doc = parsed(["road", "between", "X", "and", "Y"], [0, 0, 1, 2, 2],
                 ["ROOT", "prep", "pobj", "cc", "conj"],
                 pos=["NOUN", "ADP", "PROPN", "CCONJ", "PROPN"])
    assert not listed_together(doc[4], doc[2])
    # and "X and Y" is
    doc = parsed(["in", "X", "and", "Y"], [0, 0, 1, 1], ["ROOT", "pobj", "cc", "conj"],
                 pos=["ADP", "PROPN", "CCONJ", "PROPN"])
    assert listed_together(doc[3], doc[1])


def test_a_place_named_beside_another_is_no_list_item(parsed):
    # at X near Y and Z (Y says where X lies; only Y and Z are listed)
    doc = parsed(["at", "X", "near", "Y", "and", "Z"], [0, 0, 1, 2, 3, 3],
                 ["ROOT", "pobj", "prep", "pobj", "cc", "conj"],
                 pos=["ADP", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN"])
    assert not listed_together(doc[5], doc[1])
    assert listed_together(doc[5], doc[3])
