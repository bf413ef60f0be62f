"""A sentence about a town that tells no event sets the scene for the next one ("Hakha
lies 200 km to the north. On Friday, soldiers there arrested ten men"): its "there" and
its unplaced deeds are at that town, not at the last event's (`focus.topic_mention`)."""

import pytest

import eventdesk

CLASH = "Troops clashed with militants in Gwoza on Monday, the army said. "
DEED = "On Tuesday, gunmen killed four farmers there."


def _farmers(text):
    events = eventdesk.extract(text, published="2023-05-15")
    return next(e for e in events if "farmers" in (e.evidence or ""))


@pytest.mark.slow
def test_there_is_the_town_the_sentence_before_was_about():
    farmers = _farmers(CLASH + "Bama, the second largest town in the state, lies about 70 km "
                       "to the north. On Tuesday, gunmen there killed four farmers.")
    assert (farmers.location, farmers.geo_precision) == ("Bama", 1)


@pytest.mark.slow
def test_a_village_the_index_lacks_lies_by_the_town_it_is_located_by():
    farmers = _farmers(CLASH + "Kilwandi is a farming village about 5 km south of Bama on "
                       "the road to Maiduguri. " + DEED)
    assert (farmers.location, farmers.geo_precision) == ("Bama - Kilwandi", 2)


@pytest.mark.slow
@pytest.mark.parametrize("aside", [
    "Kilwandi is a farming village about 120 km south of Bama. ",   # far from it
    "Borno has been the centre of the insurgency since 2009. ",     # a region, no town
])
def test_no_town_to_set_the_scene_leaves_the_last_events_place(aside):
    assert _farmers(CLASH + aside + DEED).location == "Gwoza"


@pytest.mark.slow
def test_a_mountain_the_village_lies_at_sets_no_scene():
    farmers = _farmers("Gunmen killed two shepherds in Tal Afar on Monday, police said. "
                       "Kilwandi lies at the foot of Mount Sinjar, some 30 km from Tal Afar. "
                       + DEED)
    # the village is by Tal Afar (placing/introduced.py), not at the mountain's point
    assert farmers.location.split(" - ")[0] == "Tall Afar"
