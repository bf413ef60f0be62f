"""How national and state news agencies write: their datelines ("Tabriz, IRNA – ",
"Manama / BNA / "), a foreign ministry's condemnation that carries the incident with its
toll, the "protest stand" of Arab agencies' English, a foreign state's forces named by the
rule they are charged with ("the Turkish occupation's shelling"), and the owner of a deed
noun with what it was done to ("the army's shelling of the town")."""

import datetime as dt
from types import SimpleNamespace

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.components.events.preamble import AGENCY_DATELINE, opening_dateline
from eventdesk.records import Document


def _place(text, name):
    """A place mention over `name` in `text`, as the places stage finds one."""
    start = text.index(name)
    return SimpleNamespace(kind="place", candidates=[object()], start_char=start,
                           end_char=start + len(name))


@pytest.mark.parametrize(("text", "name", "dateline"), [
    ("Tabriz, IRNA – Six people were killed.", "Tabriz", "Tabriz, IRNA – "),
    ("Tartus, SANA- Army units restored order.", "Tartus", "Tartus, SANA- "),
    ("Manama / BNA / The Kingdom of Bahrain denounced the raid.", "Manama",
     "Manama / BNA / "),
    ("Wamena, Highland Papua (ANTARA) - Gunmen shot a nurse.", "Wamena",
     "Wamena, Highland Papua (ANTARA) - "),
    ("Mekelle, March 3/2022 (ENA) The army retook the road.", "Mekelle",
     "Mekelle, March 3/2022 (ENA) "),
    ("Bouaké, 14 mai 2021 (AIP) - Trois gendarmes ont été blessés.", "Bouaké",
     "Bouaké, 14 mai 2021 (AIP) - "),
    ("San Miguel de Tucumán, 9 de julio (Télam).- Unas 30 personas.",
     "San Miguel de Tucumán", "San Miguel de Tucumán, 9 de julio (Télam).- "),
])
def test_a_state_agencys_dateline_opens_the_report(text, name, dateline):
    match = opening_dateline(text, [_place(text, name)])
    assert match is not None and match.group(0) == dateline
    # its name must be a place the places stage found there
    assert opening_dateline(text, []) is None
    assert opening_dateline(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("Plateau State Police Command says herders killed three people.", "Plateau"),
    ("Gunmen, police said, killed two farmers - and fled.", "Gunmen"),
    ("Tal Afar, the town the militants held, was retaken on Monday.", "Tal Afar"),
    # a sentence's opening words before a group's hyphenated name, a bracket, a dash
    ("In Jalalabad, ISIS-K gunmen stormed a checkpoint.", "Jalalabad"),
    ("On Friday, ISIS-K said it had attacked a checkpoint in Jalalabad.", "Jalalabad"),
    ("In Bunia, CODECO-URDPC fighters raided a camp.", "Bunia"),
    ("Bunia, CODECO-URDPC fighters raided a camp.", "Bunia"),
    ("Meanwhile, PKK-YPG fighters shelled a post near Afrin.", "Afrin"),
    ("On Tuesday, Amnesty International (AI) - the rights group - said so.", "Tuesday"),
    # a count where the day's month should be
    ("Sinjar, 14 gunmen (all Daesh members) were captured.", "Sinjar"),
])
def test_a_sentence_opening_with_a_name_is_no_agency_dateline(text, name):
    assert opening_dateline(text, [_place(text, name)]) is None


def test_the_agency_dateline_names_the_place_it_was_filed_from():
    match = AGENCY_DATELINE.match("Mekelle, March 3/2022 (ENA) The army retook the road.")
    assert match.group("name") == "Mekelle"


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
        "The Foreign Ministry firmly denounced the Israeli army's shelling of a clinic in "
        "Tal Afar late on Sunday, killing 23 patients."))
    assert len(events) == 1, decisions
    assert events[0].fatalities == 23
    assert events[0].actor1 == "Military Forces of Israel"


@pytest.mark.slow
def test_a_condemnation_with_a_count_but_no_toll_stays_a_judgement(pipeline):
    """Only a toll's participle ("killing 23") tells the judged deed: a count on another
    participle beside the verb of judging ("urging the 27 member states") does not."""
    events, decisions = _code(pipeline, (
        "The ministry condemned the attacks on the town of Tal Afar, urging the 27 member "
        "states to act."))
    assert events == [], decisions


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


@pytest.mark.slow
def test_occupation_before_another_actors_word_is_no_army(pipeline):
    """"Israeli occupation settlers": "occupation" is the modifier there, the settlers the
    head; the state's army only when "occupation" is the head itself."""
    events, decisions = _code(pipeline, (
        "Israeli occupation settlers torched olive groves near Nablus on Tuesday."))
    assert events and events[0].actor1 == "Israeli Settlers", decisions


@pytest.mark.slow
def test_a_solidarity_stand_with_a_people_is_a_position_not_a_rally(pipeline):
    events, decisions = _code(pipeline, (
        "The Omani foreign minister on Wednesday renewed the sultanate's solidarity stand "
        "with the Sudanese people."))
    assert events == [], decisions
