"""The victim of the killing just told, named again in the next sentence, tells more of that
killing (merging/victims.py): one event, not a second at the victim's village. Not a victim
told beside the first ("also", another name, a place of its own), nor a killing after an
abduction."""

import pytest

import eventdesk
from eventdesk.records import Document


def _kinds(text):
    # the coder's own records (the learned vetting drops a second record at a village the
    # index lacks, which would hide the coder's reading)
    doc = eventdesk.load().parse(Document(doc_id="t", text=text, published="2024-04-17"),
                                 vetting=False)
    return [e.sub_event_type for e in doc._.events]


@pytest.mark.slow
def test_the_victim_identified_in_the_next_sentence_is_the_same_killing(tiny_index):
    assert _kinds("Gunmen shot dead a baker near Homs late on Saturday, police said on Sunday. "
                  "The victim, identified as Tarek Hallaq of Bir Tala village, was dragged out "
                  "of his house by four masked men and shot.") == ["Attack"]


@pytest.mark.slow
def test_a_named_victim_with_his_age_is_the_same_killing(tiny_index):
    assert _kinds("Unknown gunmen killed a shepherd near Homs on Monday night, police said. "
                  "Yusuf Darwish, 52, was taken from his hut on the edge of a hamlet and "
                  "hacked to death.") == ["Attack"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a second victim, told with "also" and a place of its own
    "Gunmen shot dead a shopkeeper in Homs on Friday night, police said. Yusuf Darwish, 52, "
    "was also shot dead in Aleppo.",
    # a victim other than the one the lead names
    "Gunmen shot dead Tarek Hallaq, a shopkeeper, in Homs on Friday night, police said. "
    "Yusuf Darwish, 52, was hacked to death in Aleppo.",
    # a killing after an abduction is news of its own
    "Gunmen abducted a farmer in Homs on Friday. The victim was shot dead in Aleppo on "
    "Saturday.",
])
def test_a_victim_told_beside_the_first_is_a_second_event(tiny_index, text):
    assert len(_kinds(text)) == 2


def test_only_the_one_victim_of_an_attack_is_told_again():
    from types import SimpleNamespace

    from eventdesk.components.events.merging.victims import restated_victim

    # an event of many dead, or one of another kind, is not completed by a victim's telling
    # (the clause is never read: the event's own kind and toll settle it first)
    many = SimpleNamespace(sub_event_type="Attack", fatalities=5)
    clash = SimpleNamespace(sub_event_type="Armed clash", fatalities=1)
    assert not restated_victim(None, None, many)
    assert not restated_victim(None, None, clash)
