"""The source a report names in the sentence after a deed, for the deed's toll: "Clashes
erupted in X on Monday. The emergency centre said six bodies were recovered." Wire and
translated copy tell the deed in the writer's voice and attribute its toll in the next
sentence; that source is the deed's (GUIDELINES.md `claimed_by`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventdesk.coding.typology import BATTLES, EXPLOSIONS, VAC
from eventdesk.components.events.common import Candidate
from eventdesk.components.triggers import sentence_clauses
from eventdesk.extensions import doc_ext, doc_text

# Words of a toll or of the harmed: what makes a following claim vouch for the deed.
TOLL_WORDS = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|bod(?:y|ies)|wound\w*|injur\w*|hurt|casualt\w*|"
    r"toll|martyr\w*|victims?)\b", re.IGNORECASE)
# The deeds that leave a toll; an arrest's or a protest's next sentence tells another's
HARMING_TYPES = frozenset({BATTLES, EXPLOSIONS, VAC})


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
