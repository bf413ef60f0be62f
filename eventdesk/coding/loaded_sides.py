"""A side named back by the loaded word a partisan outlet first named it with: "The
American-British aggression launched raids on the airport ... the aggression's warplanes
also waged raids": "the aggression" is the side the report called "the American-British
aggression", not the forces of the country the report is about. The same for "the enemy"
after "the Saudi enemy", "the occupation" after "the Israeli occupation"."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.extensions import doc_tokens

# The loaded words a side's own media use as a name for the other side
SIDE_WORDS = frozenset({"aggression", "enemy", "occupation", "aggressor"})


def named_back(matcher, doc: Doc, mentions: list, year: int | None,
               context: list[str]) -> list:
    """The mentions, those naming a side only by a loaded word ("the aggression's
    warplanes", no country word of their own) given the state forces of the country the
    report first named with that word ("the American-British aggression": the US)."""
    for mention in mentions:
        words = doc[mention.start:mention.end]
        side_words = {t.lower_ for t in words} & SIDE_WORDS
        if not mention.loaded or not side_words \
                or any(matcher.country_of_name(t.text) for t in words):
            continue
        code = _first_named_with(matcher, doc, side_words, mention.start)
        if code is not None and matcher.knows_country(code) \
                and code != mention.actor.country:
            actor = matcher.state_forces(code, year=year)
            actor.framing = mention.actor.framing
            if context:
                actor.inter = matcher.inter_for(actor, context[0])
            mention.actor = actor
    return mentions


def _first_named_with(matcher, doc: Doc, side_words: set[str], before: int) -> str | None:
    """The country of the first "<Country-adjective>[-<adjective>] <side word>" before
    token `before`: the first adjective of the run ("American-British": the US)."""
    for tok in doc_tokens(doc)[:before]:
        if tok.lower_ not in side_words:
            continue
        k, first = tok.i - 1, None
        while k >= 0 and (doc[k].text in ("-", "–") or matcher.country_of_name(doc[k].text)):
            if doc[k].text not in ("-", "–"):
                first = matcher.country_of_name(doc[k].text)
            k -= 1
        if first is not None:
            return first
    return None
