"""What holds the small place a clause names (issue 9): the countryside named beside it, the
region named right after it."""

import copy
from types import SimpleNamespace

import spacy


def _mention(start, end, *, population, kind="place", designator=None):
    return SimpleNamespace(start=start, end=end, kind=kind, designator=designator,
                           candidates=[SimpleNamespace(population=population)])


def test_the_countryside_named_beside_a_small_place_holds_it():
    from eventdesk.components.events.placing.phrases import countryside_holder

    # 0 offensive 1 in 2 the 3 northern 4 Aleppo 5 countryside 6 , 7 striking 8 farms 9 of
    # 10 Al-Malaah
    doc = spacy.blank("en")("offensive in the northern Aleppo countryside , striking farms of "
                            "Al-Malaah")
    aleppo = _mention(4, 5, population=2_000_000)
    village = _mention(10, 11, population=0)
    pool = [aleppo, village]
    assert countryside_holder(doc, village, pool) is aleppo
    # the countryside holds nothing for itself, nor for a well-known town named beside it
    assert countryside_holder(doc, aleppo, pool) is None
    town = _mention(10, 11, population=200_000)
    assert countryside_holder(doc, town, [aleppo, town]) is None
    # a town named beside another town (no countryside) has no such holder
    doc = spacy.blank("en")("offensive in the northern Aleppo city , striking farms of Al-Malaah")
    assert countryside_holder(doc, village, pool) is None


def test_the_division_named_right_after_a_small_place_holds_it():
    from eventdesk.components.events.placing.phrases import countryside_holder

    # 0 bombs 1 on 2 Ywathit 3 village 4 in 5 Shwebo 6 township 7 , 8 then 9 Kani
    doc = spacy.blank("en")("bombs on Ywathit village in Shwebo township , then Kani")
    village = _mention(2, 3, population=1_619)
    township = _mention(5, 6, population=88_914, designator="township")
    assert countryside_holder(doc, village, [village, township]) is township
    # controls: a town named further on, or a place named after the division, is not held
    other = _mention(9, 10, population=0)
    assert countryside_holder(doc, other, [other, township]) is None
    plain = _mention(5, 6, population=88_914)
    assert countryside_holder(doc, village, [village, plain]) is None


def test_a_name_read_abroad_gives_way_to_the_region_of_the_report_s_country_said_to_hold_it():
    from eventdesk.components.events.placing import Placer
    from eventdesk.records import Place

    # "car bombs were detonated in San pablo in Bolivar province, northern Colombia"
    san, bolivar = _mention(5, 6, population=103_227), _mention(8, 9, population=1_680_823,
                                                               kind="region")
    readings = {id(san): Place(country="Mali", country_code="ML", location="San",
                               latitude=13.3, longitude=-4.9),
                id(bolivar): Place(country="Colombia", country_code="CO", admin1="Bolivar",
                                   latitude=8.7, longitude=-74.5, geo_precision=3)}
    doc = spacy.blank("en")("car bombs were detonated in San pablo in Bolivar province")
    placer = object.__new__(Placer)
    placer.gazetteer = SimpleNamespace(resolve=lambda m, countries: readings[id(m)],
                                       demonym_country=lambda word: None)
    found = placer._home_reading(doc, san, readings[id(san)], [san, bolivar], ["CO", "ML"])
    assert found == (bolivar, readings[id(bolivar)])
    # read in the report's main country already, or no other place there: kept
    assert placer._home_reading(doc, san, readings[id(san)], [san, bolivar], ["ML"]) is None
    assert placer._home_reading(doc, san, readings[id(san)], [san], ["CO"]) is None
    # a town of the report's country named elsewhere in the clause is another place
    # ("captured in Caracas ... delivered to authorities in the border town of Cucuta")
    town = _mention(8, 9, population=1_680_823)
    readings[id(town)] = readings[id(bolivar)]
    assert placer._home_reading(doc, san, readings[id(san)], [san, town], ["CO", "ML"]) is None
    # "Duhok in Iraqi Kurdistan": a region a demonym puts in another country than the main one
    placer.gazetteer.demonym_country = lambda word: "ML" if word == "in" else None
    assert placer._home_reading(doc, san, readings[id(san)], [san, bolivar], ["CO"]) is None


def test_a_small_place_read_in_another_province_than_its_countryside_is_read_inside_it():
    from eventdesk.components.events.placing import Placer
    from eventdesk.records import Place

    doc = spacy.blank("en")("offensive in the northern Aleppo countryside , striking farms of "
                            "Al-Malaah")
    aleppo, village = _mention(4, 5, population=2_000_000), _mention(10, 11, population=0)
    city = Place(country="Syria", country_code="SY", admin1="Aleppo", location="Aleppo",
                 latitude=36.2, longitude=37.16, geo_precision=1)
    namesake = Place(country="Syria", country_code="SY", admin1="Suwayda", location="Malah",
                     latitude=32.6, longitude=36.7, geo_precision=1)
    kept = Place(country="Syria", country_code="SY", admin1="Aleppo",
                 location="Aleppo - Al-Malaah", latitude=36.2, longitude=37.16, geo_precision=2)

    def resolve(mention, countries, container=None):
        if mention is aleppo:
            return copy.copy(city)
        return kept if container is aleppo else namesake

    placer = object.__new__(Placer)
    placer.gazetteer = SimpleNamespace(resolve=resolve, resolve_name=lambda *a, **k: None)
    pool = [aleppo, village]
    assert placer._in_its_countryside(doc, village, namesake, pool, ["SY"]) is kept
    # a reading inside the countryside's province stands
    inside = Place(country="Syria", country_code="SY", admin1="Aleppo", location="Tall Rifat",
                   latitude=36.47, longitude=37.1, geo_precision=1)
    assert placer._in_its_countryside(doc, village, inside, pool, ["SY"]) is inside


def test_the_place_a_region_owns_is_the_scene_inside_it(parsed):
    from eventdesk.components.events.placing.phrases import held_by

    # "killed in Sichuan province's Aba county"
    doc = parsed(["killed", "in", "Sichuan", "province", "'s", "Aba", "county"],
                 [0, 0, 3, 6, 3, 6, 1],
                 ["ROOT", "prep", "compound", "poss", "case", "compound", "pobj"])
    sichuan, aba = _mention(2, 3, population=0), _mention(5, 6, population=0)
    assert held_by(doc, sichuan, [sichuan, aba]) is aba
    assert held_by(doc, aba, [sichuan, aba]) is None
    # "killed in Sichuan and in Aba county": no owner
    doc = parsed(["killed", "in", "Sichuan", "and", "in", "Aba", "county"],
                 [0, 0, 1, 1, 1, 6, 4],
                 ["ROOT", "prep", "pobj", "cc", "conj", "compound", "pobj"])
    assert held_by(doc, sichuan, [sichuan, aba]) is None
