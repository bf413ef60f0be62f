"""Hostile place names for `gazetteer lookup` (issue 7): any text, with or without a country
and in the containment form ("al-Rashedin, Aleppo"), gives candidates or none, never an
exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdesk.cli import main
from eventdesk.geo.resolution import split_containment

NAMES = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(["al-", "Aleppo", "Homs", ",", ", ", "...", "-", "'", "’", " ",
                              "\u202e", "\x00", "حلب", "Syria", "Khalidiyah", "of", "the",
                              "9" * 30, "Halidiyah", "(", ")", "/", "\n"]),
             max_size=8).map("".join),
)


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NAMES, st.sampled_from([None, "SY", "JO", "Syria", "syr"]))
def test_any_name_looks_up_without_error(gaz, name, country):
    assert isinstance(gaz.lookup(name, country=country, limit=5), list)
    assert isinstance(gaz.candidates(name), list)
    parts = split_containment(name)
    if parts is not None:
        container, found, _ = gaz.lookup_within(*parts, country=country, limit=5)
        assert container is None or isinstance(found, list)


@pytest.mark.parametrize("name", ["al-Rashedin, Aleppo", "!!!,,,", ",", ", Syria", "Homs, ",
                                  "\x00", "a" * 3000])
def test_odd_lookups_on_the_command_line_answer_without_a_traceback(tiny_index, name, capsys):
    """Blank names are usage errors (test_cli_gazetteer); every other name is answered."""
    code = main(["gazetteer", "--index", str(tiny_index), "lookup", name])
    out, err = capsys.readouterr()
    assert code in (0, 1) and "Traceback" not in out + err
    assert code == 0 or "no place named" in out
