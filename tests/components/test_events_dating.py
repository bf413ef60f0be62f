"""Dating: relative dates count from the report's last date."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.dates import DateMention
from eventdesk.components.events.common import Context
from eventdesk.components.events.dating import resolve_date

MONDAY = dt.date(2021, 6, 14)


def test_a_relative_date_counts_from_the_last_date_and_keeps_its_precision():
    day_before = DateMention(0, 14, "the day before", None, 1, "relative", offset_days=-1)
    assert resolve_date(day_before, Context(date=MONDAY, precision=2)) == \
        (MONDAY - dt.timedelta(days=1), 2)


def test_a_relative_date_with_no_last_date_uses_its_own():
    yesterday = DateMention(0, 9, "yesterday", MONDAY, 1, "relative", offset_days=-1)
    assert resolve_date(yesterday, Context()) == (MONDAY, 1)


def test_a_day_is_itself():
    monday = DateMention(0, 6, "Monday", MONDAY, 1, "day")
    assert resolve_date(monday, Context(date=dt.date(2020, 1, 1), precision=3)) == (MONDAY, 1)


@pytest.mark.slow
def test_a_verb_joined_to_a_when_clause_shares_its_time():
    """"… since 2022, when gunmen attacked a train and kidnapped dozens of passengers": the
    kidnapping is the attack's, of 2022, not news of the report's day."""
    report = ("Gunmen abducted 15 passengers on the highway near Kachia on Monday night, "
              "police said. The highway has been notorious since 2022, when gunmen attacked "
              "an Abuja-Kaduna train and kidnapped dozens of passengers.")
    events = eventdesk.extract(report, published="2025-02-04", doc_id="when-conj")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Abduction/forced disappearance", dt.date(2025, 2, 3))]


@pytest.mark.slow
def test_a_present_perfect_with_no_day_is_the_publication_week_not_the_last_date():
    report = ("Rebels shelled the town of Jisr al-Shughur on Monday, activists said. "
              "Government troops have retaken the town of Saraqib, a military source said.")
    events = eventdesk.extract(report, published="2016-03-12", doc_id="perfect")
    retaken = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert [(e.event_date, e.time_precision) for e in retaken] == [(dt.date(2016, 3, 12), 2)]
    shelled = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [(e.event_date, e.time_precision) for e in shelled] == [(dt.date(2016, 3, 7), 1)]


@pytest.mark.slow
def test_a_present_perfect_in_recent_days_is_the_publication_date():
    """GUIDELINES "Dates": current news in the present perfect with no day takes the
    publication date; "in recent days" names no day. A simple past keeps the span's day."""
    perfect, past = (eventdesk.extract(
        f"In Mosul, police {verb} dozens of men in house-to-house searches in recent days, "
        "lawyers said.", published="2021-11-01", doc_id="recent")
        for verb in ("have detained", "detained"))
    assert [(e.event_date, e.time_precision) for e in perfect] == [(dt.date(2021, 11, 1), 2)]
    assert [e.event_date for e in past] == [dt.date(2021, 10, 29)]


@pytest.mark.slow
def test_background_left_out_as_old_news_dates_no_later_sentence():
    report = ("Government troops have withdrawn from the town of Saraqib, the army said on "
              "Saturday, the rebels' biggest gain since the capture of Idlib in March. "
              "A rebel commander later said his fighters had taken full control of the town.")
    events = eventdesk.extract(report, published="2016-06-11", doc_id="background")
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and all(e.event_date >= dt.date(2016, 6, 1) for e in taken)


@pytest.mark.slow
def test_a_night_is_dated_by_the_day_it_ran_into():
    report = ("At least 32 people were killed in heavy clashes that erupted overnight Friday "
              "into Saturday in central Tripoli, the health ministry said. "
              "Ukraine said its air defences shot down 14 drones over Odesa overnight.")
    events = eventdesk.extract(report, published="2022-08-28", doc_id="nights")
    assert sorted((e.event_date, e.time_precision) for e in events) == [
        (dt.date(2022, 8, 27), 1), (dt.date(2022, 8, 28), 1)]


@pytest.mark.slow
def test_a_day_hanging_on_the_trigger_dates_it_before_a_nearer_day_of_another_verb():
    """"… reached the town on Friday morning, under a truce reached through the mediation of
    elders last week": the truce is dated by its own "last week", not the arrival's; a day of
    another deed inside the clause ("against the arrest … last week") dates nothing."""
    report = ("Aid trucks reached the besieged town of Madaya on Friday morning, under a truce "
              "reached through the mediation of tribal elders last week.")
    events = eventdesk.extract(report, published="2021-06-19", doc_id="truce")
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Agreement", dt.date(2021, 6, 12), 2)]
    report = ("Hundreds of people marched in Lagos on Friday against the arrest of an "
              "opposition leader last week.")
    events = eventdesk.extract(report, published="2021-06-19", doc_id="march")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Peaceful protest", dt.date(2021, 6, 18))]


def test_the_day_words_tell_is_theirs_not_that_of_a_saying_hung_on_them(parsed):
    """"Odesa was hit on Wednesday" tells its day; in "Odesa was hit, officials said on
    Wednesday" (the parser hanging the saying on the deed) Wednesday is the saying's."""
    from eventdesk.components.events.dating import day_told_within

    wednesday = dt.date(2024, 9, 25)

    def day_of(words, heads, deps, pos, lemmas):
        doc = parsed(words, heads, deps, pos=pos, lemmas=lemmas)
        start = doc[words.index("Wednesday")].idx
        doc._.dates = [DateMention(start, start + 9, "Wednesday", wednesday, 1, "day")]
        return day_told_within(doc, 0, len(doc.text), doc[2].idx, Context())

    assert day_of(["Odesa", "was", "hit", "on", "Wednesday"], [2, 2, 2, 2, 3],
                  ["nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                  ["PROPN", "AUX", "VERB", "ADP", "PROPN"],
                  ["Odesa", "be", "hit", "on", "Wednesday"]) == (wednesday, 1)
    assert day_of(["Odesa", "was", "hit", ",", "officials", "said", "on", "Wednesday"],
                  [2, 2, 2, 2, 5, 2, 5, 6],
                  ["nsubjpass", "auxpass", "ROOT", "punct", "nsubj", "parataxis", "prep",
                   "pobj"],
                  ["PROPN", "AUX", "VERB", "PUNCT", "NOUN", "VERB", "ADP", "PROPN"],
                  ["Odesa", "be", "hit", ",", "official", "say", "on", "Wednesday"]) is None


@pytest.mark.slow
def test_a_date_in_a_relative_clause_on_another_noun_dates_that_noun_not_the_event():
    report = ("Pro-government forces said on Tuesday they had taken full control of the town "
              "of Saraqib, ending a campaign that began in May.")
    events = eventdesk.extract(report, published="2016-12-06", doc_id="relative")
    taken = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert [e.event_date for e in taken] == [dt.date(2016, 12, 6)]


@pytest.mark.slow
def test_a_date_on_a_noun_another_time_is_told_by_is_not_the_event_s():
    """"its biggest gain since the capture of Bakhmut in May" dates the capture: the
    withdrawal, told in the present perfect, is this week's news, not old news dropped."""
    report = ("Ukraine's army has withdrawn from the eastern town of Avdiivka, handing Russia "
              "its biggest gain since the capture of Bakhmut in May.")
    events = eventdesk.extract(report, published="2024-02-17", doc_id="since")
    assert [(e.event_date, e.time_precision) for e in events] == [(dt.date(2024, 2, 17), 2)]


@pytest.mark.slow
def test_a_date_in_a_relative_clause_on_the_event_s_own_noun_dates_it():
    report = ("An attack that took place in the town of Saraqib on Sunday killed five "
              "soldiers, officials said on Tuesday.")
    events = eventdesk.extract(report, published="2016-12-06", doc_id="own")
    assert [e.event_date for e in events] == [dt.date(2016, 12, 4)]


@pytest.mark.slow
def test_a_bare_overnight_is_restated_by_the_telling_that_names_the_day():
    """"An overnight raid" dates by the report's own day, not the deed's: the next
    sentence's "late on Friday" tells the raid's day, one event, not two."""
    report = ("Armed men killed at least 14 people in an overnight raid on the village of "
              "Tudun Wada in Bassa district, elders said on Sunday. The attackers came on "
              "foot late on Friday and gunned down villagers as they ran, according to a "
              "youth leader who put the toll at 20.")
    events = eventdesk.extract(report, published="2023-03-12", doc_id="overnight")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Attack", dt.date(2023, 3, 10))]


@pytest.mark.slow
def test_a_clause_with_no_day_shares_the_day_of_the_verb_joined_to_it():
    """"Hours after students stormed and torched the council on Friday night": the
    storming's day is its joined verb's, not the sentence's other day — one crowd, one
    deed, not a second protest on Saturday."""
    report = ("Police shot dead four marchers in Basra on Saturday, medics said, hours after "
              "students stormed and torched the provincial council in Amarah on Friday night.")
    events = eventdesk.extract(report, published="2021-06-13", doc_id="joined")
    assert sorted((e.sub_event_type, e.event_date) for e in events) == [
        ("Excessive force against protesters", dt.date(2021, 6, 12)),
        ("Violent demonstration", dt.date(2021, 6, 11))]


@pytest.mark.slow
def test_a_day_told_in_an_after_clause_dates_that_deed_only():
    """"… clashed with police on Tuesday after a ferryman was shot dead the previous
    evening; police fired tear gas": the evening dates the shooting; the tear gas, with no
    day of its own, is the clash's, not the shooting's."""
    report = ("Protesters burned tyres and clashed with police in Tal Afar on Tuesday after a "
              "ferryman was shot dead by unidentified gunmen on the Sinjar road the previous "
              "evening; police fired tear gas.")
    events = eventdesk.extract(report, published="2023-05-10", doc_id="after-clause")
    assert sorted((e.sub_event_type, e.event_date) for e in events) == [
        ("Attack", dt.date(2023, 5, 8)), ("Violent demonstration", dt.date(2023, 5, 9))]


@pytest.mark.slow
def test_a_day_after_a_deed_noun_dates_it_over_the_day_of_the_demand():
    """"Rights groups on Tuesday demanded an inquiry into the killing of protesters …, on
    Saturday": Tuesday is the demand's, Saturday the killing's (dating `_after_a_deed_noun`)."""
    report = ("Rights groups on Tuesday demanded an independent inquiry into the killing of "
              "six protesters by police in the diamond-mining town of Tal Afar, in the north "
              "of the province, on Saturday.")
    events = eventdesk.extract(report, published="2021-06-15", doc_id="inquiry-day")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Excessive force against protesters", dt.date(2021, 6, 12))]


@pytest.mark.slow
def test_an_offset_from_an_occasion_never_dated_leaves_the_day_told():
    """"killed on Tuesday when a bomb exploded ..., two days before the referendum": the
    offset dates the referendum from the bombing, and with no day told before it there is
    nothing to count from; the bombing keeps its Tuesday, not no date at all."""
    report = ("At least nine people were killed on Tuesday when a bomb exploded outside a "
              "party office in Mardan, two days before the referendum.")
    events = eventdesk.extract(report, published="2021-06-17", doc_id="occasion")
    assert [(e.location, e.event_date) for e in events] == [("Mardan", dt.date(2021, 6, 15))]


@pytest.mark.slow
def test_the_day_of_a_dateline_between_dashes_does_not_date_the_lead():
    """"TAL AFAR – 5 March 2025 – … killed … on Sunday": the dateline's day is the
    report's, not the attack's, though no comma sets it apart from the lead."""
    report = ("TAL AFAR – 5 March 2025 – At least nine villagers were killed when gunmen "
              "attacked the village of Kharab, near Tal Afar, on Sunday, a rights group said "
              "on Tuesday.")
    events = eventdesk.extract(report, published="2025-03-05", doc_id="dashed-dateline")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Attack", dt.date(2025, 3, 2))]


@pytest.mark.slow
def test_the_day_of_a_title_case_dateline_does_not_date_the_lead():
    """"Erbil/Geneva, 11 February 2025 – ACF condemns the drone strike that hit … on Sunday
    9 February": the dateline's day opens the lead's sentence but dates only the report."""
    report = ("Erbil/Geneva, 11 February 2025 – Action Contre la Faim (ACF) condemns the drone "
              "strike that hit the Tal Afar General Hospital in Nineveh province on Sunday 9 "
              "February, killing four patients and a nurse and injuring 11 others.")
    events = eventdesk.extract(report, published="2025-02-11", doc_id="titled-dateline")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Air/drone strike", dt.date(2025, 2, 9))]


@pytest.mark.slow
def test_the_day_of_a_title_case_dateline_with_an_accented_town_does_not_date_the_lead():
    """"Sévaré, 3 August 2023 – … on Tuesday": francophone towns keep their accents in a
    title-case dateline; its day is the report's, the killing's is Tuesday."""
    report = ("Sévaré, 3 August 2023 – Gunmen killed four traders near Douentza on Tuesday, "
              "local sources said.")
    events = eventdesk.extract(report, published="2023-08-03", doc_id="accented-dateline")
    assert [(e.location, e.event_date) for e in events] == [("Douentza", dt.date(2023, 8, 1))]



@pytest.mark.parametrize("report, published, dates", [
    # a day carried over from a clause telling what is to come (a slip of the year)
    ("Troops attacked a depot on 12/31/2099, and gunmen attacked soldiers in Homs.",
     "2024-07-26", [(dt.date(2024, 7, 26), 2)]),
    # "a week later" counted from a day near publication
    ("Gunmen attacked a market in Homs on Friday. A week later, rebels shelled the town.",
     "2024-07-27", [(dt.date(2024, 7, 26), 1), (dt.date(2024, 7, 27), 2)]),
    # a month after the report's
    ("Gunmen fired on a checkpoint in Homs in February 2014.", "2013-12-31",
     [(dt.date(2013, 12, 31), 3)]),
])
def test_a_deed_told_as_done_is_dated_by_the_report_at_the_latest(report, published, dates):
    """Found by bench/fuzz_reports.py: records dated years or weeks after their report."""
    events = eventdesk.extract(report, published=published, doc_id="future")
    assert [(e.event_date, e.time_precision) for e in events] == dates


@pytest.mark.slow
def test_a_day_told_of_what_once_happened_at_a_place_does_not_date_the_deed():
    """"marched … to the bridge where a student was killed in March 1998": the year dates
    the killing there, not the march, which takes the report's day."""
    report = ("Some 2,000 nurses marched to the bridge in Tal Afar where a "
              "student was killed on 14 March 1998.")
    events = eventdesk.extract(report, published="2022-03-15", doc_id="where-day")
    assert [(e.sub_event_type, e.event_date) for e in events
            if e.event_type == "Protests"] == [("Peaceful protest", dt.date(2022, 3, 15))]


@pytest.mark.slow
def test_a_day_of_the_reports_year_in_a_where_clause_is_the_deeds_own():
    """A report filed months later ("fired on the market where herders had gathered on 2
    April", published in August) tells the deed's own day in the "where" clause: it dates
    the deed (old news, no record), never the report's day."""
    report = ("Soldiers opened fire on the goat market in Bunia where herders had "
              "gathered on 2 April, killing nine civilians.")
    assert not eventdesk.extract(report, published="2024-08-14", doc_id="where-own-day")


@pytest.mark.slow
def test_a_backdrop_clause_does_not_set_the_day_later_sentences_carry():
    """"… crowds massed outside the town hall, two days after a bomb killed a shopkeeper":
    the killing is told as the time of the crowd; the riot told next is the day the report
    was telling (Tuesday), not the killing's (Sunday)."""
    report = ("Riots broke out in Tal Afar on Tuesday evening. Crowds massed outside the town "
              "hall, two days after a bomb killed a shopkeeper on the main road. "
              "Rioters threw stones at officers and set a police van alight.")
    events = eventdesk.extract(report, published="2024-07-31", doc_id="backdrop-day")
    assert [e.event_date for e in events if e.event_type == "Riots"] == [dt.date(2024, 7, 30)]


@pytest.mark.slow
def test_a_saying_s_day_the_parse_hangs_on_the_deed_said_dates_the_saying():
    """"The militia said on Friday it had seized X": the day stands between "said" and the
    subject of what was said (said_days.py); the deed's own day, told next, dates it, and
    the lead restates it (one event)."""
    report = ("Rebels said on Friday they had seized the village of Deir Sulaym near Tal Afar. "
              "\"Our units entered Deir Sulaym on Thursday after a long battle,\" a commander "
              "told reporters.")
    events = eventdesk.extract(report, published="2021-06-19", doc_id="said-day")
    assert [e.event_date for e in events] == [dt.date(2021, 6, 17)]


@pytest.mark.slow
@pytest.mark.parametrize("report, days", [
    # "said that on Thursday …": the day is inside what was said, the deed's own
    ("Villagers said that on Thursday gunmen killed ten herders in Tal Afar. On Wednesday, "
     "gunmen had killed three traders in Tal Afar.",
     [dt.date(2021, 6, 17), dt.date(2021, 6, 16)]),
    # a toll or an arrest said with the saying's day is no taking of ground: each deed
    # told with its own day stays its own
    ("Police said on Friday they had detained 14 traders in Tal Afar. On Wednesday police "
     "detained a preacher in Tal Afar.", [dt.date(2021, 6, 18), dt.date(2021, 6, 16)]),
])
def test_a_said_day_before_that_or_of_no_ground_taken_dates_its_deed(report, days):
    events = eventdesk.extract(report, published="2021-06-19", doc_id="said-that")
    assert sorted(e.event_date for e in events) == sorted(days)


@pytest.mark.slow
def test_a_day_after_the_said_clause_s_subject_is_the_deed_s():
    from types import SimpleNamespace

    from eventdesk.components.events.said_days import said_day_misread

    nlp = eventdesk.load().nlp

    def misread(text, day_at, deed="seized", category="capture"):
        doc = nlp(text)
        at = [t.text for t in doc].index(deed)
        doc._.triggers = [SimpleNamespace(start=at, end=at + 1, category=category)]
        friday = DateMention(doc[day_at].idx, doc[day_at + 1].idx + len("Friday"),
                             "on Friday", None, 1, "day")
        return said_day_misread(doc, friday)

    assert misread("The militia said on Friday it had seized the garrison.", 3)
    assert not misread("The militia said it had seized the garrison on Friday.", 8)
    assert not misread("The militia said that on Friday it had seized the garrison.", 4)
    assert not misread("The militia said on Friday it had killed ten soldiers.", 3,
                       deed="killed", category="kill")


@pytest.mark.slow
@pytest.mark.parametrize("report", [
    "Armed men seized the police station in Mopti before dawn on Thursday, releasing dozens "
    "of detainees, a local official said.",
    "Jihadists burned the mayor's office in Mopti before dawn on Thursday and fled into the "
    "bush, residents said.",
    "Rebels attacked the army base in Mopti before dawn on Thursday, killing four soldiers, "
    "police said."])
def test_a_time_of_day_before_a_day_is_that_day_not_another_deed(report):
    """"before dawn on Thursday": dawn is a time of the day named, not a deed another time
    is told by ("since the capture of X in May")."""
    events = eventdesk.extract(report, published="2023-05-20", doc_id="dawn")
    assert {e.event_date for e in events} == {dt.date(2023, 5, 18)}
