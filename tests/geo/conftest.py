"""Fixtures: an isolated data home and the tiny gazetteer imported from GeoNames files."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.geo import forget_opened, open_gazetteer
from eventdesk.geo.importer import import_geonames

from .geonames_files import import_places, write_geonames_files


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Never touch the user's real index."""
    monkeypatch.setenv("EVENTDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(tmp_path / "home" / "gazetteer.sqlite"))
    yield
    forget_opened(tmp_path / "home" / "gazetteer.sqlite")


@pytest.fixture(scope="session")
def tiny_index(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("tiny")
    index = folder / "tiny.sqlite"
    import_geonames(write_geonames_files(folder / "files"), index_path=index, empty=True,
                    progress=False)
    return index


@pytest.fixture
def gaz(tiny_index):
    return open_gazetteer(tiny_index)


@pytest.fixture(scope="module")
def gazetteer_of(tmp_path_factory):
    """A test module's own tiny gazetteer: `gazetteer_of(places, admin1[, admin2])` opens an
    index of those rows (`geonames_files.import_places`), forgotten after the module."""
    built = []

    def build(places, admin1, admin2=()):
        index = import_places(tmp_path_factory.mktemp("own"), places, admin1, admin2)
        built.append(index)
        return open_gazetteer(index)
    yield build
    for index in built:
        forget_opened(index)
