"""A town listed beside the clause's own ("the towns of X and Y") gets an event of its own
only where it is no namesake abroad: a report of one land's militia and towns that lists a
town the index reads only as a city of another land does not place it there. Over the tiny
hand-made index (tests/geo/geonames_files.py) with a made-up city abroad."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


@pytest.fixture
def tiny_index(tmp_path, monkeypatch):
    from eventdesk.geo import forget_opened
    from eventdesk.geo.importer import import_geonames
    from tests.geo import geonames_files
    from tests.geo.geonames_files import write_geonames_files

    # a made-up city of 330,000 abroad, named like a Lebanese village the index lacks
    monkeypatch.setattr(geonames_files, "PLACES", [*geonames_files.PLACES, (
        9100001, "Mardaba", "Mardaba", "", 36.4, 2.8, "P", "PPL", "DZ", "20", 330000)])
    monkeypatch.setattr(geonames_files, "ADMIN1", [*geonames_files.ADMIN1, (
        "DZ.20", "Mardaba", "Mardaba", 9100001)])
    index = tmp_path / "tiny.sqlite"
    import_geonames(write_geonames_files(tmp_path / "files"), index_path=index, empty=True,
                    progress=False)
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    yield index
    forget_opened(index)


def test_a_listed_town_read_only_abroad_gets_no_event_there(tiny_index):
    events = eventdesk.extract(
        "Hezbollah said its fighters attacked an Israeli post near Sidonia on Monday. "
        "Israeli shells also fell on the villages of Kfar Tahla and Mardaba on Monday, "
        "Hezbollah said.", published="2024-01-09")
    assert events and "Algeria" not in {e.country for e in events}
