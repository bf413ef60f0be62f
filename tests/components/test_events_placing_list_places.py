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
    coded = _coded("Ten militants were killed in Qarbun district and four in Dalmaz district "
                   "of Homs on Friday, the army said.")
    locations = {location for location, _ in coded}
    assert {"Qarbun", "Dalmaz"} <= locations


@pytest.mark.slow
def test_a_city_named_first_and_a_district_after_it_are_two_events(index):
    # the reading prefers the district named after "on ... and on": the city is struck too
    coded = _coded("Jets launched raids on the port city of Qarbun and on Dalmaz district "
                   "north of it on Tuesday.")
    assert {location for location, _ in coded} == {"Qarbun", "Dalmaz"}


@pytest.mark.slow
def test_a_route_between_two_towns_is_one_event(index):
    coded = _coded("A roadside bomb struck a bus on the road between Qarbun and Dalmaz on "
                   "Tuesday, killing three people.")
    assert len(coded) == 1


@pytest.mark.slow
def test_the_division_after_a_kind_word_holds_the_place_and_is_no_event(index):
    coded = _coded("Ten militants were killed in Qarbun district and four in Dalmaz district "
                   "of Homs on Friday, the army said.")
    assert "Homs" not in {location for location, _ in coded}


@pytest.mark.slow
def test_one_place_and_its_division_is_one_event(index):
    coded = _coded("Four militants were killed in Dalmaz district of Homs on Friday, the army "
                   "said.")
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
    coded = _coded("In Homs, a drone hit a police station in Qarbun on Sunday, injuring two "
                   "officers.")
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
    # "the villages of A and B, near X": coded once, at what holds them (measured)
    coded = _coded("Troops arrested eleven suspects in the villages of Qarbun and Zorbetove, "
                   "near Homs, on Tuesday.")
    assert "Zorbetove" not in {location for location, _ in coded}


@pytest.mark.slow
def test_villages_a_division_told_first_holds_stay_one_event(index):
    # "the villages of X district - A, B and C": coded once, at the division
    coded = _coded("Border guards on Friday took over the three villages of Homs district - "
                   "Qarbun, Zorbetove and Hamadeh - under a protocol, officials said.")
    assert not {"Zorbetove", "Hamadeh"} & {location for location, _ in coded}
