"""ACLED's names for actors: a country's state forces, its unnamed collectives
(civilians, protesters, an unidentified armed group), and the conflict rules that name a
class of actor by country, years and region. Split from `coding.actors` so that how an
actor is named can be read apart from how a mention is found in a report.
"""

from __future__ import annotations

from eventdesk.coding.actor_lexicon import (
    TERMINAL_CLASSES,
    ContextRule,
    Country,
    Lexicon,
    known_name,
    norm_admin,
)
from eventdesk.errors import UsageError
from eventdesk.records import Actor

BRANCHES = ("military", "police", "government")
# ACLED's unnamed collectives of a country, by terminal class: the name before the country
# ("Civilians (Syria)") and the inter code
_COLLECTIVES = {"civilian": ("Civilians", 7), "protester": ("Protesters", 6),
                "rioter": ("Rioters", 5), "unidentified": ("Unidentified Armed Group", 3),
                "communal": ("Unidentified Communal Militia", 4)}
_CLASS_OF_COLLECTIVE = {name: cls for cls, (name, _) in _COLLECTIVES.items()}

class ActorNaming:
    """Names actors of a country the ACLED way, from the actor lexicon's countries and
    conflict rules."""

    def __init__(self, lexicon: Lexicon):
        self._lex = lexicon
        self._rule_cache: dict[tuple, tuple[ContextRule, ...]] = {}

    def role_of_word(self, word: str) -> str | None:
        """The role a generic word for people or forces ("militants", "villagers") has in
        any country: the side a sentence names when no country tells whose it is. None for
        a word that is not a head of the actor lexicon, or names a place ("positions")."""
        # a singular the lexicon lists only in the plural ("activist", "cleric")
        head = self._lex.heads.get(word.lower()) or self._lex.heads.get(f"{word.lower()}s")
        if head is None or head.kind == "asset":
            return None
        cls, seen = head.cls, set()
        while cls and cls not in TERMINAL_CLASSES and cls not in seen:
            seen.add(cls)
            cls = self._lex.classes.get(cls, "")
        if cls in BRANCHES:
            return "state"
        return {"unidentified": "unidentified", "communal": "armed", "civilian": "civilian",
                "protester": "protester", "rioter": "rioter"}.get(cls)

    def country_of_name(self, word: str) -> str | None:
        """The one country a capitalised name or acronym of it names ("US", "Israel"),
        else None (no adjective: the gazetteer reads those)."""
        iso2s = self._lex.country_words.get(word)
        return iso2s[0] if iso2s and len(iso2s) == 1 and word[:1].isupper() else None

    def inter_for(self, actor: Actor, event_country: str | None) -> int:
        """Inter code of `actor` in an event in `event_country` (ISO2 or name).

        State forces acting outside their own country are external forces (8); every other
        actor keeps its own category.
        """
        known = known_name(self._lex, actor.name)
        base = known[0] if known else actor.inter
        country = actor.country or (known[1] if known else None)
        event_iso = self._to_iso2(event_country)
        if base == 1 and country and event_iso and country != event_iso:
            return 8
        return base

    def collective(self, cls: str, country_iso2: str) -> Actor:
        """The unnamed collective of a terminal class in a country: "civilian" gives
        "Civilians (Syria)" (inter 7), "unidentified" "Unidentified Armed Group (Syria)" (3)."""
        name, inter = _COLLECTIVES[cls]
        country = self._country(country_iso2)
        return Actor(f"{name} ({country.name})", inter, country.iso2)

    def civilians(self, country_iso2: str) -> Actor:
        """Civilians of a country, e.g. "Civilians (Syria)", inter 7."""
        return self.collective("civilian", country_iso2)

    def protesters(self, country_iso2: str) -> Actor:
        """Protesters of a country, e.g. "Protesters (Syria)", inter 6."""
        return self.collective("protester", country_iso2)

    def rioters(self, country_iso2: str) -> Actor:
        """Rioters of a country, e.g. "Rioters (Syria)", inter 5."""
        return self.collective("rioter", country_iso2)

    def unidentified(self, country_iso2: str) -> Actor:
        """ACLED's catch-all for unnamed armed actors: "Unidentified Armed Group (Syria)", 3."""
        return self.collective("unidentified", country_iso2)

    def communal(self, country_iso2: str) -> Actor:
        """An unnamed communal militia: "Unidentified Communal Militia (Nigeria)", inter 4."""
        return self.collective("communal", country_iso2)

    def where_it_happened(self, actor: Actor | None, country_iso2: str | None) -> Actor | None:
        """`actor` as an unnamed collective (civilians, protesters, rioters, an unidentified
        armed group or communal militia) of the country the event happened in: "militants"
        read in a report mostly about Russia are, in an event in Syria, "Unidentified
        Armed Group (Syria)". Any other actor, or one of that country, is returned as it
        is; whether the report's words tie the collective to its own country is the
        caller's to know."""
        if actor is None or not self.knows_country(country_iso2):
            return actor
        iso2 = self._country(country_iso2).iso2
        cls = _CLASS_OF_COLLECTIVE.get(actor.name.rpartition(" (")[0])
        if cls is None or actor.country == iso2 or not actor.name.endswith(")"):
            return actor
        local = self.collective(cls, iso2)
        local.framing = actor.framing
        return local

    def state_forces(self, country_iso2: str, branch: str = "military", *,
                     year: int | None = None, admin1: str | None = None) -> Actor:
        """State actor of a country: military, police or government, inter 1.

        With a `year`, the conflict rules may name the period's recognised forces instead
        ("Military Forces of Yemen (Hadi government)" in 2018, "Libyan National Army" in
        Benghazi); without one the generic ACLED name is returned.
        """
        if year is not None and branch in BRANCHES:
            for rule in self._rules(self._country(country_iso2).iso2, year, admin1):
                if branch in rule.mapping:
                    return self.actor(rule.mapping[branch])
        country = self._country(country_iso2)
        if branch == "military":
            name = f"Military Forces of {country.of_name}"
        elif branch == "police":
            name = f"Police Forces of {country.of_name}"
        elif branch == "government":
            name = f"Government of {country.of_name}"
        else:
            raise UsageError(f"unknown state branch {branch!r}; use one of {', '.join(BRANCHES)}")
        return Actor(name, 1, country.iso2)

    def actor(self, name: str) -> Actor:
        """A fresh Actor for a known name (a named group or an ACLED pattern name)."""
        known = known_name(self._lex, name)
        if known is None:
            raise UsageError(f"unknown actor name {name!r}")
        return Actor(name, known[0], known[1])

    def country_name(self, country_iso2: str) -> str:
        """ACLED's display name of a country ("Democratic Republic of Congo")."""
        return self._country(country_iso2).name

    def knows_country(self, country_iso2: str | None) -> bool:
        """Whether generic actors ("Civilians (X)") can be named for this country: the
        gazetteer places events in territories the actor data has no entry for."""
        return (country_iso2 or "").upper() in self._lex.countries

    # ----------------------------------------------------------------- internals

    def _country(self, iso2: str) -> Country:
        country = self._lex.countries.get((iso2 or "").upper())
        if country is None:
            raise UsageError(f"unknown country code {iso2!r} (expected ISO 3166 alpha-2)")
        return country

    def _to_iso2(self, value: str | None) -> str | None:
        """The code a country is coded under ("HK" -> "CN"), from a code or a name."""
        if not value:
            return None
        country = self._lex.countries.get(value.upper())
        if country is not None:
            return country.iso2
        return self._lex.country_by_name.get(value.lower())

    def _resolve_class(self, cls: str, country: str, year: int | None,
                       admin1: str | None) -> Actor | None:
        rules = self._rules(country, year, admin1)
        seen: set[str] = set()
        while cls and cls not in seen:
            seen.add(cls)
            for rule in rules:
                if cls in rule.mapping:
                    return self.actor(rule.mapping[cls])
            if cls in TERMINAL_CLASSES:
                return self._terminal(cls, country)
            cls = self._lex.classes.get(cls, "")
        return None

    def _terminal(self, cls: str, country: str) -> Actor:
        if cls in BRANCHES:
            return self.state_forces(country, cls)
        return self.collective(cls, country)

    def _rules(self, country: str, year: int | None, admin1: str | None) -> tuple[ContextRule, ...]:
        """Rules that apply, most specific first: region, then narrow periods, then file order.

        With no year every period applies, the most recent first. A rule's admin1 names match
        the caller's admin1 by prefix, ignoring case and punctuation ("Luhansk" matches
        "Luhans'ka Oblast'").
        """
        key = (country, year, admin1)
        cached = self._rule_cache.get(key)
        if cached is None:
            cached = self._rule_cache[key] = self._select_rules(country, year, admin1)
        return cached

    def _select_rules(self, country: str, year: int | None,
                      admin1: str | None) -> tuple[ContextRule, ...]:
        region = norm_admin(admin1) if admin1 else None
        found = []
        for rule in self._lex.rules:
            if country not in rule.countries:
                continue
            if rule.years and year is not None and not rule.years[0] <= year <= rule.years[1]:
                continue
            if rule.admin1 is not None and (
                    region is None or not any(region.startswith(a) for a in rule.admin1)):
                continue
            span = rule.years[1] - rule.years[0] if rule.years else 10_000
            last = -rule.years[1] if rule.years else 0
            found.append(((rule.admin1 is None, span if year is not None else last,
                           span, rule.order), rule))
        return tuple(rule for _, rule in sorted(found, key=lambda x: x[0]))


def role_hint(actor: Actor) -> str:
    """The side an actor takes in an event by its inter code: state, armed, civilian..."""
    if actor.inter == 8:
        return "international"
    if actor.armed_men:
        return "unidentified"
    return {1: "state", 5: "rioter", 6: "protester", 7: "civilian"}.get(actor.inter, "armed")
