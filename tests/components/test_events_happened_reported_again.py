"""A deed told before, named again as what another source reported or confirmed: the event
retold, not a second one (issue 8: records of one incident told twice); but a lede that
opens on that shape is the report's first telling."""

import pytest

import eventdesk
from eventdesk.components.events.happened.reported_again import (
    maybe_first_telling,
    reported_again,
    retold_by_a_source,
)
from eventdesk.components.triggers import Clause, TriggerMatch


def _reported(parsed, verb, lemma, article):
    """"Two agencies also <verb> <article> raid, quoting officials who said nine gunmen
    died" as a hand-built parse."""
    words = ["Two", "agencies", "also", verb, article, "raid", ",", "quoting", "officials",
             "who", "said", "nine", "gunmen", "died"]
    doc = parsed(words, [1, 3, 3, 3, 5, 3, 3, 3, 7, 10, 8, 12, 13, 10],
                 ["nummod", "nsubj", "advmod", "ROOT", "det", "dobj", "punct", "advcl", "dobj",
                  "nsubj", "relcl", "nummod", "nsubj", "ccomp"],
                 lemmas=["two", "agency", "also", lemma, article, "raid", ",", "quote",
                         "official", "who", "say", "nine", "gunman", "die"])
    doc._.triggers = [TriggerMatch(5, 6, "attack", "raid"),
                      TriggerMatch(13, 14, "kill", "died")]
    return doc, Clause(root=doc[3], tokens=list(doc[:14]), sent=doc[:],
                       triggers=list(doc._.triggers))


def test_a_deed_named_again_as_what_a_source_reported_retells_it(parsed):
    """"Two agencies also recounted the raid, quoting officials who said nine gunmen died":
    the raid told before, in another source's words (its toll with it); not "a raid"
    reported, told anew, nor the raid as what a side "carried out"."""
    assert retold_by_a_source(*_reported(parsed, "recounted", "recount", "the"))
    assert retold_by_a_source(*_reported(parsed, "confirmed", "confirm", "those"))
    assert not retold_by_a_source(*_reported(parsed, "recounted", "recount", "a"))
    assert not retold_by_a_source(*_reported(parsed, "launched", "launch", "the"))


def test_a_deed_only_retold_may_yet_be_the_first_telling(parsed):
    """Named again only as what a source confirmed: the coder keeps it when nothing of its
    kind was told before it (a lede); a deed launched is no such naming."""
    assert maybe_first_telling(*_reported(parsed, "confirmed", "confirm", "the"))
    assert not maybe_first_telling(*_reported(parsed, "launched", "launch", "the"))


def test_a_deed_reported_with_a_name_or_a_day_of_its_own_may_be_another(parsed):
    """"Police confirmed the raid on Kodo village": the deed told with a name of its own
    may be another incident, so it is not read as one named again."""
    words = ["Police", "confirmed", "the", "raid", "on", "Kodo", "village"]
    doc = parsed(words, [1, 1, 3, 1, 3, 6, 4],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj"],
                 lemmas=["police", "confirm", "the", "raid", "on", "Kodo", "village"],
                 pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "NOUN"])
    assert not reported_again(doc[3])


@pytest.mark.slow
def test_a_lede_on_a_confirmed_deed_stays_an_event():
    """A lede (or a report of one sentence) that opens on "the army confirmed the ambush,
    saying seven rebels died": the report's first telling, an event; told after a clash,
    the same words retell it."""
    pipeline = eventdesk.load()
    lede = ("VELMORA, March 3 (Agency) - The Zambian army confirmed the ambush, saying seven "
            "rebels died.")
    for text in (lede, lede + " Officers said the rebels had fled into the hills."):
        assert pipeline.extract_text(text, published="2024-03-04", doc_id="lede"), text
    told = ("Rebels ambushed an army convoy near Kasama, Zambia, on Sunday, killing two "
            "soldiers. The Zambian army confirmed the ambush, saying seven rebels died.")
    assert len(pipeline.extract_text(told, published="2024-03-04", doc_id="told")) == 1

