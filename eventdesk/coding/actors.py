"""Actor mentions: find who acts in a report and name them the neutral ACLED way.

All vocabulary lives in eventdesk/data/actors/*.toml (see README.md there). This module only
knows how to combine it: a mention is an optional chain of modifiers (a country adjective,
a state word such as "regime", an armed-group word such as "rebel", a named group) followed by
an optional head noun ("troops", "gunmen", "civilians", "positions"). The mention's class
("military", "militant", "terrorist", ...) is then resolved through the conflict rules of the
country in question (country, years, admin1 → actor), so that "terrorists" in Syria in 2014 is
"Syrian rebels" and "militants" in Iraq in 2015 is "Islamic State", with the loaded words kept.
The words are matched in `actor_phrases` and the actors named in `actor_naming`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from eventdesk.coding.actor_lexicon import (
    DATA_DIR,
    STATE_MODIFIER,
    Head,
    Lexicon,
    is_state_name,
    norm_phrase,
)
from eventdesk.coding.actor_loading import load_lexicon
from eventdesk.coding.actor_naming import ActorNaming, role_hint
from eventdesk.coding.actor_phrases import Parse, PhraseReading
from eventdesk.coding.loaded_sides import named_back
from eventdesk.extensions import doc_text, doc_tokens
from eventdesk.records import Actor

# "the enemy", "occupation forces": the other side in a side's own voice (data/actors README)
ENEMY = "enemy"
# "rebel-held", "government-controlled", "Saudi-led": the words describe a place or an ally.
_COMPOUND_PARTICIPLES = {"held", "controlled", "run", "backed", "led", "allied", "linked",
                         "affiliated", "aligned", "occupied", "besieged", "dominated",
                         "supported", "inspired", "leaning", "friendly", "sponsored", "funded",
                         "armed", "trained", "style", "era", "based", "seized", "captured",
                         "administered", "ruled", "organised", "organized", "related"}


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


class ActorMatcher(ActorNaming, PhraseReading):
    """Finds actor mentions in spaCy Docs and normalises them; build once with `load()`."""

    def __init__(self, lexicon: Lexicon):
        ActorNaming.__init__(self, lexicon)
        PhraseReading.__init__(self, lexicon)

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
        return named_back(self, doc, mentions, year, context)

    def _numbered_units(self, doc: Doc, context: list[str], year: int | None,
                        admin1: str | None, first: int, stop: int) -> list[ActorMention]:
        """"The 63rd Brigade", "the 4th Armoured Division", "Russia's 58th Army": a unit an
        ordinal numbers is a state's regular army (militias are named, or numbered by a
        plain figure: "the 444 Brigade"); the state a country word before it names, else
        the document's first country."""
        found = []
        if not _ORDINAL_IN_TEXT.search(doc_text(doc)):  # most reports number no unit
            return found
        for tok in doc_tokens(doc)[first:stop]:
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
                                      actor, role_hint(actor)))
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
                            actor, role_hint(actor))

    def _mention(self, doc: Doc, parse: Parse, context: list[str], year: int | None,
                 admin1: str | None) -> ActorMention | None:
        span = doc[parse.start:parse.end]
        text = span.text
        # Words inside a matched name ("Revolutionary Armed Forces of Colombia") are the name,
        # not the reporter's judgement: only the alias's own `loaded` flag counts for them.
        inside = {k for a, b in parse.named_spans for k in range(a, b)}
        lowers = [t.lower_ for t in doc_tokens(doc)[parse.start:parse.end] if t.i not in inside]
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
                            role_hint(actor), loaded)

    def _marching(self, doc: Doc, end: int) -> bool:
        """True when people are followed by a protest verb: "hundreds of residents marched"."""
        j = end
        while j < len(doc) and j - end <= 2:
            word = doc[j].lower_
            if word in self._lex.protest_verbs:
                return not _only_where_they_were(doc[j])
            if word not in self._lex.protest_gap:
                return False
            j += 1
        return False

    def _resolve(self, parse: Parse, context: list[str], year: int | None,
                 admin1: str | None) -> Actor | None:
        head = parse.head
        named = parse.named[-1].actor if parse.named else None
        explicit = self._pick_country(parse.countries[0], context) if parse.countries else None
        country = explicit or (named.country if named and head and head.kind == "people"
                               else None) or (context[0] if context else None)
        if head is None:
            return self._in_period(named, year) if named else None
        # "the Saudi enemy artillery": a country word names the side "enemy" stands for
        classes = [c for c in parse.classes if not (c == ENEMY and parse.countries)]
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
            return self._in_period(named, year)
        elif classes:
            cls = self._combine(classes, head)
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

    def _in_period(self, named: Actor, year: int | None) -> Actor:
        """The named actor, or the one a conflict rule of the report's year renames it to:
        a group that became the state ("the Taliban" after August 2021) is coded as the
        state's forces. With no year the name stays."""
        if year is not None and named.country:
            for rule in self._rules(named.country, year, None):
                if named.name in rule.renames:
                    return self.actor(rule.renames[named.name])
        return Actor(named.name, named.inter, named.country)

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

    @staticmethod
    def _pick_country(iso2s: tuple[str, ...], context: list[str]) -> str:
        for iso2 in context:
            if iso2 in iso2s:
                return iso2
        return iso2s[0]


def _only_where_they_were(verb) -> bool:
    """"Gunmen fired on villagers gathered near a bus stop", "on villagers who had gathered
    there": "gathered" hung on the people (as a participle or a relative clause) tells where
    they were, no protest, unless it says what for ("gathered to demand", "gathered in
    protest", "against the closure"); a clause of what followed (", killing five") is no
    purpose."""
    if verb.lower_ != "gathered" or verb.dep_ not in ("acl", "relcl"):
        return False
    return not any(c.dep_ in ("xcomp", "advcl") and _a_purpose(c) or c.lower_ == "against"
                   or c.lower_ == "in" and any(g.lemma_ == "protest" for g in c.children)
                   for c in verb.children)


def _a_purpose(clause) -> bool:
    """A clause that tells what a gathering was for: "to demand …", "demanding …"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        or clause.lemma_.lower() in ("demand", "protest", "call", "denounce", "condemn")


@functools.lru_cache(maxsize=4)
def _load_cached(directory: str) -> ActorMatcher:
    return ActorMatcher(load_lexicon(Path(directory)))


# "63rd", "4th", "1st": an ordinal numbering an army unit
_ORDINAL = re.compile(r"^\d{1,3}(st|nd|rd|th)$")
_ORDINAL_IN_TEXT = re.compile(r"\d(?:st|nd|rd|th)\b")
_UNIT_WORDS = frozenset({"Brigade", "Division", "Regiment", "Battalion", "Corps", "Army"})
