"""The victim of the killing just told, named again in the next sentence, tells more of that
killing (merging/victims.py): one event, not a second at the victim's village."""

import pytest

import eventdesk


def _events(text, published="2024-04-17"):
    return eventdesk.extract(text, published=published)


@pytest.mark.slow
def test_the_victim_identified_in_the_next_sentence_is_the_same_killing():
    events = _events("Ranchi: Suspected Maoists shot dead a 38-year-old villager in Bishunpur "
                     "block of Gumla district late on Saturday, police said on Sunday. The "
                     "victim, identified as Ramesh Oraon of Banari village, was dragged out of "
                     "his house by around a dozen armed cadres and shot near the village "
                     "school, police said.", published="2021-02-15")
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.slow
def test_a_named_victim_with_his_age_is_the_same_killing():
    # the coder's own records (the learned vetting drops a second record at a village the
    # index lacks, which would hide the coder's reading)
    from eventdesk.records import Document

    text = ("RAIPUR: Separately, Maoists killed a village headman in Bijapur district on "
            "Monday night, the police said. Ramesh Kumar, 40, was taken from his house in a "
            "village under Bhairamgarh police station limits and hacked to death.")
    doc = eventdesk.load().parse(Document(doc_id="t", text=text, published="2024-04-17"),
                                 vetting=False)
    assert [e.sub_event_type for e in doc._.events] == ["Attack"]


def test_only_the_one_victim_of_an_attack_is_told_again():
    from types import SimpleNamespace

    from eventdesk.components.events.merging.victims import restated_victim

    # an event of many dead, or one of another kind, is not completed by a victim's telling
    # (the clause is never read: the event's own kind and toll settle it first)
    many = SimpleNamespace(sub_event_type="Attack", fatalities=5)
    clash = SimpleNamespace(sub_event_type="Armed clash", fatalities=1)
    assert not restated_victim(None, None, many)
    assert not restated_victim(None, None, clash)
