"""What a name the gazetteer lacks is made of: proper words, not a month, a compass word,
a people or an everyday word; where the name ends; the names the report calls towns."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.common import ARABIC_ARTICLES, namelike
from eventdesk.components.events.place_measures import COMPASS_WORDS
from eventdesk.components.events.place_mentions import SETTLEMENT_WORDS
from eventdesk.extensions import doc_tokens
from eventdesk.geo.name_spans import word_after
from eventdesk.geo.normalize import name_key
from eventdesk.geo.words import MONTHS, WEEKDAYS, english_words, everyday_words

# "regained control of X", "the siege of X": nouns whose "of" names the place they hold
HOLDING_NOUNS = frozenset({"control", "capture", "recapture", "siege", "fall"})
# "on the outskirts of Tambari": the edge of the town that holds a village the index lacks
EDGE_WORDS = frozenset({"outskirts", "edge", "edges"})
# "out of X", "in the vicinity of X": words whose "of" puts a deed at X (a town the report
# calls one elsewhere), not "the people of X" nor "the fall of X"
AROUND_OF = frozenset({"out", "vicinity", "environs"}) | EDGE_WORDS
# "In Monywa township, ...": a preposition that opens a sentence, capitalised as a name's
# first word is
SENTENCE_OPENING_PREPS = frozenset({"in", "near", "inside", "outside"})


# "liberated the settlement Ivanivske", "the village Krasne": translated communiqués name
# a settlement right after its kind, with no "of"
APPOSED_KINDS = frozenset({"town", "village", "settlement", "hamlet", "locality"})


def name_after_kind(doc: Doc, i: int) -> int:
    """The first word of the name settlement word `i` introduces: after "of" ("the town of
    Konna"), or right after the word when "the" opens it and the parser reads the word as
    the name's modifier ("the settlement Ivanivske"; not "in the village Ali Said said", a
    person named after the place)."""
    of = word_after(doc, i)
    if doc[i].lower_ in APPOSED_KINDS and doc[i].text.islower() and i > 0 \
            and doc[i - 1].lower_ == "the" and of < len(doc) and namelike(doc[of]) \
            and doc[i].dep_ == "compound" and doc[i].head.i >= of \
            and doc[of].lower_ not in english_words():  # not "the town Hall"
        return of
    return word_after(doc, of)


class NameWords:
    """The words of the names the gazetteer lacks; holds the gazetteer and the mention
    judge."""

    def __init__(self, gazetteer, judge):
        self.gazetteer = gazetteer
        self.judge = judge

    def _name_word(self, tok: Token) -> bool:
        """A word that can be part of a place's name: not a month, weekday, compass word,
        people ("Kurdish", "Shiite") or number."""
        lower = tok.lower_
        if lower in MONTHS or lower in WEEKDAYS or lower in COMPASS_WORDS:
            return False
        if tok.is_sent_start and lower in SENTENCE_OPENING_PREPS:
            return False  # "In Monywa township, troops ...": capitalised, and no name's word
        if tok.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL") or (
                tok.ent_type_ == "NORP" and lower in english_words()):
            return False
        return self.gazetteer.demonym_country(tok.text) is None

    def _names_alone(self, span: Span) -> bool:
        """A name of a part of a city: proper words, not one ordinary English word
        ("Southern", "September") nor punctuation ("Mosul - -"), nor a name cut off."""
        if cut_off(span):
            return False
        words = [t for t in span if any(ch.isalpha() for ch in t.text)]
        if len(words) > 1 and words[-1].lower_ in COMPASS_WORDS and words[-1].text[0].isupper():
            words = words[:-1]  # "Mundri West": a compass word may end a division's name
        if not words or not all(self._name_word(t) or article_of_name(t) for t in words):
            return False
        if len(words) == 1 and words[0].lower_ in everyday_words():
            return False
        return not (len(words) == 1 and words[0].lower_ in ARABIC_ARTICLES)


def cut_off(span: Span) -> bool:
    """A name that ends at a hyphen ("Al-", "Saint- province" cut at a line break) is the
    start of a name, not one: kept, the location read "Baghdad - Al-"."""
    return len(span) > 0 and span[-1].text.endswith(("-", "–"))


def inside_hyphenated(doc: Doc, k: int) -> bool:
    """Token k is a hyphen or a lower-case link inside a hyphenated name, as spaCy splits
    "Dasht-e-Barchi" or "Pul-i-Khumri": glued to the tokens on both sides."""
    tok = doc[k]
    if tok.whitespace_ or k == 0 or doc[k - 1].whitespace_ or k + 1 >= len(doc):
        return False
    if tok.text == "-":
        return doc[k + 1].text[:1].isalpha()
    return tok.text.islower() and len(tok.text) <= 3 and doc[k - 1].text == "-" \
        and doc[k + 1].text == "-"


def article_of_name(tok: Token) -> bool:
    """"al" of "al-Kalasa": part of the name, whatever else the word may be read as."""
    return tok.lower_ in ARABIC_ARTICLES and namelike(tok)


def hyphen_tail(doc: Doc, k: int) -> bool:
    """Token k is the lower-case end of a hyphenated name, glued to its hyphen and the name
    ("Haji-abad", "Dera-kot"); an English word ends no name ("ISIS-held", "Houthi-run")."""
    tok = doc[k]
    return k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ \
        and not doc[k - 2].whitespace_ and namelike(doc[k - 2]) and tok.text.isalpha() \
        and tok.text.islower() and tok.lower_ not in english_words()


def name_end(doc: Doc, start: int) -> int:
    """Where the proper name that starts at token `start` ends ("Jisr al-Shughur", "Puerto
    del Carmen", "Haji-abad")."""
    end = start
    while end < len(doc) and (namelike(doc[end]) or (
            doc[end].lower_ in ("del", "de", "al", "el") and end + 1 < len(doc)
            and namelike(doc[end + 1])) or end > start and _goes_on(doc, end)):
        end += 1
    return end


def _goes_on(doc: Doc, k: int) -> bool:
    """Token k goes on with a hyphenated name: its lower-case end or link ("Haji-abad",
    "Dasht-e-Barchi"), or a hyphen before one."""
    if hyphen_tail(doc, k) or doc[k].text != "-" and inside_hyphenated(doc, k):
        return True
    return doc[k].text == "-" and inside_hyphenated(doc, k) and (
        namelike(doc[k + 1]) or _goes_on(doc, k + 1))


def name_from(doc: Doc, start: int) -> str:
    """The proper name that starts at token `start` ("Jisr al-Shughur")."""
    return doc[start:max(name_end(doc, start), start + 1)].text


SETTLEMENTS_KEY = "eventdesk.designated_settlements"


def designated_settlements(doc: Doc) -> frozenset[str]:
    """Name keys of the places the report calls a town, village or city ("the town of
    Palma", "Galga village"): a settlement of its own wherever it is named again, never a
    quarter of another town. Read once per report."""
    found = doc.user_data.get(SETTLEMENTS_KEY)
    if found is None:
        names = set()
        for tok in doc_tokens(doc):
            if tok.lower_ in SETTLEMENT_WORDS and tok.text.islower():
                of = word_after(doc, tok.i)
                named = word_after(doc, of)  # "the town of  Palma"
                if named < len(doc) and doc[of].lower_ == "of":
                    end = name_end(doc, named)
                    if end > named:
                        names.add(name_key(doc[named:end].text))
                start = tok.i
                while start > 0 and namelike(doc[start - 1]) and tok.i - start < 4:
                    start -= 1
                if start < tok.i:
                    names.add(name_key(doc[start:tok.i].text))
        found = doc.user_data[SETTLEMENTS_KEY] = frozenset(names)
    return found


# "a Zorblat community member", "quarter leaders": people of a place or a people, after the word
MEMBER_NOUNS = frozenset({"member", "members", "leader", "leaders", "elder", "elders",
                          "spokesman", "spokeswoman", "spokesperson", "chief", "chiefs"})


# "a Vorsk village elder": words that name only a place, so that the name before them is a
# settlement's even when they describe a person (the elder's village is often the scene)
PLACE_ONLY_WORDS = frozenset({"village", "villages", "town", "towns", "city", "hamlet",
                              "settlement", "settlements", "municipality", "locality",
                              "localities"})


def of_a_member(doc: Doc, i: int) -> bool:
    """The place word at token `i` describes a person ("a 50-year-old Zorblat community
    member", "quarter leaders"): the name before it is a people's, told of who someone is,
    not where the deed was; never an unknown settlement of the scene. Not a word that names
    only a place ("a Vorsk village elder": Vorsk is a village, PLACE_ONLY_WORDS)."""
    return i + 1 < len(doc) and doc[i + 1].lower_ in MEMBER_NOUNS \
        and doc[i].lower_ not in PLACE_ONLY_WORDS
