"""A town's name opening a site's name (place_mentions/town_sites.py): the site's town, unless
a namesake abroad of a person the site is named after."""

from types import SimpleNamespace


def _town(start, text, *, country, match, population):
    reading = SimpleNamespace(country_code=country, match=match, population=population,
                              is_region=False, admin1="01", geonameid="1")
    return SimpleNamespace(start=start, end=start + 1, text=text, kind="place",
                           designator=None, country_code=None, candidates=[reading])


def test_a_site_named_after_a_person_is_no_namesake_towns_of_another_country(parsed):
    """"shells hit the Tarvo Selim Airport near Kelmar": "Tarvo" opens the site's name; the
    site is the town's only when the report's other places lie in the town's country (a
    foreign namesake is a person the airport is named after)."""
    from spacy.tokens import Span

    from eventdesk.components.events.place_mentions import MentionJudge

    judge = MentionJudge(SimpleNamespace(demonym_country=lambda word: None,
                                         country_code_of=lambda word: None))
    # a near spelling of a village abroad ("normalised") tells no country of the report's
    for other_country, match, plausible in (("SO", "exact", False), ("IN", "exact", True),
                                            ("SO", "normalised", True)):
        doc = parsed(["shells", "hit", "the", "Tarvo", "Selim", "Airport", "near", "Kelmar"],
                     [1, 1, 5, 5, 5, 1, 1, 6],
                     ["nsubj", "ROOT", "det", "compound", "compound", "dobj", "prep",
                      "pobj"],
                     pos=["NOUN", "VERB", "DET", "PROPN", "PROPN", "PROPN", "ADP", "PROPN"])
        doc.ents = [Span(doc, 3, 6, label="ORG"), Span(doc, 7, 8, label="GPE")]
        town = _town(3, "Tarvo", country="IN", match="exact", population=150_000)
        other = _town(7, "Kelmar", country=other_country, match=match,
                              population=90_000)
        doc._.places, doc._.countries, doc._.actors = [town, other], ["IN", "SO"], []
        assert judge.plausible(doc, town) is plausible
