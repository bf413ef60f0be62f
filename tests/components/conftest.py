"""Shared by the event coder's tests."""

import pytest


@pytest.fixture
def parsed():
    """Build a hand-parsed Doc: heads as token indices, so the test shows the tree it is
    about."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from eventdesk.extensions import register_extensions

    register_extensions()  # the readings look up doc._.triggers and the like
    vocab = English().vocab

    def build(words, heads, deps, pos=None, lemmas=None):
        return Doc(vocab, words=words, heads=heads, deps=deps,
                   pos=pos or ["NOUN"] * len(words),
                   lemmas=lemmas or [w.lower() for w in words])
    return build
