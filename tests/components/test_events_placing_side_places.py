"""Placing: names a clause gives beside its event's place -- where the source is, a person's
name, the holder of the town named next, a landmark outside the region named, another deed's
place after "while another", a town naming where a person is from ("a Kaduna businessman")."""

import pytest

import eventdesk
from eventdesk.components.events.placing.side_places import _names_a_site_placed_elsewhere

pytestmark = pytest.mark.slow


def _events(text):
    return eventdesk.extract(text, published="2016-03-30")


def test_where_the_source_is_gives_way_to_the_place_of_the_deed():
    [event] = _events("According to a security source in Kabul, Taliban fighters attacked a "
                      "police checkpoint in Ghazni on Sunday, killing four officers.")
    assert event.location == "Ghazni"


def test_where_the_source_is_stays_the_place_when_it_is_the_only_one():
    [event] = _events("According to a security source in Ghazni, Taliban fighters attacked a "
                      "police checkpoint on Sunday, killing four officers.")
    assert event.location == "Ghazni"


def test_a_persons_name_the_index_knows_gives_way_to_the_place_named():
    events = _events("Castro was shot dead by two gunmen on the outskirts of Recife on Friday, "
                     "police said.")
    assert events and {e.location for e in events} == {"Recife"}


def test_the_holder_of_the_town_named_next_is_not_the_place():
    events = _events("Hundreds of farmers demonstrated in the California capital Sacramento on "
                     "Monday against water cuts.")
    assert events and {e.location for e in events} == {"Sacramento"}


def test_the_capital_measured_from_gives_way_to_the_town_near_the_event():
    events = _events("Gunmen killed four travellers on a road south of the capital Algiers, "
                     "near Medea, on Sunday.")
    assert events and {e.location for e in events} == {"Medea"}


def test_a_landmark_outside_the_region_named_only_says_where_the_region_lies():
    [event] = _events("Gunmen killed 12 villagers in the Chlef province to the west of Algiers "
                      "on Sunday.")
    assert (event.admin1, event.geo_precision) == ("Chlef", 3)


def test_a_landmark_inside_the_region_named_is_still_the_place_near_it():
    [event] = _events("Taliban fighters killed 12 villagers in Helmand province, north of "
                      "Lashkar Gah, on Sunday.")
    assert (event.admin1, event.geo_precision) == ("Helmand", 2)
    assert event.location.startswith("Lashkar")


def test_while_another_tells_another_deed_at_another_place():
    events = _events("Two soldiers were killed on Saturday in clashes with insurgents in the "
                     "western Anbar province, while another soldier died near the northern "
                     "city of Mosul in an accident.")
    clash = [e for e in events if "clashes" in e.evidence]
    assert clash and clash[0].admin1 == "Anbar" and clash[0].location != "Mosul"


def test_a_direction_with_no_distance_names_the_place_near_which_it_was():
    events = _events("Another bomb was detonated early on Saturday when a US military convoy "
                     "travelled north of the volatile city of Fallujah, 50 km west of Baghdad, "
                     "killing two soldiers.")
    assert events and {e.location for e in events} == {"Al Fallujah"}


@pytest.mark.parametrize("text, town", [
    ("The paramilitary Rapid Support Forces took over Wad Madani, the capital of Al Jazirah "
     "state, on Tuesday, the army said.", "Wad Medani"),
    ("Mbuji Mayi, the main city in the diamond-producing Eastern Kasai province, was captured "
     "by the rebels on Monday.", "Mbuji-Mayi"),
])
def test_a_town_ner_calls_a_person_but_the_text_calls_a_town_is_the_place(text, town):
    events = _events(text)
    assert events and {e.location for e in events} == {town}


@pytest.mark.parametrize("text, town", [
    ("According to a military source in Aleppo, the army foiled the offensive, killing a dozen "
     "militants that tried to infiltrate their points near Al-Safirah.", "As Safirah"),
    ("According to a military source in Homs, the army killed a dozen militants who tried to "
     "storm the town of Palmyra.", "Tadmur"),
])
def test_a_clause_naming_only_where_the_source_is_takes_the_town_its_sentence_names(text, town):
    events = _events(text)
    assert events and {e.location for e in events} == {town}


def test_where_the_source_is_is_read_off_the_attribution_stages_claims():
    """One reading of "according to X": placing asks the claims the attribution stage found
    (doc._.claims) whether a place is in the source's words, and finds no source place
    where there is no claim."""
    from eventdesk.components.events.placing.side_places import where_the_source_is
    from eventdesk.records import Document

    doc = eventdesk.load().parse(Document(
        text="According to a military source in Aleppo, jets struck rebels at Binnish.",
        doc_id="t", published=None))
    by_name = {doc[m.start:m.end].text: m for m in doc._.places}
    assert {"Aleppo", "Binnish"} <= set(by_name)
    assert [c.cue for c in doc._.claims] == ["according to"]
    assert where_the_source_is(doc, by_name["Aleppo"])
    assert not where_the_source_is(doc, by_name["Binnish"])
    doc._.claims = []
    assert not where_the_source_is(doc, by_name["Aleppo"])


def test_a_site_named_after_a_town_and_put_in_another_is_at_the_other(tiny_gazetteer_pool):
    doc, pool = tiny_gazetteer_pool("Doctors gathered outside the Homs Hospital in Aleppo .")
    homs, aleppo = pool
    assert _names_a_site_placed_elsewhere(doc, homs, pool)
    assert not _names_a_site_placed_elsewhere(doc, aleppo, pool)
    # "the Homs Military Hospital, in the capital Aleppo"
    doc, pool = tiny_gazetteer_pool("Shells hit the Homs Military Hospital , in Aleppo .")
    assert _names_a_site_placed_elsewhere(doc, pool[0], pool)


def test_a_site_named_after_its_own_town_stays_there(tiny_gazetteer_pool):
    doc, pool = tiny_gazetteer_pool("Shells hit the Homs Hospital on Monday , not Aleppo .")
    assert not _names_a_site_placed_elsewhere(doc, pool[0], pool)
    doc, pool = tiny_gazetteer_pool("Shells hit Homs in Aleppo province .")
    assert not _names_a_site_placed_elsewhere(doc, pool[0], pool)


@pytest.fixture
def tiny_gazetteer_pool(tiny_gazetteer):
    """The place mentions the tiny hand-made index finds in a text (split on spaces)."""
    import spacy

    nlp = spacy.blank("en")

    def pool(text):
        doc = nlp(text)
        return doc, tiny_gazetteer.find_mentions(doc)
    return pool


class _Named:
    def __init__(self, start):
        self.start, self.end = start, start + 1


def test_places_hung_on_the_verb_through_a_setting_a_subject_or_another_clause_give_way(
        parsed):
    from eventdesk.components.events.placing.side_places import set_aside_from_the_verb

    # 0 During 1 the 2 ceremony 3 at 4 Pervomaisk 5 nationalists 6 demonstrated 7 in 8 Kiev
    doc = parsed(["During", "the", "ceremony", "at", "Pervomaisk", "nationalists",
                  "demonstrated", "in", "Kiev"], [6, 2, 0, 2, 3, 6, 6, 6, 7],
                 ["prep", "det", "pobj", "prep", "pobj", "nsubj", "ROOT", "prep", "pobj"])
    pervomaisk, kiev = _Named(4), _Named(8)
    assert set_aside_from_the_verb(doc, [pervomaisk, kiev], doc[6]) == {id(pervomaisk)}
    # the setting is the only place: nothing set aside
    assert set_aside_from_the_verb(doc, [pervomaisk], doc[6]) == set()
    # 0 Ranimat 1 of 2 Hebron 3 bombed 4 a 5 cafe 6 in 7 Haifa: the bomber's home
    doc = parsed(["Ranimat", "of", "Hebron", "bombed", "a", "cafe", "in", "Haifa"],
                 [3, 0, 1, 3, 5, 3, 5, 6],
                 ["nsubj", "prep", "pobj", "ROOT", "det", "dobj", "prep", "pobj"])
    hebron, haifa = _Named(2), _Named(7)
    assert set_aside_from_the_verb(doc, [hebron, haifa], doc[3]) == {id(hebron)}
    # 0 As 1 Blair 2 spoke 3 in 4 Leeds 5 people 6 marched 7 in 8 London
    doc = parsed(["As", "Blair", "spoke", "in", "Leeds", "people", "marched", "in", "London"],
                 [2, 2, 6, 2, 3, 6, 6, 6, 7],
                 ["mark", "nsubj", "advcl", "prep", "pobj", "nsubj", "ROOT", "prep", "pobj"])
    leeds, london = _Named(4), _Named(8)
    assert set_aside_from_the_verb(doc, [leeds, london], doc[6]) == {id(leeds)}
    # "killed three in Leeds when a bomb exploded": the event's own clause is the advcl
    assert set_aside_from_the_verb(doc, [leeds, london], doc[2]) == set()


def test_a_deed_set_against_the_event_with_despite_is_not_its_place():
    # "despite the X bombings": another deed, at another place
    events = _events("Despite the Istanbul bombings, thousands of anti-war protesters marched "
                     "through central London on Thursday.")
    assert events and {e.country for e in events} == {"United Kingdom"}


def test_despite_a_curfew_keeps_the_curfews_place():
    # no deed of its own: the curfew's town is the scene's
    events = _events("Despite the curfew in Kabul, protesters rallied on Sunday against the "
                     "government.")
    assert events and {e.location for e in events} == {"Kabul"}


def test_a_place_in_a_clause_describing_the_scene_only_says_where_it_lies():
    # "which neighbours Mosul's Nineveh province": where the province is, not the scene
    [event] = _events("The militant leader was captured in a raid in Salahuddin province, which "
                      "neighbors Mosul's Nineveh province to the south, officials said.")
    assert event.admin1 == "Salah ad Din" and event.location != "Mosul"


def test_a_clause_telling_a_deed_at_its_place_is_no_description():
    # "where militants killed": a deed told at the place the clause names
    events = _events("Troops entered Kirkuk province, where militants killed five people in "
                     "Hawija on Sunday.")
    assert any(e.location == "Al Hawijah" for e in events)


def test_where_a_speaker_spoke_is_the_place_of_a_verb_of_saying(parsed):
    from types import SimpleNamespace

    from eventdesk.components.events.placing.side_places import where_a_speaker_spoke

    # "the mission said in Juba"
    said = parsed(["the", "mission", "said", "in", "Juba"], [1, 2, 2, 2, 3],
                  ["det", "nsubj", "ROOT", "prep", "pobj"],
                  pos=["DET", "NOUN", "VERB", "ADP", "PROPN"],
                  lemmas=["the", "mission", "say", "in", "juba"])
    # "officials told reporters in Kinshasa"
    told = parsed(["officials", "told", "reporters", "in", "Kinshasa"], [1, 1, 1, 2, 3],
                  ["nsubj", "ROOT", "dobj", "prep", "pobj"],
                  pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN"],
                  lemmas=["official", "tell", "reporter", "in", "kinshasa"])
    # "gunmen attacked a post in Juba": a deed's place
    attacked = parsed(["gunmen", "attacked", "a", "post", "in", "Juba"], [1, 1, 3, 1, 3, 4],
                      ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                      pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                      lemmas=["gunman", "attack", "a", "post", "in", "juba"])
    assert where_a_speaker_spoke(said, SimpleNamespace(start=4, end=5))
    assert where_a_speaker_spoke(told, SimpleNamespace(start=4, end=5))
    assert not where_a_speaker_spoke(attacked, SimpleNamespace(start=5, end=6))


@pytest.mark.parametrize("text, town", [
    ("Gunmen abducted a Kaduna businessman in Abuja on Sunday.", "Abuja"),
    # control: the only place named is the scene
    ("Gunmen abducted a Kaduna businessman on Sunday.", "Kaduna"),
])
def test_a_town_naming_where_a_person_is_from_gives_way_to_the_place_named(text, town):
    events = _events(text)
    assert events and {e.location for e in events} == {town}


def test_a_crowds_home_town_goes_before_the_end_of_the_road_it_blocked():
    # "residents of X blocked the A-B highway": nearer home than the road's end
    [event] = _events("Hundreds of residents of Tal Afar blocked the Mosul-Sinjar highway on "
                      "Monday to protest against power cuts.")
    assert event.location == "Tall Afar"


def test_a_town_ner_read_as_a_person_with_the_time_after_it_is_still_the_place():
    # NER's person "Zaporizhzhia overnight": the time word is no part of a longer name
    events = _events("A missile strike on Zaporizhzhia overnight hit a factory, killing one "
                     "person, the regional governor said.")
    assert events and {e.location for e in events} == {"Zaporizhzhya"}


def test_a_deed_during_which_the_event_happened_keeps_its_place(parsed):
    from eventdesk.components.events.placing.side_places import set_aside_from_the_verb

    # 0 Soldiers 1 burned 2 homes 3 during 4 a 5 raid 6 in 7 Ndopa 8 in 9 Aleppo: the raid
    # is the deed itself ("raid" a trigger), its town the scene, not a time's setting
    doc = parsed(["Soldiers", "burned", "homes", "during", "a", "raid", "in", "Ndopa", "in",
                  "Aleppo"], [1, 1, 1, 1, 5, 3, 5, 6, 1, 8],
                 ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "pobj", "prep",
                  "pobj"])
    ndopa, aleppo = _Named(7), _Named(9)
    doc._.triggers = [_Named(5)]
    assert set_aside_from_the_verb(doc, [ndopa, aleppo], doc[1]) == set()
    doc._.triggers = []  # "during the ceremony": a setting
    assert set_aside_from_the_verb(doc, [ndopa, aleppo], doc[1]) == {id(ndopa)}
