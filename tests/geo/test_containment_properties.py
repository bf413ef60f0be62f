"""Generated place names in the containment forms `gazetteer lookup` takes ("X, Y",
"Y - X", "X in Y"): unicode, apostrophes, hyphens and dots inside names never break the
split, and no text makes the lookup command fail."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdesk.cli import main
from eventdesk.geo.resolution import split_containment

PROPERTY = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])

# Letters of the scripts and transliterations place names come in, and the punctuation that
# sits inside names ("al-Bab", "Ma'arrat", "St. Louis", "Ḩamāh", "Ouagadougou").
_LETTERS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzAMZḨāīūʿ'’éçöحلبКиев"))
_WORD = st.text(_LETTERS, min_size=1, max_size=9).filter(
    lambda w: w[0].isalpha() and w.lower() not in {"in", "near", "outside", "the"})
_NAME = st.lists(_WORD, min_size=1, max_size=3).flatmap(
    lambda words: st.sampled_from([" ", "-"]).map(lambda joint: joint.join(words)))


@PROPERTY
@given(inner=_NAME, outer=_NAME, dash=st.sampled_from(["-", "–", "—"]))
def test_each_form_gives_the_place_and_its_container(inner, outer, dash):
    assert split_containment(f"{inner}, {outer}") == (inner, outer)
    assert split_containment(f"{outer} {dash} {inner}") == (inner, outer)
    assert split_containment(f"{inner} in {outer}") == (inner, outer)
    assert split_containment(f"  {inner}  in   the {outer} ") == (inner, outer)


@PROPERTY
@given(name=_NAME)
def test_a_name_alone_is_no_containment(name):
    assert split_containment(name) is None


@PROPERTY
@given(inner=_NAME, outer=_NAME)
def test_an_unspaced_em_dash_separates_as_a_spaced_one_does(inner, outer):
    """'Homs—Qusoor': typeset text sets the em dash without spaces; it is never inside a
    name (a hyphen is: 'Deir ez-Zor')."""
    assert split_containment(f"{outer}—{inner}") == (inner, outer)


@PROPERTY
@given(text=st.text(max_size=40))
def test_the_split_of_any_text_is_none_or_two_trimmed_names(text):
    parts = split_containment(text)
    assert parts is None or all(p and p == p.strip() for p in parts)


@settings(PROPERTY, max_examples=60)
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
       .filter(lambda t: not t.startswith("-") and t.strip()))
def test_lookup_of_any_text_answers_without_failing(tiny_index, capsys, text):
    """Whatever is typed (a blank name is a usage error, tests/geo/test_cli_gazetteer.py),
    the command answers: candidates (0) or 'no place' (1), never an error; --json always
    prints JSON, with the same exit status."""
    status = main(["gazetteer", "--index", str(tiny_index), "lookup", text])
    assert status in (0, 1)
    capsys.readouterr()
    assert main(["gazetteer", "--index", str(tiny_index), "lookup", text, "--json"]) == status
    json.loads(capsys.readouterr().out)
