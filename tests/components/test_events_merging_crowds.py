"""One crowd told several times is one protest or riot; a crowd named anew is another."""

import pytest

import eventdesk
from eventdesk.components.events.merging.crowds import (
    crowd_named_anew,
    crowd_speaks,
    crowd_took_ground,
    looted_in_riot,
    tells_crowd_again,
    turned_violent,
)
from eventdesk.components.events.merging.merge import merge
from eventdesk.components.triggers import clauses, sentence_clauses
from eventdesk.records import Actor, Document
from tests.components.merging_tellings import (
    ARMY,
    DISTRICT,
    FAR_CITY,
    LAGOS,
    MARCHERS,
    MILITIA,
    MONDAY,
    NEAR,
    OTHER,
    POLICE,
    SUBURB,
    coded,
    draft,
)


def test_a_protest_that_turned_violent_is_one_violent_demonstration():
    """"Protesters clashed with police in Dakar on Tuesday. Police fired tear gas at the
    protesters": one crowd, one place and day, coded as the violent demonstration."""
    police = Actor("Police Forces of Iraq", 1, "IQ")
    riot = draft("Violent demonstration", "Riots", start=0)
    dispersed = draft("Protest with intervention", "Protests", start=1, actor2=police)
    assert turned_violent(riot, dispersed)
    merged = merge([riot, dispersed])
    assert [(c.sub_event_type, c.actor2) for c in merged] == [("Violent demonstration", police)]


def test_a_wires_lead_and_the_riot_its_next_paragraphs_tell_are_one_event():
    """"Police fired water cannon at protesters outside city hall late on Sunday. Tens of
    thousands gathered in the square. Groups of protesters threw flares at officers": the
    lead sums up the riot told two sentences on; elsewhere in a report two sentences apart
    are two tellings too far apart to join."""
    police = Actor("Police Forces of Iraq", 1, "IQ")
    lead = draft("Protest with intervention", "Protests", start=0, sent_index=0, actor2=police)
    riot = draft("Violent demonstration", "Riots", start=9, sent_index=2)
    assert turned_violent(riot, lead)
    # controls: three sentences after the lead, or two apart after it
    assert not turned_violent(draft("Violent demonstration", "Riots", start=9, sent_index=3),
                              lead)
    assert not turned_violent(
        draft("Violent demonstration", "Riots", start=9, sent_index=4),
        draft("Protest with intervention", "Protests", start=5, sent_index=2, actor2=police))


def test_excessive_force_told_apart_from_the_crowds_violence_is_its_own_event():
    """"Police fired live rounds at the crowd. Late on Monday a mob burned a patrol car":
    the force killing protesters, told before the crowd's violence, and that violence are
    two interactions; told in one sentence, or after the riot, the violent demonstration."""
    police = Actor("Police Forces of Iraq", 1, "IQ")
    fire = draft("Excessive force against protesters", "Protests", start=0, actor2=police)
    riot = draft("Violent demonstration", "Riots", start=1)
    assert not turned_violent(riot, fire)
    assert [c.sub_event_type for c in merge([fire, riot])] == [
        "Excessive force against protesters", "Violent demonstration"]
    assert turned_violent(draft("Violent demonstration", "Riots", start=5, sent_index=0),
                          draft("Excessive force against protesters", "Protests", start=0,
                                sent_index=0, actor2=police))
    # "supporters burnt tyres. Security forces fired live bullets, killing seven": the
    # force's fire told after the riot is the riot's toll
    assert turned_violent(draft("Violent demonstration", "Riots", start=0),
                          draft("Excessive force against protesters", "Protests", start=1,
                                actor2=police))


def test_a_named_forces_fire_told_first_in_the_riots_sentence_is_its_own_event():
    """"Police opened fire on the marchers, killing three, after youths set the customs post
    ablaze": the force named as the one that fired, told first in the sentence of the
    crowd's violence, is an interaction of its own; with no force named as its doer, told
    after the violence, or fired at the crowd the violence describes ("fired at youths who
    threw stones"), it is the riot's toll."""
    police = Actor("Police Forces of Iraq", 1, "IQ")
    fire = draft("Excessive force against protesters", "Protests", start=0, sent_index=0,
                 actor2=police, force_doer=True)
    riot = draft("Violent demonstration", "Riots", start=5, sent_index=0)
    assert not turned_violent(riot, fire)
    assert [c.sub_event_type for c in merge([fire, riot])] == [
        "Excessive force against protesters", "Violent demonstration"]
    # controls: the fire told after the violence; the violence that of the crowd fired at
    assert turned_violent(draft("Violent demonstration", "Riots", start=0, sent_index=0),
                          draft("Excessive force against protesters", "Protests", start=5,
                                sent_index=0, actor2=police, force_doer=True))
    assert turned_violent(draft("Violent demonstration", "Riots", start=5, sent_index=0,
                                target_deed=True), fire)


def test_ground_a_crowd_occupies_in_its_riots_sentence_is_that_riot():
    """"Demonstrators set fire to the police station and occupied the airfield, forcing
    the agents to withdraw": one violent demonstration, not a transfer of territory; an
    occupation told in another sentence, or by an armed side, stays its own event."""
    riot = draft("Violent demonstration", "Riots", start=0, sent_index=0)
    occupied = draft("Non-violent transfer of territory", "Strategic developments", start=40,
                     sent_index=0, actor1=MARCHERS, place=NEAR)
    assert crowd_took_ground(riot, occupied)
    assert [c.sub_event_type for c in merge([riot, occupied])] == ["Violent demonstration"]
    later = draft("Non-violent transfer of territory", "Strategic developments", start=90,
                  sent_index=1, actor1=MARCHERS)
    armed = draft("Non-violent transfer of territory", "Strategic developments", start=40,
                  sent_index=0, actor1=MILITIA)
    assert not crowd_took_ground(riot, later) and not crowd_took_ground(riot, armed)


def test_a_crowds_looting_told_with_its_riot_is_that_riot():
    """"Crowds looted supermarkets and set fire to shops in the city centre": one riot; a
    looting told in another sentence, or by an armed group, stays its own event."""
    crowd = Actor("Rioters (Iraq)", 5, "IQ")
    riot = draft("Violent demonstration", "Riots", start=40, sent_index=0, actor1=crowd)
    looting = draft("Looting/property destruction", "Strategic developments", start=0,
                    actor1=MARCHERS)
    assert looted_in_riot(riot, looting)
    assert [c.sub_event_type for c in merge([looting, riot])] == ["Violent demonstration"]
    later = draft("Looting/property destruction", "Strategic developments", start=90,
                  sent_index=1, actor1=MARCHERS)
    armed = draft("Looting/property destruction", "Strategic developments", start=1,
                  sent_index=0, actor1=MILITIA)
    assert not looted_in_riot(riot, later) and not looted_in_riot(riot, armed)


def test_looting_next_with_no_place_or_day_of_its_own_is_the_riots():
    """"A mob stormed the prison in Mosul on Monday. The attackers also looted its
    armoury": one riot; a looting with its own place or day, or told two sentences on,
    stays its own event."""
    crowd = Actor("Rioters (Iraq)", 5, "IQ")
    riot = draft("Mob violence", "Riots", sent_index=0, actor1=crowd)
    bare = dict(sent_index=1, start=1, actor1=MILITIA, place_from_context=True,
                date_told=False, told_also=True)
    looting = draft("Looting/property destruction", "Strategic developments", **bare)
    assert looted_in_riot(riot, looting)
    assert [c.sub_event_type for c in merge([riot, looting])] == ["Mob violence"]
    riot = draft("Mob violence", "Riots", sent_index=0, actor1=crowd)
    for own in (dict(place_from_context=False, place=OTHER), dict(date_told=True),
                dict(sent_index=2, start=2), dict(actor1=ARMY), dict(another_incident=True)):
        told = draft("Looting/property destruction", "Strategic developments",
                     **{**bare, **own})
        assert not looted_in_riot(riot, told), own


def test_force_told_right_after_the_riots_latest_telling_is_its_handling():
    """"Supporters of two parties clashed in Feni town on Friday. The two sides attacked
    each other with bricks. Police fired rubber bullets and tear gas shells": the force
    handled the riot just told again, not a protest of its own (told after the report's
    lead: the lead reaches one sentence further, test above)."""
    riot = draft("Violent demonstration", "Riots", start=1)
    dispersed = draft("Protest with intervention", "Protests", start=3, actor2=POLICE)
    assert not turned_violent(riot, dispersed)  # two sentences after its first telling
    riot.last_told = 2
    assert turned_violent(riot, dispersed)
    told_again = draft("Violent demonstration", "Riots", start=2)
    assert [c.sub_event_type for c in merge([riot, told_again, dispersed])] == [
        "Violent demonstration"]
    # a riot told once, three sentences before, is still another crowd
    assert not turned_violent(draft("Violent demonstration", "Riots", start=0),
                              draft("Protest with intervention", "Protests", start=3))


def test_crowds_at_two_sites_or_far_apart_in_the_report_stay_two_events():
    riot = draft("Violent demonstration", "Riots", place=DISTRICT, start=0)
    # a district and its city: two sites of one city ("in the Cantonment", "on The Mall")
    assert len(merge([riot, draft("Protest with intervention", "Protests", start=1)])) == 2
    # the same place, but told paragraphs apart or as another incident
    riot = draft("Violent demonstration", "Riots", start=0)
    assert not turned_violent(riot, draft("Peaceful protest", "Protests", start=5))
    assert not turned_violent(riot, draft("Peaceful protest", "Protests", start=1,
                                          another_incident=True))
    # mob violence is an attack on people, not a crowd's clash with the police
    assert not turned_violent(draft("Mob violence", "Riots"), draft("Peaceful protest",
                                                                     "Protests", start=1))


def test_police_fire_told_after_a_blocked_road_is_the_crowds_handling():
    """The coder on invented sentences: police fire on the crowd, told in the sentence after
    the crowd's, is how the crowd was handled -- one event, not a clash of its own."""
    fired = ("Late on Tuesday, hundreds of residents of Kafanchan blocked the highway at the "
             "edge of the town. Police opened fire on the crowd, killing two people.")
    assert [s for s, _, _ in coded(fired, "2022-03-08")] == [
        "Excessive force against protesters"]


def test_a_riot_told_later_than_the_march_is_its_own_event():
    """"Thousands marched in X on Wednesday. Trouble broke out later that evening, when
    youths torched vehicles": a riot the report puts after the march in a later sentence is
    a sequel, not the march turned violent; told in the same breath, or with no "later", it
    is."""
    march = draft("Peaceful protest", "Protests", sent_index=0)
    riot = draft("Violent demonstration", "Riots", start=1, sent_index=1, told_later=True)
    assert not turned_violent(riot, march)
    assert len(merge([march, riot])) == 2
    riot.told_later = False
    assert turned_violent(riot, march)
    assert len(merge([march, riot])) == 1


def test_the_crowd_named_again_next_is_the_protest_told_before():
    """"Police fired tear gas to disperse protesters in Lagos on Monday. The demonstrators,
    who were protesting against fuel prices, had blocked a road in Ikeja": the crowd named
    again, a few kilometres off, is one protest coded by its intervention; a crowd named
    again in a city far off, a sentence marked "later", or a crowd not named again, stays
    its own event."""
    protest = draft("Protest with intervention", "Protests", place=LAGOS, sent_index=1)
    retold = draft("Peaceful protest", "Protests", place=SUBURB, start=1, sent_index=2,
                   crowd_again=True, date_told=False)
    assert tells_crowd_again(protest, retold)
    assert [(c.sub_event_type, c.place.location) for c in merge([protest, retold])] == \
        [("Protest with intervention", "Lagos")]
    for other in (
            draft("Peaceful protest", "Protests", place=FAR_CITY, start=1, sent_index=2,
                  crowd_again=True),
            draft("Peaceful protest", "Protests", place=SUBURB, start=1, sent_index=2,
                  crowd_again=True, told_later=True),
            draft("Peaceful protest", "Protests", place=SUBURB, start=1, sent_index=2)):
        assert not tells_crowd_again(protest, other)
        assert len(merge([protest, other])) == 2


def test_a_crowd_told_again_turning_violent_is_coded_as_the_riot():
    protest = draft("Peaceful protest", "Protests", place=LAGOS, sent_index=1)
    riot = draft("Violent demonstration", "Riots", place=SUBURB, start=1, sent_index=2,
                 crowd_again=True)
    assert [c.sub_event_type for c in merge([protest, riot])] == ["Violent demonstration"]


@pytest.mark.slow
def test_a_crowd_is_named_again_only_with_the_and_no_word_of_a_sequel():
    from eventdesk.components.events.merging.crowds import crowd_told_again

    pipeline = eventdesk.load()
    for text, again in (
            ("The demonstrators, who were protesting against fuel prices, blocked a road.",
             True),
            ("The protesters marched to the governor's office.", True),
            ("The protesters later marched to the governor's office.", False),
            ("Hundreds of protesters marched to the governor's office.", False)):
        doc = pipeline.parse(Document(text=text, doc_id="crowd", published=MONDAY))
        found = [crowd_told_again(doc, c) for s in doc.sents
                 for c in clauses(s, doc._.triggers)]
        assert any(found) == again, text


def test_a_crowd_named_anew_in_the_next_sentence_is_another_protest():
    """"PTI workers stormed the residence … Police fired tear gas to disperse PTI supporters
    who had blocked The Mall": a crowd told by a deed and a place of its own is not the
    rioters of the sentence before (two events); "the protesters" are (one)."""
    riot = draft("Violent demonstration", "Riots", start=0)
    anew = draft("Protest with intervention", "Protests", start=1, crowd_anew=lambda: True)
    assert not turned_violent(riot, anew)
    assert len(merge([riot, anew])) == 2
    riot = draft("Violent demonstration", "Riots", start=0)
    again = draft("Protest with intervention", "Protests", start=1)
    assert len(merge([riot, again])) == 1
    # in one sentence, the crowd told with its site is still the one crowd
    riot = draft("Violent demonstration", "Riots", start=0, sent_index=1)
    same = draft("Protest with intervention", "Protests", start=1, sent_index=1,
                 crowd_anew=lambda: True)
    assert turned_violent(riot, same)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "anew", "count"), [
    ("Police fired tear gas shells and used batons to disperse PTI supporters who had "
     "blocked The Mall near the Punjab Assembly.", True, 1),
    # the crowd's gathering outside the legislature, in a relative clause, is a clause of
    # its own (triggers.toml, protest pairs), after the force's deed that names the crowd
    ("Riot police sprayed tear gas on the demonstrators who had assembled outside the "
     "legislature.", False, 2),
    ("Police fired tear gas at protesters.", False, 1),
])
def test_crowd_named_anew(sentence, anew, count):
    doc = eventdesk.load().parse(Document(text=sentence, doc_id="anew"))
    found = [c for _, found in sentence_clauses(doc) for c in found]
    assert len(found) == count
    assert crowd_named_anew(found[0]) is anew


@pytest.mark.slow
def test_a_crowd_s_gathering_told_in_a_relative_clause_is_the_one_protest():
    """"Riot police sprayed tear gas on the demonstrators who had assembled outside the
    legislature": one protest met by a force, the gathering merged into it."""
    events = eventdesk.extract("Riot police sprayed tear gas on the demonstrators who had "
                               "assembled outside the legislature in Tal Afar on Monday.",
                               published="2024-05-08", doc_id="relcl-crowd")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_a_crowd_named_anew_is_read_only_when_asked(monkeypatch):
    """The event coder's hot path: the clause is read when `turned_violent` asks."""
    from eventdesk.components.events.merging import crowds

    read = []
    monkeypatch.setattr(crowds, "crowd_named_anew", lambda clause: read.append(clause) or True)
    anew = crowds.crowd_named_anew_when_asked("the clause")
    assert read == []
    assert anew()
    assert read == ["the clause"]


def test_only_a_riot_and_a_protest_in_two_sentences_ask_whether_the_crowd_is_new():
    asked = []

    def anew():
        asked.append(True)
        return False

    riot = draft("Violent demonstration", "Riots", start=0)
    assert not turned_violent(riot, draft("Armed clash", start=1, crowd_anew=anew))
    assert not turned_violent(riot, draft("Peaceful protest", "Protests", start=1,
                                          place=OTHER, crowd_anew=anew))
    assert turned_violent(riot, draft("Peaceful protest", "Protests", start=0,
                                      crowd_anew=anew))   # one sentence: one crowd
    assert asked == []
    assert turned_violent(riot, draft("Peaceful protest", "Protests", start=1,
                                      crowd_anew=anew))
    assert asked == [True]


@pytest.mark.slow
def test_another_person_harmed_is_the_same_deed_not_another_incident():
    """"Another protester was wounded in the leg": one more victim of the deed told."""
    text = ("A student was killed on Friday when police opened fire on a protest in Kandi. "
            "Another protester was wounded in the leg.")
    events = eventdesk.extract(text, published="2024-03-20", doc_id="crowds")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # another crowd told between the lead and the riot, and the crowds named differ
    "Students marched peacefully in Dhaka on Monday. Traders held a separate sit-in near the "
    "market. Youths clashed with police and torched a bus.",
    "Students marched peacefully in Dhaka on Monday. Shopkeepers closed their shutters near "
    "the market. Youths clashed with police and torched a bus.",
])
def test_a_riot_two_sentences_after_the_lead_by_another_crowd_is_its_own(text):
    events = eventdesk.extract(text, published="2024-05-21", doc_id="crowds")
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest",
                                                         "Violent demonstration"]


def test_another_crowd_stops_the_leads_reach_two_sentences_on():
    """`crowd_apart` told by the later telling: the lead's reach shrinks to one sentence."""
    protest = draft("Peaceful protest", "Protests", start=0, sent_index=0)
    riot = draft("Violent demonstration", "Riots", start=9, sent_index=2,
                 crowd_apart=lambda since: since == 0)
    assert not turned_violent(riot, protest)
    riot.crowd_apart = lambda since: False
    assert turned_violent(riot, protest)


def test_the_crowd_told_again_with_violence_of_its_own_after_lethal_fire_is_a_riot():
    """"Police opened fire on demonstrators, killing three. The demonstrators had pelted
    officers with rocks": the crowd's own violence makes it a riot, as told in one sentence
    (typing.toml, demonstrations.py: excessive force is force against peaceful protesters);
    a force's toll told first does not make it excessive force."""
    fire = draft("Excessive force against protesters", "Protests", start=0, sent_index=1,
                 actor2=POLICE, fatalities=3)
    riot = draft("Violent demonstration", "Riots", start=5, sent_index=2, crowd_again=True)
    assert crowd_speaks(riot, fire) and not crowd_speaks(fire, riot)
    assert [c.sub_event_type for c in merge([fire, riot])] == ["Violent demonstration"]


@pytest.mark.slow
def test_lethal_fire_on_a_crowd_told_next_as_stoning_is_a_violent_demonstration():
    report = ("Police opened fire on demonstrators in Kisumu on Wednesday, killing three. "
              "The demonstrators had pelted officers with rocks and set a police post alight.")
    assert [s for s, _, _ in coded(report, "2021-06-19")] == ["Violent demonstration"]
