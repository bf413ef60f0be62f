"""Towns the index lacks that a report names only through a site or a stronghold there: "the
X police substation", "the X border crossing", "the X army barracks", "the X orthodox
monastery", "the rebel stronghold of X". Such a site bears its town's name; the other
unknown-name readers take a name after "in", "near" or a settlement word ("the town of X"),
and none after a verb that takes the site as its object ("burned the X police substation",
"seized the X border crossing"). The name is read as the town the index lacks, and the
placer keeps it by name at the container the report gives for it (`_unknown_town_place`: the
town under another spelling, else the report's one region, else its country), never a point
invented for it. A name the index knows is no unknown town: the place readers place it (and
`with_site` keeps the site's name).

Only sites named after the place they stand in (SITE_TOWN_WORDS), with at most a number and a
few kind words between the name and the site word ("the Velmora 14 police substation", "the
Drevlan border crossing", "the Velmora monastery"); before a facility word (geo/words.py
FACILITY_WORDS) only with one between, but a crossing ("the Drevlan crossing", named after
its town): a name right before it ("the Korvane checkpoint") may be a firm's or a person's,
and `sites.site_name` keeps it as the site's name; nor a site word read as a verb ("shot
Velmora police crossing the river"). A substation only as a police one ("the Lumetra grid
substation" is a firm's). Not a name of everyday words ("the Main Police Station") nor an
actor's ("the Syrian Arab Army's base"), nor a stronghold's name that ends a longer name
elsewhere in the report ("a stronghold of Dario Mensah … the stronghold of Mensah": a
person's)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import namelike
from eventdesk.geo.words import FACILITY_WORDS, english_words

# last words of a site named after the town or village it stands in
SITE_TOWN_WORDS = frozenset({"substation", "barracks", "monastery", "crossing", "checkpoint",
                             "airbase", "temple", "outpost"})
# words that may stand between the site's name and its site word
SITE_KIND_WORDS = frozenset({"police", "border", "army", "military", "frontier", "buddhist",
                             "orthodox", "hindu", "air", "border-crossing"})
# facility words whose site bears its town's name even right before them: a border crossing
# is named after the town or village it stands at ("the Drevlan crossing")
TOWN_NAMED_FACILITIES = frozenset({"crossing"})
# "the rebel stronghold of X", "the militia's bastion of X": a group's town, named after "of"
STRONGHOLD_WORDS = frozenset({"stronghold", "strongholds", "bastion", "heartland"})


def _site_start(doc: Doc, tok, ids) -> tuple[int, int]:
    """The name before the site word `tok` and the number or kind words between them (empty
    when none stands between a facility word and the name: that shape is
    `sites.site_name`'s)."""
    if tok.pos_ == "VERB" or not tok.text.islower() \
            or tok.lower_ == "substation" and doc[tok.i - 1].lower_ != "police":
        return tok.i, tok.i
    end = tok.i
    while end - 1 in ids and (doc[end - 1].lower_ in SITE_KIND_WORDS or doc[end - 1].like_num):
        end -= 1
    if end == tok.i and tok.lower_ in FACILITY_WORDS - TOWN_NAMED_FACILITIES:
        return end, end   # "the Korvane checkpoint": `sites.site_name`'s shape
    start = end
    while start - 1 in ids and namelike(doc[start - 1]):
        start -= 1
    return start, end


def _ends_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """The name doc[start:end] ends a longer name elsewhere in the report ("Dario Mensah"
    before "Mensah"; not "In Mensah", a word of the language before it): a person's
    surname, not a town's."""
    words = [t.text for t in doc[start:end]]
    size = len(words)
    return any(i != start and i > 0 and [t.text for t in doc[i:i + size]] == words
               and namelike(doc[i - 1]) and doc[i - 1].lower_ not in english_words()
               for i in range(len(doc) - size + 1))


def site_town_name(reader, doc: Doc, clause) -> tuple[str, int] | None:
    """The town the clause names only through a site or a stronghold there (see the
    module's docstring), when the index does not know it: its name and first token."""
    known = reader.known_names(doc)
    ids = {t.i for t in clause.tokens}
    for tok in clause.tokens:
        lower = tok.lower_
        if lower in STRONGHOLD_WORDS and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
            start = tok.i + 2
            end = start
            while end in ids and namelike(doc[end]):
                end += 1
            if _ends_a_longer_name(doc, start, end):
                continue
        elif lower in SITE_TOWN_WORDS:
            start, end = _site_start(doc, tok, ids)
        else:
            continue
        if start >= end or start not in ids or any(k in known for k in range(start, end)):
            continue
        words = doc[start:end]
        if words[0].lower_ in ("the", "a") or any(
                t.ent_type_ in ("DATE", "TIME") or t.is_upper and len(t) > 1
                or t.lower_ in english_words() or reader.gazetteer.country_code_of(t.text)
                or reader.gazetteer.demonym_country(t.text) is not None for t in words):
            continue  # "the Main Police Station", "UN camp", "Syrian border crossing"
        return words.text, start
    return None


def opens_a_site(doc: Doc, start: int) -> bool:
    """The name opening at token `start` is the town of a site after it ("the Velmora 14
    police substation"): the "the" before it is the site's, not that of an area wider than
    a town ("the Tana Delta")."""
    end = start
    while end < len(doc) and namelike(doc[end]):
        end += 1
    while end < len(doc) and (doc[end].lower_ in SITE_KIND_WORDS or doc[end].like_num):
        end += 1
    return end > start and end < len(doc) and doc[end].lower_ in SITE_TOWN_WORDS
