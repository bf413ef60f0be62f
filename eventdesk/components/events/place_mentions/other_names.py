"""A place's name inside another name: a road's, an office's, a feature's, a person's,
a people's or a name given to something; a word of its own fused to it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import namelike
from eventdesk.components.events.place_mentions.homes import ATTACHMENT_DEPS
from eventdesk.components.triggers import Clause
from eventdesk.extensions import climb, doc_ext, doc_words
from eventdesk.geo.candidates import ROUTE_WORDS, WELL_KNOWN_POPULATION, joins_a_route
from eventdesk.geo.name_spans import name_part
from eventdesk.geo.normalize import ARABIC_ARTICLES, name_key, opens_an_arabic_name

PEOPLE_KEY = "eventdesk.people_names"
# "on the road from X to Y", "the highway linking X and Y": words after a route's noun that
# open the towns it joins
ROUTE_LINKS = frozenset({"from", "between", "linking", "connecting", "joining"})
# "along Jos Road in Potiskum", "on Haifa Street": a street named after a town
STREET_WORDS = ROUTE_WORDS | {"street", "avenue", "boulevard"}
# "on Jos Road", "on Haifa Street": the words after a town's name that make a city's street
CITY_STREETS = frozenset({"road", "street", "avenue", "boulevard"})
# "near Abancay avenue", "the boulevard Hidalgo", "on Calle Coahuila", "Rua Bahia": a city's
# street whatever the case of its word, after the name (English order) or before it (Spanish,
# Portuguese, French order, often kept in translation); never a road out of a town
URBAN_STREETS = frozenset({"street", "avenue", "boulevard"})
STREETS_BEFORE_NAME = URBAN_STREETS | {"avenida", "calle", "rua", "rue", "jirón", "jiron",
                                       "blvd", "av", "av."}
# "said the Garissa County Commissioner", "Oaxaca's governor": a place that names an
# office's seat or reach
OFFICE_NOUNS = frozenset({"mayor", "governor", "commander", "emir", "leader", "chief",
                          "chairman", "councilman", "councillor", "commissioner",
                          "superintendent", "executive", "director", "head",
                          # francophone administration: "according to the sub-prefect of X"
                          "prefect", "subprefect",
                          # "the Diocese of Pemba said": a see speaking, not a scene
                          "diocese", "archdiocese", "bishop", "archbishop"})
# "according to the ISIS emir in Tal Afar": offices whose "in" names their reach
COMMAND_NOUNS = frozenset({"commander", "emir", "leader", "governor", "chief"})
# "a blast hit the burial of a district chief in X", "gunmen stormed the home of the
# mayor of X": a gathering or premises of the office holder, where the deed was done; the
# office's place is the scene the report gives. Not a convoy or motorcade: on the move, often
# struck far from the office's place. (Apart from place_mentions/actors.py PERSONAL_NOUNS, a
# person's belongings: these are an office holder's gatherings and premises.)
HOLDERS_SCENES = frozenset({"funeral", "burial", "wake", "home", "house", "residence"})
# "the Ottawa River", "the Diaoyu Islands": a long or scattered feature's name the index
# lacks, opened by a town's (the index holds towns and regions, no water); not "Basilan
# Island", "the Jaffna Peninsula" or "Manila Bay", mostly the land or town of that name
FEATURE_NAME_WORDS = frozenset({"river", "islands", "strait", "sea", "canal"})
# "the Tanga peninsula", "the Sambisa forest": land features, named after a town or not
LAND_FEATURE_WORDS = frozenset({"peninsula", "island", "islands", "forest", "valley", "hills",
                                "mountains", "plain", "plateau", "lake", "river"})
# "a battle dubbed ...", "an operation codenamed ...": the words a name is given by
NAMING_VERBS = frozenset({"dub", "name", "call", "codename", "title"})


def opens_a_feature_name(doc: Doc, mention) -> bool:
    """A town's name opening a feature's ("the Ottawa River", "China's Diaoyu Islands"): the
    feature, miles long and beside no one town, not the town. A region's name is kept. So is
    a land feature's ("the Tanga peninsula" in a Chad report) when no other place the
    report names is in a country holding a reading of the name: a local feature, not the
    town abroad that shares it (whose own readings weigh for its country). A street named
    after a town is the street, in another town, when the report names another place."""
    after = doc[mention.end] if mention.end < len(doc) else None
    best = mention.candidates[0] if mention.candidates else None
    if best is None:
        return False
    if opens_a_street_name(doc, mention):
        return any(m is not mention and m.candidates for m in doc_ext(doc, "places") or [])
    if after is None or best.is_region:
        return False
    if after.text[:1].isupper() and after.lower_ in FEATURE_NAME_WORDS:
        return True
    if after.lower_ not in LAND_FEATURE_WORDS:
        return False
    others = {m.country_code if m.kind == "country" else m.candidates[0].country_code
              for m in doc_ext(doc, "places") or [] if m is not mention and (
                  m.candidates or m.kind == "country")}
    others.discard(None)
    return bool(others) and not any(c.country_code in others for c in mention.candidates)


def opens_a_street_name(doc: Doc, mention) -> bool:
    """"set the car on fire on Jos Road", "on Haifa Street": a town's (or region's) name in
    a street's (its capitalised word after, no "the" or route's hyphen before), a street of
    another town named after the one it leads to; so "near Abancay avenue" and "on the
    boulevard Hidalgo", a city's street whatever the case or order; not "the Jos road" or
    "the Kabul-Jos road", somewhere on the road out of the town (`names_a_route`)."""
    after = doc[mention.end] if mention.end < len(doc) else None
    before = doc[mention.start - 1].text.lower() if mention.start > 0 else ""
    if before in STREETS_BEFORE_NAME or after is not None and after.lower_ in URBAN_STREETS:
        return True
    return after is not None and after.text[:1].isupper() and after.lower_ in CITY_STREETS \
        and before not in ("the", "-", "–")


def longer_name(ent, mention) -> bool:
    """The part of the entity that holds the mention is a longer name than the mention's."""
    start, end = name_part(ent, mention.start)
    return start <= mention.start and mention.end <= end \
        and end - start > mention.end - mention.start


def named_with_its_kind(ent, mention) -> bool:
    """"Chin State", "Kassala Province", which NER may call a person or an organisation:
    the entity is the name and its own region or district word, the place's full name."""
    return ent.start == mention.start and ent.end == mention.end + 1 \
        and mention.designator is not None and ent[-1].lower_ == mention.designator


def fused_to_a_word(doc: Doc, end: int) -> bool:
    """The name is joined by a hyphen to a lower-case word ("Yamaguchi-gumi", "Mosul-bound",
    "Beirut-style"): a word of its own that only mentions the place; not a longer name's
    particle ("Port-au-Prince", "Dar-ul-Aman")."""
    if end + 1 >= len(doc) or doc[end].text not in ("-", "–") or doc[end].whitespace_ \
            or doc[end - 1].whitespace_:
        return False
    word = doc[end + 1]
    return word.is_alpha and word.is_lower and len(word) >= 3 and not (
        end + 2 < len(doc) and doc[end + 2].text in ("-", "–"))


def in_a_given_name(root: Token) -> bool:
    """The name is part of a name given to something ("a battle dubbed 'Today is your day
    Aleppo'", "an operation called Euphrates Shield")."""
    return any(tok.dep_ in ("oprd", "xcomp", "attr") and tok.head.lemma_.lower() in NAMING_VERBS
               and tok.head.dep_ in ("acl", "relcl", "amod") for tok in climb(root, 4))


def in_a_list(doc: Doc, mention, ent) -> bool:
    """"near Bakhmut and Marinka", which NER calls one organisation: places in a list, the
    first, the last, or one set between its list's commas ("in A, B, C and D", which NER
    may read as a title ending inside the list)."""
    before = mention.start > ent.start and doc[mention.start - 1].lower_ in ("and", ",")
    after = mention.end < ent.end and doc[mention.end].lower_ in ("and", ",")
    first = mention.start == ent.start and after
    last = mention.end == ent.end and before
    return first or last or before and after


def names_a_route(doc: Doc, mention) -> bool:
    """"on the Yangon-Mandalay railway", "the Kabul-Ghazni main road": an end of a road or
    line named after the towns it joins, not where on it the event was; "along Jos Road in
    Potiskum", "on Haifa Street": a street named after a town, which lies elsewhere."""
    end = mention.end
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in STREET_WORDS:
        return True
    return joins_a_route(doc, mention.start, end)


# "between X and Y", "linking X and Y": words that open the two ends of a span or a road
SPAN_OPENERS = frozenset({"between", "linking", "connecting", "joining"})


def only_a_roads_end(doc: Doc, mention) -> bool:
    """"on the X-Y highway", "between X and Y", "the road linking X and Y": a town named
    only as an end of a road or a span, which holds no part of itself where the deed was."""
    if names_a_route(doc, mention):
        return True
    k = mention.start - 1
    if k >= 0 and doc[k].lower_ == "and":
        k -= 1
        while k >= 0 and namelike(doc[k]):
            k -= 1  # back over X
    return k >= 0 and doc[k].lower_ in SPAN_OPENERS


def opens_a_routes_end(doc: Doc, prep: int) -> bool:
    """"ambushed on the road from X to Y": "from" and "to" (token `prep`) name the ends of
    the road the deed was on, no way away from or towards a place."""
    k = prep - 1
    if doc[prep].lower_ == "to":
        while k >= 0 and namelike(doc[k]):
            k -= 1  # back over X
        if k < 0 or doc[k].lower_ != "from":
            return False
        k -= 1
    return k >= 0 and doc[k].lower_ in ROUTE_WORDS


def on_a_routes_description(doc: Doc, start: int, at: int) -> bool:
    """"the road between X and Y", "the highway linking X": a route's noun and a word
    opening its ends among tokens start..at, before the place named at `at`."""
    return any(doc[k].lower_ in ROUTE_WORDS and doc[k + 1].lower_ in ROUTE_LINKS
               for k in range(start, at - 1))


def names_an_office(root: Token, clause: Clause) -> bool:
    """"Garissa County Commissioner X said", "according to Basra security chief Y", "Hong
    Kong's chief executive": the place an office holder answers for, when the holder only
    speaks or is spoken of. When the holder is the deed's subject or object ("the mayor of X
    was shot dead", "killed the leaders of the siege of X"), it is the best place the report
    gives; so is "in" after other offices ("a council chairman in west Baghdad"). Still a
    place "the town" can refer back to."""
    tok = root
    while tok.head is not tok:
        head = tok.head
        office = head.lemma_.lower() in OFFICE_NOUNS
        if office and (tok.dep_ in ("compound", "poss") or tok.dep_ == "prep" and (
                tok.lower_ == "of" or tok.lower_ == "in"
                and head.lemma_.lower() in COMMAND_NOUNS)):
            return not _takes_part(head, clause) and not _holders_scene(head)
        if tok.dep_ not in ATTACHMENT_DEPS and tok.dep_ != "poss":
            # "superintendent of Narathiwat's Sungai Kolok district": through an owner too
            return False
        tok = head
    return False


def _takes_part(tok: Token, clause: Clause) -> bool:
    """The word's phrase is the subject or object of one of the clause's verbs ("Abu Ali,
    commander of operations in Raqqa, was killed"; "killed ten militants, including their
    commander in Palmyra")."""
    while tok.dep_ in ATTACHMENT_DEPS and tok.head is not tok:
        tok = tok.head
    ids = {t.i for t in clause.tokens}
    verb = tok.head  # "shot and killed X": a verb joined to the clause's own
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX") and (
        verb.i in ids or verb.dep_ == "conj" and verb.head.i in ids)


def _holders_scene(holder: Token) -> bool:
    """The office holder is whose gathering or premises the phrase names ("at the burial of
    a tribal leader in X", "the home of the mayor of X"): the deed's scene."""
    return holder.dep_ == "pobj" and holder.head.lower_ == "of" \
        and holder.head.head.lemma_.lower() in HOLDERS_SCENES


def town_and_quarter(doc: Doc, mention) -> bool:
    """"the streets of Daraa al-Balad", which NER calls a person: a sizeable town of the
    report's country named exactly, opening the name, then its quarter ("al-" and a name),
    is that town's quarter, not part of a person's name ("Abul Hassan al-Tunsi" is one; "Al-
    Wadi Al-Akhdar" in a Lebanon report is no quarter of El Oued in Algeria)."""
    k = mention.end
    if doc[mention.start].lower_ in ARABIC_ARTICLES:
        return False  # "Al-Wadi Al-Akhdar": one name of two parts, not a town's quarter
    if k + 2 >= len(doc) or doc[k].lower_ not in ARABIC_ARTICLES or doc[k + 1].text != "-" \
            or not doc[k + 2].text[:1].isupper() or not mention.candidates:
        return False
    best = mention.candidates[0]
    countries = doc_ext(doc, "countries") or []
    return best.match == "exact" and best.population >= WELL_KNOWN_POPULATION \
        and not best.is_region and bool(countries) and best.country_code == countries[0]


def name_opening(doc: Doc, mention) -> bool:
    """The mention is only the opening word of an Arabic name whose whole the index does not
    know ("Abu Arrab"): part of a person's or an unknown place's name, never a place alone."""
    return opens_an_arabic_name(doc_words(doc), mention.start, mention.end)


def names_a_people(doc: Doc, mention) -> bool:
    """The report calls the name an ethnic group's somewhere ("the Zwai ethnic groups"):
    every mention of it names that people ("six Zwai civilians"), not the town that shares
    the name."""
    return name_key(mention.text) in _people_names(doc)


def _people_names(doc: Doc) -> frozenset[str]:
    """The keys of the place names right before "ethnic", read once per report."""
    names = doc.user_data.get(PEOPLE_KEY)
    if names is None:
        names = doc.user_data[PEOPLE_KEY] = frozenset(
            name_key(m.text) for m in doc_ext(doc, "places") or []
            if m.end < len(doc) and doc[m.end].lower_ == "ethnic")
    return names


def nisba(mention) -> bool:
    """"al-Baghdadi", "at-Tounisi": an Arabic article, then a place's name with the "-i" of
    origin -- a person's name or an adjective ("of Baghdad"), never the place itself."""
    first, _, rest = mention.text.partition("-")
    key = name_key(mention.text)
    if first.lower() not in ARABIC_ARTICLES or not rest or not key.endswith("i"):
        return False
    return any(name_key(c.name) + "i" == key or name_key(c.matched_name or "") + "i" == key
               for c in mention.candidates)
