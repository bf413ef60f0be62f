"""Which place names can be the event's place: lists NER joins, what a protest was against,
homes, routes, offices."""

import pytest


def test_a_place_listed_in_what_ner_calls_one_organisation_stays_a_place():
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Span

    from eventdesk.components.events.place_mentions import _in_a_list

    doc = spacy.blank("en")("Fighting continues near Avdiivka and Marinka.")
    listed = Span(doc, 3, 6, label="ORG")        # "Avdiivka and Marinka"
    assert _in_a_list(doc, SimpleNamespace(start=3, end=4), listed)
    assert _in_a_list(doc, SimpleNamespace(start=5, end=6), listed)  # the last one too
    doc = spacy.blank("en")("The Aleppo Relief Committee said so.")
    named = Span(doc, 1, 4, label="ORG")         # "Aleppo Relief Committee"
    assert not _in_a_list(doc, SimpleNamespace(start=1, end=2), named)
    doc = spacy.blank("en")("The Bank of Aleppo said so.")
    bank = Span(doc, 1, 4, label="ORG")          # "Bank of Aleppo": a name, no list
    assert not _in_a_list(doc, SimpleNamespace(start=3, end=4), bank)


def test_the_object_of_a_protest_is_not_where_people_protested(parsed):
    from eventdesk.components.events.place_mentions import _protested_against

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
    assert _protested_against(deep[9])
    assert not _protested_against(shallow[6])


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


def test_the_towns_a_road_joins_are_not_where_on_it_the_event_was():
    from types import SimpleNamespace

    import spacy

    from eventdesk.components.events.place_mentions import names_a_route

    nlp = spacy.blank("en")
    # 0 a 1 mine 2 on 3 the 4 Kabul 5 - 6 Kandahar 7 highway 8 near 9 Ghazni
    doc = nlp("a mine on the Kabul-Kandahar highway near Ghazni")
    assert [t.text for t in doc][4:7] == ["Kabul", "-", "Kandahar"]
    assert names_a_route(doc, SimpleNamespace(start=4, end=5))
    assert names_a_route(doc, SimpleNamespace(start=6, end=7))
    assert not names_a_route(doc, SimpleNamespace(start=9, end=10))
    # a town's own road, or a hyphenated town, is no route between towns
    assert not names_a_route(nlp("on Ghazni road"), SimpleNamespace(start=1, end=2))
    hyphenated = nlp("in Port-au-Prince")
    assert not names_a_route(hyphenated, SimpleNamespace(start=1, end=len(hyphenated)))
    # a word describing the road may stand before it
    doc = nlp("on the Kabul-Ghazni main road in Saydabad")
    assert names_a_route(doc, SimpleNamespace(start=2, end=3))
    assert names_a_route(doc, SimpleNamespace(start=4, end=5))
    assert not names_a_route(nlp("on the Kabul-Ghazni border in Saydabad"),
                             SimpleNamespace(start=4, end=5))


def test_a_street_named_after_a_town_is_not_that_town():
    from types import SimpleNamespace

    import spacy

    from eventdesk.components.events.place_mentions import names_a_route

    nlp = spacy.blank("en")
    # 0 a 1 bomb 2 along 3 Jos 4 Road 5 in 6 Potiskum
    doc = nlp("a bomb along Jos Road in Potiskum")
    assert names_a_route(doc, SimpleNamespace(start=3, end=4))
    assert not names_a_route(doc, SimpleNamespace(start=6, end=7))
    assert names_a_route(nlp("gunmen on Haifa Street"), SimpleNamespace(start=2, end=3))
    # a town followed by a capitalised word that is no street's
    assert not names_a_route(nlp("in Jos Town"), SimpleNamespace(start=1, end=2))


def test_what_a_protest_was_over_is_not_where_people_protested(parsed):
    from eventdesk.components.events.place_mentions import _protested_against

    # "they protested over the killing of a teacher in Hebron"
    over = parsed(["they", "protested", "over", "the", "killing", "of", "a", "teacher", "in",
                    "Hebron"],
                   [1, 1, 1, 4, 2, 4, 7, 5, 7, 8],
                   ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "prep",
                    "pobj"], pos=["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN",
                                  "ADP", "PROPN"],
                   lemmas=["they", "protest", "over", "the", "killing", "of", "a", "teacher",
                           "in", "hebron"])
    assert _protested_against(over[9])


def test_an_office_s_seat_places_the_deed_only_when_its_holder_takes_part(parsed):
    from eventdesk.components.events.place_mentions import names_an_office
    from eventdesk.components.triggers import Clause

    def clause(doc, root):
        return Clause(root=doc[root], tokens=list(doc), sent=doc[:])

    # "the Garissa commissioner said three died": 0 the, 1 Garissa, 2 commissioner, 3 said,
    # 4 three, 5 died
    said = parsed(["the", "Garissa", "commissioner", "said", "three", "died"],
                   [2, 2, 3, 3, 5, 3], ["det", "compound", "nsubj", "ROOT", "nsubj", "ccomp"],
                   pos=["DET", "PROPN", "NOUN", "VERB", "NUM", "VERB"])
    # "the Jaffna mayor was shot": the holder is the victim
    shot = parsed(["the", "Jaffna", "mayor", "was", "shot"], [2, 2, 4, 4, 4],
                   ["det", "compound", "nsubjpass", "auxpass", "ROOT"],
                   pos=["DET", "PROPN", "NOUN", "AUX", "VERB"])
    # "according to the emir in Manbij"
    emir = parsed(["according", "to", "the", "emir", "in", "Manbij"], [0, 0, 3, 1, 3, 4],
                   ["ROOT", "prep", "det", "pobj", "prep", "pobj"],
                   pos=["VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"])
    # "killed militants, including the commander in Palmyra"
    including = parsed(["they", "killed", "militants", "including", "the", "commander", "in",
                         "Palmyra"], [1, 1, 1, 2, 5, 3, 5, 6],
                        ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "pobj"],
                        pos=["PRON", "VERB", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"])
    # "shot and killed X, the leader in Hebron": the object of a verb joined to the clause's
    joined = parsed(["they", "shot", "and", "killed", "X", ",", "the", "leader", "in",
                      "Hebron"], [1, 1, 1, 1, 3, 4, 7, 4, 7, 8],
                     ["nsubj", "ROOT", "cc", "conj", "dobj", "punct", "det", "appos", "prep",
                      "pobj"], pos=["PRON", "VERB", "CCONJ", "VERB", "PROPN", "PUNCT", "DET",
                                    "NOUN", "ADP", "PROPN"])
    # "shot in the head in Jaffna": no office
    head = parsed(["shot", "in", "the", "head", "in", "Jaffna"], [0, 0, 3, 1, 3, 4],
                   ["ROOT", "prep", "det", "pobj", "prep", "pobj"],
                   pos=["VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"])
    deed = Clause(root=said[5], tokens=[said[4], said[5]], sent=said[:])  # "three died"
    assert names_an_office(said[1], deed)
    assert not names_an_office(shot[1], clause(shot, 4))
    assert names_an_office(emir[5], clause(emir, 0))
    assert not names_an_office(including[7], clause(including, 1))
    assert not names_an_office(head[5], clause(head, 0))
    assert not names_an_office(joined[9], Clause(root=joined[1], tokens=joined[:2],
                                                  sent=joined[:]))


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


def test_a_place_naming_another_occasion_is_not_the_scene(parsed):
    from eventdesk.components.events.place_mentions import names_another_occasion

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


def test_a_deeds_place_under_what_a_protest_named_is_not_the_protests(parsed):
    from eventdesk.components.events.place_mentions import _protested_against

    def protesting(last_noun):
        # "they protested the crackdown on riots in Tibet": 0 they 1 protested 2 the
        # 3 crackdown 4 on 5 riots 6 in 7 Tibet
        return parsed(["they", "protested", "the", "crackdown", "on", last_noun, "in", "Tibet"],
                      [1, 1, 3, 1, 3, 4, 5, 6],
                      ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
                      pos=["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
                      lemmas=["they", "protest", "the", "crackdown", "on", last_noun, "in",
                              "tibet"])
    assert _protested_against(protesting("riots")[7])
    # control: "protested the crackdown on students in Tibet": no deed of its own there
    assert not _protested_against(protesting("students")[7])


def test_a_towns_name_opening_a_rivers_is_the_river():
    from types import SimpleNamespace

    import spacy

    from eventdesk.components.events.place_mentions import _opens_a_feature_name

    nlp = spacy.blank("en")
    town = [SimpleNamespace(is_region=False)]
    # "marched along the Ottawa River": 3 Ottawa 4 River
    river = nlp("marched along the Ottawa River")
    assert _opens_a_feature_name(river, SimpleNamespace(start=3, end=4, candidates=town))
    # controls: the town itself, a region's island, a lower-case word after the town
    assert not _opens_a_feature_name(nlp("marched in Ottawa"),
                                     SimpleNamespace(start=2, end=3, candidates=town))
    island = nlp("landed on Basilan Islands")
    assert not _opens_a_feature_name(island, SimpleNamespace(
        start=2, end=3, candidates=[SimpleNamespace(is_region=True)]))
    assert not _opens_a_feature_name(nlp("in Ottawa river"),
                                     SimpleNamespace(start=1, end=2, candidates=town))
