"""The kinds of side ACLED's generic names stand for, read from an Actor once for every
module that asks."""

import pytest

from eventdesk.records import Actor


@pytest.mark.parametrize(("name", "inter", "unnamed", "armed_men", "civilians"), [
    ("Unidentified Armed Group (Mali)", 3, True, True, False),
    ("Unidentified Communal Militia (Nigeria)", 4, True, False, False),
    ("Civilians (Iraq)", 7, False, False, True),
    ("Military Forces of Iraq (2014-2022)", 1, False, False, False),
    ("Rioters (France)", 5, False, False, False),
])
def test_generic_sides_are_told_by_their_acled_names(name, inter, unnamed, armed_men,
                                                      civilians):
    actor = Actor(name, inter)
    assert (actor.unnamed, actor.armed_men, actor.civilians) == (unnamed, armed_men, civilians)
