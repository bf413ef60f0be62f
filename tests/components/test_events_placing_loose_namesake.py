"""A village the index lacks, read by another spelling as a town of a province other than
those the report names and far (NAMESAKE_KM) from every place it names, is a namesake: no
point, not the namesake's. Over the tiny hand-made index (tests/geo/geonames_files.py),
which knows Tall Qirmish in Aleppo province and not "Tall Qirmesh"."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


@pytest.fixture
def tiny_index(tiny_index_with):
    # a province far (some 290 km) from the village's namesake, named by its own name
    return tiny_index_with(places=[(
        170792, "Deir ez-Zor Governorate", "Deir ez-Zor Governorate", "", 35.0, 40.5, "A",
        "ADM1", "SY", "07", 1200000)])


def _event(province, spelling):
    [event] = eventdesk.extract(
        f"Rebels have hidden for years in the mountains of {province} province. On Sunday two "
        f"rebels were shot dead in a firefight near {spelling} village, police said.",
        published="2016-03-15")
    return event


def test_a_loose_spelling_in_another_province_than_the_reports_is_not_placed(tiny_index):
    event = _event("Deir ez-Zor", "Tall Qirmesh")
    assert (event.country, event.latitude, event.admin1) == ("Syria", None, None)


@pytest.mark.parametrize("province, spelling", [
    ("Aleppo", "Tall Qirmesh"),  # the province the report names holds the reading
    ("Deir ez-Zor", "Tall Qirmish"),  # the index's own spelling: the report means that town
])
def test_a_reading_in_the_named_province_or_by_its_own_spelling_is_placed(
        tiny_index, province, spelling):
    event = _event(province, spelling)
    assert (event.location, event.admin1, event.latitude) == ("Tall Qirmish", "Aleppo", 36.0)
