"""Sites and features the index lacks (an airbase, a hospital, a mountain range), placed at
the town or region the report gives, with the site's name kept (issue 9, item 2)."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


def _places(text):
    return [(e.location, e.admin1, e.geo_precision)
            for e in eventdesk.extract(text, published="2024-01-12")]


@pytest.mark.parametrize("text, expected", [
    ("Troops launched an attack on Islamic State outposts to the south of the Kweires airbase "
     "in the eastern countryside of the city of Aleppo on Monday.",
     ("Aleppo - Kweires airbase", "Aleppo", 2)),
    ("A car bomb exploded close to the al-Yarmouk Hospital in western Baghdad on Monday, "
     "wounding two.", ("Baghdad - al-Yarmouk Hospital", "Baghdad", 2)),
    ("Later, inmates in Istanbul's Bayrampasa prison captured 25 guards.",
     ("Istanbul - Bayrampasa prison", "Istanbul", 2)),
    # a site named after its town: the town, with the site's name
    ("Afghan forces attacked the Taliban near Kandahar airfield, killing 12.",
     ("Kandahar - Kandahar airfield", "Kandahar", 2)),
])
def test_a_site_the_index_lacks_is_kept_as_a_part_of_its_town(text, expected):
    assert _places(text)[0] == expected


def test_a_feature_in_a_region_keeps_the_regions_centre_under_its_name():
    [(location, admin1, precision)] = _places(
        "Inside the Latakia Governorate's northern countryside, rebels launched another "
        "counter-offensive in the Turkmen Mountains on Wednesday.")
    assert (location, admin1, precision) == ("Turkmen Mountains", "Latakia", 3)


def test_no_site_no_part_and_a_district_is_not_overwritten():
    assert _places("Gunmen killed three soldiers at a checkpoint in Baghdad on Monday.") == [
        ("Baghdad", "Baghdad", 1)]
    # the part of the city the clause names is more precise than the site
    places = _places("Shelling hit Aleppo on Monday. On Tuesday, shells hit the al-Razi "
                     "Hospital in the al-Sakhour district, killing three.")
    assert places[-1][0] == "Aleppo - al-Sakhour"
    # with no part named, the hospital is the part
    places = _places("Shelling hit Aleppo on Monday. On Tuesday, shells hit the al-Razi "
                     "Hospital, killing three.")
    assert places[-1] == ("Aleppo - al-Razi Hospital", "Aleppo", 2)


def test_a_site_people_fled_to_is_not_the_events():
    places = _places("Gunmen killed five people in Baghdad on Monday and the survivors fled "
                     "to the Zamzam camp.")
    assert places[0][0] == "Baghdad"


def test_a_party_after_at_is_no_part_of_the_town():
    # "aimed at U.S.-led forces": not a district "U.S.-led" of Ramadi
    events = eventdesk.extract(
        "A man accused of making roadside bombs aimed at U.S.-led forces was captured in "
        "Ramadi, the capital of Anbar province.", published="2024-01-12")
    assert [e.location for e in events] == ["Ramadi"]


def test_a_region_under_a_villages_name_keeps_it():
    # the settlement the clause names is the event's; the mountain beside it is another's
    [(location, admin1, precision)] = _places(
        "In the province of Latakia, rebels shelled the settlement of Kwanar Zabbo and "
        "positions of government forces on Mount Abu Ali.")
    assert (location, admin1, precision) == ("Kwanar Zabbo", "Latakia", 3)


def test_the_generic_end_of_a_longer_name_is_no_site():
    # "(Tiyas) Military Airport": "Military Airport" alone names no site
    events = eventdesk.extract("The Syrian Arab Army launched a powerful assault west of the "
                               "T4 (Tiyas) Military Airport in eastern Homs on Thursday.",
                               published="2024-01-12")
    assert [e.location for e in events] == ["Homs"]


@pytest.mark.parametrize("text, expected", [
    # a landmark named by its last word: a park, gas fields, a station
    ("A car bomb went off at the Nyanya Motor Park in Abuja on Monday, killing 20.",
     ("Abuja - Nyanya Motor Park", 2)),
    ("Troops launched an attack in the eastern countryside of Homs on Monday, targeting the "
     "Al-Mahr Gas Fields.",
     ("Al-Mahr Gas Fields", 3)),
    # a part of a town named with its landmark word keeps the word
    ("Thousands of protesters marched to Trafalgar Square in central London on Saturday.",
     ("London - Trafalgar Square", 2)),
    ("A bomb exploded in Mogadishu's Bakara market on Monday, killing five.",
     ("Mogadishu - Bakara market", 2)),
    # a site's name of everyday words after a town's possessive
    ("Hamas had already bombed Jerusalem's Hebrew University last Wednesday, killing five "
     "Americans and two Israelis.",
     ("Jerusalem - Hebrew University", 2)),
])
def test_a_landmark_keeps_its_landmark_word(text, expected):
    assert _places(text)[0][::2] == expected


def test_a_named_facility_near_which_it_happened_is_no_town_the_index_lacks():
    # "near Central Hospital": a site of the town the report is about, not an unknown
    # town of that name left with no point
    events = eventdesk.extract(
        "Fighting in Kandahar entered its third week. On Monday, a mortar round hit a "
        "market near Central Hospital, killing four people.", published="2024-01-12")
    hit = [e for e in events if "mortar" in e.evidence]
    assert hit and hit[0].latitude is not None
    assert hit[0].location.split(" - ")[0] == "Kandahar"


@pytest.mark.slow
def test_the_town_an_institution_is_named_with_is_the_scene():
    # "the Government Science College, Kagara, in Niger State": NER calls the town a person
    events = eventdesk.extract(
        "Gunmen stormed the Government Science College, Kagara, in Niger State on Wednesday "
        "and abducted dozens of students, police said.", published="2021-02-18")
    assert [(e.location, e.admin1) for e in events] == [("Kagara", "Niger")]
