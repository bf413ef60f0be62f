"""The towns a report measures a place from (place_names/near_town.py): "near Y", "outside
Y", "10 km west of the city of Y", "30 km from Y town"; not a town a place is put "in", nor
one a bare direction points from."""

from __future__ import annotations

import pytest

from eventdesk.components.events.place_names.near_town import measured_towns, near_town_in
from eventdesk.geo.normalize import name_key


@pytest.mark.parametrize(("text", "town"), [
    ("an outpost at Kaw Lu Der near Tabrun on Sunday", "Tabrun"),
    ("herders at Jaldomo, about 30 kilometres from Marsabo town", "Marsabo"),
    ("the Al-Nur camp, 10 km west of the city of Marbat", "Marbat"),
    ("a checkpoint on the outskirts of Fada N'Gourma", "Fada N'Gourma"),
    ("a village 12 miles south-west of Koroba", "Koroba"),
    ("fighting outside Dembel on Friday", "Dembel"),
    # a sentence opening with the lead word, a lower-case article, an accented capital,
    # a unit written onto its number or plural
    ("Near Tabrun, gunmen burned a school", "Tabrun"),
    ("Outside Dembel, troops dug in", "Dembel"),
    ("shelling near al-Qasrawi on Monday", "al-Qasrawi"),
    ("a raid near Élomba", "Élomba"),
    ("a camp 30km from Marsabo", "Marsabo"),
    ("a camp 30 kms from Marsabo", "Marsabo"),
    ("a camp 30 kilometers north of Marsabo", "Marsabo"),
])
def test_a_town_the_report_measures_from(text, town):
    assert near_town_in(text)(town)


@pytest.mark.parametrize(("text", "town"), [
    ("Tinzar, in Kidor region, was attacked", "Kidor"),
    ("the village of Ouarsamba in Tindoumar", "Tindoumar"),
    ("fighters from Marsabo attacked the camp", "Marsabo"),
    ("near Kitshanga, in Masisi territory", "Masisi"),
    # a bare direction: the place may lie tens of km off
    ("the Al-Nur front west of Marbat", "Marbat"),
    # a lower-case word after the lead word is no name
    ("fighting near where Marbat's road ends", "Marbat"),
])
def test_a_town_a_place_is_put_in_is_not_measured_from(text, town):
    assert not near_town_in(text)(town)


def test_a_name_is_cut_after_each_word():
    keys = measured_towns("clashes near Fada N'Gourma on Monday")
    assert name_key("Fada") in keys and name_key("Fada N'Gourma") in keys
    assert not near_town_in("no place here")("")
