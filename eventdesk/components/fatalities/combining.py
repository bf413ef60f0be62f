"""One event's dead told twice: which telling stands, or how the two add up."""

from __future__ import annotations

from eventdesk.components.fatalities.counting import FatalityCount, plausible_toll
from eventdesk.components.fatalities.lexicon import lexicon


def combine_tolls(earlier: FatalityCount, later: FatalityCount) -> FatalityCount:
    """The dead of one event told twice: a toll that rose replaces the earlier count;
    the dead told as others ("five attackers were also killed") or as the attackers
    killed after victims ("killing the three gunmen") add up; a second figure for the
    same dead (the toll again, or a group the earlier count holds: "al-Shabaab said it
    had killed 20 soldiers" after "seven soldiers were killed") is a conflicting source,
    and the lowest figure stands (GUIDELINES); otherwise the two tellings count the same
    dead under other nouns ("20 villagers", "20 civilians"), and the larger (the fuller
    telling) stands."""
    if later.count is None:
        return earlier if earlier.text is not None or later.text is None else later
    if earlier.count is None or later.update:
        return later
    if all(head == "*more*" for head, _ in later.groups) and later.groups or \
            _attackers_after_victims(earlier.groups, later.groups):
        return _added(earlier, later, earlier.count + later.count,
                      earlier.groups + later.groups)
    if _same_dead(earlier.groups, later.groups):
        return _lowest(earlier, later)
    return later if later.count > earlier.count else earlier


def _added(earlier: FatalityCount, later: FatalityCount, total: int,
           groups: tuple[tuple[str, int], ...]) -> FatalityCount:
    """Both tellings' words, for a count of `total` made of `groups`."""
    count = plausible_toll(total)
    return FatalityCount(count, f"{earlier.text} + {later.text}", earlier.start, earlier.end,
                         groups if count is not None else (), False)


def _same_dead(first: tuple[tuple[str, int], ...],
               second: tuple[tuple[str, int], ...]) -> bool:
    """Every group the later telling counts is one the earlier count holds, by the same
    noun (the "*total*" of a toll included), none of them told as others."""
    held = {head for head, _ in first} - {"*more*"}
    return bool(second) and all(head in held for head, _ in second)


def _lowest(earlier: FatalityCount, later: FatalityCount) -> FatalityCount:
    """The lower of two figures for each group the later telling counts again: the later
    telling when it counts all the earlier's groups, lower; the earlier count when no
    figure is lower."""
    told: dict[str, int] = {}
    for head, value in later.groups:
        told[head] = min(value, told.get(head, value))
    held = {head for head, _ in earlier.groups}
    if held == set(told):
        return later if later.count < earlier.count else earlier
    groups = tuple((head, min(value, told.get(head, value))) for head, value in earlier.groups)
    lower = earlier.count - sum(value for _, value in earlier.groups) + sum(
        value for _, value in groups)
    return earlier if lower >= earlier.count else _added(earlier, later, lower, groups)


def _attackers_after_victims(first: tuple[tuple[str, int], ...],
                             second: tuple[tuple[str, int], ...]) -> bool:
    """The later telling's dead are all attackers and the earlier's none ("12 people were
    killed …; soldiers ended the siege, killing the three gunmen")."""
    attackers = lexicon()["attackers"]
    return bool(first and second) and all(head in attackers for head, _ in second) \
        and not any(head in attackers for head, _ in first)
