"""One test of "X, in Y" where Y is a place that holds X: news locates a small place by the
division that holds it ("in Dorvan, Belcosta", "shelled Varnik, in southern rural Osmera",
"in the community of San Telmo Viejo, in Arandal", "Marbat in the southern Strip"), and Y
then only says where X lies: no second place of the event (issue 8, one deed in two
records). Three steps of placing ask it -- `phrases.names_its_region` (no copy of the event
at Y), `frames.held_by_the_name_after` (the event that took Y's place is at X) and
`held_by.holders_dropped` (a copy at Y is dropped) -- so they share these predicates:

- `names_a_holder_of(holder, inner)`, over places: by name, Y is X's district (admin2) or
  province (admin1) in X's country -- the division's name as the index has it or without
  its kind words ("Belcosta" for "Belcosta Province", "Tavira" for "Tavira Strip"),
  whatever place the index read for the name (a namesake town of the district in another
  province still says which district holds X); never X's own name. (Not
  merging/places_days.holds, which asks whether one event's place lies within another's.)
- `told_after_as_holder(doc, inner, holder)`, over token spans: Y's name comes right after
  X's, set off from it (the rules are in its docstring), not as a member of a list ("in X
  and Y", "in X, in Y and in Z", "in X, Y, Z, W").
- `named_as_its_holder(doc, mentions, inner, holder)`: both, over the given mentions (the
  clause's), so that names told in another sentence pair with nothing.
- `fronted(doc, mention)`: "In X, ...": X opens its sentence as the frame that holds the
  clause's places (district_villages, phrases); `district_frame(doc, mention)`: "In X
  district, ...", the same with the division word after the name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import namelike
from eventdesk.components.events.place_measures import COMPASS_WORDS
from eventdesk.extensions import doc_ext
from eventdesk.geo.candidates import DISTRICT_DESIGNATORS
from eventdesk.geo.normalize import name_key
from eventdesk.geo.region_names import DISTRICT_WORDS, strip_district_word, strip_region_word
from eventdesk.records import Place, town_of

# A generic last word of a division's name that its short name leaves out ("Tavira Strip")
# beyond the kind words geo/region_names.py strips ("Belcosta Province")
STRIP_TAILS = frozenset({"strip"})
LIST_WORDS = frozenset({"and", "or"})
# At most this many words between X's name and Y's (", in the west of" is five)
MAX_GAP = 6
# What sets Y off from X: a comma, an opening bracket, "in" or "within"; no other mark (a
# full stop, a colon, a semicolon or a dash ends a sentence or joins two names: "the
# Marol-Tessaly road")
SETTING_OFF = frozenset({",", "(", "in", "within"})
KIND_WORDS = frozenset(w for w in DISTRICT_WORDS if " " not in w)
# Words of where in Y the parse may read as part of a name ("in southern rural Osmera")
WHERE_IN = COMPASS_WORDS | {"rural"}
ARTICLES = frozenset({"the", "a", "an"})
# Adjectives that tell of a place beside X, not one holding it ("Marol, neighbouring Tessaly")
BESIDE_WORDS = frozenset({"neighbouring", "neighboring", "nearby", "adjacent", "adjoining",
                          "bordering", "other", "next", "surrounding", "neighbour", "neighbor"})


def names_a_holder_of(holder: Place | None, inner: Place | None) -> bool:
    """`holder` is, by its name, the district (admin2) or province (admin1) that holds
    `inner`, in one country: its name is the division's, whole or short (`short_name`),
    and not `inner`'s own."""
    if holder is None or inner is None or holder.country_code != inner.country_code:
        return False
    key = name_key(town_of(holder.location or ""))
    if not key or key == name_key(town_of(inner.location or "")):
        return False
    return any(key in (name_key(name), short_name(name))
               for name in (inner.admin2, inner.admin1) if name)


def short_name(name: str) -> str:
    """A division's name without its kind words (region_names.py) or generic last word:
    "Tavira Strip" -> "tavira", "Belcosta Province" -> "belcosta"."""
    words = name_key(strip_district_word(strip_region_word(name))).split()
    while len(words) > 1 and words[-1] in STRIP_TAILS:
        words.pop()
    return " ".join(words)


def told_after_as_holder(doc: Doc, inner: tuple[int, int], holder: tuple[int, int]) -> bool:
    """Y's name (`holder`, a token span) is told as what holds X (`inner`): it comes after
    X's in the same sentence with at most MAX_GAP words between, each of them a comma or an
    opening bracket, "in" or "within", "the", "a" or "an", an adjective that is no word of
    nearness (BESIDE_WORDS: "Marol, neighbouring Tessaly" is two places), a compass word
    (COMPASS_WORDS, "upper", "lower", "greater" among them) or "rural", a division's kind
    word (KIND_WORDS), or the "of" after a compass or kind word ("X, Y", "X (Y)", "X in Y",
    "X within Y", "X, in southern rural Y", "X, in the west of Y", "X, in the province of
    Y"); at least one of them sets Y off (SETTING_OFF: a comma, a bracket, "in", "within").
    A place named between them holds X in turn when it was set off by more than a comma
    ("Marol in Kiran, in southern rural Tessaly") or carries a kind word ("Marol, Kiran
    district, Tessaly"); a bare comma does not chain ("in Marol, Kiran, Tessaly": a list).
    Never a list: no "and"/"or" between ("in X and Y", "in X and in Y"), nor one that goes
    on after Y ("in X, Y and Z", "in X, in Y and in Z", "in X, Y, Z, W": `_list_goes_on`)."""
    mentions = doc_ext(doc, "places") or []
    spans = sorted({(m.start, m.end) for m in mentions
                    if inner[1] <= m.start and m.end <= holder[0]})
    reached = [inner]
    for span in [*spans, holder]:
        middle = span != holder
        if any(_set_off(doc, prev[1], span[0])
               and (not middle or _more_than_a_comma(doc, prev[1], span))
               for prev in reached):
            reached.append(span)
    return reached[-1] == holder and not _list_goes_on(doc, holder[1])


def _set_off(doc: Doc, end: int, start: int) -> bool:
    """The words between a name ending at `end` and one starting at `start` set the second
    off as its holder (`told_after_as_holder`)."""
    between = doc[end:start]
    if not 0 < len(between) <= MAX_GAP or start >= len(doc) \
            or any(t.is_sent_start for t in doc[end:start + 1]):
        return False
    for t in between:
        low = t.lower_
        if low in LIST_WORDS:
            return False
        if not (low in SETTING_OFF or low in WHERE_IN or low in KIND_WORDS or low in ARTICLES
                or (t.pos_ == "ADJ" and low not in BESIDE_WORDS)
                or (low == "of" and t.i > 0 and (doc[t.i - 1].lower_ in COMPASS_WORDS
                                                  or doc[t.i - 1].lower_ in KIND_WORDS))):
            return False
    return any(t.lower_ in SETTING_OFF or _kind_of(t) for t in between)


def _kind_of(tok: Token) -> bool:
    """"X district of Y", "X village of Y province": the "of" after X's kind word sets off
    the division that holds it."""
    return tok.lower_ == "of" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in KIND_WORDS


def _more_than_a_comma(doc: Doc, end: int, span: tuple[int, int]) -> bool:
    """A place between X and Y was told as holding X: set off by more than a bare comma
    ("Marol in Kiran", "Marol (Kiran"), or named with a kind word ("Marol, Kiran district")."""
    between = {t.lower_ for t in doc[end:span[0]]}
    kinds = {t.lower_ for t in doc[span[1] - 1:span[1] + 1]} & KIND_WORDS
    return bool(between & (SETTING_OFF - {","}) or kinds)


def _list_goes_on(doc: Doc, end: int) -> bool:
    """"Marol, Kiran, Tessaly and Pelmar": names and commas that "and" ends; "in X, in Y and
    in Z": a name right after the "and" (its "in" aside) goes on the list too; "X, Y, Z, W":
    after Y, a name and a comma, then another name (a country's name aside: "X, Y,
    Freedonia" says where)."""
    mentions = doc_ext(doc, "places") or []
    names = {i for m in mentions for i in range(m.start, m.end)}
    countries = {i for m in mentions if m.kind == "country" for i in range(m.start, m.end)}
    named = False   # "X, in Y, and killed five": no name before the "and", no list
    for t in doc[end:end + 12]:
        if t.lower_ in LIST_WORDS:
            after = [u for u in doc[t.i + 1:t.i + 4] if u.lower_ not in ("in", "the")][:1]
            return named or any(u.i in names or namelike(u) for u in after)
        if t.i in countries or not (t.text == "," or t.i in names or namelike(t)):
            return False
        if t.text != "," and named and doc[t.i - 1].text == ",":
            return True   # ", Z , W": a second name after Y
        named = named or t.text != ","
    return False


def spans_of(doc: Doc, mentions, place: Place) -> list[tuple[int, int]]:
    """The token spans of `mentions` that name `place`: its name, or a reading of it."""
    key = name_key(town_of(place.location or ""))
    return [(m.start, m.end) for m in mentions
            if name_key(doc[m.start:m.end].text) == key
            or any(c.geonameid == place.geonameid for c in m.candidates or [])]


def named_as_its_holder(doc: Doc, mentions, inner: Place | None, holder: Place | None,
                        holder_span: tuple[int, int] | None = None) -> bool:
    """`holder` names a holder of `inner` (`names_a_holder_of`) and is told so after a
    mention of it (`told_after_as_holder`), at `holder_span` when given, else at any of
    `mentions` that names it; `inner` is sought among `mentions` (the clause's) too."""
    if not names_a_holder_of(holder, inner):
        return False
    ends = [holder_span] if holder_span is not None else spans_of(doc, mentions, holder)
    return any(told_after_as_holder(doc, span, end) for end in ends
               for span in spans_of(doc, mentions, inner) if span[1] <= end[0])


def fronted(doc: Doc, mention) -> bool:
    """"In X, ...": the mention opens its sentence after "in" and a comma closes it."""
    return _opens_as_frame(doc, mention.start, mention.end)


def district_frame(doc: Doc, mention) -> bool:
    """"In X district, ...": the name and its division word open the sentence as its frame,
    whatever the index reads first for the name (the district's seat town): the area the
    clause's town lies in ("In X district, two men were shot in Y, a town of it")."""
    return mention.designator in DISTRICT_DESIGNATORS and mention.end < len(doc) \
        and doc[mention.end].lower_ == mention.designator \
        and _opens_as_frame(doc, mention.start, mention.end + 1)


def _opens_as_frame(doc: Doc, start: int, comma: int) -> bool:
    """"In ... ,": the words from `start` open their sentence after "in", a comma at `comma`."""
    return start >= 1 and doc[start - 1].lower_ == "in" and doc[start - 1].is_sent_start \
        and comma < len(doc) and doc[comma].text == ","
