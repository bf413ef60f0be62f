"""Who the report says an event's information comes from (GUIDELINES.md `claimed_by`).

A claim is a source ("a military source", "state television"), a cue ("said",
"according to", "denied", ...) and a scope: the reported content the source vouches
for. Scopes come from the dependency parse of en_core_web_sm:

* "X said (that) C" / "X told Y that C" / "X claimed C": C is the verb's clausal
  complement (ccomp/xcomp);
* "C, X said." : the parser makes C the verb's ccomp, or makes the verb a parataxis of
  C; either way C is the rest of the sentence;
* "C, according to X" / "According to X, C": X is the object of "to"; C is the clause
  before it (back to the sentence start or a semicolon) or the rest of the sentence;
* "X denied (that) C" / "X denied C-ing": cue "denied"; the caller treats C as not
  having happened;
* "X put the death toll at N": the toll phrase.

Pronoun subjects ("it said", "he added") and "the statement added" take the source of
the previous claim in the document, which is how reports chain quotations. The parse is
read for a claim's source and content in `attribution_parse`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from eventdesk.components.attribution_forms import translated_claims
from eventdesk.components.attribution_parse import (
    CONTENT_DEPS,
    EVENT_OBJECT_VERBS,
    SPEECH_VERBS,
    TOLL_VERBS,
    DocArrays,
    char_span,
    clause_start,
    content_bounds,
    final_source,
    is_passive,
    quoted_as_saying,
    source_tokens,
    speaker_of_conjunct,
    speech_subjects,
    trimmed,
)

__all__ = ["Claim", "claim_for", "find_claims"]

# Speech verbs that need a clausal complement to be reported speech.
_NEEDS_CLAUSE = frozenset(
    ["describe", "quote", "cite", "give", "record", "document", "verify", "warn", "note",
     "post", "write", "state", "report", "claim", "confirm", "announce", "reveal",
     "disclose", "admit", "acknowledge", "suggest", "indicate", "explain", "testify",
     "recount", "maintain", "tweet", "assert", "estimate"])
_PRONOUNS = frozenset(["it", "he", "she", "they", "we", "i", "this", "that", "who"])
_DOCUMENT_NOUNS = frozenset(["statement", "communique", "communiqué", "report", "release",
                             "announcement", "bulletin", "text", "letter"])


@dataclass(frozen=True, slots=True)
class Claim:
    """A source, the words naming it, and the span of reported content it covers."""

    source: str
    start_char: int
    end_char: int
    scope_start_char: int
    scope_end_char: int
    cue: str


class _History:
    """Earlier claims, to resolve "it said" and "the statement added" to a named source."""

    def __init__(self, ctx: DocArrays) -> None:
        self.ctx = ctx
        self.items: list[tuple[Claim, tuple[int, int]]] = []

    def add(self, claim: Claim, sentence: tuple[int, int]) -> None:
        self.items.append((claim, sentence))

    def resolve(self, noun: int | None) -> Claim | None:
        """The latest claim, or the latest whose sentence has the word `noun` (a hash)."""
        for claim, (first, end) in reversed(self.items):
            if noun is None or noun in self.ctx.lower[first:end]:
                return claim
        return self.items[-1][0] if self.items else None


def _verb_claim(ctx: DocArrays, verb, sent: tuple[int, int], history: _History) -> Claim | None:
    doc = ctx.doc
    lemma = verb.lemma_
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "X did not say", "X has not claimed": no claim is made
    quoted = quoted_as_saying(verb)
    if verb.dep_ in ("amod", "acl", "relcl", "compound", "pcomp", "pobj", "nsubj") and (
            not quoted):
        return None  # "the reported attack", "a source quoted by ...": not a speech act
    subjects = quoted or (speaker_of_conjunct(verb) if verb.dep_ == "conj" else [])
    subjects = subjects or speech_subjects(verb)
    bounds = source_tokens(doc, subjects, verb) if subjects else None
    final = final_source(ctx, verb, sent)
    if final is not None and (bounds is None or bounds[1] < final[0]):
        bounds = final  # "C, a source at the police said." misparsed: trust the comma
    if bounds is None or ctx.lower[bounds[0]] in ctx.negators:
        return None  # "No group has claimed ...", "Nobody reported ..."
    content = content_bounds(ctx, verb, bounds, sent)
    if content is None:
        return None
    has_clause = any(c.dep_ in CONTENT_DEPS or (c.dep_ == "dobj" and lemma in EVENT_OBJECT_VERBS)
                     for c in verb.children)
    if lemma in _NEEDS_CLAUSE and not has_clause and lemma not in TOLL_VERBS and (
            verb.dep_ not in ("parataxis", "ccomp")) and not (
            bounds[0] > 0 and ctx.orth[bounds[0] - 1] == ctx.comma):
        return None
    first, last = content
    # The scope never includes the source words or the cue itself.
    if first <= bounds[0] <= last and bounds[1] >= last:
        last = bounds[0] - 1
    elif first <= bounds[1] <= last and bounds[0] <= first:
        first = bounds[1] + 1
    if verb.i == first:
        first += 1
    elif verb.i == last:
        last -= 1
    scope = char_span(doc, first, last)
    source_span = char_span(doc, bounds[0], bounds[1])
    if scope is None or source_span is None:
        return None
    source = ctx.text(*trimmed(doc, bounds[0], bounds[1]))
    words = [doc[i].lower_ for i in range(bounds[0], bounds[1] + 1)]
    earlier = None
    if len(words) == 1 and words[0] in _PRONOUNS:
        earlier = history.resolve(None)
    elif len(words) == 2 and words[0] in ("the", "this", "that") and (
            words[1] in _DOCUMENT_NOUNS):
        earlier = history.resolve(ctx.lower[bounds[1]])
    if earlier is not None:
        source, source_span = earlier.source, (earlier.start_char, earlier.end_char)
    return Claim(source, source_span[0], source_span[1], scope[0], scope[1],
                 SPEECH_VERBS[lemma])


def _according_claim(ctx: DocArrays, token, sent: tuple[int, int]) -> Claim | None:
    """"according to X": X is the pobj of "to"; the scope is the clause it is attached to."""
    doc = ctx.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    objects = [c for c in nxt.children if c.dep_ == "pobj"]
    if not objects:
        return None
    # "according to the sub-prefect of X": the parser may hang each piece of a hyphened
    # title on "to" as an object of its own; the source runs to the last one's end
    source_last = max(o.right_edge.i for o in objects)
    source_span = char_span(doc, nxt.i + 1, source_last)
    if source_span is None:
        return None
    before = [doc[i] for i in range(sent[0], token.i)
              if not (doc[i].is_punct or doc[i].is_space)]
    if not before or all(t.lower_ in ("but", "and", "yet", "however") for t in before):
        first, last = source_last + 1, sent[1] - 1
        for i in range(source_last + 1, sent[1]):
            if ctx.orth[i] == ctx.semicolon:
                last = i - 1
                break
    else:
        first, last = clause_start(ctx, sent[0], token.i), token.i - 1
    scope = char_span(doc, first, last)
    if scope is None:
        return None
    return Claim(ctx.text(*trimmed(doc, nxt.i + 1, source_last)), source_span[0], source_span[1],
                 scope[0], scope[1], "according to")


@functools.cache
def _speech_hashes(strings_id: int, strings) -> frozenset[int]:
    return frozenset(strings[lemma] for lemma in SPEECH_VERBS)


def find_claims(doc) -> list[Claim]:
    """Every attributed statement of a parsed report, in text order.

    Needs the dependency parse; a document without one has no claims.
    """
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return []
    strings = doc.vocab.strings
    speech = _speech_hashes(id(strings), strings)
    according = strings["according"]
    ctx = DocArrays(doc)
    claims: list[Claim] = []
    history = _History(ctx)
    translated = translated_claims(ctx)
    for i, (lemma, lower) in enumerate(zip(ctx.lemma, ctx.lower, strict=True)):
        claim = None
        if lower == according:
            sent = ctx.sentences.bounds(i)
            claim = _according_claim(ctx, doc[i], sent)
        elif lemma in speech:
            sent = ctx.sentences.bounds(i)
            claim = _verb_claim(ctx, doc[i], sent, history)
        if claim is None and i in translated:
            sent = ctx.sentences.bounds(i)
            claim = Claim(*translated[i])
        if claim is not None:
            claims.append(claim)
            history.add(claim, sent)
    return claims


def claim_for(claims: list[Claim], start_char: int, end_char: int) -> Claim | None:
    """The innermost claim whose scope covers the evidence span (most of it, at least)."""
    best: Claim | None = None
    length = max(1, end_char - start_char)
    for claim in claims:
        overlap = min(end_char, claim.scope_end_char) - max(start_char, claim.scope_start_char)
        if overlap <= 0 or overlap * 2 < length:
            continue
        if claim.start_char <= start_char and end_char <= claim.end_char:
            continue  # the evidence is the source's own words, not what it reports
        if best is None or (claim.scope_end_char - claim.scope_start_char) < (
                best.scope_end_char - best.scope_start_char):
            best = claim
    return best
