"""Reading a claim's parts from the dependency parse of en_core_web_sm: the words naming
its source (a speech verb's subjects, or the words after a comma when the parse gives
none) and the content it reports (a clausal complement, a reported object, the clause
before "X said"). Split from `attribution`, which finds the cues ("said", "according
to") and assembles the claims from these parts.
"""

from __future__ import annotations

import bisect

from spacy.attrs import LEMMA, LOWER, ORTH, SENT_START, TAG

from eventdesk.extensions import doc_tokens

# Lemma of a speech verb -> the cue reported for it.
SPEECH_VERBS = {
    "say": "said", "tell": "told", "claim": "claimed", "report": "reported",
    "announce": "announced", "state": "stated", "confirm": "confirmed", "add": "added",
    "allege": "alleged", "estimate": "estimated", "deny": "denied", "insist": "insisted",
    "accuse": "accused", "write": "wrote", "tweet": "tweeted", "post": "posted",
    "assert": "asserted", "acknowledge": "acknowledged", "admit": "admitted",
    "maintain": "maintained", "disclose": "disclosed", "reveal": "revealed",
    "indicate": "indicated", "explain": "explained", "note": "noted", "warn": "warned",
    "describe": "described", "testify": "testified", "recount": "recounted",
    "quote": "quoted", "cite": "cited", "put": "put", "give": "gave", "record": "recorded",
    "document": "documented", "verify": "verified", "suggest": "suggested",
}
# Verbs that are speech only with a death-toll object: "X put the death toll at 8".
TOLL_VERBS = frozenset(["put", "give", "estimate", "record", "document"])
# Speech verbs whose direct object can itself be the reported event.
EVENT_OBJECT_VERBS = frozenset(["report", "confirm", "announce", "claim", "document", "record"])
CONTENT_DEPS = frozenset(["ccomp", "xcomp", "parataxis"])
_MAX_SOURCE_TOKENS = 12


def trimmed(doc, first: int, last: int) -> tuple[int, int]:
    """Token bounds without punctuation or spaces at either end (first > last if empty)."""
    words = doc_tokens(doc)
    while first <= last and (words[first].is_punct or words[first].is_space):
        first += 1
    while last >= first and (words[last].is_punct or words[last].is_space):
        closing = words[last].text
        opener = {")": ("(",), "'": ("'",), "’": ("‘", "'"), '"': ('"',), "”": ("“",)}.get(
            closing)
        if opener and any(words[i].text in opener for i in range(first, last)):
            break  # "the Security Service of Ukraine (SBU)": keep the closing bracket
        last -= 1
    return first, last


def char_span(doc, first: int, last: int) -> tuple[int, int] | None:
    """Characters of tokens first..last (inclusive) without punctuation at either end."""
    words = doc_tokens(doc)
    first, last = trimmed(doc, first, last)
    if first > last:
        return None
    return words[first].idx, words[last].idx + len(words[last])


def source_tokens(doc, subjects: list, verb) -> tuple[int, int] | None:
    """Token bounds of the source phrase: the subjects' subtrees without relative clauses."""
    words = doc_tokens(doc)
    first = min(s.left_edge.i for s in subjects)
    last = max(s.right_edge.i for s in subjects)
    if first < verb.i <= last:
        if min(s.i for s in subjects) < verb.i:
            last = verb.i - 1  # "X said C, a claim Y disputed": the appositive is not X
        else:
            first = verb.i + 1
    for i in range(last, first - 1, -1):
        if words[i].text in ("—", "–", "--") or (words[i].text == ")" and i < last):
            first = i + 1  # a dateline or a parenthesis before the source
            break
    for i in range(first, last + 1):
        token = words[i]
        if token.dep_ == "appos" and token.head in subjects and token.left_edge.i >= 2 and (
                words[token.left_edge.i - 1].text == ",") and token.left_edge.i - 1 > first:
            last = min(last, token.left_edge.i - 2)  # "X, a Britain-based group, said"
        if token.dep_ in ("relcl", "advcl") or (token.dep_ == "acl" and (
                token.right_edge.i - token.left_edge.i) > 7):
            last = min(last, token.left_edge.i - 1)  # "a spokesman, who was ...,": cut
    if last - first + 1 > _MAX_SOURCE_TOKENS:
        head_i = max(s.i for s in subjects)
        last = max(head_i, first + _MAX_SOURCE_TOKENS - 1)
        while last > head_i and words[last].dep_ in ("prep", "det", "cc", "punct", "case"):
            last -= 1
    while last > first and (words[last].is_punct or words[last].dep_ in ("cc", "prep")):
        last -= 1
    while first < last and words[first].is_punct:
        first += 1
    for opener, closers in (("(", (")",)), ("'", ("'",)), ("‘", ("’", "'")), ("“", ("”",)),
                            ('"', ('"',))):
        opened = [i for i in range(first, last + 1)
                  if words[i].text == opener and words[i].dep_ != "case"]  # not "Houthis'"
        symmetric = opener in ("'", '"')  # the same mark opens and closes
        balanced = len(opened) % 2 == 0 if symmetric else not opened
        if balanced:
            continue
        if any(words[i].text in closers for i in range(opened[-1] + 1, last + 1)):
            continue
        if last + 1 < len(doc) and words[last + 1].text in closers:
            last += 1  # "the Security Service of Ukraine (SBU)": take the closing mark
        else:
            last = opened[-1] - 1
    return (first, last) if first <= last else None


def _nearest_subjects(verb) -> list:
    """The subject next to the verb, plus subjects adjacent to it ("agency" + "SANA")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) <= 1:
        return subjects
    subjects.sort(key=lambda c: abs(c.i - verb.i))
    group = [subjects[0]]
    for other in subjects[1:]:
        low = min(g.left_edge.i for g in group)
        high = max(g.right_edge.i for g in group)
        if other.right_edge.i == low - 1 or other.left_edge.i == high + 1:
            group.append(other)
    return group


def speech_subjects(verb) -> list:
    """The verb's subjects, borrowed along a chain of conjoined verbs when it has none."""
    seen = 0
    while verb is not None and seen < 5:
        subjects = _nearest_subjects(verb)
        if subjects:
            return subjects
        if verb.dep_ != "conj" or verb.head is verb:
            return []
        verb = verb.head
        seen += 1
    return []


def speaker_of_conjunct(verb) -> list:
    """For "X said A and denied B" parsed with "denied" conjoined to A's verb: X."""
    node = verb
    for _ in range(6):
        if node.dep_ == "conj":
            node = node.head
            continue
        if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_ in SPEECH_VERBS:
            return speech_subjects(node.head)
        return []
    return []


class _Sentences:
    """Sentence bounds from the SENT_START array: no Token objects, no `token.sent` scans."""

    def __init__(self, sent_starts: list[int]) -> None:
        self.starts = [i for i, flag in enumerate(sent_starts) if flag == 1] or [0]
        if self.starts[0] != 0:
            self.starts.insert(0, 0)
        self.size = len(sent_starts)

    def bounds(self, i: int) -> tuple[int, int]:
        """(first token, one past the last token) of the sentence holding token i."""
        k = bisect.bisect_right(self.starts, i) - 1
        end = self.starts[k + 1] if k + 1 < len(self.starts) else self.size
        return self.starts[k], end


class DocArrays:
    """Per-document arrays (token text and tag hashes), read once instead of per token."""

    def __init__(self, doc) -> None:
        strings = doc.vocab.strings
        array = doc.to_array([LEMMA, LOWER, SENT_START, ORTH, TAG])
        self.doc = doc
        self.lemma = array[:, 0].tolist()
        self.lower = array[:, 1].tolist()
        self.sentences = _Sentences(array[:, 2].tolist())
        self.orth = array[:, 3].tolist()
        self.tag = array[:, 4].tolist()
        self.semicolon = strings[";"]
        self.comma = strings[","]
        self.dashes = frozenset(strings[d] for d in ("—", "–", "--"))
        self.finite = frozenset(strings[t] for t in ("VBD", "VBZ", "VBP", "VBN"))
        self.negators = frozenset(strings[w] for w in ("no", "nobody", "none", "neither"))

    def text(self, first: int, last: int) -> str:
        """The document's text from token first to token last (inclusive)."""
        doc = self.doc
        return "".join(doc[i].text_with_ws for i in range(first, last + 1)).strip()


def clause_start(ctx: DocArrays, sent_start: int, before: int) -> int:
    """The start of the clause ending before token `before`: the sentence start or a ";"."""
    for i in range(before - 1, sent_start - 1, -1):
        if ctx.orth[i] == ctx.semicolon:
            return i + 1
    return sent_start


def _has_finite_verb(ctx: DocArrays, first: int, last: int) -> bool:
    return any(ctx.tag[i] in ctx.finite for i in range(first, last + 1))


def _separated(ctx: DocArrays, a: int, b: int) -> bool:
    """True when a ";" stands between tokens a and b."""
    low, high = min(a, b), max(a, b)
    return ctx.semicolon in ctx.orth[low + 1:high]


def content_bounds(ctx: DocArrays, verb, subject_bounds: tuple[int, int],
                    sent: tuple[int, int]) -> tuple[int, int] | None:
    """Token bounds of what the verb reports."""
    lemma = verb.lemma_
    pieces = [c for c in verb.children if c.dep_ in CONTENT_DEPS]
    if lemma == "deny":
        pieces += [c for c in verb.children if c.dep_ in ("dobj", "pcomp")]
    if lemma in EVENT_OBJECT_VERBS:  # "activists reported heavy clashes"
        pieces += [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "accuse":
        pieces += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
    if lemma in TOLL_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "toll"]
        if objects:
            pieces += objects + [c for c in verb.children if c.dep_ == "prep"]
    pieces = [p for p in pieces if not _separated(ctx, verb.i, p.left_edge.i)]
    source_first = subject_bounds[0]
    comma_before_source = source_first > sent[0] and (
        ctx.orth[source_first - 1] == ctx.comma or ctx.orth[source_first - 1] in ctx.dashes)
    if not pieces:
        pieces = _statement_clauses(verb)
    if comma_before_source and source_first < verb.i and not pieces:
        first = _item_start(ctx, sent, clause_start(ctx, sent[0], source_first))
        if first < source_first - 1 and _has_finite_verb(ctx, first, source_first - 2):
            # "C, X said, <appositive>" and "C, X said; D": C is the content.
            return first, source_first - 1
    if pieces:
        first, last = _bounds_of(pieces)
        if comma_before_source and last < verb.i:   # "A; B and C, X said" parsed with C alone
            first = min(first, _item_start(ctx, sent, clause_start(ctx, sent[0], first)))
        return first, last
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and head is not verb:
        # "C, X said, C" parsed with the speech verb hanging off C's verb.
        first, last = head.left_edge.i, head.right_edge.i
        if head.i > verb.i:
            first = max(first, verb.right_edge.i + 1)
        else:
            last = min(last, verb.left_edge.i - 1)
            if first > sent[0] and ctx.orth[first - 1] == ctx.semicolon:
                first = _item_start(ctx, sent, first)
        return (first, last) if first <= last else None
    if comma_before_source:
        first = clause_start(ctx, sent[0], source_first)
        return (first, source_first - 1) if first < source_first - 1 else None
    return None


def _item_start(ctx: DocArrays, sent: tuple[int, int], first: int) -> int:
    """"A; B, X reported": the sentence start when no saying or "according to" tells the
    part before B's semicolon -- a digest's item, one source's, A unsourced -- else `first`."""
    if any(t.lemma_ in SPEECH_VERBS or t.lower_ == "according" for t in ctx.doc[sent[0]:first]):
        return first
    return sent[0]


def quoted_as_saying(verb) -> list:
    """"X was quoted (by Y) as saying C": X, the passive subject of "quoted"."""
    head = verb.head
    if verb.lower_ != "saying" or head.lower_ != "as" or head.head.lemma_ != "quote":
        return []
    return [c for c in head.head.children if c.dep_ == "nsubjpass"]


def _statement_clauses(verb) -> list:
    """"X said in a statement that C": the that-clause hangs off the statement noun."""
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            found += [c for c in pobj.children if c.dep_ in ("acl", "relcl", "ccomp")
                      and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"]
    return found


def _bounds_of(pieces: list) -> tuple[int, int]:
    return min(p.left_edge.i for p in pieces), max(p.right_edge.i for p in pieces)


def is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def final_source(ctx: DocArrays, verb, sent: tuple[int, int]) -> tuple[int, int] | None:
    """"C, the Syrian Observatory said." parsed without a subject: the words after the comma."""
    doc = ctx.doc
    if verb.i + 1 < sent[1]:
        after = doc[verb.i + 1]
        if not (after.is_punct or after.dep_ in ("prep", "npadvmod", "advmod")):
            return None
    for i in range(verb.i - 1, max(sent[0], verb.i - _MAX_SOURCE_TOKENS) - 1, -1):
        if ctx.orth[i] == ctx.comma:
            if i + 1 < verb.i and not any(doc[j].pos_ in ("VERB", "AUX")
                                          for j in range(i + 1, verb.i)):
                return i + 1, verb.i - 1
            return None
    return None
