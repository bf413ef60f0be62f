"""How national and state news agencies write: their datelines ("Zahedan, IRNA – ",
"Doha / QNA / "), a foreign ministry's condemnation that carries the incident with its toll,
the "protest stand" of Arab agencies' English, a foreign state's forces named by the rule
they are charged with ("the Israeli occupation's bombing"), and the owner of a deed noun
with what it was done to ("the army's shelling of the town")."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.components.events.preamble import opening_dateline
from eventdesk.records import Document


@pytest.mark.parametrize(("text", "dateline"), [
    ("Zahedan, IRNA – Nine people were killed.", "Zahedan, IRNA – "),
    ("Latakia, SANA- Army units restored security.", "Latakia, SANA- "),
    ("Doha / QNA / The State of Qatar condemned the attack.", "Doha / QNA / "),
    ("Timika, Central Papua (ANTARA) - Gunmen shot a driver.",
     "Timika, Central Papua (ANTARA) - "),
    ("Addis Ababa, December 1/2021 (ENA) The army retook the town.",
     "Addis Ababa, December 1/2021 (ENA) "),
    ("Abidjan, 11 juin 2020 (AIP) - Dix militaires ont été tués.",
     "Abidjan, 11 juin 2020 (AIP) - "),
    ("San Salvador de Jujuy, 20 de junio (Télam).- Al menos 20 personas.",
     "San Salvador de Jujuy, 20 de junio (Télam).- "),
])
def test_a_state_agencys_dateline_opens_the_report(text, dateline):
    match = opening_dateline(text)
    assert match is not None and match.group(0) == dateline


@pytest.mark.parametrize("text", [
    "Kaduna State Government says bandits killed four people.",
    "Gunmen, police said, killed two farmers - and fled.",
    "Tal Afar, the town the militants held, was retaken on Monday.",
])
def test_a_sentence_opening_with_a_name_is_no_agency_dateline(text):
    assert opening_dateline(text) is None


def test_the_owner_of_a_deed_noun_with_its_target_did_it(parsed):
    from eventdesk.components.events.role_of import role_of

    # "condemned the army's shelling of the town": the army shelled, the town was shelled
    words = ["condemned", "the", "army", "'s", "shelling", "of", "town"]
    doc = parsed(words, [0, 2, 4, 2, 0, 4, 5],
                 ["ROOT", "det", "poss", "case", "dobj", "prep", "pobj"],
                 pos=["VERB", "DET", "NOUN", "PART", "NOUN", "ADP", "NOUN"],
                 lemmas=["condemn", "the", "army", "'s", "shelling", "of", "town"])
    assert role_of(doc[2], doc[0], {4}) == "agent"
    # with no target named, the owner may be what it was done to ("the town's shelling")
    bare = parsed(["condemned", "the", "town", "'s", "shelling"], [0, 2, 4, 2, 0],
                  ["ROOT", "det", "poss", "case", "dobj"],
                  pos=["VERB", "DET", "NOUN", "PART", "NOUN"],
                  lemmas=["condemn", "the", "town", "'s", "shelling"])
    assert role_of(bare[2], bare[0], {4}) != "agent"


@pytest.fixture(scope="module")
def pipeline():
    return eventdesk.load()


def _code(pipeline, text):
    doc = pipeline.parse(Document(text=text, doc_id="agency", published=dt.date(2024, 8, 10)),
                         classifier=False)
    return doc._.events, doc.user_data[DECISIONS_KEY]


@pytest.mark.slow
def test_a_condemnation_with_the_deeds_toll_tells_the_incident(pipeline):
    """The toll hangs on the verb of judging, which takes none: the condemned bombing is
    the report's news, done by the owner of the deed noun, not by the condemning state."""
    events, decisions = _code(pipeline, (
        "The Foreign Ministry strongly condemned the Israeli army's bombing of a school in "
        "Tal Afar on Saturday, killing 12 people."))
    assert len(events) == 1, decisions
    assert events[0].fatalities == 12
    assert events[0].actor1 == "Military Forces of Israel"


@pytest.mark.slow
def test_a_condemnation_with_no_toll_or_day_stays_a_judgement(pipeline):
    events, _ = _code(pipeline, "The ministry condemned the attacks on the town of Tal Afar.")
    assert events == []


@pytest.mark.slow
def test_a_protest_stand_is_a_protest(pipeline):
    events, decisions = _code(pipeline, (
        "Residents of Tal Afar staged a protest stand on Monday against the presence of "
        "foreign forces, demanding their exit."))
    assert [e.sub_event_type for e in events] == ["Peaceful protest"], decisions


@pytest.mark.slow
def test_a_states_occupation_names_its_forces(pipeline):
    """"The Turkish occupation's shelling of the village": state media's name for the other
    state's forces, by the rule they are charged with, owning the deed done to the village."""
    events, decisions = _code(pipeline, (
        "The Turkish occupation's shelling of a village near Tal Afar on Thursday killed "
        "three farmers."))
    assert events and events[0].actor1 == "Military Forces of Turkey", decisions
