"""The publication date read from what users and feeds give, and refused with a clear
message when it cannot be one."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.components.dates import parse_published
from eventdesk.errors import UsageError


@pytest.mark.parametrize(
    "value, date",
    [
        ("2013-07-06", dt.date(2013, 7, 6)),
        ("2013-07-06T10:22:00Z", dt.date(2013, 7, 6)),
        ("2013-07-06 10:22:00+02:00", dt.date(2013, 7, 6)),
        ("6 July 2013", dt.date(2013, 7, 6)),
        ("July 6, 2013", dt.date(2013, 7, 6)),
        ("Jul. 6, 2013", dt.date(2013, 7, 6)),
        ("6th July 2013", dt.date(2013, 7, 6)),
        ("Saturday, 6 July 2013", dt.date(2013, 7, 6)),
        # RSS pubDate and e-mail Date headers (RFC 2822), as feed exports carry them; the
        # day is the one where it was published, as for ISO datetimes.
        ("Sat, 06 Jul 2013 10:22:00 GMT", dt.date(2013, 7, 6)),
        ("Sat, 6 Jul 2013 23:50:00 +0300", dt.date(2013, 7, 6)),
        ("06 Jul 2013 10:22 -0500", dt.date(2013, 7, 6)),
        # a spreadsheet's day and month in the order the numbers settle (22 is no month)
        ("22/01/2015", dt.date(2015, 1, 22)),
        ("1/22/2015 2:30 PM", dt.date(2015, 1, 22)),
        ("22/01/2015 14:30", dt.date(2015, 1, 22)),
        ("05/05/2015", dt.date(2015, 5, 5)),
    ],
)
def test_parse_published_accepts_common_forms(value, date):
    assert parse_published(value) == date


@pytest.mark.parametrize(
    "value, words",
    [
        ("2013-02-30", "does not exist"),
        ("30 February 2013", "does not exist"),
        ("tomorrow-ish", "cannot read"),
        ("", "empty"),
        ("yesterday", "cannot read"),
        ("Sat, 30 Feb 2013 10:22:00 GMT", "cannot read"),
        ("Sat, 06 Jul 0001 10:22:00 GMT", "1900-01-01"),
        ("2014-05-10T99:00", "time of day that does not exist"),
        ("2014-05-10T10:60:00Z", "time of day that does not exist"),
        ("2014-05-10 10:22:00+31:00", "time of day that does not exist"),
        ("2014-05-10T1:2:3", "time of day that does not exist"),
        ("2014-05-10T24:30", "time of day that does not exist"),
        ("06/07/2013", "ambiguous (6 July or 7 June?)"),
        ("31/02/2015", "does not exist"),
    ],
)
def test_parse_published_rejects_impossible_dates(value, words):
    with pytest.raises(UsageError) as info:
        parse_published(value)
    assert words in str(info.value)
    assert info.value.code == "E006"


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2024, 12, 31),
                    timezones=st.none() | st.timezones()),
       st.sampled_from(["T", " "]), st.sampled_from(["seconds", "minutes", "milliseconds"]))
def test_every_real_iso_datetime_gives_its_own_day(moment, sep, spec):
    """Any datetime a feed or exporter writes in ISO form is read as the day it names."""
    text = moment.isoformat(sep=sep, timespec=spec)
    assert parse_published(text) == moment.date()


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2024, 12, 31)), st.integers(0, 99),
       st.integers(0, 99), st.sampled_from(["", "Z", "+02:00", "-0500"]))
def test_an_impossible_time_of_day_is_refused_a_real_one_read(day, hour, minute, zone):
    text = f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}"
    if hour < 24 and minute < 60 or hour == 24 and minute == 0:
        assert parse_published(text) == day
    else:
        with pytest.raises(UsageError, match="time of day"):
            parse_published(text)


@pytest.mark.parametrize("value", ["x" * 100_000, "2013-02-30" + " " * 10 + "y" * 50_000])
def test_a_huge_unreadable_date_is_named_in_a_short_message(value):
    """A JSON record's 100,000-character 'published' was echoed whole in its message."""
    with pytest.raises(UsageError) as caught:
        parse_published(value)
    message = str(caught.value)
    assert len(message) < 250 and f"… ({len(value):,} characters)" in message
