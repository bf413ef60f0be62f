"""Several places in one clause, one event each (placing/list_places.py): the first of a list
of parallel phrases is a place of the list even when the clause's reading placed the event at
a later one; a division named after a place's kind word ("B district of C") only says what
holds it (placing/holding.py); a list a place word governs ("the outskirts of A and B")
names places whatever NER reads a one-word name of it as, and "the outskirts of A and the
town of B" is one list (placing/listed_unknowns.py). Over the tiny
hand-made index (tests/geo/geonames_files.py) with made-up towns."""

import pytest

import eventdesk

TOWNS = [
    (9100001, "Qarbun", "Qarbun", "", 34.9, 36.9, "P", "PPL", "SY", "11", 20000),
    (9100002, "Dalmaz", "Dalmaz", "", 34.6, 37.2, "P", "PPL", "SY", "11", 15000),
    # each town is also its district, as the index reads many
    (9100003, "Qarbun", "Qarbun", "", 34.9, 36.9, "A", "ADM2", "SY", "11", 30000),
    (9100004, "Dalmaz", "Dalmaz", "", 34.6, 37.2, "A", "ADM2", "SY", "11", 25000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=TOWNS)


def _coded(text):
    return sorted((e.location, e.admin1) for e in
                  eventdesk.extract(text, published="2024-03-12"))


@pytest.mark.slow
def test_the_first_of_parallel_phrases_is_an_event_of_its_own(index):
    # the "B district of Homs" phrase places the deed at B: A, first, is a place too
    coded = _coded("Six fighters died in Qarbun district, and two more in Dalmaz "
                   "district of Homs on Friday, the army said.")
    locations = {location for location, _ in coded}
    assert {"Qarbun", "Dalmaz"} <= locations


@pytest.mark.slow
def test_a_city_named_first_and_a_district_after_it_are_two_events(index):
    # the reading prefers the district named after "on ... and on": the city is struck too
    coded = _coded("Warplanes carried out strikes on the market town of Qarbun and on Dalmaz "
                   "district beyond it on Tuesday.")
    assert {location for location, _ in coded} == {"Qarbun", "Dalmaz"}


@pytest.mark.slow
def test_a_route_between_two_towns_is_one_event(index):
    # a guard (passed before the list rules too): a route's ends are no list
    coded = _coded("A roadside bomb struck a bus on the road between Qarbun and Dalmaz on "
                   "Tuesday, killing three people.")
    assert len(coded) == 1


@pytest.mark.slow
def test_the_division_after_a_kind_word_holds_the_place_and_is_no_event(index):
    coded = _coded("Six fighters died in Qarbun district, and two more in Dalmaz "
                   "district of Homs on Friday, the army said.")
    assert coded
    assert "Homs" not in {location for location, _ in coded}


@pytest.mark.slow
def test_one_place_and_its_division_is_one_event(index):
    # a guard (passed before the list rules too): "B district of C" alone is one event
    coded = _coded("Three gunmen died in Dalmaz district of Homs on Friday, the army said.")
    assert [location for location, _ in coded] == ["Dalmaz"]


def test_a_list_a_place_word_governs_names_places(parsed):
    from eventdesk.components.events.placing.listed_unknowns import _of_a_place_word

    # "the outskirts of Qarbun and Hamadeh": Hamadeh is listed by "outskirts"
    doc = parsed(["shelled", "the", "outskirts", "of", "Qarbun", "and", "Hamadeh"],
                 [0, 2, 0, 2, 3, 4, 4], ["ROOT", "det", "dobj", "prep", "pobj", "cc", "conj"],
                 pos=["VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"])
    assert _of_a_place_word(doc[6])


def test_a_list_of_people_is_not_governed_by_a_place_word(parsed):
    from eventdesk.components.events.placing.listed_unknowns import _of_a_place_word

    # "the sons of Qarbun and Hamadeh": no place word governs the list
    doc = parsed(["met", "the", "sons", "of", "Qarbun", "and", "Hamadeh"],
                 [0, 2, 0, 2, 3, 4, 4], ["ROOT", "det", "dobj", "prep", "pobj", "cc", "conj"],
                 pos=["VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"])
    assert not _of_a_place_word(doc[6])


def test_holding_reads_the_of_after_a_kind_word(parsed):
    from eventdesk.components.events.placing.holding import _kind_of

    doc = parsed(["Dalmaz", "district", "of", "Homs", "and", "people", "of", "Homs"],
                 [1, 1, 1, 2, 1, 1, 5, 6], ["compound", "ROOT", "prep", "pobj", "cc", "conj",
                                            "prep", "pobj"])
    assert _kind_of(doc[2])
    assert not _kind_of(doc[6])


@pytest.mark.slow
def test_a_fronted_frame_is_no_place_of_a_list(index):
    # a guard (passed before the list rules too): a fronted frame is no place of a list
    coded = _coded("In Homs, a mortar round struck a bakery in Qarbun on Sunday, wounding "
                   "two workers.")
    assert [location for location, _ in coded] == ["Qarbun"]


@pytest.mark.slow
def test_a_village_the_index_lacks_joined_to_the_town_of_a_known_one(index):
    # "the outskirts of A and the town of B": the list is joined by B's place word
    coded = _coded("Artillery shelled the outskirts of Zorbetove and the town of Qarbun on "
                   "Tuesday, a correspondent said.")
    assert ("Zorbetove", "Homs") in coded
    assert ("Qarbun", "Homs") in coded


@pytest.mark.slow
def test_villages_the_report_puts_in_one_holder_stay_one_event(index):
    # a guard (passed before the list rules too): "the villages of A and B, near X" is
    # coded once, at what holds them (measured)
    coded = _coded("Soldiers detained nine men at the hamlets of Qarbun and Zorbetove, near "
                   "Homs, on Tuesday.")
    assert coded
    assert "Zorbetove" not in {location for location, _ in coded}


@pytest.mark.slow
def test_villages_a_division_told_first_holds_stay_one_event(index):
    # a guard: "the hamlets of X district -- A, B and C" is coded once, at the division
    coded = _coded("Militiamen on Friday seized the hamlets of Homs district -- Qarbun, "
                   "Zorbetove and Hamadeh -- after a two-day standoff, officials said.")
    assert coded
    assert not {"Zorbetove", "Hamadeh"} & {location for location, _ in coded}


def test_names_a_division_told_first_holds_are_no_plain_list(parsed):
    from eventdesk.components.events.placing.listed_unknowns import _plain_list

    # "the hamlets of Homs district -- Qarbun, Zorbetove and Hamadeh": the division, told
    # before the names (the parse hangs it on the first), holds them
    words = ["seized", "the", "hamlets", "of", "Homs", "district", "--", "Qarbun", ",",
             "Zorbetove", "and", "Hamadeh"]
    heads = [0, 2, 0, 2, 5, 7, 7, 3, 7, 7, 9, 9]
    deps = ["ROOT", "det", "dobj", "prep", "compound", "nmod", "punct", "pobj", "punct",
            "conj", "cc", "conj"]
    pos = ["VERB", "DET", "NOUN", "ADP", "PROPN", "NOUN", "PUNCT", "PROPN", "PUNCT", "PROPN",
           "CCONJ", "PROPN"]
    doc = parsed(words, heads, deps, pos=pos)
    assert not _plain_list(doc, [doc[7], doc[9], doc[11]])
    # the same names with no division before them are a list
    doc = parsed(words[:4] + words[7:], [0, 2, 0, 2, 3, 4, 4, 6, 6],
                 ["ROOT", "det", "dobj", "prep", "pobj", "punct", "conj", "cc", "conj"],
                 pos=pos[:4] + pos[7:])
    assert _plain_list(doc, [doc[4], doc[6], doc[8]])


@pytest.mark.parametrize(("words", "heads", "deps", "pos"), [
    # "the outskirts of Qarbun and Walid, a farmer living there, said": a person described
    (["the", "outskirts", "of", "Qarbun", "and", "Walid", ",", "a", "young", "farmer"],
     [1, 1, 1, 2, 3, 3, 5, 9, 9, 5],
     ["det", "ROOT", "prep", "pobj", "cc", "conj", "punct", "det", "amod", "appos"],
     ["DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "DET", "ADJ", "NOUN"]),
    # "the vicinity of Qarbun and Walid said": the subject of a verb after the name
    (["the", "vicinity", "of", "Qarbun", "and", "Walid", "said"],
     [1, 1, 1, 2, 3, 3, 1],
     ["det", "ROOT", "prep", "pobj", "cc", "conj", "acl"],
     ["DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB"]),
])
def test_a_person_the_parse_hangs_on_a_place_list_is_no_village(parsed, words, heads, deps,
                                                                pos):
    from eventdesk.components.events.placing.listed_unknowns import _of_a_place_word

    doc = parsed(words, heads, deps, pos=pos)
    assert not _of_a_place_word(doc[5])


@pytest.mark.slow
def test_a_person_after_a_place_list_is_no_event(index):
    coded = _coded("Artillery pounded the outskirts of Qarbun and Walid, a farmer living there, "
                   "said three people were wounded on Tuesday.")
    assert coded
    assert "Walid" not in {location for location, _ in coded}


def test_only_the_part_of_the_events_place_is_its_own_name():
    from types import SimpleNamespace

    from eventdesk.components.events.placing.list_places import names_the_events_own
    from eventdesk.records import Place

    # the event at "Qarbun - Lesvar" ("the town of Qarbun and the village of Lesvar"):
    # Lesvar is the event's own place, the town Qarbun a place of a list
    cand = SimpleNamespace(place=Place(country=None, location="Qarbun - Lesvar"))
    assert names_the_events_own(SimpleNamespace(text="Lesvar"), cand)
    assert not names_the_events_own(SimpleNamespace(text="Qarbun"), cand)


@pytest.mark.slow
def test_two_quarters_each_of_a_city_are_two_events(index):
    # "in the A district of C and in B district of C": C only holds each; the first
    # phrase's copy, at "C - A", is no holder of the second's place (B, in C) and stays
    coded = _coded("Two militias traded fire in the Lesvar district of Homs and in Dalmaz "
                   "district of Homs on Monday.")
    assert len(coded) == 2, coded
