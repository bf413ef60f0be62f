"""A force's fire that killed people of a crowd speaks for that crowd told again.

"Police opened fire on protesters in X on Tuesday, killing one man. The protesters had
thrown stones at the building": the crowd named again in the next sentence is the crowd
fired on (crowds.py `tells_crowd_again`), and the studied gold sets code the pair as
the excessive force against protesters -- the force's lethal fire is the interaction told,
the stones how the crowd had stood -- not as the violent demonstration a riot's telling
otherwise makes of one crowd's protest (`crowd_speaks`). Only a force's telling that
carries a toll and comes no later than the crowd's: a crowd's violence told first and a
toll after it ("supporters burnt tyres. Security forces fired live bullets and police said
seven were killed") stay the riot and its toll. Merging a riot and lethal fire told in one
breath (crowds.py `turned_violent`) is left as it was: measured, a toll read on a bare
death beside clashes ("a protester died during clashes with the police") is a riot's.
"""

from __future__ import annotations

from eventdesk.coding.typology import EXCESSIVE_FORCE
from eventdesk.components.events.common import Candidate


def lethal_fire(fire: Candidate, crowd: Candidate) -> bool:
    """`fire` is an excessive force against protesters told with people killed, in the
    sentence of `crowd`'s telling or before it."""
    return fire.sub_event_type == EXCESSIVE_FORCE and bool(fire.fatalities) \
        and fire.sent_index <= crowd.sent_index
