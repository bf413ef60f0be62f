"""The tokens of a sentence that pass one word test, found once per sentence: several
readings look for a rare word ("the term …", "in the capital") in the sentence of every
clause they are put to, and walking the sentence again per clause cost more than the
reading. The matching tokens are kept on the Doc, per test and sentence. The test must read
only what is final when the event coder runs (text, lemma, tag, parse)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from eventdesk.extensions import doc_tokens

WORD_INDEX_KEY = "eventdesk.word_index"


def matching_in(doc: Doc, span: Span, name: str, test: Callable[[Token], bool]
                ) -> tuple[Token, ...]:
    """The tokens of `span` (a sentence or any slice of `doc`) passing `test`, in order, as
    `[t for t in span if test(t)]`; `name` names the test (one name, one test)."""
    kept = doc.user_data.get(WORD_INDEX_KEY)
    if kept is None:
        kept = doc.user_data[WORD_INDEX_KEY] = {}
    key = (name, span.start, span.end)
    found = kept.get(key)
    if found is None:
        found = kept[key] = tuple(t for t in doc_tokens(doc)[span.start:span.end] if test(t))
    return found
