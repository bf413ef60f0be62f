"""What a report tells in the sentences after a deed, for the deed: the source of its toll
("Clashes erupted in X on Monday. The emergency centre said six bodies were recovered":
wire and translated copy tell the deed in the writer's voice and attribute its toll in the
next sentence; that source is the deed's, GUIDELINES.md `claimed_by`), and that nobody
was hurt ("A drone hit a depot in X, causing a fire. No one was hurt.": 0, not null)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventdesk.coding.typology import BATTLES, EXPLOSIONS, VAC
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.fatalities import count_fatalities
from eventdesk.components.triggers import sentence_clauses
from eventdesk.extensions import doc_ext, doc_text

# Words of a toll or of the harmed: what makes a following claim vouch for the deed.
TOLL_WORDS = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|bod(?:y|ies)|wound\w*|injur\w*|hurt|casualt\w*|"
    r"toll|martyr\w*|victims?)\b", re.IGNORECASE)
# The deeds that leave a toll; an arrest's or a protest's next sentence tells another's
HARMING_TYPES = frozenset({BATTLES, EXPLOSIONS, VAC})
# How many sentences after a deed, none coding a deed of its own, may say nobody was hurt
# ("… hit a fuel depot. Smoke rose over the port. The army said there were no casualties.")
ZERO_LOOKAHEAD = 2


def take_told_next(doc: Doc, candidates: list[Candidate]) -> None:
    """The source and the zero toll the sentences after each deed tell."""
    take_source_told_next(doc, candidates)
    take_zero_told_next(doc, candidates)


def take_zero_told_next(doc: Doc, candidates: list[Candidate]) -> None:
    """A fight, strike or attack with no toll of its own takes 0 when one of the next
    sentences, before any that codes a deed, says no one was killed or hurt ("No one was
    hurt", "No casualties were reported")."""
    sents = [sent for sent, _ in sentence_clauses(doc)]
    told = {c.sent_index for c in candidates}
    for cand in candidates:
        if cand.fatalities is not None or cand.fatalities_text \
                or cand.event_type not in HARMING_TYPES:
            continue
        for after in range(cand.sent_index + 1, cand.sent_index + 1 + ZERO_LOOKAHEAD):
            if after >= len(sents) or after in told:
                break
            toll = count_fatalities(sents[after].text)
            if toll.count == 0:
                cand.toll, cand.fatalities, cand.fatalities_text = toll, 0, toll.text
                break
            if toll.count is not None or toll.text:
                break


def take_source_told_next(doc: Doc, candidates: list[Candidate]) -> None:
    """Give each unsourced fight, strike or attack of a sentence the source of the next
    sentence's claim when that sentence codes no deed of its own and the claim tells a
    toll."""
    sents = [sent for sent, _ in sentence_clauses(doc)]   # the coder's sentence indices
    told = {c.sent_index for c in candidates}
    text = doc_text(doc)
    for cand in candidates:
        after = cand.sent_index + 1
        if cand.claimed_by or cand.event_type not in HARMING_TYPES or after >= len(sents) \
                or after in told:
            continue
        sent = sents[after]
        for claim in doc_ext(doc, "claims") or []:
            if sent.start_char <= claim.start_char < sent.end_char \
                    and sent.start_char <= claim.scope_start_char < sent.end_char \
                    and TOLL_WORDS.search(text[claim.scope_start_char:claim.scope_end_char]):
                cand.claimed_by = claim.source
                break
