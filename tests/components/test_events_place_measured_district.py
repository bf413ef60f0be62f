"""A district the index knows only as a division, measured from a town by the report
("in the Zurmat district, some 20 km south of Gardez"): the town, or the measured point --
the report's own location of the district, not the division's centroid (issue 9)."""

from __future__ import annotations

import pytest

from eventdesk.geo import forget_opened, open_gazetteer
from tests.geo.geonames_files import import_places

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9200001, "Gardez", "", 33.60, 69.22, "P", "PPLA", "AF", "36", 70_000),
    (9200002, "Zurmat", "", 33.30, 69.50, "A", "ADM2", "AF", "36", 0),
    (9200003, "Paktia", "", 33.60, 69.40, "A", "ADM1", "AF", "36", 500_000),
]
ADMIN1 = [("AF.36", "Paktia", "Paktia", 9200003)]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("measured"), PLACES, ADMIN1)
    yield open_gazetteer(index)
    forget_opened(index)


def _sentence(parsed, gaz, km):
    words = ["militants", "attacked", "posts", "in", "the", "Zurmat", "district", ",", "some",
             str(km), "km", "south", "of", "Gardez"]
    heads = [1, 1, 1, 1, 6, 6, 3, 6, 9, 10, 11, 6, 11, 12]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct", "advmod",
            "nummod", "npadvmod", "appos", "prep", "pobj"]
    doc = parsed(words, heads, deps, pos=["PROPN" if w[:1].isupper() else "NOUN"
                                          for w in words])
    doc._.places = gaz.find_mentions(doc)
    doc._.countries, doc._.actors = ["AF"], []
    return doc


@pytest.mark.parametrize("km", [20, 60])
def test_a_district_measured_from_a_town_is_placed_by_the_measure(parsed, gaz, km):
    from eventdesk.components.events.placing.places import measured_district

    doc = _sentence(parsed, gaz, km)
    district, town = doc._.places
    place = gaz.resolve(district, countries=["AF"])
    assert gaz.is_district_place(place.geonameid)
    measured = measured_district(gaz, doc, place, district, doc._.places)
    assert measured.geo_precision == 2 and measured.admin1 == "Paktia"
    if km < 25:  # near: the town measured from, the district's name kept
        assert (measured.location, measured.latitude) == ("Gardez - Zurmat", 33.60)
    else:  # far: the point the measure gives, south of the town
        assert measured.location == "Zurmat"
        assert measured.latitude == pytest.approx(33.60 - km / 111.2, abs=0.01)
    # a town itself (not a division) keeps its own point
    assert measured_district(gaz, doc, gaz.resolve(town, countries=["AF"]), town,
                             doc._.places) is None
