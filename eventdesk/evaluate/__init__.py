"""The scorer of GUIDELINES.md ("Scoring"): gold events against predicted events.

Matching, per document: a predicted event matches a gold event when the event types are
equal, the places are within 25 km (haversine) — or, where either side has no coordinates,
the admin1 names are the same after folding, or names of one first-level region of the
country in the gazetteer index (regions.py) — and the dates are within 2 days (any date
when either side has time_precision 3 or either date is None). Matching is one-to-one and
greedy, best pairs first: candidate pairs are sorted by (distance in km, date gap in days,
gold index, prediction index); a pair matched on admin1 alone counts as 25 km and an open
date as a 2-day gap, so exact pairs always win. Matched optional gold events leave both
sides; unmatched optional gold events are not misses. Predictions with neither
coordinates nor admin1 are left out. Strict scoring is its own one-to-one matching that
also requires equal sub_event_type.

The package: gold (reading gold files), predictions (reading prediction files), regions
(whether two admin1 names are one region), matching (which pairs match), scoring (the
figures), report (what `eventdesk eval` prints) and gold_sets (the project's own gold sets:
studied or measure-only).
"""

from eventdesk.evaluate.gold import GoldDocument, GoldEvent, load_gold
from eventdesk.evaluate.predictions import load_predictions
from eventdesk.evaluate.regions import fold_admin1
from eventdesk.evaluate.report import format_errors, format_table
from eventdesk.evaluate.scoring import score

__all__ = ["GoldDocument", "GoldEvent", "fold_admin1", "format_errors", "format_table",
           "load_gold", "load_predictions", "score"]
