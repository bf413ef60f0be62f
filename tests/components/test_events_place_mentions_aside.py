"""Places named beside the event: what a protest was against, another occasion named after
its place, a place the text names as an exception (issue 9: "captured a hill in the province
of Diego Suarez, the only area other than Toamasina that he still held")."""

from types import SimpleNamespace

import pytest

from eventdesk.components.events.place_mentions.aside import excepted
from eventdesk.geo.candidates import PlaceMention


@pytest.mark.parametrize("words, heads, deps, expected", [
    # "the only area other than Toamasina": the place the scene is not
    (["area", "other", "than", "Toamasina"], [0, 0, 1, 2], ["ROOT", "amod", "prep", "pobj"],
     True),
    (["towns", "apart", "from", "Goma"], [0, 0, 1, 2], ["ROOT", "advmod", "prep", "pobj"],
     True),
    (["towns", "except", "Goma"], [0, 0, 1], ["ROOT", "prep", "pobj"], True),
    # controls: "more than Goma" is no exception, "fled from Goma" a way away
    (["larger", "than", "Goma"], [0, 0, 1], ["ROOT", "prep", "pobj"], False),
    (["fled", "from", "Goma"], [0, 0, 1], ["ROOT", "prep", "pobj"], False),
])
def test_a_place_named_as_an_exception_is_set_aside(parsed, words, heads, deps, expected):
    doc = parsed(words=words, heads=heads, deps=deps)
    assert excepted(doc[len(words) - 1]) is expected


def test_the_object_of_a_protest_is_not_where_people_protested(parsed):
    from eventdesk.components.events.place_mentions.aside import protested_against

    # "protested against the bombing of the embassy in Belgrade"
    deep = parsed(["they", "protested", "against", "the", "bombing", "of", "the", "embassy",
                    "in", "Belgrade"],
                   [1, 1, 1, 4, 2, 4, 7, 5, 7, 8],
                   ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "prep",
                    "pobj"], pos=["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN",
                                  "ADP", "PROPN"],
                   lemmas=["they", "protest", "against", "the", "bombing", "of", "the",
                           "embassy", "in", "belgrade"])
    # "protested against his visit in Sofia": the parse cannot tell, so Sofia is kept
    shallow = parsed(["they", "protested", "against", "his", "visit", "in", "Sofia"],
                      [1, 1, 1, 4, 2, 4, 5],
                      ["nsubj", "ROOT", "prep", "poss", "pobj", "prep", "pobj"],
                      pos=["PRON", "VERB", "ADP", "PRON", "NOUN", "ADP", "PROPN"],
                      lemmas=["they", "protest", "against", "his", "visit", "in", "sofia"])
    assert protested_against(deep[9])
    assert not protested_against(shallow[6])


def test_what_a_protest_was_over_is_not_where_people_protested(parsed):
    from eventdesk.components.events.place_mentions.aside import protested_against

    # "they protested over the killing of a teacher in Hebron"
    over = parsed(["they", "protested", "over", "the", "killing", "of", "a", "teacher", "in",
                    "Hebron"],
                   [1, 1, 1, 4, 2, 4, 7, 5, 7, 8],
                   ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "prep",
                    "pobj"], pos=["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN",
                                  "ADP", "PROPN"],
                   lemmas=["they", "protest", "over", "the", "killing", "of", "a", "teacher",
                           "in", "hebron"])
    assert protested_against(over[9])


def test_a_place_naming_another_occasion_is_not_the_scene(parsed):
    from eventdesk.components.events.place_mentions.aside import names_another_occasion

    # "the Khasavyurt ceasefire agreement"
    agreement = parsed(["the", "Khasavyurt", "ceasefire", "agreement"], [3, 3, 3, 3],
                       ["det", "compound", "compound", "ROOT"],
                       lemmas=["the", "khasavyurt", "ceasefire", "agreement"])
    # "the ringleader of the Paris attacks"
    recalled = parsed(["the", "ringleader", "of", "the", "Paris", "attacks"],
                      [1, 1, 1, 5, 5, 2], ["det", "ROOT", "prep", "det", "compound", "pobj"],
                      lemmas=["the", "ringleader", "of", "the", "paris", "attack"])
    # "killed in the Hasakah clashes": the event itself
    itself = parsed(["killed", "in", "the", "Hasakah", "clashes"], [0, 0, 4, 4, 1],
                    ["ROOT", "prep", "det", "compound", "pobj"],
                    lemmas=["kill", "in", "the", "hasakah", "clash"])
    # "in the Paris attacks": an attack named as the scene's
    scene = parsed(["killed", "in", "the", "Paris", "attacks"], [0, 0, 4, 4, 1],
                   ["ROOT", "prep", "det", "compound", "pobj"],
                   lemmas=["kill", "in", "the", "paris", "attack"])
    # "protested against the Geneva initiative": a plan named after where it was made
    plan = parsed(["protested", "against", "the", "Geneva", "initiative"], [0, 0, 4, 4, 1],
                  ["ROOT", "prep", "det", "compound", "pobj"],
                  lemmas=["protest", "against", "the", "geneva", "initiative"])
    # "Ireland 's peace process": an occasion named after its place by an owner's 's
    process = parsed(["Ireland", "'s", "peace", "process"], [3, 0, 3, 3],
                     ["poss", "case", "compound", "ROOT"],
                     lemmas=["ireland", "'s", "peace", "process"])
    assert names_another_occasion(process[0])
    assert names_another_occasion(agreement[1])
    assert names_another_occasion(recalled[4])
    assert names_another_occasion(plan[3])
    assert not names_another_occasion(itself[3])
    assert not names_another_occasion(scene[3])


def test_a_deeds_place_under_what_a_protest_named_is_not_the_protests(parsed):
    from eventdesk.components.events.place_mentions.aside import protested_against

    def protesting(last_noun):
        # "they protested the crackdown on riots in Tibet": 0 they 1 protested 2 the
        # 3 crackdown 4 on 5 riots 6 in 7 Tibet
        return parsed(["they", "protested", "the", "crackdown", "on", last_noun, "in", "Tibet"],
                      [1, 1, 3, 1, 3, 4, 5, 6],
                      ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
                      pos=["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
                      lemmas=["they", "protest", "the", "crackdown", "on", last_noun, "in",
                              "tibet"])
    assert protested_against(protesting("riots")[7])
    # control: "protested the crackdown on students in Tibet": no deed of its own there
    assert not protested_against(protesting("students")[7])


def test_an_exception_is_read_over_a_doubled_space(parsed):
    # "towns apart  from Goma": the doubled space is a token between "apart" and "from"
    doc = parsed(["towns", "apart", " ", "from", "Goma"], [0, 0, 1, 0, 3],
                 ["ROOT", "advmod", "dep", "prep", "pobj"])
    assert doc[2].is_space and excepted(doc[4])


def test_a_place_in_the_cause_a_deed_served_is_not_its_scene(parsed):
    from eventdesk.components.events.place_mentions.aside import named_as_a_cause

    # "struck the post in support of the people in Mosul"
    words = ["struck", "the", "post", "in", "support", "of", "the", "people", "in", "Mosul"]
    cause = parsed(words, [0, 2, 0, 0, 3, 4, 7, 5, 7, 8],
                   ["ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "pobj", "prep",
                    "pobj"])
    assert named_as_a_cause(cause[9])
    # control: "struck the post in Mosul"
    plain = parsed(["struck", "the", "post", "in", "Mosul"], [0, 2, 0, 0, 3],
                   ["ROOT", "det", "dobj", "prep", "pobj"])
    assert not named_as_a_cause(plain[4])


def test_a_place_in_a_cause_shown_is_not_the_scene(parsed):
    from eventdesk.components.events.place_mentions.aside import named_as_a_cause

    # "marched as a sign of solidarity with the victims in Homs" (the parse hangs "with" on
    # the display noun)
    words = ["marched", "as", "a", "sign", "of", "solidarity", "with", "the", "victims", "in",
             "Homs"]
    shown = parsed(words, [0, 0, 3, 1, 3, 4, 3, 8, 6, 8, 9],
                   ["ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "det", "pobj",
                    "prep", "pobj"])
    assert named_as_a_cause(shown[10])
    # control: "marched as a sign of anger in Homs": no cause, the march's place, though
    # the parse hangs "in Homs" on the display noun as it did "with"
    words = ["marched", "as", "a", "sign", "of", "anger", "in", "Homs"]
    anger = parsed(words, [0, 0, 3, 1, 3, 4, 3, 6],
                   ["ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "pobj"])
    assert not named_as_a_cause(anger[7])


def test_a_protest_over_the_protesters_own_things_is_where_they_are(parsed):
    from eventdesk.components.events.place_mentions.aside import protested_against

    # "they protested against the seizure of their land in Kisumu": their own land is there
    words = ["they", "protested", "against", "the", "seizure", "of", "their", "land", "in",
             "Kisumu"]
    doc = parsed(words, [1, 1, 1, 4, 2, 4, 7, 5, 7, 8],
                 ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "poss", "pobj", "prep",
                  "pobj"],
                 pos=["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "PRON", "NOUN", "ADP",
                      "PROPN"],
                 lemmas=["they", "protest", "against", "the", "seizure", "of", "their", "land",
                         "in", "kisumu"])
    assert not protested_against(doc[9])


def test_where_a_speaker_spoke_after_the_verb_is_not_the_scene(parsed):
    from eventdesk.components.events.place_mentions.aside import where_spoken

    # "a spokesman said in Lokoja that troops repelled the raiders"
    said = parsed(["a", "spokesman", "said", "in", "Lokoja", "that", "troops", "repelled",
                   "the", "raiders"],
                  [1, 2, 2, 2, 3, 7, 7, 2, 9, 7],
                  ["det", "nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "ccomp", "det",
                   "dobj"],
                  pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "SCONJ", "NOUN", "VERB", "DET",
                       "NOUN"],
                  lemmas=["a", "spokesman", "say", "in", "lokoja", "that", "troop", "repel",
                          "the", "raider"])
    assert where_spoken(said[4])
    # "in a statement issued in Lokoja": the statement's place
    issued = parsed(["police", "said", "in", "a", "statement", "issued", "in", "Lokoja"],
                    [1, 1, 1, 4, 2, 4, 5, 6],
                    ["nsubj", "ROOT", "prep", "det", "pobj", "acl", "prep", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN"],
                    lemmas=["police", "say", "in", "a", "statement", "issue", "in", "lokoja"])
    assert where_spoken(issued[7])
    # control: a place fronted before the verb ("In Lokoja, police said ...") may be the deed's
    fronted = parsed(["In", "Lokoja", ",", "police", "said"], [4, 0, 4, 4, 4],
                     ["prep", "pobj", "punct", "nsubj", "ROOT"],
                     pos=["ADP", "PROPN", "PUNCT", "NOUN", "VERB"],
                     lemmas=["in", "lokoja", ",", "police", "say"])
    assert not where_spoken(fronted[1])
    # control: "clashes were reported in Lokoja": the scene, not a speaker's seat
    reported = parsed(["clashes", "were", "reported", "in", "Lokoja"], [2, 2, 2, 2, 3],
                      ["nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                      pos=["NOUN", "AUX", "VERB", "ADP", "PROPN"],
                      lemmas=["clash", "be", "report", "in", "lokoja"])
    assert not where_spoken(reported[4])


def test_a_deed_told_in_a_statement_is_not_placed_where_it_was_made(tiny_index):
    import eventdesk

    text = ("Gunmen attacked an army post in Talal on Sunday night, killing two soldiers. "
            "A military spokesman said in Homs on Monday that troops repelled the attackers "
            "after a two-hour gunfight.")
    events = eventdesk.extract(text, published="2024-03-05")
    assert events and not any(e.location == "Homs" for e in events)


def test_a_conference_is_a_statement_s_place_only_when_it_is_the_press_s(parsed):
    from eventdesk.components.events.place_mentions.aside import where_spoken

    # "told a news conference in Lokoja"
    news = parsed(["told", "a", "news", "conference", "in", "Lokoja"], [0, 3, 3, 0, 3, 4],
                  ["ROOT", "det", "compound", "dobj", "prep", "pobj"],
                  pos=["VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN"],
                  lemmas=["tell", "a", "news", "conference", "in", "lokoja"])
    assert where_spoken(news[5])
    # control: "a grenade hit a peace conference in Lokoja": the scene
    peace = parsed(["grenade", "hit", "a", "peace", "conference", "in", "Lokoja"],
                   [1, 1, 4, 4, 1, 4, 5],
                   ["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj"],
                   pos=["NOUN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN"],
                   lemmas=["grenade", "hit", "a", "peace", "conference", "in", "lokoja"])
    assert not where_spoken(peace[6])


def test_what_a_gateway_leads_to_is_not_where_the_town_was_taken(tiny_index):
    """"X, a strategic town and gateway to Y and to the city of Z": Y and Z lie beyond the
    town taken, neither its place nor places of their own."""
    import eventdesk

    text = ("Rebels took control of Homs on Monday, a strategic city and gateway to Aleppo "
            "Governorate and to the cities of Aleppo and Deir ez-Zor.")
    events = eventdesk.extract(text, published="2024-03-05")
    assert [e.location for e in events] == ["Homs"]


def test_a_place_after_gateway_to_lies_beyond(parsed):
    from eventdesk.components.events.place_mentions.destinations import beyond_a_gateway

    # "Homs , the gateway to the north and to Aleppo"
    doc = parsed(["Homs", ",", "the", "gateway", "to", "the", "north", "and", "to", "Aleppo"],
                 [0, 0, 3, 0, 3, 6, 4, 4, 4, 8],
                 ["ROOT", "punct", "det", "appos", "prep", "det", "pobj", "cc", "conj", "pobj"],
                 pos=["PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "ADP",
                      "PROPN"])
    assert beyond_a_gateway(doc, 9)
    assert not beyond_a_gateway(doc, 0)
    # a verb ends the phrase: "the gateway to the north fell, and troops entered Aleppo"
    verb = parsed(["the", "gateway", "to", "the", "north", "fell", "and", "troops", "entered",
                   "Aleppo"], [1, 5, 1, 4, 2, 5, 5, 8, 5, 8],
                  ["det", "nsubj", "prep", "det", "pobj", "ROOT", "cc", "nsubj", "conj", "dobj"],
                  pos=["DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "CCONJ", "NOUN", "VERB",
                       "PROPN"])
    assert not beyond_a_gateway(verb, 9)


def test_the_war_a_protest_was_against_is_not_where_people_protested(parsed):
    from eventdesk.components.events.place_mentions.aside import protested_against

    # "a demonstration against the war in Gaza": the war's theatre, not the protest's place
    war = parsed(["a", "demonstration", "against", "the", "war", "in", "Gaza"],
                 [1, 1, 1, 4, 2, 4, 5],
                 ["det", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
                 pos=["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                 lemmas=["a", "demonstration", "against", "the", "war", "in", "gaza"])
    # "they protested the war in Gaza"
    direct = parsed(["they", "protested", "the", "war", "in", "Gaza"],
                    [1, 1, 3, 1, 3, 4],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                    lemmas=["they", "protest", "the", "war", "in", "gaza"])
    # control: "a demonstration against the visit in Sofia" may be held in Sofia
    visit = parsed(["a", "demonstration", "against", "the", "visit", "in", "Sofia"],
                   [1, 1, 1, 4, 2, 4, 5],
                   ["det", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
                   pos=["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                   lemmas=["a", "demonstration", "against", "the", "visit", "in", "sofia"])
    for doc, at, code in ((war, 6, "PS"), (direct, 5, "PS"), (visit, 6, "BG")):
        doc._.countries = ["US"]
        doc._.places = [PlaceMention(at, at + 1, 0, 0, doc[at].text,
                                     [SimpleNamespace(country_code=code)])]
    assert protested_against(war[6])
    assert protested_against(direct[5])
    assert not protested_against(visit[6])
    # control: a war's place in the report's own country may be where the crowd marched
    # ("thousands demonstrated against the war in Washington")
    war._.places = [PlaceMention(6, 7, 0, 0, "Gaza", [SimpleNamespace(country_code="US")])]
    assert not protested_against(war[6])


def _rally_against_the_invasion(parsed, subject, countries):
    """"<subject> rallied against the invasion in Kherson", in a report of `countries`."""
    doc = parsed([subject, "rallied", "against", "the", "invasion", "in", "Kherson"],
                 [1, 1, 1, 4, 2, 4, 5],
                 ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
                 pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                 lemmas=[subject.rstrip("s"), "rally", "against", "the", "invasion", "in",
                         "kherson"])
    doc._.countries = countries
    doc._.places = [PlaceMention(6, 7, 0, 0, "Kherson", [SimpleNamespace(country_code="UA")])]
    return doc


def test_a_war_theatre_among_the_reports_countries_or_of_its_residents_is_the_rallys(parsed):
    from eventdesk.components.events.place_mentions.aside import protested_against

    # a report from Moscow: the war's town abroad, a crowd of no named home
    assert protested_against(_rally_against_the_invasion(parsed, "crowds", ["RU"])[6])
    # the town is in the report's main country
    assert not protested_against(_rally_against_the_invasion(parsed, "crowds", ["UA", "RU"])[6])
    # its residents rallied there
    assert not protested_against(_rally_against_the_invasion(parsed, "residents", ["RU"])[6])


@pytest.mark.slow
def test_residents_rallying_against_a_war_in_their_town_after_a_statement_abroad(
        tiny_index_with):
    import eventdesk

    tiny_index_with(places=[
        (9200011, "Moscow", "Moscow", "", 55.75, 37.61, "P", "PPLC", "RU", "48", 10_000_000),
        (9200012, "Kherson", "Kherson", "", 46.63, 32.61, "P", "PPLA", "UA", "08", 280_000),
    ])
    events = eventdesk.extract(
        "Russian officials in Moscow said on Sunday that the referendum would go ahead. "
        "Hundreds of residents held a rally against the invasion in Kherson on Sunday.",
        published="2024-05-21")
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Kherson")]


def test_a_place_inside_a_deed_people_were_behind_is_not_the_scene(parsed):
    from eventdesk.components.events.place_mentions.aside import behind_a_deed

    # "police shot two men behind the killing of four herders in Ombala"
    deep = parsed(["police", "shot", "two", "men", "behind", "the", "killing", "of", "four",
                   "herders", "in", "Ombala"],
                  [1, 1, 3, 1, 3, 6, 4, 6, 9, 7, 9, 10],
                  ["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "pobj", "prep", "nummod",
                   "pobj", "prep", "pobj"],
                  pos=["NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN", "ADP", "NUM",
                       "NOUN", "ADP", "PROPN"],
                  lemmas=["police", "shoot", "two", "man", "behind", "the", "killing", "of",
                          "four", "herder", "in", "ombala"])
    # "the men behind the Ombala bombings"
    named = parsed(["the", "men", "behind", "the", "Ombala", "bombings"], [1, 1, 1, 5, 5, 2],
                   ["det", "ROOT", "prep", "det", "compound", "pobj"],
                   pos=["DET", "NOUN", "ADP", "DET", "PROPN", "NOUN"],
                   lemmas=["the", "man", "behind", "the", "ombala", "bombing"])
    # control: "clashes behind the market in Ombala" is where the clashes were
    market = parsed(["clashes", "behind", "the", "market", "in", "Ombala"],
                    [0, 0, 3, 1, 3, 4], ["ROOT", "prep", "det", "pobj", "prep", "pobj"],
                    pos=["NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"])
    assert behind_a_deed(deep[11])
    assert behind_a_deed(named[4])
    assert not behind_a_deed(market[5])
