"""A deed whose subject is no one ("no one was killed", "none of them were hurt") is
negated (happened/no_one.py); the toll of none still joins the deed it completes."""

import pytest

import eventdesk
from eventdesk.components.events.happened.no_one import negative_subject


@pytest.mark.parametrize(("words", "heads", "deps", "verb"), [
    # No one was killed .
    (["No", "one", "was", "killed", "."], [1, 3, 3, 3, 3],
     ["det", "nsubjpass", "auxpass", "ROOT", "punct"], 3),
    # Nobody was hurt .
    (["Nobody", "was", "hurt", "."], [2, 2, 2, 2], ["nsubjpass", "auxpass", "ROOT", "punct"], 2),
    # None of the guards were injured
    (["None", "of", "the", "guards", "were", "injured"], [5, 0, 3, 1, 5, 5],
     ["nsubjpass", "prep", "det", "pobj", "auxpass", "ROOT"], 5),
    # No civilians were killed or wounded: the joined verb shares the subject
    (["No", "civilians", "were", "killed", "or", "wounded"], [1, 3, 3, 3, 3, 3],
     ["det", "nsubjpass", "auxpass", "ROOT", "cc", "conj"], 5),
])
def test_a_subject_that_is_no_one_negates_the_verb(parsed, words, heads, deps, verb):
    doc = parsed(words, heads, deps, pos=["VERB" if d in ("ROOT", "conj") else "NOUN"
                                          for d in deps])
    assert negative_subject(doc[verb])


@pytest.mark.parametrize(("words", "heads", "deps"), [
    # Two guards were killed
    (["Two", "guards", "were", "killed"], [1, 3, 3, 3], ["nummod", "nsubjpass", "auxpass", "ROOT"]),
    # One was killed
    (["One", "was", "killed"], [2, 2, 2], ["nsubjpass", "auxpass", "ROOT"]),
])
def test_a_subject_that_is_someone_does_not(parsed, words, heads, deps):
    doc = parsed(words, heads, deps, pos=["VERB" if d == "ROOT" else "NOUN" for d in deps])
    assert not negative_subject(doc[len(words) - 1])


def _events(text):
    return [(e.sub_event_type, e.fatalities)
            for e in eventdesk.extract(text, published="2024-08-14") if e.location]


@pytest.mark.slow
def test_no_one_killed_after_shots_in_the_air_is_no_attack():
    assert _events("Masked men fired into the air outside the market in Kano on Friday; no "
                   "one was killed.") == []


@pytest.mark.slow
@pytest.mark.parametrize("toll", ["No one was killed.", "Nobody was killed.",
                                  "No civilians were killed, police said."])
def test_the_toll_of_none_joins_the_attack_it_follows(toll):
    assert _events(f"Gunmen attacked a village near Kano on Friday. {toll}") == [("Attack", 0)]


@pytest.mark.slow
def test_none_hurt_beside_a_deed_of_the_clause_keeps_the_deed():
    # the joined active verb is the soldiers' own: "none" is only the harm word's subject
    assert _events("None of the soldiers were hurt and returned fire, killing three militants "
                   "who had attacked their post near Kano on Friday.") == [("Armed clash", 3)]


@pytest.mark.slow
def test_no_one_killed_or_hurt_stays_negated():
    assert _events("No one was killed or hurt when masked men fired into the air near Kano "
                   "on Friday.") == []
