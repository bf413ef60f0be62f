"""casualty_roles.py: the place or body an office is of is no victim word, so an official
killed in an ambush reads as a civilian killed (rule civilians-killed-in-an-ambush)."""

from eventdesk.components.events.subtype.casualty_roles import _an_office_held


def test_what_an_office_is_of_is_no_victim(parsed):
    # "the governor of the province and his cook were killed"
    doc = parsed(["the", "governor", "of", "the", "province", "and", "his", "cook", "were",
                  "killed"], [1, 9, 1, 4, 2, 1, 7, 1, 9, 9],
                 ["det", "nsubjpass", "prep", "det", "pobj", "cc", "poss", "conj",
                  "auxpass", "ROOT"])
    assert _an_office_held(doc[4])
    assert not _an_office_held(doc[1])
    assert not _an_office_held(doc[7])


def test_people_counted_by_of_stay_victims(parsed):
    # "dozens of farmers were killed": the farmers hang on a count, not on an office
    doc = parsed(["dozens", "of", "farmers", "were", "killed"], [4, 0, 1, 4, 4],
                 ["nsubjpass", "prep", "pobj", "auxpass", "ROOT"])
    assert not _an_office_held(doc[2])
