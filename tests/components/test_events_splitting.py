"""One telling, several events: a list of days, a killing told beside an abduction
(GUIDELINES "What is an event": one type of interaction, at one place, on one day)."""

import datetime as dt

import pytest

import eventdesk
from tests.components.coder_records import coder_extract


def _events(text):
    return eventdesk.extract(text, published="2024-03-20")


@pytest.mark.slow
@pytest.mark.parametrize("text, days", [
    ("Airstrikes hit Idlib city on Monday and again on Wednesday.",
     {dt.date(2024, 3, 18), dt.date(2024, 3, 20)}),
    ("Hundreds of demonstrators protested in Sofia on Thursday and Friday.",
     {dt.date(2024, 3, 14), dt.date(2024, 3, 15)}),
])
def test_one_event_per_listed_day(text, days):
    events = _events(text)
    assert {e.event_date for e in events} == days
    assert len(events) == len(days)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Fighting raged between Monday and Wednesday in Kidal.",   # a span: its middle day
    "Fighting raged in Kidal on Monday, the army said on Wednesday.",   # a saying's day
])
def test_days_that_are_no_list_make_one_event(text):
    assert len(_events(text)) == 1


@pytest.mark.slow
def test_a_fight_over_two_days_running_is_one_clash_over_its_span():
    events = _events("Militiamen and soldiers clashed around Kidal on Monday and Tuesday.")
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Armed clash", dt.date(2024, 3, 19), 2)]


@pytest.mark.slow
@pytest.mark.parametrize("text, sub_type", [
    ("Gunmen killed 14 herders in villages around Kidal on Saturday and Sunday.", "Attack"),
    ("Soldiers burned down cattle pens and grass shelters near Kidal on Saturday and Sunday, "
     "residents said.", "Looting/property destruction"),
    ("Police arrested 30 opposition activists in Kidal on Saturday night and Sunday.",
     "Arrests"),
    ("Bandits abducted 12 passengers on the road out of Kidal on Saturday and Sunday.",
     "Abduction/forced disappearance"),
    ("Militiamen raped eight women in camps around Kidal on Saturday and Sunday.",
     "Sexual violence"),
])
def test_a_spell_of_killing_burning_or_arresting_over_two_days_is_one_event(text, sub_type):
    # one deed told over two days running: one event over its span (GUIDELINES, Dates),
    # dated its last day, not one a day; strikes and protests stay one a day (above)
    events = _events(text)
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        (sub_type, dt.date(2024, 3, 17), 2)]


@pytest.mark.slow
def test_a_deed_told_on_each_of_two_days_is_one_a_day():
    # "on Saturday and on Sunday" tells each day's attack apart: one event a day; only a
    # fight so told is one spell (`_fight_over_two_days`)
    events = _events("Gunmen stormed the cattle market in Kidal on Saturday and on Sunday, "
                     "killing four traders.")
    assert sorted((e.sub_event_type, e.event_date) for e in events) == [
        ("Attack", dt.date(2024, 3, 16)), ("Attack", dt.date(2024, 3, 17))]


@pytest.mark.slow
@pytest.mark.parametrize("text, kinds", [
    ("Gunmen abducted 20 students in Kaduna and killed a teacher in Zamfara on Friday.",
     {("Abduction/forced disappearance", "Kaduna"), ("Attack", "Zamfara")}),
    # one raid at one place: the attack alone (merging's `one_raid`)
    ("Bandits kidnapped 15 passengers and killed the driver near Kaduna on Sunday.",
     {("Attack", "Kaduna")}),
])
def test_a_killing_beside_an_abduction_is_an_attack(text, kinds):
    events = _events(text)
    assert {(e.sub_event_type, e.location) for e in events} == kinds


@pytest.mark.slow
def test_a_killing_noun_naming_its_doers_is_not_another_deed_s_toll():
    events = eventdesk.extract(
        "The mission condemns the killing of ten civilians by ADF combatants on 31 January "
        "near Beni, and is concerned by reports that four women were raped by armed men on "
        "29 January in Bunia.", published="2022-02-04")
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Sexual violence"]


@pytest.mark.slow
def test_killings_in_an_attack_stay_its_toll():
    events = _events("Gunmen stormed the village of Kajuru and killed ten people on Sunday.")
    assert [e.sub_event_type for e in events] == ["Attack"]


# ---- an "as"/"while" clause telling a deed of its own (splitting.concurrent_deeds) ----


def _coded(text, published="2024-09-24"):
    """(sub-type, place) of each event coded from the text."""
    events = coder_extract(text, published=published, doc_id="splitting")
    return sorted((e.sub_event_type, e.location) for e in events)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a strike beside a ground clash, each at its own place
    ("Syrian warplanes bombed rebel positions in Saraqib on Monday as government troops "
     "clashed with rebels near Maarat al-Numan.",
     [("Air/drone strike", "Saraqib"), ("Armed clash", "Maarrat an Numan")]),
    ("Israeli jets struck Khan Younis while troops fought Hamas militants in Rafah on Sunday.",
     [("Air/drone strike", "Khan Yunis"), ("Armed clash", "Rafah")]),
])
def test_two_deeds_joined_by_as_or_while_are_two_events(text, expected):
    assert _coded(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, sub_type", [
    # "as" telling how the deaths came about: one event
    ("Two people were killed as a bomb exploded in a market in Kirkuk on Monday.",
     "Remote explosive/landmine/IED"),
    # a crowd and the force it faced, at one place: one event (stones thrown make it a
    # violent demonstration, as typing.toml's stone-throwers rules and LABELLING.md say)
    ("Police fired tear gas in Nairobi on Monday as protesters threw stones.",
     "Violent demonstration"),
])
def test_an_as_clause_of_the_same_deed_stays_one_event(text, sub_type):
    assert [s for s, _ in _coded(text)] == [sub_type]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a "while" clause whose armed subject does a deed of another family, at the same town
    ("Iraqi jets struck Islamic State positions near Tal Afar on Monday, while militants "
     "abducted 12 villagers in the town.",
     [("Abduction/forced disappearance", "Tall Afar"), ("Air/drone strike", "Tall Afar")]),
    # a killing a side does is a deed of its own beside a clash
    ("Soldiers clashed with militants near Tal Afar on Monday while gunmen killed a teacher "
     "in the town.", [("Armed clash", "Tall Afar"), ("Attack", "Tall Afar")]),
])
def test_a_side_s_deed_told_while_another_is_an_event(text, expected):
    assert _coded(text, published="2024-03-06") == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a deed its doers did before or after, told with a verb, at a town of its own
    ("Militants attacked an army post near Tal Afar on Monday, killing three soldiers, "
     "before abducting five villagers in Kirkuk.",
     [("Abduction/forced disappearance", "Kirkuk"), ("Armed clash", "Tall Afar")]),
    # a strike before ground retaken, at a town of its own (not the fighting for the town)
    ("Troops retook the town of Tal Afar on Monday after an air strike on militant "
     "positions in Mosul.",
     [("Air/drone strike", "Mosul"), ("Government regains territory", "Tall Afar")]),
])
def test_a_deed_before_or_after_at_its_own_town_is_an_event(text, expected):
    assert _coded(text, published="2024-03-06") == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # ground taken after fighting elsewhere: the fight for it, one incident
    "Troops retook the town of Tal Afar on Monday after fierce clashes in Mosul.",
    # a verb that is no deed
    "Gunmen stormed a police station in Kirkuk on Monday before fleeing to Tal Afar.",
    # the deed told only after "after": the clause's own verb tells none
    "Iraqi jets returned to their bases in Kirkuk on Monday after bombing militant positions "
    "near Tal Afar.",
])
def test_a_fight_or_a_flight_before_or_after_stays_one_event(text):
    assert len(_coded(text, published="2024-03-06")) == 1


@pytest.mark.slow
@pytest.mark.parametrize("text, sub_type", [
    # a crowd's deed beside a force's: one event
    ("Police arrested 20 people in Tal Afar on Monday while protesters burned tyres in the "
     "city centre.", "Violent demonstration"),
    # the deaths of the side attacked: the attack's toll
    ("Two soldiers were killed near Tal Afar on Monday while militants attacked their patrol.",
     "Armed clash"),
])
def test_a_while_clause_of_the_same_deed_stays_one_event(text, sub_type):
    assert [s for s, _ in _coded(text, published="2024-03-06")] == [sub_type]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the first deed's place told by a verb joined to it by "and"
    "Troops killed dozens of militants and destroyed their vehicles near Tal Afar on Monday, "
    "while clashes continue on the outskirts of Sinjar.",
    # a death beside fighting at another town
    "Troops killed dozens of militants near Tal Afar on Monday, while clashes continue on the "
    "outskirts of Sinjar.",
])
def test_a_while_clause_at_a_town_of_its_own_is_an_event_of_its_own(text):
    """Roundups set a second place's fighting beside the first deed with "while" (issue 8:
    it was folded into the first deed and its place lost)."""
    assert _coded(text, published="2024-03-06") == [("Armed clash", "Sinjar"),
                                                      ("Armed clash", "Tall Afar")]


def test_a_pronoun_subject_is_not_a_deed_of_its_own(parsed):
    """"as they clashed": the first clause's actors again, not a second side's deed."""
    from eventdesk.components.events.splitting import _concurrent_clause

    doc = parsed(["Jets", "bombed", "Saraqib", "as", "they", "clashed"], [1, 1, 1, 5, 5, 1],
                 ["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl"],
                 pos=["NOUN", "VERB", "PROPN", "SCONJ", "PRON", "VERB"],
                 lemmas=["jet", "bomb", "Saraqib", "as", "they", "clash"])
    assert not _concurrent_clause(doc[5])
    doc = parsed(["Jets", "bombed", "Saraqib", "as", "troops", "clashed"], [1, 1, 1, 5, 5, 1],
                 ["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl"],
                 pos=["NOUN", "VERB", "PROPN", "SCONJ", "NOUN", "VERB"],
                 lemmas=["jet", "bomb", "Saraqib", "as", "troop", "clash"])
    assert _concurrent_clause(doc[5])
    doc = parsed(["Jets", "bombed", "Saraqib", "when", "troops", "clashed"], [1, 1, 1, 5, 5, 1],
                 ["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl"],
                 pos=["NOUN", "VERB", "PROPN", "SCONJ", "NOUN", "VERB"],
                 lemmas=["jet", "bomb", "Saraqib", "when", "troop", "clash"])
    assert not _concurrent_clause(doc[5])


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a clash beside ground taken: "control of Afgoye" says where the taking was
    ("Clashes erupted in Kismayo on Tuesday while the army took control of Afgoye.",
     [("Armed clash", "Kismayo"), ("Government regains territory", "Afgooye")]),
    # new victims ("two others", "another") at a place of their own: a death of its own
    ("A roadside bomb killed three soldiers in Lashkar Gah on Monday, while two others died "
     "in an airstrike in Kunduz.",
     [("Air/drone strike", "Kunduz"), ("Remote explosive/landmine/IED", "Lashkar Gah")]),
])
def test_a_concurrent_deed_at_its_own_place_is_an_event(text, expected):
    assert _coded(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # deed nouns listed as one object, each with its own town
    ("Residents reported an air strike on Saraqib and heavy shelling of Ariha on Monday.",
     [("Air/drone strike", "Saraqib"), ("Shelling/artillery/missile attack", "Ariha")]),
    ("On Monday there were clashes in Kismayo and an air strike on Afgoye.",
     [("Air/drone strike", "Afgooye"), ("Armed clash", "Kismayo")]),
    # a deed told after the first with "then", at another town
    ("Insurgents ambushed a convoy near Baidoa on Monday, then attacked a military base in "
     "Kismayo the next day.",
     [("Armed clash", "Baidoa"), ("Armed clash", "Kismayo")]),
])
def test_listed_and_sequential_deeds_at_their_own_places_are_events(text, expected):
    assert _coded(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # two deed nouns with one place: one telling of the raid
    "Air strikes and shelling killed five people in Saraqib on Monday.",
    # "then" with no place of its own: the same raid going on
    "Gunmen stormed the village of Kajuru on Monday, then killed ten people.",
])
def test_deeds_sharing_one_place_stay_one_event(text):
    assert len(_coded(text)) == 1


def test_new_victims_are_not_the_first_clause_people(parsed):
    """"while another was shot dead": a person told for the first time; "while he was shot"
    may be the first clause's man again."""
    from eventdesk.components.events.splitting import _concurrent_clause, _own_victims

    words = ["Gunmen", "killed", "two", "in", "Peshawar", "while", "another", "was", "shot"]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "mark", "nsubjpass", "auxpass", "advcl"]
    heads = [1, 1, 1, 1, 3, 8, 8, 8, 1]
    pos = ["NOUN", "VERB", "NUM", "ADP", "PROPN", "SCONJ", "PRON", "AUX", "VERB"]
    doc = parsed(words, heads, deps, pos=pos)
    assert _concurrent_clause(doc[8]) and _own_victims(doc[8])
    doc = parsed([*words[:6], "he", *words[7:]], heads, deps, pos=pos)
    assert not _concurrent_clause(doc[8]) and not _own_victims(doc[8])


def test_a_loose_verb_after_then_is_a_next_deed(parsed):
    from spacy.tokens import Doc

    from eventdesk.components.events.splitting import _next_deed

    def build(adverb):
        doc = parsed(["Rebels", "attacked", "Baidoa", ",", adverb, "stormed", "Kismayo"],
                     [1, 1, 1, 1, 5, 1, 5], ["nsubj", "ROOT", "dobj", "punct", "advmod", "dep",
                                             "dobj"],
                     pos=["NOUN", "VERB", "PROPN", "PUNCT", "ADV", "VERB", "PROPN"])
        return Doc(doc.vocab, words=[t.text for t in doc], heads=[t.head.i for t in doc],
                   deps=[t.dep_ for t in doc], pos=[t.pos_ for t in doc],
                   tags=["NNS", "VBD", "NNP", ",", "RB", "VBD", "NNP"])
    assert _next_deed(build("then")[5])
    assert not _next_deed(build("reportedly")[5])


def test_only_armed_families_apart_make_two_events():
    from eventdesk.components.events.splitting import _families_apart
    from eventdesk.components.triggers import TriggerMatch

    air = [TriggerMatch(1, 2, "air", "bombed")]
    clash = [TriggerMatch(5, 6, "clash", "clashed")]
    protest = [TriggerMatch(5, 6, "protest", "protested")]
    shelling = [TriggerMatch(5, 6, "shelling", "shelled")]
    assert _families_apart(clash, air)
    assert not _families_apart(protest, air)       # not two armed deeds
    assert not _families_apart(shelling, air)      # one family: one strike told twice


def test_a_word_read_two_ways_counts_by_its_armed_reading():
    # "seized" read as a capture and as an abduction, beside "air strikes pounded": a
    # taking beside a strike, two armed deeds (issue 8: the strike was folded into it)
    from eventdesk.components.events.splitting import _families_apart
    from eventdesk.components.triggers import TriggerMatch

    seized = [TriggerMatch(3, 4, "capture", "seized"), TriggerMatch(3, 4, "abduction", "seized")]
    air = [TriggerMatch(9, 11, "air", "air strikes")]
    assert _families_apart(air, seized)
    abducted = [TriggerMatch(3, 4, "abduction", "abducted")]
    assert not _families_apart(air, abducted)     # an abduction is no armed deed




# ---- a second object at a place of its own (placing.phrases._own_object_and_place) ----

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Insurgents killed four soldiers in Kirkuk and two policemen in Tikrit on Monday.",
    "Militants attacked a police station in Kirkuk and an army post in Tikrit on Monday.",
    # a second verb with no trigger and no subject of its own: the same gunmen's deed
    "Gunmen killed five soldiers in Kirkuk and wounded three policemen in Tikrit on Monday.",
    # the shape of a real wire sentence (event_location corpus), places changed
    "In separate attacks Saturday, gunmen fatally shot a policeman, businessman and rubber "
    "plantation worker in Kirkuk, and another policeman in Tikrit, police said.",
    # a number standing for the object it repeats
    "Air strikes killed two people in Kirkuk and three in Tikrit on Monday.",
    "One soldier was killed in Kirkuk and two in Tikrit on Monday.",
])
def test_each_object_at_its_own_place_is_an_event(text):
    assert [place for _, place in _coded(text)] == ["Kirkuk", "Tikrit"]


@pytest.mark.slow
def test_each_object_of_a_list_at_its_own_place_is_an_event():
    text = ("Insurgents killed four soldiers in Kirkuk, two policemen in Tikrit and a civilian "
            "in Baiji on Monday.")
    assert [place for _, place in _coded(text)] == ["Bayji", "Kirkuk", "Tikrit"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Security forces shot dead six people in Kirkuk, six in Tikrit and four in Baiji on "
    "Monday.",
    "Security forces shot dead six people in Kirkuk, six in Tikrit, five in Samarra and four "
    "more in Baiji on Monday.",
])
def test_each_number_of_a_tally_at_its_own_place_is_an_event(text):
    """A bare number standing for the counted object, however the parse hangs it
    (placing.phrases._in_a_tally)."""
    places = [place for _, place in _coded(text)]
    assert {"Kirkuk", "Tikrit", "Bayji"} <= set(places) and len(places) == len(set(places))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the second object has no place of its own
    "Gunmen killed a soldier in Kirkuk and his brother in the same attack on Monday.",
    # a second verb with no object: where they went, not a deed
    "Gunmen killed five soldiers in Kirkuk and fled towards Tikrit on Monday.",
    # "of": whose office, not where
    "Police arrested the governor of Kirkuk and the mayor of Tikrit on Monday.",
])
def test_a_second_object_with_no_place_of_its_own_is_one_event(text):
    assert len(_coded(text)) == 1


@pytest.mark.slow
def test_a_name_that_is_no_scene_makes_no_second_place():
    """"the supporters of Sadr": a man's followers, not where the soldiers were."""
    text = ("A car bomb detonated late Sunday in Kirkuk as US soldiers cordoned off the "
            "rallying supporters of Sadr, wounding two US soldiers.")
    assert [s for s, _ in _coded(text)] == ["Remote explosive/landmine/IED"]


@pytest.mark.slow
def test_the_first_town_of_a_list_beside_the_event_place_is_a_place_too():
    text = ("Protests took place in Khartoum, with demonstrations also reported in Omdurman "
            "and Atbara.")
    assert [place for _, place in _coded(text)] == ["Atbara", "Khartoum", "Omdurman"]


@pytest.mark.slow
def test_a_list_after_between_is_one_place():
    assert len(_coded("A landmine exploded between Ansongo and Gao on Monday.")) == 1


# ---- a deed noun told before or after the clause's deed (splitting._deeds_in_sequence) ----


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Troops shelled Idlib after an ambush on an army convoy near Saraqib.",
     [("Armed clash", "Saraqib"), ("Shelling/artillery/missile attack", "Idlib")]),
    ("Police arrested 20 people in Lahore following a bombing at a market in Quetta.",
     [("Arrests", "Lahore"), ("Remote explosive/landmine/IED", "Quetta")]),
])
def test_a_deed_noun_after_the_deed_at_its_own_town_is_an_event(text, expected):
    assert _coded(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, sub_type", [
    # the deed noun names no town of its own: the same incident's cause
    ("Police fired tear gas at protesters in Nairobi after the killing of a student.",
     "Excessive force against protesters"),
    # a time noun after "before": no deed
    ("Security forces raided homes in Jenin before dawn on Tuesday.", "Armed clash"),
    # a place changing hands after "after": the backdrop, not news of the day
    ("Militants attacked a police checkpoint in Kirkuk after the capture of Mosul.",
     "Armed clash"),
    # a place taken after fighting: the fighting is the battle for it
    ("Rebels captured the town of Ariha on Monday after heavy clashes near Saraqib.",
     "Non-state actor overtakes territory"),
])
def test_a_sequence_phrase_with_no_town_of_its_own_stays_one_event(text, sub_type):
    assert [s for s, _ in _coded(text)] == [sub_type]


def test_the_phrases_that_tell_a_deed_before_or_after(parsed):
    from eventdesk.components.events.splitting import _sequence_phrase

    def noun(words, heads, deps, i):
        return parsed(words, heads, deps)[i]
    after = noun(["Troops", "shelled", "Idlib", "after", "an", "ambush"], [1, 1, 1, 1, 5, 3],
                 ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], 5)
    assert _sequence_phrase(after).text == "after"
    answer = noun(["Jets", "struck", "Kunduz", "in", "retaliation", "for", "an", "attack"],
                  [1, 1, 1, 1, 3, 4, 7, 5],
                  ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "det", "pobj"], 7)
    assert _sequence_phrase(answer).i == 3
    near = noun(["Troops", "shelled", "Idlib", "near", "an", "ambush"], [1, 1, 1, 1, 5, 3],
                ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], 5)
    assert _sequence_phrase(near) is None


# ---- the same deed told again for another town (struck_elsewhere.struck_too) ----


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # "also" on a passive verb whose subject is the towns struck
    ("Russian missiles struck Kharkiv on Tuesday. Odesa and Dnipro were also hit.",
     [("Shelling/artillery/missile attack", "Dnipro"),
      ("Shelling/artillery/missile attack", "Kharkiv"),
      ("Shelling/artillery/missile attack", "Odesa")]),
    ("Russian missiles struck Kharkiv on Tuesday, while Odesa was also targeted.",
     [("Shelling/artillery/missile attack", "Kharkiv"),
      ("Shelling/artillery/missile attack", "Odesa")]),
    ("Israeli aircraft struck Rafah overnight, and Khan Younis was hit too.",
     [("Air/drone strike", "Khan Yunis"), ("Air/drone strike", "Rafah")]),
    # the doers told before ("they"), the town as the object
    ("Jets bombed Saraqib on Monday. They also hit Ariha.",
     [("Air/drone strike", "Ariha"), ("Air/drone strike", "Saraqib")]),
    # a verb of harm joined to the deed's verb, at a town of its own
    ("The strikes killed eight people in Urgun and destroyed a house in Khost.",
     [("Air/drone strike", "Khost"), ("Air/drone strike", "Urgun")]),
])
def test_a_deed_told_again_for_another_town_is_an_event_there(text, expected):
    assert _coded(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # no town of its own: the same event
    ("Russian missiles struck Kharkiv on Tuesday. A school was also hit.",
     [("Shelling/artillery/missile attack", "Kharkiv")]),
    # a new subject tells a deed of its own, coded once by its own clause
    ("Jets bombed Saraqib on Monday. Rebels also attacked army posts in Ariha.",
     [("Air/drone strike", "Saraqib"), ("Armed clash", "Ariha")]),
    # the same town again
    ("Jets bombed Saraqib on Monday, and the town was also hit on Tuesday.",
     [("Air/drone strike", "Saraqib")]),
])
def test_a_deed_told_again_with_no_other_town_adds_no_event(text, expected):
    assert _coded(text) == expected


@pytest.mark.slow
def test_a_deed_told_again_after_a_protest_adds_no_event():
    """Only strikes, fighting and attacks strike a town; a protest is not "hit"."""
    text = "Thousands protested in Nairobi on Monday. Mombasa was also hit by power cuts."
    assert _coded(text) == [("Peaceful protest", "Nairobi")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # the town struck too on a day of its own: that day, not the first deed's
    ("Russian missiles struck Kharkiv on Tuesday. Odesa was also hit on Wednesday.",
     [("Kharkiv", dt.date(2024, 9, 24)), ("Odesa", dt.date(2024, 9, 25))]),
    ("Russian missiles struck Kharkiv on Tuesday, while Odesa was also targeted on Wednesday.",
     [("Kharkiv", dt.date(2024, 9, 24)), ("Odesa", dt.date(2024, 9, 25))]),
    ("Jets bombed Saraqib on Monday. They also hit Ariha the next day.",
     [("Ariha", dt.date(2024, 9, 24)), ("Saraqib", dt.date(2024, 9, 23))]),
    # no day of its own: the first deed's
    ("Russian missiles struck Kharkiv on Tuesday. Odesa was also hit.",
     [("Kharkiv", dt.date(2024, 9, 24)), ("Odesa", dt.date(2024, 9, 24))]),
])
def test_a_town_struck_too_is_dated_by_its_own_day(text, expected):
    events = eventdesk.extract(text, published="2024-09-26", doc_id="splitting")
    assert sorted((e.location, e.event_date) for e in events) == expected


def test_the_words_that_tell_a_town_struck_too(parsed):
    from eventdesk.components.events.struck_elsewhere import (
        _joined_to_coded,
        _struck_scope,
        _told_too,
    )
    # "Ariha was also hit": the passive subject
    doc = parsed(["Ariha", "was", "also", "hit"], [3, 3, 3, 3],
                 ["nsubjpass", "auxpass", "advmod", "ROOT"], pos=["PROPN", "AUX", "ADV", "VERB"])
    assert _told_too(doc[3]) and _struck_scope(doc[3]).text == "Ariha"
    # "hit as well"
    doc = parsed(["Ariha", "was", "hit", "as", "well"], [2, 2, 2, 4, 2],
                 ["nsubjpass", "auxpass", "ROOT", "advmod", "advmod"])
    assert _told_too(doc[2])
    # "Rebels also attacked Ariha": a new subject, no scope
    doc = parsed(["Rebels", "also", "attacked", "Ariha"], [2, 2, 2, 2],
                 ["nsubj", "advmod", "ROOT", "dobj"])
    assert _told_too(doc[2]) and _struck_scope(doc[2]) is None
    # "They also hit Ariha": the doers again, the object
    doc = parsed(["They", "also", "hit", "Ariha"], [2, 2, 2, 2],
                 ["nsubj", "advmod", "ROOT", "dobj"])
    assert _struck_scope(doc[2]).text == "Ariha"
    # "killed eight and destroyed a house": joined to a coded verb, no subject of its own
    doc = parsed(["Strikes", "killed", "eight", "and", "destroyed", "a", "house"],
                 [1, 1, 1, 1, 1, 6, 4], ["nsubj", "ROOT", "dobj", "cc", "conj", "det", "dobj"])
    assert _joined_to_coded(doc[4], {0, 1, 2})
    assert not _joined_to_coded(doc[4], {0, 2})   # the first verb was not coded
    doc = parsed(["Strikes", "killed", "eight", "and", "troops", "destroyed", "a", "house"],
                 [1, 1, 1, 1, 5, 1, 7, 5],
                 ["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "det", "dobj"])
    assert not _joined_to_coded(doc[5], {0, 1, 2})   # a subject of its own
