"""Parts of a city the gazetteer lacks, as the text names them: "the Salah district",
"Aleppo's al-Rashedin district", "the suburb of al-Baghiliyah", "in al-Sakhour"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import actor_tokens, lexicon, namelike
from eventdesk.components.events.place_mentions import CITY_PARTS
from eventdesk.components.events.place_mentions.actors import names_an_actor
from eventdesk.components.events.place_mentions.destinations import beyond_a_gateway
from eventdesk.components.events.place_names.part_holders import bigger_after_of
from eventdesk.components.events.place_names.settlements import SettlementReader
from eventdesk.components.events.place_names.words import (
    article_of_name,
    cut_off,
    designated_settlements,
    inside_hyphenated,
    of_a_member,
)
from eventdesk.extensions import doc_ext, doc_tokens
from eventdesk.geo.candidates import (
    CITY_PART_DESIGNATORS,
    DISTRICT_DESIGNATORS,
    is_district,
    spelled_designator,
)
from eventdesk.geo.country_words import FOREIGN_COMPOUND_WORDS
from eventdesk.geo.name_spans import COMPASS_POINTS, word_after
from eventdesk.geo.normalize import name_key
from eventdesk.geo.words import FACILITY_WORDS, english_words

# "Trafalgar Square", "the Handarat Refugee Camp": a part of a town named with its landmark
# word, which its name keeps ("London - Trafalgar Square"); the index may know it without
LANDMARK_PARTS = frozenset({"camp", "market", "square", "junction"})
# "in nearby X", "in rural X": words that tell where X lies, not its name
LEAD_WORDS = frozenset({"nearby", "rural"})
# "Irumu territory", "Tsafe LGA": a second-level division, never a part of a city
DIVISION_WORDS = DISTRICT_DESIGNATORS - CITY_PART_DESIGNATORS


# "of Mali's capital Bamako", "of the capital Kabul": the words that lead to the city named
CAPITAL_WORDS = frozenset({"capital", "city"})


def _capital_named_after(doc: Doc, k: int, m: int) -> tuple[int, int]:
    """The name of the city after "of": "the Sogoniko district of Mali's capital Bamako"
    names Bamako, not Mali, as what holds the district, "the Kovri neighbourhood of the
    city of Tesso" Tesso; else the words k..m as found."""
    n = m
    if n < len(doc) and doc[n].lower_ in ("'s", "’s"):
        n += 1
    if n == m and m > k or n >= len(doc) or doc[n].lower_ not in CAPITAL_WORDS:
        return k, m
    start = n + 1 + (n + 2 < len(doc) and doc[n + 1].lower_ == "of" and m == k)
    end = start
    while end < len(doc) and namelike(doc[end]):
        end += 1
    return (start, end) if end > start else (k, m)


def _capital_after_of(doc: Doc, of: int) -> bool:
    """"of Mali's capital Bamako", "of the capital Kabul": a city named as the holder."""
    if of >= len(doc) or doc[of].lower_ != "of":
        return False
    k = of + 1 + (of + 1 < len(doc) and doc[of + 1].lower_ == "the")
    m = k
    while m < len(doc) and namelike(doc[m]):
        m += 1
    return _capital_named_after(doc, k, m) != (k, m)


class DistrictReader(SettlementReader):
    """Reads the parts of a city the gazetteer lacks."""

    def district_phrase(self, doc: Doc, tokens: list[Token], *, known
                         ) -> tuple[str, str | None] | None:
        """"the Salah district", "Aleppo's al-Rashedin district", "the suburb of al-Baghiliyah"
        (`named_part`), or a name the gazetteer lacks after "in"/"at" (`bare_part`), taken
        as a part of the city in focus."""
        return self.named_part(doc, tokens, known=known) or self.bare_part(
            doc, [t.i for t in tokens], known)

    def named_part(self, doc: Doc, tokens: list[Token], *, known
                   ) -> tuple[str, str | None] | None:
        """A part of a city the words call one: "the Salah district", "Aleppo's al-Rashedin
        district", "the suburb of al-Baghiliyah"; "the Kurdish district of X", "the mainly
        Shiite neighbourhood of X": X."""
        words = lexicon()["district_words"]
        ids = [t.i for t in tokens]
        first = ids[0] if ids else 0
        for tok in tokens:
            i, low = tok.i, tok.lower_
            plural = low.endswith("s") and low[:-1] in CITY_PARTS
            if low not in words and not plural or i >= 2 and spelled_designator(
                    [t.text for t in doc_tokens(doc)[i - 2:i + 1]], 0) is not None:
                continue  # "Mangu Local Government Area": an LGA's kind, read with its name
            if of_a_member(doc, i):
                continue  # "quarter leaders": people of a place, no part of a city
            if beyond_a_gateway(doc, i):
                continue  # "X, the gateway to Y territory": Y lies beyond, holds nothing
            end = i
            while end - 1 >= first and doc[end - 1].is_space:
                end -= 1
            j = end
            if j - 2 >= first and doc[j - 1].lower_ in COMPASS_POINTS \
                    and doc[j - 1].text[0].isupper() and namelike(doc[j - 2]):
                j -= 1  # "Mundri West County": a compass word ends a division's name
            while j - 1 >= first and (namelike(doc[j - 1]) or inside_hyphenated(doc, j - 1)):
                j -= 1
            if plural and j - 2 >= first and doc[j - 1].lower_ in ("and", ",") \
                    and namelike(doc[j - 2]):
                # "the Al-Daraga and Hay Al-Matar neighbourhoods": the first one named
                end = j - 1
                j = end
                while j - 1 >= first and namelike(doc[j - 1]):
                    j -= 1
            if plural and j < end and (j == 0 or doc[j - 1].lower_ not in ("the", "'s", "’s")):
                continue  # "several mostly Shi'i neighbourhoods" names none
            while j < end and not (self._name_word(doc[j]) or article_of_name(doc[j])) \
                    or j < end and inside_hyphenated(doc, j) and not namelike(doc[j]):
                j += 1  # "Kurdish", "Southern": a description, not the name
            name = doc[j:end].text if j < end and self._names_alone(doc[j:end]) else None
            countries = doc_ext(doc, "countries") or []
            of = word_after(doc, i)
            named = word_after(doc, of)  # "the suburb of  al-Baghiliyah"
            owner = named
            while owner < len(doc) and namelike(doc[owner]):
                owner += 1
            # "the Faladie district of Mali's capital Bamako": a possessor after "of" names
            # what holds the part, never the part; the name before the word is the part's
            owned = named < owner < len(doc) and doc[of].lower_ == "of" \
                and doc[owner].text in ("'s", "’s")
            city_before = name is not None and not owned and any(
                m.start == j and m.end == end and self.judge.plausible(doc, m) for m in known)
            part_named = named < len(doc) and doc[of].lower_ == "of" \
                and namelike(doc[named]) and not any(m.start == named for m in known)
            named_before = any(first <= m.start and m.end <= j and m.kind != "country"
                               for m in known)
            if doc[i].lower_ in DIVISION_WORDS and j >= 2 and doc[j - 1].text == "," \
                    and any(m.end == j - 1 and m.kind != "country" for m in known):
                continue  # "Bunia, Irumu territory": what holds the town named first
            if city_before and doc[i].lower_ in DISTRICT_DESIGNATORS and not part_named \
                    and named_before and any(
                    m.start == j and m.end == end and is_district(c)
                    and c.country_code in countries[:1] for m in known for c in m.candidates):
                # "In Kandahar, ... in Maiwand district" names a district of the report's
                # country, not a part of a city named Maiwand ("the Tijuana district of La
                # Presa" is): resolved with its word
                city_before, name = False, doc[j:i + 1].text
            if city_before and _capital_after_of(doc, of):
                city_before = False  # "the Sogoniko district of Mali's capital Bamako"
            if city_before and doc[of].lower_ == "of" and bigger_after_of(
                    doc, known, (j, end), named, self.judge.plausible):
                city_before = False  # "the El Rosal neighbourhood of Ciudad Altamira"
            if city_before:
                name = None  # "the south Baghdad neighbourhood of Al-Bayaa": Baghdad holds it
            after = i + 1
            if name is None and named < len(doc) and doc[of].lower_ == "of" \
                    and namelike(doc[named]) \
                    and not any(m.start == named and self.judge.plausible(doc, m)
                                for m in known):
                k = named
                while k < len(doc) and namelike(doc[k]):
                    k += 1
                if self._names_alone(doc[named:k]):
                    name = doc[named:k].text
                    after = k
            if not name:
                continue
            if doc[i].lower_ in LANDMARK_PARTS and name == doc[j:end].text:
                name = doc[j:i + 1].text  # "Trafalgar Square", not "Trafalgar"
            container = doc[j:end].text if city_before else None
            if container is None and after < len(doc) and doc[after].lower_ in ("of", "in") \
                    and after + 1 < len(doc):
                k = after + 1
                if doc[k].lower_ == "the":
                    k += 1
                m = k
                while m < len(doc) and namelike(doc[m]):
                    m += 1
                m = max([m] + [n.end for n in known if n.start == k])  # "San Telmo de Vargas"
                k, m = _capital_named_after(doc, k, m)
                m = max([m] + [n.end for n in known if n.start == k])  # "the city of San ..."
                if m > k and self._names_alone(doc[k:m]):  # not "in Thursday's raid"
                    container = doc[k:m].text
            if container is None and j >= 2 and doc[j - 1].lower_ in ("'s", "’s"):
                k = j - 1
                while k - 1 >= 0 and namelike(doc[k - 1]):
                    k -= 1
                if k < j - 1 and self._names_alone(doc[k:j - 1]):
                    container = doc[k:j - 1].text
            if container is None and doc[i].lower_ in DIVISION_WORDS \
                    and name == doc[j:end].text:
                # "near Ngazuba in Mabanzi territory": a division of the region, kept with its
                # word, never a part of the town the report names elsewhere
                name = doc[j:i + 1].text
            return name, container
        return None

    def bare_part(self, doc: Doc, ids: list[int], known) -> tuple[str, None] | None:
        """"in al-Sakhour", "in Masaken Hanano": a local name the gazetteer does not hold;
        a name it reads only as an implausible namesake abroad ("in Gulshan", a Dhaka quarter,
        known only in Iran) is as unknown as one it lacks, when it is the whole name and
        no place right after it holds it ("Fort Bliss, Texas" is the American town); not
        one the index reads only by its loosest spelling rule ("Tal Kroum" as Tulkarm),
        which may as well be a town of the report's region the index lacks. A name that
        stands for an actor ("plans by the government in Madrid") is no namesake: it is no
        part of a town either, and read bare it would be that capital again (issue 9)."""
        namesakes = [m for m in known if m.kind != "country" and not self.judge.plausible(doc, m)
                     and any(c.match != "transliteration" for c in m.candidates)
                     and not names_an_actor(doc, m)]
        covered = {i for m in known if m not in namesakes for i in range(m.start, m.end)}
        covered |= actor_tokens(doc)
        id_set = set(ids)
        every = doc_tokens(doc)
        for i in ids:
            tok = every[i]
            if tok.lower_ not in ("in", "at"):
                continue
            start = word_after(doc, i)  # "in  al-Sakhour"
            if start < len(doc) and doc[start].lower_ in LEAD_WORDS and tok.lower_ == "in":
                start = word_after(doc, start)  # "in nearby Tamsa", "in rural Tamsa"
            if tok.lower_ not in ("in", "at") or start >= len(doc) \
                    or not tok.whitespace_ and doc[i + 1].text[:1] in ("-", "–"):
                continue  # "Abu Hajer at-Tounisi": an article of a man's name, no "at"
            k = start
            while k < len(doc) and k in id_set and namelike(doc[k]) and k not in covered \
                    and doc[k].ent_type_ not in ("NORP", "DATE", "TIME", "CARDINAL") \
                    and (doc[k].ent_type_ != "ORG" or _rare_word(doc[k])):
                k += 1
            # at most three words: "Khan al-Assal" is three ("al - Assal" as spaCy splits it)
            if k > start and sum(t.text != "-" for t in doc_tokens(doc)[start:k]) <= 3:
                if cut_off(doc[start:k]) or not any(ch.isalpha() for t in doc_tokens(doc)[start:k]
                                                    for ch in t.text):
                    continue  # "in ‘Ayn Al-Fijah": the ayn mark of a name the index knows
                if any(self._names_a_party(doc[n]) for n in range(start, k)):
                    continue  # "aimed at U.S.-led forces": a party, not a part of a town
                if any(m.start < k and start < m.end and (
                        (m.start, m.end) != (start, k) or k + 1 < len(doc)
                        and doc[k].text == "," and any(o.start == k + 1 for o in known))
                       for m in namesakes):
                    continue  # "at Tal Kroum" (a namesake opens it), "at Fort Bliss, Texas"
                if name_key(doc[start:k].text) in designated_settlements(doc):
                    continue  # "killed in Palma" after "the town of Palma": no quarter
                if k < len(doc) and doc[k].lower_ in DIVISION_WORDS:
                    k += 1  # "in Irumu territory": with its kind
                return " ".join(doc[start:k].text.split()), None  # "Mashrou   Dummar"
        return None

    def _names_a_party(self, tok: Token) -> bool:
        """"U.S.-led", "Saudi-backed", "Iraq": a country's name or a compound of a party,
        never a part of a town."""
        head, _, tail = tok.text.rpartition("-")
        if head and tail.lower() in FOREIGN_COMPOUND_WORDS:
            return True
        return self.gazetteer.country_code_of(tok.text) is not None


def _rare_word(tok: Token) -> bool:
    """"at Mordiabe", which NER calls an organisation as it calls many a village the index
    lacks: an entity of words no dictionary holds, with no acronym ("at UNICEF") nor a
    facility's word ("at Sonali Bank") -- a local name, not a body's."""
    entity = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), tok.doc[tok.i:tok.i + 1])
    return not any(t.text.isupper() or t.lower_ in english_words() or t.lower_ in FACILITY_WORDS
                   for t in entity)
