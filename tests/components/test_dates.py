"""Date phrases found in hand-written sentences and resolved against a publication date."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.components.dates import DateMention, find_dates

SAT = dt.date(2014, 5, 10)  # a Saturday
THU = dt.date(2019, 3, 14)  # a Thursday


def only(text: str, published: dt.date | None) -> DateMention:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, phrase, date, precision, kind",
    [
        ("Rebels shelled the base on Friday.", "on Friday", dt.date(2014, 5, 9), 1, "day"),
        ("Rebels shelled the base on Saturday.", "on Saturday", SAT, 1, "day"),
        ("The raid came late on Sunday.", "late on Sunday", dt.date(2014, 5, 4), 1, "day"),
        ("Troops moved in early on Monday.", "early on Monday", dt.date(2014, 5, 5), 1, "day"),
        ("Gunmen struck on Tuesday evening.", "on Tuesday evening", dt.date(2014, 5, 6), 1,
         "day"),
        ("Wednesday's attack was the worst.", "Wednesday's", dt.date(2014, 5, 7), 1, "day"),
        ("Jets bombed the town last Thursday.", "last Thursday", dt.date(2014, 5, 8), 1, "day"),
        ("Jets bombed the town last Saturday.", "last Saturday", dt.date(2014, 5, 3), 1, "day"),
        # a weekday "of last week" is that day in the week before the report's
        ("Jets bombed the town on Friday last week.", "on Friday last week",
         dt.date(2014, 5, 2), 1, "day"),
        ("Jets bombed the town on Monday of last week.", "on Monday of last week",
         dt.date(2014, 4, 28), 1, "day"),
        ("Fighting raged in the early hours of Friday.", "in the early hours of Friday",
         dt.date(2014, 5, 9), 1, "day"),
        # a night is dated by the day it ran into: "overnight" alone, the report's day
        ("Shells fell overnight.", "overnight", SAT, 1, "day"),
        ("Shells fell overnight on Tuesday.", "overnight on Tuesday", dt.date(2014, 5, 6), 1,
         "day"),
        ("Clashes erupted overnight Friday into Saturday.", "overnight Friday into Saturday",
         SAT, 1, "day"),
        ("Clashes erupted on the night of Thursday to Friday.",
         "on the night of Thursday to Friday", dt.date(2014, 5, 9), 1, "day"),
        ("Gunmen struck on Wednesday night into Thursday.", "on Wednesday night into Thursday",
         dt.date(2014, 5, 8), 1, "day"),
        ("Drones hit the port during the night of 6 to 7 May.", "6 to 7 May",
         dt.date(2014, 5, 7), 1, "day"),
        ("Fighting went on from Friday to Saturday.", "from Friday to Saturday",
         dt.date(2014, 5, 9), 2, "week"),
        ("Shells fell last night.", "last night", dt.date(2014, 5, 9), 1, "day"),
        ("A bomb went off yesterday.", "yesterday", dt.date(2014, 5, 9), 1, "day"),
        ("A bomb went off today.", "today", SAT, 1, "day"),
        ("A bomb went off this morning.", "this morning", SAT, 1, "day"),
        ("A bomb went off three days ago.", "three days ago", dt.date(2014, 5, 7), 2, "week"),
        ("A bomb went off two days ago.", "two days ago", dt.date(2014, 5, 8), 1, "day"),
        ("Police raided the camp on 3 May.", "on 3 May", dt.date(2014, 5, 3), 1, "day"),
        ("Police raided the camp on May 3.", "on May 3", dt.date(2014, 5, 3), 1, "day"),
        ("Police raided the camp on Apr. 28.", "on Apr. 28", dt.date(2014, 4, 28), 1, "day"),
        # a digest's line label: after a day's number "Mar" needs no full stop
        ("3 Mar – Banadir: a car bomb went off.", "3 Mar", dt.date(2014, 3, 3), 1, "day"),
        ("Police raided the camp on the 2nd of May.", "on the 2nd of May", dt.date(2014, 5, 2),
         1, "day"),
        ("Police raided the camp on 20 December.", "on 20 December", dt.date(2013, 12, 20), 1,
         "day"),
        ("The siege began on 4 March 2011.", "on 4 March 2011", dt.date(2011, 3, 4), 1, "day"),
        ("Raids on 1-3 May left many homeless.", "on 1-3 May", dt.date(2014, 5, 2), 2, "week"),
        # a span of one month's days written US-style: "and" read after "between"
        ("Police held 900 people between April 25 and 29.", "between April 25 and 29",
         dt.date(2014, 4, 27), 2, "week"),
        ("Police held 900 people April 25 to 29.", "April 25 to 29", dt.date(2014, 4, 27), 2,
         "week"),
        # ... whose end names its own month: one span, at its middle day
        ("Police held 900 people between April 28 and May 2.", "between April 28 and May 2",
         dt.date(2014, 4, 30), 2, "week"),
        ("Raids between Dec. 29 and Jan. 3 emptied the camps.", "between Dec. 29 and Jan. 3",
         dt.date(2013, 12, 31), 2, "week"),
        ("Raids between Nov. 29 and Dec. 3, 2012 emptied the camps.",
         "between Nov. 29 and Dec. 3, 2012", dt.date(2012, 12, 1), 2, "week"),
        ("Police held 900 people between April 28 and May 2 last year.",
         "between April 28 and May 2 last year", dt.date(2013, 4, 30), 2, "week"),
        # longer than a month: still one mention, its middle day, to the month
        ("Raids between January 5 and March 20 emptied the camps.",
         "between January 5 and March 20", dt.date(2014, 2, 11), 3, "month"),
        ("The truce was signed last week.", "last week", dt.date(2014, 5, 3), 2, "week"),
        ("Jets struck camps earlier this week.", "earlier this week", dt.date(2014, 5, 7), 2,
         "week"),
        ("Jets struck camps earlier in the week.", "earlier in the week", dt.date(2014, 5, 7), 2,
         "week"),
        ("Clashes have flared in recent days.", "in recent days", dt.date(2014, 5, 7), 2,
         "week"),
        ("Clashes flared over the weekend.", "over the weekend", SAT, 2, "week"),
        ("The town fell last month.", "last month", dt.date(2014, 4, 15), 3, "month"),
        ("The town fell in March.", "in March", dt.date(2014, 3, 15), 3, "month"),
        ("The town fell in late March.", "in late March", dt.date(2014, 3, 25), 3, "month"),
        ("The town fell in August.", "in August", dt.date(2013, 8, 15), 3, "month"),
        ("The town fell in August 2012.", "in August 2012", dt.date(2012, 8, 15), 3, "month"),
        ("The war began in 2011.", "in 2011", dt.date(2011, 1, 1), 3, "background"),
        ("In 2012, rebels seized the north.", "In 2012", dt.date(2012, 1, 1), 3,
         "background"),
        ("It fell in 2015, but fighting goes on.", "in 2015", dt.date(2015, 1, 1), 3,
         "background"),
        ("Talks resumed under the 2011 peace accord.", "the 2011", dt.date(2011, 1, 1), 3,
         "background"),
        ("The town has been besieged since 2012.", "since 2012", dt.date(2012, 1, 1), 3,
         "background"),
        # a year before 1800, after a word of time and before a pause
        ("British forces captured Gibraltar in 1704.", "in 1704", dt.date(1704, 1, 1), 3,
         "background"),
        ("In 1527, troops sacked the city.", "In 1527", dt.date(1527, 1, 1), 3, "background"),
        # a past season is dated at its middle month (SAT is in May: "last winter" is the
        # winter just gone, "last summer" the one a year back)
        ("Much of the city was destroyed last winter.", "last winter", dt.date(2014, 1, 15), 3,
         "month"),
        ("Much of the city was destroyed last summer.", "last summer", dt.date(2013, 7, 15), 3,
         "month"),
        # a chronology's line opens with its year and a dash
        ("1824 - Turkey captures the island of Psara.", "1824", dt.date(1824, 1, 1), 3,
         "background"),
        ("Homes were lost between 2011 and 2013.", "between 2011 and 2013", dt.date(2011, 1, 1),
         3, "background"),
        ("It has been besieged since October 2013.", "since October 2013",
         dt.date(2013, 10, 15), 3, "background"),
        ("It has been besieged since mid-January.", "since mid-January", dt.date(2014, 1, 15),
         3, "background"),
        ("It has been besieged for months.", "for months", None, 3, "background"),
        # a year or more away from a time told before: history
        ("The following year the leader was captured.", "The following year", None, 3,
         "background"),
        ("Two years later, rebels took the town.", "Two years later", None, 3, "background"),
        ("Decades ago, rebels took the town.", "Decades ago", None, 3, "background"),
        ("A decade ago, rebels took the town.", "A decade ago", dt.date(2004, 5, 10), 3,
         "background"),
        ("Ninety people have died since Monday.", "since Monday", dt.date(2014, 5, 5), 2,
         "background"),
        # the toll "from" a weekday's deed is that deed's day, not a span's start
        ("The toll from Tuesday's bombing rose to 40.", "from Tuesday's", dt.date(2014, 5, 6),
         1, "day"),
        # what was done "by" a weekday is that day's news, not a span's start
        ("By Wednesday evening the rebels held the bridge.", "By Wednesday evening",
         dt.date(2014, 5, 7), 1, "day"),
        # a state reached by a day of this week tells that day, not a span
        ("By Thursday morning rebels had reached the town.", "By Thursday morning",
         dt.date(2014, 5, 8), 1, "day"),
        # a span of weekdays is coded at its middle day, within a week (GUIDELINES, Dates)
        ("The worst fighting was between Tuesday and Thursday.", "between Tuesday and Thursday",
         dt.date(2014, 5, 7), 2, "week"),
        ("Looting went on from Monday to Friday.", "from Monday to Friday",
         dt.date(2014, 5, 7), 2, "week"),
        ("Militias fought Thursday through Saturday.", "Thursday through Saturday",
         dt.date(2014, 5, 9), 2, "week"),
        ("Election violence erupted on 2014-04-30.", "2014-04-30", dt.date(2014, 4, 30), 1,
         "day"),
        # a holiday on a fixed day: the latest one before publication, or the year given
        ("Gunmen attacked a church on Christmas Eve.", "on Christmas Eve",
         dt.date(2013, 12, 24), 1, "day"),
        ("A bomb went off on New Year's Day 2012.", "on New Year's Day 2012",
         dt.date(2012, 1, 1), 1, "day"),
        ("Fifty have died in raids since Christmas Day.", "since Christmas Day",
         dt.date(2013, 12, 25), 2, "background"),
        # the days marches and strikes are called on, the world over
        ("Riot police charged the marchers on Labour Day.", "on Labour Day",
         dt.date(2014, 5, 1), 1, "day"),
        ("Strikers were beaten on International Workers' Day.",
         "on International Workers' Day", dt.date(2014, 5, 1), 1, "day"),
        ("Two unionists were shot at a May Day rally.", "May Day", dt.date(2014, 5, 1), 1,
         "day"),
        ("Police broke up a march on International Women’s Day.",
         "on International Women’s Day", dt.date(2014, 3, 8), 1, "day"),
        # the days around a holiday: its day, within about a week
        ("Bandits burned two villages over Christmas, residents say.", "over Christmas",
         dt.date(2013, 12, 25), 2, "week"),
        ("Four markets were looted during the New Year holiday.",
         "during the New Year holiday", dt.date(2014, 1, 1), 2, "week"),
    ],
)
def test_phrases_resolve_against_publication(text, phrase, date, precision, kind):
    mention = only(text, SAT)
    assert (mention.text, mention.date, mention.precision, mention.kind) == (
        phrase, date, precision, kind)
    assert text[mention.start_char:mention.end_char] == phrase


def test_a_holiday_word_in_another_sense_is_no_date():
    assert find_dates("The Christmas market in the town was closed.", SAT) == []
    assert find_dates("The neighbours quarrelled over Christmas lights.", SAT) == []


@pytest.mark.parametrize(
    ("count", "days", "precision"),
    [("a", 1, 1), ("a couple of", 2, 2), ("a few", 3, 2), ("several", 3, 2), ("twelve", 12, 2),
     ("11", 11, 2)],
)
def test_counted_days_back_read_articles_vague_words_number_words_and_digits(count, days,
                                                                             precision):
    """The count of "N days ago" is an article, a vague word (read as a few) or a number in
    words or digits, read by the number reader the death counts use."""
    mention = only(f"A bomb went off {count} {'day' if days == 1 else 'days'} ago.", SAT)
    assert (mention.date, mention.precision) == (SAT - dt.timedelta(days=days), precision)


@pytest.mark.parametrize(
    "text, phrase, offset, precision",
    [
        ("A day earlier, militants stormed a post.", "A day earlier", -1, 1),
        ("They returned the following day.", "the following day", 1, 1),
        ("The previous day, troops shelled it.", "The previous day", -1, 1),
        ("Hours later, a car bomb exploded.", "Hours later", 0, 1),
        ("Minutes later, a second blast hit.", "Minutes later", 0, 1),
        ("Two days later the town fell.", "Two days later", 2, 1),
        ("It fell a week after the landing.", "a week after", -7, 2),
        ("It fell a day after troops landed.", "a day after", -1, 1),
        ("The convoy was hit that night.", "that night", 0, 1),
        ("Two days after, the town fell.", "Two days after", 2, 1),
        ("Rebels struck the day before the vote.", "the day before", 1, 1),
        ("Rebels had struck the day before.", "the day before", -1, 1),
        ("It was shelled three days earlier.", "three days earlier", -3, 2),
    ],
)
def test_relative_phrases_carry_an_offset(text, phrase, offset, precision):
    mention = only(text, SAT)
    assert (mention.text, mention.kind, mention.date, mention.offset_days,
            mention.precision) == (phrase, "relative", None, offset, precision)


@pytest.mark.parametrize(
    "text, date",
    [
        ("HOMS, May 10 (Levant Wire) – Troops advanced.", dt.date(2014, 5, 10)),
        ("ALEPPO, Syria, May 9 (Levant Wire) — Troops advanced.", dt.date(2014, 5, 9)),
        ("MOSUL, Iraq, Apr. 30 (Wire) — Troops advanced.", dt.date(2014, 4, 30)),
        ("KHARTOUM, 8 May (Wire) - Troops advanced.", dt.date(2014, 5, 8)),
    ],
)
def test_datelines_are_publication_dates_not_events(text, date):
    mention = find_dates(text, SAT)[0]
    assert mention.kind == "dateline"
    assert mention.date == date
    assert mention.start_char == 0
    assert text[mention.end_char:].strip().startswith("Troops")


def test_copy_filed_under_an_earlier_dateline_counts_today_from_it():
    found = find_dates("KASSALA, 8 May — Troops shelled the camp at 2 am today.", SAT)
    assert [(m.kind, m.date) for m in found] == [
        ("dateline", dt.date(2014, 5, 8)), ("day", dt.date(2014, 5, 8))]
    # the place written as a name, after a comma or a dash: the day it was filed, whose
    # words stay a day of the body
    found = find_dates("Kassala, May 8: Troops shelled the camp this morning. A police post"
                       " was attacked last night.", SAT)
    assert [(m.kind, m.date) for m in found][1:] == [
        ("day", dt.date(2014, 5, 8)), ("day", dt.date(2014, 5, 7))]
    found = find_dates("Port Sudan - May 9, 2014:\nTroops shelled the camp yesterday.", SAT)
    assert found[-1].date == dt.date(2014, 5, 8)
    # a sentence opening with "On Monday, May 5:" files nothing: "today" is publication's
    assert find_dates("On Monday, May 5: troops advanced today.", SAT)[-1].date == SAT


def test_a_weekday_equal_to_the_publication_day_is_that_day():
    assert only("Strikes hit Idlib on Thursday.", THU).date == THU
    assert only("Strikes hit Idlib last Thursday.", THU).date == dt.date(2019, 3, 7)
    assert only("Talks resume next Monday.", THU).date == dt.date(2019, 3, 18)


def test_several_phrases_come_back_in_text_order():
    text = "Troops entered the town on Monday after clashes on Sunday night; it fell in 2013."
    found = find_dates(text, THU)
    assert [m.text for m in found] == ["on Monday", "on Sunday night", "in 2013"]
    assert [m.date for m in found] == [dt.date(2019, 3, 11), dt.date(2019, 3, 10),
                                       dt.date(2013, 1, 1)]


@pytest.mark.parametrize(
    "text",
    ["Militants attacked on Friday.", "Militants attacked two days ago.",
     "Militants attacked on 3 May.", "Militants attacked last week.", "Shells fell overnight."],
)
def test_no_publication_date_means_no_invented_date(text):
    assert only(text, None).date is None


def test_a_publication_datetime_is_read_as_its_day():
    published = dt.datetime(2014, 5, 10, 23, 30)
    assert only("Shells fell on 3 May.", published).date == dt.date(2014, 5, 3)


def test_explicit_years_resolve_without_publication_date():
    assert only("The siege began on 4 March 2011.", None).date == dt.date(2011, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Smugglers charged $15 a head for 2,000 people.",
        "The army said 30 February was chosen.",
        "May God protect us, March organisers said.",
        "He paid in 2000 dollars.",
        "The 2014 offensive goes on.",   # a year naming this year's event is no background
        # a number before 1800 that counts things, or a time of day, is no year
        "Aid reached 1500 homes in 1500 villages.",
        "The force of 1200 attacked at 1500 hours.",
        "A total of 1500 - mostly civilians - died.",
        "Crops planted in spring were lost in the fall of the town.",   # no season of a year
        "Thirteen years on the run ended.",   # years "on" the run, no time told before
    ],
)
def test_money_counts_and_impossible_days_are_not_dates(text):
    assert find_dates(text, SAT) == []


def test_numeric_dates_go_through_dateparser_day_first():
    mention = only("Fighting on 16/01/2014 was heavy.", SAT)
    assert (mention.text, mention.date) == ("16/01/2014", dt.date(2014, 1, 16))
    found = find_dates("Raids on 05/03/2014 and 07/03/2014.", SAT)
    assert [(m.text, m.date) for m in found] == [("05/03/2014", dt.date(2014, 3, 5)),
                                                 ("07/03/2014", dt.date(2014, 3, 7))]


def test_uppercase_leads_are_kept_in_the_span():
    mention = only("On Sunday, jets struck the town.", SAT)
    assert (mention.text, mention.date) == ("On Sunday", dt.date(2014, 5, 4))


_PIECES = st.sampled_from(
    ["on", "Friday", "last", "week", "16", "January", "2014", "-", "18", "since", "in",
     "March", "two", "days", "ago", "later", "a", "day", "earlier", "overnight", ",",
     "BEIRUT", "(Wire)", "—", "the", "following", "$15", "mid-December", "yesterday"])


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(_PIECES, max_size=30), st.sampled_from([None, SAT, THU]))
def test_mentions_are_ordered_disjoint_and_exact(pieces, published):
    text = " ".join(pieces)
    found = find_dates(text, published)
    for mention in found:
        assert text[mention.start_char:mention.end_char] == mention.text
        assert mention.precision in (1, 2, 3)
        assert mention.kind in ("day", "week", "month", "dateline", "background", "relative")
        assert (mention.offset_days is not None) == (mention.kind == "relative")
        if mention.kind == "relative" or published is None and mention.kind != "background":
            assert mention.date is None or "2014" in mention.text
        if published is not None and mention.date is not None and mention.kind == "day" \
                and not mention.text[-4:].isdigit():
            # a day told without its year is never ahead; "December 16 2014" may be
            assert mention.date <= published or mention.text.lower().startswith("next")
    ends = [(m.start_char, m.end_char) for m in found]
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False))


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_fails(text):
    for mention in find_dates(text, SAT):
        assert text[mention.start_char:mention.end_char] == mention.text


_ODD_DATES = st.sampled_from(
    ["31 February", "30 to 31 February", "on February 29", "29 February 2023", "0 May",
     "32 March", "31st of April", "the night of 31 December to 1 January", "overnight",
     "overnight Friday into Saturday", "Sunday night into Monday", "since Friday",
     "in the past week", "between Sunday and Saturday", "12/31/2099", "31.02.2021",
     "2024-02-30", "the night of 30 to 31 February", "Monday to Monday", "on 1 to 31 January",
     "overnight on Tuesday", "during the night of 6 to 7 May"])


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.one_of(_ODD_DATES, _PIECES), max_size=12),
       st.sampled_from([None, SAT, dt.date(2024, 2, 29), dt.date(2023, 3, 1)]))
def test_odd_dates_and_nights_never_fail(pieces, published):
    text = " ".join(pieces)
    for mention in find_dates(text, published):
        assert text[mention.start_char:mention.end_char] == mention.text
        assert mention.precision in (1, 2, 3)
        if published is not None and mention.date is not None and mention.kind == "day" \
                and not any(ch.isdigit() for ch in mention.text[-4:]):
            assert mention.date <= published  # a day told without its year is never ahead


def test_the_part_of_a_day_of_a_month_is_that_day_not_the_month():
    """"on the morning of April 19", "in the early hours of 19 April": the day, not April."""
    for text in ("A missile attack killed eight people on the morning of April 19.",
                 "Shelling began on the night of April 19."):
        found = only(text, dt.date(2024, 4, 20))
        assert (found.text, found.date, found.precision) == ("April 19", dt.date(2024, 4, 19), 1)
    assert only("Shelling killed eight people in April 2024.", dt.date(2024, 6, 1)).precision == 3
    # "on the morning of October 7 last year": that day, a year back
    found = only("On the morning of October 7 last year, gunmen stormed the kibbutz.",
                 dt.date(2024, 10, 8))
    assert (found.date, found.precision) == (dt.date(2023, 10, 7), 1)


def test_a_coming_scheduled_events_day_is_no_date_of_the_report():
    # "the March 14 council vote" three weeks ahead: the vote's day, not a deed of last March
    feb = dt.date(2023, 2, 21)
    found = find_dates("Two people were killed on Monday as rival camps fought over seats "
                       "in the March 14 council vote.", feb)
    assert [d.text for d in found] == ["on Monday"]
    assert find_dates("Parties must register candidates before the March 30 deadline.",
                      feb) == []
    # tomorrow's vote, and a scheduled noun written in title case
    eve = dt.date(2023, 5, 1)
    assert find_dates("Troops deployed across the region ahead of tomorrow's May 2 "
                      "General Elections.", eve) == []
    june = dt.date(2023, 6, 16)
    [past] = find_dates("Violence marred the February 25 presidential election.", june)
    assert past.date == dt.date(2023, 2, 25)
    [bare] = find_dates("Gunmen attacked the village on July 8.", june)
    assert bare.date == dt.date(2022, 7, 8)


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_heading_in_capitals_over_a_bulleted_day_is_no_dateline(dash):
    """"LATEST" over "– 21 August: ...": the bullet's day is the deed's, not a dateline
    moving the report's day (which made a later "23 August" last year's)."""
    text = (f"Notes from the district.\n\nLATEST\n{dash} 21 August: Raiders burned a "
            f"granary.\n{dash} 23 August: Police made arrests at the depot.")
    found = find_dates(text, dt.date(2014, 8, 25))
    assert [(m.kind, m.date) for m in found] == [
        ("day", dt.date(2014, 8, 21)), ("day", dt.date(2014, 8, 23))]
