"""Fixtures for the store tests."""

from __future__ import annotations

import pytest
from store_helpers import load_corpus

from eventdesk.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "events.sqlite") as opened:
        yield opened


@pytest.fixture
def corpus_db(tmp_path):
    """Path of a store holding the whole corpus, ingested in file order."""
    path = tmp_path / "corpus.sqlite"
    with Store.open(path) as s:
        for document, events, _ in load_corpus():
            s.add(document, events, extractor_version="test-1")
    return path
