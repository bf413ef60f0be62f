"""How the classifier is shown a sentence that lists places (components/list_reading.py):
each list cut to its first name, the event word's span moved with the cut."""

from types import SimpleNamespace

from eventdesk.components.list_reading import listed_after_first, one_place_example

WORDS = "Marches were held in Vorna , Kelst and Dumi while Brask stayed calm .".split()


def _doc(parsed, names):
    doc = parsed(WORDS, heads=[2] * len(WORDS), deps=["dep"] * len(WORDS))
    doc[2].dep_ = "ROOT"
    doc._.places = [SimpleNamespace(start=WORDS.index(n), end=WORDS.index(n) + 1,
                                    kind=kind) for n, kind in names]
    return doc


def test_a_list_of_places_is_cut_to_its_first_name(parsed):
    doc = _doc(parsed, [("Vorna", "place"), ("Kelst", "place"), ("Dumi", "place"),
                        ("Brask", "place")])
    sent = doc[:]
    held = doc[2]
    text, start, end = one_place_example(doc, sent, held.idx, held.idx + len(held))
    assert text == "Marches were held in Vorna while Brask stayed calm ."
    assert text[start:end] == "held"
    stayed = doc[WORDS.index("stayed")]
    text, start, end = one_place_example(doc, sent, stayed.idx, stayed.idx + len(stayed))
    assert text[start:end] == "stayed"  # a word after the cut moves with it


def test_names_not_listed_or_not_places_are_kept(parsed):
    doc = _doc(parsed, [("Vorna", "place"), ("Kelst", "region"), ("Brask", "place")])
    assert listed_after_first(doc, doc[:]) == []


def test_a_town_and_its_district_set_side_by_side_are_no_list(parsed):
    """"in Vorna, Kelst while …": a comma alone joins a town to its district, one place."""
    doc = _doc(parsed, [("Vorna", "place"), ("Kelst", "place"), ("Brask", "place")])
    assert listed_after_first(doc, doc[:]) == []
