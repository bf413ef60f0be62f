"""The placing readers look at the neighbouring word past a run of spaces: spaCy makes a
doubled space ("the  town") a token of its own, which stands between no two words."""

from types import SimpleNamespace

from spacy.tokens import Span

from eventdesk.components.events.placing.anaphora import town_anaphor
from eventdesk.components.events.placing.deeds import tells_another_event
from eventdesk.components.events.placing.phrases import is_countryside
from eventdesk.components.events.placing.side_places import _neighbour_of
from eventdesk.components.triggers import Clause


def _mention(start, end):
    return SimpleNamespace(start=start, end=end, designator=None)


def test_the_town_is_read_over_a_doubled_space(parsed):
    # "gunmen attacked the  town"
    doc = parsed(["gunmen", "attacked", "the", " ", "town"], [1, 1, 4, 2, 1],
                 ["nsubj", "ROOT", "det", "dep", "dobj"])
    clause = Clause(root=doc[1], tokens=list(doc), sent=doc[:])
    assert town_anaphor(doc, clause).i == 4


def test_rural_is_read_over_a_doubled_space(parsed):
    # "shelling in rural  Hama"
    doc = parsed(["shelling", "in", "rural", " ", "Hama"], [0, 0, 4, 2, 1],
                 ["ROOT", "prep", "amod", "dep", "pobj"])
    assert is_countryside(doc, _mention(4, 5))


def test_a_neighbour_is_read_over_a_doubled_space(parsed):
    # "Manila's  neighbouring province"
    doc = parsed(["Manila", "'s", " ", "neighbouring", "province"], [4, 0, 1, 4, 4],
                 ["poss", "case", "dep", "amod", "ROOT"])
    assert _neighbour_of(doc, _mention(0, 1))


def test_a_past_period_is_read_over_a_doubled_space(parsed):
    # "... after the fall of Palmyra last  month": another deed's time
    doc = parsed(["killed", "after", "the", "fall", "of", "Palmyra", "last", " ", "month"],
                 [0, 0, 3, 1, 3, 4, 8, 6, 3],
                 ["ROOT", "prep", "det", "pobj", "prep", "pobj", "amod", "dep", "npadvmod"])
    doc.ents = [Span(doc, 6, 9, label="DATE")]
    assert tells_another_event(doc[3])


def test_a_duration_before_after_is_read_over_a_doubled_space(parsed):
    # "weeks  after militants took the town": long after, another deed
    doc = parsed(["weeks", " ", "after", "militants", "took", "town", "killed"],
                 [2, 0, 4, 4, 6, 4, 6],
                 ["npadvmod", "dep", "mark", "nsubj", "advcl", "dobj", "ROOT"],
                 lemmas=["week", " ", "after", "militant", "take", "town", "kill"])
    assert tells_another_event(doc[4])


def _placer(**gazetteer):
    from eventdesk.components.events.placing import Placer

    placer = object.__new__(Placer)
    placer.gazetteer = SimpleNamespace(**gazetteer)
    placer._capital = lambda codes, published=None: codes  # the country whose capital it is
    return placer


def test_a_named_capital_is_read_over_a_doubled_space(parsed):
    # "shelling hit the Somali  capital"
    doc = parsed(["shelling", "hit", "the", "Somali", " ", "capital"], [1, 1, 5, 5, 3, 1],
                 ["nsubj", "ROOT", "det", "amod", "dep", "dobj"])
    placer = _placer(demonym_country=lambda w: "SO" if w == "Somali" else None,
                     country_code_of=lambda w: None)
    clause = Clause(root=doc[1], tokens=list(doc), sent=doc[:])
    assert placer._named_capital(doc, clause) == ["SO"]


def test_a_demonym_is_read_over_a_doubled_space(parsed):
    # "Iraqi  Kurdistan"
    doc = parsed(["Iraqi", " ", "Kurdistan"], [2, 0, 2], ["amod", "dep", "ROOT"])
    placer = _placer(demonym_country=lambda w: "IQ" if w == "Iraqi" else None)
    assert placer._demonym_before(doc, 2) == "IQ"


def test_a_place_s_own_day_is_read_over_doubled_spaces(parsed):
    from eventdesk.components.events.placing.phrases import day_after

    # "in Zawiya  on  Wednesday"
    doc = parsed(["in", "Zawiya", " ", "on", " ", "Wednesday"], [0, 0, 1, 0, 3, 3],
                 ["ROOT", "pobj", "dep", "prep", "dep", "pobj"])
    doc.ents = [Span(doc, 5, 6, label="DATE")]
    start, end = day_after(doc, _mention(1, 2))
    assert (start, end) == (doc[3].idx, doc[5].idx + len("Wednesday"))


def test_an_item_s_own_dateline_is_read_over_a_doubled_space(parsed):
    from eventdesk.records import Place

    # "ADEN  : Supporters rallied": a heading names a town of the report, plausible or not
    doc = parsed(["ADEN", " ", ":", "Supporters", "rallied"], [4, 0, 4, 4, 4],
                 ["npadvmod", "dep", "punct", "nsubj", "ROOT"])
    aden = Place(country="Yemen", country_code="YE", location="Aden", latitude=12.8,
                 longitude=45.0)
    doc._.places = [SimpleNamespace(start=0, end=1, text="ADEN", kind="place")]
    placer = _placer(resolve=lambda m, countries: aden)
    placer.judge = SimpleNamespace(plausible=lambda doc, m: False)
    assert placer._report_towns(doc) == [aden]
