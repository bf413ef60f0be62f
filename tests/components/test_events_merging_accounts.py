"""A side's own account of its deed, and what the target of a deed was doing: the event
told again, not another (issue 8: records of one incident told twice)."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events.merging.accounts import (
    side_account_of,
    target_described,
    target_told_again,
    target_told_first,
)
from eventdesk.components.events.merging.clause_reading import (
    deed_of_the_target,
    noun_named_again,
    side_account,
    target_named_again,
    target_noun,
)
from eventdesk.components.events.merging.merge import merge
from eventdesk.components.triggers import sentence_clauses
from eventdesk.records import Actor, Document
from tests.components.merging_tellings import (
    FAR_CITY,
    MONDAY,
    NEAR,
    OTHER,
    PROVINCE,
    TOWN,
    coded,
    draft,
)

RUSSIA = Actor("Military Forces of Russia (2000-)", 8, "RUS")
UKRAINE = Actor("Military Forces of Ukraine (2019-)", 1, "UKR")
CIVILIANS = Actor("Civilians (Ukraine)", 7, "UKR")
SHELLING = "Shelling/artillery/missile attack"
EXPLOSIONS = "Explosions/Remote violence"
STRATEGIC = "Strategic developments"


def _shelling(**kw):
    return draft(SHELLING, EXPLOSIONS, actor1=RUSSIA, actor2=CIVILIANS, **kw)


def _account(**kw):
    kw.setdefault("start", 1)
    kw.setdefault("side_account", True)
    kw.setdefault("actor1", RUSSIA)
    kw.setdefault("actor2", UKRAINE)
    return draft("Armed clash", **kw)


def test_a_sides_own_account_joins_its_deed_whose_telling_speaks_for_it():
    """"Russian forces shelled the city on Tuesday, killing three civilians. The defence
    ministry said its forces had struck army positions in the area": one event, the
    shelling."""
    event, account = _shelling(), _account(place_from_context=True)
    assert side_account_of(event, account)
    merged = merge([event, account])
    assert [(e.sub_event_type, e.actor2) for e in merged] == [(SHELLING, CIVILIANS)]


def test_the_damage_a_side_says_its_deed_did_is_that_deed():
    """"Jets struck the port on Wednesday, killing a docker. The ministry said its forces
    had destroyed a radar site there": the strike's damage, not property destruction of
    its own; a base it says it set up is no damage of the deed."""
    damage = _account(place_from_context=True)
    damage.sub_event_type = "Looting/property destruction"
    damage.event_type = STRATEGIC
    assert side_account_of(_shelling(), damage)
    assert [e.sub_event_type for e in merge([_shelling(), damage])] == [SHELLING]
    base = _account(place_from_context=True)
    base.sub_event_type, base.event_type = "Headquarters or base established", STRATEGIC
    assert not side_account_of(_shelling(), base)


def test_an_account_the_day_the_side_spoke_is_still_its_deed():
    assert side_account_of(_shelling(), _account(date=MONDAY + dt.timedelta(days=1)))
    assert not side_account_of(_shelling(), _account(date=MONDAY + dt.timedelta(days=3)))
    assert not side_account_of(_shelling(), _account(date=MONDAY - dt.timedelta(days=1)))


def test_what_is_no_sides_account_of_the_deed_stays_an_event_of_its_own():
    event = _shelling()
    assert not side_account_of(event, _account(side_account=False))   # told as news
    assert not side_account_of(event, _account(place=OTHER))          # a place of its own
    assert not side_account_of(event, _account(actor1=UKRAINE, actor2=RUSSIA))  # the other side
    assert not side_account_of(event, _account(another_incident=True))
    # three sentences on, placed only by the report's focus; at the event's place, it is
    assert not side_account_of(event, _account(start=4, place_from_context=True))
    assert side_account_of(event, _account(start=4))
    assert len(merge([event, _account(place=OTHER)])) == 2


def test_what_the_target_was_doing_is_part_of_the_deed_done_to_it():
    """"troops had fired at 'a terrorist who hurled an explosive device'": in the sentence
    of the event's latest telling, at its place, on its day."""
    event = draft("Attack", "Violence against civilians", actor1=RUSSIA, actor2=CIVILIANS)
    event.last_told = 1
    hurled = draft("Remote explosive/landmine/IED", EXPLOSIONS, start=1, target_deed=True,
                   side_account=True)
    assert target_described(event, hurled)
    assert [e.sub_event_type for e in merge([event, hurled])] == ["Attack"]
    for other in (dict(target_deed=False), dict(side_account=False), dict(start=2),
                  dict(place=OTHER)):
        told = dict(start=1, target_deed=True, side_account=True) | other
        assert not target_described(event, draft("Grenade", EXPLOSIONS, **told)), other


@pytest.fixture(scope="module")
def pipeline():
    return eventdesk.load()


def _clauses(pipeline, text):
    doc = pipeline.parse(Document(text=text, doc_id="accounts", published=MONDAY),
                         classifier=False)
    return doc, {c.root.text: c for _, cs in sentence_clauses(doc) for c in cs}


@pytest.mark.slow
def test_a_deed_said_in_the_past_perfect_is_a_sides_account(pipeline):
    _, clauses = _clauses(pipeline, "The ministry said its forces had struck army positions "
                                    "near the city. Its forces struck army positions on Monday.")
    assert side_account(clauses["struck"]) is False   # the second: told as news
    _, said = _clauses(pipeline, "The ministry said its forces had struck army positions.")
    assert side_account(said["struck"]) is True


@pytest.mark.slow
def test_a_relative_clause_on_a_deeds_object_is_what_the_target_did(pipeline):
    doc, clauses = _clauses(pipeline, "Troops fired at a man who hurled a grenade at them.")
    assert deed_of_the_target(doc, clauses["hurled"])
    doc, clauses = _clauses(pipeline, "Troops fired at a man who had hurled a grenade at "
                                      "them.")
    assert not deed_of_the_target(doc, clauses["hurled"])   # an earlier deed


@pytest.mark.slow
def test_a_report_with_a_sides_account_codes_one_event():
    report = ("KYIV - Russian forces shelled the city of Kherson on Tuesday, killing three "
              "civilians, the regional governor said. The Russian defence ministry said its "
              "forces had struck Ukrainian army positions in the Kherson area.")
    assert [e[0] for e in coded(report, dt.date(2024, 5, 15))] == [SHELLING]


@pytest.mark.slow
def test_a_report_with_the_armys_account_of_a_shooting_codes_the_attack():
    report = ("JERUSALEM - Israeli forces shot dead a Palestinian teenager during a raid on the "
              "town of Tubas in the occupied West Bank on Monday, the health ministry said. "
              "The army said troops had fired at a gunman who hurled an explosive device at "
              "them.")
    assert [e[0] for e in coded(report, dt.date(2024, 5, 14))] == ["Attack"]


@pytest.mark.slow
def test_a_part_of_the_city_read_as_a_namesake_elsewhere_is_the_citys():
    """"the city's Kyivskyi district" of a Kharkiv report: Kharkiv's (the index knows a
    Kyivskyi only in Donetsk and Poltava), so the strike told there is the one on Kharkiv."""
    report = ("Russia struck Kharkiv with ballistic missiles overnight, killing two people, "
              "the governor said on Monday. The missiles hit a residential area in the city's "
              "Kyivskyi district, damaging apartment blocks, the mayor said.")
    assert [(e[0], e[2]) for e in coded(report, dt.date(2025, 5, 26))] == [
        (SHELLING, "Kharkiv - Kyivskyi")]



def test_a_witness_telling_the_damage_of_an_attack_tells_the_attack_again():
    """"Gunmen killed nine villagers in X on Sunday. 'They shot at everyone and burned our
    granaries,' said a survivor": the burning, quoted with no place or day of its own, is
    the attack's, not a second event."""
    attack = draft("Attack", "Violence against civilians", actor2=CIVILIANS)
    burned = draft("Looting/property destruction", "Strategic developments", start=1,
                   quoted_bare=True)
    assert [e.sub_event_type for e in merge([attack, burned])] == ["Attack"]
    told = draft("Looting/property destruction", "Strategic developments", start=1)
    assert len(merge([attack, told])) == 2   # told as news: the looting gold codes apart


@pytest.mark.slow
def test_a_part_of_the_city_the_index_holds_apart_is_written_as_the_citys():
    """"the city's Zarichnyi district": the index holds Zarichnyi as a place of its own near
    Sumy's centre; written "Sumy - Zarichnyi", the strike told there is the one on Sumy."""
    report = ("A Russian missile hit an office block in Sumy on Monday, killing one man, the "
              "governor said. The missile landed in the city's Zarichnyi district, he said.")
    assert [e[2] for e in coded(report, dt.date(2024, 9, 3))] == ["Sumy - Zarichnyi"]


def test_the_target_named_again_in_a_passive_tells_the_event_again():
    """"Jihadists ambushed a military convoy near X on Monday. The convoy … was attacked
    near the village of Y": the convoy named again with "the", in the next sentence, near
    X, is the ambush told in detail."""
    ambush = draft("Armed clash", target="convoy")
    retold = draft("Armed clash", start=1, place=NEAR, noun_again="convoy",
                   date_told=False, actor1=RUSSIA, actor2=UKRAINE)
    assert target_told_again(ambush, retold)
    assert len(merge([ambush, retold])) == 1
    for other in (dict(noun_again="bus"), dict(start=2), dict(told_also=True),
                  dict(place=FAR_CITY)):
        told = dict(start=1, place=NEAR, noun_again="convoy", date_told=False) | other
        assert not target_told_again(draft("Armed clash", target="convoy"),
                                     draft("Armed clash", **told)), other


def test_a_strikes_weapons_named_again_tell_the_strike_again():
    """"Troops shelled the Leninsky district on Tuesday. The shells hit a market near the
    Pivnichnyi estate": the shells named again with "the", in the next sentence, near the
    district, are the shelling told in detail -- not a battle's weapons, nor a "market"."""
    strike = _shelling()
    retold = _shelling(start=1, place=NEAR, noun_again="shell", date_told=False)
    assert target_told_again(strike, retold)
    assert len(merge([strike, retold])) == 1
    for other in (dict(noun_again="market"), dict(start=2), dict(done_again=True)):
        told = dict(start=1, place=NEAR, noun_again="shell", date_told=False) | other
        assert not target_told_again(_shelling(), _shelling(**told)), other
    fight = draft("Armed clash", actor1=RUSSIA, actor2=UKRAINE)
    assert not target_told_again(fight, draft("Armed clash", start=1, place=NEAR,
                                              noun_again="shell", date_told=False))


def test_the_deed_named_again_tells_the_event_again():
    """"Jets struck a depot in Hamam al-Alil district on Tuesday. The strike hit a
    warehouse near Mosul": the deed named again with "the", in the next sentence, near the
    event's place, is that event told in detail -- of the event's own type only."""
    strike = _shelling()
    retold = _shelling(start=1, place=NEAR, noun_again="strike", date_told=False)
    assert target_told_again(strike, retold)
    assert len(merge([strike, retold])) == 1
    for other in (dict(start=2), dict(another_incident=True)):
        told = dict(start=1, place=NEAR, noun_again="strike", date_told=False) | other
        assert not target_told_again(_shelling(), _shelling(**told)), other
    fight = draft("Armed clash", actor1=RUSSIA, actor2=UKRAINE)
    assert not target_told_again(fight, _shelling(start=1, place=NEAR, noun_again="strike",
                                                  date_told=False))


@pytest.mark.slow
def test_the_target_or_weapons_named_again_with_the_are_read(pipeline):
    """The target an attack on it names in its subject ("an airstrike on a school killed"),
    named again as what a deed was done on or to ("dropped bombs on the school in Y"), and
    the weapons named again as the subject ("the rockets landed"); not a target with a name
    of its own, nor one told anew ("a school")."""
    _, clauses = _clauses(pipeline, "A junta airstrike on a school in the town on Friday "
                                    "killed nine pupils.")
    assert target_noun(clauses["killed"]) == "school"
    for text, root, word in (
            ("A jet dropped two bombs on the school in Thit Pin village at noon.", "dropped",
             "school"),
            ("Gunmen later torched the church near the market.", "torched", "church"),
            ("According to the governor, the rockets landed near the Pivnichnyi estate.",
             "landed", "rocket"),
            ("The raid destroyed two houses in Kafr Nabl village.", "destroyed", "raid"),
            ("A jet dropped two bombs on a school in Thit Pin village at noon.", "dropped",
             None),
            ("Gunmen torched the Saint Mary church.", "torched", None)):
        _, clauses = _clauses(pipeline, text)
        assert noun_named_again(clauses[root]) == word, text
        # the passive alone is what the vetter reads as a target named again
        assert target_named_again(clauses[root]) is None, text


@pytest.mark.slow
def test_a_bombed_school_told_again_at_its_village_codes_one_strike():
    report = ("A junta airstrike on a school in Magway Region's Gangaw Township on Friday "
              "killed at least nine pupils, residents said. A fighter jet dropped two bombs "
              "on the school in Kyin village at around noon while classes were in session, "
              "a teacher said.")
    assert [e[0] for e in coded(report, dt.date(2024, 3, 2))] == ["Air/drone strike"]


@pytest.mark.slow
def test_a_passive_telling_of_the_convoy_and_the_claim_of_the_ambush_code_one_event():
    report = ("OUAGADOUGOU - Jihadists ambushed a military convoy on the road between Dori "
              "and Sebba in northern Burkina Faso on Monday, killing 12 soldiers, the army "
              "said. The convoy, escorting fuel trucks, was attacked near the village of "
              "Gangaol, south of Dori. JNIM claimed the ambush in a message on its channels.")
    assert [e[0] for e in coded(report, dt.date(2023, 9, 6))] == ["Armed clash"]


def test_a_lead_naming_the_target_joins_the_attack_told_in_detail_on_that_target():
    """"… a day after gunmen ambushed a convoy of buses in Nineveh. On Monday, gunmen opened
    fire on a convoy of 40 buses near Bashiqa, killing 12": the lead's bare "ambushed"
    (a fight) is the attack the report then tells; the detailed telling speaks for it."""
    lead = draft("Armed clash", place=PROVINCE, target="convoy", region_only=True)
    attack = draft("Attack", "Violence against civilians", start=1, place=TOWN,
                   target="convoy", fatalities=12)
    assert target_told_first(lead, attack)
    assert [(e.sub_event_type, e.place) for e in merge([lead, attack])] == [("Attack", TOWN)]
    for other in (dict(target="bus"), dict(place=FAR_CITY), dict(date=MONDAY - dt.timedelta(1)),
                  dict(told_also=True), dict(start=0)):
        told = dict(start=1, place=TOWN, target="convoy") | other
        assert not target_told_first(draft("Armed clash", place=PROVINCE, target="convoy"),
                                     draft("Attack", "Violence against civilians", **told)), other
    tolled = draft("Armed clash", place=PROVINCE, target="convoy", fatalities=5)
    assert not target_told_first(tolled, attack)


@pytest.mark.slow
def test_an_ambush_told_in_a_day_after_clause_and_in_detail_codes_one_attack():
    report = ("At least 8 people were killed in tribal clashes in Afghanistan's Kunar province "
              "on Tuesday, a day after gunmen ambushed a convoy of passenger buses.\nOn Monday, "
              "gunmen hiding near the road opened fire on a convoy of some 40 buses travelling "
              "under police escort near Asadabad, killing at least 12 people, officials said.")
    assert [e[0] for e in coded(report, dt.date(2023, 3, 8))] == ["Armed clash", "Attack"]
