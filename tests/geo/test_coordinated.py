"""Names listed with a town ("in Saravena and Tame") are towns of the list."""

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from eventdesk.geo.candidates import Candidate, PlaceMention
from eventdesk.geo.coordinated import with_coordinated_names


def _town(name, country):
    return Candidate(geonameid=hash((name, country)) % 10**6, name=name, country_code=country,
                     country=None, admin1=None, admin2=None, feature_class="P",
                     feature_code="PPL", population=1000, latitude=1.0, longitude=1.0)


class _Index:
    """Knows 'Tame' as a town of the country given."""

    def __init__(self, country):
        self.country = country

    def candidates(self, name):
        return [_town(name, self.country)] if name == "Tame" else []


def _doc(words, heads, deps, pos):
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)


# "Clashes were reported in Saravena and Tame" / "... in Saravena , Tame" (no "and")
WORDS = ["Clashes", "were", "reported", "in", "Saravena", "and", "Tame"]
HEADS = [2, 2, 2, 2, 3, 4, 4]
DEPS = ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj"]
POS = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "PROPN"]


def _saravena(doc):
    return PlaceMention(4, 5, doc[4].idx, doc[4].idx + 8, "Saravena", [_town("Saravena", "CO")])


@pytest.mark.parametrize("words, country, found", [
    (WORDS, "CO", ["Saravena", "Tame"]),
    (WORDS, "US", ["Saravena"]),                       # a namesake in another country
    (WORDS[:5] + [",", "Tame"], "CO", ["Saravena"]),    # no "and": an apposition, not a list
])
def test_a_name_joined_by_and_to_a_town_of_its_country_is_a_town(words, country, found):
    doc = _doc(words, HEADS, DEPS if words[5] == "and" else DEPS[:5] + ["punct", "conj"],
               POS if words[5] == "and" else POS[:5] + ["PUNCT", "PROPN"])
    mentions = with_coordinated_names(_Index(country), doc, [_saravena(doc)])
    assert [m.text for m in mentions] == found


def test_a_common_noun_in_the_list_is_no_town():
    doc = _doc(WORDS, HEADS, DEPS, POS[:6] + ["NOUN"])
    assert [m.text for m in with_coordinated_names(_Index("CO"), doc, [_saravena(doc)])] == \
        ["Saravena"]


class _Names:
    """Knows the names given as towns of Colombia."""

    def __init__(self, *names):
        self.names = names

    def candidates(self, name):
        return [_town(name, "CO")] if name in self.names else []


# "Clashes were reported in Saravena , Tame and Arauca": the parse chains each name to the
# one before, so the last is two links away from the first
LIST_WORDS = ["Clashes", "were", "reported", "in", "Saravena", ",", "Tame", "and", "Arauca"]
LIST_HEADS = [2, 2, 2, 2, 3, 4, 4, 6, 6]
LIST_DEPS = ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "conj", "cc", "conj"]
LIST_POS = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"]


def test_a_name_the_list_joins_by_and_two_links_away_is_a_town():
    doc = _doc(LIST_WORDS, LIST_HEADS, LIST_DEPS, LIST_POS)
    mentions = with_coordinated_names(_Names("Tame", "Arauca"), doc, [_saravena(doc)])
    # "Tame", joined to the known town by a comma only, is left to the scan
    assert [m.text for m in mentions] == ["Saravena", "Arauca"]


# "Shells fell on Saravena and Puerto Rondon": the parse makes "Puerto" a compound of the
# conjunct "Rondon"; the NER often reads the pair as a person
TWO_WORDS = ["Shells", "fell", "on", "Saravena", "and", "Puerto", "Rondon"]
TWO_HEADS = [1, 1, 1, 2, 3, 6, 3]
TWO_DEPS = ["nsubj", "ROOT", "prep", "pobj", "cc", "compound", "conj"]
TWO_POS = ["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN"]


@pytest.mark.parametrize("ents, known, found", [
    ([], ("Puerto Rondon",), ["Saravena", "Puerto Rondon"]),          # the compounds
    (["O"] * 5 + ["B-PERSON", "I-PERSON"], ("Puerto Rondon",),
     ["Saravena", "Puerto Rondon"]),                                  # the entity
    ([], ("Rondon",), ["Saravena"]),                                  # not the last word alone
])
def test_a_listed_name_of_several_words_is_read_whole(ents, known, found):
    doc = Doc(English().vocab, words=TWO_WORDS, heads=TWO_HEADS, deps=TWO_DEPS, pos=TWO_POS,
              ents=ents or None)
    saravena = PlaceMention(3, 4, doc[3].idx, doc[3].idx + 8, "Saravena",
                            [_town("Saravena", "CO")])
    assert [m.text for m in with_coordinated_names(_Names(*known), doc, [saravena])] == found


# "Drones were downed over Arauca , Casanare and Vichada regions": the plural region word
# closes the list; the scan reads only the last name as a region
REGION_WORDS = ["Drones", "were", "downed", "over", "Arauca", ",", "Casanare", "and",
                "Vichada", "regions"]
REGION_HEADS = [2, 2, 2, 2, 9, 4, 4, 6, 6, 3]
REGION_DEPS = ["nsubjpass", "auxpass", "ROOT", "prep", "nmod", "punct", "conj", "cc", "conj",
               "pobj"]
REGION_POS = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "NOUN"]


@pytest.mark.parametrize("prep, last, designators", [
    ("over", "regions", ["regions", "regions", "regions"]),  # each a region of the list
    ("over", "towns", [None, None, "towns"]),                # no region word: as they were
    ("against", "regions", [None, None, "regions"]),         # aims, not where it was done
])
def test_each_name_of_a_list_of_regions_is_a_region_and_a_place(prep, last, designators):
    words = REGION_WORDS[:3] + [prep] + REGION_WORDS[4:9] + [last]
    doc = _doc(words, REGION_HEADS, REGION_DEPS, REGION_POS)
    mentions = [PlaceMention(i, i + 1, doc[i].idx, doc[i].idx + len(doc[i].text), doc[i].text,
                             [_town(doc[i].text, "CO")], kind="place")
                for i in (4, 6)] + [
        PlaceMention(8, 9, doc[8].idx, doc[8].idx + 7, "Vichada", [_town("Vichada", "CO")],
                     kind="region", designator=last)]
    found = with_coordinated_names(_Names(), doc, mentions)
    assert [m.designator for m in found] == designators
    assert [m.kind for m in found] == ["place"] * 2 + [
        "place" if designators[0] else "region"]


# "Guns downed 30 drones , 20 over the Arauca region and ten over the Vichada region": each
# count of the tally stands for drones downed over a region of its own
TALLY_WORDS = ["Guns", "downed", "30", "drones", ",", "20", "over", "the", "Arauca", "region",
               "and", "ten", "over", "the", "Vichada", "region"]
TALLY_HEADS = [1, 1, 3, 1, 1, 1, 5, 9, 9, 6, 5, 5, 11, 15, 15, 12]
TALLY_DEPS = ["nsubj", "ROOT", "nummod", "dobj", "punct", "npadvmod", "prep", "det",
              "compound", "pobj", "cc", "conj", "prep", "det", "compound", "pobj"]
TALLY_POS = ["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "NUM", "ADP", "DET", "PROPN", "NOUN",
             "CCONJ", "NUM", "ADP", "DET", "PROPN", "NOUN"]


def _regions(doc, *starts):
    return [PlaceMention(i, i + 1, doc[i].idx, doc[i].idx + len(doc[i].text), doc[i].text,
                         [_town(doc[i].text, "CO")], kind="region", designator="region")
            for i in starts]


def test_each_region_of_a_tally_of_counts_is_a_place():
    doc = _doc(TALLY_WORDS, TALLY_HEADS, TALLY_DEPS, TALLY_POS)
    found = with_coordinated_names(_Names(), doc, _regions(doc, 8, 14))
    assert [m.kind for m in found] == ["place", "place"]


def test_a_region_after_a_lone_count_is_no_tally():
    # "Guns downed 30 drones over the Arauca region": one count, one region, as it was
    words = ["Guns", "downed", "30", "drones", "over", "the", "Arauca", "region"]
    doc = _doc(words, [1, 1, 3, 1, 3, 7, 7, 4],
               ["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "compound", "pobj"],
               ["NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "PROPN", "NOUN"])
    assert [m.kind for m in with_coordinated_names(_Names(), doc, _regions(doc, 6))] == [
        "region"]


# "Fighting went on in Dorvan and Keswil city": the parse joins the town word to the list
CITY_WORDS = ["Fighting", "went", "on", "in", "Dorvan", "and", "Keswil", "city"]
CITY_HEADS = [1, 1, 1, 1, 3, 4, 7, 4]
CITY_DEPS = ["nsubj", "ROOT", "prt", "prep", "pobj", "cc", "compound", "conj"]
CITY_POS = ["NOUN", "VERB", "ADP", "ADP", "PROPN", "CCONJ", "PROPN", "NOUN"]
# "Troops retook Keswil town and Dorvan": the town word heads the list
TOWN_WORDS = ["Troops", "retook", "Keswil", "town", "and", "Dorvan"]
TOWN_HEADS = [1, 1, 3, 1, 3, 3]
TOWN_DEPS = ["nsubj", "ROOT", "compound", "dobj", "cc", "conj"]
TOWN_POS = ["NOUN", "VERB", "PROPN", "NOUN", "CCONJ", "PROPN"]


@pytest.mark.parametrize("words, heads, deps, pos, name, kind", [
    (CITY_WORDS, CITY_HEADS, CITY_DEPS, CITY_POS, 6, 7),
    (TOWN_WORDS, TOWN_HEADS, TOWN_DEPS, TOWN_POS, 2, 3),
    # "Troops retook Keswil town": no list, the name is listed by nothing
    (TOWN_WORDS[:4], TOWN_HEADS[:4], TOWN_DEPS[:4], TOWN_POS[:4], 2, 2),
    # "Troops retook Keswil Town and Dorvan": a capitalised word is the name's own
    (TOWN_WORDS[:3] + ["Town"] + TOWN_WORDS[4:], TOWN_HEADS, TOWN_DEPS, TOWN_POS, 2, 2),
])
def test_a_town_word_told_with_a_listed_name_is_what_the_list_joins(words, heads, deps, pos,
                                                                     name, kind):
    from eventdesk.geo.coordinated import listed_kind

    doc = _doc(words, heads, deps, pos)
    assert listed_kind(doc[name]).i == kind
