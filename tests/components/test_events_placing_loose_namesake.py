"""A village the index lacks, read by another spelling as a town of a province other than
those the report names, is a namesake far off: no point, not the namesake's. Over the tiny
hand-made index (tests/geo/geonames_files.py), which knows Tall Qirmish in Aleppo province
and not "Tall Qirmesh"."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


@pytest.fixture
def tiny_index(tmp_path, monkeypatch):
    from eventdesk.geo import forget_opened
    from eventdesk.geo.importer import import_geonames
    from tests.geo.geonames_files import write_geonames_files

    index = tmp_path / "tiny.sqlite"
    import_geonames(write_geonames_files(tmp_path / "files"), index_path=index, empty=True,
                    progress=False)
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    yield index
    forget_opened(index)


def _event(province, spelling):
    [event] = eventdesk.extract(
        f"Rebels have hidden for years in the mountains of {province} province. On Sunday two "
        f"rebels were shot dead in a firefight near {spelling} village, police said.",
        published="2016-03-15")
    return event


def test_a_loose_spelling_in_another_province_than_the_reports_is_not_placed(tiny_index):
    event = _event("Homs", "Tall Qirmesh")
    assert (event.country, event.latitude, event.admin1) == ("Syria", None, None)


@pytest.mark.parametrize("province, spelling", [
    ("Aleppo", "Tall Qirmesh"),  # the province the report names holds the reading
    ("Homs", "Tall Qirmish"),    # the index's own spelling: the report means that town
])
def test_a_reading_in_the_named_province_or_by_its_own_spelling_is_placed(
        tiny_index, province, spelling):
    event = _event(province, spelling)
    assert (event.location, event.admin1, event.latitude) == ("Tall Qirmish", "Aleppo", 36.0)
