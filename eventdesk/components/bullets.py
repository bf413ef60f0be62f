"""The marks that open an item of a list, defined once for every reader of a report's
lines: the sentence splitter (`stages.paragraphs`: a line opened by a mark starts a
sentence), the digest's line labels (`events.preamble.LINE_LABEL`: "- 2 March:",
"• 3 May:") and the day a line opens with (`events.line_days`). Any dash (hyphen, en or em
dash) or dot opening a line is a bullet, never the dash of a dateline above it
("INCIDENTS\\n– 2 March: Gangs …" is a heading over a bulleted item)."""

from __future__ import annotations

import re

# The marks themselves: a dash of any length, a dot, a star, a small square or triangle
MARKS = "-–—•*·▪◦‣●"
# One mark, as a regular expression's character class
MARK = "[" + re.escape(MARKS) + "]"
# A mark then a space: the usual opening of a list's item ("- At least 60 killed …")
BULLET = re.compile(MARK + r"[ \t]")
