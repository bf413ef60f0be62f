"""A name read abroad, called a town, in a report that gives two kinds of evidence of
another land anywhere (its militia in the sentence, a town of it in another) is that land's
place, even when the name's own reading weighs more. Over test_events_place_abroad's tiny
gazetteer, which knows a city of 400,000 abroad named like a Somali village it lacks."""

from __future__ import annotations

import pytest

from tests.components.test_events_place_abroad import SHABAAB, _report, gaz  # noqa: F401

# 0 Police 1 patrolled 2 Jowhar 3 . 4 Al-Shabaab 5 shelled 6 the 7 town 8 of 9 Dhusamareb
WORDS = ["Police", "patrolled", "Jowhar", ".", "Al-Shabaab", "shelled", "the", "town", "of",
         "Dhusamareb"]
HEADS = [1, 1, 1, 1, 5, 5, 7, 5, 7, 8]
DEPS = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"]


@pytest.mark.parametrize("actors, moved_to", [([(4, SHABAAB)], "SO"), ([], None)])
def test_two_kinds_of_evidence_of_a_land_anywhere_overrule_a_town_abroad(
        parsed, gaz, actors, moved_to):  # noqa: F811
    from eventdesk.components.events.placing.abroad import namesake_abroad
    from eventdesk.components.triggers import Clause

    doc, placer, _, place = _report(parsed, gaz, WORDS, HEADS, DEPS, actors=actors,
                                    countries=("SO", "PK"), town="Dhusamareb")
    assert place.country_code == "PK"
    sent = doc[4:]
    moved = namesake_abroad(placer, doc, sent, Clause(root=doc[5], tokens=list(sent),
                                                      sent=sent), place)
    if moved_to is None:  # a town of the land alone, elsewhere: one kind, the city stays
        assert moved is None
    else:
        assert (moved.country_code, moved.latitude) == (moved_to, None)
