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
    "Elsewhere in the state, bandits on Sunday shot dead three traders.",
    "In other parts of the province, bandits stole cattle on Monday.",
    "Interceptors downed three drones across the oblast before dawn.",
    "Militants struck police posts throughout the province.",
])
def test_a_sentence_told_for_the_state_or_region_is_read_so(text):
    from eventdesk.components.events.placing.wider_area import tells_the_wider_area

    assert tells_the_wider_area(_sentence(text))


@pytest.mark.parametrize("text", [
    "Gunmen on Friday killed two farmers near the town, residents said.",
    "Elsewhere in the country, protesters marched in two cities.",
    "Troops shelled positions across the region's border with Chad on Friday.",
    "Elsewhere in the state of Kano, gunmen killed two farmers.",
    # the area word qualifying a noun: no area told
    "Rebels seized control over the state broadcaster on Tuesday.",
    "Smugglers moved fuel across the province border at night.",
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
    text = ("Bandits killed four villagers in Gwoza on Saturday, police said. "
            "Elsewhere in the state, bandits on Sunday shot dead three traders returning "
            "from a market, a district head told reporters.")
    events = eventdesk.extract(text, published="2023-05-16")
    traders = next(e for e in events if "traders" in (e.evidence or ""))
    assert (traders.admin1, traders.geo_precision, traders.latitude) == ("Borno", 3, None)


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
    """"cleared the city" refers back: the report's most-named city is its referent only
    when named before the anaphor, not in later paragraphs
    (`anaphora.main_city_named_before`)."""
    from eventdesk.components.events.placing.anaphora import main_city_named_before

    city = Place(country="Sudan", country_code="SD", location="Qarbun", geonameid=7)
    doc = _doc_naming("Troops entered Dalmaz . They cleared the city . Jets bombed Qarbun",
                      [(2, 3), (10, 7)])
    anaphor = 7
    assert main_city_named_before(doc, city, anaphor) is None
    assert main_city_named_before(doc, city, 11) is city
    assert main_city_named_before(doc, None, 11) is None


# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
TOWNS = [
    (9250001, "Dalmaz", "Dalmaz", "", 14.40, 33.52, "P", "PPLA2", "SD", "12", 90_000),
    (9250002, "Qarbun", "Qarbun", "", 13.16, 30.22, "P", "PPLA", "SD", "12", 350_000),
]


@pytest.mark.slow
def test_the_city_is_the_town_just_entered_not_one_named_later(tiny_index_with):
    """finding._referent: "the city" after "entered Dalmaz" is Dalmaz, though the report
    names Qarbun more often, only after it."""
    tiny_index_with(places=TOWNS)
    text = ("Rebel fighters entered Dalmaz on Monday. The fighters looted shops and homes "
            "across the city on Tuesday, witnesses said. Jets bombed Qarbun on Wednesday. "
            "Residents of Qarbun fled south. Aid agencies in Qarbun said food was short.")
    events = eventdesk.extract(text, published="2024-05-16")
    looting = next(e for e in events if "looted" in (e.evidence or ""))
    assert looting.location == "Dalmaz"
