"""A place named only as whose neighbour the event's place is ("Baghdad's neighbouring
province of Diyala") is not the event's place."""

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
