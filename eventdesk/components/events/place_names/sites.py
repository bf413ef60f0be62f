"""Named sites and features the gazetteer lacks ("the Kuweires Military Airport", "Jabal
Al-Akrad"), kept as a part of the place that holds them."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.components.events.common import (
    actor_tokens,
    copy_place,
    lexicon,
    namelike,
    read_once,
)
from eventdesk.components.events.place_names.words import NameWords, article_of_name
from eventdesk.extensions import doc_ext
from eventdesk.geo.normalize import name_key
from eventdesk.geo.words import FACILITY_WORDS, everyday_words
from eventdesk.records import Place, is_city_part, join_parts, town_of

# "the Kuweires Military Airport", "the Bab al-Salama crossing", "the Turkmen Mountains": the
# last word of a named site or feature the index does not hold; the event is placed at what
# holds it, with the site's name kept ("Aleppo - Kuweires Military Airport")
SITE_WORDS = FACILITY_WORDS | frozenset(
    {"mountain", "mountains", "hill", "hills", "hilltop", "valley", "desert", "forest", "forests",
     "plain", "plains", "heights", "island", "oasis", "beach", "pass", "gorge", "farms",
     # "the Al-Mahr Gas Fields", "Nyanya Motor Park", "Trafalgar Square": landmarks of a
     # town, named by their last word
     "fields", "park", "orchards", "springs", "project", "complex", "zone", "roundabout",
     "tower", "shrine", "tomb", "plateau"})
# "the Sambisa Forest", "the Qalamoun Mountains": a wide feature, no part of any one town
WIDE_FEATURES = frozenset({"forest", "forests", "desert", "mountains", "plain", "plains",
                           "plateau", "valley"})
# Words before a site's name of everyday words that say it is a name
SITE_NAME_OPENERS = frozenset({"the", "a", "'s", "’s"})
# "Mount Elgon", "Jabal Al-Akrad", "Wadi Al-Sileef": a feature named by its first word
SITE_OPENERS = frozenset({"mount", "mt", "mt.", "jabal", "jebel", "wadi"})
# "Ministry of Defense Hospital": words a site's name may hold between its name words
SITE_LINKS = frozenset({"of", "al", "el", "-", "bin", "ibn", "de", "del"})
# doc.user_data key: the token sets of known names the readers unite once per report
KNOWN_NAMES_KEY = "eventdesk.known_names"


class SiteReader(NameWords):
    """Reads the sites and features the gazetteer lacks."""

    def known_names(self, doc: Doc) -> frozenset[int]:
        """The tokens of the report's plausible place names and of its actors' names,
        united once per report: the unknown-name readers ask per clause."""
        return read_once(doc, KNOWN_NAMES_KEY, "plausible",
                         lambda: self.judge.plausible_tokens(doc) | actor_tokens(doc))

    def site_name(self, doc: Doc, tokens) -> str | None:
        """The first named site or feature among `tokens` that no place mention covers
        (unless the name only opens with a town's: "the Deir Ezzor Military Airport"): a
        proper name ending in a site word ("the Heart Hospital", "Kandahar airfield", "the
        Bab al-Salama crossing") or opening with a mountain's or valley's ("Jabal
        Al-Akrad"). Not one the event is away from ("fled to the X camp"), nor one of an
        actor ("the Syrian Arab Army's base") or a street."""
        ids = {t.i for t in tokens}
        covered = {i for m in doc_ext(doc, "places") or [] for i in range(m.start, m.end)
                   if m.kind != "country"}
        actors = actor_tokens(doc)
        for tok in tokens:
            lower = tok.lower_
            if (lower in SITE_OPENERS or tok.text == "Camp") and tok.text[:1].isupper() \
                    and tok.i + 1 in ids \
                    and namelike(doc[tok.i + 1]):
                end = tok.i + 1
                while end in ids and (namelike(doc[end]) or doc[end].lower_ in SITE_LINKS
                                      and end + 1 in ids and namelike(doc[end + 1])):
                    end += 1
                start = tok.i
            elif lower in SITE_WORDS and tok.i - 1 in ids and namelike(doc[tok.i - 1]):
                start = tok.i - 1
                while start - 1 in ids and (namelike(doc[start - 1]) or doc[
                        start - 1].lower_ in SITE_LINKS and start - 2 in ids
                        and namelike(doc[start - 2])):
                    start -= 1
                end = tok.i + 1
            else:
                continue
            span = doc[start:end]
            name_words = [t for t in span if t.i != tok.i and t.text[:1].isupper()
                          and t.lower_ not in SITE_OPENERS]
            if not name_words or any(t.i in actors for t in span) \
                    or any(t.ent_type_ in ("DATE", "TIME") for t in span) \
                    or any(self.gazetteer.country_code_of(t.text) for t in name_words) \
                    or not all(self._name_word(t) or article_of_name(t) or t.lower_ in
                               SITE_LINKS or t.lower_ in SITE_OPENERS or t.i == tok.i
                               or (tok.text[:1].isupper() or span[0].lower_ in SITE_OPENERS)
                               and self.gazetteer.demonym_country(t.text) is not None
                               for t in span):
                continue
            if all(t.lower_ in everyday_words() for t in name_words) \
                    and doc[start - 1].lower_ not in SITE_NAME_OPENERS if start > 0 else False:
                # "(Tiyas) Military Airport": the end of a name, not a name; "the Hebrew
                # University", "Jerusalem's Hebrew University" are names
                continue
            if any(t.i in covered for t in span) and (
                    span[0].i not in covered or all(t.i in covered for t in span)):
                continue  # a place the index knows, or a site inside a longer name
            if _away_from(span):
                continue
            return span.text
        return None


def with_site(place: Place | None, site: str | None) -> Place | None:
    """The event's place with the site or feature the clause names in it and the index
    lacks ("near the Kuweires Military Airport", "in the Turkmen Mountains") kept as its
    part: "Aleppo - Kuweires Military Airport" at geo_precision 2 (a region keeps its centre
    and precision 3, under the site's name). A place already more precise than its town
    ("Aleppo - al-Sakhour") is left as it is."""
    if site is None or place is None or place.latitude is None or is_city_part(place):
        return place
    town = name_key(town_of(place.location))
    if place.geo_precision != 3 and town and name_key(site) == town:
        return place
    if place.geo_precision == 3 and place.admin1 and town != name_key(place.admin1):
        return place  # a region already under the name of a village in it
    shown = copy_place(place)
    if place.geo_precision == 3:
        shown.location = site
    else:
        shown.location = join_parts(place.location, site)
        shown.geo_precision = max(place.geo_precision or 1, 2)
    return shown


def _away_from(span: Span) -> bool:
    """"fled to the Zamzam camp", "flown from Bagram airbase": a site the event is away
    from ("close to the X Hospital" is at it)."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in lexicon()["away_preps"] - {"for"} \
        and prep.head.lower_ not in ("close", "next", "adjacent", "near", "due")
