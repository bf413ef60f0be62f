"""A regression floor: `eventdesk eval` on the gold sets scores no lower than when last raised.

Raise a floor when a principled change lifts the score; a change that lowers one must say why in its
commit. dev2.jsonl, tests/gold/dev6.jsonl, dev7.jsonl, dev9.jsonl, dev13.jsonl, dev44.jsonl,
dev47.jsonl, dev49.jsonl, dev50.jsonl, dev52.jsonl, dev55.jsonl, dev58.jsonl, dev60.jsonl,
dev63.jsonl, dev65.jsonl, dev68.jsonl, dev71.jsonl, dev74.jsonl, dev77.jsonl, dev80.jsonl,
dev83.jsonl, dev86.jsonl and dev89.jsonl measure generalisation (dev3, dev4, dev5, dev8,
dev10–dev12, dev14–dev43, dev45, dev46, dev48, dev51, dev53, dev54, dev56, dev57, dev59, dev61,
dev62, dev64, dev66, dev67, dev69, dev70, dev72, dev73, dev75, dev76, dev78, dev79, dev81, dev82,
dev84, dev85, dev87, dev88 and dev90 did when first scored): never write rules from their sentences,
and never study the errors of dev6, dev7, dev9, dev13, dev44, dev47, dev49, dev50, dev52, dev55,
dev58, dev60, dev63, dev65, dev68, dev71, dev74, dev77, dev80, dev83, dev86 or dev89
(evaluate/gold_sets.py lists them). Lowered in stop 38, each by one match or two false records
traded for a change measured as a gain on the sets for measuring: dev5, dev11, dev14 (a village of a
district seated at its namesake town gets the seat's point, 30 more gold places within 25 km on the
studied sets; these three villages lie over 25 km from the seat) and dev39 (live-blog lines kept
apart: dev6 and dev13 +1 match each, 3 fewer false records). Lowered in stop 39: dev16 (a town the
recogniser reads as a person is a town when its region follows it, "X in Y Oblast": dev41 and dev43
+1 match each; dev16's unknown village now goes to the commune seat named with its department, 40 km
from its gold point, where the department alone matched on admin1). Lowered in stop 40: dev18 (one
match traded for a false record) and dev27 strict (two sub- types) with the classifier retrained on
the 14 studied sets it had not read, and a learned vetting of records: together on the seven sets
for measuring then, 2 more matches and 18 fewer false records). Lowered in stop 41: dev38 (a name
the text puts inside a known division, "X, in the cercle of Y", keeps Y though NER reads Y as a
person: dev39 and dev45 +1 match each; dev38's village, unknown to the index, now gets its cercle
town's point 78 km off where it was left at country level, unscored). Lowered in stop 42: dev5 (a
report naming one region as a region, and no place outside it, holds the villages the index lacks,
at that region with no point: 8 more matches for 4 false records on the studied sets, dev2 and dev47
+1 match each; dev5's communiqué names one region beside a sector whose two unknown villages lie in
two others, now two false records at that region). Lowered in stop 43: dev27 lenient and dev56 (a
town the index lacks, in a report whose only known town is Y, takes Y's region with no point: 8 more
matches for 4 false records on the studied sets, 4 more for 1 on the sets for measuring; dev27's
village read in the wrong country's region is a false record, and dev56's town now carries the
region as the index spells it, "North Kivu", where gold writes "Nord-Kivu", which the scorer's
folding does not equate: a match lost). Lowered in stop 48: dev40 (agency datelines such as "City,
Mon D (Agency).-" are read, which on the studied sets helped dev72 +5 matches and 7 fewer false
records with the other changes of that lane; dev40's killing, told as a man led away from his home
whose body was found later, now also codes the leading away as an abduction at his village, a false
record). Lowered in stop 49: dev58 (a town the index lacks named only through a site there, "the X
border crossing", is read as that town: on the studied sets dev33 +1 match and dev17 one false
record fewer, on the sets for measuring dev7 +1 match and one false record fewer; dev58 lost one
match, its errors unread). Lowered in stop 54: dev14, dev16 strict, dev30, dev68 strict and dev78
(the classifier retrained with the gold sentences of the 25 sets studied since stop 40: on the 22
sets for measuring then 2 more matches and 16 fewer false records; dev14 lost a match, dev16 a
strict one, dev30 gained two false records, dev68 lost a match (two strict), dev78 a match))"""

import json
from pathlib import Path

import pytest

from eventdesk.cli import main

pytestmark = pytest.mark.slow

GOLD = Path("/work/shared/gold")
IN_REPOSITORY = Path(__file__).parent / "gold"
# set -> (lenient F1, strict F1)
FLOORS = {GOLD / "dev.jsonl": (0.975, 0.980), GOLD / "dev2.jsonl": (0.856, 0.822),
          IN_REPOSITORY / "dev3.jsonl": (0.967, 0.967),
          IN_REPOSITORY / "dev4.jsonl": (0.987, 0.978),
          IN_REPOSITORY / "dev5.jsonl": (0.930, 0.922),
          IN_REPOSITORY / "dev6.jsonl": (0.835, 0.805),
          IN_REPOSITORY / "dev7.jsonl": (0.859, 0.818),
          IN_REPOSITORY / "dev8.jsonl": (0.973, 0.990),
          IN_REPOSITORY / "dev9.jsonl": (0.818, 0.800),
          IN_REPOSITORY / "dev10.jsonl": (0.981, 0.981),
          IN_REPOSITORY / "dev11.jsonl": (0.963, 0.963),
          IN_REPOSITORY / "dev12.jsonl": (0.962, 0.962),
          IN_REPOSITORY / "dev13.jsonl": (0.742, 0.724),
          IN_REPOSITORY / "dev14.jsonl": (0.915, 0.915),
          IN_REPOSITORY / "dev15.jsonl": (0.934, 0.934),
          IN_REPOSITORY / "dev16.jsonl": (0.797, 0.762),
          IN_REPOSITORY / "dev17.jsonl": (0.952, 0.952),
          IN_REPOSITORY / "dev18.jsonl": (0.915, 0.915),
          IN_REPOSITORY / "dev19.jsonl": (0.886, 0.886),
          IN_REPOSITORY / "dev20.jsonl": (0.951, 0.931),
          IN_REPOSITORY / "dev21.jsonl": (0.911, 0.911),
          IN_REPOSITORY / "dev22.jsonl": (0.936, 0.936),
          IN_REPOSITORY / "dev23.jsonl": (0.878, 0.869),
          IN_REPOSITORY / "dev24.jsonl": (0.966, 0.949),
          IN_REPOSITORY / "dev25.jsonl": (0.891, 0.873),
          IN_REPOSITORY / "dev26.jsonl": (0.882, 0.842),
          IN_REPOSITORY / "dev27.jsonl": (0.839, 0.838),
          IN_REPOSITORY / "dev28.jsonl": (0.871, 0.851),
          IN_REPOSITORY / "dev29.jsonl": (0.829, 0.786),
          IN_REPOSITORY / "dev30.jsonl": (0.950, 0.950),
          IN_REPOSITORY / "dev31.jsonl": (0.936, 0.936),
          IN_REPOSITORY / "dev32.jsonl": (0.947, 0.947),
          IN_REPOSITORY / "dev33.jsonl": (0.908, 0.908),
          IN_REPOSITORY / "dev34.jsonl": (0.908, 0.888),
          IN_REPOSITORY / "dev35.jsonl": (0.891, 0.847),
          IN_REPOSITORY / "dev36.jsonl": (0.916, 0.916),
          IN_REPOSITORY / "dev37.jsonl": (0.777, 0.711),
          IN_REPOSITORY / "dev38.jsonl": (0.764, 0.764),
          IN_REPOSITORY / "dev39.jsonl": (0.899, 0.899),
          IN_REPOSITORY / "dev40.jsonl": (0.868, 0.842),
          IN_REPOSITORY / "dev41.jsonl": (0.922, 0.934),
          IN_REPOSITORY / "dev42.jsonl": (0.876, 0.876),
          IN_REPOSITORY / "dev43.jsonl": (0.850, 0.832),
          IN_REPOSITORY / "dev44.jsonl": (0.879, 0.815),
          IN_REPOSITORY / "dev45.jsonl": (0.977, 0.977),
          IN_REPOSITORY / "dev46.jsonl": (0.830, 0.830),
          IN_REPOSITORY / "dev47.jsonl": (0.808, 0.808),
          IN_REPOSITORY / "dev48.jsonl": (0.936, 0.936),
          IN_REPOSITORY / "dev49.jsonl": (0.770, 0.736),
          IN_REPOSITORY / "dev50.jsonl": (0.706, 0.643),
          IN_REPOSITORY / "dev51.jsonl": (0.922, 0.922),
          IN_REPOSITORY / "dev52.jsonl": (0.852, 0.824),
          IN_REPOSITORY / "dev53.jsonl": (0.773, 0.755),
          IN_REPOSITORY / "dev54.jsonl": (0.814, 0.763),
          IN_REPOSITORY / "dev55.jsonl": (0.896, 0.896),
          IN_REPOSITORY / "dev56.jsonl": (0.919, 0.879),
          IN_REPOSITORY / "dev57.jsonl": (0.816, 0.808),
          IN_REPOSITORY / "dev58.jsonl": (0.802, 0.771),
          IN_REPOSITORY / "dev59.jsonl": (0.790, 0.801),
          IN_REPOSITORY / "dev60.jsonl": (0.711, 0.646),
          IN_REPOSITORY / "dev61.jsonl": (0.905, 0.884),
          IN_REPOSITORY / "dev62.jsonl": (0.881, 0.864),
          IN_REPOSITORY / "dev63.jsonl": (0.805, 0.780),
          IN_REPOSITORY / "dev64.jsonl": (0.936, 0.889),
          IN_REPOSITORY / "dev65.jsonl": (0.663, 0.626),
          IN_REPOSITORY / "dev66.jsonl": (0.758, 0.758),
          IN_REPOSITORY / "dev67.jsonl": (0.681, 0.608),
          IN_REPOSITORY / "dev68.jsonl": (0.756, 0.704),
          IN_REPOSITORY / "dev69.jsonl": (0.849, 0.834),
          IN_REPOSITORY / "dev70.jsonl": (0.871, 0.864),
          IN_REPOSITORY / "dev71.jsonl": (0.775, 0.756),
          IN_REPOSITORY / "dev72.jsonl": (0.779, 0.762),
          IN_REPOSITORY / "dev73.jsonl": (0.753, 0.736),
          IN_REPOSITORY / "dev74.jsonl": (0.600, 0.561),
          IN_REPOSITORY / "dev75.jsonl": (0.567, 0.548),
          IN_REPOSITORY / "dev76.jsonl": (0.748, 0.732),
          IN_REPOSITORY / "dev77.jsonl": (0.673, 0.624),
          IN_REPOSITORY / "dev78.jsonl": (0.869, 0.847),
          IN_REPOSITORY / "dev79.jsonl": (0.768, 0.768),
          IN_REPOSITORY / "dev80.jsonl": (0.657, 0.657),
          IN_REPOSITORY / "dev81.jsonl": (0.881, 0.858),
          IN_REPOSITORY / "dev82.jsonl": (0.814, 0.806),
          IN_REPOSITORY / "dev83.jsonl": (0.657, 0.657),
          IN_REPOSITORY / "dev84.jsonl": (0.857, 0.857),
          IN_REPOSITORY / "dev85.jsonl": (0.818, 0.818),
          IN_REPOSITORY / "dev86.jsonl": (0.634, 0.566),
          IN_REPOSITORY / "dev87.jsonl": (0.835, 0.774),
          IN_REPOSITORY / "dev88.jsonl": (0.864, 0.844),
          IN_REPOSITORY / "dev89.jsonl": (0.668, 0.668),
          IN_REPOSITORY / "dev90.jsonl": (0.780, 0.710)}


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
