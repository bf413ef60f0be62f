"""A place's name inside another name: lists NER joins into one, the towns a road joins,
a street named after a town, an office's seat, a river named after a town."""

import pytest


def test_a_place_listed_in_what_ner_calls_one_organisation_stays_a_place():
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Span

    from eventdesk.components.events.place_mentions.other_names import in_a_list

    doc = spacy.blank("en")("Fighting continues near Avdiivka and Marinka.")
    listed = Span(doc, 3, 6, label="ORG")        # "Avdiivka and Marinka"
    assert in_a_list(doc, SimpleNamespace(start=3, end=4), listed)
    assert in_a_list(doc, SimpleNamespace(start=5, end=6), listed)  # the last one too
    doc = spacy.blank("en")("The Aleppo Relief Committee said so.")
    named = Span(doc, 1, 4, label="ORG")         # "Aleppo Relief Committee"
    assert not in_a_list(doc, SimpleNamespace(start=1, end=2), named)
    doc = spacy.blank("en")("The Bank of Aleppo said so.")
    bank = Span(doc, 1, 4, label="ORG")          # "Bank of Aleppo": a name, no list
    assert not in_a_list(doc, SimpleNamespace(start=3, end=4), bank)


def test_a_place_between_commas_of_a_list_ner_reads_as_a_title_stays_a_place():
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Span

    from eventdesk.components.events.place_mentions.other_names import in_a_list

    doc = spacy.blank("en")("Raids hit Dorvan, Keswil, Marbat and Tavira overnight.")
    title = Span(doc, 2, 7, label="WORK_OF_ART")   # "Dorvan, Keswil, Marbat"
    assert in_a_list(doc, SimpleNamespace(start=4, end=5), title)  # "Keswil"
    doc = spacy.blank("en")("The Keswil Marbat Review said so.")
    review = Span(doc, 1, 4, label="WORK_OF_ART")  # a name's word, no list around it
    assert not in_a_list(doc, SimpleNamespace(start=1, end=2), review)


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


def test_a_roads_first_named_end_is_no_organisation_ner_reads_it_as():
    import spacy

    from eventdesk.geo.candidates import joins_a_route

    # 0 on 1 the 2 Maiduguri 3 - 4 Damboa 5 road: "the Maiduguri-Damboa" is NER's ORG
    doc = spacy.blank("en")("on the Maiduguri-Damboa road")
    assert joins_a_route(doc, 2, 3, first_only=True)
    assert joins_a_route(doc, 4, 5) and not joins_a_route(doc, 4, 5, first_only=True)
    assert not joins_a_route(spacy.blank("en")("the Maiduguri-Damboa Company"), 1, 2)


@pytest.mark.slow
@pytest.mark.parametrize("text, place", [
    # a road named by the towns it joins: somewhere on it, out of the first-named town
    ("Taliban fighters ambushed a convoy on the Kabul-Kandahar highway on Sunday, killing "
     "five soldiers.", ("Kabul", 2)),
    ("A roadside bomb killed five soldiers on the Maiduguri-Damboa road on Sunday.",
     ("Maiduguri", 2)),
    # the region the road runs through, when the clause names it, holds the event
    ("Taliban fighters ambushed a convoy on the Kabul-Kandahar highway in Zabul on Sunday, "
     "killing five soldiers.", ("Zabul", 3)),
])
def test_an_event_on_a_road_named_by_its_towns_is_at_its_first_town(text, place):
    import eventdesk

    [event] = eventdesk.extract(text, published="2018-01-12")
    assert (event.location, event.geo_precision) == place


def test_from_and_to_after_a_roads_noun_name_its_ends_no_way_away():
    import spacy

    from eventdesk.components.events.place_mentions.other_names import (
        on_a_routes_description,
        opens_a_routes_end,
    )

    nlp = spacy.blank("en")
    # 0 on 1 the 2 road 3 from 4 Kajiko 5 to 6 Yei
    doc = nlp("on the road from Kajiko to Yei")
    assert opens_a_routes_end(doc, 3) and opens_a_routes_end(doc, 5)
    assert on_a_routes_description(doc, 0, 4)
    # control: fled from one town to another is a way away
    doc = nlp("villagers fled from Kajiko to Yei")
    assert not opens_a_routes_end(doc, 2) and not opens_a_routes_end(doc, 4)
    assert not on_a_routes_description(doc, 0, 3)
    # "the highway linking X": its end; "a road in X": in the town
    assert on_a_routes_description(nlp("on the highway linking Kajiko"), 0, 4)
    assert not on_a_routes_description(nlp("on a road in Kajiko"), 0, 4)


@pytest.mark.slow
@pytest.mark.parametrize("text, place", [
    ("Gunmen ambushed a convoy on the road from Kajiko to Yei on Sunday, killing five "
     "people.", ("Yei", 2)),
    ("Gunmen ambushed a convoy on the road linking Kajiko and Yei on Sunday, killing five "
     "people.", ("Yei", 2)),
    ("Gunmen killed five people in Yei on Sunday.", ("Yei", 1)),  # control
])
def test_a_road_described_by_its_ends_places_at_the_first_known_one(text, place):
    import eventdesk

    [event] = eventdesk.extract(text, published="2018-01-12")
    assert (event.location, event.geo_precision) == place


def test_a_town_named_only_as_a_roads_or_a_spans_end():
    from types import SimpleNamespace

    import spacy

    from eventdesk.components.events.place_mentions.other_names import only_a_roads_end

    nlp = spacy.blank("en")
    # 0 at 1 Dorvila 2 on 3 the 4 Marsek 5 - 6 Tolun 7 highway
    doc = nlp("at Dorvila on the Marsek-Tolun highway")
    assert only_a_roads_end(doc, SimpleNamespace(start=4, end=5))
    assert not only_a_roads_end(doc, SimpleNamespace(start=1, end=2))
    # 0 in 1 Dorvila 2 , 3 between 4 Marsek 5 and 6 Tolun
    doc = nlp("in Dorvila, between Marsek and Tolun")
    assert only_a_roads_end(doc, SimpleNamespace(start=4, end=5))
    assert only_a_roads_end(doc, SimpleNamespace(start=6, end=7))
    # control: a list of towns is no span
    doc = nlp("in Marsek and Tolun")
    assert not only_a_roads_end(doc, SimpleNamespace(start=1, end=2))
    assert not only_a_roads_end(doc, SimpleNamespace(start=3, end=4))


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


def test_an_office_holders_funeral_or_home_struck_is_the_scene_of_the_office(parsed):
    """Not the convoy: on the move, it is struck away from the office's place."""
    from eventdesk.components.events.place_mentions import names_an_office
    from eventdesk.components.triggers import Clause

    # "a bomber struck at the burial of the governor in Marvelo": 0 a, 1 bomber, 2 struck,
    # 3 at, 4 the, 5 burial, 6 of, 7 the, 8 governor, 9 in, 10 Marvelo
    funeral = parsed(["a", "bomber", "struck", "at", "the", "burial", "of", "the",
                      "governor", "in", "Marvelo"], [1, 2, 2, 2, 5, 3, 5, 8, 6, 8, 9],
                     ["det", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj",
                      "prep", "pobj"],
                     pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN",
                          "ADP", "PROPN"])
    # "gunmen opened fire at the home of the governor of Tesra"
    home = parsed(["gunmen", "opened", "fire", "at", "the", "home", "of", "the", "governor",
                   "of", "Tesra"], [1, 1, 1, 1, 5, 3, 5, 8, 6, 8, 9],
                  ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "pobj",
                   "prep", "pobj"],
                  pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN",
                       "ADP", "PROPN"])
    # "the deputy of the commander in Marvelo said three died": no gathering, no premises;
    # the deputy only speaks
    deputy = parsed(["the", "deputy", "of", "the", "commander", "in", "Marvelo", "said",
                     "three", "died"], [1, 7, 1, 4, 2, 4, 5, 7, 9, 7],
                    ["det", "nsubj", "prep", "det", "pobj", "prep", "pobj", "ROOT", "nsubj",
                     "ccomp"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "VERB", "NUM",
                         "VERB"])
    # "gunmen sprayed bullets at the convoy of the governor of Tesra": a convoy moves,
    # struck anywhere on its road; Tesra stays the office's reach
    convoy = parsed(["gunmen", "sprayed", "bullets", "at", "the", "convoy", "of", "the",
                     "governor", "of", "Tesra"], [1, 1, 1, 1, 5, 3, 5, 8, 6, 8, 9],
                    ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "pobj",
                     "prep", "pobj"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN",
                         "ADP", "PROPN"])
    for doc, root in ((funeral, 2), (home, 1)):
        assert not names_an_office(doc[10], Clause(root=doc[root], tokens=list(doc),
                                                   sent=doc[:]))
    assert names_an_office(convoy[10], Clause(root=convoy[1], tokens=list(convoy),
                                              sent=convoy[:]))
    assert names_an_office(deputy[6], Clause(root=deputy[9], tokens=[deputy[8], deputy[9]],
                                             sent=deputy[:]))


def test_a_towns_name_opening_a_rivers_is_the_river():
    from types import SimpleNamespace

    import spacy

    from eventdesk.components.events.place_mentions.other_names import opens_a_feature_name

    nlp = spacy.blank("en")
    town = [SimpleNamespace(is_region=False)]
    # "marched along the Ottawa River": 3 Ottawa 4 River
    river = nlp("marched along the Ottawa River")
    assert opens_a_feature_name(river, SimpleNamespace(start=3, end=4, candidates=town))
    # controls: the town itself, a region's island, a lower-case word after the town
    assert not opens_a_feature_name(nlp("marched in Ottawa"),
                                     SimpleNamespace(start=2, end=3, candidates=town))
    island = nlp("landed on Basilan Islands")
    assert not opens_a_feature_name(island, SimpleNamespace(
        start=2, end=3, candidates=[SimpleNamespace(is_region=True)]))
    assert not opens_a_feature_name(nlp("in Ottawa river"),
                                     SimpleNamespace(start=1, end=2, candidates=town))


def test_a_region_named_with_its_own_region_word_is_no_longer_name():
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Span

    from eventdesk.components.events.place_mentions.other_names import named_with_its_kind

    # 0 in 1 Hpakant 2 , 3 Kachin 4 State: NER may call "Kachin State" a person
    doc = spacy.blank("en")("in Hpakant, Kachin State")
    whole = Span(doc, 3, 5, label="PERSON")
    assert named_with_its_kind(whole, SimpleNamespace(start=3, end=4, designator="state"))
    # a longer name that is no region word after the name stays a name
    doc = spacy.blank("en")("said Kachin Brown")
    person = Span(doc, 1, 3, label="PERSON")
    assert not named_with_its_kind(person, SimpleNamespace(start=1, end=2, designator=None))


def test_a_towns_name_opening_a_streets_is_the_street_when_the_report_names_another_place():
    from types import SimpleNamespace

    import spacy

    from eventdesk.components.events.place_mentions.other_names import opens_a_feature_name

    nlp = spacy.blank("en")
    town = [SimpleNamespace(is_region=False)]
    # "KANO: a crowd burned a car on Jos Road": 0 KANO ... 8 Jos 9 Road
    street = nlp("KANO: a crowd burned a car on Jos Road")
    jos = SimpleNamespace(start=8, end=9, candidates=town)
    street._.places = [SimpleNamespace(start=0, end=1, candidates=town), jos]
    assert opens_a_feature_name(street, jos)
    # controls: the street the only place named; "the Jos road" out of the town; "Kano-Jos Road"
    alone = nlp("a crowd burned a car on Jos Road")
    alone._.places = [SimpleNamespace(start=6, end=7, candidates=town)]
    assert not opens_a_feature_name(alone, alone._.places[0])
    for text, at in (("KANO: a crowd burned a car on the Jos Road", 9),
                     ("KANO: a crowd burned a car on Kano-Jos Road", 10)):
        doc = nlp(text)
        doc._.places = [SimpleNamespace(start=0, end=1, candidates=town),
                        SimpleNamespace(start=at, end=at + 1, candidates=town)]
        assert doc[at].text == "Jos"
        assert not opens_a_feature_name(doc, doc._.places[1])


def test_a_city_street_named_after_a_town_or_region_is_the_street_in_either_order():
    from types import SimpleNamespace

    import spacy

    from eventdesk.components.events.place_mentions.other_names import opens_a_feature_name
    from eventdesk.extensions import register_extensions

    register_extensions()
    nlp = spacy.blank("en")
    town, region = [SimpleNamespace(is_region=False)], [SimpleNamespace(is_region=True)]
    # the street's word before the name (Spanish, Portuguese order) or a lower-case city
    # street's word after it, in a report naming another place (0 QUITO)
    for text, name, readings in (
            ("QUITO: shots rang out on the avenida Cuenca at night", "Cuenca", town),
            ("QUITO: a car burned on the boulevard Loja", "Loja", town),
            ("QUITO: gunmen fired near Ambato avenue", "Ambato", town),
            ("QUITO: a bar on Calle Pichincha was attacked", "Pichincha", region)):
        doc = nlp(text)
        at = next(t.i for t in doc if t.text == name)
        doc._.places = [SimpleNamespace(start=0, end=1, candidates=town),
                        SimpleNamespace(start=at, end=at + 1, candidates=readings)]
        assert opens_a_feature_name(doc, doc._.places[1]), text
    # controls: a town after "the road" or before "road" is no city street; nor a town
    # named alone
    for text in ("QUITO: gunmen ambushed a bus on the road Ambato",
                 "QUITO: gunmen ambushed a bus near Ambato road",
                 "QUITO: gunmen ambushed a bus in Ambato"):
        doc = nlp(text)
        at = next(t.i for t in doc if t.text == "Ambato")
        doc._.places = [SimpleNamespace(start=0, end=1, candidates=town),
                        SimpleNamespace(start=at, end=at + 1, candidates=town)]
        assert doc[at].text == "Ambato"
        assert not opens_a_feature_name(doc, doc._.places[1]), text
