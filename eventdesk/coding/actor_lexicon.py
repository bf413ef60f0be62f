"""The actor vocabulary, read from eventdesk/data/actors/*.toml and checked: countries and
their words, named actors and their aliases, generic classes, heads and modifiers, and the
conflict rules that resolve a class to an actor by country, years and region. Only
`coding.actors` (with `actor_phrases` and `actor_naming`) combines it into mentions;
this module knows the files, not the Docs.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventdesk.errors import ActorDataError
from eventdesk.geo.countries import CODED_AS

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

# Classes with a built-in meaning when no conflict rule names an actor for them.
TERMINAL_CLASSES = ("military", "police", "government", "unidentified", "communal",
                    "civilian", "protester", "rioter")
# Pseudo-class of modifiers ("government", "regime", "junta"): the state side of the head noun.
STATE_MODIFIER = "state"
HEAD_KINDS = ("force", "asset", "people")
# Final words of country names that read "the …": "Military Forces of the Cayman Islands".
_ARTICLE_WORDS = ("Islands", "Territories", "Antilles", "Isles", "Republic", "Kingdom",
                  "States", "Emirates")


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


# --------------------------------------------------------------------------- loading


def _fail(path: Path, message: str) -> ActorDataError:
    return ActorDataError(message, path=str(path))


def _str_list(path: Path, where: str, value, *, allow_empty: bool = True) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, f"{where} must be a list of non-empty strings")
    if not value and not allow_empty:
        raise _fail(path, f"{where} must not be empty")
    return [v.strip() for v in value]


def _check_keys(path: Path, where: str, table, allowed: Iterable[str], required=()) -> None:
    if not isinstance(table, dict):
        raise _fail(path, f"{where} must be a table")
    unknown = set(table) - set(allowed)
    if unknown:
        raise _fail(path, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    missing = [k for k in required if k not in table]
    if missing:
        raise _fail(path, f"{where}: missing key(s) {', '.join(missing)}")


def _iso2(path: Path, where: str, value) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value):
        raise _fail(path, f"{where}: {value!r} is not an upper-case ISO 3166 alpha-2 code")
    return value


def _inter(path: Path, where: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 8:
        raise _fail(path, f"{where}: inter must be an integer from 1 to 8, not {value!r}")
    return value


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(path, f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise _fail(path, f"cannot be read: {exc}") from exc


_FILE_KEYS = ("meta", "country", "class", "head", "modifier", "loaded", "protest", "compound",
              "actor", "context")


def load_lexicon(directory: Path) -> Lexicon:
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise ActorDataError("no actor data files (*.toml) found", path=str(directory))
    lex = Lexicon()
    docs = [(path, _read_toml(path)) for path in files]
    for path, data in docs:
        _check_keys(path, "file", data, _FILE_KEYS)
    # Countries and generic vocabulary first: the named actors and rules refer to them.
    for path, data in docs:
        _load_countries(lex, path, data.get("country", []))
    _add_iso_countries(lex)
    for path, data in docs:
        _load_generic(lex, path, data)
    order = 0
    for path, data in docs:
        meta = data.get("meta", {})
        _check_keys(path, "[meta]", meta, ("title", "countries", "global", "note"))
        scope = frozenset(_iso2(path, "[meta] countries", c)
                          for c in _str_list(path, "[meta] countries", meta.get("countries", [])))
        is_global = meta.get("global", False)
        if not isinstance(is_global, bool):
            raise _fail(path, "[meta] global must be true or false")
        scope = None if is_global else scope
        seen: dict[str, str] = {}
        for i, entry in enumerate(data.get("actor", [])):
            order += 1
            _load_actor(lex, path, f"[[actor]] #{i + 1}", entry, scope, order, seen)
    for path, data in docs:
        for i, entry in enumerate(data.get("context", [])):
            _load_rule(lex, path, f"[[context]] #{i + 1}", entry, len(lex.rules))
    for path, data in docs:
        _check_classes(lex, path, data)
    return lex


def _load_countries(lex: Lexicon, path: Path, entries) -> None:
    if not isinstance(entries, list):
        raise _fail(path, "[[country]] must be an array of tables")
    for i, entry in enumerate(entries):
        where = f"[[country]] #{i + 1}"
        _check_keys(path, where, entry, ("iso2", "name", "article", "adjectives", "names",
                                         "people"), ("iso2", "name"))
        iso2 = _iso2(path, where, entry["iso2"])
        if iso2 in lex.countries:
            raise _fail(path, f"{where}: country {iso2} is defined twice")
        name = entry["name"]
        if not isinstance(name, str) or not name:
            raise _fail(path, f"{where}: name must be a non-empty string")
        article = entry.get("article", False)
        if not isinstance(article, bool):
            raise _fail(path, f"{where}: article must be true or false")
        lex.countries[iso2] = Country(iso2, name, f"the {name}" if article else name)
        words = _str_list(path, where, entry.get("adjectives", [])) + _str_list(
            path, where, entry.get("names", []))
        for word in [name, *words]:
            lex.country_words[word] = lex.country_words.get(word, ()) + (iso2,)
        for word in [name, *_str_list(path, where, entry.get("names", []))]:
            lex.country_by_name.setdefault(word.lower(), iso2)
        for word in _str_list(path, where, entry.get("people", [])):
            lex.demonyms[word] = lex.demonyms.get(word, ()) + (iso2,)


def _add_iso_countries(lex: Lexicon) -> None:
    """Every ISO 3166 country (and Kosovo) the data files leave out, under ACLED's name, so
    any country the gazetteer places an event in has civilians, forces and a display name.
    They get no adjectives or names to match in the text: only countries.toml's do."""
    import pycountry

    from eventdesk.geo.countries import ACLED_NAMES

    for iso2, same in CODED_AS.items():
        if iso2 not in lex.countries and same in lex.countries:
            lex.countries[iso2] = lex.countries[same]
    entries = [(c.alpha_2, getattr(c, "common_name", None) or c.name)
               for c in pycountry.countries]
    for iso2, iso_name in [*entries, ("XK", "Kosovo")]:
        if iso2 in lex.countries:
            continue
        name = ACLED_NAMES.get(iso2, iso_name)
        article = name.split()[-1] in _ARTICLE_WORDS or name in ("Bahamas", "Maldives")
        lex.countries[iso2] = Country(iso2, name, f"the {name}" if article else name)
        lex.country_by_name.setdefault(name.lower(), iso2)


def _load_generic(lex: Lexicon, path: Path, data: dict) -> None:
    for i, entry in enumerate(data.get("class", [])):
        where = f"[[class]] #{i + 1}"
        _check_keys(path, where, entry, ("name", "fallback", "note"), ("name",))
        name, fallback = entry["name"], entry.get("fallback", "")
        if not isinstance(name, str) or not isinstance(fallback, str):
            raise _fail(path, f"{where}: name and fallback must be strings")
        if name in lex.classes or name in TERMINAL_CLASSES or name == STATE_MODIFIER:
            raise _fail(path, f"{where}: class {name!r} is defined twice or is built in")
        lex.classes[name] = fallback
    for i, entry in enumerate(data.get("head", [])):
        where = f"[[head]] #{i + 1}"
        _check_keys(path, where, entry, ("class", "with_country", "kind", "domestic", "words",
                                         "note"), ("class", "kind", "words"))
        kind = entry["kind"]
        if kind not in HEAD_KINDS:
            raise _fail(path, f"{where}: kind must be one of {', '.join(HEAD_KINDS)}")
        domestic = entry.get("domestic", False)
        if not isinstance(domestic, bool):
            raise _fail(path, f"{where}: domestic must be true or false")
        cls, with_country = entry["class"], entry.get("with_country", entry["class"])
        if not isinstance(cls, str) or not isinstance(with_country, str):
            raise _fail(path, f"{where}: class and with_country must be strings")
        head = Head(cls, with_country, kind, domestic)
        for word in _str_list(path, where, entry["words"], allow_empty=False):
            if word.lower() in lex.heads:
                raise _fail(path, f"{where}: head word {word!r} is listed twice (also in "
                                  f"{lex.sources[('head', word.lower())]})")
            lex.heads[word.lower()] = head
            lex.sources[("head", word.lower())] = path.name
    for i, entry in enumerate(data.get("modifier", [])):
        where = f"[[modifier]] #{i + 1}"
        _check_keys(path, where, entry, ("class", "words", "note"), ("class", "words"))
        if not isinstance(entry["class"], str):
            raise _fail(path, f"{where}: class must be a string")
        for word in _str_list(path, where, entry["words"], allow_empty=False):
            if word.lower() in lex.modifiers:
                raise _fail(path, f"{where}: modifier {word!r} is listed twice (also in "
                                  f"{lex.sources[('modifier', word.lower())]})")
            lex.modifiers[word.lower()] = entry["class"]
            lex.sources[("modifier", word.lower())] = path.name
    if "loaded" in data:
        entry = data["loaded"]
        _check_keys(path, "[loaded]", entry, ("words", "phrases", "note"))
        words = _str_list(path, "[loaded] words", entry.get("words", []))
        phrases = _str_list(path, "[loaded] phrases", entry.get("phrases", []))
        # Words that the tokenizer splits ("neo-Nazi", "Da'esh") are checked as phrases.
        split = [w for w in words if re.search(r"[^\w]", w)]
        lex.loaded_words = lex.loaded_words | {w.lower() for w in words if w not in split}
        lex.loaded_phrases = lex.loaded_phrases + tuple(
            norm_phrase(p.lower()) for p in [*phrases, *split])
    if "compound" in data:
        entry = data["compound"]
        _check_keys(path, "[compound]", entry, ("nouns", "note"), ("nouns",))
        lex.compound_nouns = lex.compound_nouns | {
            v.lower() for v in _str_list(path, "[compound] nouns", entry["nouns"])}
    if "protest" in data:
        entry = data["protest"]
        _check_keys(path, "[protest]", entry, ("verbs", "gap", "note"), ("verbs",))
        lex.protest_verbs = lex.protest_verbs | {
            v.lower() for v in _str_list(path, "[protest] verbs", entry["verbs"])}
        lex.protest_gap = lex.protest_gap | {
            v.lower() for v in _str_list(path, "[protest] gap", entry.get("gap", []))}


def _load_actor(lex: Lexicon, path: Path, where: str, entry, scope, order: int,
                seen: dict[str, str]) -> None:
    """One named actor; `seen` holds the aliases of this file (one conflict): no duplicates."""
    _check_keys(path, where, entry, ("name", "inter", "country", "aliases", "loaded_aliases",
                                     "local_aliases", "note"), ("name", "inter"))
    name = entry["name"]
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, f"{where}: name must be a non-empty string")
    where = f"{where} ({name})"
    inter = _inter(path, where, entry["inter"])
    country = entry.get("country")
    if country is not None:
        country = _iso2(path, where, country)
        if country not in lex.countries:
            raise _fail(path, f"{where}: country {country} is not in the country table")
    known = lex.registry.get(name)
    if known is not None and known != (inter, country):
        raise _fail(path, f"{where}: actor {name!r} is defined elsewhere with inter/country "
                          f"{known}, here {(inter, country)}")
    lex.registry[name] = (inter, country)
    if scope is None:  # a file of global actors (international forces): no conflict scope
        scope = frozenset()
    elif not scope:
        scope = frozenset({country} if country else ())
    actor = NamedActor(name, inter, country, scope, order)
    aliases = _str_list(path, where, entry.get("aliases", []))
    loaded = _str_list(path, where, entry.get("loaded_aliases", []))
    # "Boko Haram fighters" = alias + generic head: the matcher composes it, and keeping it as a
    # name would hide the conflict-dependent reading of the shorter alias ("al-Shabaab").
    own = {a.lower() for a in [name, *aliases, *loaded]}
    aliases = [a for a in aliases if not _alias_plus_head(lex, a, own)]
    local = set(_str_list(path, where, entry.get("local_aliases", [])))
    aliases += sorted(local)
    for alias, is_loaded in [(name, False), *((a, False) for a in aliases),
                             *((a, True) for a in loaded)]:
        if is_state_name(alias) or alias.startswith("Unidentified Armed Group"):
            continue  # the name itself is rarely written that way in news prose
        key = alias if is_acronym(alias) else alias.lower()
        if key in seen and seen[key] != name:
            raise _fail(path, f"{where}: alias {alias!r} is used twice in this conflict "
                              f"(also for {seen[key]!r})")
        if key in seen:
            continue  # the same actor's alias repeated (e.g. equal to its name): harmless
        seen[key] = name
        lex.named.setdefault(alias, []).append(
            Candidate(actor, is_loaded, bool(actor.scope) and _is_local(alias, local)))


def _load_rule(lex: Lexicon, path: Path, where: str, entry, order: int) -> None:
    _check_keys(path, where, entry, ("countries", "years", "admin1", "map", "foreign", "note"),
                ("countries",))
    countries = frozenset(_iso2(path, where, c)
                          for c in _str_list(path, where, entry["countries"], allow_empty=False))
    years = entry.get("years")
    if years is not None:
        if (not isinstance(years, list) or len(years) != 2
                or not all(isinstance(y, int) and not isinstance(y, bool) for y in years)
                or years[0] > years[1]):
            raise _fail(path, f"{where}: years must be [first, last] integers")
        years = (years[0], years[1])
    admin1 = entry.get("admin1")
    if admin1 is not None:
        admin1 = frozenset(norm_admin(a) for a in _str_list(path, where, admin1,
                                                              allow_empty=False))
    mapping = entry.get("map", {})
    if not isinstance(mapping, dict):
        raise _fail(path, f"{where}: map must be a table of class = \"actor name\"")
    for cls, name in mapping.items():
        if cls not in lex.classes and cls not in TERMINAL_CLASSES:
            raise _fail(path, f"{where}: map uses unknown class {cls!r}")
        if not isinstance(name, str) or known_name(lex, name) is None:
            raise _fail(path, f"{where}: map {cls} = {name!r} names no known actor")
    foreign = entry.get("foreign")
    if foreign is not None:
        _check_keys(path, f"{where} foreign", foreign, ("template", "countries", "inter"),
                    ("template", "countries", "inter"))
        template = foreign["template"]
        if not isinstance(template, str) or not template:
            raise _fail(path, f"{where}: foreign template must be a non-empty string")
        f_countries = frozenset(_iso2(path, where, c)
                                for c in _str_list(path, where, foreign["countries"]))
        foreign = ForeignMission(template, f_countries, _inter(path, where, foreign["inter"]))
    if not mapping and foreign is None:
        raise _fail(path, f"{where}: a context needs a map or a foreign rule")
    lex.rules.append(ContextRule(countries, years, admin1, dict(mapping), foreign, order,
                                 path.name))


def _check_classes(lex: Lexicon, path: Path, data: dict) -> None:
    """Every class a file names must exist once all files are read."""
    known = set(lex.classes) | set(TERMINAL_CLASSES)
    for entry in data.get("class", []):
        if entry.get("fallback") and entry["fallback"] not in known:
            raise _fail(path, f"class {entry['name']!r} falls back to unknown class "
                              f"{entry['fallback']!r}")
    for entry in data.get("head", []):
        for cls in (entry["class"], entry.get("with_country", "")):
            if cls and cls not in known:
                raise _fail(path, f"[[head]] {entry['words'][0]!r}... uses unknown class {cls!r}")
    for entry in data.get("modifier", []):
        cls = entry["class"]
        if cls and cls != STATE_MODIFIER and cls not in known:
            raise _fail(path, f"[[modifier]] {entry['words'][0]!r}... uses unknown class {cls!r}")


def _is_local(alias: str, local: set[str]) -> bool:
    """Aliases that name the actor only inside its own conflict: common nouns ("settlers"),
    generic institutions listed as `local_aliases` ("National Guard"), and acronyms of up to
    three letters ("RSF" is also Reporters Without Borders, "PDF" a file format)."""
    if alias in local or alias == alias.lower():  # "settlers", not "al-Shabaab"
        return True
    letters = [c for c in alias if c.isalpha()]
    return is_acronym(alias) and len(letters) <= 3


def _alias_plus_head(lex: Lexicon, alias: str, own: set[str]) -> bool:
    words = alias.split()
    for cut in range(1, len(words)):
        head, base = " ".join(words[cut:]).lower(), " ".join(words[:cut]).lower()
        if base in own and head in lex.heads and lex.heads[head].kind != "people":
            return True
    return False


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
    """Short all-capital aliases ("IS", "US", "ADF") match case-sensitively: "is" is a verb."""
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def norm_phrase(text: str) -> str:
    """Phrase text with no spaces around hyphens and apostrophes, as tokens re-joined give."""
    return re.sub(r"\s*([-'\u2019])\s*", r"\1", " ".join(text.split()))
