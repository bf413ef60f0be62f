"""A communiqué's list of a city's parts the index lacks, after one verb: one event per part
(placing/listed_parts.py), none folded into another part's event told with its day
(merging/retellings.py `summed_up_before`)."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow

LIST = ("HOMS (Reuters) - Army units have restored control over the neighbourhoods of Karm "
        "Tuffah, Bab Zuhra and al-Qusour in the eastern part of Homs city, a military source "
        "said on Tuesday.")


def _places(text):
    return sorted(e.location for e in eventdesk.extract(text, published="2024-03-12"))


def test_each_listed_part_of_a_city_is_an_event_of_its_own():
    events = eventdesk.extract(LIST, published="2024-03-12")
    assert sorted(e.location for e in events) == [
        "Homs - Bab Zuhra", "Homs - Karm Tuffah", "Homs - al-Qusour"]
    assert {(e.sub_event_type, e.event_date.isoformat(), e.latitude) for e in events} == {
        ("Government regains territory", "2024-03-12", events[0].latitude)}


def test_a_lead_at_listed_parts_is_not_folded_into_another_parts_dated_event():
    # the present perfect's lead has no day; another quarter's taking told with its day is
    # another place, not the lead told in detail
    assert _places(LIST + " The army had taken the Wadi Sabun neighbourhood on Sunday, the "
                   "source said.") == ["Homs - Bab Zuhra", "Homs - Karm Tuffah",
                                       "Homs - Wadi Sabun", "Homs - al-Qusour"]


def test_parts_not_named_are_no_list():
    assert len(eventdesk.extract(
        "HOMS (Reuters) - Army units have restored control over the neighbourhoods of the "
        "city's east and the Karm Tuffah district, a military source said on Tuesday.",
        published="2024-03-12")) <= 1
