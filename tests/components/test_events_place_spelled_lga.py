"""A Nigerian LGA spelled out ("Mangu Local Government Area", which NER calls an
organisation) is read as "Mangu LGA": the division at its seat, not an organisation's name
nor an unknown city part called "Mangu Local Government". Over a tiny hand-made index."""

import pytest

import eventdesk
from eventdesk.geo import forget_opened
from tests.geo.geonames_files import import_places

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9400001, "Mangu", "", 9.52, 9.10, "P", "PPL", "NG", "49", 30_000),
    (9400002, "Mangu", "", 9.52, 9.10, "A", "ADM2", "NG", "49", 30_000),
    (9400003, "Jos", "", 9.90, 8.86, "P", "PPLA", "NG", "49", 800_000),
]
ADMIN1 = [("NG.49", "Plateau", "Plateau", 9400010)]


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("spelled_lga"), PLACES, ADMIN1)
    yield index
    forget_opened(index)


def test_the_spelled_designator_is_read_as_one_word():
    from eventdesk.geo.candidates import spelled_designator

    assert spelled_designator(["in", "Mangu", "Local", "Government", "Area"], 2) == ("lga", 3)
    # a council is a body, not the division's kind
    assert spelled_designator(["Mangu", "Local", "Government", "Council"], 1) is None


@pytest.mark.parametrize("kind", ["Local Government Area", "local government area", "LGA"])
def test_a_division_named_with_its_kind_spelled_out_is_the_division(tiny_index, monkeypatch,
                                                                      kind):
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(tiny_index))
    events = eventdesk.extract(f"Gunmen attacked villages in Mangu {kind} on Sunday, killing "
                               "22 people.", published="2024-01-22")
    assert [(e.location, e.admin1, e.geo_precision) for e in events] == [
        ("Mangu", "Plateau", 2)]
