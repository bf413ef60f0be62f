"""A sentence that tells its event at a place of its own the index lacks (issues 8 and 9):
"In Marjeh, gunmen killed three soldiers" after a raid on Aleppo the same day is its own
event, at Marjeh held by the report's one region, not the raid told again at Aleppo. Over
the tiny hand-made index (tests/geo/geonames_files.py), which knows Aleppo and Tall
Qirmish, both of Aleppo province, and not Marjeh."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow

RAIDS = ("Government jets bombed rebel positions in Aleppo on Monday, killing five fighters, "
         "activists said. Tall Qirmish was shelled on Sunday, residents said. ")


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


def _events(text):
    return eventdesk.extract(RAIDS + text, published="2016-03-15")


@pytest.mark.parametrize("text", [
    "In Marjeh, gunmen killed three soldiers on Monday, the army said.",
    "Gunmen also killed three soldiers at Marjeh on Monday, the army said.",
    "In the village of Marjeh, gunmen killed three soldiers on Monday.",
    # the edge of the town, or the town stormed: its own place too
    "On Monday, gunmen killed three soldiers on the outskirts of Marjeh.",
    "On Monday, gunmen killed three soldiers at a checkpoint outside Marjeh.",
    "On Monday, gunmen stormed Marjeh, killing three soldiers.",
])
def test_a_deed_at_its_own_unknown_place_is_an_event_of_its_own(tiny_index, text):
    events = _events(text)
    [own] = [e for e in events if "Marjeh" in e.evidence]
    # held by the report's one region, with no point: the scorer matches it by its admin1
    assert (own.location, own.admin1, own.latitude) == ("Marjeh", "Aleppo", None)
    assert any(e.location == "Aleppo" and "bombed" in e.evidence for e in events)


@pytest.mark.parametrize("text", [
    # "the same town", "there", no place named: the deed is where the last one was
    "In the same town, gunmen killed three soldiers on Monday, the army said.",
    "There, gunmen also killed three soldiers on Monday, the army said.",
    "Gunmen also killed three soldiers on Monday, the army said.",
    # a month or a person after the preposition is no place
    "In March, gunmen also killed three soldiers, the army said.",
    "Gunmen loyal to Abu Marjeh also killed three soldiers on Monday, the army said.",
])
def test_a_deed_with_no_place_of_its_own_stays_at_the_last_one(tiny_index, text):
    assert not any(e.location and "Marjeh" in e.location for e in _events(text))


def test_a_known_town_named_again_is_still_one_event(tiny_index):
    # the same town named again on the same day: one event, as before
    events = _events("Later on Monday, jets bombed Aleppo again, activists said.")
    assert sum(e.location == "Aleppo" for e in events) >= 1
    assert not any(e.location and "Marjeh" in e.location for e in events)


def test_own_places_apart():
    from eventdesk.components.events.common import Candidate
    from eventdesk.components.events.merging.scenes import own_places_apart
    from eventdesk.records import Place

    town = Place(country="Syria", country_code="SY", admin1="Aleppo", location="Aleppo",
                 latitude=36.2, longitude=37.16, geo_precision=1)
    village = Place(country="Syria", country_code="SY", admin1="Aleppo", location="Marjeh",
                    geo_precision=3)
    region = Place(country="Syria", country_code="SY", admin1="Aleppo", location="Aleppo",
                   latitude=36.25, longitude=37.5, geo_precision=3)

    def cand(place, own):
        return Candidate(event_type="Battles", sub_event_type="Armed clash", start_char=0,
                         end_char=1, sent_index=0, place=place, own_unknown=own)

    assert own_places_apart(cand(town, False), cand(village, True))
    assert own_places_apart(cand(village, True), cand(town, False))
    # a region's telling may still sum up the village's ("clashes in Aleppo province")
    assert not own_places_apart(cand(region, False), cand(village, True))
    # the village named again, or two known towns: merging's other tests decide
    assert not own_places_apart(cand(village, True), cand(village, True))
    assert not own_places_apart(cand(town, False), cand(town, False))
