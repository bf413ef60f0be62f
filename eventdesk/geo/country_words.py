"""Where a country's name or demonym stands among the report's words, which says whether it
names the scene: in a compound ("Saudi-led"), before a border, naming a force ("Turkish
Army") or the land ("in south Lebanon"), after a town's possessive, in the dateline or
inside an organisation's name. Split from country_context.py, which weighs the evidence.
"""

from __future__ import annotations

from eventdesk.extensions import doc_entities

# "Saudi-led", "Britain-based", "Israeli-occupied": the second words of a compound that
# names a foreign party, not where things happen.
FOREIGN_COMPOUND_WORDS = frozenset(
    {"led", "backed", "based", "funded", "brokered", "sponsored", "born", "made", "owned",
     "supported", "trained", "allied", "aligned", "registered", "headquartered", "armed",
     "occupied", "controlled", "held"}
)
# "near the Afghan border", "the Syrian-Turkish frontier": a demonym naming the neighbour
# across the line, as often as not another country than the scene's; it weighs as a
# compound does
BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary"})
# "the Turkish Army", "an Israeli convoy", "Israel's artillery": a force named by its home,
# which acts abroad as often as at home; where a report names another country as the scene
# ("in south Lebanon", "Lebanese villages") the force's home weighs as a compound does
FORCE_WORDS = frozenset(
    {"army", "armies", "forces", "force", "troops", "soldiers", "soldier", "convoy", "patrol",
     "patrols", "jets", "warplanes", "aircraft", "planes", "helicopters", "gunships",
     "artillery", "tanks", "military", "navy", "occupation", "drones", "warships"})
# the weapon or the deed of an attacker ("an Israeli drone", "Russian missiles", "a Turkish
# strike", "the Israeli enemy"): its home weighs as a force's in the country context (the
# placer still reads it as a home where a town of that country is named)
ATTACK_WORDS = frozenset(
    {"drone", "warplane", "jet", "helicopter", "tank", "warship", "missile", "missiles",
     "rocket", "rockets", "shell", "shells", "strike", "strikes", "airstrike", "airstrikes",
     "raid", "raids", "shelling", "bombardment", "fire", "enemy"})
LAND_PREPS = frozenset({"in", "inside", "into", "across", "throughout", "within"})
# "Lebanese villages", "the Lebanese side": a demonym naming the land itself, as a country's
# name does
LAND_WORDS = frozenset({"village", "villages", "town", "towns", "city", "cities", "territory",
                        "soil", "side", "countryside", "villagers"})
# "Lebanese civilians", "a Syrian army post": the victims' or the target's home, where the
# attack fell far more often than the attacker's (never "citizens", "nationals": people
# abroad); within two words after the demonym, it names the scene as a land word does
VICTIM_WORDS = frozenset({"civilians", "civilian", "residents", "farmers", "farmer",
                          "shepherd", "shepherds", "fishermen", "fisherman", "children",
                          "post", "posts", "outpost", "outposts", "position", "positions",
                          "checkpoint"})


def _in_compound(words: list[str], start: int, end: int) -> bool:
    """'Saudi-led', 'Britain-based', 'pro-Russian': a foreign party, not the scene."""
    if end + 1 < len(words) and words[end] in ("-", "–") \
            and words[end + 1].lower() in FOREIGN_COMPOUND_WORDS:
        return True
    return start >= 2 and words[start - 1] == "-" and words[start - 2].lower() in ("pro", "anti")


def _after_a_towns_possessive(words: list[str], start: int, town_ends: set[int]) -> bool:
    """"Baghdad's Al-Tehran square", "central Aden's Crater": a name that a town's possessive
    opens is a part of that town (a square, a quarter), never evidence of another country."""
    return start >= 2 and words[start - 1] in ("'s", "’s") and start - 1 in town_ends


def _of_a_force(words: list[str], end: int, *, possessive: bool = False,
                attack: bool = False) -> bool:
    """"Turkish Army", "Israeli occupation forces", "Israel's artillery" (`possessive`): a
    force word within two words after the name; with `attack`, a weapon or deed too ("an
    Israeli drone")."""
    k = end
    if possessive:
        if k >= len(words) or words[k] not in ("'s", "’s"):
            return False
        k += 1
    return any(w.lower() in FORCE_WORDS or (attack and w.lower() in ATTACK_WORDS)
               for w in words[k:k + 2])


def _of_the_victims(words: list[str], end: int) -> bool:
    """"Lebanese civilians", "a Syrian army post": a victim or target word within two
    words after the demonym."""
    return any(w.lower() in VICTIM_WORDS for w in words[end:end + 2])


def _named_as_land(words: list[str], start: int) -> bool:
    """"in south Lebanon", "inside Syria", "across the occupied West Bank": a country named
    as where things are, after a preposition of place and at most three lower-case words
    ("US-Saudi aggression", "Israel's artillery" are parties)."""
    k = start - 1
    while k >= 0 and start - k <= 4 and words[k].islower() and words[k] not in LAND_PREPS:
        k -= 1
    return k >= 0 and words[k] in LAND_PREPS


def _before_border(words: list[str], end: int) -> bool:
    """"the Afghan border", "the Syrian-Turkish border": a demonym naming a border (the
    words joined to it by hyphens included)."""
    k = end
    while k + 1 < len(words) and words[k] in ("-", "–", "/") and words[k + 1][:1].isupper():
        k += 2
    return k < len(words) and words[k].lower() in BORDER_WORDS


def _dateline(words: list[str]) -> tuple[frozenset[int], frozenset[int]]:
    """Tokens of the dateline place ("BEIRUT, Aug. 17 (Levant Wire) —") and of the outlet
    named in its parentheses, at the start of the text or of a line."""
    n = len(words)
    place: set[int] = set()
    outlet: set[int] = set()
    line_starts = [0] + [k + 1 for k, w in enumerate(words) if "\n" in w and k + 1 < n]
    for start in line_starts:
        k = start
        while k < n and (words[k].isupper() and any(ch.isalpha() for ch in words[k])
                         or (k > start and words[k] in ("-", "'", "’", "/"))):
            k += 1
        while k - 1 > start and words[k - 1] in ("-", "/"):
            k -= 1  # "ADEN - Jets struck": the dash ends the dateline, it is no part of it
        if k == start or k >= n or words[k] not in (",", "(", "—", "–", "-", ":"):
            continue
        place.update(range(start, k))
        for m in range(k, min(n, k + 12)):
            if words[m] == "(":
                close = next((q for q in range(m + 1, min(n, m + 10)) if words[q] == ")"), None)
                if close is not None and close + 1 < n \
                        and words[close + 1] in ("—", "–", "-", "--", ":"):
                    outlet.update(range(m + 1, close))
                break
    return frozenset(place), frozenset(outlet)


def _inside_organisation_names(doc) -> frozenset[int]:
    """Tokens inside the name of an organisation of several words (NER's ORG)."""
    if not doc.has_annotation("ENT_IOB"):
        return frozenset()
    return frozenset(k for ent in doc_entities(doc) if ent.label_ == "ORG" and len(ent) > 2
                     for k in range(ent.start, ent.end))
