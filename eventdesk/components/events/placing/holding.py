"""One test of "X, in Y" where Y is a place that holds X: news locates a small place by the
division that holds it ("in Dorvan, Belcosta", "hit Bara, in southern rural Idlib", "in
the community of San Telmo Viejo, in Arandal", "Marbat in the southern Strip"), and Y then
only says where X lies: no second place of the event (issue 8, one deed in two records).
Three steps of placing ask it -- `phrases.names_its_region` (no copy of the event at Y),
`frames.held_by_the_name_after` (the event that took Y's place is at X) and
`held_by.holders_dropped` (a copy at Y is dropped) -- so they share one pair of predicates:

- `holds(holder, inner)`: by name, Y is X's district (admin2) or province (admin1) in X's
  country -- the division's name as the index has it or without its kind words ("Belcosta"
  for "Belcosta Province", "Tavira" for "Tavira Strip"), whatever place the index read for
  the name (a namesake town of the district in another province still says which district
  holds X); never X's own name.
- `told_as_holder(doc, inner, holder)`: Y's name comes right after X's (the rules are in
  its docstring), not as a member of a list ("in X and Y", "in X, in Y and in Z").
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import namelike
from eventdesk.components.events.place_measures import COMPASS_WORDS
from eventdesk.extensions import doc_ext
from eventdesk.geo.normalize import name_key
from eventdesk.geo.region_names import DISTRICT_WORDS, strip_district_word, strip_region_word
from eventdesk.records import Place, town_of

# A generic last word of a division's name that its short name leaves out ("Tavira Strip")
# beyond the kind words geo/region_names.py strips ("Belcosta Province")
STRIP_TAILS = frozenset({"strip"})
LIST_WORDS = frozenset({"and", "or"})
# At most this many words between X's name and Y's (", in the west of" is five)
MAX_GAP = 6
# Words that may stand before Y's name, after X's: what sets it off ("in", a comma or a
# bracket) and what says where in Y ("the southern rural", "the west of", "the province of")
SETTING_OFF = frozenset({"in", "within"})
KIND_WORDS = frozenset(w for w in DISTRICT_WORDS if " " not in w)
# Words of where in Y the parse may read as part of a name ("in southern rural Idlib")
WHERE_IN = COMPASS_WORDS | {"rural"}


def holds(holder: Place | None, inner: Place | None) -> bool:
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


def told_as_holder(doc: Doc, inner: tuple[int, int], holder: tuple[int, int]) -> bool:
    """Y's name (`holder`, a token span) is told as what holds X (`inner`): it comes after
    X's with at most MAX_GAP words between, each punctuation, "in", a determiner, an
    adjective, a compass word, a division's kind word or the "of" after one ("X, Y", "X
    (Y)", "X in Y", "X, in southern rural Y", "X, in the west of Y", "X, in the province of
    Y"), and at least one of them sets Y off (punctuation or "in"). A place named between
    them that is told so of X holds X in turn ("Bara in Jabal al-Zawiya, in southern rural
    Idlib"). Never a list: no "and"/"or" between ("in X and Y", "in X and in Y"), nor one
    that goes on after Y ("in X, Y and Z", "in X, in Y and in Z": `_list_goes_on`)."""
    spans = sorted({(m.start, m.end) for m in doc_ext(doc, "places") or []
                    if inner[1] <= m.start and m.end <= holder[0]})
    reached = [inner]
    for span in [*spans, holder]:
        if any(_set_off(doc, prev[1], span[0]) for prev in reached):
            reached.append(span)
    return reached[-1] == holder and not _list_goes_on(doc, holder[1])


def _set_off(doc: Doc, end: int, start: int) -> bool:
    """The words between a name ending at `end` and one starting at `start` set the second
    off as its holder (`told_as_holder`)."""
    between = doc[end:start]
    if not 0 < len(between) <= MAX_GAP:
        return False
    for t in between:
        low = t.lower_
        if low in LIST_WORDS:
            return False
        if not (t.is_punct or low in SETTING_OFF or low in WHERE_IN or low in KIND_WORDS
                or t.pos_ in ("DET", "ADJ") or low in ("the", "a")
                or (low == "of" and t.i > 0 and (doc[t.i - 1].lower_ in COMPASS_WORDS
                                                  or doc[t.i - 1].lower_ in KIND_WORDS))):
            return False
    return any(t.is_punct or t.lower_ in SETTING_OFF for t in between)


def _list_goes_on(doc: Doc, end: int) -> bool:
    """"Tabrun, Fada N'Gourma, Dembel and Koroba": names and commas that "and" ends; "in X,
    in Y and in Z": a name right after the "and" (its "in" aside) goes on the list too."""
    names = {i for m in doc_ext(doc, "places") or [] for i in range(m.start, m.end)}
    named = False   # "X, in Y, and killed five": no name before the "and", no list
    for t in doc[end:end + 12]:
        if t.lower_ in LIST_WORDS:
            after = [u for u in doc[t.i + 1:t.i + 4] if u.lower_ not in ("in", "the")][:1]
            return named or any(u.i in names or namelike(u) for u in after)
        if not (t.text == "," or t.i in names or namelike(t)):
            return False
        named = named or t.text != ","
    return False


def spans_of(doc: Doc, place: Place) -> list[tuple[int, int]]:
    """The token spans of the document's mentions of `place`: its name, or a reading of it."""
    key = name_key(town_of(place.location or ""))
    return [(m.start, m.end) for m in doc_ext(doc, "places") or []
            if name_key(doc[m.start:m.end].text) == key
            or any(c.geonameid == place.geonameid for c in m.candidates or [])]


def holder_told(doc: Doc, inner: Place | None, holder: Place | None,
                holder_span: tuple[int, int] | None = None) -> bool:
    """`holder` holds `inner` (`holds`) and is told so after a mention of it
    (`told_as_holder`), at `holder_span` when given, else at any mention of it."""
    if not holds(holder, inner):
        return False
    ends = [holder_span] if holder_span is not None else spans_of(doc, holder)
    return any(told_as_holder(doc, span, end) for end in ends
               for span in spans_of(doc, inner) if span[1] <= end[0])
