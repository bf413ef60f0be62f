"""Towns the index lacks that NER labels a person or an organisation
(place_names/mislabelled.py): "near" before the name makes it a place the report's own words
place, unless the text tells it as a person, a group or an organisation; and a town the
report calls one, named again after "in the vicinity of" (place_names/settlements.py)."""

from types import SimpleNamespace

import pytest
from spacy.tokens import Span

from eventdesk.components.events.place_mentions import MentionJudge
from eventdesk.components.events.place_names import NameReader
from eventdesk.components.events.place_names.mislabelled import mislabelled_town
from eventdesk.geo import open_gazetteer
from eventdesk.geo.candidates import PlaceMention

NAME = 9  # the token of the name after "near" in `_kiosk_near`


@pytest.fixture
def reader(tiny_gazetteer):
    return NameReader(tiny_gazetteer, MentionJudge(tiny_gazetteer))


def _clause(doc):
    return SimpleNamespace(tokens=list(doc))


def _homs(reader, doc, at=1):
    """The mention of Homs (Syria, in the tiny index) at token `at`."""
    return PlaceMention(at, at + 1, doc[at].idx, doc[at].idx + 4, "Homs",
                        reader.gazetteer.candidates("Homs"))


def _kiosk_near(parsed, reader, tail=(), *, label="ORG", name="Ombaka", prep="near",
                container=True, span=1):
    """"In Homs , a mob torched a kiosk near Ombaka <tail> ." in Syria, the name labelled
    `label` over `span` tokens; without `container` the sentence opens "In Tuesday" and names
    no place."""
    words = name.split()
    rows = [("In", 5, "prep", "ADP"), ("Homs" if container else "Tuesday", 0, "pobj", "PROPN"),
            (",", 5, "punct", "PUNCT"), ("a", 4, "det", "DET"), ("mob", 5, "nsubj", "NOUN"),
            ("torched", 5, "ROOT", "VERB"), ("a", 7, "det", "DET"), ("kiosk", 5, "dobj", "NOUN"),
            (prep, 7, "prep", "ADP"),
            *[(w, NAME + len(words) - 1, "compound", "PROPN") for w in words[:-1]],
            (words[-1], 8, "pobj", "PROPN"), *tail, (".", 5, "punct", "PUNCT")]
    w, heads, deps, pos = (list(col) for col in zip(*rows, strict=True))
    doc = parsed(w, heads, deps, pos=pos)
    doc.ents = [Span(doc, NAME, NAME + span, label=label)]
    doc._.countries = ["SY"]
    doc._.places = [_homs(reader, doc)] if container else []
    doc._.actors = []
    return doc


def _read(reader, doc):
    return mislabelled_town(reader, doc, _clause(doc))


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_a_name_ner_mislabels_after_near_is_a_town(reader, parsed, label):
    doc = _kiosk_near(parsed, reader, label=label)
    assert _read(reader, doc) == ("Ombaka", NAME)
    assert reader.unknown_town_name(doc, _clause(doc)) == ("Ombaka", NAME)


def test_a_people_s_name_is_no_town(reader, parsed):
    # "clashes broke out near Kurds": NER's NORP names a people
    doc = _kiosk_near(parsed, reader, name="Kurds", label="NORP")
    assert _read(reader, doc) is None
    doc = _kiosk_near(parsed, reader, name="Kurds", label="ORG")  # control
    assert _read(reader, doc) == ("Kurds", NAME)


@pytest.mark.parametrize("prep", ["in", "at"])
def test_only_near_reads_a_mislabelled_name(reader, parsed, prep):
    # measured: "in" and "at" as well added a false event on a measure-only set
    assert _read(reader, _kiosk_near(parsed, reader, prep=prep)) is None


def test_a_name_the_report_s_words_do_not_place_is_no_town(reader, parsed):
    # "windows were smashed near Brightmart", no place in its sentence: a shop or a company
    # that only the report's region or country would hold
    doc = _kiosk_near(parsed, reader, name="Brightmart", container=False)
    assert _read(reader, doc) is None
    assert _read(reader, _kiosk_near(parsed, reader, name="Brightmart")) == ("Brightmart", NAME)


def test_a_name_the_index_knows_under_another_spelling_is_placed(parsed, tiny_index_with):
    # "near Ombako", no other place named: the index's Umbako (Syria), under another name
    index = tiny_index_with(places=[(9100001, "Umbako", "Umbako", "Ombako", 34.9, 36.8, "P",
                                     "PPL", "SY", "11", 500)])
    gazetteer = open_gazetteer(index)
    reader = NameReader(gazetteer, MentionJudge(gazetteer))
    doc = _kiosk_near(parsed, reader, name="Ombako", container=False)
    assert _read(reader, doc) == ("Ombako", NAME)
    doc = _kiosk_near(parsed, reader, name="Brightmart", container=False)  # control
    assert _read(reader, doc) is None


def test_an_earlier_sentence_naming_the_town_with_its_container_places_it(reader, parsed):
    # "Raiders struck Ombaka in Homs . A mob torched a kiosk near Ombaka ."
    words = "Raiders struck Ombaka in Homs . A mob torched a kiosk near Ombaka .".split()
    heads = [1, 1, 1, 2, 3, 1, 7, 8, 8, 10, 8, 10, 11, 8]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "det",
            "dobj", "prep", "pobj", "punct"]
    doc = parsed(words, heads, deps, pos=["PROPN" if w[:1].isupper() else "PUNCT" if w == "."
                                          else "NOUN" for w in words])
    doc.ents = [Span(doc, 12, 13, label="PERSON")]
    doc._.countries, doc._.actors = ["SY"], []
    doc._.places = [_homs(reader, doc, 4)]
    second = SimpleNamespace(tokens=list(doc[6:]))
    assert mislabelled_town(reader, doc, second) == ("Ombaka", 12)
    doc._.places = []  # control: no container anywhere
    assert mislabelled_town(reader, doc, second) is None


def test_a_description_naming_a_place_s_kind_keeps_the_town(reader, parsed):
    doc = _kiosk_near(parsed, reader, [
        (",", 9, "punct", "PUNCT"), ("a", 13, "det", "DET"), ("farming", 13, "amod", "NOUN"),
        ("town", 9, "appos", "NOUN")], label="PERSON")
    assert _read(reader, doc) == ("Ombaka", NAME)


@pytest.mark.parametrize("tail", [
    # "near Ombaka, a retired activist": a person
    [(",", 9, "punct", "PUNCT"), ("a", 13, "det", "DET"), ("retired", 13, "amod", "ADJ"),
     ("activist", 9, "appos", "NOUN")],
    # "near Ombaka, who ...": a person
    [(",", 9, "punct", "PUNCT"), ("who", 9, "relcl", "PRON")],
    # "near Ombaka 's house": a person's
    [("'s", 9, "case", "PART")],
    # "near Ombaka fighters": a group (the parse may hang the noun on the name)
    [("fighters", 9, "dep", "NOUN")],
    # "near Ombaka monastery": a name modifying a noun names a site, the sites' readers'
    [("monastery", 9, "dep", "NOUN")],
    # "near Ombaka said": the subject of a verb
    [("said", 9, "dep", "VERB")],
])
def test_a_name_told_as_a_person_or_a_group_is_no_town(reader, parsed, tail):
    assert _read(reader, _kiosk_near(parsed, reader, tail, label="PERSON")) is None


@pytest.mark.parametrize("title", ["Alhaji", "Mallam", "Emir", "Bishop", "Mayor", "General"])
def test_a_title_makes_the_name_a_person_s(reader, parsed, title):
    doc = _kiosk_near(parsed, reader, name=f"{title} Ombaka", label="PERSON", span=2)
    assert _read(reader, doc) is None
    doc = _kiosk_near(parsed, reader, name="Tal Ombaka", label="PERSON", span=2)  # control
    assert _read(reader, doc) == ("Tal Ombaka", NAME)


def test_a_person_s_pronoun_after_the_name_makes_it_a_person(reader, parsed):
    # "near Ombaka as he drove off": a person, when NER says so
    tail = [("as", 12, "mark", "SCONJ"), ("he", 12, "nsubj", "PRON"),
            ("drove", 9, "advcl", "VERB")]
    assert _read(reader, _kiosk_near(parsed, reader, tail, label="PERSON")) is None
    assert _read(reader, _kiosk_near(parsed, reader, tail, label="ORG")) == ("Ombaka", NAME)


def test_a_person_joined_to_the_name_makes_it_a_person(reader, parsed):
    # "near Ombaka and the prime minister": a person beside a person
    tail = [("and", 9, "cc", "CCONJ"), ("the", 13, "det", "DET"),
            ("prime", 13, "amod", "ADJ"), ("minister", 9, "conj", "NOUN")]
    assert _read(reader, _kiosk_near(parsed, reader, tail, label="PERSON")) is None
    # control: "near Ombaka and Talvoro", two towns
    tail = [("and", 9, "cc", "CCONJ"), ("Talvoro", 9, "conj", "PROPN")]
    assert _read(reader, _kiosk_near(parsed, reader, tail, label="PERSON")) == (
        "Ombaka", NAME)


@pytest.mark.parametrize("name", ["OMBK", "Parliament"])
def test_an_acronym_or_an_everyday_word_is_no_town(reader, parsed, name):
    assert _read(reader, _kiosk_near(parsed, reader, name=name)) is None


def test_a_name_the_report_knows_as_a_place_or_an_actor_is_left_to_its_readers(reader, parsed):
    # "near Homs" labelled ORG: the index's town, which the place readers take
    doc = _kiosk_near(parsed, reader, name="Homs")
    doc._.places = [*doc._.places, _homs(reader, doc, NAME)]
    assert _read(reader, doc) is None
    # "near Ombaka" read as an actor's name
    doc = _kiosk_near(parsed, reader)
    doc._.actors = [SimpleNamespace(start=NAME, end=NAME + 1)]
    assert _read(reader, doc) is None


def test_a_name_not_the_object_of_near_is_no_town(reader, parsed):
    # "near Ombaka Park" parsed with the park word as the object: the name is its modifier
    doc = _kiosk_near(parsed, reader, name="Ombaka Park")
    doc = parsed([t.text for t in doc], [8 if t.i == NAME else t.head.i for t in doc],
                 ["prep" if t.i == NAME else t.dep_ for t in doc], pos=[t.pos_ for t in doc])
    doc.ents = [Span(doc, NAME, NAME + 1, label="ORG")]
    doc._.countries, doc._.actors = ["SY"], []
    doc._.places = [_homs(reader, doc)]
    assert _read(reader, doc) is None


def test_a_name_of_more_than_four_words_is_no_town(reader, parsed):
    doc = _kiosk_near(parsed, reader, name="Tal Ombaka Dun Rivo", span=4)
    assert _read(reader, doc) == ("Tal Ombaka Dun Rivo", NAME)
    doc = _kiosk_near(parsed, reader, name="Tal Ombaka Dun Rivo Sefa", span=5)
    assert _read(reader, doc) is None


def test_a_label_that_is_a_place_s_or_none_is_left_to_the_other_readers(reader, parsed):
    for label in ("GPE", "DATE"):
        assert _read(reader, _kiosk_near(parsed, reader, label=label)) is None


def test_a_town_the_report_calls_one_is_read_again_in_the_vicinity_of_its_name(reader, parsed):
    words = ("Militiamen held the town of Kawuri . Jets struck in the vicinity of Kawuri ."
             ).split()
    heads = [1, 1, 3, 1, 3, 4, 1, 8, 8, 8, 11, 9, 11, 12, 8]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "prep",
            "det", "pobj", "prep", "pobj", "punct"]
    doc = parsed(words, heads, deps, pos=["PROPN" if w[:1].isupper() else "NOUN"
                                          for w in words])
    doc.ents = [Span(doc, 13, 14, label="PERSON")]
    doc._.places, doc._.actors = [], []
    second = SimpleNamespace(tokens=list(doc[7:]))
    assert reader._unknown_near(doc, second) == ("Kawuri", 13)
    # control: "the people of Kawuri" does not put the deed there
    doc = parsed([*words[:10], "the", "people", "of", "Kawuri", "."], heads, deps,
                 pos=["PROPN" if w[:1].isupper() else "NOUN" for w in words])
    doc._.places, doc._.actors = [], []
    assert reader._unknown_near(doc, SimpleNamespace(tokens=list(doc[7:]))) is None


def test_a_name_opening_a_longer_entity_is_no_town(reader, parsed):
    # "near Ombaka, Ombaka Council ...": NER's one organisation runs on past the name
    tail = [(",", 9, "punct", "PUNCT"), ("Ombaka", 12, "compound", "PROPN"),
            ("Council", 9, "appos", "PROPN")]
    doc = _kiosk_near(parsed, reader, tail)
    doc.ents = [Span(doc, NAME, NAME + 4, label="ORG")]
    assert _read(reader, doc) is None
    doc.ents = [Span(doc, NAME, NAME + 1, label="ORG"), Span(doc, 11, 13, label="ORG")]
    assert _read(reader, doc) == ("Ombaka", NAME)  # control


def test_a_name_measured_from_a_town_is_left_to_that_town(reader, parsed):
    # "near Ombaka, north of the town": the town the report measures it from places it
    tail = [(",", 9, "punct", "PUNCT"), ("north", 9, "advmod", "ADV"),
            ("of", 11, "prep", "ADP"), ("the", 14, "det", "DET"), ("town", 12, "pobj", "NOUN")]
    assert _read(reader, _kiosk_near(parsed, reader, tail)) is None
    tail[1] = ("today", 9, "npadvmod", "NOUN")  # control: no measure
    assert _read(reader, _kiosk_near(parsed, reader, tail)) == ("Ombaka", NAME)
