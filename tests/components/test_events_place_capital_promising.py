"""A capital that promises or vows is its government (issue 8: "Bamako and Moscow have
promised revenge" set the scene of the next deed at Bamako, then at Moscow); a capital
joined to the subject of a saying is a government too; a town that is no capital is not."""

from types import SimpleNamespace

import pytest


def _named(doc, i):
    return SimpleNamespace(start=i, end=i + 1, text=doc[i].text)


@pytest.mark.parametrize(("verb", "lemma"), [("promised", "promise"), ("vowed", "vow"),
                                             ("pledged", "pledge")])
def test_a_capital_promising_is_its_government(parsed, verb, lemma):
    from eventdesk.components.events.place_mentions.actors import names_an_actor

    # "Nairobi vowed to retaliate": 0 Nairobi 1 vowed 2 to 3 retaliate
    doc = parsed(["Nairobi", verb, "to", "retaliate"], [1, 1, 3, 1],
                 ["nsubj", "ROOT", "aux", "xcomp"], pos=["PROPN", "VERB", "PART", "VERB"],
                 lemmas=["Nairobi", lemma, "to", "retaliate"])
    assert names_an_actor(doc, _named(doc, 0))


def test_a_capital_joined_to_a_speaking_capital_is_a_government(parsed):
    from eventdesk.components.events.place_mentions.actors import names_an_actor

    # "Nairobi and Kampala denied it": 0 Nairobi 1 and 2 Kampala 3 denied 4 it
    doc = parsed(["Nairobi", "and", "Kampala", "denied", "it"], [3, 0, 0, 3, 3],
                 ["nsubj", "cc", "conj", "ROOT", "dobj"],
                 pos=["PROPN", "CCONJ", "PROPN", "VERB", "PRON"],
                 lemmas=["Nairobi", "and", "Kampala", "deny", "it"])
    assert names_an_actor(doc, _named(doc, 0))
    assert names_an_actor(doc, _named(doc, 2))


def test_a_town_that_is_no_capital_promising_is_no_government(parsed):
    from eventdesk.components.events.place_mentions.actors import names_an_actor

    doc = parsed(["Homs", "promised", "revenge"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                 pos=["PROPN", "VERB", "NOUN"], lemmas=["Homs", "promise", "revenge"])
    assert not names_an_actor(doc, _named(doc, 0))
