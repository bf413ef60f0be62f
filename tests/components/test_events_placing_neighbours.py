"""A place named only as whose neighbour the event's place is ("Baghdad's neighbouring
province of Diyala") is not the event's place; an unknown place told beside one ("nearby X",
"X, a suburb of the town", "X in the capital") is coded by it (`anaphora.place_told_beside`)."""

import pytest

import eventdesk
from tests.components.coder_records import coder_extract


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen killed five people on Sunday in Baghdad's neighbouring province of Diyala.",
    "Gunmen killed five people on Sunday in Baghdad's adjacent Diyala province.",
])
def test_the_neighbour_province_is_the_place(text):
    events = eventdesk.extract(text, published="2007-03-12")
    assert [e.admin1 for e in events] == ["Diyala"]
    assert all(e.location != "Baghdad" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "admin1"), [
    ("Gunmen killed six farmers in Sinjar on Monday. The same day, the gunmen also attacked "
     "nearby Zirqan Dulab village, killing two shepherds.", "Ninewa"),
    ("Bandits killed nine villagers in Gidan Modi, Anka Local Government Area of Zamfara "
     "State, police said. The gunmen also attacked the neighbouring Zirqan Dulab village, "
     "where two residents were killed.", "Zamfara"),
])
def test_an_unknown_village_called_nearby_lies_by_the_place_named_last(text, admin1):
    events = coder_extract(text, published="2021-06-10")
    village = next(e for e in events if "Zirqan Dulab" in (e.location or ""))
    assert village.admin1 == admin1


@pytest.mark.slow
def test_the_nearby_town_of_an_unknown_name_told_also_is_its_own_event_by_the_town():
    """"The nearby industrial town of X also burned that day": X lies by the town told
    before (`anaphora.called_nearby`), and its riot, told "also", is not that town's
    (`scenes.told_apart`)."""
    events = eventdesk.extract(
        "On Tuesday, crowds looted supermarkets and set fire to shops and trucks in Lobamba, "
        "witnesses said. The nearby industrial town of Lusutfwana also burned that day, as "
        "rioters torched a brewery warehouse and a furniture factory.", published="2021-07-01")
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Violent demonstration", "Lobamba"), ("Violent demonstration", "Lobamba - Lusutfwana")]


def _apposed(parsed, words):
    """A flat hand-built Doc of `words`, adjectives tagged ADJ: only the words count."""
    adjectives = {"northern", "poor", "crowded"}
    return parsed(words, [0] * len(words), ["dep"] * len(words),
                  pos=["ADJ" if w in adjectives else "NOUN" for w in words])


@pytest.mark.parametrize("words", [
    ["troops", "fought", "at", "Kelvo", "Dun", ",", "a", "northern", "suburb", "of", "the",
     "town", "."],
    ["police", "raided", "Marosa", ",", "a", "poor", "crowded", "quarter", "of", "the", "city"],
])
def test_a_name_set_beside_a_part_of_the_town_is_called_its_part(parsed, words):
    from eventdesk.components.events.placing.anaphora import called_part_of_the_town

    start = words.index(next(w for w in words if w in ("Kelvo", "Marosa")))
    assert called_part_of_the_town(_apposed(parsed, words), start)


@pytest.mark.parametrize("words", [
    ["troops", "fought", "at", "Kelvo", ",", "a", "suburb", "of", "Tarnel", "."],
    ["troops", "fought", "at", "Kelvo", ",", "a", "town", "of", "the", "district", "."],
    ["troops", "fought", "at", "Kelvo", "in", "a", "suburb", "of", "the", "town", "."],
])
def test_a_part_named_or_of_no_town_told_before_is_not_called_the_towns(parsed, words):
    """"a suburb of Tarnel" names its town (the holders read it); "a town of the district"
    is no part of a town; "in a suburb" is no apposition."""
    from eventdesk.components.events.placing.anaphora import called_part_of_the_town

    assert not called_part_of_the_town(_apposed(parsed, words), words.index("Kelvo"))


@pytest.mark.slow
def test_an_unknown_suburb_of_the_town_told_before_is_that_towns_part():
    """"At Zirqan Dulab, a suburb of the town": the town named in the sentence before, its
    point under "Town - suburb" (geo_precision 2), not a record placed nowhere."""
    events = coder_extract(
        "Gunmen shot dead three traders in Sinjar on Tuesday, police said. On Wednesday, "
        "a patrol was ambushed at Zirqan Dulab, a suburb of the town, and two soldiers were "
        "wounded.", published="2021-06-10")
    suburb = next(e for e in events if "Zirqan Dulab" in (e.location or ""))
    assert (suburb.location, suburb.admin1, suburb.geo_precision) == (
        "Sinjar - Zirqan Dulab", "Ninewa", 2)
    assert suburb.latitude is not None


@pytest.mark.parametrize(("words", "put"), [
    (["a", "bus", "burned", "at", "Kovri", "in", "the", "capital", "."], True),
    (["a", "bus", "burned", "at", "Kovri", "in", "the", "capital", "of", "Tesso"], False),
    (["a", "bus", "burned", "at", "Kovri", "near", "the", "capital", "."], False),
])
def test_a_name_put_in_the_capital_is_told_as_its_part(parsed, words, put):
    """"at Kovri in the capital": a part of the country's capital; "the capital of Tesso"
    is a region's seat, and "near the capital" no part of it."""
    from eventdesk.components.events.placing.anaphora import put_in_the_capital

    assert put_in_the_capital(_apposed(parsed, words), words.index("Kovri")) is put


@pytest.mark.slow
def test_an_unknown_place_in_the_capital_is_the_capitals_part():
    """"stormed a ministry annex at Kovri in the capital": the country's capital on the report's
    day, "Capital - Kovri" (geo_precision 2), though the report names no city."""
    events = coder_extract(
        "Rioters stormed a ministry annex at Kovri in the capital on Sunday, Iraqi police said.",
        published="2023-10-30")
    assert [(e.location, e.admin1, e.geo_precision) for e in events] == [
        ("Baghdad - Kovri", "Baghdad", 2)]
