"""Dictionary matching of actor words: every country word, modifier, head noun and
named alias of the actor lexicon, matched in a Doc with spaCy's PhraseMatcher, and the
longest chain of modifiers + head read from the matches. Split from `coding.actors`, which
turns a chain into a mention and an actor.
"""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventdesk.coding.actor_lexicon import (
    PEOPLE_HEAD,
    Candidate,
    Head,
    Lexicon,
    is_acronym,
)

_APOSTROPHES = ("'", "\u2019")
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_MAX_MODIFIERS = 4


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str        # country | demonym | modifier | named | head
    value: object    # iso2 tuple | class | candidate list | Head
    proper: bool = False  # written capitalised in the data: the text must be capitalised too


@dataclass(slots=True)
class Parse:
    start: int
    end: int
    countries: list[tuple[str, ...]]
    classes: list[str]
    named: list[Candidate]
    head: Head | None
    named_spans: tuple[tuple[int, int], ...] = ()


class PhraseReading:
    """Matches the lexicon's words in Docs (one PhraseMatcher pair per vocabulary) and reads
    the longest parse at a token."""

    def __init__(self, lexicon: Lexicon):
        self._lex = lexicon
        self._items: dict[str, list[_Item]] = {}
        self._add_items()
        self._matchers: dict[int, tuple[Vocab, PhraseMatcher, PhraseMatcher, dict]] = {}

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

    def _parse_at(self, doc: Doc, starts, i: int) -> Parse | None:
        """Longest complete parse of modifiers + head (or a lone named actor) starting at i."""
        best: Parse | None = None

        def offer(cand: Parse) -> None:
            nonlocal best
            if best is None or _better(cand, best):
                best = cand

        def walk(pos: int, countries, classes, named, spans, depth: int) -> None:
            here = starts.get(pos, ())
            for end, item in here:
                if item.kind == "head":
                    if item.value.cls == "" and _modifier_before_an_actor(starts, here, end):
                        continue   # "the Israeli occupation settlers": the settlers are
                        # the head, "occupation" the modifier it also is
                    offer(Parse(i, end, countries, classes, named, item.value, spans))
                    owner = _country_after_of(doc, starts, end)
                    if owner is not None and not countries:
                        # "the armed forces of Armenia": the country named after the head
                        offer(Parse(i, owner[0], [owner[1]], classes, named, item.value, spans))
                    continue
                if item.kind == "demonym":  # "Palestinians": the country's people
                    offer(Parse(i, end, countries + [item.value], classes, named,
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
                        offer(Parse(i, end, [], classes, new_named, None, new_spans))
                nxt = end
                if nxt < len(doc) and doc[nxt].lower_ in _POSSESSIVE:
                    nxt += 1
                walk(nxt, new_countries, new_classes, new_named, new_spans, depth + 1)

        walk(i, [], [], [], (), 0)
        return best

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


def _modifier_before_an_actor(starts, here, end: int) -> bool:
    """A head of no class of its own that is also a modifier ("occupation") reads as the
    modifier when another actor's head or name follows it: "the occupation's bombing"
    and "the occupation forces" have it as their head, "occupation settlers" not."""
    return any(it.kind == "modifier" and e == end for e, it in here) and any(
        it.kind in ("head", "named") for _, it in starts.get(end, ()))


def _country_after_of(doc: Doc, starts, end: int) -> tuple[int, tuple[str, ...]] | None:
    """"… of Armenia", "… of the Philippines" right after a head: the end of the country's
    name and its codes, if one follows that is no part of a longer name ("units of the
    Syrian Arab Army" name the army itself)."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    at = end + 1
    if at < len(doc) and doc[at].lower_ == "the":
        at += 1
    found = starts.get(at, ())
    longest = max((stop for stop, _ in found), default=at)
    for stop, item in found:
        if item.kind == "country" and stop == longest \
                and not (stop < len(doc) and doc[stop].is_title):
            return stop, item.value
    return None


def _better(a: Parse, b: Parse) -> bool:
    """Longer spans win; then fewer parts (a listed phrase such as "special forces" or a named
    alias such as "Pakistani Taliban" beats the same words read as modifier + head)."""
    def key(p: Parse):
        parts = len(p.countries) + len(p.classes) + len(p.named) + (p.head is not None)
        return (p.end, -parts, p.head is not None)
    return key(a) > key(b)

