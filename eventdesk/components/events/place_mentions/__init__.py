"""Which place names can be the event's place, split by concern: not a place left or fled to
(`MentionJudge.is_away`), the dateline, a landmark or what a protest was against
(`is_aside`), a name that is an actor's, an office's or an outlet's, or a far-away homonym
(`plausible`).

Modules, each importing only those before it in ORDER: homes (where an actor comes from or
is stationed), other_names (a place's name inside a road's, an office's, a feature's, a
person's), actors (a name standing for a government, a person, an outlet), aftercare (where
the wounded were treated or died afterwards), aside (what a protest was against, another
occasion, an exception, a deed people were behind), destinations (a place that only locates
where people were taken or went), readings (a name's readings weighed against the report's
countries), measured_namesakes (readings far from the town a distance or direction measures
the name from), town_sites (a town's name opening a site's name), judge
(`MentionJudge`).
"""

from eventdesk.components.events.place_mentions.actors import names_a_gang, speaking_verb
from eventdesk.components.events.place_mentions.destinations import to_says_where
from eventdesk.components.events.place_mentions.homes import is_home
from eventdesk.components.events.place_mentions.judge import (
    CITY_PARTS,
    CONTAINMENT_LINKS,
    TAKEN_FROM_VERBS,
    MentionJudge,
    holder_link,
)
from eventdesk.components.events.place_mentions.other_names import (
    ROUTE_LINKS,
    names_a_route,
    names_an_office,
    on_a_routes_description,
)
from eventdesk.components.events.place_mentions.readings import (
    SETTLEMENT_WORDS,
    called_a_small_place,
)

ORDER = ("homes", "other_names", "actors", "aftercare", "aside", "destinations", "readings",
         "measured_namesakes", "town_sites", "judge")

__all__ = ["CITY_PARTS", "CONTAINMENT_LINKS", "ORDER", "ROUTE_LINKS", "SETTLEMENT_WORDS",
           "TAKEN_FROM_VERBS",
           "MentionJudge", "called_a_small_place", "holder_link", "is_home", "names_a_gang",
           "names_a_route", "names_an_office", "on_a_routes_description", "speaking_verb",
           "to_says_where"]
