"""Every `Doc._` extension eventdesk uses, registered in one place.

Components compute, then set these; later components read them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

DOC_EXTENSIONS = {
    "published": None,     # datetime.date | None: the report's publication date
    "outlet": None,        # str | None: who published it
    "title": None,         # str | None: the report's headline, when it came apart from
                           # its text
    "doc_id": None,        # str | None
    "places": None,        # list[geo.PlaceMention]: gazetteer-detected place names
    "countries": None,     # list[str]: ISO2 country context, most salient first
    "actors": None,        # list[coding.actors.ActorMention]
    "dates": None,         # list[components.dates.DateMention]
    "claims": None,        # list[components.attribution.Claim]
    "triggers": None,      # list[components.triggers.TriggerMatch]
    "proposals": None,     # dict[int, dict[str, float]] | None: a classifier's per-clause
                           # probabilities over coding.typology.LABELS, keyed by the
                           # clause root's token index (components/events/subtype/table.py combine)
    "events": None,        # list[records.Event]
}


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


# doc.user_data keys of what several stages read and spaCy would build anew on each read
TEXT_KEY = "eventdesk.text"
ENTITIES_KEY = "eventdesk.entities"
TOKENS_KEY = "eventdesk.tokens"
WORDS_KEY = "eventdesk.words"
ROOTS_KEY = "eventdesk.span_roots"


def doc_text(doc: Doc) -> str:
    """The report's text, built once: spaCy joins the tokens anew on every `doc.text`."""
    found = doc.user_data.get(TEXT_KEY)
    if found is None:
        found = doc.user_data[TEXT_KEY] = doc.text
    return found


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """NER's entities, built once NER has run: spaCy makes a new Span of each entity on
    every `doc.ents`, and placing reads them for every place mention."""
    found = doc.user_data.get(ENTITIES_KEY)
    if found is None:
        found = doc.user_data[ENTITIES_KEY] = tuple(doc.ents)
    return found


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The report's tokens, made once: spaCy makes a new Token on every `doc[i]`, and the
    rules read the same words thousands of times a report. The tokens read the Doc's
    arrays live, so later stages' tags and entities show through; nothing retokenizes."""
    found = doc.user_data.get(TOKENS_KEY)
    if found is None:
        found = doc.user_data[TOKENS_KEY] = tuple(doc)
    return found


def doc_words(doc: Doc) -> list[str]:
    """The report's words as text, listed once: place detection, the country context and
    placing abroad each read the whole list. Shared: callers must not change it."""
    found = doc.user_data.get(WORDS_KEY)
    if found is None:
        found = doc.user_data[WORDS_KEY] = [t.text for t in doc_tokens(doc)]
    return found


def doc_ext(doc: Doc, name: str):
    """`doc._.<name>`, read where spaCy keeps it: each `doc._` builds a new Underscore
    object (about 4 µs), and the event coder reads the report's mention lists some 650
    times a report. Every extension of DOC_EXTENSIONS defaults to None, as here."""
    return doc.user_data.get(("._.", name, None, None))


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the report's text: spaCy's slice makes a Span and its
    `.text` a Token per word, and placing reads the words between two names per pair."""
    if start < 0 or end < 0:
        return doc[start:end].text  # counted from the end: spaCy's own reading
    tokens = doc_tokens(doc)
    end = min(end, len(tokens))
    if start >= end:
        return ""
    last = tokens[end - 1]
    return doc_text(doc)[tokens[start].idx:last.idx + len(last.text)]


def span_root(doc: Doc, start: int, end: int) -> Token:
    """`doc[start:end].root`, with no Span built for a one-word span (most trigger and
    mention spans are one word) and one built once per report for a longer one: spaCy's
    slice costs about 3 µs, and the coder asks for the root word of the same triggers and
    mentions per clause and per rule. The parse is final when the coder asks (no stage sets
    heads after the parser)."""
    if end - start == 1:
        return doc_tokens(doc)[start]
    roots = doc.user_data.get(ROOTS_KEY)
    if roots is None:
        roots = doc.user_data[ROOTS_KEY] = {}
    found = roots.get((start, end))
    if found is None:
        found = roots[(start, end)] = doc[start:end].root.i
    return doc_tokens(doc)[found]


def climb(tok: Token, most: int) -> Iterator[Token]:
    """`tok`, then the word it hangs on, and so on up to its sentence's root: at most `most`
    words. The bounded walk up the parse that many readings make (a misparse can make the
    climb long, never endless)."""
    for _ in range(most):
        yield tok
        if tok.head.i == tok.i:
            return
        tok = tok.head


def first_conjunct(tok: Token, also: tuple[str, ...] = ()) -> Token:
    """The first of the words joined in a row that `tok` is in ("X, Y and Z": the parse
    hangs Y on X and Z on Y), else `tok`: what the row's words share (their preposition,
    their verb) hangs on it. `also` names other relations climbed the same way ("compound",
    "appos": up to a name's head word)."""
    while (tok.dep_ == "conj" or tok.dep_ in also) and tok.head.i != tok.i:
        tok = tok.head
    return tok
