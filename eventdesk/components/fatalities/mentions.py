"""What each figure says of those it counts: the dead ("killing 12", "four soldiers were
killed", "12 bodies", "the death toll rose to 45"), a part of a group told before
("including five children", "of whom"), the killers ("gunmen killed three"), or another
deed ("two were hurt")."""

from __future__ import annotations

from dataclasses import dataclass

from eventdesk.components.fatalities.figures import Number
from eventdesk.components.fatalities.lexicon import (
    ASIDE_OPENERS,
    DETERMINERS,
    OTHER_VERBS,
    PUNCT_STOPS,
    TOLL_LOOKBACK,
    TOLL_LOOKBACK_RISEN,
    lexicon,
)
from eventdesk.components.fatalities.tokens import Tok, head, next_word, noun_phrase, prev_word


@dataclass(slots=True)
class Mention:
    """A figure and what it says of those it counts."""

    number: Number
    status: str  # "death", "subset", "agent", "other"
    head: str
    extra: bool = False
    via_object: bool = False
    update: bool = False  # "the toll rose to 12"


def _object_of_death_verb(toks: list[Tok], k: int) -> str | None:
    """Is token k (just before a number) a death verb taking that number as object?"""
    lex = lexicon()
    if k < 0:
        return None
    low = toks[k].low
    prev = toks[k - 1].low if k >= 1 else ""
    if low in lex["active"] and low not in ("leaving", "left", "claiming"):
        return "object"
    if low == "dead" and prev in lex["manner"]:
        return "object"
    if low == "death" and prev == "to" and k >= 2 and toks[k - 2].low in lex["manner"]:
        return "object"
    if low == "of" and prev in ("lives", "bodies", "deaths", "corpses", "remains"):
        return "object"
    if low in ("himself", "herself", "themselves") and k >= 1:
        return _object_of_death_verb(toks, k - 1)  # "killing himself and 12 others"
    if low == "and" and k >= 1 and toks[k - 1].low in ("himself", "herself", "themselves"):
        return _object_of_death_verb(toks, k - 2)
    lookback = TOLL_LOOKBACK_RISEN if _object_of_rise(toks, k) else TOLL_LOOKBACK
    for back in range(k, max(-1, k - lookback), -1):
        word = toks[back].low
        if back < k and _object_of_rise(toks, back):
            return None   # "the toll rose to 18 and 40 were wounded": 18 is the toll
        if word == "toll":
            return "toll"  # "the death toll from Sunday's attack has risen to 45"
        if word in ("dead", "deaths", "fatalities", "killed") and back >= 2 and toks[
                back - 1].low == "of" and toks[back - 2].low in ("number", "total", "tally"):
            return "toll"  # "the number of dead rose to 30"
        if word in PUNCT_STOPS:
            break
    return None


def _object_of_rise(toks: list[Tok], k: int) -> bool:
    """Token k is the "to"/"at" after a rise ("has risen to", "climbed to", "now at")."""
    return k >= 1 and toks[k].low in ("to", "at") and toks[k - 1].low in lexicon()["toll_rises"]


def _subset_of_whom(toks: list[Tok], number: Number) -> bool:
    """The number is followed by "of whom"/"of them": a part of the group told before."""
    k = next_word(toks, number.end)
    return k + 1 < len(toks) and toks[k].low == "of" and toks[k + 1].low in ("whom", "them")


def _noun_after(toks: list[Tok], k: int) -> str:
    """The word at k, past "to" ("were sent to hell") and a possessive ("met their death")."""
    if k < len(toks) and toks[k].low == "to":
        k = next_word(toks, k + 1)
    if k < len(toks) and toks[k].low in ("their", "his", "her"):
        k = next_word(toks, k + 1)
    return toks[k].low if k < len(toks) else ""


def _toll_rose(toks: list[Tok], first: int) -> bool:
    """"The death toll rose to 12", "has climbed to": the toll replaces an earlier one."""
    for back in range(first - 1, max(-1, first - TOLL_LOOKBACK), -1):
        word = toks[back].low
        if word in lexicon()["toll_rises"]:
            return True
        if word == "toll" or word in PUNCT_STOPS:
            return False
    return False


def _predicate_after(toks: list[Tok], j: int, numbers_at: dict[int, Number]) -> tuple[
        str | None, bool, bool, str]:
    """Follow the subject phrase after a number to its predicate.

    Returns (status, extra, auxiliary_seen, predicate word): status "death", "subset",
    "agent", "other" or None when no predicate is found.
    """
    lex = lexicon()
    extra, aux_seen, words = False, False, 0
    k = next_word(toks, j)
    if k < len(toks) and toks[k].low in lex["extra"]:
        extra = True
    if k + 1 < len(toks) and toks[k].low == "of" and toks[k + 1].low in lex["subset_after"]:
        return "subset", extra, aux_seen, "of"
    while k < len(toks) and words < 9:
        low = toks[k].low
        nxt = next_word(toks, k + 1)
        nxt_low = toks[nxt].low if nxt < len(toks) else ""
        status = _death_verb_status(toks, k, aux_seen, numbers_at)
        if status is not None:
            return status, extra, aux_seen, low
        if low == "among":
            return "subset", extra, aux_seen, low
        if low == "," and (close := _aside_end(toks, nxt, nxt_low in ASIDE_OPENERS)):
            # "Five people, including two children, were killed", "37 people, soldiers
            # and civilian drivers, were killed": skip the aside.
            k = next_word(toks, close + 1)
            words += 1
            continue
        if low == "from" and not aux_seen:
            # "A labourer from Bihar was shot dead": where the counted come from
            aux = next((x for x in range(nxt, min(len(toks), nxt + 4))
                        if toks[x].low in lex["auxiliaries"]), None)
            if aux is not None and not any(toks[x].low in PUNCT_STOPS for x in range(nxt, aux)):
                k = aux
                words += 1
                continue
        if low == "found" and aux_seen and (nxt_low in lex["passive"] or nxt_low in lex["manner"]):
            k = nxt  # "Five men were found shot dead"
            words += 1
            continue
        if low in lex["auxiliaries"]:
            aux_seen = True
            extra = extra or low == "also"  # "two soldiers were also killed": more dead
        elif low in ("and", ",") and nxt in numbers_at and _subset_of_whom(toks, numbers_at[nxt]):
            return None, extra, aux_seen, ""  # "160 wounded, 31 of whom died": not all died
        elif low in ("and", ",") and nxt in numbers_at:
            k = numbers_at[nxt].end  # "12 militants and 4 soldiers were killed"
            words += 1
            continue
        elif low in PUNCT_STOPS or low in lex["stops"]:
            return None, extra, aux_seen, ""
        elif aux_seen or low in OTHER_VERBS:
            return "other", extra, aux_seen, low
        elif (low.endswith("ed") or low.endswith("ing")) and low not in lex[
                "adjective_participles"]:
            return "other", extra, aux_seen, low
        words += 1
        k = nxt
    return None, extra, aux_seen, ""


def _aside_end(toks, start: int, opened: bool) -> int | None:
    """The comma closing an aside that opens at `start` after the counted: one opened by
    "including", "mostly" (`opened`), or any words with no number or stop that the verb's
    auxiliary follows ("37 people, soldiers and civilian drivers, were killed")."""
    lex = lexicon()
    for x in range(start, min(len(toks), start + 12)):
        low = toks[x].low
        if low == ",":
            after = next_word(toks, x + 1)
            if opened or after < len(toks) and toks[after].low in lex["auxiliaries"]:
                return x
            return None
        if not opened and (low in PUNCT_STOPS or low[:1].isdigit()):
            return None
    return None


def _death_verb_status(toks: list[Tok], k: int, aux_seen: bool,
                       numbers_at: dict[int, Number]) -> str | None:
    """What the word at k, on the way from a number to its predicate, says of those
    counted: "death" ("bodies", "were killed", "lost their lives", "were stabbed to
    death"), "agent" when they did it ("killed a girl", "stabbed to death a guard"),
    "other" for a manner verb with no death ("were stabbed"); None for any other word."""
    lex = lexicon()
    low = toks[k].low
    nxt = next_word(toks, k + 1)
    nxt_low = toks[nxt].low if nxt < len(toks) else ""
    if low in lex["nouns"] and not aux_seen:
        return "death"
    if low in lex["died_as"] and _noun_after(toks, nxt) in lex["died_as"][low]:
        return "death"  # "a soldier embraced martyrdom"
    if low == "lost" and nxt_low in ("their", "his", "her") and nxt + 1 < len(toks) and (
            toks[nxt + 1].low in ("lives", "life")):
        return "death"
    if low in lex["passive"]:
        if low in lex["transitive"] and not aux_seen and nxt < len(toks) and (
                nxt_low in DETERMINERS or nxt in numbers_at
                or toks[nxt].low[:1].isdigit()):
            return "agent"
        return "death"
    if low in lex["manner"]:
        if nxt_low == "dead" or (nxt_low == "to" and nxt + 1 < len(toks)
                                 and toks[nxt + 1].low == "death"):
            after = next_word(toks, nxt + (1 if nxt_low == "dead" else 2))
            if not aux_seen and after < len(toks) and (
                    toks[after].low in DETERMINERS or after in numbers_at):
                return "agent"  # "soldiers shot dead a girl"
            return "death"
        if nxt_low == "and" and nxt + 1 < len(toks) and toks[nxt + 1].low in lex["passive"]:
            return "death"
        return "other"
    return None


# Words before an article that make its phrase a scene or a time, not people counted
# ("after an exchange of fire", "during a raid")
SCENE_PREPOSITIONS = frozenset({"after", "during", "following", "amid", "in", "at", "near",
                                "before"})


def classify(toks: list[Tok], numbers: list[Number]) -> list[Mention]:
    """What each figure says of those it counts, for the figures that say something."""
    lex = lexicon()
    numbers_at = {n.num_start: n for n in numbers}
    mentions: list[Mention] = []
    for number in numbers:
        k = prev_word(toks, number.first - 1)
        prev = toks[k].low if k >= 0 else ""
        prev2 = toks[k - 1].low if k >= 1 else ""
        phrase = noun_phrase(toks, number.end)
        if prev in lex["subset_before"] or (prev in ("them", "whom") and prev2 == "among"):
            mentions.append(Mention(number, "subset", head(phrase)))
            continue
        role = _object_of_death_verb(toks, k)
        if role == "object" and toks[number.num_start].low in ("himself", "herself"):
            # the attacker's own death adds to the victims told beside it
            mentions.append(Mention(number, "death", "*self*", extra=True, via_object=True))
            continue
        if role == "object":
            mentions.append(Mention(number, "death", head(phrase), via_object=True))
            continue
        if prev in lex["losses"] and head(phrase) in lex["own_men"]:
            # "killing 15 attackers and losing two men": a side's own dead
            mentions.append(Mention(number, "death", head(phrase), via_object=True))
            continue
        if role == "toll" and number.kind == "num":
            mentions.append(Mention(number, "death", "*total*",
                                     update=_toll_rose(toks, number.first)))
            continue
        if _subset_of_whom(toks, number) and mentions and mentions[-1].status == "death":
            mentions.append(Mention(number, "subset", head(phrase)))
            continue  # "killed 40 people, 12 of whom were children"
        if (prev == "and" or prev == "," and number.kind == "num") and mentions:
            last = mentions[-1]
            between = toks[last.number.end:k]
            if len(between) <= 6 and last.status in ("death", "subset") and last.via_object and (
                    not any(t.low in lex["auxiliaries"] or t.low in PUNCT_STOPS
                            or t.low in lex["stops"] or t.low in OTHER_VERBS
                            or t.low.endswith("ing") for t in between)):
                mentions.append(Mention(number, last.status, head(phrase), via_object=True))
                continue
        status, extra, aux_seen, predicate = _predicate_after(toks, number.end, numbers_at)
        if status is None:
            continue
        if status == "subset" and _subset_of_whom(toks, number) and not (
                mentions and mentions[-1].status == "death"):
            # "received 160 wounded, 31 of whom died": the dead among a group not counted
            # as dead
            after = _predicate_after(toks, next_word(toks, number.end) + 2, numbers_at)
            if after[0] == "death":
                mentions.append(Mention(number, "death", "*total*"))
            continue
        if number.kind == "article" and status == "death" and not aux_seen and (
                predicate not in ("died", "dies", "perished", "lost", *lex["died_as"])):
            continue  # "a bomb killed ..." is not "a man was killed"
        if number.kind == "article" and (prev in SCENE_PREPOSITIONS or prev == "of"):
            # "after an exchange of fire, six militants were killed": no one counted; "nine
            # passengers of a minibus were killed": what the counted belong to
            continue
        mentions.append(Mention(number, status, head(phrase), extra=extra))
    return mentions
