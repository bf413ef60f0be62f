"""Spans whose two ends each name their month (dates/day_spans.py)."""

import datetime as dt

import pytest

from eventdesk.components.dates.finding import find_dates

PUBLISHED = dt.date(2024, 12, 24)


@pytest.mark.parametrize("text, phrase, date, precision", [
    ("at least 90 people were killed between Dec. 6 and Dec. 11 in the district",
     "between Dec. 6 and Dec. 11", dt.date(2024, 12, 8), 2),
    ("fighting between 28 November and 3 December killed 20",
     "between 28 November and 3 December", dt.date(2024, 11, 30), 2),
    ("raids between December 28, 2023 and January 2, 2024 killed 12",
     "between December 28, 2023 and January 2, 2024", dt.date(2023, 12, 30), 2),
])
def test_a_span_with_both_months_is_one_mention_at_its_middle_day(text, phrase, date,
                                                                   precision):
    found = find_dates(text, PUBLISHED)
    assert [(text[m.start_char:m.end_char], m.date, m.precision) for m in found] == [
        (phrase, date, precision)]


def test_a_span_longer_than_a_month_is_two_days():
    text = "between January 5 and March 20 there were many raids"
    found = find_dates(text, PUBLISHED)
    assert len(found) == 2
