"""Anchors: the place or country the text puts a place in or near ("Palma in Cabo Delgado
province", "Koure, about 60 km east of Niamey", "Palma, Mozambique", "Lebanon's Blida"),
whose readings say which of the place's readings are namesakes (namesakes.py)."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from eventdesk.geo.candidates import (
    _COUNTRY_KIND,
    DISTRICT_DESIGNATORS,
    PLACE_DESIGNATORS,
    REGION_DESIGNATORS,
    Candidate,
    PlaceMention,
    _km,
)
from eventdesk.geo.name_spans import (
    COMPASS_POINTS,
    LOWER_COMPASS_WORDS,
    SENTENCE_END,
    word_before,
)
from eventdesk.geo.words import MONTHS, WEEKDAYS, english_words

# "Palma in Cabo Delgado province", "Koure, about 60 km east of Niamey": words between a
# place and the place the text puts it in or near, at most ANCHOR_GAP of them; its readings
# farther than ANCHOR_KM from there are namesakes (a province is a few hundred km across).
DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer",
                            "miles", "mile"})
ANCHOR_LINKS = DISTANCE_UNITS | {",", "in", "near", "outside", "of", "the", "a", "an", "about",
                                 "some", "around", "roughly", "nearly", "almost", "just", "from",
                                 "northern", "southern", "eastern", "western", "central"}
# "X, a farming community near the town of Y": the noun of an apposition calling the place a
# settlement, beside PLACE_DESIGNATORS ("X, a village in Y")
SETTLEMENT_APPOSITIONS = frozenset({"community", "locality", "hamlet", "settlement"})
ANCHOR_GAP = 8
ANCHOR_KM = 500
# "X near Y", "X, in the cercle of Y", "the camp near Y": the words between a place and
# the town or division that holds it, of which one must say so
CONTAINER_LINKS = frozenset({",", "in", "the", "of", "near", "outside", "commune", "woreda"})
HOLDING_WORDS = frozenset({"near", "outside", "in"})
# "X, in North Y zone": words after an anchor that call it a division; read only as a
# hamlet (under HAMLET_POPULATION) and never as a division, such an anchor is a namesake of
# a division the index lacks and says nothing of where X is
DIVISION_WORDS = REGION_DESIGNATORS | DISTRICT_DESIGNATORS | {"zone", "woreda", "upazila",
                                                             "tehsil"}
HAMLET_POPULATION = 1_000


def anchor_country_or_readings(anchor: PlaceMention, words: list[str]
                               ) -> tuple[str | None, list[Candidate]]:
    """What an anchor ("in Cabo Delgado province", "east of Niamey") says about where the
    place before it is: a country, or the readings it may be (its exact ones); nothing when
    the text calls it a division the index reads only as a hamlet ("in North Y zone")."""
    if anchor.kind == _COUNTRY_KIND:
        return anchor.country_code, []
    # a loose spelling ("Al-Bayaa" as Baia) says nothing about where the place before is
    readings = [c for c in anchor.candidates if c.match == "exact" and c.latitude is not None]
    after = words[anchor.end].lower() if anchor.end < len(words) else ""
    if after in DIVISION_WORDS and not any(
            c.is_region or (c.feature_code or "").startswith("ADM")
            or c.population >= HAMLET_POPULATION for c in readings):
        return None, []
    return None, readings


def anchor_of(mention: PlaceMention, following: list[PlaceMention], words: list[str]
               ) -> PlaceMention | None:
    """The place the text puts a mention in or near: "Palma in Cabo Delgado province",
    "Taza, south of Kirkuk", "Koure, about 60 km east of Niamey", "Palma, Mozambique"."""
    if not following:
        return None
    anchor = following[0]  # only the next mention may be the anchor
    between = [w.lower() for w in words[mention.end:anchor.start]]
    if anchor.start < mention.end or len(between) > ANCHOR_GAP:
        return None
    if not between or not all(w in ANCHOR_LINKS or w in COMPASS_POINTS or w in
                              REGION_DESIGNATORS or w in PLACE_DESIGNATORS
                              or w in SETTLEMENT_APPOSITIONS
                              or w.replace(",", "").replace(".", "").isdigit()
                              for w in between):
        return None  # another word or place first: no anchor ("Paris and London")
    links = set(between)
    if _one_of_a_list(mention, anchor, between, words):
        return None
    if anchor.kind == _COUNTRY_KIND:
        # "Palma, Mozambique", "Palma in (northern) Mozambique"; "near Lebanon" is across a
        # border; not a country word that qualifies a noun ("In Taiz, Saudi artillery shelled")
        ok = links - LOWER_COMPASS_WORDS <= {",", "in", "the"} \
            and not _qualifies_a_noun(anchor, words)
    elif "from" in links:
        ok = bool(links & DISTANCE_UNITS)  # "60 km from Niamey", not "flew from Paris"
    else:
        ok = bool(links & {"in", "near", "outside", "of"}) or (
            links == {","} and anchor.kind == "region")
    return anchor if ok else None


# "in A, in B and in C", "near A, near B or near C": a preposition each item repeats
LIST_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "around"})


def _one_of_a_list(mention: PlaceMention, anchor: PlaceMention, between: list[str],
                   words: list[str]) -> bool:
    """"attacked convoys in A, in B and in C": the preposition before the mention opens
    the anchor too and the list goes on after it (", in C", "and in C"): places side by
    side, not B holding A ("killed in Tula, in the municipality of Chilapa" goes on no
    further)."""
    before = words[mention.start - 1].lower() if mention.start > 0 else ""
    if before not in LIST_PREPOSITIONS or between != [",", before]:
        return False
    after = [w.lower() for w in words[anchor.end:anchor.end + 3]]
    return after[:2] in ([",", before], ["and", before], ["or", before]) \
        or after == [",", "and", before] or after == [",", "or", before]


def _qualifies_a_noun(country: PlaceMention, words: list[str]) -> bool:
    """The country word stands before a common noun, as a nationality ("Saudi artillery",
    "the Saudi enemy artillery"): it names whose the noun is, not where the town before it
    lies."""
    after = words[country.end] if country.end < len(words) else ""
    return after.isalpha() and after.islower() and after not in STOP_WORDS \
        and not after.endswith("ed") and after not in ("said", "says")


def ends_of_country_names(mentions: list[PlaceMention]) -> dict[int, str]:
    """The report's country names by where they end (a possessive after one opens a place)."""
    return {m.end: m.country_code for m in mentions if m.kind == _COUNTRY_KIND and m.country_code}


def in_or_near(place: Candidate, anchor: Candidate) -> bool:
    """Within ANCHOR_KM of the anchor's point, or in the anchor region (whose point is its
    capital: a province's far corner lies farther)."""
    return _km(place, anchor) <= ANCHOR_KM or anchor.is_region and (
        place.country_code, place.admin1) == (anchor.country_code, anchor.admin1)


def names_a_container(words: list[str], i: int) -> bool:
    """The name at `i` holds the place named just before it ("Kolbo near Y", "Kolbo, in the
    cercle of Y", "a camp outside Y"): a slot only a place fills, whatever NER or the
    lemma list make of the word."""
    links, k = set(), word_before(words, i)
    while k >= 0 and len(links) < 5 and (words[k].lower() in CONTAINER_LINKS or words[
            k].lower() in PLACE_DESIGNATORS or words[k].lower() in DISTRICT_DESIGNATORS):
        links.add(words[k].lower())
        k = word_before(words, k)
    if not links & HOLDING_WORDS or k < 0:
        return False
    held = words[k]  # a name (not a day's), or a place word ("the camp near Y")
    return bool(links & (PLACE_DESIGNATORS | DISTRICT_DESIGNATORS)) or held[:1].isupper() \
        and held.isalpha() and held.lower() not in MONTHS and held.lower() not in WEEKDAYS \
        and not _capital_by_position(words, k)


def _capital_by_position(words: list[str], k: int) -> bool:
    """An English word opening a sentence ("Fighting in Y killed four"): capitalised by its
    place, not a name (its plural too: "Clashes in Y")."""
    before = word_before(words, k)
    if before >= 0 and words[before] not in SENTENCE_END:
        return False
    word, english = words[k].lower(), english_words()
    return word in english or word[:-1] in english or word.endswith("es") and word[:-2] in english
