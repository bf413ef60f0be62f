"""Fixtures for the store tests."""

from __future__ import annotations

import pytest
from store_helpers import load_corpus

from eventdesk.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "events.sqlite") as opened:
        yield opened


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    """Path of a store holding the whole corpus, added report by report in file order.
    Shared: tests open it read-only."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.sqlite"
    with Store.open(path) as s:
        for document, events, _ in load_corpus():
            s.add(document, events, extractor_version="test-1")
    return path
