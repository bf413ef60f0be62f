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


@pytest.fixture
def read_only_store(tmp_path):
    """A store FILE this process may not write, in a folder it may: mode 444, or (for root,
    whom modes do not stop) the immutable attribute too; skipped where neither holds."""
    import os
    import subprocess

    from store_helpers import make_document, make_event

    path = tmp_path / "events.sqlite"
    with Store.open(path) as opened:
        opened.add(make_document(), [make_event()], extractor_version="v1")
    os.chmod(path, 0o444)
    locked = False
    try:
        os.close(os.open(path, os.O_RDWR))
    except PermissionError:
        pass
    else:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            os.chmod(path, 0o644)
            pytest.skip("no way to make a file read-only here")
        locked = True
    yield path
    if locked:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    os.chmod(path, 0o644)
