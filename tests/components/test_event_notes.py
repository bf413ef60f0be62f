"""The notes line of a record: it says what the record's columns say."""

import datetime as dt

from eventdesk.components.events.event_records import notes_line


def test_one_death_is_one_fatality_and_the_sub_type_keeps_acled_capitals():
    """'1 fatalities' and 'remote explosive/landmine/ied' read as careless in an export
    analysts quote."""
    line = notes_line("Remote explosive/landmine/IED", dt.date(2015, 3, 16), "A against B",
                      "Kirkuk", 1, None)
    assert line == ("On 2015-03-16, remote explosive/landmine/IED (A against B) in Kirkuk. "
                    "1 fatality.")
    assert notes_line("Armed clash", None, "A", None, 0, "police") == (
        "On an unknown date, armed clash (A) in an unknown place. 0 fatalities. "
        "Source: police.")
