"""The actor vocabulary as the matcher reads it: countries and their words, named actors
and their aliases, generic classes, heads and modifiers, and the conflict rules that
resolve a class to an actor by country, years and region; and the lookups of a name. It is
read from eventdesk/data/actors/*.toml and checked by actor_loading.py. Only
`coding.actors` (with `actor_phrases` and `actor_naming`) combines it into mentions;
this module knows neither the files nor the Docs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

# Classes with a built-in meaning when no conflict rule names an actor for them.
TERMINAL_CLASSES = ("military", "police", "government", "unidentified", "communal",
                    "civilian", "protester", "rioter")
# Pseudo-class of modifiers ("government", "regime", "junta"): the state side of the head noun.
STATE_MODIFIER = "state"
HEAD_KINDS = ("force", "asset", "people")


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    name: str        # "Democratic Republic of Congo", used in "Civilians (…)"
    of_name: str     # "the Democratic Republic of Congo", used in "Military Forces of …"


@dataclass(frozen=True, slots=True)
class NamedActor:
    name: str
    inter: int
    country: str | None
    scope: frozenset[str]   # countries of the conflict file: picks among same-alias actors
    order: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of an alias; `contextual` readings apply only inside their own conflict
    (see `_is_local`)."""

    actor: NamedActor
    loaded: bool
    contextual: bool


@dataclass(frozen=True, slots=True)
class Head:
    cls: str            # class when the head stands alone ("" = never alone)
    with_country: str   # class when only a country adjective precedes it
    kind: str           # force | asset | people
    domestic: bool      # operates at home (air defences, border guards): never a foreign mission


PEOPLE_HEAD = Head("civilian", "civilian", "people", False)


@dataclass(frozen=True, slots=True)
class ForeignMission:
    template: str
    countries: frozenset[str]
    inter: int


@dataclass(frozen=True, slots=True)
class ContextRule:
    countries: frozenset[str]
    years: tuple[int, int] | None
    admin1: frozenset[str] | None
    mapping: dict
    foreign: ForeignMission | None
    order: int
    source: str
    # a group that became the state ("Taliban" from 2022): its names name the state's forces
    renames: dict = field(default_factory=dict)


@dataclass(slots=True)
class Lexicon:
    """Everything read from the data files, before any spaCy object exists."""

    countries: dict[str, Country] = field(default_factory=dict)
    country_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # surface → iso2s
    country_by_name: dict[str, str] = field(default_factory=dict)  # lower name → iso2
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Iraqis" → iso2s
    named: dict[str, list[Candidate]] = field(default_factory=dict)  # alias → readings
    registry: dict[str, tuple[int, str | None]] = field(default_factory=dict)  # name → inter
    classes: dict[str, str] = field(default_factory=dict)  # class → fallback class ("" = none)
    heads: dict[str, Head] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)  # surface → class
    loaded_words: frozenset[str] = frozenset()
    loaded_phrases: tuple[str, ...] = ()
    compound_nouns: frozenset[str] = frozenset()
    sources: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, word) → file
    protest_verbs: frozenset[str] = frozenset()
    protest_gap: frozenset[str] = frozenset()
    rules: list[ContextRule] = field(default_factory=list)


def norm_admin(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def is_state_name(name: str) -> bool:
    return name.startswith(("Military Forces of ", "Police Forces of ", "Government of "))


_PATTERN_NAMES = (
    (re.compile(r"^Military Forces of (?:the )?(.+?)(?: \(.+\))?$"), 1),
    (re.compile(r"^Police Forces of (?:the )?(.+?)(?: \(.+\))?$"), 1),
    (re.compile(r"^Government of (?:the )?(.+?)(?: \(.+\))?$"), 1),
    (re.compile(r"^Unidentified Armed Group \((.+)\)$"), 3),
    (re.compile(r"^Unidentified Communal Militia \((.+)\)$"), 4),
    (re.compile(r"^Rioters \((.+)\)$"), 5),
    (re.compile(r"^Protesters \((.+)\)$"), 6),
    (re.compile(r"^Civilians \((.+)\)$"), 7),
)


def known_name(lex: Lexicon, name: str) -> tuple[int, str | None] | None:
    """Inter code and home country of an actor name, from the registry or ACLED's patterns."""
    if name in lex.registry:
        return lex.registry[name]
    for pattern, inter in _PATTERN_NAMES:
        match = pattern.match(name)
        if match:
            iso2 = lex.country_by_name.get(match.group(1).lower())
            if iso2 is not None:
                return inter, iso2
    return None



def is_acronym(surface: str) -> bool:
    """Short all-capital aliases ("IS", "US", "ADF") match case-sensitively: "is" is a verb;
    so do short single words with a capital inside ("LeT", "JeM"): "Let" opens a sentence
    or a village's name (not "US Army", which news writes "US army" as well)."""
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and len(letters) <= 6 and (
        all(c.isupper() for c in letters)
        or surface.isalpha() and any(c.isupper() for c in letters[1:]))


def norm_phrase(text: str) -> str:
    """Phrase text with no spaces around hyphens and apostrophes, as tokens re-joined give."""
    return _MARK_SPACES.sub(r"\1", " ".join(text.split()))


# Spaces around a hyphen or an apostrophe ("al - Qaeda"), compiled once: every actor
# mention of every report is normalised with it.
_MARK_SPACES = re.compile(r"\s*([-'\u2019])\s*")
