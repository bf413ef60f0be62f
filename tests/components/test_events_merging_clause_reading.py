"""Readings of a clause's words the merging tests share: back-references, a sentence
naming only a region."""

import pytest

import eventdesk
from eventdesk.components.events.merging.clause_reading import done_again, is_backref, subject_of
from eventdesk.components.triggers import clauses
from eventdesk.records import Document
from tests.components.merging_tellings import (
    MONDAY,
)


@pytest.mark.slow
def test_a_noun_naming_another_incident_is_no_back_reference():
    """"in another attack", "in a separate raid", "in the other clashes" do not point back
    to the event told before; "in the attack" does."""
    pipeline = eventdesk.load()
    for phrase, expected in (("were killed in the attack", True),
                             ("were killed in another attack", False),
                             ("were killed in the other clashes", False),
                             ("were killed in the separate raid", False)):
        doc = pipeline.parse(Document(text="Three soldiers " + phrase + ".", doc_id="backref",
                                      published=MONDAY), classifier=False)
        noun = next(t for t in doc if t.lemma_.lower() in ("attack", "clash", "raid"))
        assert is_backref(noun) is expected, phrase


@pytest.mark.slow
def test_a_region_named_alone_is_told_apart_from_a_sentence_naming_a_town():
    """The dateline's city ("KADUNA – …") is where the report was filed, not a town the
    sentence names; a sentence naming only a state is region-only, one naming a town not."""
    from eventdesk.components.events.merging.clause_reading import names_only_a_region

    report = ("KADUNA – Clashes between herders and farmers in the south of Kaduna State have "
              "left at least 40 dead, the governor said. The heaviest fighting was recorded "
              "in Zonkwa on Tuesday.")
    doc = eventdesk.load().parse(Document(text=report, doc_id="region", published=MONDAY))
    first, second = [s for s in doc.sents if "Clashes" in s.text or "fighting" in s.text]
    assert names_only_a_region(doc, first)
    assert not names_only_a_region(doc, second)


@pytest.mark.slow
def test_a_verb_told_as_done_again():
    """"the jets returned and bombed the same village again": done once more."""
    doc = eventdesk.load().parse(Document(
        text="On Wednesday, the jets returned and bombed the same village again.",
        doc_id="again", published=MONDAY), classifier=False)
    bombed = next(c for s in doc.sents for c in clauses(s, doc._.triggers)
                  if c.root.lower_ == "bombed")
    assert done_again(bombed)


@pytest.mark.slow
def test_each_verb_of_a_list_shares_the_subject_of_the_first():
    """"The raiders blocked the road, dragged the drivers out and beat them": the third
    verb is joined to the second, the second to the first, which alone has the subject."""
    doc = eventdesk.load().parse(Document(
        text="The raiders blocked the road, dragged the drivers out and beat them.",
        doc_id="list", published=MONDAY), classifier=False)
    beat = next(t for t in doc if t.lower_ == "beat")
    assert beat.dep_ == "conj" and beat.head.dep_ == "conj"
    assert subject_of(beat, whole_list=True).lower_ == "raiders"
    assert subject_of(beat) is None  # one step only: "… and were looted by soldiers"


def test_a_dateline_city_is_read_over_spaces_before_its_dash(parsed):
    from types import SimpleNamespace

    from eventdesk.components.events.merging.clause_reading import _dateline_city

    # "CÚCUTA  – The confrontations": the doubled space is a token before the dash
    doc = parsed(["CÚCUTA", " ", "–", "The", "confrontations"], [4, 0, 4, 4, 4],
                 ["npadvmod", "dep", "punct", "det", "ROOT"])
    assert _dateline_city(doc, SimpleNamespace(start=0, end=1))
    # control: a city opening the sentence with no dash after it
    doc = parsed(["Cúcuta", " ", "saw", "clashes"], [2, 0, 2, 2], ["nsubj", "dep", "ROOT", "dobj"])
    assert not _dateline_city(doc, SimpleNamespace(start=0, end=1))


@pytest.mark.parametrize(("text", "expected"), [
    ("A similar device exploded near a checkpoint in Ghotki the same day .", True),
    ("Separately , a device exploded near a checkpoint in Ghotki .", True),
    ("In the meantime , a device exploded near a checkpoint in Ghotki .", True),
    ("The device exploded near a checkpoint in Ghotki the same day .", False),
])
def test_a_similar_deed_is_told_as_another_incident(text, expected):
    """"A similar device exploded in X the same day": like the one told before, so not it."""
    import spacy

    from eventdesk.components.events.merging.clause_reading import told_as_another
    from eventdesk.components.triggers import Clause

    doc = spacy.blank("en")(text)
    root = next(t for t in doc if t.text == "exploded")
    assert told_as_another(doc, doc[:], Clause(root=root, tokens=list(doc),
                                               sent=doc[:])) is expected


def test_people_a_relative_clause_places_are_no_place_attacked(parsed):
    from spacy.tokens import Span

    from eventdesk.components.events.merging.clause_reading import object_is_a_place
    from eventdesk.components.triggers import Clause
    from eventdesk.geo.candidates import PlaceMention

    # 0 shot 1 men 2 who 3 stopped 4 them 5 in 6 Sinjar / 0 stormed 1 the 2 town 3 of 4 Sinjar
    people = parsed(["shot", "men", "who", "stopped", "them", "in", "Sinjar"],
                    [0, 0, 3, 1, 3, 3, 5], ["ROOT", "dobj", "nsubj", "relcl", "dobj", "prep",
                                            "pobj"])
    town = parsed(["stormed", "the", "town", "of", "Sinjar"], [0, 2, 0, 2, 3],
                  ["ROOT", "det", "dobj", "prep", "pobj"])
    for doc, expected in ((people, False), (town, True)):
        doc._.places = [PlaceMention(len(doc) - 1, len(doc), 0, 0, "Sinjar", [],
                                     kind="place")]
        clause = Clause(root=doc[0], tokens=list(doc), sent=Span(doc, 0, len(doc)))
        assert object_is_a_place(doc, clause) is expected


def test_a_separate_incident_is_told_as_another_but_separate_deeds_are_not(parsed):
    from eventdesk.components.events.merging.clause_reading import told_as_another
    from eventdesk.components.triggers import Clause

    # "In a separate incident , a device exploded": 0 In 1 a 2 separate 3 incident 4 , 5 a
    # 6 device 7 exploded
    apart = parsed(["In", "a", "separate", "incident", ",", "a", "device", "exploded"],
                   [7, 3, 3, 0, 7, 6, 7, 7],
                   ["prep", "det", "amod", "pobj", "punct", "det", "nsubj", "ROOT"])
    assert told_as_another(apart, apart[:], Clause(root=apart[7], tokens=list(apart),
                                                   sent=apart[:]))
    # control: "the sides signed separate agreements" is one deed
    signed = parsed(["the", "sides", "signed", "separate", "agreements"], [1, 2, 2, 4, 2],
                    ["det", "nsubj", "ROOT", "amod", "dobj"])
    assert not told_as_another(signed, signed[:], Clause(root=signed[2], tokens=list(signed),
                                                         sent=signed[:]))


def test_a_clause_hung_on_a_deeds_subject_or_object_names_its_people(parsed):
    """"men who rallied stabbed clerks": the relative clause on the subject of "stabbed"
    names its doers (the verb's first character); "thugs beat nurses who marched", the
    object's; a protest verb heading its own clause names nobody's (-1)."""
    from eventdesk.components.events.merging.clause_reading import people_of_a_deed
    from eventdesk.components.triggers import Clause

    doc = parsed(["men", "who", "rallied", "stabbed", "clerks"], [3, 2, 0, 3, 3],
                 ["nsubj", "nsubj", "relcl", "ROOT", "dobj"])
    assert people_of_a_deed(Clause(doc[2], [doc[1], doc[2]], doc[:])) == doc[3].idx
    doc = parsed(["thugs", "beat", "nurses", "who", "marched"], [1, 1, 1, 4, 2],
                 ["nsubj", "ROOT", "dobj", "nsubj", "relcl"])
    assert people_of_a_deed(Clause(doc[4], [doc[3], doc[4]], doc[:])) == doc[1].idx
    doc = parsed(["nurses", "marched", "after", "thugs", "beat", "two"], [1, 1, 4, 4, 1, 4],
                 ["nsubj", "ROOT", "mark", "nsubj", "advcl", "dobj"])
    assert people_of_a_deed(Clause(doc[1], [doc[0], doc[1]], doc[:])) == -1
