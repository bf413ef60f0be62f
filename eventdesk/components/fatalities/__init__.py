"""How many people an event killed, by GUIDELINES.md's (ACLED-like) rules.

The text is tokenised with one regular expression and read with small, explicit rules,
so the count is fast and explainable:

* a number counts when it is tied to a death: the object of a killing verb ("killing 12",
  "shot dead two", "beat to death a man"), the subject of a death predicate ("four soldiers
  were killed", "seven civilians killed when", "two died"), a death noun ("12 bodies") or
  a death toll ("put the death toll at eight");
* distinct groups add up (12 militants + 4 soldiers = 16); "others"/"more" always add;
* the same group counted twice, or a total ("people", "the death toll") against anything
  else, is a conflict: the lowest figure wins;
* ranges give their lowest figure ("between 28 and 42" -> 28, "six to nine" -> 6);
  "at least 5" -> 5, "more than 200" -> 200, and "up to 10" -> 10: the report's only
  figure, read like "as many as";
* subsets are not added ("including five children", "among them", "of whom");
* vague words ("dozens", "several") give count None and keep the words in `text`;
* "no one was killed", "no casualties" give 0 unless a death count is also given;
* a toll above the `max_fatalities` setting (default 1,000,000) is no plausible count: the
  count is None and the words stay in `text`; numbers of over 12 digits are not converted.

Modules, each importing only those before it in ORDER: lexicon (the words around a death
count), tokens (the text as tokens near death cues, the noun a number counts), figures
(numbers, ranges, vague words and articles, with their modifiers), mentions (what each
figure says of those it counts), counting (`count_fatalities`), combining (`combine_tolls`,
one event's dead told twice). Number words are read by `components.raw_text`, as the date
phrases read them.
"""

from eventdesk.components.fatalities.combining import combine_tolls
from eventdesk.components.fatalities.counting import FatalityCount, count_fatalities, plausible_toll

ORDER = ("lexicon", "tokens", "figures", "mentions", "counting", "combining")

__all__ = ["ORDER", "FatalityCount", "combine_tolls", "count_fatalities", "plausible_toll"]
