"""Where a deed that names no place was, in a feature that moves between scenes (issue 8):
a sentence fronting a town and telling no event sets the next deeds' scene
(`placing.frame_scene`), as does one whose subject is "in the capital"
(`frame_scene.capital_scene`); a sentence telling history names none
(`placing.history_scene`)."""

import pytest

import eventdesk

CLASH = "On Monday, at least five people were killed in a gunfight near Gwoza town, police said. "
MARCH = ("On Tuesday, thousands of students marched to demand the police chief's removal; "
         "police fired tear gas to disperse them.")


def _protest(text):
    events = eventdesk.extract(text, published="2023-05-17")
    return next(e for e in events if e.event_type == "Protests")


@pytest.mark.slow
def test_a_fronted_town_of_a_sentence_telling_no_event_is_the_next_deeds_scene():
    protest = _protest(CLASH + "In Maiduguri, students responded with anger at the militants. "
                       + MARCH)
    assert protest.location == "Maiduguri"


@pytest.mark.slow
def test_a_fronted_town_where_officials_spoke_sets_no_scene():
    protest = _protest(CLASH + "In Maiduguri, officials said the militants had fled. " + MARCH)
    assert protest.location == "Gwoza"


@pytest.mark.slow
def test_anger_in_the_capital_moves_the_next_deeds_to_the_capital():
    protest = _protest(CLASH + "Anger in the capital spilled into the streets two days "
                       "later. " + MARCH)
    assert protest.location == "Abuja"
    protest = _protest(CLASH + "In the capital, students responded with anger. " + MARCH)
    assert protest.location == "Abuja"


@pytest.mark.slow
def test_the_capital_where_officials_spoke_or_named_aside_sets_no_scene():
    protest = _protest(CLASH + "In the capital, officials said the militants had fled. "
                       + MARCH)
    assert protest.location == "Gwoza"
    protest = _protest(CLASH + "Students angered by the news travelled to the capital. "
                       + MARCH)
    assert protest.location == "Gwoza"


@pytest.mark.slow
def test_the_towns_of_a_sentence_telling_history_set_no_scene():
    protest = _protest(
        "A drone strike hit Gwoza on Monday, killing 12 people, officials said. Residents "
        "described homes reduced to rubble. The strike extends a campaign that began with "
        "raids on Bama and Dikwa last year. Anger spilled into the streets. " + MARCH)
    assert protest.location == "Gwoza"


def test_a_candidate_with_no_feature_code_is_no_town():
    from types import SimpleNamespace

    from eventdesk.components.events.placing.frame_scene import is_town_of
    from eventdesk.geo.candidates import Candidate

    def cand(code):
        return Candidate(7, "Dorvan", "XX", "X", None, None, "P", code, 100, 1.0, 2.0)

    place = SimpleNamespace(geonameid=7)
    assert is_town_of(SimpleNamespace(candidates=[cand("PPLA")]), place)
    assert not is_town_of(SimpleNamespace(candidates=[cand(None)]), place)
    assert not is_town_of(SimpleNamespace(candidates=[cand("MT")]), place)
