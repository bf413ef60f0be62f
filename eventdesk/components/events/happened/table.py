"""The modality cue table: data/rules/modality.toml, checked and compiled once.

The cue words live in the table; the other modules say where in the parse each cue is
looked for. The cues read at fixed places (FIXED_CUES) must all be in the table, and the
reasons that make a deed history (HISTORY, FRAMES) are named here for the coder.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventdesk.components.events.rules import check_keys, load_table, table_path
from eventdesk.components.saying import saying_verbs
from eventdesk.errors import RuleDataError

TABLE = "modality"
CUE_KEYS = {"about", "where", "words", "labels", "determiners", "prepositions", "claim_cues",
            "max_age_days", "month_max_age_days", "min_deaths", "patterns", "tellings",
            "retracting", "examples", "narrated", "records", "presupposing", "lexicon",
            "levels", "reaching", "undergoing", "place_spans", "bulletin_words"}


# Where a cue with its own word list is looked for (modality.toml `where`); the other
# cues are read from the parse at fixed places, in `why_not`'s order.
PLACES = ("clause_verb", "modifier", "complement", "above_trigger", "trigger_modifier",
          "parties_above")


FIXED_CUES = ("every_time", "named_again", "negation", "modal", "infinitive", "condition",
              "other_time", "denial", "since_tally", "aggregate", "background_date",
              "perfect_tally", "old_news", "war_as_time", "years_after", "generic_present",
              "trend", "simile", "fled_from", "history_told_again", "span_of",
              "simple_present", "that_day", "war_toll", "ongoing", "displacing",
              "entered_span", "named_as_reference", "campaign", "past_perfect_tally",
              "standing_deployment", "counted_deeds", "iterative", "war_began", "movement_began",
              "opinion_piece", "addressed", "analysis_piece", "comparison", "future_day",
              "history_frame", "told_as_false", "described_by_deed",
              "characterised", "at_large", "glossary", "period_assessment",
              "campaign_summed", "counted_strikes", "recurring", "separate_incidents")
# The reasons that make a deed history: a toll or a back-reference told right after it
# is history too (`tells_history_again`).
HISTORY = frozenset({"years_after", "old_news", "background_date", "war_as_time",
                     "remembrance", "history_told_again", "that_day", "history_frame"})
# The reasons that frame a report as history or a charge (a court's, an accuser's): until
# it codes an event, a deed it tells with no day is more of that (coder.py, history_frame).
FRAMES = HISTORY | {"court", "court_hearing", "accusation"}


@dataclass(frozen=True, slots=True)
class Modality:
    """modality.toml, compiled: word lists by cue, and the cues by where they are read."""

    words: dict[str, frozenset[str]]
    by_place: dict[str, tuple[str, ...]]
    place_words: dict[str, frozenset[str]]   # every word of a place's cues: one lookup
                                             # tells that none of them holds
    negating_determiners: frozenset[str]
    negating_preps: frozenset[str]
    denial_claims: frozenset[str]
    aggregate: tuple[str, ...]
    aggregate_bulletin: tuple[str, ...]   # a tally unless the clause is placed and dated
    aggregate_patterns: tuple[re.Pattern, ...]
    aggregate_place_spans: tuple[re.Pattern, ...]   # read in a participle on the deed too
    any_aggregate: re.Pattern   # any of `aggregate`: one search tells a clause holds none
    aggregate_records: re.Pattern
    war_preps: frozenset[str]
    max_age_days: int
    month_max_age_days: int
    war_toll_min: int
    opinion_labels: tuple[str, ...]
    analysis_labels: tuple[str, ...]
    tellings: frozenset[str]
    retracting: frozenset[str]
    narrated: frozenset[str]
    undergoing: frozenset[str]
    presupposing: frozenset[str]
    landing_preps: frozenset[str]
    trend_levels: frozenset[str]
    trend_reaching: frozenset[str]


@functools.lru_cache(maxsize=1)
def modality() -> Modality:
    return compile_table(load_table(TABLE))


def compile_table(data: dict) -> Modality:
    """Check a parsed modality table: every fixed cue present, every listed cue placed."""
    cues = {name: {**cue, "words": saying_verbs(cue["lexicon"])} if "lexicon" in cue else cue
            for name, cue in data.get("cue", {}).items()}   # words kept in lexicon.toml
    missing = [name for name in FIXED_CUES if name not in cues]
    if missing:
        raise RuleDataError(f"missing cue(s) {missing}", path=str(table_path(TABLE)))
    by_place: dict[str, list[str]] = {place: [] for place in PLACES}
    for name, cue in cues.items():
        check_keys(cue, CUE_KEYS, table=TABLE, rule=name)
        where = cue.get("where")
        if where is None and name not in FIXED_CUES:
            raise RuleDataError(f"cue {name!r} needs where = one of {list(PLACES)}",
                                path=str(table_path(TABLE)))
        if where is not None:
            if where not in PLACES or not cue.get("words"):
                raise RuleDataError(f"cue {name!r}: where must be one of {list(PLACES)} and "
                                    f"words must be given", path=str(table_path(TABLE)))
            by_place[where].append(name)
    return Modality(
        words={name: frozenset(cue.get("words", ())) for name, cue in cues.items()},
        by_place={place: tuple(names) for place, names in by_place.items()},
        place_words={place: frozenset(w for name in names for w in cues[name]["words"])
                     for place, names in by_place.items()},
        negating_determiners=frozenset(cues["negation"]["determiners"]),
        negating_preps=frozenset(cues["negation"]["prepositions"]),
        denial_claims=frozenset(cues["denial"]["claim_cues"]),
        aggregate=tuple(cues["aggregate"]["words"]),
        aggregate_bulletin=tuple(cues["aggregate"].get("bulletin_words", ())),
        aggregate_patterns=tuple(re.compile(p) for p in cues["aggregate"].get("patterns", ())),
        aggregate_place_spans=tuple(re.compile(p)
                                    for p in cues["aggregate"].get("place_spans", ())),
        any_aggregate=re.compile("|".join(re.escape(w) for w in cues["aggregate"]["words"])),
        aggregate_records=re.compile(r"\b(?:" + "|".join(
            re.escape(w) for w in cues["aggregate"].get("records", ())) + r")\b"),
        war_preps=frozenset(cues["war_as_time"]["prepositions"]),
        max_age_days=cues["old_news"]["max_age_days"],
        month_max_age_days=cues["old_news"]["month_max_age_days"],
        war_toll_min=cues["war_toll"]["min_deaths"],
        opinion_labels=tuple(label.lower() for label in cues["opinion_piece"]["labels"]),
        analysis_labels=tuple(label.lower() for label in cues["analysis_piece"]["labels"]),
        tellings=frozenset(cues["told_as_false"]["tellings"]),
        retracting=frozenset(cues["told_as_false"]["retracting"]),
        narrated=frozenset(cues["modal"].get("narrated", ())),
        undergoing=frozenset(cues["infinitive"].get("undergoing", ())),
        presupposing=frozenset(cues["order"].get("presupposing", ())),
        landing_preps=frozenset(cues["trend"].get("prepositions", ())),
        trend_levels=frozenset(cues["trend"].get("levels", ())),
        trend_reaching=frozenset(cues["trend"].get("reaching", ())),
    )


def a_record(lowered: str, at: int) -> bool:
    """"…, the first killing of a diplomat in the city for decades", "the heaviest
    shelling of the town for years": a span of years after a superlative or "first" in its
    phrase (since the last comma) ranks the one deed told against it, the way news marks
    a record; it counts no tally (modality.toml aggregate `records`). Only the counted
    spans (`patterns`): a listed word ("in recent weeks", "the 12-year war") after a
    record more often ranks a deed told before ("this was the biggest attack in recent
    weeks") or an accident; nor a word of the span itself ("the first quarter")."""
    phrase = re.split(r"[,;:]", lowered[:at])[-1].split()[:-1]
    return modality().aggregate_records.search(" ".join(phrase)) is not None
