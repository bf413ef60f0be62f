"""Landmarks named by a word before or after their proper name, and people named after a
title.

News of protests in big cities names the squares, streets, monuments and palaces the crowd
went to, often in the city's own language, the landmark word first: "the Monumento a la
Concordia", "the Esplanada dos Pescadores", "Piazza della Fontana", "Place de la Fontaine",
"Avenida Alvorada", and in English "the Monument to the Founders", "the Tomb of the
Lanterns". The proper name after such a word is the landmark's, a site inside the report's
city, never a town elsewhere of that name (Concordia, a town in several countries); nor is
the landmark word itself a town (Esplanada in Bahia, Monument in Oregon).

"Park" ("Parque", "Parc") is no such word: national and game parks ("in Tsavo National
Park", "in Sironga Park", "in the Parque Nacional Sironga") are scenes of their own, often
far from any city and named after their town or district ("Gorongosa Park"), which is the
scene, not a site of the report's city.

Universities, stations and airports are left out: they are named after their town ("the
Universidad de Buenos Aires"), which is the event's place.

A title, a given name and a surname ("governor Austin Mwangi") are a person: the given name is no
city, however big the city of that name.
"""

from __future__ import annotations

from eventdesk.geo.words import TITLES

# Words after a name that make it a facility or a group, not a place ("al-Omari mosque");
# geo/words.py's FACILITY_WORDS are the buildings alone, for readers of site names.
_FACILITY_OR_GROUP_WORDS = frozenset({
    "mosque", "church", "hospital", "clinic", "school", "university", "college", "street", "road",
    "bridge", "square", "market", "stadium", "airport", "airbase", "prison", "hotel", "checkpoint",
    "roundabout", "highway", "brigade", "brigades", "battalion", "front", "army", "council",
    "agency", "committee", "company", "tribe", "clan", "family", "movement", "party", "militia",
    "group", "network", "channel", "newspaper", "foundation", "palace", "cartel", "gang",
    "fighters", "militants", "militiamen", "insurgents", "jihadists", "theatre", "theater",
    "museum", "cinema"})
# The last word of a landmark of a city ("Jubilee Gardens", "the Lincoln Memorial", "the
# Mausoleum"): a site inside the report's city, never a town elsewhere. Not "park" (above).
CITY_LANDMARK_WORDS = frozenset({
    "gardens", "avenue", "boulevard", "monument", "memorial", "shrine", "cathedral",
    "plaza", "esplanade", "campus", "lane", "drive", "promenade", "embankment", "quay", "platz",
    "square", "palace", "basilica", "mausoleum", "tomb", "statue"})
# What after a name makes it no town: a facility, a group or a landmark of a city
NOT_A_TOWN_AFTER = _FACILITY_OR_GROUP_WORDS | CITY_LANDMARK_WORDS
# A landmark word that opens the name, then (Romance forms) its linking words: the name after
# them is the landmark's ("Plaza de Mayo", "Praça dos Três Poderes", "Avenida Paulista").
ROMANCE_OPENERS = frozenset("""
plaza praça praca piazza piazzale place avenida avenue rua calle carrera via viale
corso rue boulevard bulevar bulvar paseo passeig rambla esplanada esplanade esplanadi
monumento monument mausoleo jardim jardin jardín giardini palacio palácio
palazzo palais puente ponte pont basílica basilica catedral cattedrale cathédrale iglesia
igreja église chiesa templo zócalo zocalo glorieta
""".split())
# English landmark words that open a name only with "of"/"to" after them ("the Shrine of
# the Lanterns", "the Monument to the Founders", "the Tomb of the Unknown Soldier")
ENGLISH_OPENERS = frozenset("""
monument memorial shrine statue tomb mausoleum cathedral basilica avenue boulevard esplanade
square plaza
""".split())
ENGLISH_LINKS = frozenset({"of", "to"})
_OPENERS = ROMANCE_OPENERS | ENGLISH_OPENERS
ROMANCE_LINKS = frozenset("""
de del della delle dei degli di d' d’ da das do dos des du a al à la le l' l’ el los las lo
""".split())


def names_a_landmark(first: str, last: str) -> bool:
    """A name opened by a landmark word ("the Monumento a la Concordia") or closed by one
    ("the Tomb of the Lanterns", read up to "Tomb"; "Jubilee Gardens")."""
    return last.lower() in CITY_LANDMARK_WORDS or _capitalised(first) and first.lower() in _OPENERS


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def after_a_landmark_word(words: list[str], i: int) -> bool:
    """Word i follows a capitalised landmark word and its linking words ("Monumento a la
    Concordia", "Tomb of the Lanterns", "Piazza della Fontana", "Avenida Alvorada"): the
    landmark's own name, no town."""
    k = i - 1
    links: list[str] = []
    while k >= 0 and words[k].lower() in ROMANCE_LINKS | ENGLISH_LINKS and len(links) < 3:
        links.append(words[k].lower())
        k -= 1
    if k < 0 or not _capitalised(words[k]):
        return False
    opener = words[k].lower()
    if opener in ROMANCE_OPENERS and all(w in ROMANCE_LINKS for w in links):
        # "Place Paris" is no name form; "Place de la X", "Avenida X", "Via X" are
        return bool(links) or opener not in ("place", "via")
    # "the Monument to the Founders": links read back to front ("the", "to")
    return opener in ENGLISH_OPENERS and bool(links) and links[-1] in ENGLISH_LINKS


def opens_a_landmark(words: list[str], i: int, j: int, first: str) -> bool:
    """A span of one landmark word ("Esplanada", "Monumento") followed by its name's linking
    words and a capitalised name, or by the name itself ("Avenida Alvorada")."""
    if j != i + 1 or not _capitalised(first) or first.lower() not in ROMANCE_OPENERS:
        return False
    k = j
    while k < len(words) and words[k].lower() in ROMANCE_LINKS and k - j < 3:
        k += 1
    if k >= len(words) or not _capitalised(words[k]) or not words[k][:1].isalpha():
        return False
    return k > j or first.lower() not in ("place", "via")


def titled_given_name(tokens, i: int, j: int, name_word) -> bool:
    """Tokens i..j, one word after a title and before a capitalised word of some name that is
    no place the index knows (`name_word`): "governor Austin Mwangi", a given name."""
    if i < 1 or j != i + 1 or j >= len(tokens):
        return False
    return tokens[i - 1].text.lower().rstrip(".") in TITLES and name_word(tokens[j].text)


def no_town_here(tokens, words: list[str], i: int, j: int, name_word, well_known: bool,
                 in_dateline: bool) -> bool:
    """Span i..j is a name after a title (of a town not well known: "General Hassan"), a
    landmark's word or name, or a titled person's given name, outside the dateline."""
    if i > 0 and tokens[i - 1].text.lower().rstrip(".") in TITLES and not well_known:
        return True
    return not in_dateline and (
        after_a_landmark_word(words, i) and not well_known  # not "the Catedral de Lima"
        or opens_a_landmark(words, i, j, tokens[i].text)
        or titled_given_name(tokens, i, j, name_word)
        or names_an_accord(words, j))


# What a town's name before it makes the name of a pact or of talks, however big the town:
# "the Tazirt peace accords", "the Homs agreements", "the Kerala protocol", "the Vanta
# agreement". Where it was signed, years ago, not where anything in the report happened.
ACCORD_WORDS = frozenset({"accord", "accords", "agreement", "agreements", "protocol",
                          "protocols"})


def names_an_accord(words: list[str], j: int) -> bool:
    """The name ending before word j opens a pact's name: "Tazirt accords", "Tazirt peace
    accords", "Homs peace agreement"."""
    after = [w.lower() for w in words[j:j + 2]]
    return bool(after) and (after[0] in ACCORD_WORDS
                            or after[0] == "peace" and after[1:] and after[1] in ACCORD_WORDS)


def names_a_site_at(doc, i: int) -> bool:
    """Token i is a landmark word naming a site of a city: capitalised, before its name
    ("Corso Cavour", "Piazza della Fontana", "Avenida Alvorada") or after one ("Jubilee
    Gardens", "the Lincoln Memorial"); no park ("Tsavo National Park")."""
    tok = doc[i]
    if not _capitalised(tok.text) or tok.is_sent_start:
        return False
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    if tok.lower_ in ROMANCE_OPENERS and (_capitalised(nxt) or nxt.lower() in ROMANCE_LINKS
                                          or nxt[:2].lower() in ("d'", "l'", "d’", "l’")):
        return tok.lower_ not in ("place", "via") or not _capitalised(nxt)
    return tok.lower_ in CITY_LANDMARK_WORDS and i > 0 and _capitalised(doc[i - 1].text) \
        and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start
