"""How the learned classifier reads a sentence that lists places: as it reads the same
sentence naming one.

"Marches were also held in Popayan and Pasto" is the one-place sentence "Marches were also
held in Popayan" told of two towns, and the coder makes one event per listed place
(`Placer.same_event_elsewhere`). The classifier, though, learned from sentences whose
lists of names are rarer than its one-place wordings, and a run of names shifts its reading
(towards "none", a tally or a round-up). What kind of event a clause tells does not depend
on how many places it names, so the classifier is shown the sentence with each list of
place names cut to its first name ("in A, B and C" -> "in A"); the rules and the placing
still read the whole sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.extensions import doc_ext, doc_text

# What stands between two names of a list of places: a comma inside it, "and" or "or"
# (after a comma or not) before its last name
COMMA_JOINS = frozenset({","})
LAST_JOINS = frozenset({"and", ", and", "or", ", or", "&"})


def listed_after_first(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    """The character ranges of a sentence's listed place names after each list's first,
    each with the comma or conjunction before it (", B", " and C"). A list ends with "and"
    or "or": names set side by side with a comma alone are a town and its district or
    province ("in Bintaro, South Tangerang"), one place."""
    spans = sorted((doc[m.start:m.end].start_char, doc[m.start:m.end].end_char)
                   for m in doc_ext(doc, "places") or []
                   if m.kind == "place" and sent.start <= m.start < sent.end)
    text = doc_text(doc)
    cuts, run = [], []
    for (_, before_end), (start, end) in zip(spans, spans[1:], strict=False):
        join = text[before_end:start].strip() if before_end <= start else None
        if join in COMMA_JOINS:
            run.append((before_end, end))
            continue
        if join in LAST_JOINS:
            cuts += [*run, (before_end, end)]
        run = []
    return cuts


def one_place_example(doc: Doc, sent: Span, start: int, end: int) -> tuple[str, int, int]:
    """The sentence's text with its lists of places cut to their first names, and the
    event word's span (`start`, `end`, characters of the doc) within it; the sentence as
    it is where a cut would touch the event word."""
    cuts = [c for c in listed_after_first(doc, sent) if c[1] <= start or c[0] >= end]
    text, offset = doc_text(doc), sent.start_char
    pieces, at, shift = [], offset, 0
    for cut_start, cut_end in cuts:
        pieces.append(text[at:cut_start])
        if cut_end <= start:
            shift += cut_end - cut_start
        at = cut_end
    pieces.append(text[at:sent.end_char])
    return "".join(pieces), start - offset - shift, end - offset - shift
