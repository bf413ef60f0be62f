"""A town GeoNames names with a qualifier that tells it from its namesakes ("Neustadt
(Hessen)") is named by the words before it as by a spelling of its main name: a much
bigger town keeps the bare name against a small namesake whose main name it is, while a
much bigger namesake keeps the bare name against the qualified town (candidate_rows.py
QUALIFIER)."""

from __future__ import annotations

import pytest

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9420001, "Dornau (Elster)", "Dornau", 51.48, 11.97, "P", "PPL", "DE", "14", 238_000),
    (9420002, "Dornau", "", 52.06, 8.36, "P", "PPL", "DE", "07", 21_000),
    (9420003, "Velden am Main", "Velden", 50.11, 8.68, "P", "PPL", "DE", "05", 650_000),
    (9420004, "Velden (Oder)", "Velden", 52.35, 14.55, "P", "PPL", "DE", "11", 57_000),
]
ADMIN1 = [("DE.14", "Saxony-Anhalt", "Saxony-Anhalt", 9420001),
          ("DE.07", "North Rhine-Westphalia", "North Rhine-Westphalia", 9420002),
          ("DE.05", "Hesse", "Hesse", 9420003),
          ("DE.11", "Brandenburg", "Brandenburg", 9420004)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def test_the_name_before_a_qualifier_names_the_bigger_qualified_town(gaz):
    assert gaz.resolve_name("Dornau", countries=["DE"]).location == "Dornau (Elster)"


def test_a_much_bigger_namesake_keeps_the_bare_name(gaz):
    assert gaz.resolve_name("Velden", countries=["DE"]).location == "Velden am Main"
