"""A place the index lacks keeps what the report gives it (issue 9): named in a clause that
also names its country as the scene ("the village of X in northern Syria"), it is still
held by the region the sentence gives; named again in a later telling, it takes the place
the report gave it before rather than the country alone. Over the tiny hand-made index
(tests/geo/geonames_files.py), which knows Aleppo province and not Kafr Zeita."""

import pytest

import eventdesk
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.named_places import placed_by_name
from eventdesk.records import Place

CAPTURE = ("BEIRUT, March 15 (Reuters) - Rebels captured the village of Kafr Zeita in "
           "northern Syria on Monday after government troops withdrew following heavy fighting "
           "overnight, residents said, the latest of their gains in Aleppo province.")


@pytest.mark.slow
def test_an_unknown_village_in_a_clause_naming_its_country_keeps_its_sentences_region(
        tiny_index):
    [event] = eventdesk.extract(CAPTURE, published="2016-03-15")
    assert (event.location, event.admin1, event.country, event.geo_precision) == (
        "Kafr Zeita", "Aleppo", "Syria", 3)
    assert event.latitude is None


@pytest.mark.slow
def test_an_unknown_village_named_again_takes_the_place_the_report_gave_it(tiny_index):
    text = ("Rebels captured the village of Kafr Zeita on Monday after heavy fighting, the "
            "latest of their gains in Aleppo province. In Homs, jets bombed a market, killing "
            "four. On Tuesday, government jets bombed rebel positions near Kafr Zeita, "
            "activists said.")
    events = eventdesk.extract(text, published="2016-03-15")
    [strike] = [e for e in events if "near Kafr Zeita" in e.evidence]
    assert (strike.location, strike.admin1, strike.geo_precision) == ("Kafr Zeita", "Aleppo", 3)
    assert strike.latitude is None


def _cand(place: Place) -> Candidate:
    return Candidate(event_type="Battles", sub_event_type="Armed clash", start_char=0,
                     end_char=1, sent_index=0, place=place)


def _named(name: str, code: str = "SS", country: str = "South Sudan") -> Place:
    return Place(country=country, country_code=code, location=name)


UPPER = Place(country="South Sudan", country_code="SS", admin1="Upper Nile", location="Maban",
              geo_precision=3)
TOWN_PART = Place(country="South Sudan", country_code="SS", admin1="Central Equatoria",
                  location="Juba - Gudele", latitude=4.85, longitude=31.58, geo_precision=2)


def test_a_name_placed_once_is_placed_everywhere_in_its_country():
    first, again, part = _cand(UPPER), _cand(_named("Maban")), _cand(_named("Gudele"))
    placed_by_name([first, again, _cand(TOWN_PART), part])
    assert (again.place.admin1, again.place.location, again.place.geo_precision) == (
        "Upper Nile", "Maban", 3)
    assert again.place is not UPPER  # a copy: the records stay apart
    assert (part.place.location, part.place.latitude) == ("Juba - Gudele", 4.85)


UNITY = Place(country="South Sudan", country_code="SS", admin1="Unity", location="Maban",
              geo_precision=3)


@pytest.mark.parametrize("placed, lone", [
    ([UPPER], _named("Renk")),                    # another name
    ([UPPER], _named("Maban", "SD", "Sudan")),    # a namesake in another country
    ([UPPER, UNITY], _named("Maban")),            # two places under one name
])
def test_a_name_stays_unplaced_when_the_report_does_not_say_where(placed, lone):
    cand = _cand(lone)
    placed_by_name([*(_cand(p) for p in placed), cand])
    assert cand.place.admin1 is None and cand.place.latitude is None
