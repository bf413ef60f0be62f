"""Where a place name starts and ends in text: words that may open, continue or close a
name, a designator beside it ("Masisi territory"), the words before it that say it is a
place, and the spans NER gives ("Kilnar in Cabo Delgado" is two names).
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.extensions import doc_entities, doc_words
from eventdesk.geo.candidates import (
    CONNECTORS,
    DISTRICT_DESIGNATORS,
    PLACE_DESIGNATORS,
    REGION_DESIGNATORS,
    spelled_designator,
)
from eventdesk.geo.normalize import ARABIC_ARTICLES

# "X, a town near Y": a description after the name that says it is a settlement.
APPOSITIVE_DESIGNATORS = frozenset({"town", "village", "city", "suburb", "district"})
# Words before a name that say it is a place even when NER calls it a person.
LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "around", "inside", "into",
                            "between"})
# "left Lalibela", "entered Kidal", "took control of Kidal": words a person seldom follows;
# so are the verbs of taking a town ("captured Knin", "to enter Quraytayn", "recaptured
# Palmyra"); a name NER calls a person is read so only when the report's country holds a
# town of that exact name
ENTERED_WORDS = frozenset({"left", "entered", "evacuated", "abandoned", "enter", "entering",
                           "captured", "recaptured", "retook", "seized", "stormed", "overran",
                           "conquer", "conquered", "liberated", "besieged", "capture",
                           "capturing", "recapture", "recapturing", "retake", "retaking",
                           "seize", "seizing", "storm", "storming", "overrunning", "liberate",
                           "liberating", "besieging", "evacuating", "leaving"})
# "Ariha and Saraqib were also shelled": what is shelled or bombed in the passive is a
# place far more often than a person (people are "hit", "struck", "killed")
STRUCK_PLACE_VERBS = frozenset({"shell", "bomb", "bombard", "pound", "overrun", "besiege",
                                "recapture", "retake", "liberate", "storm"})
# "rockets fired from Lebanon struck Metula", "a missile hit Ashkelon": what a munition
# hits, named bare, is a place (a person a munition hits is told "killed" or "wounded"),
# however NER reads it
MUNITION_NOUNS = frozenset({"rocket", "missile", "shell", "mortar", "projectile", "drone",
                            "airstrike", "barrage", "salvo", "volley"})
MUNITION_HIT_VERBS = frozenset({"hit", "strike", "slam", "pound", "target"})
CONTROL_NOUNS = frozenset({"control", "outskirts", "centre", "center"})
# "launched their attack on Kinsibba", "the assault on Qaryatayn": what an assault is on is
# a place far more often than a person
ASSAULT_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "offensive", "raid",
                           "raids", "onslaught"})
COMPASS_POINTS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                            "southeast", "southwest", "north-east", "north-west", "south-east",
                            "south-west"})
# "west Aleppo", "northern Sumatra": where in a place, written before its name
LOWER_COMPASS_WORDS = COMPASS_POINTS | {"northern", "southern", "eastern", "western",
                                        "central", "northeastern", "northwestern",
                                        "southeastern", "southwestern"}
# Last words of a site's name that places it in the town whose name opens it ("the Deir Ezzor
# Military Airport", "the Merowe Dam"), when that town has SITE_TOWN_POPULATION people.
SITE_ENDINGS = frozenset({"airport", "airbase", "airfield", "prison", "university", "college",
                          "hospital", "stadium", "refinery", "barracks", "court", "dam"})
# "the police station of Toribio", "the weekly market of X": a town's own facility,
# named after the town that holds it as local press writes it
TOWN_FACILITIES = frozenset({"station", "prison", "jail", "barracks", "garrison", "market",
                             "headquarters", "hall", "commissariat", "precinct"})
# "the enemy's Metula site", "the Meron base": a post that armies and their communiqués
# name after the town or hill it stands on (a person's name never opens one of these)
MILITARY_SITES = frozenset({"site", "base", "barracks", "post", "outpost", "garrison"})
SENTENCE_END = frozenset({".", "!", "?", "\n", "\n\n", '"', "“", "”", ":", ";", "–", "—"})


def word_after(words, i: int) -> int:
    """The first word after position `i` of a Doc or a list of its token texts, past runs
    of spaces: spaCy makes a doubled space ("the town of  Dhuluiya") a token of its own,
    which stands between no two words (a line break does). `len(words)` when none."""
    i += 1
    if isinstance(words, Doc) and 0 <= i < len(words):
        return _word_steps(words)[0][i]
    while i < len(words) and _blank(words[i]):
        i += 1
    return i


def word_before(words, i: int) -> int:
    """The last word before position `i`, past runs of spaces; -1 when none."""
    i -= 1
    if isinstance(words, Doc) and 0 <= i < len(words):
        return _word_steps(words)[1][i]
    while i >= 0 and _blank(words[i]):
        i -= 1
    return i


WORD_STEPS_KEY = "eventdesk.word_steps"


def _word_steps(doc: Doc) -> tuple[list[int], list[int]]:
    """For each token of the Doc, the first word at or after it and the last word at or
    before it (-1 when none), read once per Doc (kept in its user_data): placing asks for
    the word beside a token thousands of times a report."""
    found = doc.user_data.get(WORD_STEPS_KEY)
    if found is None:
        blank = [_blank(w) for w in doc_words(doc)]
        after, before = [0] * len(blank), [0] * len(blank)
        nxt = len(blank)
        for k in range(len(blank) - 1, -1, -1):
            nxt = nxt if blank[k] else k
            after[k] = nxt
        last = -1
        for k, is_blank in enumerate(blank):
            last = last if is_blank else k
            before[k] = last
        found = doc.user_data[WORD_STEPS_KEY] = (after, before)
    return found


def _blank(word) -> bool:
    """A run of spaces, as a token or its text."""
    text = word if isinstance(word, str) else word.text
    return text.isspace() and "\n" not in text


def _after_locative(words: list[str], i: int) -> bool:
    """"in X", "near X", "west of X", "left X", "control of X", "an attack on X": a name
    where people are seldom named, only places."""
    k = word_before(words, i)  # "in  X"
    if k >= 1 and words[k] == "#":
        k = word_before(words, k)  # a hashtag reads as its word: "storming #Qabasin"
    before = words[k].lower() if k >= 0 else ""
    if before in LOCATIVE_PREPS or before in ENTERED_WORDS:
        return True
    earlier = _lower_at(words, word_before(words, k)) if k >= 0 else ""
    if before == "on" and earlier in ASSAULT_NOUNS:
        return True
    return before == "of" and (earlier in COMPASS_POINTS or earlier in CONTROL_NOUNS
                               or earlier in TOWN_FACILITIES)


def names_a_military_site(words: list[str], i: int, j: int) -> bool:
    """"targeted the enemy's Metula site", "rockets at the Meron base": a name between "the"
    (or a possessive) and a military post's word is the place the post is named after."""
    k = word_before(words, i)
    return j < len(words) and words[j].lower() in MILITARY_SITES \
        and k >= 0 and words[k].lower() in ("the", "'s", "’s")


def struck_as_subject(span) -> bool:
    """"Ariha and Maarat al-Numan were also shelled", "the enemy shelled Talal": a name
    that is (or is joined by "and" to) the subject of a passive verb of `STRUCK_PLACE_VERBS`,
    or the object of an active one -- a roundup's places, told as a verb's arguments, which
    NER often calls people."""
    tok = span.root
    for _ in range(10):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.head.lemma_.lower() in STRUCK_PLACE_VERBS and (
        tok.dep_ == "nsubjpass" or tok.dep_ == "dobj" and tok.head.pos_ == "VERB")


def struck_by_munition(span) -> bool:
    """"Several rockets struck Metula", "a drone hit Zarit": a name that is the object of a
    verb of hitting whose subject is a munition -- a place the munition landed on, which NER
    often calls a person."""
    tok = span.root
    verb = tok.head
    return tok.dep_ == "dobj" and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in MUNITION_HIT_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in MUNITION_NOUNS for c in verb.children)


def _named_as_place(words: list[str], i: int) -> bool:
    """"in X", "near X", "the capital of X", "the town of X": words before token i that
    only a place follows."""
    if _after_locative(words, i):
        return True
    k = word_before(words, i)
    earlier = _lower_at(words, word_before(words, k)) if k >= 0 else ""
    return k >= 0 and words[k].lower() == "of" and (
        earlier in PLACE_DESIGNATORS or earlier == "capital")


def _lower_at(words: list[str], k: int) -> str:
    """Word k in lower case; "" before the first."""
    return words[k].lower() if k >= 0 else ""


def _in_word_list(lower: str, words: frozenset[str]) -> bool:
    """Membership, plurals included ('minutes', 'forces', 'cities')."""
    return (lower in words or (lower.endswith("s") and lower[:-1] in words)
            or (lower.endswith("es") and lower[:-2] in words)
            or (lower.endswith("ies") and lower[:-3] + "y" in words))


def _sentence_initial(tokens, i: int, sentences: frozenset[int]) -> bool:
    if i == 0:
        return True
    previous = tokens[i - 1]
    if (previous.is_space and "\n" in previous.text) or previous.text in SENTENCE_END:
        return True
    return i in sentences


def _can_start(words: list[str], i: int) -> bool:
    word = words[i]
    if word[:1].isupper():
        return word not in CONNECTORS
    if word.lower() in ARABIC_ARTICLES and i + 2 < len(words) and words[i + 1] == "-":
        return words[i + 2][:1].isupper()
    return False


def _can_continue(word: str) -> bool:
    return word[:1].isupper() or word.lower() in CONNECTORS


def _can_end(word: str) -> bool:
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


# "X border district", "X frontier town": where the place lies, between its name and kind
BORDER_QUALIFIERS = frozenset({"border", "frontier"})


def _designator(words: list[str], i: int, j: int) -> str | None:
    j = word_after(words, j - 1)  # "Doura  district"
    if j < len(words):
        spelled = spelled_designator(words, j)
        if spelled is not None:
            return spelled[0]  # "Mangu Local Government Area"
        word = words[j].lower()
        if word in REGION_DESIGNATORS or word in PLACE_DESIGNATORS:
            return word
        after = word_after(words, j)
        if word in BORDER_QUALIFIERS and after < len(words) and (
                words[after].lower() in REGION_DESIGNATORS | PLACE_DESIGNATORS):
            return words[after].lower()  # "Jabur border district", "a frontier town"
        if word == "," and j + 2 < len(words) and words[j + 1].lower() in ("a", "an", "the"):
            # "Shali, the last important town held by the rebels", "X, a village near Y",
            # "Stepanakert, the region's capital"
            for later in words[j + 2:j + 6]:
                if later.lower() in APPOSITIVE_DESIGNATORS:
                    return later.lower()
                if later.lower() == "capital":
                    return "city"
                if later in ("'s", "’s"):
                    continue
                if not later.isalpha() or later[:1].isupper():
                    break
    of = word_before(words, i)  # "the town of  X"
    kind = word_before(words, of) if of >= 0 else -1
    if kind >= 0 and words[of].lower() == "of":
        word = words[kind].lower()
        # "the town of X" names X; "the al-Rawdha neighbourhood of X" names a part of X.
        before = word_before(words, kind)
        named_before = before >= 0 and words[before][:1].isupper() \
            and words[before].lower() not in ("the", "a")
        if (word in REGION_DESIGNATORS or word in PLACE_DESIGNATORS) and not named_before:
            return word
    return None


def _site_name_starts(doc) -> frozenset[int]:
    """First tokens (after "the") of the names of sites NER finds: "the Deir Ezzor Military
    Airport", "Aleppo Central Prison"."""
    if not doc.has_annotation("ENT_IOB"):
        return frozenset()
    starts = set()
    for ent in doc_entities(doc):
        if ent.label_ in ("ORG", "FAC") and len(ent) > 1 and ent[-1].lower_ in SITE_ENDINGS:
            starts.add(ent.start + 1 if ent[0].lower_ == "the" else ent.start)
    return frozenset(starts)


# "Kilnar in Cabo Delgado", which NER calls one organisation: a name never runs on past these
NAME_BREAKS = frozenset({"in", "near", "at", "outside"})
# the last word of a named division ("Fako Division", "Maru LGA")
DIVISION_WORDS = REGION_DESIGNATORS | DISTRICT_DESIGNATORS | {"division", "subdivision"}


def name_part(ent, at: int) -> tuple[int, int]:
    """The part of an entity that holds token `at`, between lower-case "in", "near", "at"
    ("Kilnar in Cabo Delgado" is two names), or a comma before a named division ("near
    Muyuka, Fako Division", which NER calls one organisation: a town and what holds it, as
    local press writes them), closing lower-case words left out (`name_end`)."""
    return _part_at(ent, _name_breaks(ent), name_end(ent), at)


def _name_breaks(ent) -> list[int]:
    """The entity's tokens that part its names, read once per entity (not once per token);
    after "between", its "and" ("the road between Kaga and Tolo", NER's one work of art)."""
    words = doc_words(ent.doc)
    ends = ent.start > 0 and words[ent.start - 1].lower() == "between"
    return [k for k in range(ent.start, ent.end) if words[k] in NAME_BREAKS
            or _before_a_division(ent, words, k) or ends and words[k].lower() == "and"]


def _part_at(ent, breaks: list[int], end: int, at: int) -> tuple[int, int]:
    start = ent.start
    for k in breaks:
        if k < at:
            start = k + 1
        else:
            end = min(end, k)
            break
    return start, max(end, start)


def _before_a_division(ent, words: list[str], k: int) -> bool:
    """Token k (of the Doc's `words`) is a comma before a division ("Fako Division") or a name
    of one or two words to the entity's end ("Tilpa, Jalisco", a town's state; not an office's)."""
    return words[k] == "," and k + 1 < ent.end and words[k + 1][:1].isupper() and (
        ent[-1].lower_ in DIVISION_WORDS or ent.end - k <= 3 and ent[-1].text[:1].isupper())


def name_end(ent) -> int:
    """Where an entity's name ends: before the lower-case words that close it ("attacks on
    Aleppo for the ninth consecutive day", which NER calls a work of art, names Aleppo
    alone) when they open with a word like "for", "in" or "the"; "the Xinhua news agency"
    and a closing quote ("Joaquín 'El Chapo' Guzmán") are the name's own."""
    end = ent.end
    while end - 1 > ent.start and not ent.doc[end - 1].text[:1].isupper():
        end -= 1
    closing = ent.doc[end] if end < ent.end else None
    return end if closing is not None and closing.text[:1].islower() and closing.is_stop \
        else ent.end


def _told(root) -> bool:
    """The one told something ("told Xinhua", "told Reuters"): never where it happened."""
    return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell"


def _entity_labels(doc) -> dict[int, tuple[str, int]]:
    """Token index -> (label, length) of the entity covering it. Lower-case compass words
    opening an entity are no part of a name ("west Aleppo", "northern Sumatra"), nor are
    lower-case words closing it ("attacks on Aleppo for the ninth consecutive day", which NER
    calls a work of art: a name ends with a capitalised word)."""
    out: dict[int, tuple[str, int]] = {}
    if not doc.has_annotation("ENT_IOB"):
        return out
    for ent in doc_entities(doc):
        first = ent.start
        while first + 1 < ent.end and doc[first].text in LOWER_COMPASS_WORDS:
            first += 1
        breaks, last = _name_breaks(ent), name_end(ent)
        for k in range(first, ent.end):
            start, end = _part_at(ent, breaks, last, k)
            start = max(start, first)
            out[k] = (ent.label_, max(end - start, 1))
    return out
