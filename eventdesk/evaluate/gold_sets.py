"""The project's own gold sets, by what each may be used for (tests/gold/README.md).

Studied sets may be read to write rules and to train the learned stages; measure-only sets
judge generalisation and are read only for their totals. One list for every script, so a
training script cannot take a measure-only set in by a range of numbers.
"""

from __future__ import annotations

from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
IN_REPOSITORY = REPOSITORY / "tests" / "gold"
# dev.jsonl and dev2.jsonl live beside the repository, in the shared folder.
SHARED = REPOSITORY.parent / "shared" / "gold"

MEASURE_ONLY = frozenset(
    {"dev2.jsonl"}
    | {f"dev{n}.jsonl" for n in (6, 7, 9, 13, 44, 47, 49, 50, 52, 55, 58, 60, 63, 65, 68, 71, 74,
                                 77, 80, 83, 86, 89)})
# The studied sets the stop-40 classifier was trained from, and with dev48 the sets the shipped
# vetter was fitted on
_STOP_40_SETS = (3, 4, 5, 8, 10, 11, 12, *range(14, 44), 45, 46)
# The studied sets the shipped event classifier was trained from (gold_sentences.jsonl): the
# stop-40 ones and those studied since, added at stop 54
TRAINED_ON = [SHARED / "dev.jsonl"] + [
    IN_REPOSITORY / f"dev{n}.jsonl" for n in (*_STOP_40_SETS, 48, 51, 53, 54, 56, 57, 59, 61, 62,
                                              64, 66, 67, 69, 70, 72, 73, 75, 76, 78, 79, 81,
                                              82, 84, 85, 87)]
# What `train_vetter.py table` codes: the sets the shipped vetter was fitted on
VETTER_SETS = [SHARED / "dev.jsonl"] + [
    IN_REPOSITORY / f"dev{n}.jsonl" for n in (*_STOP_40_SETS, 48)]
