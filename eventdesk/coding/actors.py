"""Actor mentions: find who acts in a report and name them the neutral ACLED way.

All vocabulary lives in eventdesk/data/actors/*.toml (see README.md there). This module only
knows how to combine it: a mention is an optional chain of modifiers (a country adjective,
a state word such as "regime", an armed-group word such as "rebel", a named group) followed by
an optional head noun ("troops", "gunmen", "civilians", "positions"). The mention's class
("military", "militant", "terrorist", ...) is then resolved through the conflict rules of the
country in question (country, years, admin1 → actor), so that "terrorists" in Syria in 2014 is
"Syrian rebels" and "militants" in Iraq in 2015 is "Islamic State", with the loaded words kept.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventdesk.coding.actor_lexicon import (
    DATA_DIR,
    PEOPLE_HEAD,
    STATE_MODIFIER,
    TERMINAL_CLASSES,
    Candidate,
    ContextRule,
    Country,
    Head,
    Lexicon,
    is_acronym,
    is_state_name,
    known_name,
    load_lexicon,
    norm_admin,
    norm_phrase,
)
from eventdesk.errors import UsageError
from eventdesk.extensions import doc_text
from eventdesk.records import Actor

BRANCHES = ("military", "police", "government")
_APOSTROPHES = ("'", "\u2019")
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
# "rebel-held", "government-controlled", "Saudi-led": the words describe a place or an ally.
_COMPOUND_PARTICIPLES = {"held", "controlled", "run", "backed", "led", "allied", "linked",
                         "affiliated", "aligned", "occupied", "besieged", "dominated",
                         "supported", "inspired", "leaning", "friendly", "sponsored", "funded",
                         "armed", "trained", "style", "era", "based", "seized", "captured",
                         "administered", "ruled", "organised", "organized", "related"}
_MAX_MODIFIERS = 4


@dataclass(slots=True)
class ActorMention:
    """One actor mention in a Doc, with the neutral actor the context supports."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    actor: Actor
    role_hint: str
    loaded: bool = False


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str        # country | demonym | modifier | named | head
    value: object    # iso2 tuple | class | candidate list | Head
    proper: bool = False  # written capitalised in the data: the text must be capitalised too


@dataclass(slots=True)
class _Parse:
    start: int
    end: int
    countries: list[tuple[str, ...]]
    classes: list[str]
    named: list[Candidate]
    head: Head | None
    named_spans: tuple[tuple[int, int], ...] = ()


class ActorMatcher:
    """Finds actor mentions in spaCy Docs and normalises them; build once with `load()`."""

    def __init__(self, lexicon: Lexicon):
        self._lex = lexicon
        self._items: dict[str, list[_Item]] = {}
        self._add_items()
        self._matchers: dict[int, tuple[Vocab, PhraseMatcher, PhraseMatcher, dict]] = {}
        self._rule_cache: dict[tuple, tuple[ContextRule, ...]] = {}

    @classmethod
    def load(cls, directory: Path | str | None = None) -> ActorMatcher:
        """The matcher for the shipped data (or another folder of data files), cached."""
        return _load_cached(str(Path(directory).resolve()) if directory else str(DATA_DIR))

    # ----------------------------------------------------------------- public API

    def find(self, doc: Doc, *, countries: list[str], year: int | None = None,
             admin1: str | None = None, within: tuple[int, int] | None = None
             ) -> list[ActorMention]:
        """Actor mentions of `doc`, left to right, longest first, resolved in context.

        `countries` are the document's ISO2 country codes (or ACLED country names), most
        salient first; `year` the publication year; `admin1` the first-level region when the
        caller knows it (it selects region rules such as Luhansk vs Donetsk). A mention's
        inter code is already adjusted for the first country (foreign state forces → 8); call
        `inter_for` again with the event's own country. Mentions that need a country and have
        none (no adjective, empty `countries`) are left out. `within` (start, end) token
        range: only the mentions that start there (a sentence read again in another
        context), at a fraction of the cost of the whole report.
        """
        context = [iso for iso in (self._to_iso2(c) for c in countries) if iso]
        n = len(doc)
        first, stop = within if within is not None else (0, n)
        starts = self._match(doc, context, first, stop)
        units = self._numbered_units(doc, context, year, admin1, first, stop)
        if not starts:
            return units
        mentions: list[ActorMention] = []
        i = first
        while i < stop:
            if i not in starts:
                i += 1
                continue
            parse = self._parse_at(doc, starts, i)
            if parse is None:
                i += 1
                continue
            if (parse.end + 1 < n and doc[parse.end].text == "-"
                    and doc[parse.end + 1].lower_ in _COMPOUND_PARTICIPLES):
                # A compound adjective ("rebel-held", "government-controlled"): not an actor.
                i = parse.end
                continue
            if (not parse.named and parse.end < n
                    and doc[parse.end].lower_ in self._lex.compound_nouns):
                # "military sources", "police spokesman", "army airport": a description.
                i = parse.end
                continue
            mention = self._mention(doc, parse, context, year, admin1)
            if mention is not None:
                joined = self._joined_demonym(doc, mention, context, year, admin1)
                if joined is not None and (not mentions or mentions[-1].end <= joined.start):
                    mentions.append(joined)
                mentions.append(mention)
            i = parse.end
        if units:
            # the numbered unit is the more specific reading of its words ("Army")
            taken = {k for u in units for k in range(u.start, u.end)}
            mentions = sorted([m for m in mentions if not any(
                k in taken for k in range(m.start, m.end))] + units, key=lambda m: m.start)
        return mentions

    def _numbered_units(self, doc: Doc, context: list[str], year: int | None,
                        admin1: str | None, first: int, stop: int) -> list[ActorMention]:
        """"The 63rd Brigade", "the 4th Armoured Division", "Russia's 58th Army": a unit an
        ordinal numbers is a state's regular army (militias are named, or numbered by a
        plain figure: "the 444 Brigade"); the state a country word before it names, else
        the document's first country."""
        found = []
        if not _ORDINAL_IN_TEXT.search(doc_text(doc)):  # most reports number no unit
            return found
        for tok in doc[first:stop]:
            if not _ORDINAL.match(tok.text):
                continue
            end = next((k + 1 for k in range(tok.i + 1, min(tok.i + 4, len(doc)))
                        if doc[k].text in _UNIT_WORDS), None)
            if end is None or not all(doc[k].text[:1].isupper()
                                      for k in range(tok.i + 1, end)):
                continue
            start, code = tok.i, None
            before = doc[tok.i - 1] if tok.i > 0 else None
            if before is not None and before.text in ("'s", "’s") and tok.i > 1:
                before = doc[tok.i - 2]
            if before is not None:
                iso2s = self._lex.country_words.get(before.text)
                if iso2s and len(iso2s) == 1 and before.text[:1].isupper():
                    start, code = before.i, iso2s[0]
            code = code or (context[0] if context else None)
            if code is None:
                continue
            actor = self.state_forces(code, "military", year=year, admin1=admin1)
            if context:
                actor.inter = self.inter_for(actor, context[0])
            span = doc[start:end]
            found.append(ActorMention(start, end, span.start_char, span.end_char, span.text,
                                      actor, _role(actor)))
        return found

    def _joined_demonym(self, doc: Doc, mention: ActorMention, context: list[str],
                        year: int | None, admin1: str | None) -> ActorMention | None:
        """"Mozambican and Rwandan troops", "Iraqi and US forces": the state forces the
        first of two joined country adjectives names, as a mention of its own word (the
        second's forces are the matched mention, the first side's associate)."""
        start = mention.start
        if start < 2 or doc[start - 1].lower_ not in ("and", "&") \
                or mention.role_hint not in ("state", "international"):
            return None
        word = doc[start - 2]
        iso2s = self._lex.country_words.get(word.text)
        if not iso2s or len(iso2s) != 1 or not word.text[:1].isupper() \
                or iso2s[0] == mention.actor.country:
            return None
        branch = next((b for b, prefix in (("military", "Military Forces of"),
                                           ("police", "Police Forces of"),
                                           ("government", "Government of"))
                       if mention.actor.name.startswith(prefix)), None)
        if branch is None:
            return None
        actor = self.state_forces(iso2s[0], branch, year=year, admin1=admin1)
        if context:
            actor.inter = self.inter_for(actor, context[0])
        return ActorMention(word.i, word.i + 1, word.idx, word.idx + len(word.text), word.text,
                            actor, _role(actor))

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

    def civilians(self, country_iso2: str) -> Actor:
        """Civilians of a country, e.g. "Civilians (Syria)", inter 7."""
        country = self._country(country_iso2)
        return Actor(f"Civilians ({country.name})", 7, country.iso2)

    def protesters(self, country_iso2: str) -> Actor:
        """Protesters of a country, e.g. "Protesters (Syria)", inter 6."""
        country = self._country(country_iso2)
        return Actor(f"Protesters ({country.name})", 6, country.iso2)

    def rioters(self, country_iso2: str) -> Actor:
        """Rioters of a country, e.g. "Rioters (Syria)", inter 5."""
        country = self._country(country_iso2)
        return Actor(f"Rioters ({country.name})", 5, country.iso2)

    def unidentified(self, country_iso2: str) -> Actor:
        """ACLED's catch-all for unnamed armed actors: "Unidentified Armed Group (Syria)", 3."""
        country = self._country(country_iso2)
        return Actor(f"Unidentified Armed Group ({country.name})", 3, country.iso2)

    def communal(self, country_iso2: str) -> Actor:
        """An unnamed communal militia: "Unidentified Communal Militia (Nigeria)", inter 4."""
        country = self._country(country_iso2)
        return Actor(f"Unidentified Communal Militia ({country.name})", 4, country.iso2)

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
        kind = _COLLECTIVES.get(actor.name.rpartition(" (")[0])
        if kind is None or actor.country == iso2 or not actor.name.endswith(")"):
            return actor
        local = getattr(self, kind)(iso2)
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

    def _add_items(self) -> None:
        lex = self._lex
        for word, iso2s in lex.country_words.items():
            self._items.setdefault(word, []).append(_Item("country", iso2s, word[:1].isupper()))
        for word, iso2s in lex.demonyms.items():
            self._items.setdefault(word, []).append(_Item("demonym", iso2s, word[:1].isupper()))
        for word, cls in lex.modifiers.items():
            self._items.setdefault(word, []).append(_Item("modifier", cls))
        for word, head in lex.heads.items():
            self._items.setdefault(word, []).append(_Item("head", head))
        for alias, cands in lex.named.items():
            self._items.setdefault(alias, []).append(_Item("named", cands, alias[:1].isupper()))

    def _matchers_for(self, vocab: Vocab):
        cached = self._matchers.get(id(vocab))
        if cached is not None and cached[0] is vocab:
            return cached[1:]
        make_doc = spacy.blank("en", vocab=vocab).make_doc
        lower = PhraseMatcher(vocab, attr="LOWER")
        exact = PhraseMatcher(vocab, attr="ORTH")
        payload: dict[int, list[_Item]] = {}
        for surface, items in self._items.items():
            case_sensitive = is_acronym(surface)
            key = ("C:" if case_sensitive else "L:") + (surface if case_sensitive
                                                        else surface.lower())
            key_id = vocab.strings.add(key)
            if key_id in payload:
                payload[key_id].extend(items)
                continue
            payload[key_id] = list(items)
            variants = {surface}
            for a, b in (_APOSTROPHES, _APOSTROPHES[::-1]):
                if a in surface:
                    variants.add(surface.replace(a, b))
            (exact if case_sensitive else lower).add(key, [make_doc(v) for v in variants])
        self._matchers[id(vocab)] = (vocab, lower, exact, payload)
        return lower, exact, payload

    def _match(self, doc: Doc, context: list[str], first: int, stop: int
               ) -> dict[int, list[tuple[int, _Item]]]:
        """Start token → (end, item) of every dictionary match in tokens first..stop (the
        indices the doc's); named aliases already read."""
        lower, exact, payload = self._matchers_for(doc.vocab)
        starts: dict[int, list[tuple[int, _Item]]] = {}
        target = doc if (first, stop) == (0, len(doc)) else doc[first:stop]
        for matcher in (lower, exact):
            for key_id, s, e in matcher(target):
                capitalised = doc[s].text[:1].isupper()
                for item in payload[key_id]:
                    if item.proper and not capitalised:
                        continue  # "Platform", "Chad", "Turkey" are proper names only
                    if item.kind == "named":
                        pick = self._pick_named(item.value, context)
                        if pick is None:
                            continue
                        item = _Item("named", pick, item.proper)
                    starts.setdefault(s, []).append((e, item))
        return starts

    def _parse_at(self, doc: Doc, starts, i: int) -> _Parse | None:
        """Longest complete parse of modifiers + head (or a lone named actor) starting at i."""
        best: _Parse | None = None

        def offer(cand: _Parse) -> None:
            nonlocal best
            if best is None or _better(cand, best):
                best = cand

        def walk(pos: int, countries, classes, named, spans, depth: int) -> None:
            for end, item in starts.get(pos, ()):
                if item.kind == "head":
                    offer(_Parse(i, end, countries, classes, named, item.value, spans))
                    continue
                if item.kind == "demonym":  # "Palestinians": the country's people
                    offer(_Parse(i, end, countries + [item.value], classes, named,
                                 PEOPLE_HEAD, spans))
                    continue
                if depth >= _MAX_MODIFIERS:
                    continue
                new_countries = countries + [item.value] if item.kind == "country" else countries
                new_classes = classes + [item.value] if item.kind == "modifier" else classes
                new_named, new_spans = named, spans
                if item.kind == "named":
                    new_named, new_spans = named + [item.value], spans + ((pos, end),)
                    if not countries and not any(classes) and not named:
                        # A lone name, perhaps after qualifiers: "self-styled Libyan National Army".
                        offer(_Parse(i, end, [], classes, new_named, None, new_spans))
                nxt = end
                if nxt < len(doc) and doc[nxt].lower_ in _POSSESSIVE:
                    nxt += 1
                walk(nxt, new_countries, new_classes, new_named, new_spans, depth + 1)

        walk(i, [], [], [], (), 0)
        return best

    def _mention(self, doc: Doc, parse: _Parse, context: list[str], year: int | None,
                 admin1: str | None) -> ActorMention | None:
        span = doc[parse.start:parse.end]
        text = span.text
        # Words inside a matched name ("Revolutionary Armed Forces of Colombia") are the name,
        # not the reporter's judgement: only the alias's own `loaded` flag counts for them.
        inside = {k for a, b in parse.named_spans for k in range(a, b)}
        lowers = [doc[k].lower_ for k in range(parse.start, parse.end) if k not in inside]
        joined = f" {norm_phrase(' '.join(lowers))} "
        loaded = any(w in self._lex.loaded_words for w in lowers) or any(
            f" {p} " in joined for p in self._lex.loaded_phrases)
        actor = self._resolve(parse, context, year, admin1)
        if actor is None:
            return None
        named_loaded = any(c.loaded for c in parse.named if c.actor.name == actor.name)
        loaded = loaded or named_loaded
        if parse.head is not None and parse.head.kind == "people" and actor.inter == 7:
            if self._marching(doc, parse.end):
                actor = self.protesters(actor.country)
        if loaded:
            actor.framing = [text]
        if context and actor.inter == 1:
            actor.inter = self.inter_for(actor, context[0])
        return ActorMention(parse.start, parse.end, span.start_char, span.end_char, text, actor,
                            _role(actor), loaded)

    def _marching(self, doc: Doc, end: int) -> bool:
        """True when people are followed by a protest verb: "hundreds of residents marched"."""
        j = end
        while j < len(doc) and j - end <= 2:
            word = doc[j].lower_
            if word in self._lex.protest_verbs:
                return True
            if word not in self._lex.protest_gap:
                return False
            j += 1
        return False

    def _resolve(self, parse: _Parse, context: list[str], year: int | None,
                 admin1: str | None) -> Actor | None:
        head = parse.head
        named = parse.named[-1].actor if parse.named else None
        explicit = self._pick_country(parse.countries[0], context) if parse.countries else None
        country = explicit or (named.country if named and head and head.kind == "people"
                               else None) or (context[0] if context else None)
        if head is None:
            return Actor(named.name, named.inter, named.country) if named else None
        if head.kind == "people":
            cls = head.cls
        elif named is not None:
            if (named.inter == 1 and named.country and is_state_name(named.name)
                    and head.cls in ("police", "government")):
                return self.state_forces(named.country, head.cls)  # "Assad's government"
            if (named.name.startswith("Government of ") and named.country
                    and head.cls == "military"):
                # "Syrian government troops": the government's armed forces, not its cabinet
                home = named.country == (context[0] if context else None)
                return self.state_forces(named.country, "military", year=year,
                                         admin1=admin1 if home else None)
            return Actor(named.name, named.inter, named.country)
        elif parse.classes:
            cls = self._combine(parse.classes, head)
        elif parse.countries:
            cls = head.with_country or head.cls
        else:
            cls = head.cls
        if not cls or country is None:
            return None
        # A foreign country's forces on a mission in the context country: "Kenyan troops" in
        # Somalia in 2015 are AMISOM's.
        if (explicit and context and explicit != context[0] and not head.domestic
                and cls in ("military", "police")):
            for rule in self._rules(context[0], year, admin1):
                if rule.foreign and explicit in rule.foreign.countries:
                    name = rule.foreign.template.format(country=self._country(explicit).name)
                    return Actor(name, rule.foreign.inter, explicit)
        return self._resolve_class(cls, country, year, admin1 if country == (
            context[0] if context else None) else None)

    def _combine(self, classes: list[str], head: Head) -> str:
        """Class of "modifier(s) + head": the modifier nearest the head decides."""
        classes = [c for c in classes if c]  # "" only widens the span ("suspected")
        if not classes:
            return head.cls
        cls = classes[-1]
        if cls != STATE_MODIFIER:
            return cls
        if head.cls in ("police", "government"):
            return head.cls
        if head.cls == "militia":
            return "pro_government" if "pro_government" in self._lex.classes else "military"
        return "military"

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
        return {"unidentified": self.unidentified, "civilian": self.civilians,
                "protester": self.protesters, "rioter": self.rioters,
                "communal": self.communal}[cls](country)

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

    @staticmethod
    def _pick_named(cands: list[Candidate], context: list[str]) -> Candidate | None:
        """The reading of an alias for this document: the conflict of the most salient context
        country, else a reading with no conflict, else the first proper-name reading."""
        for iso2 in context:
            for cand in cands:
                if iso2 in cand.actor.scope:
                    return cand
        for cand in cands:
            if not cand.actor.scope:
                return cand
        for cand in cands:
            if not cand.contextual:
                return cand
        return None

    @staticmethod
    def _pick_country(iso2s: tuple[str, ...], context: list[str]) -> str:
        for iso2 in context:
            if iso2 in iso2s:
                return iso2
        return iso2s[0]


@functools.lru_cache(maxsize=4)
def _load_cached(directory: str) -> ActorMatcher:
    return ActorMatcher(load_lexicon(Path(directory)))


def _better(a: _Parse, b: _Parse) -> bool:
    """Longer spans win; then fewer parts (a listed phrase such as "special forces" or a named
    alias such as "Pakistani Taliban" beats the same words read as modifier + head)."""
    def key(p: _Parse):
        parts = len(p.countries) + len(p.classes) + len(p.named) + (p.head is not None)
        return (p.end, -parts, p.head is not None)
    return key(a) > key(b)


# "63rd", "4th", "1st": an ordinal numbering an army unit
_ORDINAL = re.compile(r"^\d{1,3}(st|nd|rd|th)$")
_ORDINAL_IN_TEXT = re.compile(r"\d(?:st|nd|rd|th)\b")
_UNIT_WORDS = frozenset({"Brigade", "Division", "Regiment", "Battalion", "Corps", "Army"})
# ACLED's unnamed collectives, "Civilians (Syria)": the name before the country, and the
# matcher's method that names one for a country
_COLLECTIVES = {"Civilians": "civilians", "Protesters": "protesters", "Rioters": "rioters",
                "Unidentified Armed Group": "unidentified",
                "Unidentified Communal Militia": "communal"}


def _role(actor: Actor) -> str:
    if actor.inter == 8:
        return "international"
    if actor.name.startswith("Unidentified Armed Group"):
        return "unidentified"
    return {1: "state", 5: "rioter", 6: "protester", 7: "civilian"}.get(actor.inter, "armed")
