"""Did it happen? Modality: a clause with a trigger word is an event only when the report
says it happened — not planned, feared, threatened, denied, negated, conditional,
habitual, background or old news (GUIDELINES.md, "What is an event"), split by concern.

The cue words live in data/rules/modality.toml; these modules say where in the parse each
cue is looked for. `why_not` names the first cue that applies, so a decision can be
explained and each cue tested on its own examples.

Modules, each importing only those before it in ORDER: table (the cue table compiled),
cue_words (the cues asked one word at a time, for the typing rules), times (the deed's days:
dated, a saying's, history, to come), resumed (a deed that started again on a day of its
own), news_age (old news, but a review's month and an investigation's finding), genre
(opinion and analysis pieces), counting (one incident, a few or many acted upon, ground
named by its own name), told_before (an event told before named again, a deed told in a
claim), reported_again (a deed told before, named again as what another source reported),
beside (deeds told beside a verb that is no deed: a blamed deed's own relative clause, a
time clause), no_one (a deed whose subject is no one), irrealis (heads that say it did not
or not yet happen), habitual (habits, trends, recurring deeds), continued (deeds kept up
over a month), backdrop (the war as a state or a reference), spans (the war as a span
of time), movement_began (how
a protest movement began, its backdrop), tolls (a war's toll, a
war as the time), tallies (tallies told by tense and a start), at_large (deeds told of
people or places at large), campaign_day (a nationwide campaign named as a local deed's
day), background (aggregates and tallies), communique (what an official communiqué tells
that is no incident: a periodic assessment, a campaign summed up, a daily count of strikes,
a gloss on a word), deciding (`why_not`).
"""

from eventdesk.components.events.happened.deciding import why_not
from eventdesk.components.events.happened.news_age import is_old_news
from eventdesk.components.events.happened.reported_again import maybe_first_telling
from eventdesk.components.events.happened.table import FRAMES, HISTORY, compile_table, modality
from eventdesk.components.events.happened.times import day_resolved_in, told_on_that_day
from eventdesk.components.events.happened.told_before import told_where_or_when

ORDER = ("table", "cue_words", "times", "resumed", "news_age", "genre", "counting",
         "told_before", "reported_again", "beside", "no_one", "irrealis", "habitual", "continued",
         "backdrop", "spans", "movement_began", "tolls", "tallies", "at_large", "campaign_day",
         "background", "communique", "deciding")

__all__ = ["FRAMES", "HISTORY", "ORDER", "compile_table", "day_resolved_in",
           "is_old_news", "maybe_first_telling", "modality", "told_on_that_day",
           "told_where_or_when", "why_not"]
