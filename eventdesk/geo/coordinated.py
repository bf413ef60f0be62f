"""Names listed with a town: "in rural areas of Tame and Saravena" names two towns, and so
does "on Sirwah and Raghwan districts".

The mention scan leaves out a capitalised English word standing alone ("Tame", "Mobile",
"Bath"): most such words are no place. Joined by "and"/"or" to a town the report names, and
known to the index as a town of that town's country, the word is a town of the list too —
and each town where fighting is reported is an event of its own (GUIDELINES). Communiqués
list three or more: "repelled attacks in the areas of Avdiivka, Kupiansk and Lyman" — the
first name, joined to the rest by a comma only, is a town of the list when an "and"/"or"
closes it (the NER often reads a list's first name as a person).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.extensions import span_root
from eventdesk.geo.candidates import PlaceMention
from eventdesk.geo.gazetteer import Gazetteer

PLACE_CLASSES = frozenset({"P", "A"})  # populated places and administrative areas
# Plural place words a list of names is told with: "on Sirwah and Raghwan districts",
# "the Hodan and Wadajir neighbourhoods" (the parse joins the word, not the last name)
LIST_KINDS = frozenset({"districts", "towns", "villages", "cities", "provinces", "regions",
                        "governorates", "counties", "areas", "neighbourhoods",
                        "neighborhoods", "camps", "localities", "municipalities"})


def listed_kind(name: Token) -> Token:
    """The word a name is listed by: the plural place word it modifies ("Raghwan" in
    "Sirwah and Raghwan districts", which the parse joins to "Sirwah"), else the name."""
    kind = name.head
    if name.dep_ in ("amod", "compound", "nmod") and kind.lower_ in LIST_KINDS \
            and kind.dep_ == "conj":
        return kind
    return name


def with_coordinated_names(gazetteer: Gazetteer, doc: Doc,
                           mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions, with the names joined to a town's name by "and"/"or" that the index
    knows in that town's country."""
    towns = [m for m in mentions if m.kind == "place" and m.candidates]
    if not towns or not doc.has_annotation("DEP"):
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added: dict[int, PlaceMention] = {}
    for town in towns:
        country = town.candidates[0].country_code
        head = listed_kind(span_root(doc, town.start, town.end))
        members = _list_members(head)
        closed = any(c.dep_ == "cc" and c.lower_ in ("and", "or")
                     for m in members for c in m.children)
        for word in members:
            if word.i == head.i or word.i in covered or word.i in added \
                    or not _a_listed_name(word, head, closed):
                continue
            candidates = [c for c in gazetteer.candidates(word.text)
                          if c.country_code == country and c.feature_class in PLACE_CLASSES]
            if candidates:
                added[word.i] = PlaceMention(word.i, word.i + 1, word.idx,
                                             word.idx + len(word.text), word.text, candidates)
    if not added:
        return mentions
    return sorted([*mentions, *added.values()], key=lambda m: m.start)


def _list_members(head: Token) -> list[Token]:
    """The words of the list `head` is in: the first conjunct and every word joined to it
    by "conj", in order ("Avdiivka, Kupiansk and Lyman": the parse chains each to the one
    before)."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members, todo = [], [first]
    while todo:
        word = todo.pop()
        members.append(word)
        todo.extend(c for c in word.children if c.dep_ == "conj")
    return sorted(members, key=lambda t: t.i)


def _a_listed_name(word: Token, town: Token, closed: bool) -> bool:
    """A one-word name (no compound before it) that the parse joins to the town with a
    coordinating word between them, or with a comma in a list an "and"/"or" closes, not
    the start of the sentence."""
    if word.pos_ != "PROPN" or not word.text[:1].isupper() or word.is_sent_start \
            or any(c.dep_ == "compound" for c in word.children) or word.dep_ == "compound":
        return False
    lo, hi = sorted((word.i, town.i))
    between = word.doc[lo + 1:hi]
    return any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in between) or (
        closed and any(t.lower_ == "," for t in between))
