"""aftermath.py: a follow-up's aftermath is no event (mourners, bodies taken away, the doer
held at the scene), yet the day it tells still dates the deed told next with none of its own;
mourners with a demand protest, and people held at the scene on a day of their own, at a
protest or for a crime of their own are arrests or a protest as before."""

import datetime as dt

import pytest

import eventdesk

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240301, "Qarabagh", "Qarabagh", "", 33.21, 68.10, "P", "PPLA2", "AF", "11", 90_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


def _coded(text):
    return [(e.sub_event_type, e.event_date)
            for e in eventdesk.extract(text, published="2021-06-16", doc_id="aftermath")]


@pytest.mark.slow
def test_the_funerals_day_dates_the_protest_the_procession_turned_into(index):
    """The funeral is coded as no event (rule mourners-not-protest), but its Friday is the
    day of the protest told next (it was dated at publication)."""
    report = ("Hundreds of mourners attended the burial of the slain teacher in Qarabagh on "
              "Friday. The crowd later turned into a protest against the district chief.")
    assert _coded(report) == [("Peaceful protest", dt.date(2021, 6, 11))]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a demand: mourners chanting against someone protest
    ("Hundreds of mourners attended the burial of the slain teacher in Qarabagh on Friday, "
     "chanting slogans against the district chief.", ["Peaceful protest"]),
    # held at the scene on a day of its own: an arrest of its own
    ("A car bomb killed seven people in Qarabagh on Monday. Police arrested four suspects "
     "at the scene of the blast on Wednesday.",
     ["Remote explosive/landmine/IED", "Arrests"]),
    # held at the scene of a protest: the protest's intervention
    ("Police arrested 30 protesters at the scene of the sit-in in Qarabagh on Monday.",
     ["Protest with intervention"]),
    # the doer named again, held at the scene: part of the deed
    ("A gunman shot dead two shopkeepers in Qarabagh on Monday. The gunman was arrested "
     "at the scene.", ["Attack"]),
])
def test_aftermath_rules_leave_protests_and_arrests_of_their_own(index, text, expected):
    assert [sub for sub, _ in _coded(text)] == expected
