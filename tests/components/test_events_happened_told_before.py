"""An event told before, named again (happened/told_before.py): a deed told in a claim of a
deed named with "the" is that deed."""

from eventdesk.components.events.happened.told_before import told_in_a_claim
from eventdesk.components.triggers import Clause, TriggerMatch


def test_a_deed_told_in_a_claim_of_a_deed_named_again_is_that_deed(parsed):
    """"The group claimed the attack, saying its fighters had killed 14 soldiers": the
    killing told under the claim of "the attack" is that attack in the claimant's words;
    with "an attack" claimed, or no claim ("said its fighters had killed"), it is not."""
    def killing(article, verb):
        words = ["The", "group", verb, article, "attack", ",", "saying", "its", "fighters",
                 "had", "killed", "14", "soldiers"]
        doc = parsed(words, [1, 2, 2, 4, 2, 2, 2, 8, 10, 10, 6, 12, 10],
                     ["det", "nsubj", "ROOT", "det", "dobj", "punct", "advcl", "poss", "nsubj",
                      "aux", "ccomp", "nummod", "dobj"],
                     lemmas=["the", "group", {"claimed": "claim", "said": "say"}[verb],
                             article, "attack", ",", "say", "its", "fighter", "have", "kill",
                             "14", "soldier"])
        doc._.triggers = [TriggerMatch(4, 5, "attack", "attack"),
                          TriggerMatch(10, 11, "kill", "killed")]
        return doc, Clause(root=doc[10], tokens=list(doc[7:13]), sent=doc[:],
                           triggers=[doc._.triggers[1]])

    assert told_in_a_claim(*killing("the", "claimed"))
    assert not told_in_a_claim(*killing("an", "claimed"))
    assert not told_in_a_claim(*killing("the", "said"))
