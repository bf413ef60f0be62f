"""Roles from the parse: who acts and who is acted upon in a clause."""

import pytest

import eventdesk
from eventdesk.components.events.roles import roles, verb_in
from eventdesk.components.events.subtype.shared import _victim_words
from eventdesk.components.events.subtype.table import ClauseFacts
from eventdesk.components.triggers import sentence_clauses
from eventdesk.records import Document


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    doc = eventdesk.load().parse(Document(text=text, doc_id="t"))
    return [tuple(m and m.text for m in roles(doc, clause))
            for _, grouped in sentence_clauses(doc) for clause in grouped]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "agent"), [
    ("Somali militants killed two city council officials and a former lawmaker in Baidoa, "
     "police and the rebel group said on Sunday.", "Somali militants"),
    ("Gunmen opened fire on a provincial councillor's convoy in Baquba, killing him and two "
     "guards, police and a doctor said.", "Gunmen"),
])
def test_the_source_of_the_news_is_no_side(text, agent):
    """"…, police and a doctor said": the police tell the news; the parse hangs them on
    the victims, but they are not the side acted upon."""
    assert _roles(text)[0] == (agent, None)


@pytest.mark.slow
def test_a_source_found_before_the_verb_may_be_its_subject():
    """The attribution stage reads "Israeli forces" as the source of "said by the army";
    written before the deed's verb, it is the deed's subject all the same."""
    assert _roles("Israeli forces have captured a top Hamas leader in Hebron, said by the "
                  "army to have planned a string of bombings.")[0][0] == "Israeli forces"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor2"), [
    ("On Monday in the Qalamoun Mountains, Syrian troops and Hezbollah fighters captured "
     "a hill from Islamic State militants.", "Islamic State"),
    # the attribution stage reads the hung subject as part of the source, too
    ("According to a field correspondent, the Syrian Commandos and their allies captured "
     "the villages of Kinsibba and Salma on Monday.", None),
])
def test_a_subject_hung_on_a_fronted_phrase_acts(text, actor2):
    """After "On Monday in the Qalamoun Mountains," or "According to X," the parser makes
    the subject an apposition of the phrase's last noun: it is still who took the ground."""
    events = eventdesk.extract(text, published="2016-06-15")
    # one event per village taken ("the villages of A and B": placing/listed_unknowns.py)
    assert events and {(e.sub_event_type, e.actor1, e.actor2) for e in events} == {
        ("Government regains territory", "Military Forces of Syria", actor2)}


@pytest.mark.slow
def test_the_head_noun_decides_who_was_harmed():
    """"A contractor working with U.S. forces" is a contractor: the force in the phrase
    says whom he worked with, it is not the side acted upon."""
    assert _roles("A construction contractor working with U.S. forces was shot dead near "
                  "Tal Afar on Monday.") == [(None, None)]
    events = eventdesk.extract("A construction contractor working with U.S. forces was shot "
                               "dead near Tal Afar on Monday.", published="2006-06-15")
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.slow
def test_victims_of_a_reported_killing_are_the_subject_of_the_report():
    """"Eleven persons have been reported killed": the parse makes "killed" a complement of
    "reported"; the victims are still the persons."""
    doc = eventdesk.load().parse(Document(
        text="Eleven persons have been reported killed by gunmen in Galga on Monday.",
        doc_id="t"))
    clause = next(c for _, grouped in sentence_clauses(doc) for c in grouped
                  if c.root.lower_ == "killed")
    facts = ClauseFacts(doc, clause, "kill", clause.categories(), None, None)
    assert {t.text for t in _victim_words(facts)} == {"persons"}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "An attack on a police post in Tal Afar on Sunday left three policemen and a civilian "
    "dead, officials said.",
    "Three policemen and a civilian were killed in an attack on a police post in Tal Afar "
    "on Sunday.",
])
def test_civilians_counted_among_the_dead_are_no_side(text):
    """A deed named as a noun with no doer ("an attack on a post left three policemen and
    a civilian dead"): the civilian among the dead suffered it, he did not riot against
    the force he died beside; the doer is unknown."""
    events = eventdesk.extract(text, published="2017-05-08")
    assert [(e.event_type, e.inter1) for e in events] == [("Battles", 3)]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "An army base came under mortar fire in Tal Afar on Monday, officials said.",
    "An army convoy was under rocket fire near Tal Afar on Monday, officials said.",
])
def test_what_came_under_fire_suffered_it(text):
    """"X came under fire": X is the side fired upon; the shooters are unnamed."""
    events = eventdesk.extract(text, published="2017-05-08")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")]



@pytest.mark.slow
@pytest.mark.parametrize(("text", "sides"), [
    ("A rights group on Friday accused al-Shabaab of kidnapping nine farmers near Jowhar on "
     "Tuesday.", ("Al Shabaab", "Civilians (Somalia)")),
    ("A rights group on Friday charged Boko Haram with kidnapping nine farmers near Konduga "
     "on Tuesday.", ("Boko Haram", "Civilians (Nigeria)")),
    ("Residents on Friday accused Boko Haram fighters of arresting nine farmers near Konduga "
     "on Tuesday.", ("Boko Haram", "Civilians (Nigeria)")),
])
def test_the_accused_of_a_deed_told_as_a_gerund_did_it(text, sides):
    """"accused al-Shabaab of kidnapping nine farmers": the object of the accusation is
    the doer of the deed its "of"/"with" gerund tells, not its victim."""
    assert [(e.actor1, e.actor2) for e in eventdesk.extract(text, published="2024-03-08")] \
        == [sides]


@pytest.mark.slow
def test_the_group_served_on_behalf_of_is_no_side():
    """"arrested men who made calls on behalf of the Pakistani Taliban": the group the
    suspects served is neither who arrested nor who was arrested."""
    assert _roles("In Peshawar, police said they arrested three suspects allegedly involved in "
                  "extortion calls to shopkeepers on behalf of the Pakistani Taliban, following "
                  "a raid in the Hayatabad area on Sunday.")[0] == ("police", None)


@pytest.mark.slow
def test_the_doer_named_for_what_was_fired_acts_not_the_weapon_word():
    """"Artillery shells fired by the militia landed in X": "artillery" says what kind of
    shells they were; the "by" phrase names who fired them."""
    assert _roles("On Monday, artillery shells fired by the Wagner Group landed in the "
                  "market of Kidal, killing nine civilians.")[0] == ("Wagner Group",
                                                                       "civilians")


def test_a_verb_table_holds_its_verbs_and_its_phrasal_verbs_with_their_particle(parsed):
    """"Rebels pulled out of Korvo": "pull" is in the table only with "out"."""
    doc = parsed(["Rebels", "pulled", "out", "of", "Korvo"], [1, 1, 1, 1, 3],
                 ["nsubj", "ROOT", "prt", "prep", "pobj"],
                 pos=["NOUN", "VERB", "ADP", "ADP", "PROPN"],
                 lemmas=["rebel", "pull", "out", "of", "korvo"])
    assert verb_in(doc[1], {"retreat"}, {("pull", "out")})
    assert verb_in(doc[1], {"pull"}, set())
    assert not verb_in(doc[1], {"retreat"}, {("pull", "back")})
