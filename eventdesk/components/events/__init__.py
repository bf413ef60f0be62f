"""Event coding, split by concern; `EventCoder` is the spaCy stage (Doc in, events out).

Modules, each importing only those before it:
common (shared records and readings) → rules (rule tables) → happened (modality) →
subtype (typing) → sides (actors) → placing → dating → merging → coder (the stage).
The rules themselves are data: eventdesk/data/rules/ (see its README).
"""

from eventdesk.components.events.coder import DECISIONS_KEY, EventCoder
from eventdesk.components.events.common import DATELINE

__all__ = ["DATELINE", "DECISIONS_KEY", "EventCoder"]
