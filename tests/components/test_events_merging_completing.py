"""A clause that completes an event told before: its dead and day join that event's."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events.merging.completing import restated_subject
from eventdesk.components.events.merging.tolls import bare_toll
from eventdesk.components.triggers import clauses
from eventdesk.records import Document
from tests.components.merging_tellings import (
    MONDAY,
    coded,
    draft,
)


@pytest.mark.slow
def test_a_toll_beside_an_appositive_attack_adds_no_event():
    """"…, killed seven soldiers, an attack X blamed on Y" restates the attack told; with
    a place of its own ("killed seven soldiers in Mosul, …") it is an event of its own."""
    pipeline = eventdesk.load()

    def toll_clause(text):
        doc = pipeline.parse(Document(text=text, doc_id="toll", published=MONDAY),
                             classifier=False)
        return doc, next(c for s in doc.sents for c in clauses(s, doc._.triggers)
                         if c.root.lower_ == "killed")

    assert bare_toll(*toll_clause("Killed seven soldiers, an attack the ministry blamed on the "
                                  "rebels."))
    assert not bare_toll(*toll_clause("Killed seven soldiers in Mosul, an attack the ministry "
                                      "blamed on the rebels."))


@pytest.mark.slow
def test_a_toll_placed_only_where_its_source_is_completes_the_fight_told_before():
    """"Two soldiers and four rebels were killed, according to a military source in Bouar":
    Bouar is where the source is, not where they died; the toll is the clash's."""
    report = ("Armed men from the 3R group attacked an army position in Abba on Saturday, "
              "triggering an exchange of fire with the soldiers that lasted two hours. Two "
              "soldiers and four rebels were killed, according to a military source in Bouar.")
    assert [(s, loc) for s, _, loc in coded(report, "2024-01-22")] == [("Armed clash", "Abba")]


@pytest.mark.slow
def test_a_toll_the_side_suffered_is_the_fights_not_an_attack_by_that_side():
    """"'Our troops suffered two killed,' the spokesman said" after a clash: the troops lost
    the dead; no attack by the troops on anyone."""
    report = ("Two soldiers were killed in a clash with Dawlah Islamiyah militants in "
              "Ampatuan on Sunday, the military said. 'Our troops suffered two killed,' the "
              "army spokesman said.")
    assert [s for s, _, _ in coded(report, "2024-04-15")] == ["Armed clash"]


def test_a_killing_the_parser_hung_on_a_noun_keeps_its_own_place():
    """"Gunmen on motorbikes killed six villagers in the village of X, an official told
    AFP": spaCy hangs "killed" on "motorbikes" (acl) under the saying; the words under the
    verb stay with it (triggers.py `_told_by_a_verb`), and its phrase names a place, so it
    is no bare toll of the event told before it."""
    pipeline = eventdesk.load()
    text = ("Two days earlier, gunmen on motorbikes killed at least six villagers in the "
            "village of Kongoussi, a local official told AFP.")
    doc = pipeline.parse(Document(text=text, doc_id="acl", published=MONDAY), classifier=False)
    clause = next(c for s in doc.sents for c in clauses(s, doc._.triggers)
                  if any(t.lower_ == "killed" for t in c.tokens))
    killed = next(t for t in clause.tokens if t.lower_ == "killed")
    assert killed.dep_ == "acl"  # the parse this test is about
    assert {"killed", "Kongoussi"} <= {t.text for t in clause.tokens}
    assert not bare_toll(doc, clause)


@pytest.mark.slow
def test_a_definite_back_reference_tells_more_of_the_event_before():
    """"The air raid had targeted …" and "the helicopter returned and fired on …" restate
    the strike told before; an attack at another place on another day is its own."""
    report = ("Army jets bombed a market in the village of Kafr Nabl on Tuesday, killing 20 "
              "people. The helicopter returned and fired on villagers trying to help the "
              "wounded. Rebels shelled Hama on Sunday. State media said the air raid had "
              "targeted a rebel headquarters.")
    found = coded(report, "2016-03-10")
    strikes = [(s, d) for s, d, _ in found if s == "Air/drone strike"]
    assert strikes == [("Air/drone strike", dt.date(2016, 3, 8))]
    assert [s for s, _, _ in found].count("Shelling/artillery/missile attack") == 1
    assert "Attack" not in [s for s, _, _ in found]


@pytest.mark.slow
def test_the_dead_of_the_ensuing_firefight_are_the_fights_not_an_attack():
    """"Soldiers came under fire … and killed three of them in the ensuing firefight": the
    firefight named with "the" is the fight just told; its dead are that fight's."""
    events = eventdesk.extract(
        "Soldiers came under fire from gunmen on a road near Tecpan on Friday and killed "
        "three of them in the ensuing firefight, the defence ministry said.",
        published="2024-06-04", doc_id="firefight")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 3)]


@pytest.mark.slow
def test_the_clashes_after_a_crowd_fought_police_are_that_riot():
    """"The clashes left one officer wounded" after youths clashed with police names the
    riot told before, not an armed clash of its own."""
    report = ("Youths clashed with police in the town of Kisumu on Monday, burning tyres. The "
              "clashes left one police officer wounded, police said.")
    assert [s for s, _, _ in coded(report, "2024-03-13")] == ["Violent demonstration"]


@pytest.mark.slow
def test_the_last_event_restated_with_its_place_is_no_second_event():
    """"The protest in the capital of X province followed reports that a commander had
    raped a girl": the protest just told, described again; the rape is what the reports
    say. Told after another event, a protest in a place of its own is its own."""
    report = ("Security forces opened fire on people protesting in Zahedan on Friday, killing "
              "at least 40. State media put the death toll at 19. The protest in the capital "
              "of Sistan-Baluchestan province followed reports that a police commander had "
              "raped a teenage girl in custody.")
    assert [s for s, _, _ in coded(report, "2022-10-01")] == \
        ["Excessive force against protesters"]
    # told after another event, a place in the subject still makes a new telling
    text = "The protest in Tehran followed reports that a commander had raped a girl."
    doc = eventdesk.load().parse(Document(text=text, doc_id="restated", published=MONDAY),
                                 classifier=False)
    clause = next(c for s in doc.sents for c in clauses(s, doc._.triggers))
    protest = draft("Excessive force against protesters", "Protests")
    assert restated_subject(doc, clause, protest, latest=True)
    assert not restated_subject(doc, clause, protest, latest=False)


@pytest.mark.slow
def test_a_toll_update_dates_the_count_and_the_blast_told_next_gives_the_day():
    report = ("The number of people killed in a car bombing at a crowded market in Mosul "
              "rose to 40 on Thursday, hospital officials said. The explosion went off "
              "shortly after noon on Tuesday as families shopped for the holiday.")
    assert coded(report, "2021-06-18") == [
        ("Remote explosive/landmine/IED", dt.date(2021, 6, 15), "Mosul")]


@pytest.mark.slow
def test_a_strike_named_by_its_day_is_the_strike_told_before():
    """"last Tuesday's strike had targeted fighters" after "a week after an air strike on
    a market in Adwa": one strike, on the day the possessive names; "Sunday's strike on
    Rafah" after a strike on Monday in Khan Younis is another."""
    report = ("ADDIS ABABA - Tigrayan forces entered Mekelle on Monday. The withdrawal came "
              "a week after an air strike on a busy market in Adwa killed at least 51 people, "
              "according to health officials. The military said last Tuesday's strike had "
              "targeted fighters in civilian clothes.")
    strikes = [(s, d) for s, d, _ in coded(report, "2021-06-29") if s == "Air/drone strike"]
    assert strikes == [("Air/drone strike", dt.date(2021, 6, 22))]
    report = ("An air strike killed five people in Khan Younis on Monday, medics said. "
              "Sunday's strike on Rafah killed three children, they said.")
    assert len(coded(report, "2024-06-25")) == 2


@pytest.mark.slow
def test_the_site_a_missile_was_launched_from_is_no_second_strike():
    report = ("Houthi rebels fired a ballistic missile at the Saudi city of Jazan on Sunday, "
              "the coalition said. The missile was launched from Saada province, a coalition "
              "spokesman said, and caused no casualties.")
    assert [loc for _, _, loc in coded(report, "2022-07-04")] == ["Jizan"]


@pytest.mark.slow
def test_the_home_of_whoever_did_the_attack_told_before_is_no_new_place():
    report = ("JERUSALEM, Sept 4 - A Palestinian gunman opened fire at a bus stop at the "
              "entrance to Jerusalem on Sunday, killing three people, police said. Police said "
              "the attack was carried out by a resident of east Jerusalem.")
    assert [s for s, _, _ in coded(report, "2023-09-04")] == ["Attack"]


@pytest.mark.slow
def test_a_toll_told_as_another_incident_does_not_add_to_the_event_before():
    """"In another attack, three soldiers were killed", "Separately, two civilians were
    killed in the fighting": the report marks a new incident; its dead are not the earlier
    event's, and it is coded as its own event."""
    for second in ("In another attack, three soldiers were killed in Bama.",
                   "Three soldiers were killed in another attack in Bama.",
                   "Separately, three soldiers were killed in the fighting in Bama."):
        report = "Gunmen killed five villagers in Gwoza on Monday. " + second
        events = eventdesk.extract(report, published="2024-03-06", doc_id="merging")
        assert sorted((e.location, e.fatalities) for e in events) == \
            [("Bama", 3), ("Gwoza", 5)], second


@pytest.mark.slow
def test_a_toll_in_the_attack_told_before_still_adds_to_it():
    """"… were killed in the attack" (no "another", no "separately") keeps adding its dead
    to the event told before."""
    report = ("Gunmen killed five villagers in Gwoza on Monday. "
              "Three soldiers were also killed in the attack, officials said.")
    events = eventdesk.extract(report, published="2024-03-06", doc_id="merging")
    assert [(e.location, e.fatalities) for e in events] == [("Gwoza", 8)]


@pytest.mark.slow
def test_the_deed_named_again_at_a_town_of_its_region_takes_that_town():
    """"… struck a roadside bomb in Wajir county. The soldiers were escorting a convoy near
    Habaswein when the explosion happened": the county's town the retelling names is where
    in the county it was; a town of another county is not."""
    told = ("Four soldiers were killed on Sunday when their truck struck a roadside bomb in "
            "Wajir county, the army said on Monday. The soldiers were escorting a convoy near "
            "{town} when the explosion happened, an army report said.")
    events = eventdesk.extract(told.format(town="Habaswein"), published="2023-05-09",
                               doc_id="county-town")
    assert [(e.sub_event_type, e.location, e.admin1) for e in events] == [
        ("Remote explosive/landmine/IED", "Habaswein", "Wajir")]
    events = eventdesk.extract(told.format(town="Garissa"), published="2023-05-09",
                               doc_id="county-town-other")
    assert [(e.location, e.geo_precision) for e in events] == [("Wajir", 3)]


@pytest.mark.slow
def test_a_toll_update_naming_a_place_adds_to_that_places_strike_not_the_latest():
    """A ticker's "the toll from the overnight strike on X has risen to two", after another
    strike told later: X's strike gets the toll; the one told last keeps its own."""
    report = ("09:10 - A missile strike on Mosul overnight hit a factory, killing one person, "
              "the governor said. 10:40 - Jets dropped guided bombs on Tal Afar this morning, "
              "wounding three civilians. 12:30 - UPDATE: The death toll from the overnight "
              "strike on Mosul has risen to two, the governor said.")
    events = eventdesk.extract(report, published="2021-06-15", doc_id="ticker")
    tolls = {e.location: e.fatalities for e in events}
    assert tolls.get("Mosul") == 2
    assert tolls.get("Tall Afar") in (None, 0)


@pytest.mark.slow
def test_another_sources_figure_for_the_dead_conflicts_and_the_lower_stands():
    """"killing at least seven people, the mayor said. Residents speak of a dozen dead":
    two sources' figures for one event; the lower stands (GUIDELINES, Fatalities)."""
    events = eventdesk.extract(
        "Gunmen attacked the village of Sinjar near Tal Afar on Monday night, killing at "
        "least seven people, the mayor said. Residents speak of a dozen dead.",
        published="2021-06-15", doc_id="counter")
    assert [e.fatalities for e in events] == [7]


@pytest.mark.slow
def test_a_toll_completing_an_event_reads_another_sources_figure_after_it():
    """"… were killed; the ministry put the toll at 46": the completing toll is read to its
    sentence's end, as an event's own toll is, and the lower figure stands."""
    events = eventdesk.extract(
        "Soldiers stormed a protest camp in the town of Omdurman on Monday, opening fire on "
        "the demonstrators. Doctors said at least 60 people were killed; the health ministry "
        "put the toll at 46.",
        published="2021-06-15", doc_id="counter2")
    assert [e.fatalities for e in events] == [46]


@pytest.mark.slow
def test_a_crowd_named_again_keeps_the_next_sentences_arrests_with_its_protest():
    """"Police fired tear gas at youths protesting in Kano. The protesters had blocked the
    road. 14 people were arrested": the crowd named again is one more telling of the
    protest, so the arrests right after it are its handling, not an event of their own;
    with no such telling between, arrests two sentences on stay their own."""
    told = ("Police fired tear gas to disperse hundreds of youths protesting fuel prices in "
            "Kano on Monday. The protesters had blocked the main road to the airport. The "
            "police spokesman said 14 people were arrested.")
    assert [s for s, _, _ in coded(told, "2024-05-14")] == ["Protest with intervention"]
    apart = ("Police fired tear gas to disperse hundreds of youths protesting fuel prices in "
             "Kano on Monday. The governor met traders on Tuesday. The police spokesman said "
             "14 people were arrested.")
    assert [s for s, _, _ in coded(apart, "2024-05-14")] == ["Arrests",
                                                             "Protest with intervention"]
