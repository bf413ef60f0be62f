"""Claims in the forms of translated and wire-digest English, which the parse of
`attribution` reads no source in:

* "C, informs the governor in Telegram." / "C, reports the regional police.": the verb
  of telling before its source (the word order of Slavic and Romance languages,
  "повідомляє голова ОВА", "rapporte la police"); the parser makes the source the
  verb's object. The scope is the sentence before the comma.
* "C, according the town mayor.": "according" with no "to", as non-native writers put
  it; the source is the words after it.
"""

from __future__ import annotations

from eventdesk.components.attribution_parse import DocArrays, char_span, trimmed

__all__ = ["translated_claims"]

# Verbs of telling, in the present of translated text, that stand before their source
# (read as words: the tagger takes "informs" after a comma for a plural noun).
_TELLING = {"informs": "informed", "reports": "reported", "says": "said", "tells": "told",
            "announces": "announced", "writes": "wrote", "states": "stated",
            "confirms": "confirmed", "adds": "added"}
# Words that end a source named after its verb: where it told ("in Telegram", "on X").
_SOURCE_ENDS = frozenset(["in", "on", "via", "at", "during", "through"])
_MAX_SOURCE = 12


def _source_after(ctx: DocArrays, first: int, end: int) -> tuple[int, int] | None:
    """The source words from token `first` up to a place-of-telling preposition or the
    end of the sentence (`end` exclusive), if they hold a noun."""
    doc = ctx.doc
    last = first - 1
    for i in range(first, min(end, first + _MAX_SOURCE)):
        token = doc[i]
        if token.lower_ in _SOURCE_ENDS or (token.is_punct and token.text not in ("'", "’")):
            break
        last = i
    first, last = trimmed(doc, first, last)
    if first > last or not any(doc[i].pos_ in ("NOUN", "PROPN") for i in range(first, last + 1)):
        return None
    return first, last


def _claim(ctx: DocArrays, source: tuple[int, int], scope: tuple[int, int], cue: str):
    """(source, its first and end character, the scope's first and end character, cue)."""
    doc = ctx.doc
    source_span = char_span(doc, *source)
    scope_span = char_span(doc, *scope)
    if source_span is None or scope_span is None:
        return None
    return (ctx.text(*source), source_span[0], source_span[1], scope_span[0],
            scope_span[1], cue)


def _inverted(ctx: DocArrays, verb, sent: tuple[int, int]):
    """"C, informs X": a verb of telling right after a comma, with no subject of its own."""
    if verb.i - 1 <= sent[0] or ctx.orth[verb.i - 1] != ctx.comma:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "ccomp" and c.i > verb.i
           for c in verb.children):
        return None
    source = _source_after(ctx, verb.i + 1, sent[1])
    if source is None:
        return None
    return _claim(ctx, source, (sent[0], verb.i - 2), _TELLING[verb.lower_])


def _according_alone(ctx: DocArrays, token, sent: tuple[int, int]):
    """"C, according the town mayor": the words after "according" name the source."""
    doc = ctx.doc
    if token.i + 1 >= sent[1] or doc[token.i + 1].lower_ == "to" or token.i - 1 <= sent[0]:
        return None
    source = _source_after(ctx, token.i + 1, sent[1])
    if source is None:
        return None
    return _claim(ctx, source, (sent[0], token.i - 1), "according to")


def translated_claims(ctx: DocArrays) -> dict[int, tuple]:
    """The claims of these forms in a parsed report (`attribution.Claim`'s fields), by the
    index of their cue token."""
    doc = ctx.doc
    strings = doc.vocab.strings
    telling = {strings[word] for word in _TELLING}
    according = strings["according"]
    found = {}
    for i, lower in enumerate(ctx.lower):
        if lower in telling:
            claim = _inverted(ctx, doc[i], ctx.sentences.bounds(i))
        elif lower == according:
            claim = _according_alone(ctx, doc[i], ctx.sentences.bounds(i))
        else:
            continue
        if claim is not None:
            found[i] = claim
    return found
