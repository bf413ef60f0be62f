"""A landmark named only to measure from ("140 km north of the capital, Lusaka") is not the
event's place, however the parser hangs it."""

import pytest

import eventdesk


@pytest.mark.slow
def test_a_landmark_after_a_comma_does_not_set_the_town_aside():
    events = eventdesk.extract(
        "Kaunda and Roger Chongwe, head of the Liberal Progressive Front, were shot during a "
        "crackdown on an opposition rally in Kabwe, a city of 300,000 residents 140 kilometers "
        "(90 miles) north of the capital, Lusaka.", published="1997-08-24")
    assert [e.location for e in events] == ["Kabwe"]
