"""Event coding, split by concern; `EventCoder` is the spaCy stage (Doc in, events out).

Modules, each importing only those before it in ORDER: preamble (a report's dateline and
headline), candidate (the record of an event before merging), common (the report context and
shared readings), decisions (the log of why each clause was or was not coded), word_index (a
sentence's tokens passing one word test, kept per report), rules (loading rule tables),
happened (modality), subtype (typing; a package, split by ACLED family), role_of (a noun's
role towards the verb), associates (backers and allies, never a side), implicit_sides (sides
a clause leaves implicit), roles (agent and patient from the parse), sides (actors, default
actors; a package, split by concern), place_measures (distance and direction phrases),
abroad (a country outside the report's), place_mentions (which names can be the event's
place), place_names (names the gazetteer lacks; both packages split by concern),
place_fallbacks (containers for a place the index lacks), headline_places (the place a
headline tells the report's first deed at), line_days (the day a digest's line opens with),
said_days (a saying's day the parse hangs on the deed said), toll_days (the day of a toll's
count), after_days (the day of a deed another's day is counted from, "three days after X"),
dating (the day a clause tells), other_days (the other days of a list, a deed noun's day
that dates the next sentence), placing (where the event happened; a package, split by
concern), deed_places (whether a part of a clause names a town of its own as its scene),
splitting (a clause telling two deeds at once), struck_elsewhere (a deed told again for
another place), struck_copies (its copies, one per place), next_sources (a toll's source,
and that nobody was hurt, told in the sentences after the deed), merging (one event told
several times; a package, split by concern), event_records (the ACLED records of the merged
candidates), coder (the stage).
The rules themselves are data: eventdesk/data/rules/ (see its README).
"""

from eventdesk.components.events.coder import EventCoder
from eventdesk.components.events.decisions import DECISIONS_KEY
from eventdesk.components.events.preamble import DATELINE

ORDER = ("preamble", "candidate", "common", "decisions", "word_index", "rules", "happened",
         "subtype", "role_of", "associates", "implicit_sides", "roles", "sides",
         "place_measures", "abroad", "place_mentions", "place_names", "place_fallbacks",
         "headline_places", "line_days", "said_days", "toll_days", "after_days", "dating",
         "other_days", "placing", "deed_places", "splitting", "struck_elsewhere",
         "struck_copies", "next_sources", "merging", "event_records", "coder")

__all__ = ["DATELINE", "DECISIONS_KEY", "ORDER", "EventCoder"]
