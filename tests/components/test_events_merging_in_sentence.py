"""A bare death clause joins the event beside it (merging/in_sentence.py), but not a
war's history told in a relative clause on the war, nor a protest when it is the toll of a
thing the protest names."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events.merging.in_sentence import fold_weak_clauses
from eventdesk.components.triggers import Clause, TriggerMatch

# "160,000 people have been killed in the conflict, which grew out of protests against
# the government"
WORDS = ["160,000", "people", "have", "been", "killed", "in", "the", "conflict", ",", "which",
         "grew", "out", "of", "protests", "against", "the", "government"]
HEADS = [1, 4, 4, 4, 4, 4, 7, 5, 7, 10, 7, 10, 11, 12, 13, 16, 14]
DEPS = ["nummod", "nsubjpass", "aux", "auxpass", "ROOT", "prep", "det", "pobj", "punct",
        "nsubj", "relcl", "prep", "prep", "pobj", "prep", "det", "pobj"]
POS = ["NUM", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB",
       "ADP", "ADP", "NOUN", "ADP", "DET", "NOUN"]


def _fold(parsed, words):
    doc = parsed(words, HEADS, DEPS, pos=POS)
    deaths = Clause(root=doc[4], tokens=list(doc[:9]), sent=doc[:],
                    triggers=[TriggerMatch(4, 5, "kill", "killed")])
    relative = Clause(root=doc[10], tokens=list(doc[9:]), sent=doc[:],
                      triggers=[TriggerMatch(13, 14, "protest", "protests")])
    strong = [relative]
    fold_weak_clauses([deaths, relative], strong)
    return deaths, relative, strong


def test_deaths_do_not_take_the_type_of_how_the_war_began(parsed):
    """The relative clause on "the conflict" tells the war's origin: the deaths are not
    its protest's (they would be coded excessive force against protesters)."""
    deaths, relative, strong = _fold(parsed, WORDS)
    assert strong == [relative, deaths]
    assert relative.tokens[0].i == 9


def test_deaths_in_a_place_a_relative_clause_tells_of_are_its_toll(parsed):
    """Control: "killed in the village, which rose up in protests against the government":
    the relative clause on a place may tell the deed the deaths belong to; the toll folds
    into it."""
    words = [*WORDS[:7], "village", *WORDS[8:10], "rose", "up", "in", *WORDS[13:]]
    deaths, relative, strong = _fold(parsed, words)
    assert strong == [relative]
    assert relative.tokens[0].i == 0


# "Protesters marched against the operation, which left 110 people dead"
PROTEST_HEADS = [1, 1, 1, 4, 2, 4, 7, 4, 9, 7, 7]
PROTEST_DEPS = ["nsubj", "ROOT", "prep", "det", "pobj", "punct", "nsubj", "relcl", "nummod",
                "dobj", "oprd"]
PROTEST_POS = ["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB", "NUM", "NOUN",
               "ADJ"]


def _fold_into_protest(parsed, words, heads, deps, pos, death):
    doc = parsed(words, heads, deps, pos=pos)
    protest = Clause(root=doc[1], tokens=list(doc[:6]), sent=doc[:],
                     triggers=[TriggerMatch(1, 2, "protest", words[1])])
    deaths = Clause(root=doc[death], tokens=list(doc[6:]), sent=doc[:],
                    triggers=[TriggerMatch(death, death + 1, "kill", words[death])])
    strong = [protest]
    fold_weak_clauses([protest, deaths], strong)
    return protest, deaths, strong


def test_the_toll_of_what_protesters_protest_against_is_not_force_on_them(parsed):
    words = ["Protesters", "marched", "against", "the", "operation", ",", "which", "left",
             "110", "people", "dead"]
    protest, deaths, strong = _fold_into_protest(parsed, words, PROTEST_HEADS, PROTEST_DEPS,
                                                 PROTEST_POS, 7)
    assert strong == [protest, deaths]


def test_deaths_where_the_protest_went_are_its_toll(parsed):
    """Control: "Protesters marched through the town, where two people were killed"."""
    words = ["Protesters", "marched", "through", "the", "town", ",", "where", "two", "people",
             "were", "killed"]
    heads = [1, 1, 1, 4, 2, 4, 10, 8, 10, 10, 4]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "punct", "advmod", "nummod", "nsubjpass",
            "auxpass", "relcl"]
    pos = ["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "SCONJ", "NUM", "NOUN", "AUX", "VERB"]
    protest, deaths, strong = _fold_into_protest(parsed, words, heads, deps, pos, 10)
    assert strong == [protest]


def test_a_war_named_with_its_country_keeps_its_history_apart(parsed):
    """"killed in the conflict in Syria, which began with protests": the relative clause
    hangs on the country the war is named with."""
    words = ["160,000", "people", "have", "been", "killed", "in", "the", "conflict", "in",
             "Syria", ",", "which", "began", "with", "protests"]
    heads = [1, 4, 4, 4, 4, 4, 7, 5, 7, 8, 9, 12, 9, 12, 13]
    deps = ["nummod", "nsubjpass", "aux", "auxpass", "ROOT", "prep", "det", "pobj", "prep",
            "pobj", "punct", "nsubj", "relcl", "prep", "pobj"]
    pos = ["NUM", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT",
           "PRON", "VERB", "ADP", "NOUN"]
    doc = parsed(words, heads, deps, pos=pos)
    deaths = Clause(root=doc[4], tokens=list(doc[:11]), sent=doc[:],
                    triggers=[TriggerMatch(4, 5, "kill", "killed")])
    relative = Clause(root=doc[12], tokens=list(doc[11:]), sent=doc[:],
                      triggers=[TriggerMatch(14, 15, "protest", "protests")])
    strong = [relative]
    fold_weak_clauses([deaths, relative], strong)
    assert strong == [relative, deaths]


def _fold_beside(parsed, words, heads, deps, death, split, strong_root, trigger):
    doc = parsed(words, heads, deps)
    deaths = Clause(root=doc[death], tokens=[t for t in doc if not split[0] <= t.i < split[1]],
                    sent=doc[:], triggers=[TriggerMatch(death, death + 1, "kill", words[death])])
    other = Clause(root=doc[strong_root], tokens=list(doc[split[0]:split[1]]), sent=doc[:],
                   triggers=[TriggerMatch(trigger, trigger + 1, "capture", words[trigger])])
    strong = [other]
    fold_weak_clauses([deaths, other], strong)
    return deaths, other, strong


def test_deaths_stand_apart_from_the_aim_of_the_operation_they_were_told_in(parsed):
    """"Agir was killed in the operation to take the city": the taking is what the
    operation was for (a plan, no event); the deaths are told by the clause itself."""
    words = ["Agir", "was", "killed", "in", "the", "operation", "to", "take", "the", "city"]
    heads = [2, 2, 2, 2, 5, 3, 7, 2, 9, 7]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "aux", "advcl", "det", "dobj"]
    deaths, aim, strong = _fold_beside(parsed, words, heads, deps, 2, (6, 10), 7, 7)
    assert strong == [aim, deaths]
    # parsed on the noun, as the parser also hangs it
    heads = [2, 2, 2, 2, 5, 3, 7, 5, 9, 7]
    deps = [*deps[:7], "acl", *deps[8:]]
    deaths, aim, strong = _fold_beside(parsed, words, heads, deps, 2, (6, 10), 7, 7)
    assert strong == [aim, deaths]


def test_deaths_told_when_a_deed_was_done_are_its_toll(parsed):
    """Control: "Agir was killed when militants took the city": the taking took place."""
    words = ["Agir", "was", "killed", "when", "militants", "took", "the", "city"]
    heads = [2, 2, 2, 5, 5, 2, 7, 5]
    deps = ["nsubjpass", "auxpass", "ROOT", "advmod", "nsubj", "advcl", "det", "dobj"]
    deaths, taking, strong = _fold_beside(parsed, words, heads, deps, 2, (3, 8), 5, 5)
    assert strong == [taking]


@pytest.mark.slow
def test_a_when_clause_naming_the_killers_again_tells_how_the_killing_was_done():
    """"Killed 14 traders when they ambushed a lorry convoy outside X": the killing's
    place and day are the "when" clause's — one attack, not a killing and a clash."""
    report = ("Bandits killed 14 traders when they ambushed a lorry convoy outside Dosso late "
              "on Friday, police said.")
    events = eventdesk.extract(report, published="2023-04-09", doc_id="how")
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [
        ("Attack", "Dosso", dt.date(2023, 4, 7))]


@pytest.mark.slow
def test_a_when_clause_with_other_doers_stays_its_own_event():
    report = ("Rebels killed eight villagers near Dosso on Friday when the army shelled "
              "their positions in Birni, residents said.")
    events = eventdesk.extract(report, published="2023-04-09", doc_id="other-doers")
    assert len(events) == 2, [(e.sub_event_type, e.location) for e in events]


@pytest.mark.slow
def test_deaths_timed_by_a_later_deed_stand_alone():
    """"Three insurgents were killed … before the rebel forces withdrew", "insurgents who
    were preparing an ambush were killed": the clause below only times the deaths or tells
    what the dead planned, and is never coded (modality other_time, plan); folded into it
    the deaths were lost. They stand alone, a fight; "when gunmen attacked" still joins."""
    alone = eventdesk.extract("Three insurgents were killed in Bama on Monday before the rebel "
                              "forces withdrew from the town.", published="2024-03-05")
    assert [(e.sub_event_type, e.location) for e in alone] == [("Armed clash", "Bama")]
    planned = eventdesk.extract("Four militants who were planning an ambush on the road "
                                "outside Bama were killed by an army patrol on Monday.",
                                published="2024-03-05")
    assert [(e.sub_event_type, e.location) for e in planned] == [("Armed clash", "Bama")]
    joined = eventdesk.extract("Twenty people were killed in Bama on Monday when gunmen "
                               "attacked the market.", published="2024-03-05")
    assert [(e.sub_event_type, e.location) for e in joined] == [("Attack", "Bama")]


@pytest.mark.slow
def test_deaths_at_a_place_of_their_own_told_beside_another_deed_stand_alone():
    """"Two policemen were killed in X, while in Y three soldiers died in a blast": each
    clause names its own place, told side by side — two scenes, not the blast's toll. A
    "when" clause below the deaths, whose place may be a part of theirs, still takes them."""
    apart = eventdesk.extract("Two policemen were killed in Kirkuk on Monday, while in Tikrit "
                              "three soldiers died in a bomb blast.", published="2024-03-05")
    assert sorted(e.location for e in apart) == ["Kirkuk", "Tikrit"]
    below = eventdesk.extract("Two people were killed in Kirkuk on Monday when a bomb "
                              "exploded near a market in Hawija.", published="2024-03-05")
    assert len(below) == 1, [(e.sub_event_type, e.location) for e in below]


@pytest.mark.slow
def test_fighters_who_died_are_no_armed_subject_of_their_own_deed():
    """"Two peacekeepers died and four were wounded when their convoy struck a landmine":
    the fighters are the subject of "died" as its victims, not its doers; their deaths
    are the blast's toll, not a clash of their own (common.py armed_subject)."""
    events = eventdesk.extract("Two peacekeepers died and four were wounded when their convoy "
                               "struck a landmine near Tessalit on Monday.",
                               published="2024-03-05")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.slow
def test_harm_told_in_the_passive_joins_the_when_clause_naming_its_doer():
    """"A villager was wounded and shops were set on fire when settlers attacked the
    village": the passive harm with no doer is what the attack did -- one attack by the
    settlers, not a mob's violence beside it."""
    report = ("RAMALLAH, March 3 (WAFA) - A villager was wounded by gunfire and several shops "
              "were set on fire on Sunday evening when Israeli settlers attacked the village "
              "of Sinjil, local sources said.")
    events = eventdesk.extract(report, published="2024-03-04", doc_id="harm-when")
    assert [(e.sub_event_type, e.location, e.actor1) for e in events] == [
        ("Attack", "Sinjil", "Israeli Settlers")]


@pytest.mark.slow
def test_passive_harm_with_a_doer_of_its_own_keeps_its_clause():
    """Shops burned by a crowd, with a "when" clause of another side, are not folded into
    it: the crowd is the doer the report names."""
    report = ("RAMALLAH, March 3 (WAFA) - Several shops were set on fire by rioters in Sinjil "
              "on Sunday evening when police fired tear gas at a funeral procession.")
    events = eventdesk.extract(report, published="2024-03-04", doc_id="harm-own-doer")
    assert "Violent demonstration" in [e.sub_event_type for e in events] or \
        "Mob violence" in [e.sub_event_type for e in events], \
        [(e.sub_event_type, e.location) for e in events]
