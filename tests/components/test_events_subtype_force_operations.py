"""force_operations.py: the dead of a police or army operation, told as "people" or "suspects",
fell in a clash (rule force-operation-toll) when the operation went after an armed side or
an armed side fired on the force; dead named by who they were, no death, an armed doer, or an
armed side only named nearby (another event, denied, background) keep the attack."""

import dataclasses

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240301, "Nova Esperanca", "Nova Esperanca", "", -22.9, -43.2, "P", "PPLA2", "BR", "21",
     90_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "An army operation in Nova Esperanca on Thursday left nine people dead. The troops were "
    "shot at by militiamen as they entered the market, the army said.",
    "Four suspects were killed on Saturday in a raid by the gendarmerie against a kidnapping "
    "gang near Nova Esperanca.",
    "The operation by the federal police in Nova Esperanca on Thursday left at least six "
    "people dead, officials said. Officers were met with gunfire from gang members.",
])
def test_the_dead_of_a_force_operation_against_an_armed_side_fell_in_a_clash(index, text):
    assert sub_types(text) == ["Armed clash"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A police raid in Nova Esperanca on Tuesday left five residents dead, including two "
    "children. Police said they were hunting gang members.",
    "A police operation in Nova Esperanca on Tuesday left five people dead.",
    # an armed side only named: the force's target told by a saying, another event, denied
    "A gendarmerie raid in Nova Esperanca on Thursday left four people dead. Police said they "
    "were searching for a kidnapping gang.",
    "A police operation in Nova Esperanca on Thursday left three people dead. Separately, "
    "militiamen attacked a checkpoint in Sinjar on Wednesday.",
    "A police operation in Nova Esperanca on Thursday left four people dead. The police "
    "denied that any gang members were in the district.",
    # the dead named by who they were
    "A police raid in Nova Esperanca on Monday left four people dead, among them a pregnant "
    "mother. Gangs control most of the district.",
    "Three hostages died on Thursday during a police rescue operation in Nova Esperanca. The "
    "kidnappers, members of an armed gang, fled.",
    # no death
    "A police raid in Nova Esperanca on Thursday left five people wounded. Police said they "
    "were looking for gang members.",
    "Officers beat dozens of people during a police raid in Nova Esperanca on Thursday. The "
    "police said a kidnapping gang was hiding in the area.",
    # an armed doer's killing during the operation is its own
    "Gunmen shot dead a taxi driver during a police operation in Nova Esperanca on Thursday.",
])
def test_civilians_named_no_death_or_no_fight_keep_the_attack(index, text):
    # the toll's event first; a fight told elsewhere is its own event
    assert sub_types(text)[:1] == ["Attack"]


TOLL = "A police operation in Nova Esperanca on Tuesday left five people dead. "


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the fight only prevented (cue attempt), expected (cue fear), or what gangs "can" do, a
    # guess "must have" (cue modal): words modality.toml has and the rule's own lists lacked
    TOLL + "Officials said the officers had prevented an attack by gang members.",
    TOLL + "Officials said the officers had expected an attack by gang members.",
    TOLL + "Gang members can open fire on officers at any time, officials said.",
    TOLL + "The officers must have been shot at by gang members, officials said.",
])
def test_a_fight_the_modality_cues_call_undone_keeps_the_attack(index, text):
    assert sub_types(text)[:1] == ["Attack"]


@pytest.mark.slow
def test_the_modality_table_decides_what_is_undone(index, monkeypatch):
    """Without "prevent" in modality.toml's cue attempt, the prevented attack reads as the
    fight: the rule asks the shared cue, not a list of its own."""
    from eventdesk.components.events.happened import cue_words
    from eventdesk.components.events.happened.table import modality

    text = TOLL + "Officials said the officers had prevented an attack by gang members."
    assert sub_types(text) == ["Attack"]
    table = modality()
    words = {**table.words, "attempt": table.words["attempt"] - {"prevent"}}
    monkeypatch.setattr(cue_words, "modality", lambda: dataclasses.replace(table, words=words))
    assert sub_types(text) == ["Armed clash"]
