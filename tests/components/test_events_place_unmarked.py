"""A sentence that names no place of the event's own gives none (issue 9, "coordinates when
no place is marked"): a capital blamed, dealt with or sided with is a government; "the
capital city of X" refers back to nothing; an office's reach runs through an owner; and a
place the sentence names only in what a person it describes says is not the scene."""

from types import SimpleNamespace

import pytest


def _named(doc, i, n=1):
    return SimpleNamespace(start=i, end=i + n, text=doc[i:i + n].text)


def _clause(doc, root, ids):
    from eventdesk.components.triggers import Clause
    return Clause(root=doc[root], tokens=[doc[i] for i in ids], sent=doc[:], triggers=[])


def test_a_capital_blamed_or_dealt_with_is_its_government(parsed):
    from eventdesk.components.events.place_mentions.actors import names_an_actor

    # "demonstrated , slamming Washington"
    slam = parsed(["demonstrated", "slamming", "Washington"], [0, 0, 1],
                  ["ROOT", "advcl", "dobj"], pos=["VERB", "VERB", "PROPN"],
                  lemmas=["demonstrate", "slam", "washington"])
    assert names_an_actor(slam, _named(slam, 2))
    # control: "visited Washington" is a place gone to, not a government
    visit = parsed(["demonstrated", "visiting", "Washington"], [0, 0, 1],
                   ["ROOT", "advcl", "dobj"], pos=["VERB", "VERB", "PROPN"],
                   lemmas=["demonstrate", "visit", "washington"])
    assert not names_an_actor(visit, _named(visit, 2))
    # "relations with Beijing"; control: "clashes with Homs"
    ties = parsed(["relations", "with", "Beijing"], [0, 0, 1], ["ROOT", "prep", "pobj"],
                  pos=["NOUN", "ADP", "PROPN"])
    assert names_an_actor(ties, _named(ties, 2))
    clash = parsed(["clashes", "with", "Homs"], [0, 0, 1], ["ROOT", "prep", "pobj"],
                   pos=["NOUN", "ADP", "PROPN"], lemmas=["clash", "with", "homs"])
    assert not names_an_actor(clash, _named(clash, 2))
    # "Tokyo 's hardline approach"; control: "Tokyo 's streets"
    approach = parsed(["Tokyo", "'s", "hardline", "approach"], [3, 0, 3, 3],
                      ["poss", "case", "amod", "ROOT"], pos=["PROPN", "PART", "ADJ", "NOUN"])
    assert names_an_actor(approach, _named(approach, 0))
    streets = parsed(["Tokyo", "'s", "streets"], [2, 0, 2], ["poss", "case", "ROOT"],
                     pos=["PROPN", "PART", "NOUN"], lemmas=["tokyo", "'s", "street"])
    assert not names_an_actor(streets, _named(streets, 0))


@pytest.mark.parametrize("words", [["pro-", "Pyongyang", "Koreans"],
                                   ["pro", "-", "Pyongyang", "Koreans"],
                                   ["anti-", "Pyongyang", "Koreans"]])
def test_a_capital_sided_with_is_its_government(parsed, words):
    from eventdesk.components.events.place_mentions.actors import names_an_actor

    n = len(words)
    doc = parsed(words, [n - 1] * n, ["amod"] * (n - 2) + ["nmod", "ROOT"],
                 pos=["ADJ"] * (n - 2) + ["PROPN", "PROPN"])
    assert names_an_actor(doc, _named(doc, n - 2))


def test_a_capital_after_a_plain_word_is_no_side_taken(parsed):
    from eventdesk.components.events.place_mentions.actors import names_an_actor

    doc = parsed(["ethnic", "Pyongyang", "Koreans"], [2, 2, 2], ["amod", "nmod", "ROOT"],
                 pos=["ADJ", "PROPN", "PROPN"])
    assert not names_an_actor(doc, _named(doc, 1))


def test_an_offices_reach_through_an_owner(parsed):
    from eventdesk.components.events.place_mentions import names_an_office

    # "superintendent of Narathiwat 's Sungai Kolok district"
    office = parsed(["superintendent", "of", "Narathiwat", "'s", "district"], [0, 0, 4, 2, 1],
                    ["ROOT", "prep", "poss", "case", "pobj"],
                    pos=["NOUN", "ADP", "PROPN", "PART", "NOUN"])
    assert names_an_office(office[2], _clause(office, 0, [0]))
    # control: "Narathiwat 's district" with no office
    plain = parsed(["in", "Narathiwat", "'s", "district"], [0, 3, 1, 0],
                   ["ROOT", "poss", "case", "pobj"], pos=["ADP", "PROPN", "PART", "NOUN"])
    assert not names_an_office(plain[1], _clause(plain, 0, [0]))


def test_the_capital_city_of_a_name_refers_back_to_nothing(parsed):
    from eventdesk.components.events.placing import town_anaphor

    named = parsed(["marched", "to", "the", "capital", "city", "of", "Manila"],
                   [0, 0, 4, 4, 1, 4, 5],
                   ["ROOT", "prep", "det", "compound", "pobj", "prep", "pobj"],
                   pos=["VERB", "ADP", "DET", "NOUN", "NOUN", "ADP", "PROPN"])
    assert town_anaphor(named, _clause(named, 0, range(7))) is None
    # control: "marched in the capital" refers back to the country's capital
    bare = parsed(["marched", "in", "the", "capital"], [0, 0, 3, 1],
                  ["ROOT", "prep", "det", "pobj"], pos=["VERB", "ADP", "DET", "NOUN"])
    assert town_anaphor(bare, _clause(bare, 0, range(4))).i == 3


def _tagged(doc, tags):
    for tok, tag in zip(doc, tags, strict=True):
        tok.tag_ = tag
    return doc


def test_a_place_in_what_someone_described_says_is_told_aside(parsed):
    from eventdesk.components.events.placing import told_aside

    # "demonstrated for the governor who says rebels marched on Lubumbashi"
    says = _tagged(parsed(["demonstrated", "governor", "who", "says", "rebels", "marched", "on",
                           "Lubumbashi"], [0, 0, 3, 1, 5, 3, 5, 6],
                          ["ROOT", "dobj", "nsubj", "relcl", "nsubj", "ccomp", "prep", "pobj"],
                          pos=["VERB", "NOUN", "PRON", "VERB", "NOUN", "VERB", "ADP", "PROPN"],
                          lemmas=["demonstrate", "governor", "who", "say", "rebel", "march",
                                  "on", "lubumbashi"]),
                   ["VBD", "NN", "WP", "VBZ", "NNS", "VBD", "IN", "NNP"])
    assert told_aside(says[7], _clause(says, 0, [0, 1]))
    # control: "captured rebels who they said were planning bombings in Istanbul": what the
    # source says of the event's own actors
    source = _tagged(parsed(["captured", "rebels", "who", "they", "said", "were", "planning",
                             "bombings", "in", "Istanbul"], [0, 0, 6, 4, 1, 6, 4, 6, 7, 8],
                            ["ROOT", "dobj", "nsubj", "nsubj", "relcl", "aux", "ccomp", "dobj",
                             "prep", "pobj"],
                            pos=["VERB", "NOUN", "PRON", "PRON", "VERB", "AUX", "VERB", "NOUN",
                                 "ADP", "PROPN"],
                            lemmas=["capture", "rebel", "who", "they", "say", "be", "plan",
                                    "bombing", "in", "istanbul"]),
                     ["VBD", "NNS", "WP", "PRP", "VBD", "VBD", "VBG", "NNS", "IN", "NNP"])
    assert not told_aside(source[9], _clause(source, 0, [0, 1]))
    # control: "launched an offensive to capture Jarabulus": an aim is coded at its place
    aim = _tagged(parsed(["launched", "offensive", "to", "capture", "Jarabulus"],
                         [0, 0, 3, 1, 3], ["ROOT", "dobj", "aux", "acl", "dobj"],
                         pos=["VERB", "NOUN", "PART", "VERB", "PROPN"]),
                  ["VBD", "NN", "TO", "VB", "NNP"])
    assert not told_aside(aim[4], _clause(aim, 0, [0, 1]))
