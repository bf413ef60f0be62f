"""A regression floor: `eventdesk eval` on the gold sets scores no lower than when last raised.

Raise a floor when a principled change lifts the score; a change that lowers one must say
why in its commit. dev2.jsonl, tests/gold/dev6.jsonl, dev7.jsonl, dev9.jsonl, dev13.jsonl,
dev44.jsonl, dev47.jsonl, dev49.jsonl and dev50.jsonl measure generalisation (dev3, dev4, dev5,
dev8, dev10–dev12, dev14–dev43, dev45, dev46 and dev48 did when first scored): never write rules
from their sentences, and never study the errors of dev6, dev7, dev9, dev13, dev44, dev47, dev49
or dev50 (evaluate/gold_sets.py lists them). Lowered in stop 38, each
by one match or two false records traded for a change measured as a gain on the sets for
measuring: dev5, dev11, dev14 (a village of a district seated at its namesake town gets the
seat's point, 30 more gold places within 25 km on the studied sets; these three villages lie
over 25 km from the seat) and dev39 (live-blog lines kept apart: dev6 and dev13 +1 match each,
3 fewer false records). Lowered in stop 39: dev16 (a town the recogniser reads as a person is a
town when its region follows it, "X in Y Oblast": dev41 and dev43 +1 match each; dev16's
unknown village now goes to the commune seat named with its department, 40 km from its gold
point, where the department alone matched on admin1)"""

import json
from pathlib import Path

import pytest

from eventdesk.cli import main

pytestmark = pytest.mark.slow

GOLD = Path("/work/shared/gold")
IN_REPOSITORY = Path(__file__).parent / "gold"
# set -> (lenient F1, strict F1)
FLOORS = {GOLD / "dev.jsonl": (0.975, 0.980), GOLD / "dev2.jsonl": (0.840, 0.801),
          IN_REPOSITORY / "dev3.jsonl": (0.967, 0.967),
          IN_REPOSITORY / "dev4.jsonl": (0.982, 0.973),
          IN_REPOSITORY / "dev5.jsonl": (0.910, 0.902),
          IN_REPOSITORY / "dev6.jsonl": (0.812, 0.782),
          IN_REPOSITORY / "dev7.jsonl": (0.813, 0.773),
          IN_REPOSITORY / "dev8.jsonl": (0.966, 0.983),
          IN_REPOSITORY / "dev9.jsonl": (0.730, 0.714),
          IN_REPOSITORY / "dev10.jsonl": (0.965, 0.965),
          IN_REPOSITORY / "dev11.jsonl": (0.947, 0.947),
          IN_REPOSITORY / "dev12.jsonl": (0.962, 0.943),
          IN_REPOSITORY / "dev13.jsonl": (0.663, 0.646),
          IN_REPOSITORY / "dev14.jsonl": (0.859, 0.840),
          IN_REPOSITORY / "dev15.jsonl": (0.923, 0.923),
          IN_REPOSITORY / "dev16.jsonl": (0.754, 0.735),
          IN_REPOSITORY / "dev17.jsonl": (0.943, 0.924),
          IN_REPOSITORY / "dev18.jsonl": (0.914, 0.914),
          IN_REPOSITORY / "dev19.jsonl": (0.886, 0.886),
          IN_REPOSITORY / "dev20.jsonl": (0.923, 0.884),
          IN_REPOSITORY / "dev21.jsonl": (0.891, 0.871),
          IN_REPOSITORY / "dev22.jsonl": (0.873, 0.851),
          IN_REPOSITORY / "dev23.jsonl": (0.851, 0.826),
          IN_REPOSITORY / "dev24.jsonl": (0.943, 0.926),
          IN_REPOSITORY / "dev25.jsonl": (0.864, 0.827),
          IN_REPOSITORY / "dev26.jsonl": (0.882, 0.842),
          IN_REPOSITORY / "dev27.jsonl": (0.842, 0.821),
          IN_REPOSITORY / "dev28.jsonl": (0.871, 0.851),
          IN_REPOSITORY / "dev29.jsonl": (0.791, 0.749),
          IN_REPOSITORY / "dev30.jsonl": (0.878, 0.869),
          IN_REPOSITORY / "dev31.jsonl": (0.926, 0.926),
          IN_REPOSITORY / "dev32.jsonl": (0.780, 0.780),
          IN_REPOSITORY / "dev33.jsonl": (0.807, 0.787),
          IN_REPOSITORY / "dev34.jsonl": (0.803, 0.783),
          IN_REPOSITORY / "dev35.jsonl": (0.838, 0.773),
          IN_REPOSITORY / "dev36.jsonl": (0.818, 0.818),
          IN_REPOSITORY / "dev37.jsonl": (0.658, 0.588),
          IN_REPOSITORY / "dev38.jsonl": (0.691, 0.691),
          IN_REPOSITORY / "dev39.jsonl": (0.783, 0.783),
          IN_REPOSITORY / "dev40.jsonl": (0.786, 0.709),
          IN_REPOSITORY / "dev41.jsonl": (0.826, 0.817),
          IN_REPOSITORY / "dev42.jsonl": (0.806, 0.756),
          IN_REPOSITORY / "dev43.jsonl": (0.805, 0.745),
          IN_REPOSITORY / "dev44.jsonl": (0.857, 0.790),
          IN_REPOSITORY / "dev45.jsonl": (0.904, 0.876),
          IN_REPOSITORY / "dev46.jsonl": (0.732, 0.712),
          IN_REPOSITORY / "dev47.jsonl": (0.749, 0.749)}


@pytest.mark.parametrize("path", sorted(FLOORS), ids=lambda path: path.name)
def test_eval_codes_every_report_and_scores_above_the_floor(path, capsys):
    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    assert main(["eval", str(path), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["failed"] == [] and scores["unknown_doc_ids"] == []
    lenient, strict = FLOORS[path]
    assert round(scores["f1"], 3) >= lenient
    assert round(scores["strict_f1"], 3) >= strict
