"""The capital a country had on a report's day, where it has moved (geo/capitals_then.py)."""

import datetime as dt

from eventdesk.geo.capitals_then import capital_then


def test_a_report_before_the_move_names_the_old_capital():
    assert capital_then("BI", dt.date(2015, 5, 12)) == "Bujumbura"
    assert capital_then("MM", dt.date(2004, 1, 1)) == "Yangon"


def test_a_report_after_the_move_or_undated_takes_today_s_capital():
    assert capital_then("BI", dt.date(2021, 1, 1)) is None
    assert capital_then("BI", None) is None
    assert capital_then("SY", dt.date(2015, 1, 1)) is None


def test_the_old_capital_holds_to_its_last_day_and_no_later():
    assert capital_then("BI", dt.date(2019, 12, 31)) == "Bujumbura"
    assert capital_then("BI", dt.date(2020, 1, 1)) is None
    assert capital_then("MM", dt.date(2005, 11, 6)) == "Yangon"
    assert capital_then("MM", dt.date(2005, 11, 7)) is None


def test_older_moves_serve_archive_reports():
    """Reports of the 1990s (wire archives) name Almaty and Lagos "the capital"."""
    assert capital_then("KZ", dt.date(1995, 3, 1)) == "Almaty"
    assert capital_then("KZ", dt.date(1998, 1, 1)) is None
    assert capital_then("NG", dt.date(1991, 12, 11)) == "Lagos"
    assert capital_then("NG", dt.date(1991, 12, 12)) is None
