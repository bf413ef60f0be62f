"""Loading the actor vocabulary from eventdesk/data/actors/*.toml into a Lexicon: the
countries and their words, the generic classes, heads and modifiers, the named actors of
each conflict and the conflict rules, each checked (actor_data_checks.py). Split from
actor_lexicon.py, which holds what is loaded and how it is looked up.
"""

from __future__ import annotations

import re
from pathlib import Path

from eventdesk.coding.actor_data_checks import (
    check_keys,
    data_error,
    inter_code,
    iso2_code,
    read_toml,
    str_list,
)
from eventdesk.coding.actor_lexicon import (
    HEAD_KINDS,
    STATE_MODIFIER,
    TERMINAL_CLASSES,
    Candidate,
    ContextRule,
    Country,
    ForeignMission,
    Head,
    Lexicon,
    NamedActor,
    is_acronym,
    is_state_name,
    known_name,
    norm_admin,
    norm_phrase,
)
from eventdesk.errors import ActorDataError
from eventdesk.geo.countries import CODED_AS

# Final words of country names that read "the …": "Military Forces of the Cayman Islands".
_ARTICLE_WORDS = ("Islands", "Territories", "Antilles", "Isles", "Republic", "Kingdom",
                  "States", "Emirates")
_FILE_KEYS = ("meta", "country", "class", "head", "modifier", "loaded", "protest", "compound",
              "actor", "context")


def load_lexicon(directory: Path) -> Lexicon:
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise ActorDataError("no actor data files (*.toml) found", path=str(directory))
    lex = Lexicon()
    docs = [(path, read_toml(path)) for path in files]
    for path, data in docs:
        check_keys(path, "file", data, _FILE_KEYS)
    # Countries and generic vocabulary first: the named actors and rules refer to them.
    for path, data in docs:
        _load_countries(lex, path, data.get("country", []))
    _add_iso_countries(lex)
    for path, data in docs:
        _load_generic(lex, path, data)
    order = 0
    for path, data in docs:
        meta = data.get("meta", {})
        check_keys(path, "[meta]", meta, ("title", "countries", "global", "note"))
        scope = frozenset(iso2_code(path, "[meta] countries", c)
                          for c in str_list(path, "[meta] countries", meta.get("countries", [])))
        is_global = meta.get("global", False)
        if not isinstance(is_global, bool):
            raise data_error(path, "[meta] global must be true or false")
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
        raise data_error(path, "[[country]] must be an array of tables")
    for i, entry in enumerate(entries):
        where = f"[[country]] #{i + 1}"
        check_keys(path, where, entry, ("iso2", "name", "article", "adjectives", "names",
                                        "people"), ("iso2", "name"))
        iso2 = iso2_code(path, where, entry["iso2"])
        if iso2 in lex.countries:
            raise data_error(path, f"{where}: country {iso2} is defined twice")
        name = entry["name"]
        if not isinstance(name, str) or not name:
            raise data_error(path, f"{where}: name must be a non-empty string")
        article = entry.get("article", False)
        if not isinstance(article, bool):
            raise data_error(path, f"{where}: article must be true or false")
        lex.countries[iso2] = Country(iso2, name, f"the {name}" if article else name)
        words = str_list(path, where, entry.get("adjectives", [])) + str_list(
            path, where, entry.get("names", []))
        for word in [name, *words]:
            lex.country_words[word] = lex.country_words.get(word, ()) + (iso2,)
        for word in [name, *str_list(path, where, entry.get("names", []))]:
            lex.country_by_name.setdefault(word.lower(), iso2)
        for word in str_list(path, where, entry.get("people", [])):
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
        check_keys(path, where, entry, ("name", "fallback", "note"), ("name",))
        name, fallback = entry["name"], entry.get("fallback", "")
        if not isinstance(name, str) or not isinstance(fallback, str):
            raise data_error(path, f"{where}: name and fallback must be strings")
        if name in lex.classes or name in TERMINAL_CLASSES or name == STATE_MODIFIER:
            raise data_error(path, f"{where}: class {name!r} is defined twice or is built in")
        lex.classes[name] = fallback
    for i, entry in enumerate(data.get("head", [])):
        where = f"[[head]] #{i + 1}"
        check_keys(path, where, entry, ("class", "with_country", "kind", "domestic", "words",
                                        "note"), ("class", "kind", "words"))
        kind = entry["kind"]
        if kind not in HEAD_KINDS:
            raise data_error(path, f"{where}: kind must be one of {', '.join(HEAD_KINDS)}")
        domestic = entry.get("domestic", False)
        if not isinstance(domestic, bool):
            raise data_error(path, f"{where}: domestic must be true or false")
        cls, with_country = entry["class"], entry.get("with_country", entry["class"])
        if not isinstance(cls, str) or not isinstance(with_country, str):
            raise data_error(path, f"{where}: class and with_country must be strings")
        head = Head(cls, with_country, kind, domestic)
        for word in str_list(path, where, entry["words"], allow_empty=False):
            if word.lower() in lex.heads:
                raise data_error(path, f"{where}: head word {word!r} is listed twice (also in "
                                       f"{lex.sources[('head', word.lower())]})")
            lex.heads[word.lower()] = head
            lex.sources[("head", word.lower())] = path.name
    for i, entry in enumerate(data.get("modifier", [])):
        where = f"[[modifier]] #{i + 1}"
        check_keys(path, where, entry, ("class", "words", "note"), ("class", "words"))
        if not isinstance(entry["class"], str):
            raise data_error(path, f"{where}: class must be a string")
        for word in str_list(path, where, entry["words"], allow_empty=False):
            if word.lower() in lex.modifiers:
                raise data_error(path, f"{where}: modifier {word!r} is listed twice (also in "
                                       f"{lex.sources[('modifier', word.lower())]})")
            lex.modifiers[word.lower()] = entry["class"]
            lex.sources[("modifier", word.lower())] = path.name
    if "loaded" in data:
        entry = data["loaded"]
        check_keys(path, "[loaded]", entry, ("words", "phrases", "note"))
        words = str_list(path, "[loaded] words", entry.get("words", []))
        phrases = str_list(path, "[loaded] phrases", entry.get("phrases", []))
        # Words that the tokenizer splits ("neo-Nazi", "Da'esh") are checked as phrases.
        split = [w for w in words if re.search(r"[^\w]", w)]
        lex.loaded_words = lex.loaded_words | {w.lower() for w in words if w not in split}
        lex.loaded_phrases = lex.loaded_phrases + tuple(
            norm_phrase(p.lower()) for p in [*phrases, *split])
    if "compound" in data:
        entry = data["compound"]
        check_keys(path, "[compound]", entry, ("nouns", "note"), ("nouns",))
        lex.compound_nouns = lex.compound_nouns | {
            v.lower() for v in str_list(path, "[compound] nouns", entry["nouns"])}
    if "protest" in data:
        entry = data["protest"]
        check_keys(path, "[protest]", entry, ("verbs", "gap", "note"), ("verbs",))
        lex.protest_verbs = lex.protest_verbs | {
            v.lower() for v in str_list(path, "[protest] verbs", entry["verbs"])}
        lex.protest_gap = lex.protest_gap | {
            v.lower() for v in str_list(path, "[protest] gap", entry.get("gap", []))}


def _load_actor(lex: Lexicon, path: Path, where: str, entry, scope, order: int,
                seen: dict[str, str]) -> None:
    """One named actor; `seen` holds the aliases of this file (one conflict): no duplicates."""
    check_keys(path, where, entry, ("name", "inter", "country", "aliases", "loaded_aliases",
                                    "local_aliases", "note"), ("name", "inter"))
    name = entry["name"]
    if not isinstance(name, str) or not name.strip():
        raise data_error(path, f"{where}: name must be a non-empty string")
    where = f"{where} ({name})"
    inter = inter_code(path, where, entry["inter"])
    country = entry.get("country")
    if country is not None:
        country = iso2_code(path, where, country)
        if country not in lex.countries:
            raise data_error(path, f"{where}: country {country} is not in the country table")
    known = lex.registry.get(name)
    if known is not None and known != (inter, country):
        raise data_error(path, f"{where}: actor {name!r} is defined elsewhere with inter/country "
                               f"{known}, here {(inter, country)}")
    lex.registry[name] = (inter, country)
    if scope is None:  # a file of global actors (international forces): no conflict scope
        scope = frozenset()
    elif not scope:
        scope = frozenset({country} if country else ())
    actor = NamedActor(name, inter, country, scope, order)
    aliases = str_list(path, where, entry.get("aliases", []))
    loaded = str_list(path, where, entry.get("loaded_aliases", []))
    # "Boko Haram fighters" = alias + generic head: the matcher composes it, and keeping it as a
    # name would hide the conflict-dependent reading of the shorter alias ("al-Shabaab").
    own = {a.lower() for a in [name, *aliases, *loaded]}
    aliases = [a for a in aliases if not _alias_plus_head(lex, a, own)]
    local = set(str_list(path, where, entry.get("local_aliases", [])))
    aliases += sorted(local)
    for alias, is_loaded in [(name, False), *((a, False) for a in aliases),
                             *((a, True) for a in loaded)]:
        if is_state_name(alias) or alias.startswith("Unidentified Armed Group"):
            continue  # the name itself is rarely written that way in news prose
        key = alias if is_acronym(alias) else alias.lower()
        if key in seen and seen[key] != name:
            raise data_error(path, f"{where}: alias {alias!r} is used twice in this conflict "
                                   f"(also for {seen[key]!r})")
        if key in seen:
            continue  # the same actor's alias repeated (e.g. equal to its name): harmless
        seen[key] = name
        lex.named.setdefault(alias, []).append(
            Candidate(actor, is_loaded, bool(actor.scope) and _is_local(alias, local)))


def _load_rule(lex: Lexicon, path: Path, where: str, entry, order: int) -> None:
    check_keys(path, where, entry, ("countries", "years", "admin1", "map", "foreign", "rename",
                                    "note"),
               ("countries",))
    countries = frozenset(iso2_code(path, where, c)
                          for c in str_list(path, where, entry["countries"], allow_empty=False))
    years = entry.get("years")
    if years is not None:
        if (not isinstance(years, list) or len(years) != 2
                or not all(isinstance(y, int) and not isinstance(y, bool) for y in years)
                or years[0] > years[1]):
            raise data_error(path, f"{where}: years must be [first, last] integers")
        years = (years[0], years[1])
    admin1 = entry.get("admin1")
    if admin1 is not None:
        admin1 = frozenset(norm_admin(a) for a in str_list(path, where, admin1,
                                                             allow_empty=False))
    mapping = entry.get("map", {})
    if not isinstance(mapping, dict):
        raise data_error(path, f"{where}: map must be a table of class = \"actor name\"")
    for cls, name in mapping.items():
        if cls not in lex.classes and cls not in TERMINAL_CLASSES:
            raise data_error(path, f"{where}: map uses unknown class {cls!r}")
        if not isinstance(name, str) or known_name(lex, name) is None:
            raise data_error(path, f"{where}: map {cls} = {name!r} names no known actor")
    foreign = entry.get("foreign")
    if foreign is not None:
        check_keys(path, f"{where} foreign", foreign, ("template", "countries", "inter"),
                   ("template", "countries", "inter"))
        template = foreign["template"]
        if not isinstance(template, str) or not template:
            raise data_error(path, f"{where}: foreign template must be a non-empty string")
        f_countries = frozenset(iso2_code(path, where, c)
                                for c in str_list(path, where, foreign["countries"]))
        foreign = ForeignMission(template, f_countries, inter_code(path, where, foreign["inter"]))
    renames = entry.get("rename", {})
    if not isinstance(renames, dict):
        raise data_error(path, f"{where}: rename must be a table of \"actor\" = \"actor\"")
    for old, new in renames.items():
        if old not in lex.registry or not isinstance(new, str) or known_name(lex, new) is None:
            raise data_error(path, f"{where}: rename {old!r} = {new!r} names no known actor")
    if not mapping and foreign is None and not renames:
        raise data_error(path, f"{where}: a context needs a map, a foreign or a rename rule")
    lex.rules.append(ContextRule(countries, years, admin1, dict(mapping), foreign, order,
                                 path.name, dict(renames)))


def _check_classes(lex: Lexicon, path: Path, data: dict) -> None:
    """Every class a file names must exist once all files are read."""
    known = set(lex.classes) | set(TERMINAL_CLASSES)
    for entry in data.get("class", []):
        if entry.get("fallback") and entry["fallback"] not in known:
            raise data_error(path, f"class {entry['name']!r} falls back to unknown class "
                                   f"{entry['fallback']!r}")
    for entry in data.get("head", []):
        for cls in (entry["class"], entry.get("with_country", "")):
            if cls and cls not in known:
                raise data_error(path, f"[[head]] {entry['words'][0]!r}... uses unknown "
                                       f"class {cls!r}")
    for entry in data.get("modifier", []):
        cls = entry["class"]
        if cls and cls != STATE_MODIFIER and cls not in known:
            raise data_error(path, f"[[modifier]] {entry['words'][0]!r}... uses unknown "
                                   f"class {cls!r}")


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
