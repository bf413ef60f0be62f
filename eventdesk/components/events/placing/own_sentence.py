"""The town the event's own sentence names that the index lacks, when the clause names none
("OLA fighters stopped a bus near Gerba Guracha in North Shewa zone and abducted around 20
passengers"): the event is there, not at the town an earlier sentence's deed was at (issue
9: the place carried from another sentence while the event's own sentence names its own)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.placing.deeds import same_incident_tokens, without_other_deeds
from eventdesk.components.triggers import Clause
from eventdesk.records import Place


def sentence_unknown_town(placer, doc: Doc, clause: Clause) -> Place | None:
    """The place of the unknown town the words of the clause's own incident name outside the
    clause (`NameReader.unknown_town_name` over them, placed as the Placer places one the
    clause names), else None."""
    incident = without_other_deeds(same_incident_tokens(clause.sent, clause), clause)
    ids = {t.i for t in clause.tokens}
    if all(t.i in ids for t in incident):
        return None  # the clause itself was read for it
    words = Clause(root=clause.root, tokens=incident, sent=clause.sent)
    unknown = placer.names.unknown_town_name(doc, words)
    return placer._unknown_town_place(doc, clause, unknown, incident) if unknown else None
