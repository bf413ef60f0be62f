"""The words a report names a crowd by ("the demonstrators", "protesters", "a mob"): one
list for the readers of crowds in the event coder -- merging (events/merging/crowds.py: a
crowd named again) and the sub-type rule of ground a crowd held (events/subtype/
crowd_ground.py), which may not import each other's package."""

from __future__ import annotations

CROWD_NOUNS = frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator",
                         "demonstrators", "marcher", "marchers", "crowd", "crowds",
                         "rioter", "rioters", "mob"})
