"""Which place names can be the event's place: homes, a town of the report's second country,
a country inside an organisation's name; the text and entities kept on the doc."""

import pytest


def test_where_an_actor_is_based_or_comes_from_is_its_home(parsed):
    from eventdesk.components.events.place_mentions import is_home

    # "a brigade based in the city of Szczecin"
    based = parsed(["a", "brigade", "based", "in", "the", "city", "of", "Szczecin"],
                    [1, 1, 1, 2, 5, 3, 5, 6],
                    ["det", "ROOT", "acl", "prep", "det", "pobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                    lemmas=["a", "brigade", "base", "in", "the", "city", "of", "szczecin"])
    # "a police station in Mosul": "station" is a noun here, not "stationed"
    station = parsed(["a", "police", "station", "in", "Mosul"], [2, 2, 2, 2, 3],
                      ["det", "compound", "ROOT", "prep", "pobj"],
                      lemmas=["a", "police", "station", "in", "mosul"],
                      pos=["DET", "NOUN", "NOUN", "ADP", "PROPN"])
    # "Ranimat, 28, of Kafr Tsurif": a person's age, then the home
    age = parsed(["Ranimat", ",", "28", ",", "of", "Tsurif"], [0, 0, 0, 2, 2, 4],
                  ["ROOT", "punct", "appos", "punct", "prep", "pobj"],
                  pos=["PROPN", "PUNCT", "NUM", "PUNCT", "ADP", "PROPN"])
    # "one of several attacks in Gujarat": a number that is no age
    count = parsed(["one", "of", "the", "attacks", "in", "Gujarat"], [0, 0, 3, 1, 3, 4],
                    ["ROOT", "prep", "det", "pobj", "prep", "pobj"],
                    pos=["NUM", "ADP", "DET", "NOUN", "ADP", "PROPN"])
    assert is_home(based[7])
    assert not is_home(station[4])
    assert is_home(age[5])
    assert not is_home(count[5])


def test_the_town_of_a_site_the_victims_belong_to_is_the_scene_not_their_home(parsed):
    from eventdesk.components.events.place_mentions import is_home

    # "pupils of a school in Tarvo": the school is in Tarvo, where they were taken
    sited = parsed(["pupils", "of", "a", "school", "in", "Tarvo"], [0, 0, 3, 1, 3, 4],
                   ["ROOT", "prep", "det", "pobj", "prep", "pobj"],
                   pos=["NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                   lemmas=["student", "of", "a", "school", "in", "tarvo"])
    # "an employee of a firm in Tarvo": the firm is a home, so is its town
    firm = parsed(["employee", "of", "a", "firm", "in", "Tarvo"], [0, 0, 3, 1, 3, 4],
                  ["ROOT", "prep", "det", "pobj", "prep", "pobj"],
                  pos=["NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                  lemmas=["employee", "of", "a", "firm", "in", "tarvo"])
    # "a student of Tarvo": the student's home
    own = parsed(["student", "of", "Tarvo"], [0, 0, 1], ["ROOT", "prep", "pobj"],
                 pos=["NOUN", "ADP", "PROPN"], lemmas=["student", "of", "tarvo"])
    assert not is_home(sited[5])
    assert is_home(firm[5])
    assert is_home(own[2])


def _town_mention(start, text, *, country, match, population):
    from types import SimpleNamespace

    reading = SimpleNamespace(country_code=country, match=match, population=population,
                              is_region=False, admin1="01", geonameid="1")
    return SimpleNamespace(start=start, end=start + 1, text=text, kind="place",
                           designator=None, country_code=None, candidates=[reading])


@pytest.mark.parametrize("population, plausible", [(184_231, True), (800, False)])
def test_a_town_of_the_reports_second_country_is_plausible_whatever_demonyms_say(
        parsed, population, plausible):
    from types import SimpleNamespace

    from eventdesk.components.events.place_mentions import MentionJudge

    # "Syrian guards fired on protesters in Qamishli", in a report whose other demonyms
    # put Turkey first and Syria second: a Syrian town, spelled another way
    doc = parsed(["Syrian", "guards", "fired", "on", "protesters", "in", "Qamishli"],
                 [1, 2, 2, 2, 3, 4, 5],
                 ["amod", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
                 pos=["ADJ", "NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN"])
    town = _town_mention(6, "Qamishli", country="SY", match="normalised", population=population)
    doc._.places, doc._.countries, doc._.actors = [town], ["TR", "SY"], []
    demonyms = {"Syrian": "SY"}
    judge = MentionJudge(SimpleNamespace(demonym_country=demonyms.get,
                                         country_code_of=lambda word: None))
    assert judge.plausible(doc, town) is plausible
    # a country the report does not name at all: a namesake
    doc.user_data.clear()
    doc._.countries = ["TR"]
    assert not judge.plausible(doc, town)


def test_a_name_that_is_its_own_only_evidence_for_a_second_country_is_no_place(parsed):
    from types import SimpleNamespace

    from eventdesk.components.events.place_mentions import MentionJudge

    # "Millan was shot in his apartment": Milan's reading alone puts Italy in the context
    doc = parsed(["Millan", "was", "shot", "in", "his", "apartment"], [2, 2, 2, 2, 5, 3],
                 ["nsubjpass", "auxpass", "ROOT", "prep", "poss", "pobj"],
                 pos=["PROPN", "AUX", "VERB", "ADP", "PRON", "NOUN"])
    person = _town_mention(0, "Millan", country="IT", match="normalised", population=1_300_000)
    doc._.places, doc._.countries, doc._.actors = [person], ["MX", "IT"], []
    judge = MentionJudge(SimpleNamespace(demonym_country=lambda word: None,
                                         country_code_of=lambda word: None))
    assert not judge.plausible(doc, person)


def test_a_country_inside_an_organisations_name_is_in_a_name(parsed):
    from types import SimpleNamespace

    from spacy.tokens import Span

    from eventdesk.components.events.place_mentions import MentionJudge

    doc = parsed(["the", "Islamic", "State", "of", "Iraq", "attacked", "Iraq"],
                 [2, 2, 5, 2, 3, 5, 5], ["det", "compound", "nsubj", "prep", "pobj", "ROOT",
                                         "dobj"])
    doc.ents = [Span(doc, 0, 5, label="ORG"), Span(doc, 6, 7, label="GPE")]
    doc._.actors = []
    judge = MentionJudge(SimpleNamespace())
    assert judge.in_a_name(doc, SimpleNamespace(start=4, end=5))
    assert not judge.in_a_name(doc, SimpleNamespace(start=6, end=7))


def test_the_text_and_entities_kept_on_the_doc_are_spacy_s_own():
    """`doc_text` and `doc_entities` build the text and NER's spans once per report: the
    same text and spans `doc.text` and `doc.ents` give."""
    import spacy
    from spacy.tokens import Span

    from eventdesk.extensions import doc_entities, doc_text

    report = "The Aleppo Relief Committee met in Homs on Monday.\n\nLater  more."
    doc = spacy.blank("en")(report)
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 6, 7, label="GPE"),
                Span(doc, 8, 9, label="DATE")]
    kept = doc_entities(doc)
    assert [(e.start, e.end, e.label_) for e in kept] == \
        [(e.start, e.end, e.label_) for e in doc.ents] == \
        [(1, 4, "ORG"), (6, 7, "GPE"), (8, 9, "DATE")]
    assert doc_entities(doc) is kept
    assert doc_text(doc) == doc.text == report



def test_the_tokens_kept_on_the_doc_are_its_own_and_show_later_tags():
    """`doc_tokens` makes a report's tokens once: each Doc keeps its own (never the tokens
    of the report read before it), and tags set after the first read show through."""
    import spacy
    from spacy.tokens import Span

    from eventdesk.extensions import doc_tokens

    nlp = spacy.blank("en")
    first, second = nlp("Gunmen attacked Homs."), nlp("Police  arrested two men in Aleppo today.")
    assert [t.text for t in doc_tokens(first)] == ["Gunmen", "attacked", "Homs", "."]
    kept = doc_tokens(second)
    assert [t.text for t in kept] == [t.text for t in second] and len(kept) == 9
    assert all(t.doc is second and t.i == k for k, t in enumerate(kept))
    assert doc_tokens(second) is kept and doc_tokens(first) is not kept
    second.ents = [Span(second, 7, 8, label="GPE")]
    assert kept[7].ent_type_ == "GPE" and kept[6].ent_type_ == ""

def test_an_age_after_a_doubled_space_still_says_the_place_after_it_is_a_home(parsed):
    from eventdesk.components.events.place_mentions import is_home

    # "Ranimat,  28, of Tsurif": spaCy makes the doubled space a token of its own
    age = parsed(["Ranimat", ",", " ", "28", ",", "of", "Tsurif"], [0, 0, 1, 0, 3, 3, 5],
                 ["ROOT", "punct", "dep", "appos", "punct", "prep", "pobj"],
                 pos=["PROPN", "PUNCT", "SPACE", "NUM", "PUNCT", "ADP", "PROPN"])
    assert age[2].is_space and is_home(age[6])


def test_a_short_town_name_in_capitals_opening_the_dateline_is_no_acronym(parsed):
    from types import SimpleNamespace

    from eventdesk.components.events.place_mentions import MentionJudge

    # "TOKO — Gunmen attacked Bosa (ANA)": the dateline's town is written in capitals, as
    # datelines are -- the report's own country evidence; an outlet's acronym is no town
    words = ["TOKO", "—", "Gunmen", "attacked", "Bosa", "(", "ANA", ")"]
    doc = parsed(words, [3, 3, 3, 3, 3, 3, 5, 3],
                 ["npadvmod", "punct", "nsubj", "ROOT", "dobj", "punct", "appos", "punct"],
                 pos=["PROPN", "PUNCT", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "PUNCT"])
    dateline = _town_mention(0, "TOKO", country="NE", match="exact", population=50_000)
    outlet = _town_mention(6, "ANA", country="NE", match="exact", population=50_000)
    dateline.start_char, outlet.start_char = 0, doc[6].idx
    dateline.end_char, outlet.end_char = 4, doc[6].idx + 3
    doc._.places, doc._.countries, doc._.actors = [dateline, outlet], ["NE"], []
    judge = MentionJudge(SimpleNamespace(demonym_country=lambda word: None,
                                         country_code_of=lambda word: None))
    assert judge.plausible(doc, dateline)
    assert not judge.plausible(doc, outlet)


@pytest.mark.parametrize(("between", "holds"), [
    (",", True), ("in", True), (", in the municipality of", True), (", municipality of", True),
    ("in the district of", True), (", lga of", True), ("and", False), (", near the town of", False),
    (", in the village of", False), ("municipality", False),
])
def test_a_division_named_in_a_phrase_of_its_own_holds_the_place_before_it(between, holds):
    from eventdesk.components.events.place_mentions import holder_link

    assert holder_link(between) is holds


def test_a_name_the_report_calls_a_town_is_the_scene_though_a_group_bears_it(parsed):
    """"fighting in the coastal town of Zorvan" where the actor reader also knows "Zorvan" as
    a militia's name: called a town, the name is the scene (`named_as_a_town`); the same name
    with the group's own words ("the Zorvan fighters") or without "the town of" stays the
    actor's."""
    from types import SimpleNamespace

    from eventdesk.components.events.place_mentions.actors import named_as_a_town

    words = ["fighting", "in", "the", "coastal", "town", "of", "Zorvan"]
    doc = parsed(words, [0, 0, 4, 4, 1, 4, 5],
                 ["ROOT", "prep", "det", "amod", "pobj", "prep", "pobj"])
    town = SimpleNamespace(start=6, end=7, designator="town")
    assert named_as_a_town(doc, town, SimpleNamespace(start=6, end=7))
    # the actor's words run past the name: a group named after the town
    assert not named_as_a_town(doc, town, SimpleNamespace(start=6, end=8))
    bare = parsed(["fighting", "in", "Zorvan"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not named_as_a_town(bare, SimpleNamespace(start=2, end=3, designator=None),
                               SimpleNamespace(start=2, end=3))


def test_the_judge_keeps_a_town_named_as_one_though_a_militia_bears_its_name(parsed):
    """The judge's plausibility asks `scene_of_actor` of every actor over the name: "clashes
    near the river town of Kalvaro", where the actor reader also knows "Kalvaro" as a
    militia's, stays a place; "the Kalvaro militia" is the group's words, no place."""
    from types import SimpleNamespace

    from eventdesk.components.events.place_mentions import MentionJudge

    judge = MentionJudge(SimpleNamespace(demonym_country=lambda word: None,
                                         country_code_of=lambda word: None))
    town_doc = parsed(["clashes", "near", "the", "river", "town", "of", "Kalvaro"],
                      [0, 0, 4, 4, 1, 4, 5],
                      ["ROOT", "prep", "det", "compound", "pobj", "prep", "pobj"],
                      pos=["NOUN", "ADP", "DET", "NOUN", "NOUN", "ADP", "PROPN"])
    town = _town_mention(6, "Kalvaro", country="SO", match="exact", population=20_000)
    town.designator = "town"
    town_doc._.places, town_doc._.countries = [town], ["SO"]
    town_doc._.actors = [SimpleNamespace(start=6, end=7, role_hint="armed")]
    assert judge.plausible(town_doc, town)

    group_doc = parsed(["the", "Kalvaro", "militia", "attacked"], [2, 2, 3, 3],
                       ["det", "compound", "nsubj", "ROOT"],
                       pos=["DET", "PROPN", "NOUN", "VERB"])
    group = _town_mention(1, "Kalvaro", country="SO", match="exact", population=20_000)
    group_doc._.places, group_doc._.countries = [group], ["SO"]
    group_doc._.actors = [SimpleNamespace(start=1, end=3, role_hint="armed")]
    assert not judge.plausible(group_doc, group)
