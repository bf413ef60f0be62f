"""A deed placed nowhere in a report whose only place is its provincial dateline town
(`placing.filed_region`): the town's region, no point, geo_precision 3; not from the capital,
and not a deed of another country."""

from types import SimpleNamespace

from eventdesk.records import Place

TEXT = "Lokoja: Gunmen shot dead a trader on Friday night, police said."


def _setup(feature_code="PPLA", population=60_000):
    import spacy

    from eventdesk.extensions import register_extensions

    register_extensions()
    doc = spacy.blank("en")(TEXT)
    town = SimpleNamespace(geonameid="77001", feature_code=feature_code, population=population)
    doc._.places = [SimpleNamespace(start=0, end=1, start_char=0, end_char=6, kind="place",
                                    candidates=[town])]
    lokoja = Place(country="Nigeria", country_code="NG", admin1="Kogi", location="Lokoja",
                   latitude=7.8, longitude=6.74, geonameid="77001", geo_precision=1)
    placer = SimpleNamespace(filed_from=lambda d: lokoja,
                             judge=SimpleNamespace(is_dateline=lambda d, m: m.start == 0))
    return doc, placer


def _draft(place=None):
    return SimpleNamespace(place=place)


def test_a_deed_placed_nowhere_is_in_the_provincial_dateline_towns_region():
    from eventdesk.components.events.placing.filed_region import in_the_filed_region

    doc, placer = _setup()
    deed, abroad = _draft(), _draft(Place(country="Benin", country_code="BJ"))
    in_the_filed_region(placer, doc, [deed, abroad], "NG")
    assert (deed.place.admin1, deed.place.geo_precision, deed.place.latitude,
            deed.place.country_code) == ("Kogi", 3, None, "NG")
    assert abroad.place.admin1 is None


def test_no_region_from_the_capitals_desk():
    from eventdesk.components.events.placing.filed_region import in_the_filed_region

    doc, placer = _setup("PPLC", 2_000_000)
    deed = _draft()
    in_the_filed_region(placer, doc, [deed], "NG")
    assert deed.place is None
