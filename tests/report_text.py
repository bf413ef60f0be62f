"""Hypothesis strategies that compose report text from the pieces news is written in, aimed
at the coding stages that read its shapes: datelines of many kinds ("BEIRUT, Aug. 17 (Wire)
—", "Sévaré, 2 May 2023 –", "Gao, March 3:"), distances and directions ("60 km east of X",
"X, north of Y"), lists of places ("in A, in B and in C"), quoted retellings, headlines,
ticker lines, and the odd values a feed brings (Unicode and right-to-left names,
zero-width characters, "1e9" dead, "30 February", very long sentences, blank lines).

Shared by tests/test_report_shapes.py (a small fixed budget) and bench/fuzz_reports.py (at
scale); `invariant_problems` is the check both make of each coded record.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from eventdesk.records import Event, event_problems

PLACES = ["Aleppo", "Homs", "Baghdad", "Mosul", "Mogadishu", "Gao", "Niamey", "Maiduguri",
          "Kabul", "Sanaa", "Tripoli", "Goma", "Palma", "Kirkuk", "Donetsk", "Idlib", "Bamako",
          "Kidal", "Borno", "Cabo Delgado", "Deir ez-Zor", "Tal Afar", "Beni", "Kherson"]
ODD_PLACES = ["Ḩamāh", "Sévaré", "İstanbul", "Ağrı", "حلب", "Донецьк", "北京", "São Tomé",
              "Zaporizhzhia\u200b", "Al-\u200dQaim", "\u202eKoure\u202c", "Saint-Denis",
              "O'Higgins", "Ville-Marie", "X" * 60, "Nowhere Town", "Al-", "'", "A", "Of"]
PLACE = st.one_of(st.sampled_from(PLACES), st.sampled_from(PLACES), st.sampled_from(ODD_PLACES))
COUNTRIES = ["Syria", "Iraq", "Somalia", "Mali", "Niger", "Nigeria", "Afghanistan", "Yemen",
             "Libya", "DR Congo", "Mozambique", "Ukraine", "Burkina Faso", "Atlantis"]
COUNTRY = st.sampled_from(COUNTRIES)
COMPASS = st.sampled_from(["north", "south", "east", "west", "northeast", "south-west",
                           "north-east", "southeastern", "northern", "central", "NNW", "upper"])
UNIT = st.sampled_from(["km", "kms", "kilometres", "kilometers", "miles", "mile", "mi", "m",
                        "KM"])
NUMBER = st.one_of(st.integers(0, 400).map(str), st.sampled_from([
    "1e9", "0", "-5", "99999999999999999999", "9" * 400, "1,000,000", "½", "٣٠", "3.5", "2.",
    ".5", "1.2.3", "10-20", "two", "a dozen", "1,", "0x1F", "NaN", "inf", "²", "1/2"]))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December", "Jan.", "Feb", "Sept.", "Aug.",
          "Febtober", "MAY"]
MONTH = st.sampled_from(MONTHS)
DAY = st.one_of(st.integers(1, 31).map(str), st.sampled_from(["0", "00", "32", "99", "30",
                                                               "31", "29", "1st", "-1"]))
YEAR = st.sampled_from(["", " 2013", ", 2014", " 2023", " 1850", " 9999", " 0", ", 20"])
WIRE = st.sampled_from(["", " (Reuters)", " (AFP)", " (Xinhua)", " (SOHR)", " ()", " ((x))",
                        " (" + "w" * 70 + ")"])
DASH = st.sampled_from([" —", " –", " -", " --", ":", "", " —\u200b", "     "])

DATELINE = st.one_of(
    # "BEIRUT, Aug. 17 (Reuters) —"
    st.builds(lambda p, m, d, y, w, dash: f"{p.upper()}, {m} {d}{y}{w}{dash} ", PLACE, MONTH,
              DAY, YEAR, WIRE, DASH),
    # "Sévaré, 2 May 2023 –"
    st.builds(lambda p, d, m, y, w, dash: f"{p}, {d} {m}{y}{w}{dash} ", PLACE, DAY, MONTH, YEAR,
              WIRE, DASH),
    # "Gao, March 3:" a named dateline
    st.builds(lambda p, m, d: f"{p}, {m} {d}: ", PLACE, MONTH, DAY),
    # "(Nairobi, May 3, 2024) - "
    st.builds(lambda p, m, d, y: f"({p}, {m} {d}{y}) - ", PLACE, MONTH, DAY, YEAR),
    # "KIRKUK      At least": the dash a feed turned into spaces
    st.builds(lambda p: f"{p.upper()}      ", PLACE),
    # "YEREVAN, NOVEMBER 8, ARMENPRESS. ", "DONETSK, November 27. /TASS/. "
    st.builds(lambda p, m, d: f"{p.upper()}, {m.upper()} {d}, AGENCY. ", PLACE, MONTH, DAY),
    st.builds(lambda p, m, d: f"{p.upper()}, {m} {d}. /TASS/. ", PLACE, MONTH, DAY),
    st.builds(lambda p, c: f"{p}, {c} — ", PLACE, COUNTRY),
    st.just(""), st.just(""))
HEADLINE = st.one_of(st.just(""), st.builds(
    lambda p, c, sep: f"Clashes near {p} leave dozens dead in {c}{sep}", PLACE, COUNTRY,
    st.sampled_from(["\n\n", "\n", "\n \n", ".\n", "\r\n\r\n"])), st.sampled_from([
        "BREAKING\n\n", "UPDATE 2-\n", "Live: \n\n", "\n\n\n", "   \n\n"]))

WHO = st.sampled_from(["Gunmen", "Soldiers", "Rebels", "Police", "Protesters", "Militants",
                       "Al-Shabaab fighters", "Government forces", "Unknown assailants",
                       "An air strike", "Armed men", "Demonstrators", "A drone", "Troops"])
DID = st.sampled_from(["attacked", "killed", "shelled", "clashed with", "abducted",
                       "fired on", "bombed", "stormed", "ambushed", "marched against",
                       "arrested", "shot dead", "set fire to", "struck"])
WHOM = st.sampled_from(["civilians", "a village", "a checkpoint", "soldiers", "a market",
                        "the town", "a convoy", "farmers", "a mosque", "police officers"])
WHEN = st.one_of(st.just(""), st.sampled_from([
    " on Friday", " yesterday", " last week", " overnight", " on 30 February",
    " on February 30, 2013", " on 31 April", " on 2013-13-45", " on 0 March",
    " on Tuesday morning", " between 24 and 27 July", " in mid-December", " on 1 January 10000",
    " tomorrow", " next week", " on 12/31/2099"]),
    st.builds(lambda d, m, y: f" on {d} {m}{y}", DAY, MONTH, YEAR),
    st.builds(lambda m, d, y: f" on {m} {d}{y}", MONTH, DAY, YEAR))
TOLL = st.one_of(st.just(""), st.builds(lambda n, form: form.format(n=n), NUMBER, st.sampled_from([
    ", killing {n} people", ", leaving {n} dead", ". {n} dead", ", killing {n} and wounding {n}",
    ". The death toll rose to {n}", ", killing at least {n} soldiers and {n} militants",
    ". {n} bodies were found", ", {n} killed, {n} injured"])))

WHERE = st.one_of(
    st.builds(lambda p: f" in {p}", PLACE),
    st.builds(lambda p, c: f" in {p}, {c}", PLACE, COUNTRY),
    # "60 km east of Niamey", "about 235 kilometers (145 miles) north of"
    st.builds(lambda n, u, d, p: f" {n} {u} {d} of {p}", NUMBER, UNIT, COMPASS, PLACE),
    st.builds(lambda a, n, u, d, p: f" {a} {n} {u} {d} of {p}",
              st.sampled_from(["about", "some", "nearly", "roughly", "just"]), NUMBER, UNIT,
              COMPASS, PLACE),
    st.builds(lambda n, u, m, d, p: f" {n} {u} ({m} miles) {d} of {p}", NUMBER, UNIT, NUMBER,
              COMPASS, PLACE),
    st.builds(lambda n, u, p: f" {n} {u} from {p}", NUMBER, UNIT, PLACE),
    # "near Koure, about 60 km east of Niamey", "in Kanambe village, which lies 120 km north of"
    st.builds(lambda p, n, u, d, q: f" near {p}, about {n} {u} {d} of {q}", PLACE, NUMBER, UNIT,
              COMPASS, PLACE),
    st.builds(lambda p, n, u, d, q: f" in {p} village, which lies {n} {u} {d} of the provincial"
              f" capital {q}", PLACE, NUMBER, UNIT, COMPASS, PLACE),
    # "in Koure, east of Niamey", "near Palma, in Cabo Delgado province"
    st.builds(lambda p, d, q: f" in {p}, {d} of {q}", PLACE, COMPASS, PLACE),
    st.builds(lambda p, q: f" near {p}, in {q} province", PLACE, PLACE),
    st.builds(lambda d, p: f" in {d} {p}", COMPASS, PLACE),
    st.builds(lambda d, c: f" in the {d} of {c}", COMPASS, COUNTRY),
    st.builds(lambda p, c: f" in {c}'s {p}", PLACE, COUNTRY),
    # "in A, in B and in C", "in A, B, C and D"
    st.builds(lambda ps, last: " in " + ", in ".join(ps) + f" and in {last}",
              st.lists(PLACE, min_size=1, max_size=5), PLACE),
    st.builds(lambda ps, last: " in " + ", ".join(ps) + f" and {last}",
              st.lists(PLACE, min_size=1, max_size=8), PLACE),
    st.just(""))

CLAUSE = st.builds(lambda who, did, whom, where, when, toll: f"{who} {did} {whom}{where}{when}"
                   f"{toll}", WHO, DID, WHOM, WHERE, WHEN, TOLL)
END = st.sampled_from([".", ".", ".", "!", "", " —", ";", "...", ".\u200b", ". "])
SENTENCE = st.one_of(
    st.builds(lambda c, e: c + e, CLAUSE, END),
    # quoted retellings
    st.builds(lambda c, who: f'"{c}," said {who}.', CLAUSE,
              st.sampled_from(["a witness", "the spokesman", "Ahmed", "residents"])),
    st.builds(lambda who, c: f"{who} said {c}.", st.sampled_from(["Officials", "A resident",
                                                                  "The army"]), CLAUSE),
    st.builds(lambda c: f"According to local media, {c[0].lower()}{c[1:]}.", CLAUSE),
    st.builds(lambda c: f"“{c}”, the group said in a statement.", CLAUSE),
    st.builds(lambda c: f"‘{c}", CLAUSE),
    # ticker lines and digest labels
    st.builds(lambda h, m, c: f"{h}:{m:02d} GMT – {c}.", st.integers(0, 99), st.integers(0, 99),
              CLAUSE),
    st.builds(lambda d, m, p, c: f"{d} {m} – {p}: {c}.", DAY, MONTH, PLACE, CLAUSE),
    st.builds(lambda c: f"• {c}", CLAUSE),
    st.builds(lambda c, label: f"{label} {c}.", CLAUSE, st.sampled_from([
        "4:10 pm:", "01:40 -", "14.20 GMT –", "PHILIPPINES:", "OUTLOOK:", "VENEZUELA –",
        "7 Jan – Borno:", "Jan 4 -", "UPDATE:", "▪"])),
    st.builds(lambda ps, c: ". ".join(f"{p}: {c}" for p in ps) + ".",
              st.lists(PLACE, min_size=1, max_size=4), CLAUSE),
    # very long sentences, blank and odd ones
    st.builds(lambda cs: ", and ".join(cs) + ".", st.lists(CLAUSE, min_size=5, max_size=25)),
    st.builds(lambda ps: "Clashes were reported in " + ", ".join(ps) + ".",
              st.lists(PLACE, min_size=20, max_size=120)),
    st.sampled_from(["", " ", "\n", "\u200b", "\ufeff", "\u00a0", ".", "\u202e", "ـ", "...",
                     "قتل مسلحون خمسة مدنيين في حلب.", "הפגנה בירושלים.", "\x00", "\x0b",
                     "\u2028", '"', "“", "(", ")", "—", "1e9 dead.", "30 February.",
                     "Gao, March 3:", "in in in", "of of of", "km km km"]))
SEPARATOR = st.sampled_from([" ", " ", "\n", "\n\n", "\r\n", "  ", "\u2029", "\t", ""])

TITLE = st.one_of(st.none(), st.just(""), HEADLINE, st.builds(
    lambda p, c: f"{p}: {c}", PLACE, CLAUSE), st.sampled_from(["\u202e", "x" * 2000, "\n\n"]))
PUBLISHED = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2026, 12, 1)),
                      st.sampled_from([dt.date(2013, 3, 1), dt.date(2024, 2, 29),
                                       dt.date(2013, 12, 31), dt.date(2014, 1, 1)]))


# Characters a feed slips in anywhere: zero-width, bidi, combining marks, odd digits
NOISE = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e",
                         "\u202c", "\u200f", "\u061c", "\u0301", "\u0351", "²", "①", "٣",
                         "\u2028", "\x0b", "\x85", "—", "’", "“", "«", "&nbsp;", "\t", "  "])


@st.composite
def report(draw, noise: bool = False) -> str:
    """A report: maybe a headline, maybe a dateline, then sentences with odd separators;
    with `noise`, odd characters slipped in anywhere, a word's middle too."""
    sentences = draw(st.lists(SENTENCE, min_size=1, max_size=6))
    body = ""
    for sentence in sentences:
        body += sentence + draw(SEPARATOR)
    text = draw(HEADLINE) + draw(DATELINE) + body
    for at, char in draw(st.lists(st.tuples(st.integers(0, 10**5), NOISE), max_size=8)
                         if noise else st.just([])):
        at %= len(text) + 1
        text = text[:at] + char + text[at:]
    return text


def invariant_problems(event: Event, text: str, published: dt.date | None) -> list[str]:
    """`records.event_problems`, and what a reader relies on besides: a precision with each
    place, a precision with each day, and no day after the publication's next (a
    dateline's time zone)."""
    problems = event_problems(event, text)
    if event.latitude is not None and event.geo_precision not in (1, 2, 3):
        problems.append(f"placed with geo_precision {event.geo_precision}")
    if published and event.event_date and event.event_date > published + dt.timedelta(days=1):
        problems.append(f"event_date {event.event_date} after publication {published}")
    if event.event_date is not None and event.time_precision is None:
        problems.append(f"event_date {event.event_date} with no time_precision")
    return problems
