"""Sides: the force that broke up a riot's crowd is the riot's second side."""

import pytest

import eventdesk


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor2"), [
    ("Students set a bus alight near the university in Nairobi on Tuesday. Riot police "
     "dispersed them an hour later.", "Police Forces of Kenya"),
    ("Students set a bus alight near the university in Nairobi on Tuesday before riot police "
     "dispersed them with water cannon.", "Police Forces of Kenya"),
    # a place naming who told it is no place of the dispersal's own
    ("Rioters set kiosks alight in Kisumu on Monday. Riot police dispersed them with batons, "
     "a Kisumu County police chief told reporters.", "Police Forces of Kenya"),
    # those who broke it up are no state force: the riot keeps no second side
    ("Students barricaded the campus gate in Nairobi on Monday and set a bus alight. Village "
     "elders later dispersed the students.", None),
    # two sentences on: not the riot's telling
    ("Students barricaded the campus gate in Nairobi on Monday and set a bus alight. The "
     "governor promised talks. Riot police later dispersed the students.", None),
    # a dispersal denied
    ("Rioters set kiosks alight in Kisumu on Monday. Riot police did not disperse them, "
     "shopkeepers said.", None),
    # the next sentence tells another crowd, place, day, or a time before
    ("Rioters set kiosks alight in Goma on Monday. In Bukavu, police dispersed a sit-in by nurses.",
     None),
    ("Rioters set kiosks alight in Kisumu on Friday. On Sunday, riot police dispersed a separate "
     "vigil.", None),
    ("Rioters set kiosks alight in Kisumu on Monday. Riot police had dispersed a similar crowd "
     "there in March.", None),
])
def test_a_riot_s_second_side_is_the_force_that_dispersed_the_crowd(text, actor2):
    """"Students set a bus alight. Riot police dispersed them": the state force that broke up
    the crowd, in the riot's sentence or the next, is the side the rioters faced
    (`force_that_dispersed`, rule riot-alone); not a dispersal denied, nor one the next
    sentence tells of its own crowd, place or day."""
    riots = [e for e in eventdesk.extract(text, published="2023-05-10", doc_id="riot")
             if e.sub_event_type == "Violent demonstration"]
    assert [e.actor2 for e in riots] == [actor2]
