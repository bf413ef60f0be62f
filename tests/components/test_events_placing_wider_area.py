"""A deed told for "the state" or "the region" a report covers, naming no place of its own
(`placing.wider_area`): the last town's first-level region, no point, geo_precision 3 --
not that town, which "elsewhere" excludes."""

from types import SimpleNamespace

import pytest

import eventdesk
from eventdesk.records import Place

TOWN = Place(country="Nigeria", country_code="NG", admin1="Kano", location="Bichi",
             latitude=12.2, longitude=8.2, geo_precision=1)


def _sentence(text):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return next(iter(nlp(text).sents))


@pytest.mark.parametrize("text", [
    "Elsewhere in the state, gunmen on Friday killed two farmers.",
    "In other parts of the province, bandits stole cattle on Monday.",
    "Air defence forces shot down four drones over the region overnight.",
])
def test_a_sentence_told_for_the_state_or_region_is_read_so(text):
    from eventdesk.components.events.placing.wider_area import tells_the_wider_area

    assert tells_the_wider_area(_sentence(text))


@pytest.mark.parametrize("text", [
    "Gunmen on Friday killed two farmers near the town, residents said.",
    "Elsewhere in the country, protesters marched in two cities.",
    "Troops shelled positions across the region's border with Chad on Friday.",
    "Elsewhere in the state of Kano, gunmen killed two farmers.",
])
def test_a_sentence_naming_no_first_level_area_is_not(text):
    from eventdesk.components.events.placing.wider_area import tells_the_wider_area

    assert not tells_the_wider_area(_sentence(text))


def test_the_wider_area_is_the_towns_region_with_no_point():
    from eventdesk.components.events.placing.wider_area import region_of

    region = region_of(TOWN)
    assert (region.admin1, region.location, region.geo_precision, region.latitude,
            region.country_code) == ("Kano", "Kano", 3, None, "NG")
    assert region_of(Place(country="Nigeria", country_code="NG")) is None


@pytest.mark.slow
def test_elsewhere_in_the_state_is_not_the_last_town():
    text = ("Gunmen killed five villagers in Gwoza on Saturday, police said. "
            "Elsewhere in the state, gunmen on Friday killed two farmers working on their "
            "farmland, a community leader said.")
    events = eventdesk.extract(text, published="2023-05-15")
    farmers = next(e for e in events if "farmers" in (e.evidence or ""))
    assert (farmers.admin1, farmers.geo_precision, farmers.latitude) == ("Borno", 3, None)


def _doc_naming(text, named):
    import spacy

    from eventdesk.extensions import register_extensions

    register_extensions()
    doc = spacy.blank("en")(text)
    doc._.places = [SimpleNamespace(start=i, end=i + 1, kind="place",
                                    candidates=[SimpleNamespace(geonameid=gid)])
                    for i, gid in named]
    return doc


def test_the_city_refers_back_only_to_a_city_named_before_it():
    """"had cleansed the city" refers back: the report's most-named city is its referent
    only when named before the anaphor, not in later paragraphs (`wider_area.named_before`)."""
    from eventdesk.components.events.placing.wider_area import named_before

    city = Place(country="Sudan", country_code="SD", location="Qarbun", geonameid=7)
    doc = _doc_naming("Troops entered Dalmaz . They cleansed the city . Jets bombed Qarbun",
                      [(2, 3), (10, 7)])
    anaphor = 7
    assert named_before(doc, city, anaphor) is None
    assert named_before(doc, city, 11) is city
    assert named_before(doc, None, 11) is None
