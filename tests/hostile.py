"""Generators of hostile input, shared by tests/test_robustness.py (hypothesis drives the
random source, with a fixed budget) and bench/fuzz.py (a seeded random source, at scale).

`document(rng)` returns (text, published): conflict-like sentences assembled from fragments,
mixed with unicode from many scripts, control characters, right-to-left text, HTML fragments,
huge numbers, odd dates, every country name and long runs of punctuation.
"""

from __future__ import annotations

import datetime as dt
import functools
import random

SUBJECTS = [
    "Gunmen", "Syrian troops", "Police", "Protesters", "Militants", "An air strike",
    "Al-Shabaab fighters", "Unknown assailants", "Rebels", "Security forces", "Rioters",
    "Islamic State militants", "Boko Haram", "A suicide bomber", "Israeli jets", "Soldiers",
    "Residents", "Government forces", "Armed men", "Demonstrators",
]
VERBS = [
    "attacked", "killed", "shelled", "clashed with", "abducted", "fired tear gas at",
    "bombed", "stormed", "captured", "ambushed", "marched against", "arrested", "looted",
    "kidnapped", "shot dead", "executed", "set fire to", "detonated a bomb near",
]
OBJECTS = [
    "civilians", "a village", "a checkpoint", "soldiers", "protesters", "a market",
    "the town", "a police station", "a convoy", "students", "farmers", "a mosque",
]
PLACES = [
    "Aleppo", "Mogadishu", "Hong Kong", "Macau", "San Juan, Puerto Rico", "Valletta, Malta",
    "Suva, Fiji", "Hamilton, Bermuda", "Guam", "Kabul", "Maiduguri", "Homs", "Donetsk",
    "Gao", "Sanaa", "Benghazi", "Goma", "Mosul", "Karachi", "Tripoli", "Pristina", "Gaza",
    "Nuuk, Greenland", "Papeete", "Saint-Denis, Reunion", "Willemstad, Curacao",
]
DATES = [
    "on Friday", "earlier this week", "yesterday", "last month", "on 0001-01-01",
    "on 31 February 2013", "on 9999-12-31", "in March 1850", "on 16 January 2014",
    "two days ago", "the following day", "on February 30, 2013", "on 2013-13-45",
    "last week", "in recent days", "overnight", "on 12/31/2099", "a day earlier",
    "between 24 and 27 July", "on Sunday morning", "in mid-December",
]
TOLLS = [
    "killing {n} people", "leaving {n} dead", "{n} civilians were killed",
    "the death toll rose to {n}", "killing at least {n} soldiers and {n} militants",
    "{n} bodies were found", "no one was killed", "killing dozens",
]
HTML = [
    "<script>alert(1)</script>", "<b>", "</p>", "&amp;", "&#x202e;", "<!-- comment -->",
    "<a href='javascript:x'>link</a>", "<div class=\"x\">", "<![CDATA[ ]]>", "<br/>", "&nbsp;",
]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028",
           "\u2029", "\u200b", "\ufeff", "\r", "\t", "\n\n", "\u00ad", "\u2060"]
RTL = ["\u202e", "\u202b", "\u200f", "\u061c", "قتل مسلحون خمسة مدنيين في حلب",
       "הפגנה בירושלים", "\u202eevil\u202c", "ضربة جوية"]
# Code point ranges sampled for stray characters: Latin, Greek, Cyrillic, Arabic, Hebrew,
# Devanagari, CJK, Hangul, combining marks, emoji, private use, specials.
SCRIPTS = [(0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x6FF),
           (0x900, 0x97F), (0x4E00, 0x4FFF), (0xAC00, 0xAC8F), (0x300, 0x36F),
           (0x1F300, 0x1F6FF), (0xE000, 0xE0FF), (0xFFF0, 0xFFFD), (0x10000, 0x1007F)]
RUNS = ["(", ")", "!?", "-", ".", "'", "\"", "*", "=", "$", "#", "[]", "«»", "…", "،"]


@functools.cache
def country_names() -> tuple[str, ...]:
    """Every country name the gazetteer knows (its country table)."""
    from eventdesk.geo.countries import all_countries

    return tuple(sorted({name for info in all_countries().values() for name in info.names}))


def huge_number(rng: random.Random) -> str:
    choice = rng.randrange(9)
    if choice == 0:
        return "9" * rng.choice([19, 20, 40, 400, 5000])
    if choice == 1:
        return "9223372036854775808"
    if choice == 2:
        return f"{rng.randrange(10**6, 10**15):,}"
    if choice == 3:
        return rng.choice(["two million", "a billion", "one hundred thousand", "zero",
                           "1.5 million", "1e9", "-5", "3.14", "10-20", "½", "٣٠", "²"])
    if choice == 4:
        return "1" + "0" * rng.randrange(4, 30)
    return str(rng.randrange(0, 200))


def conflict_sentence(rng: random.Random) -> str:
    """A sentence like a conflict report's, from fragments (some of them odd)."""
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
    where = rng.choice(PLACES) if rng.random() < 0.8 else rng.choice(country_names())
    parts.append(f"in {where}")
    if rng.random() < 0.7:
        parts.append(rng.choice(DATES))
    sentence = " ".join(parts)
    if rng.random() < 0.6:
        sentence += ", " + rng.choice(TOLLS).format(n=huge_number(rng))
    return sentence + rng.choice([".", ".", "!", "", " —", ";"])


def noise(rng: random.Random) -> str:
    """One hostile fragment."""
    kind = rng.randrange(10)
    if kind == 0:
        if rng.random() < 0.03:
            return rng.choice(["\ud800", "\udfff", "\ud83d"])  # a lone surrogate: E001
        low, high = rng.choice(SCRIPTS)
        return "".join(chr(rng.randint(low, high)) for _ in range(rng.randrange(1, 40)))
    if kind == 1:
        return "".join(rng.choice(CONTROL) for _ in range(rng.randrange(1, 6)))
    if kind == 2:
        return rng.choice(RTL)
    if kind == 3:
        return rng.choice(HTML)
    if kind == 4:
        return rng.choice(RUNS) * rng.choice([3, 50, 400, 1000, 2500, 4000])
    if kind == 5:
        return rng.choice(["x", "a", "Aleppo", "9"]) * rng.choice([200, 1000, 5000])
    if kind == 6:
        return huge_number(rng)
    if kind == 7:
        return rng.choice(country_names())
    if kind == 8:
        return rng.choice(DATES)
    return rng.choice(["BEIRUT, Aug. 17 (Wire) —", "\n\n", "  ", "(AP) —", "UPDATE:", "."])


def text(rng: random.Random, max_parts: int = 12) -> str:
    """A document: sentences and noise in any order, sometimes nothing but noise."""
    parts = []
    for _ in range(rng.randrange(0, max_parts + 1)):
        parts.append(conflict_sentence(rng) if rng.random() < 0.55 else noise(rng))
    joiner = rng.choice([" ", " ", "\n", "\n\n", "", "\t"])
    return joiner.join(parts)


def published(rng: random.Random) -> dt.date | dt.datetime | None:
    """A publication date: none, an ordinary date, an edge of the range, a datetime, or one
    out of range (0001-01-01, 9999-12-31: the document must fail with E001, nothing else)."""
    kind = rng.randrange(7)
    if kind == 6:
        return rng.choice([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1899, 12, 31)])
    if kind == 0:
        return None
    if kind == 1:
        return dt.date(1900, 1, 1)
    if kind == 2:
        return dt.date.today() + dt.timedelta(days=rng.randrange(0, 366))
    if kind == 3:
        return dt.datetime(2014, 5, 9, 23, 59, 59)
    return dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(0, 9500))


def document(rng: random.Random) -> tuple[str, dt.date | None]:
    return text(rng), published(rng)


def invalid(text: str, published) -> bool:
    """True when the pipeline must refuse the document with an InputError (E001): a
    publication date outside the sane range, or text that is not valid Unicode."""
    from eventdesk.components.dates import published_problem
    from eventdesk.io import unicode_problem

    if published is not None:
        day = published.date() if isinstance(published, dt.datetime) else published
        if published_problem(day):
            return True
    return bool(text.strip()) and unicode_problem(text) is not None
