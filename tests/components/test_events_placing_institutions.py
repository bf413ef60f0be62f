"""A deed at a state's institution with no town named is in the report's country's capital
(`placing.institutions`)."""

from __future__ import annotations

import pytest

import eventdesk
from eventdesk.distance import haversine_km

NAIROBI = (-1.283, 36.817)


def _one(text: str):
    [event] = eventdesk.extract(text, published="2024-06-25")
    return event


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kenyan police fired tear gas at protesters outside parliament on Tuesday as lawmakers "
    "debated a finance bill.",
    "Protesters stormed the Ministry of Finance in Kenya on Tuesday, setting part of the "
    "building on fire.",
])
def test_a_deed_at_an_institution_with_no_town_is_in_the_capital(text):
    event = _one(text)
    assert (event.location, event.geo_precision) == ("Nairobi", 2)
    assert haversine_km(event.latitude, event.longitude, *NAIROBI) < 10


@pytest.mark.slow
def test_a_town_the_clause_names_goes_before_the_institution():
    # control: the deed's own town, not the capital where parliament sat
    event = _one("Kenyan police fired tear gas at protesters in Nakuru on Tuesday as "
                 "lawmakers in parliament debated a finance bill.")
    assert haversine_km(event.latitude, event.longitude, -0.30, 36.07) < 10


def test_an_institution_read_only_where_the_deed_is_put_at_it():
    from eventdesk.components.events.placing.institutions import names_an_institution

    nlp = eventdesk.load().nlp
    at = nlp("Protesters gathered outside parliament.")
    told = nlp("Parliament passed the bill as protesters gathered.")
    away = nlp("Gendarmes drove the marchers away from the ministry.")

    class _Whole:
        def __init__(self, doc):
            self.tokens, self.start = list(doc), 0

    assert names_an_institution(at, _Whole(at))
    assert names_an_institution(away, _Whole(away))
    assert not names_an_institution(told, _Whole(told))


@pytest.mark.slow
def test_a_local_body_named_after_its_town_places_the_deed_there():
    """"the Nakuru County Assembly": a council or assembly named after its town sits in it,
    as a court or a port so named does (place_mentions/town_sites.py TOWN_SITE_WORDS)."""
    event = _one("Two people were killed after Kenyan protesters set fire to the Nakuru County "
                 "Assembly building on Tuesday.")
    assert event.location == "Nakuru"
