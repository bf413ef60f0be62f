""""The camp" after the report named "the Velmora camp" (placing/named_camp.py): the camp the
report named, at the place the index knows by its name."""

from types import SimpleNamespace


def _camp_doc(parsed):
    # "a man was shot inside Velmora camp . gunmen shot a refugee in the camp"
    words = ["man", "shot", "inside", "Velmora", "camp", ".", "gunmen", "shot", "refugee",
             "in", "the", "camp"]
    doc = parsed(words, [1, 1, 1, 4, 2, 1, 7, 7, 7, 7, 11, 9],
                 ["nsubjpass", "ROOT", "prep", "compound", "pobj", "punct", "nsubj", "ROOT",
                  "dobj", "prep", "det", "pobj"])
    velmora = SimpleNamespace(kind="place", start=3, end=4)
    doc._.places, doc._.countries = [velmora], ["SY"]
    return doc, velmora


def _placer(plausible):
    at_velmora = SimpleNamespace(location="Velmora", latitude=36.5, longitude=41.0)
    return SimpleNamespace(judge=SimpleNamespace(plausible=lambda doc, m: plausible),
                           gazetteer=SimpleNamespace(resolve=lambda m, countries: at_velmora))


def test_the_camp_is_the_named_camp_at_the_place_it_is_named_after(parsed):
    from eventdesk.components.events.placing.named_camp import camp_named_before

    doc, _ = _camp_doc(parsed)
    clause = SimpleNamespace(tokens=list(doc[6:12]))
    place = camp_named_before(_placer(True), doc, clause)
    assert place is not None and place.location == "Velmora"


def test_no_camp_named_before_or_no_place_by_its_name_leaves_the_clause_unplaced(parsed):
    from eventdesk.components.events.placing.named_camp import camp_named_before

    doc, _ = _camp_doc(parsed)
    # the camp's name is no place the judge keeps
    assert camp_named_before(_placer(False), doc, SimpleNamespace(tokens=list(doc[6:12]))) \
        is None
    # the first sentence names the camp itself, with no "the camp" to refer back
    assert camp_named_before(_placer(True), doc, SimpleNamespace(tokens=list(doc[0:6]))) \
        is None
