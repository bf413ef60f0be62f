"""Which reading of a name the report can mean: the country a demonym before "town of"
gives, a namesake in a country nothing else points to, a town the text calls one."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.happened import modality
from eventdesk.components.events.place_measures import COMPASS_WORDS
from eventdesk.extensions import doc_entities, doc_ext, doc_tokens, span_root
from eventdesk.geo.candidates import BIG_CITY_POPULATION, WELL_KNOWN_POPULATION
from eventdesk.geo.country_context import DESIGNATED_TOWN_POPULATION

# Another spelling of a town of one of the report's countries counts from this size
# ("Qamishli" for Al Qāmishlī); smaller, it is as likely a namesake
REPORT_TOWN_POPULATION = 5_000
# A name as a subject ("Castro marched", "Maldonado was captured"), not after "in" nor as a
# modifier ("the Idlib countryside"); and the one told ("told Xinhua").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dative", "appos"})
# "the town of X", "X village", "X, a town near Y": words that name a settlement
SETTLEMENT_WORDS = frozenset({"town", "towns", "village", "villages", "city", "municipality",
                              "settlement", "settlements", "hamlet", "community", "locality",
                              "localities"})
# "the town of X", "X district": a place word that makes another spelling of a sizeable
# place plausible in a report that names no country
DESIGNATED_PLACES = SETTLEMENT_WORDS | {"district", "province"}
DEMONYM_COUNTRIES_KEY = "eventdesk.demonym_countries"


class CountryReader:
    """A name's readings weighed against the countries the report points to; holds the
    gazetteer (demonyms, country names)."""

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer

    def qualifier_country(self, doc: Doc, at: int) -> str | None:
        """The country a demonym or a country's name before "town of" gives: "the South
        Sudanese town of Raga", "the northern Syrian town of Dana" (the name at token `at`)."""
        if at < 3 or doc[at - 1].lower_ != "of" or doc[at - 2].lower_ not in SETTLEMENT_WORDS:
            return None
        words = []
        k = at - 3
        while k >= 0 and at - 3 - k < 3 and doc[k].text[:1].isupper():
            words.insert(0, doc[k].text)
            k -= 1
        for first in range(len(words)):
            phrase = " ".join(words[first:])
            code = self.gazetteer.demonym_country(phrase) or \
                self.gazetteer.country_code_of(phrase)
            if code is not None:
                return code
            if words[first].lower() in COMPASS_WORDS:
                return None  # "Northern Irish" is not Irish, "South Sudanese" not Sudanese
        return None

    def _foreign_namesake(self, doc: Doc, mention) -> bool:
        """A name NER does not call a place, whose reading lies in a country nothing else in
        the report points to while the report names another country: a person ("Maldonado
        was captured ... flee Somalia"), an agency ("told Xinhua") or a date ("Nov. 7")."""
        label = next((e.label_ for e in doc_entities(doc) if e.start <= mention.start
                      and mention.end <= e.end), "")
        root = span_root(doc, mention.start, mention.end)
        argument = root.dep_ in ARGUMENT_DEPS or (
            root.dep_ == "dobj" and root.head.lemma_.lower() in modality().words["speech"])
        if label in ("GPE", "LOC", "FAC") or not argument:
            return False  # "the village of Malisevo", "captured Birao": places whatever NER says
        best = mention.candidates[0]
        if best.population >= BIG_CITY_POPULATION:
            return False
        others = [m for m in doc_ext(doc, "places") or [] if m is not mention]
        supported = self._supported(doc, mention, best.country_code)
        countries = doc_ext(doc, "countries") or []
        if label not in ("", "NORP") and best.population < WELL_KNOWN_POPULATION \
                and not best.is_region and (not supported or countries
                                            and best.country_code != countries[0]):
            return True  # "Castro ... outside Spain's embassy in central Havana"
        return not supported and any(m.kind == "country" for m in others)

    def _supported(self, doc: Doc, mention, code: str) -> bool:
        """Something else in the report points to the country: another name read there, or
        a demonym ("Millan" read as Milan is its own only evidence for Italy)."""
        return any(
            (m.country_code if m.kind == "country" else m.candidates[0].country_code
             if m.candidates else None) == code
            for m in doc_ext(doc, "places") or [] if m is not mention) \
            or code in self._demonym_countries(doc)

    def _demonym_countries(self, doc: Doc) -> set:
        """The countries the report's capitalised words name as demonyms (None among
        them for a word that is none), read once per report: `_supported` asks per
        mention, and the report's words do not change."""
        found = doc.user_data.get(DEMONYM_COUNTRIES_KEY)
        if found is None or found[0] is not self.gazetteer:
            found = doc.user_data[DEMONYM_COUNTRIES_KEY] = (self.gazetteer, {
                self.gazetteer.demonym_country(t.text)
                for t in doc_tokens(doc) if t.text[:1].isupper()})
        return found[1]


def designated_in_report_country(mention, countries) -> bool:
    """"Haydan district of Saada province" in a report mostly about Saudi Arabia: a name the
    text calls a place, named exactly as a place of one of the report's countries."""
    return mention.designator in DESIGNATED_PLACES and any(
        c.match == "exact" and c.country_code in countries for c in mention.candidates)


def lone_reading(doc: Doc, mention) -> bool:
    """A name NER calls a place (the whole of its entity), whose readings other than loose
    transliterations all lie in one country, the best of them a town of
    DESIGNATED_TOWN_POPULATION or more ("Nubbul", a spelling of Nubl the index holds)."""
    if not any(e.start == mention.start and e.end == mention.end and e.label_ in ("GPE", "LOC")
               for e in doc_entities(doc)):
        return False
    readings = [c for c in mention.candidates if c.match != "transliteration"]
    if not readings or len({c.country_code for c in readings}) != 1:
        return False
    best = readings[0]
    return not best.is_region and best.population >= DESIGNATED_TOWN_POPULATION


# "the towns of X and Blida": words that call a name a small place
SMALL_SETTLEMENTS = frozenset({"town", "towns", "village", "villages", "hamlet", "hamlets"})
# the list words a name may stand behind after "the towns of"
LIST_WORDS = frozenset({",", "and", "-", "al", "el"})


def called_a_small_place(doc: Doc, mention) -> bool:
    """The text calls the name a town or a village ("the village of Moscow", "the towns of
    Aitaroun and Blida", "X village"): no big city abroad is meant by it."""
    if mention.designator in SMALL_SETTLEMENTS:
        return True
    k = mention.start - 1
    while k >= 1 and (doc[k].lower_ in LIST_WORDS or doc[k].text[:1].isupper()):
        k -= 1
    return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in SMALL_SETTLEMENTS
