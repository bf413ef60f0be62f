"""A deed told before, named again as what another source reported or confirmed: the event
retold, not a second one (issue 8: records of one incident told twice)."""

from eventdesk.components.events.happened.reported_again import (
    reported_again,
    retold_by_a_source,
)
from eventdesk.components.triggers import Clause, TriggerMatch


def _reported(parsed, verb, lemma, article):
    """"Two agencies also <verb> <article> raid, citing officials who said nine gunmen
    were killed" as a hand-built parse."""
    words = ["Two", "agencies", "also", verb, article, "raid", ",", "citing", "officials",
             "who", "said", "nine", "gunmen", "were", "killed"]
    doc = parsed(words, [1, 3, 3, 3, 5, 3, 3, 3, 7, 10, 8, 12, 14, 14, 10],
                 ["nummod", "nsubj", "advmod", "ROOT", "det", "dobj", "punct", "advcl", "dobj",
                  "nsubj", "relcl", "nummod", "nsubjpass", "auxpass", "ccomp"],
                 lemmas=["two", "agency", "also", lemma, article, "raid", ",", "cite",
                         "official", "who", "say", "nine", "gunman", "be", "kill"])
    doc._.triggers = [TriggerMatch(5, 6, "attack", "raid"),
                      TriggerMatch(14, 15, "kill", "killed")]
    return doc, Clause(root=doc[3], tokens=list(doc[:15]), sent=doc[:],
                       triggers=list(doc._.triggers))


def test_a_deed_named_again_as_what_a_source_reported_retells_it(parsed):
    """"Two agencies also reported the raid, citing officials who said nine gunmen were
    killed": the raid told before, in another source's words (its toll with it); not "a
    raid" reported, told anew, nor the raid as what a side "carried out"."""
    assert retold_by_a_source(*_reported(parsed, "reported", "report", "the"))
    assert retold_by_a_source(*_reported(parsed, "confirmed", "confirm", "the"))
    assert not retold_by_a_source(*_reported(parsed, "reported", "report", "a"))
    assert not retold_by_a_source(*_reported(parsed, "launched", "launch", "the"))


def test_a_deed_reported_with_a_name_or_a_day_of_its_own_may_be_another(parsed):
    """"Police confirmed the raid on Kodo village": the deed told with a name of its own
    may be another incident, so it is not read as one named again."""
    words = ["Police", "confirmed", "the", "raid", "on", "Kodo", "village"]
    doc = parsed(words, [1, 1, 3, 1, 3, 6, 4],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj"],
                 lemmas=["police", "confirm", "the", "raid", "on", "Kodo", "village"],
                 pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "NOUN"])
    assert not reported_again(doc[3])
