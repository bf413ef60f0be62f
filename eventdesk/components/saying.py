"""Verbs of saying, one list: data/rules/lexicon.toml `[saying]`, loaded once.

Several readers ask "is this a verb of saying?" and each needs a slightly different
answer (a speaker's place is not read after "reported", a headline's "says" tells no
deed). The table holds the base verbs and, per reader, a named set that drops or adds
verbs with the reason why; `saying_verbs(NAME)` gives that set. It is read here, not by
`events.rules.load_table`, because `triggers` (below the events package) needs it.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from eventdesk.errors import RuleDataError

LEXICON = Path(__file__).resolve().parent.parent / "data" / "rules" / "lexicon.toml"
SET_KEYS = {"about", "read_by", "drop", "add"}


@functools.cache
def _sets() -> dict[str, frozenset[str]]:
    """Every named set, checked: a verb dropped must be in the base, one added must not."""
    try:
        saying = tomllib.loads(LEXICON.read_text("utf-8"))["saying"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise RuleDataError(f"cannot read [saying]: {exc!r}", path=str(LEXICON)) from exc
    base = frozenset(saying["verbs"])
    sets = {}
    for name, entry in saying["sets"].items():
        drop, add = set(entry.get("drop", {})), set(entry.get("add", {}))
        wrong = (set(entry) - SET_KEYS) | (drop - base) | (add & base)
        if wrong or not entry.get("about"):
            raise RuleDataError(f"set {name!r}: unknown key, a dropped verb not in the base, "
                                f"an added one already in it, or no about: {sorted(wrong)}",
                                path=str(LEXICON))
        sets[name] = (base - drop) | add
    return sets


def saying_verbs(name: str) -> frozenset[str]:
    """The lemmas of the named set (lexicon.toml `[saying.sets.NAME]`)."""
    try:
        return _sets()[name]
    except KeyError:
        raise RuleDataError(f"no set {name!r} (known: {', '.join(sorted(_sets()))})",
                            path=str(LEXICON)) from None
