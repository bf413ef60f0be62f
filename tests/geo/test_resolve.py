import pytest

from eventdesk.distance import haversine_km


def test_exact_beats_transliteration_and_reasons_are_given(gaz):
    found = gaz.lookup("Deir ez-Zour")
    assert found[0].geonameid == 170794
    assert found[0].match == "normalised"
    assert any("normalised name" in r for r in found[0].reasons)
    hims = gaz.lookup("Hims")[0]
    assert hims.geonameid == 169577 and hims.match == "exact"


def test_population_ranks_without_context_and_country_filter(gaz):
    assert [c.country_code for c in gaz.lookup("Tripoli")] == ["LY", "LB"]
    assert [c.country_code for c in gaz.lookup("Tripoli", country="lb")] == ["LB"]
    assert gaz.lookup("Tripoli")[0].country == "Libya"


def test_document_country_decides_between_namesakes(gaz):
    assert gaz.resolve_name("Tripoli", countries=["LB"]).country == "Lebanon"
    assert gaz.resolve_name("Tripoli", countries=[("LY", 0.9), ("LB", 0.1)]).country_code == "LY"


def test_transliterated_name_resolves_in_context(gaz):
    place = gaz.resolve_name("Khaldiyeh", countries=["SY"])
    assert place.geonameid == 9000001 and place.geo_precision == 1
    jordan = gaz.resolve_name("Al-Khalidiya", countries=["JO"])
    assert jordan.geonameid == 9000002


def test_containment_picks_the_place_inside_the_container(gaz):
    # Without context the populated Jordanian village wins; "in Homs" selects the Homs one.
    assert gaz.lookup("Al-Khalidiya")[0].country_code == "JO"
    place = gaz.resolve_name("Al-Khalidiya", countries=["SY", "JO"], container_name="Homs")
    assert place.geonameid == 9000001
    assert place.location == "Homs - Al Khalidiyah"
    assert place.admin1 == "Homs" and place.country == "Syria"


def test_district_known_to_the_index_keeps_precision_1(gaz):
    place = gaz.resolve_name("al-Rashedin district", countries=["SY"], container_name="Aleppo")
    assert place.geonameid == 9000003
    assert place.geo_precision == 1
    assert place.location == "Aleppo - Ar Rashidin"


def test_district_missing_from_index_falls_back_to_city_precision_2(gaz):
    place = gaz.resolve_name("al-Sakhour", countries=["SY"], container_name="Aleppo")
    assert place.geonameid == 170063
    assert place.geo_precision == 2
    assert place.location == "Aleppo - al-Sakhour"
    assert (place.latitude, place.longitude) == (36.20124, 37.16117)


def test_unknown_name_with_a_known_prefix_falls_back_to_the_prefix(gaz):
    place = gaz.resolve_name("Homs al-Qadima", countries=["SY"])
    assert place.geonameid == 169577 and place.geo_precision == 2
    assert place.location == "Homs - al-Qadima"


def test_region_word_selects_the_region_with_precision_3(gaz):
    city = gaz.resolve_name("Aleppo", countries=["SY"])
    assert city.geonameid == 170063 and city.geo_precision == 1
    region = gaz.resolve_name("Aleppo province", countries=["SY"])
    assert region.geonameid == 170062
    assert region.geo_precision == 3
    assert region.admin1 == "Aleppo"
    assert region.latitude is not None


def test_unknown_village_in_a_named_region_gets_the_region_point(gaz):
    place = gaz.resolve_name("Kafr Nabudah", countries=["SY"], container_name="Homs province")
    assert place.geonameid == 169575
    assert place.geo_precision == 3
    assert place.location == "Kafr Nabudah"


def test_country_resolves_without_coordinates_or_admin1(gaz):
    place = gaz.resolve_name("Syria", countries=["SY"])
    assert place.country == "Syria" and place.country_code == "SY"
    assert place.latitude is None and place.longitude is None and place.admin1 is None
    assert place.geo_precision is None
    congo = gaz.resolve_name("DR Congo")
    assert congo.country == "Democratic Republic of Congo"


def test_imported_country_entry_is_a_country_never_a_point(gaz):
    # GeoNames' PCLI rows carry a centroid; a name only they have still means the country.
    assert gaz.lookup("Yamanland")[0].feature_code == "PCLI"
    place = gaz.resolve_name("Yamanland")
    assert place.country == "Yemen" and place.latitude is None and place.admin1 is None


def test_small_namesake_abroad_is_not_taken(gaz):
    # A 33,000-person Polish town is not what a Syrian report means by "Police".
    assert gaz.resolve_name("Police", countries=["SY"]) is None
    assert gaz.resolve_name("Police", countries=["PL"]).country == "Poland"


def test_unknown_name_resolves_to_none(gaz):
    assert gaz.resolve_name("Qwertyville", countries=["SY"]) is None
    assert gaz.lookup("Qwertyville") == []


@pytest.mark.parametrize(("a", "b", "km"), [
    ((36.20124, 37.16117), (34.72682, 36.72339), 169),   # Aleppo-Homs
    ((0.0, 0.0), (0.0, 1.0), 111),
])
def test_haversine(a, b, km):
    assert haversine_km(*a, *b) == pytest.approx(km, abs=2)


def test_split_containment_forms():
    from eventdesk.geo.resolution import split_containment

    assert split_containment("al-Rashedin, Aleppo") == ("al-Rashedin", "Aleppo")
    assert split_containment("Aleppo - al-Rashedin") == ("al-Rashedin", "Aleppo")
    assert split_containment("Aleppo – al-Rashedin") == ("al-Rashedin", "Aleppo")
    assert split_containment("Khalidiya  in Homs") == ("Khalidiya", "Homs")
    assert split_containment("Zamalka in the Eastern Ghouta") == ("Zamalka", "Eastern Ghouta")
    # A hyphen inside a name, or a plain name, is no containment.
    assert split_containment("Deir ez-Zor") is None
    assert split_containment("Jisr al-Shughur") is None
    assert split_containment("Mosul - -") is None


def test_small_namesakes_of_a_first_level_region_give_way_to_it():
    from eventdesk.geo.candidates import Candidate
    from eventdesk.geo.namesakes import _without_small_namesakes_of_a_region

    def cand(name, admin1, code, population, *, region=False, matched=None):
        return Candidate(1, name, "MX", "Mexico", admin1, None, "A" if region else "P", code,
                         population, 0.0, 0.0, is_region=region, match="exact",
                         matched_name=(matched or name).lower())

    state = cand("Sinaloa", "Sinaloa", "ADM1", 2_500_000, region=True)
    hamlet = cand("Sinaloa", "Chiapas", "PPL", 1_020)
    alias = cand("Sinaloa de Leyva", "Sinaloa", "PPL", 5_240, matched="sinaloa")
    city = cand("Chihuahua", "Chihuahua", "PPL", 925_762)
    assert _without_small_namesakes_of_a_region([hamlet, alias, state]) == [state]
    # the region's own town of the very name stays (Aleppo, Kidal, Chihuahua)
    assert _without_small_namesakes_of_a_region([city, state.__class__(
        **{**state.to_dict(), "name": "Chihuahua", "admin1": "Chihuahua"})])[0] is city
    # without a region among them nothing is dropped
    assert _without_small_namesakes_of_a_region([hamlet, alias]) == [hamlet, alias]


def test_a_name_the_country_lacks_is_read_by_loose_spelling_there_only(gaz):
    # "Halidiyah" (no kh): neither its key nor its skeleton is in the index
    assert gaz.candidates("Halidiyah") == []
    in_syria = gaz.lookup("Halidiyah", country="SY")
    assert [(c.geonameid, c.match) for c in in_syria] == [(9000001, "transliteration")]
    assert [c.geonameid for c in gaz.lookup("Halidiyah", country="JO")] == [9000002]
    assert gaz.lookup("Halidiyah", country="LB") == []  # never a namesake abroad
    assert gaz.resolve_name("Halidiyah", countries=["SY"]).geonameid == 9000001
    assert gaz.resolve_name("Halidiyah") is None


def test_loose_spelling_needs_a_long_enough_and_alike_name(gaz):
    assert gaz.lookup("Homsa", country="SY") == []        # too short to read loosely
    assert gaz.lookup("Hiladiyah", country="SY") == []    # letters in another order


def test_a_countrys_loose_keys_are_read_once_with_their_choices(gaz):
    first = gaz._loose_keys("SY", "h")
    assert first.choices == tuple(first.keys) and "halada" in first.choices
    assert gaz._loose_keys("SY", "h") is first  # cached: no list rebuilt per lookup
    assert [c.geonameid for c in gaz.lookup("Halidiyah", country="SY")] == [9000001]
    assert gaz._loose_keys("SY", "h") is first


@pytest.mark.parametrize("name", ["Tripoli", "Al-Khalidiya", "Homs", "Khaldiyeh"])
@pytest.mark.parametrize("codes", [[], ["LB"], ["SY", "JO"], ["LY", "LB"]])
@pytest.mark.parametrize("designator", [None, "province", "district"])
def test_the_reading_resolve_takes_is_the_one_rank_puts_first(gaz, name, codes, designator):
    """Resolving with no container scores readings without copying them: the reading it
    takes is rank's first, whatever the countries and the region word."""
    from eventdesk.geo.resolution import _first_ranked

    found = gaz.candidates(name)
    ranked = gaz.rank(found, countries=codes, designator=designator)
    first = _first_ranked(found, codes, designator)
    assert (first.geonameid if first else None) == (ranked[0].geonameid if ranked else None)


def test_a_lookup_cut_short_part_way_leaves_no_half_built_cache(gaz, monkeypatch):
    """A report past report_timeout is stopped between any two bytecodes: candidates and
    a country's loose keys cut part-way are cached whole on the next lookup, never half."""
    import eventdesk.geo.gazetteer as gazetteer
    from eventdesk.time_limit import TimeUp

    whole = [(c.geonameid, c.match) for c in gaz.candidates("Tripoli")]
    loose = gaz._loose_keys("SY", "h")
    assert len(whole) > 1 and len(loose.choices) > 1
    for cache in (gaz._row_cache, gaz._candidate_cache, gaz._loose_by_country):
        cache.clear()
    for name in ("candidate_from_row", "loose_of_key"):
        real, calls = getattr(gazetteer, name), []

        def second_call_cut(*args, real=real, calls=calls):
            calls.append(args)
            if len(calls) == 2:
                raise TimeUp
            return real(*args)
        monkeypatch.setattr(gazetteer, name, second_call_cut)
    with pytest.raises(TimeUp):
        gaz.candidates("Tripoli")
    with pytest.raises(TimeUp):
        gaz._loose_keys("SY", "h")
    assert [(c.geonameid, c.match) for c in gaz.candidates("Tripoli")] == whole
    assert gaz._loose_keys("SY", "h") == loose


def test_a_district_word_takes_the_district_of_the_town_the_report_means(gaz):
    from eventdesk.geo.candidates import Candidate, PlaceMention

    def cand(admin1, code, population, score):
        return Candidate(1 if code == "PPL" else 2, "Varnel", "IN", "India", admin1, None,
                         "A" if code == "ADM2" else "P", code, population, 1.0, 1.0,
                         score=score, is_region=code == "ADM2", match="exact",
                         matched_name="varnel")

    big = cand("Karnala", "ADM2", 500_000, 3.5)
    small = cand("Bastara", "ADM2", 30_000, 3.0)
    town = cand("Bastara", "PPL", 16_000, 5.0)   # first: the report's places are in Bastara
    mention = PlaceMention(start=0, end=1, start_char=0, end_char=6, text="Varnel",
                           kind="place", designator="district",
                           candidates=[town, big, small])
    assert gaz.resolve(mention, countries=["IN"]).admin1 == "Bastara"
    # the populous namesake district when the report means the town of its state
    mention.candidates = [cand("Karnala", "PPL", 300_000, 5.0), big, small]
    assert gaz.resolve(mention, countries=["IN"]).admin1 == "Karnala"
    # without the district word the town itself
    mention.designator, mention.candidates = None, [town, big, small]
    assert gaz.resolve(mention, countries=["IN"]).geo_precision == 1


def test_a_city_part_with_no_container_is_of_the_reports_own_country(gaz):
    """"gunmen fired on a bus in the southern Karmel neighbourhood" of a report filed from
    an Iraqi city that names "U.S. troops": a hamlet of that name in the United States is no
    reading of a city's part (the placing keeps it at the report's city)."""
    from eventdesk.geo.candidates import Candidate, PlaceMention

    hamlet = Candidate(1, "Karmel", "US", "United States", "Ohio", None, "P", "PPL", 2_000,
                       40.0, -82.0, score=4.6, match="exact", matched_name="karmel")
    mention = PlaceMention(start=0, end=1, start_char=0, end_char=6, text="Karmel",
                           kind="place", designator="neighbourhood", candidates=[hamlet])
    assert gaz.resolve(mention, countries=["IQ", "US"]) is None
    # a report on the United States keeps it; and without the word it is a town there
    assert gaz.resolve(mention, countries=["US", "IQ"]).country_code == "US"
    mention.designator = None
    assert gaz.resolve(mention, countries=["IQ", "US"]).country_code == "US"
    # "the four villages of X district": a district may be a neighbour's division
    mention.designator = "district"
    assert gaz.resolve(mention, countries=["IQ", "US"]).country_code == "US"
