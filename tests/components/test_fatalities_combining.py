"""One event's dead told twice: a risen toll replaces, others and attackers add up, the same
dead told twice count once."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.components.fatalities import FatalityCount, combine_tolls, count_fatalities


def _combined(first: str, later: str) -> int | None:
    return combine_tolls(count_fatalities(first), count_fatalities(later)).count


@pytest.mark.parametrize(
    "first, later, count",
    [
        # A risen toll replaces the earlier count.
        ("Gunmen killed 12 people in the market.", "The death toll rose to 15 on Tuesday.", 15),
        ("A bomb killed 40 worshippers.", "The toll has since climbed to 38, officials said.",
         38),
        # Others, the attackers, another side: distinct groups add up.
        ("Insurgents killed three soldiers.", "Five attackers were also killed.", 8),
        ("At least 12 people were killed in the bombing.",
         "Troops ended the siege, killing the three gunmen.", 15),
        ("Rebels ambushed a convoy, killing four soldiers.", "Seven militants were killed.", 11),
        ("Rebels ambushed a convoy, killing four soldiers.", "Two civilians also died.", 6),
        # The same dead told twice under other nouns: the fuller telling stands.
        ("Gunmen killed eight villagers.", "Eight people were killed, the minister said.", 8),
        ("Gunmen killed 20 villagers.", "Twenty civilians died in the attack.", 20),
        ("Gunmen killed two farmers.", "Five people were killed in the attack.", 5),
        # A second figure for the same dead, the toll or the same group again, conflicts:
        # the lowest stands (GUIDELINES), whichever is told first.
        ("Shelling killed two people.", "Five people were killed in the shelling.", 2),
        ("Gunmen killed at least 27 people in a raid.",
         "A community leader put the death toll at 40.", 27),
        ("Rebels said they killed 20 soldiers.", "The army said seven soldiers died.", 7),
        ("Seven soldiers were killed.", "The rebels claimed they had killed 20 soldiers.", 7),
        # A telling with no number leaves the count.
        ("Gunmen killed 9 people.", "The attack was condemned.", 9),
        ("The attack was condemned.", "Gunmen killed 9 people.", 9),
    ],
)
def test_two_tellings_of_one_event_combine_their_dead(first, later, count):
    assert _combined(first, later) == count


def test_a_group_counted_again_takes_its_lowest_figure_and_keeps_the_others():
    """"Seven soldiers were killed …; 11 militants were also killed. The militants claimed
    they had killed 20 soldiers": 7 soldiers and 11 militants."""
    told = [count_fatalities(s) for s in (
        "At least seven soldiers were killed when militants stormed the base.",
        "The army said 11 militants were also killed.",
        "The militants claimed they had killed 20 soldiers.",
        "The army later said only four soldiers were killed.")]
    both = combine_tolls(told[0], told[1])
    assert combine_tolls(both, told[2]).count == 18
    assert combine_tolls(both, told[3]).count == 15


_NUMBER_PHRASES = st.sampled_from(
    ["one", "twenty-one", "a dozen", "half a dozen", "two dozen", "dozens", "scores",
     "hundreds", "a couple", "a couple of", "a couple of hundred", "1,102", "3-5", "1.5 million",
     "99999999999999999", "zero", "ninety-nine", "a hundred and five", "several",
     "tens of thousands", "between six and nine", "at least 40", "more than 200", "up to 10"])
_TOLL_WORDS = st.sampled_from(
    ["killing", "killed", "were", "dead", "died", "the toll rose to", "toll", "at", "people",
     "soldiers", "himself", "herself", "and their driver", "losing", "men", "of whom",
     "found shot dead", "from", "also", "more", "others", ",", ".", ";", "including",
     "wounded", "gunmen", "a", "the"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_NUMBER_PHRASES, _TOLL_WORDS), max_size=25),
       st.lists(st.one_of(_NUMBER_PHRASES, _TOLL_WORDS), max_size=25))
def test_numbers_in_words_ranges_and_two_tellings_never_fail(first, later):
    a, b = count_fatalities(" ".join(first)), count_fatalities(" ".join(later))
    for result in (a, b):
        assert result.count is None or 0 <= result.count
        assert result.count is not None or not result.groups  # an implausible toll adds none
    both = combine_tolls(a, b)
    assert both.count is None or both.count >= 0
    assert (both.count is None) == (a.count is None and b.count is None)
    assert combine_tolls(a, FatalityCount(None, None, None, None)) == a
