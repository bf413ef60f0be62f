"""Events at sea (`placing.at_sea`): a deed whose sentence names only a sea is placed at the
port the report measures its position from in nautical miles, near (geo_precision 2)."""

import pytest

# a second Yemeni port, for a report that measures from two
PORTS = [
    (9400101, "Mukalla", "Mukalla", "Al Mukalla", 14.54, 49.12, "P", "PPLA", "YE", "02", 300_000),
]
DEED = ("A tanker was struck by a missile fired by Houthi rebels in the Gulf of Aden on "
        "Friday evening, the ship's operator said. ")


def _tanker(text):
    import eventdesk

    events = eventdesk.extract(text, published="2024-02-10")
    return [(e.location, e.geo_precision) for e in events if "tanker" in (e.evidence or "")]


@pytest.mark.slow
def test_a_deed_at_sea_goes_to_the_port_measured_from_in_nautical_miles(tiny_index):
    text = DEED + "The vessel was hit about 80 nautical miles southeast of Aden, the navy said."
    assert _tanker(text) == [("Aden", 2)]


@pytest.mark.slow
def test_a_distance_in_land_miles_is_no_position_at_sea(tiny_index):
    # 80 miles (129 km) from a town names a landmark far from the deed, not its place
    text = DEED + "The vessel was hit about 80 miles southeast of Aden, the navy said."
    assert ("Aden", 2) not in _tanker(text)


@pytest.mark.slow
def test_two_ports_measured_from_leave_the_deed_unplaced(tiny_index_with):
    tiny_index_with(places=PORTS)
    text = DEED + ("The vessel was hit about 80 nautical miles southeast of Aden and 150 "
                   "nautical miles west of Mukalla, the navy said.")
    assert all(location not in ("Aden", "Mukalla") for location, _ in _tanker(text))
