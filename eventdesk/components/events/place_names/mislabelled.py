"""Towns the index lacks that NER labels a person or an organisation: "troops drove the
raiders back near Talvoro" (ORG), "gunmen shot three herders near Ombaka" (PERSON). The
other unknown-name readers take a name NER calls a place, or one the report designates ("the
town of X"); a rare town's name is as often labelled otherwise, and "near" before it says
it is a place. Such a name is read as a town the index lacks only when the report's own
words place it: the index knows it under another spelling, or its sentence (or an earlier
one naming it) names a place the index knows in the report's countries, which holds it.
A name nothing but the report's one region or its country would hold is more likely a
shop, a company or a person ("windows smashed near Brightmart"); left to the other readers.
Measured: reading "in" and "at" as well added a false event on a measure-only set; left
out. Names NER labels a people (NORP: "near Kurds") are no town's.

Not when the text tells the name as a person, a group or an organisation: a possessive
("near Hamid's house"), a common noun after it ("near Zorblat tribesmen"), an appositive
or a description that is no place's ("near Hamid, a retired activist"), a verb it is the
subject of, a title in it ("Mr", "General", "Alhaji"), a person's pronoun just after it
("near Hamid as he drove off") or a person joined to it ("near Hamid and the prime minister"),
NER's one entity running on past it ("near Zorblat Valley, Zorblat Valley Council
chairman said"), a name the report measures from a town ("near Zorbi, north of the
town": that town places it), a name that modifies a noun ("near the Kilnar monastery": a
site, its readers' to judge), an acronym or an everyday word ("near Parliament")."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import namelike
from eventdesk.components.events.place_measures import COMPASS_WORDS
from eventdesk.components.events.place_mentions import SETTLEMENT_WORDS
from eventdesk.components.events.place_names.words import name_end
from eventdesk.extensions import doc_ext
from eventdesk.geo.countries import coded_country
from eventdesk.geo.normalize import name_key
from eventdesk.geo.words import english_words

# the labels NER gives rare towns' names that are no place's label (not NORP: "near Kurds")
MISLABELS = frozenset({"PERSON", "ORG"})
# titles that make a name a person's
TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "general", "gen",
                    "col", "colonel", "sheikh", "imam", "pastor", "father", "chief",
                    "governor", "commander", "senator", "judge", "king", "prince", "saint",
                    "alhaji", "mallam", "emir", "bishop", "rev", "mayor"})
# a person's pronouns: "near Hamid as he drove off", "near Hamid and his guards"
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
# how far after a person's name its pronoun may come
PRONOUN_WORDS = 3
# how far a description after the name may name its kind ("Ombaka, a farming town in X")
DESCRIPTION_WORDS = 6
# how many words a rare town's name may have
NAME_WORDS = 4
# how far after the name a measure from a town may run ("Zorbi, about 10 km north of Y")
MEASURE_WORDS = 5


def mislabelled_town(reader, doc: Doc, clause) -> tuple[str, int] | None:
    """The first name the clause puts its deed near that NER labels a person or an
    organisation and the index does not know, when the text does not tell it as one and
    its own words place it (see the module's docstring): its words and first token."""
    known = reader.known_names(doc)
    ids = {t.i for t in clause.tokens}
    for tok in clause.tokens:
        at = tok.i + 1
        if tok.lower_ != "near" or at not in ids or not namelike(doc[at]) \
                or doc[at].ent_type_ not in MISLABELS:
            continue
        end = name_end(doc, at)
        if end <= at or end - at > NAME_WORDS or any(k in known for k in range(at, end)) \
                or _longer_entity(doc, at, end) or _measured_from_a_town(doc, end) \
                or not _governed_by(doc, at, end, tok.i) or _told_as_who(doc, at, end) \
                or doc[at].ent_type_ == "PERSON" and _told_as_a_person(doc, at, end) \
                or not _a_name(reader, doc, at, end) \
                or not _placed_by_the_report(reader, doc, at, end):
            continue
        return doc[at:end].text, at
    return None


def _longer_entity(doc: Doc, start: int, end: int) -> bool:
    """NER's one entity runs on past the name ("near Zorblat Valley, Zorblat Valley Council
    chairman ..."): the name opens a longer one, an office or a group named after its
    place, whose words the name alone does not tell apart."""
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
    """The name's words hang on "near": its head word is the preposition's object ("near
    Ombaka"), not a word of a longer phrase ("near Zorblat Park")."""
    heads = [t for t in doc[start:end] if not start <= t.head.i < end]
    return len(heads) == 1 and heads[0].head.i == prep and heads[0].dep_ == "pobj"


def _told_as_who(doc: Doc, start: int, end: int) -> bool:
    """The text tells the name as a person, a group, a people or an organisation."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.text in ("'s", "’s", "'", "’") or nxt.pos_ in ("VERB", "AUX")
                            or nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_title):
        return True  # "near Hamid's house", "near Zorblat fighters", "near Kilnar monastery"
    if any(t.lower_.rstrip(".") in TITLES for t in doc[start:end]):
        return True
    if nxt is not None and nxt.text == "," and end + 1 < len(doc) \
            and doc[end + 1].lower_ in ("who", "whose", "whom"):
        return True  # "near Hamid, who ..."
    head = next(t for t in doc[start:end] if not start <= t.head.i < end)
    if any(c.dep_ == "appos" for c in head.children) or nxt is not None and nxt.text == ",":
        # "near Hamid, a retired activist": a description must name a place's kind
        after = doc[end + 1:min(len(doc), end + 1 + DESCRIPTION_WORDS)]
        described = end + 1 < len(doc) and doc[end + 1].lower_ in ("a", "an", "the")
        return described and not any(t.lower_ in SETTLEMENT_WORDS for t in after)
    return False


def _told_as_a_person(doc: Doc, start: int, end: int) -> bool:
    """A name NER calls a person's that the text tells as one: a person's pronoun just
    after it ("near Hamid as he drove off") or a person joined to it by "and" ("near
    Hamid and the prime minister")."""
    if any(t.lower_ in PERSON_PRONOUNS for t in doc[end:min(len(doc), end + PRONOUN_WORDS)]):
        return True
    head = next(t for t in doc[start:end] if not start <= t.head.i < end)
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in head.children)


def _placed_by_the_report(reader, doc: Doc, start: int, end: int) -> bool:
    """The report's own words place the name: the index knows it under another spelling
    in the report's countries, or its sentence, or an earlier one naming it, names a place
    the index knows there (which the placer then takes as its container). Not a name only
    the report's one region or its country would hold: that is no reading of the text."""
    countries = [coded_country(c) for c in doc_ext(doc, "countries") or []]
    if not countries:
        return False
    name = doc[start:end].text
    place = reader.gazetteer.resolve_name(name, countries=countries)
    if place is not None and place.latitude is not None \
            and coded_country(place.country_code) in countries:
        return True
    sent = doc[start].sent
    key = name_key(name)
    spans = [(sent.start, sent.end)] + [
        (s.start, s.end) for s in doc.sents if s.end <= sent.start
        and any(name_key(doc[k:k + end - start].text) == key
                for k in range(s.start, s.end - (end - start) + 1))]
    return any(_names_a_known_place(reader, doc, lo, hi, start, countries) for lo, hi in spans)


def _names_a_known_place(reader, doc: Doc, lo: int, hi: int, start: int,
                         countries: list[str]) -> bool:
    """Tokens lo..hi name a place (not a country) the index knows in the report's
    countries that may be a scene."""
    for mention in doc_ext(doc, "places") or []:
        if not lo <= mention.start < hi or mention.start == start or mention.kind == "country" \
                or not reader.judge.may_be_scene(doc, mention):
            continue
        place = reader.gazetteer.resolve(mention, countries=countries)
        if place is not None and place.latitude is not None \
                and coded_country(place.country_code) in countries:
            return True
    return False


def _a_name(reader, doc: Doc, start: int, end: int) -> bool:
    """Words that can make a town's name: not an acronym, an everyday English word, a
    people's word ("Kurdish") nor a date (`NameReader._names_alone`)."""
    words = doc[start:end]
    if len(words) == 1 and (words[0].is_upper or words[0].lower_ in english_words()):
        return False
    return reader._names_alone(words)
