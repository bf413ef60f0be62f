"""A town named with its own division in apposition ("a base in Konduga, Konduga Local
Government Area") is named once: the report does not name it twice, so a name the index
lacks read bare in another sentence ("at Berlino in the Sambisa forest", a village with
loose namesakes abroad only) is not taken as a part of that town."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow

REPORT = ("MAIDUGURI - Fighters on Monday night attacked a military base in Konduga{division} "
          "of Borno State, engaging troops in a gun battle that lasted three hours, residents "
          "said. A soldier said troops killed many of the insurgents. On Tuesday, the air "
          "force said its jets struck a logistics base at Berlino in the Sambisa forest, "
          "destroying structures.")


@pytest.mark.parametrize("division", [", Konduga Local Government Area", ", Konduga LGA"])
def test_a_town_and_its_own_division_are_one_naming(division):
    [strike] = [e for e in eventdesk.extract(REPORT.format(division=division),
                                             published="2021-03-03")
                if "Berlino" in e.evidence]
    assert not strike.location.startswith("Konduga")
    assert strike.latitude is None and strike.admin1 == "Borno"
