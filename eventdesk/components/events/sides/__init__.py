"""Sides: who acted (agent → actor1) and who was acted upon (patient → actor2), split by
concern.

The parse gives the roles (roles.py); data/rules/default_actors.toml fills the sides a
report leaves unnamed and fixes those of protests and riots, through named conditions and
sources. Modules, each importing only those before it in ORDER: table (the rule table
compiled, and the facts its rules read), conditions and sources (what the rules name),
told_before and attackers (sources reading the sentences before and the report's attack
verbs), launchers (the rebels whose drones an interception stopped), claimants (the source
naming the group a report says did the deed), dispersers (the force that broke up a riot's
crowd), naming (`Sides`, which runs the rules over an event). The conditions and sources register
themselves when imported, so the package imports them here: whichever module is imported
first, the table finds every name its rules use.
"""

from eventdesk.components.events.sides import (  # noqa: F401 (imported to register)
    attackers,
    claimants,
    conditions,
    dispersers,
    launchers,
    sources,
    told_before,
)

ORDER = ("table", "conditions", "sources", "told_before", "attackers", "launchers", "claimants",
         "dispersers", "naming")
