"""One event's dead told twice: which telling stands, or how the two add up."""

from __future__ import annotations

from eventdesk.components.fatalities.counting import FatalityCount, plausible_toll
from eventdesk.components.fatalities.lexicon import lexicon


def combine_tolls(earlier: FatalityCount, later: FatalityCount) -> FatalityCount:
    """The dead of one event told twice: a toll that rose replaces the earlier count;
    the dead told as others ("five attackers were also killed") or as the attackers
    killed after victims ("killing the three gunmen") add up; otherwise the two tellings
    count the same dead, often under other nouns ("20 villagers", "20 civilians"), and
    the larger (the fuller telling) stands."""
    if later.count is None:
        return earlier if earlier.text is not None or later.text is None else later
    if earlier.count is None or later.update:
        return later
    if all(head == "*more*" for head, _ in later.groups) and later.groups or \
            _attackers_after_victims(earlier.groups, later.groups):
        count = plausible_toll(earlier.count + later.count)
        return FatalityCount(count, f"{earlier.text} + {later.text}", earlier.start,
                             earlier.end, earlier.groups + later.groups if count is not None
                             else (), False)
    return later if later.count > earlier.count else earlier


def _attackers_after_victims(first: tuple[tuple[str, int], ...],
                             second: tuple[tuple[str, int], ...]) -> bool:
    """The later telling's dead are all attackers and the earlier's none ("12 people were
    killed …; soldiers ended the siege, killing the three gunmen")."""
    attackers = lexicon()["attackers"]
    return bool(first and second) and all(head in attackers for head, _ in second) \
        and not any(head in attackers for head, _ in first)
