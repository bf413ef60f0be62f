"""Towns the index lacks that NER labels a person, a group or a people: "repelled an
offensive near Hadrut" (ORG), "beheaded two fishermen near Mucojo" (PERSON). The other
unknown-name readers take a name NER calls a place, or one the report designates ("the
town of X"); a rare town's name is as often labelled otherwise, and "near" before it says
it is a place. Such a name is read as a town the index lacks, and the placer keeps it by
name at the container the report gives for it (`_unknown_town_place`: its region when the
report names one, else its country), never a point invented for it. Measured: reading
"in" and "at" as well added a false event on a measure-only set; left out.

Not when the text tells the name as a person, a group, a people or an organisation: a
possessive ("near Hamid's house"), a group noun after it ("near Zorblat tribesmen"), an
appositive or a description that is no place's ("near Hamid, a local activist"), a verb
it is the subject of, a title in it ("Mr", "General"), NER's one entity running on past
it ("near Zorblat Oblast, Zorblat Oblast Military Administration head said"), a name the
report measures from a town ("near Zorbi, north of the town": that town places it), a
name that modifies a noun ("near the Kilnar monastery": a site, its readers' to judge),
an acronym or an everyday word ("near Parliament")."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import namelike
from eventdesk.components.events.place_measures import COMPASS_WORDS
from eventdesk.components.events.place_mentions import SETTLEMENT_WORDS
from eventdesk.components.events.place_names.words import name_end
from eventdesk.geo.words import english_words

# the labels NER gives rare towns' names that are no place's label
MISLABELS = frozenset({"PERSON", "ORG", "NORP"})
# the prepositions that put a deed at a named place, and the mislabels each may carry
PREP_LABELS = {"near": MISLABELS}
# nouns after a name that make it a people, a group or a person's
GROUP_NOUNS = frozenset({
    "tribe", "tribes", "tribesman", "tribesmen", "clan", "clans", "people", "peoples",
    "community", "communities", "fighters", "militia", "militias", "militiamen", "militants",
    "forces", "force", "group", "groups", "members", "member", "supporters", "loyalists",
    "family", "families", "party", "movement", "government", "administration", "camp",
    "army", "police", "rebels", "youth", "youths", "men", "women", "leaders", "leader",
    "officials", "elders", "herders", "farmers", "residents", "followers", "brigade"})
# titles that make a name a person's
TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "general", "gen",
                    "col", "colonel", "sheikh", "imam", "pastor", "father", "chief",
                    "governor", "commander", "senator", "judge", "king", "prince", "saint"})
# how far a description after the name may name its kind ("Madyan, a tourist town in Swat")
DESCRIPTION_WORDS = 6
# how far after the name a measure from a town may run ("Zorbi, about 10 km north of Y")
MEASURE_WORDS = 5


def mislabelled_town(reader, doc: Doc, clause) -> tuple[str, int] | None:
    """The first name the clause puts its deed near that NER labels a person, a
    group or a people and the index does not know, when the text does not tell it as one
    (see the module's docstring): its words and first token."""
    known = reader.known_names(doc)
    ids = {t.i for t in clause.tokens}
    for tok in clause.tokens:
        labels = PREP_LABELS.get(tok.lower_)
        at = tok.i + 1
        if labels is None or at not in ids or not namelike(doc[at]) \
                or doc[at].ent_type_ not in labels:
            continue
        end = name_end(doc, at)
        if end <= at or end - at > 4 or any(k in known for k in range(at, end)) \
                or _longer_entity(doc, at, end) or _measured_from_a_town(doc, end) \
                or not _governed_by(doc, at, end, tok.i) or _told_as_who(doc, at, end) \
                or not _a_name(reader, doc, at, end):
            continue
        return doc[at:end].text, at
    return None


def _longer_entity(doc: Doc, start: int, end: int) -> bool:
    """NER's one entity runs on past the name ("in Kharkiv Oblast, Kharkiv Oblast Military
    Administration head ..."): the name opens a longer one, an office or a group named
    after its place, whose words the name alone does not tell apart."""
    return any(ent.start <= start < ent.end and ent.end > end for ent in doc.ents)


def _measured_from_a_town(doc: Doc, end: int) -> bool:
    """"clashes near Zorbi, north of the town", "near Zorbi, 10 km south of Marsabo": the
    report gives the town the name lies by, which places it (GUIDELINES: "near" is coded
    at the nearest named town, geo_precision 2); a name only NER's label doubts is left to
    the readers of that town and its measure."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    words = doc[end + 1:min(len(doc), end + 1 + MEASURE_WORDS)]
    return any(t.lower_ in COMPASS_WORDS and t.i + 1 < len(doc)
               and doc[t.i + 1].lower_ in ("of", "from") for t in words)


def _governed_by(doc: Doc, start: int, end: int, prep: int) -> bool:
    """The name's words hang on the preposition: its head word is the preposition's object
    ("near Madyan"), not a word of a longer phrase ("near Zorblat Park")."""
    heads = [t for t in doc[start:end] if not start <= t.head.i < end]
    return len(heads) == 1 and heads[0].head.i == prep and heads[0].dep_ == "pobj"


def _told_as_who(doc: Doc, start: int, end: int) -> bool:
    """The text tells the name as a person, a group, a people or an organisation."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.text in ("'s", "’s", "'", "’") or nxt.lower_ in GROUP_NOUNS
                            or nxt.pos_ in ("VERB", "AUX")
                            or nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_title):
        return True  # "in Hamid's house", "near Zorblat fighters", "at Kilnar monastery"
    if any(t.lower_.rstrip(".") in TITLES for t in doc[start:end]):
        return True
    if nxt is not None and nxt.text == "," and end + 1 < len(doc) \
            and doc[end + 1].lower_ in ("who", "whose", "whom"):
        return True  # "near Hamid, who ..."
    head = next(t for t in doc[start:end] if not start <= t.head.i < end)
    if any(c.dep_ == "appos" for c in head.children) or nxt is not None and nxt.text == ",":
        # "near Hamid, a local activist": a description must name a place's kind
        after = doc[end + 1:min(len(doc), end + 1 + DESCRIPTION_WORDS)]
        described = end + 1 < len(doc) and doc[end + 1].lower_ in ("a", "an", "the")
        return described and not any(t.lower_ in SETTLEMENT_WORDS for t in after)
    return False


def _a_name(reader, doc: Doc, start: int, end: int) -> bool:
    """Words that can make a town's name: not an acronym, an everyday English word, a
    people's word ("Kurdish") nor a date (`NameReader._names_alone`)."""
    words = doc[start:end]
    if len(words) == 1 and (words[0].is_upper or words[0].lower_ in english_words()):
        return False
    return reader._names_alone(words)
