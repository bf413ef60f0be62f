"""A place named only as whose neighbour the event's place is ("Baghdad's neighbouring
province of Diyala") is not the event's place."""

import pytest

import eventdesk


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen killed five people on Sunday in Baghdad's neighbouring province of Diyala.",
    "Gunmen killed five people on Sunday in Baghdad's adjacent Diyala province.",
])
def test_the_neighbour_province_is_the_place(text):
    events = eventdesk.extract(text, published="2007-03-12")
    assert [e.admin1 for e in events] == ["Diyala"]
    assert all(e.location != "Baghdad" for e in events)
