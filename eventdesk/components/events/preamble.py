"""The preamble a report's text opens with before its first sentence of news: a dateline
("BEIRUT, Aug. 17 (Wire) —", "Kabul, Nov. 3 (Xinhua) --", "KIRKUK     At least"), a
headline over the report, and the labels that open a digest's lines ("7 Jan – Borno:").
Split from common.py, which keeps what every step of event coding shares; evidence and
clauses start after the preamble.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from eventdesk.components.bullets import BULLET, MARK
from eventdesk.extensions import doc_ext, doc_text

PREAMBLE_KEY = "eventdesk.preamble_end"
DIGEST_KEY = "eventdesk.digest_lines"
# "ISTANBUL/KYIV –": a report filed from two cities; "CÚCUTA, 30 de octubre –", "BOGOTÁ,
# 3 mars –": a city's accented capitals, the day before the month
# A dash opening the next line is a list's bullet (`bullets`), no dateline's dash
# ("INCIDENTS\n– 2 March: Gangs stormed …": a heading over a bulleted item).
DATELINE = re.compile(
    r"\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’/-]{2,40}(,\s*[A-Za-z .'’-]{2,30})?"
    r"((?:,|[ \t]*[-–—])\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:de\s+)?[A-Za-z][a-z]{2,9}\.?)(,?\s*\d{4})?)?"
    r"[ \t]*(\([^)]{1,60}\))?(?:[ \t]*[-–—:]+|\s*:+)\s*"
)
# the same after a headline and a blank line
DATELINE_AFTER_HEADLINE = re.compile(r"\n\s*\n" + DATELINE.pattern)
# "KIRKUK      At least 14", "Qamishli, Syria     Three members": a dateline whose dash a
# feed turned into a run of spaces (a place's name, maybe its country, then 3+ spaces)
SPACED_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'’-]{2,20}(?: [A-Z][A-Z.'’-]{1,20})?"
    r"|[A-Z][a-z'’-]{2,20}(?: [A-Z][a-z'’-]{2,20})?(?:,\s*[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)?)"
    r" {3,}(?=[A-Z0-9])"
)
# "Bamako, 18 March 2024 (ORTM) –", "Kabul, Nov. 3 (Xinhua) --", "Idlib (SOHR) -",
# "Sévaré, 2 May 2023 –" (accents and all): a dateline in title case, told apart from a
# sentence opening with a town by the day or the bracketed source and the dash after it,
# or by a spaced long dash right after the name
TITLED_DATELINE = re.compile(
    r"\s*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:[ /-][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){0,2},\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    r"\s*(?:\([^)\n]{1,60}\))?\s*[-–—]+\s*"
    # "Idlib (Observatory bulletin) -": no day, but the source in brackets before the dash
    r"|\s*[A-Z][a-z'’-]+(?:[ /-][A-Z][a-z'’-]+){0,2}\s*\([^)\n]{1,60}\)\s*[-–—]+\s*"
    # "Addis Abeba – At least nine": no day nor source, but a spaced long dash after a
    # name of one to three words opening the text (a sentence puts no dash there)
    r"|\s*[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2} [–—] (?=[A-Z0-9])"
)
# "(Beirut) - ", "(Nairobi, May 3, 2024) – ", "YEREVAN, NOVEMBER 8, ARMENPRESS. ",
# "DONETSK, November 27. /TASS/. ", "SRINAGAR, Apr 1 (PTI) Three": a rights group's city,
# and its day, in brackets, and agencies' datelines that end with their name, not a dash
WIRE_DATELINE = re.compile(
    r"\s*\([A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})?\)"
    r"\s*[-–—]+\s*"
    r"|\s*[A-Z][A-Z .'’/-]{2,40},\s*(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]{0,6}\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]{0,6}\.?)(?:,\s*[A-Z][A-Za-z]{1,20}\.|\.\s*/[A-Za-z]{2,20}/\s*[-–—.]?"
    r"|\s*\([^)\n]{1,40}\))\s+(?=[A-Z])"
)
# State agencies' datelines: "Tabriz, IRNA – ", "Tartus, SANA- " (the agency's name in
# capitals after the place), "Manama / BNA / ", "Wamena, Highland Papua (ANTARA) - " (a
# region before the bracketed agency), "Mekelle, March 3/2022 (ENA) ", "Bouaké, 14 mai 2021
# (AIP) - ", "San Miguel de Tucumán, 9 de julio (Télam).- " (a day in the agency's language
# with its month's name, a year after a slash, the bracketed agency with or without a dash).
# The name must be a place (`agency_dateline`), and the opening words of a sentence ("In
# Kabul, ", "On Friday, ") are none.
_MONTH = (r"(?:[Jj]an|[Ff][eé]v|[Ff]eb|[Mm]a[ry]|[Mm]ai|[Aa][pv]r|[Aa]br|[Jj]u[nli]|[Aa]o[uû]|"
          r"[Aa]ug|[Aa]go|[Ss]e[pt]|[Oo][ck]t|[Nn]o[vw]|[Dd][eéi][cz]|[Ee]ne|[Jj]anv|[Jj]uil)"
          r"[a-zß-ÿ]{0,7}\.?")
AGENCY_DATELINE = re.compile(
    r"\s*(?!(?:In|On|At|Meanwhile|Earlier|Later|Separately|Yesterday|Today|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:[ /-](?:de )?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){0,3})(?:"
    r",\s*[A-Z]{2,8}[ \t]*[-–—]+\s+"
    r"|[ \t]*/[ \t]*[A-Z]{2,8}[ \t]*/\s*"
    r"|,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\s*\([A-Z][^)\n]{1,40}\)\s*[-–—]+\s+"
    r"|,\s*(?:\d{1,2}\s+(?:de\s+)?" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})"
    r"(?:,?\s+\d{4}|/\d{4})?\s*\([^)\n]{1,40}\)\.?[ \t]*[-–—]*\s*"
    r")(?=[A-Z0-9À-ÖØ-Þ\"“«])")
# "Lokoja: A trader …", "Kohima, Mar 3: Four …", "Lafia - Raiders …", "Sukkur - March 9,
# 2023:", "Silchar, Jun 4 (PTI) Unidentified …": a title-case dateline that only its name
# tells from a sentence's opening ("Police: …", "Analysis - …"); `titled_place_dateline`
# takes it when the index reads the name as a town
_DAY = (r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
        r"(?:,?[ \t]*\d{4})?")
PLACE_DATELINE = re.compile(
    r"[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+){0,2})"
    r"(?:,[ \t]*(?P<day>" + _DAY + r"))?[ \t]*(?P<source>\([^)\n]{1,40}\))?"
    r"(?P<mark>:|[ \t]+[-–—]{1,2})?(?:[ \t]*" + _DAY + r":?)?\s+(?=[A-Z0-9\"“‘])")
# A first line of under 20 words with no full stop, then a blank line: a headline.
HEADLINE = re.compile(r"\s*[^\n.!?]{3,160}\n\s*\n")
DATELINE_TAIL = re.compile(r"\s*(\([^)]{1,60}\))?\s*[-–—:]*\s*")
# What opens a line of a digest or round-up: a dated label ("4 Jan – Zamfara:",
# "Jan 4 -", "21 October:", "– 14 June:" after a list's bullet), a capitalised one
# ("PHILIPPINES:", "VENEZUELA –", "OUTLOOK:"), a bullet.
LINE_LABEL = re.compile(
    r"(?:" + MARK + r"[ \t]+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:\s*[–—-]\s*(?:[A-Z][^\n:.–—]{0,40}:\s*)?|:\s+)"
    r"|[A-Z][A-Z&'’ ]{2,40}(?:[ \t]*(?::|[–—-]\s)|\s*:)\s*"
    r"|" + BULLET.pattern + r"\s*")
BULLET_ALONE = re.compile(BULLET.pattern + r"\s*")
# "4:10 pm:", "01:40 -", "3:45pm:", "14.20 GMT –", "09:30 EAT -": the clock time opening a
# live ticker's entry
CLOCK_ENTRY = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|local time|[a-z]{2,4})?\s*[:–—-]\s+", re.IGNORECASE)
# A first line with no full stop and one line break after it: a headline over its report,
# unless its last word leaves a phrase open, as a wrapped sentence's does ("… the town of").
HEADLINE_LINE = re.compile(r"\s*[^\n.!?]{3,160}(?<![\s,;:–—-])\n(?=\s*[\w•▪●])")
# "Russian occupiers have shelled the district 14 times during day.": a first line that
# translated and Telegram copy closes with a full stop, a short summary in the perfect
# with no day of its own, over a body that tells the deeds line by line
STOPPED_HEADLINE = re.compile(r"\s*([^\n.!?]{3,140}\.)[ \t]*\n(?=[ \t]*\w)")
STOPPED_HEADLINE_WORDS = 15
PERFECT = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
DAY_WORDS = re.compile(
    r"\b(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december|\d{1,2}[:.]\d{2})\b",
    re.IGNORECASE)
# A byline or a time stamp on a line of its own, under a headline or opening the text ("By
# Jane Roe, Kano", "Our Correspondent, Town", "STAFF REPORTER", "Kano | Updated: March 3,
# 2024 10:15 IST"): who filed the report and when, not news; a line of `BYLINE_WORDS` words
# at most that is no sentence (`SENTENCE_MARKS`: closed by a full stop or a quote, or
# holding a quote closed by a comma, '"…," an editor said').
BYLINE = re.compile(
    r"[ \t]*(?:(?:By|From|Written by|Reported by)[ \t]+[A-Z][^\n]*"
    r"|[^\n]*\b(?:Correspondent|Reporter|News Service|Bureau"
    r"|CORRESPONDENT|REPORTER|NEWS SERVICE|BUREAU)\b[^\n]*"
    r"|[^\n]*\b(?:Updated|Published|Posted)\b[^\n]*\d{1,2}:\d{2}[^\n]*)"
    r"\n(?=\s*\S)")
BYLINE_WORDS = 10
SENTENCE_MARKS = re.compile(r'[.!?"”’]\s*$|[.,!?]["”]')
SPACES = re.compile(r"\s*")
WRAPPED_AFTER = frozenset(
    "a an the of in on at to by for from with near and or but as into onto than".split())



def preamble_end(doc: Doc) -> int:
    """Character offset where a dateline ("BEIRUT, Aug. 17 (Wire) —") ends, else 0; a
    headline before it is part of the preamble. Computed once per report."""
    end = doc.user_data.get(PREAMBLE_KEY)
    if end is None:
        end = doc.user_data[PREAMBLE_KEY] = _find_preamble_end(doc)
    return end


def opening_dateline(full: str, places=None) -> re.Match | None:
    """The dateline the report opens with, in capitals ("BEIRUT, Aug. 17 (Wire) —"), in
    title case ("Kabul, Nov. 3 (Xinhua) --", "Idlib (SOHR) -"), with its dash turned into
    a run of spaces ("KIRKUK     At least") or an agency's ("YEREVAN, NOVEMBER 8, ARMENPRESS."),
    else None; a state agency's ("Tartus, SANA- ") only with the place `places` found there."""
    return DATELINE.match(full) or TITLED_DATELINE.match(full) or SPACED_DATELINE.match(full) \
        or WIRE_DATELINE.match(full) or agency_dateline(full, places)


def agency_dateline(full: str, places) -> re.Match | None:
    """`AGENCY_DATELINE` when its name is, whole, a place among the mentions `places` (as
    `titled_place_dateline` asks): "Mosul, 12 gunmen (all ISIS members) " names none."""
    match = AGENCY_DATELINE.match(full) if places else None
    if match is None:
        return None
    begin, end = match.span("name")
    return match if any(m.kind in ("place", "region") and m.candidates and m.start_char == begin
                        and m.end_char == end for m in places) else None


def _past_spaces(full: str, at: int) -> int:
    """Where the text goes on after the white space at `at`, read in place (no copy of the
    rest of a long report)."""
    return SPACES.match(full, at).end()


def headline_line_end(full: str) -> int | None:
    """Where the line after a one-line headline starts ("Junta airstrike kills 17 in
    Sagaing village" over its report, a line break apart), else None."""
    match = HEADLINE_LINE.match(full)
    if match is None or match.group().split()[-1].lower() in WRAPPED_AFTER:
        return None
    return _past_spaces(full, match.end())


def stopped_headline_end(full: str) -> int | None:
    """Where the body starts after a first line that is a headline closed by a full stop
    (`STOPPED_HEADLINE`: under 16 words, in the perfect, naming no day), else None. A lead
    sentence tells its day ("Armed men attacked a camp in X on Wednesday night.")."""
    match = STOPPED_HEADLINE.match(full)
    if match is None:
        return None
    line = match.group(1)
    if len(line.split()) > STOPPED_HEADLINE_WORDS or not PERFECT.search(line) \
            or DAY_WORDS.search(line):
        return None
    return _past_spaces(full, match.end())


def line_label_end(doc: Doc, sent: Span) -> int | None:
    """Where the label that opens a digest's line ("7 Jan – Borno:") ends, when the
    sentence opens one, else None."""
    start = sent[0].idx
    if start > 0 and "\n" not in doc_text(doc)[max(0, start - 3):start]:
        return None
    label = LINE_LABEL.match(doc_text(doc), start)
    return label.end() if label else None


def clock_entry(doc: Doc, sent: Span) -> bool:
    """The sentence opens a line with the clock time of a live ticker's entry ("4:10 pm:
    Police fire tear gas at farmers"): news of that moment, which tickers tell in the
    present."""
    start = sent[0].idx
    text = doc_text(doc)
    if start > 0 and "\n" not in text[max(0, start - 3):start]:
        return False
    return CLOCK_ENTRY.match(text, start) is not None


def digest_line(doc: Doc, char: int) -> tuple[int, int] | None:
    """The start and label end of the digest line the character falls in ("16 Jun –
    Somalia (Ceel Dheer): …"), else None. A report two or more of whose lines open with
    a dated or capitalised label is a digest or round-up: each such line tells of a place
    of its own, and what earlier lines told (their place, their groups) is not its
    context; so is a live blog whose entries open with a clock time ("14:05 EAT - …"). A
    bullet alone opens no line of its own: bullets list items of the heading above them."""
    lines = doc.user_data.get(DIGEST_KEY)
    if lines is None:
        full = doc_text(doc)
        found = [(m.start(), label.end()) for m in re.finditer(r"(?m)^[ \t]*", full)
                 if (label := LINE_LABEL.match(full, m.end()) or CLOCK_ENTRY.match(full, m.end()))
                 and not BULLET_ALONE.fullmatch(label.group())]
        lines = doc.user_data[DIGEST_KEY] = found if len(found) >= 2 else []
    at = bisect.bisect_right(lines, (char, float("inf"))) - 1
    return lines[at] if at >= 0 else None


def same_line(doc: Doc, char: int, other: int) -> bool:
    """The two characters fall in the same digest line, or the report is no digest."""
    return digest_line(doc, char) == digest_line(doc, other)


def _find_preamble_end(doc: Doc) -> int:
    full = doc_text(doc)
    start = _headline_or_dateline_end(doc)
    end = after_bylines(full, start)
    if end == start:
        return end
    # "Headline\nBy Ada Obi\nKANO (Wire) - Gunmen …": the dateline opens the body
    match = DATELINE.match(full, end)
    return match.end() if match else titled_place_dateline(doc, end) or end


def after_bylines(full: str, start: int) -> int:
    """Where the text goes on after the byline and time-stamp lines (`BYLINE`) that open a
    line at `start`, else `start`."""
    end = start
    while (end == 0 or full[end - 1] == "\n") and (match := BYLINE.match(full, end)) \
            and len(match.group().split()) <= BYLINE_WORDS \
            and not SENTENCE_MARKS.search(match.group()):
        end = _past_spaces(full, match.end())
    return end


def _headline_or_dateline_end(doc: Doc) -> int:
    full = doc_text(doc)
    headline_end = headline_line_end(full)
    if headline_end is None:
        headline_end = stopped_headline_end(full)
    if headline_end is not None:
        # the headline restates the lead; a dateline may open the body's first line
        match = DATELINE.match(full, headline_end)
        if match is None:
            return titled_place_dateline(doc, headline_end) or headline_end
        return match.end()
    match = opening_dateline(full, doc_ext(doc, "places")) \
        or DATELINE_AFTER_HEADLINE.search(full[:600])
    if match:
        return match.end()
    titled = titled_place_dateline(doc, 0)
    if titled:
        return titled
    headline = HEADLINE.match(full)
    if headline:
        return headline.end()
    for mention in doc_ext(doc, "dates") or []:
        if mention.kind == "dateline":
            match = DATELINE_TAIL.match(full, mention.end_char)
            return match.end() if match else mention.end_char
    return 0


def titled_place_dateline(doc: Doc, start: int) -> int | None:
    """Where a title-case dateline at `start` ends (`PLACE_DATELINE`: "Lokoja:", "Kohima,
    Mar 3:", "Lafia -", "Silchar, Jun 4 (PTI)"), else None. Its name must be a town the
    places stage found there, whole: "Police:" or "Analysis -" opens a sentence or a
    headline, "Nigeria:" a headline's country. A colon or a dash must follow the name, or a
    day and the outlet in brackets ("Silchar, Jun 4 (PTI) Unidentified"). A later sentence
    opening on another "Town:" makes the first a ticker item's heading, no dateline."""
    match = _town_heading(doc, start)
    if match is None or not (match.group("mark") or match.group("day") and match.group("source")):
        return None
    if match.group("mark") == ":" and doc.has_annotation("SENT_START") and any(
            sent.start_char >= match.end() and (item := _town_heading(doc, sent.start_char))
            and item.group("mark") == ":" for sent in doc.sents):
        return None  # "Kano: … Zaria: …": a ticker's items, each under its own town
    return match.end()


def _town_heading(doc: Doc, start: int) -> re.Match | None:
    """`PLACE_DATELINE` at `start` when its name is, whole, a town the places stage found."""
    match = PLACE_DATELINE.match(doc_text(doc), start)
    if match is None:
        return None
    begin, end = match.span("name")
    return match if any(m.kind == "place" and m.candidates and m.start_char == begin
                        and m.end_char == end for m in doc_ext(doc, "places") or []) else None
