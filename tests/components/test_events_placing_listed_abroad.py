"""A town listed beside the clause's own ("the towns of X and Y") gets an event of its own
only where it is no namesake abroad: a report of one land's militia and towns that lists a
town the index reads only as a city of another land does not place it there. Over the tiny
hand-made index (tests/geo/geonames_files.py) with a made-up city abroad."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


@pytest.fixture
def tiny_index(tiny_index_with):
    # a made-up city of 330,000 abroad, named like a Lebanese village the index lacks
    return tiny_index_with(
        places=[(9100001, "Mardaba", "Mardaba", "", 36.4, 2.8, "P", "PPL", "DZ", "20", 330000)],
        admin1=[("DZ.20", "Mardaba", "Mardaba", 9100001)])


def test_a_listed_town_read_only_abroad_gets_no_event_there(tiny_index):
    events = eventdesk.extract(
        "Hezbollah said its fighters attacked an Israeli post near Sidonia on Monday. "
        "Israeli shells also fell on the villages of Kfar Tahla and Mardaba on Monday, "
        "Hezbollah said.", published="2024-01-09")
    assert events and "Algeria" not in {e.country for e in events}
