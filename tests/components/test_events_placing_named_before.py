"""A town the index lacks, introduced once with what holds it and then named bare, is the
same place each time (`placing.named_before`); never another name's place. Over the tiny
hand-made index (tests/geo/geonames_files.py), which knows Homs Governorate and Aleppo and
not the invented villages."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow

OTHER_REGION = "On Tuesday, jets bombed rebel positions in Aleppo, killing five fighters. "


def _event(text, word):
    events = eventdesk.extract(text, published="2016-03-15")
    [event] = [e for e in events if word in e.evidence]
    return event


@pytest.mark.parametrize("intro", [
    "Rebels withdrew on Monday from Kafr Zelna, Homs Governorate, after a week of shelling. ",
    "Kafr Zelna, a farming village in Homs Governorate, has changed hands twice this year. ",
])
def test_a_bare_name_takes_the_place_its_introduction_gave(tiny_index, intro):
    event = _event(intro + OTHER_REGION + "On Wednesday, gunmen killed three soldiers "
                   "manning the checkpoint in Kafr Zelna, the army said.", "checkpoint")
    assert (event.location, event.country, event.admin1) == ("Kafr Zelna", "Syria", "Homs")
    assert event.latitude is None


def test_another_name_takes_nothing_from_the_introduction(tiny_index):
    event = _event("Rebels withdrew on Monday from Kafr Zelna, Homs Governorate, after a week "
                   "of shelling. " + OTHER_REGION + "On Wednesday, gunmen killed three "
                   "soldiers manning the checkpoint in Tell Qaran, the army said.", "checkpoint")
    assert event.location == "Tell Qaran" and event.admin1 is None
