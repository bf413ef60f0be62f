"""The typology module: the one list of ACLED types, sub-types and priorities."""

import pytest

from eventdesk.coding import typology
from eventdesk.store.cluster_summary import OUTCOMES


def test_twenty_five_sub_types_in_six_types_and_a_none_label():
    assert len(typology.EVENT_TYPES) == 6
    assert len(typology.SUB_TYPES) == len(set(typology.SUB_TYPES)) == 25
    assert typology.LABELS[-1] == typology.NONE and len(typology.LABELS) == 26


@pytest.mark.parametrize(("first", "then"), [
    # GUIDELINES' own examples of the priority order
    ("Government regains territory", "Armed clash"),
    ("Air/drone strike", "Shelling/artillery/missile attack"),
    ("Excessive force against protesters", "Peaceful protest"),
    ("Agreement", "Other"),
])
def test_priority_follows_the_guidelines_order(first, then):
    assert typology.priority(first) < typology.priority(then)
    assert typology.type_of(first) == typology.type_of(then)


def test_unknown_sub_type_is_refused():
    with pytest.raises(KeyError):
        typology.type_of("Skirmish")


def test_corroboration_outcomes_name_battle_sub_types():
    assert {typology.type_of(s) for s in OUTCOMES} == {typology.BATTLES}


def test_only_unnamed_collectives_may_face_themselves():
    from eventdesk.coding.typology import may_face_itself

    assert may_face_itself("Rioters (Kenya)") and may_face_itself("Protesters (India)")
    assert may_face_itself("Unidentified Armed Group (Nigeria)")
    assert not may_face_itself("Military Forces of Syria")
    assert not may_face_itself("Islamic State") and not may_face_itself("Civilians (Iraq)")


def test_the_same_actor_on_both_sides_is_a_record_problem():
    from eventdesk.records import Event, event_problems

    def event(actor1, actor2, assoc=None):
        return Event(event_type="Battles", sub_event_type="Armed clash", doc_id="d",
                     evidence="x", evidence_start=0, evidence_end=1, actor1=actor1,
                     actor2=actor2, assoc_actor_2=assoc)

    assert event_problems(event("Military Forces of Syria", "Military Forces of Syria"),
                          "x") == ["Military Forces of Syria on both sides"]
    assert event_problems(event("Islamic State", "Civilians (Syria)", "Islamic State"), "x")
    assert event_problems(event("Rioters (Kenya)", "Rioters (Kenya)"), "x") == []
    assert event_problems(event("Islamic State", "Military Forces of Syria"), "x") == []
