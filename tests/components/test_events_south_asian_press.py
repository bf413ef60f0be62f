"""How South Asian local press and wires tell a deed (issue 8): doers after a hedge
("allegedly by party supporters"), a soldier's home beside his name ("resident of District
X"), a city's numbered sector ("in Sector 57")."""

import pytest


def test_a_single_resident_beside_a_name_tells_his_home(parsed):
    from eventdesk.components.events.place_mentions import is_home

    # "Sepoy Khan, resident of Okara, embraced shahadat"
    words = ["Khan", ",", "resident", "of", "Okara", ",", "embraced", "shahadat"]
    doc = parsed(words, [6, 0, 0, 2, 3, 0, 6, 6],
                 ["nsubj", "punct", "appos", "prep", "pobj", "punct", "ROOT", "dobj"],
                 pos=["PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "NOUN"],
                 lemmas=["khan", ",", "resident", "of", "okara", ",", "embrace", "shahadat"])
    doc[2].tag_ = "NN"
    assert is_home(doc[4])
    # control: "residents of Okara protested": the crowd at home, the scene of its protest
    crowd = parsed(["residents", "of", "Okara", "protested"], [3, 0, 1, 3],
                   ["nsubj", "prep", "pobj", "ROOT"], pos=["NOUN", "ADP", "PROPN", "VERB"],
                   lemmas=["resident", "of", "okara", "protest"])
    crowd[0].tag_ = "NNS"
    assert not is_home(crowd[2])


def test_doers_after_a_hedge_are_the_doers(parsed):
    from eventdesk.components.events.role_of import role_of

    # "an agent was beaten at a village allegedly by supporters": the parser hangs "by" on
    # the village, the hedge before it
    words = ["agent", "was", "beaten", "at", "village", "allegedly", "by", "supporters"]
    doc = parsed(words, [2, 2, 2, 2, 3, 6, 4, 6],
                 ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "advmod", "prep", "pobj"],
                 pos=["NOUN", "AUX", "VERB", "ADP", "NOUN", "ADV", "ADP", "NOUN"],
                 lemmas=["agent", "be", "beat", "at", "village", "allegedly", "by",
                         "supporter"])
    assert role_of(doc[7], doc[2]) == "agent"
    # control: no hedge, "a village by the river": no doer
    plain = parsed(["agent", "was", "beaten", "at", "village", "by", "river"],
                   [2, 2, 2, 2, 3, 4, 5],
                   ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj"],
                   pos=["NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN"],
                   lemmas=["agent", "be", "beat", "at", "village", "by", "river"])
    assert role_of(plain[6], plain[2]) != "agent"


@pytest.mark.slow
def test_a_citys_numbered_sector_is_no_town_of_that_name(tiny_index_with):
    import eventdesk

    tiny_index_with(places=[
        (9300001, "Sector", "Sector", "", 28.57, 77.33, "P", "PPL", "IN", "36", 2000),
        (9300002, "Gurugram", "Gurugram", "", 28.46, 77.03, "P", "PPLA2", "IN", "10", 880_000),
    ], admin1=[("IN.36", "Uttar Pradesh", "Uttar Pradesh", 1253626),
               ("IN.10", "Haryana", "Haryana", 1270260)])
    events = eventdesk.extract(
        "Late on Monday night, a mob set fire to the Noor Masjid in Sector 57 of Gurugram and "
        "opened fire, police said.", published="2023-08-01")
    assert events and all(e.location != "Sector" for e in events)
