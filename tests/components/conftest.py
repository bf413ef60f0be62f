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


def _tiny_index_file(tmp_path):
    from eventdesk.geo.importer import import_geonames
    from tests.geo.geonames_files import write_geonames_files

    index = tmp_path / "tiny.sqlite"
    import_geonames(write_geonames_files(tmp_path / "files"), index_path=index, empty=True,
                    progress=False)
    return index


@pytest.fixture
def tiny_gazetteer(tmp_path):
    """The tiny hand-made index (tests/geo/geonames_files.py), opened."""
    from eventdesk.geo import forget_opened, open_gazetteer

    index = _tiny_index_file(tmp_path)
    yield open_gazetteer(index)
    forget_opened(index)


@pytest.fixture
def tiny_index_with(tmp_path, monkeypatch):
    """The tiny index with more places (and first-level regions) added, as the gazetteer
    `eventdesk.extract` opens: `tiny_index_with(places=[row, ...], admin1=[row, ...])` in the
    rows of tests/geo/geonames_files.py."""
    from eventdesk.geo import forget_opened
    from tests.geo import geonames_files

    built = []

    def build(places=(), admin1=()):
        monkeypatch.setattr(geonames_files, "PLACES", [*geonames_files.PLACES, *places])
        monkeypatch.setattr(geonames_files, "ADMIN1", [*geonames_files.ADMIN1, *admin1])
        index = _tiny_index_file(tmp_path)
        monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
        built.append(index)
        return index

    yield build
    for index in built:
        forget_opened(index)


@pytest.fixture
def tiny_index(tmp_path, monkeypatch):
    """The tiny hand-made index, as the gazetteer `eventdesk.extract` opens (a test module may
    define its own `tiny_index` over other places)."""
    from eventdesk.geo import forget_opened

    index = _tiny_index_file(tmp_path)
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    yield index
    forget_opened(index)
