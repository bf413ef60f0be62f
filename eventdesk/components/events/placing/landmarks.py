"""The scene of a clause that names its towns only to measure from ("South of Baghdad, ten
were killed when a car bomb went off in the town of Suwayra"): the town its sentence puts the
incident in, unless the measure locates the clause's own unknown place."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.place_measures import (
    is_landmark,
    locates_unknown_place,
    measured_from,
)
from eventdesk.components.events.placing.deeds import without_other_deeds
from eventdesk.components.events.placing.side_places import (
    well_known,
    where_a_speaker_spoke,
    where_the_source_is,
)
from eventdesk.components.triggers import Clause


def past_landmarks(doc: Doc, clause: Clause, incident, mentions: list, in_clause: list,
                   known: set[int]) -> list:
    """The clause's scene mentions when all it names is landmarks or where the source is:
    the town its sentence puts the incident in comes first; so does a town it names beside
    where the source is ("According to a source in Aleppo, troops foiled an attack that
    tried to infiltrate Kuweires"), when the index knows that town well -- not where a
    speaker spoke ("raided a village north of Abyei town, the UN mission said in Juba"), nor
    a town of another deed joined to it ("a soldier was killed near Dhuluiya, north of
    Baghdad, and a civilian died outside Samarra"), nor any town when the landmark locates
    the clause's unknown place ("attacked Kwatamba, 30 km from Damboa, ..., police in
    Maiduguri said": Damboa is the nearest place the report gives)."""
    if not in_clause or not all(is_landmark(doc, m.start) or where_the_source_is(doc, m)
                                for m in in_clause):
        return in_clause
    if any(is_landmark(doc, m.start) and locates_unknown_place(doc, m, known)
           for m in in_clause):
        return in_clause
    ids = {t.i for t in clause.tokens}
    own = {t.i for t in without_other_deeds(incident, clause)}
    outside = [m for m in mentions if m.start not in ids and m.kind == "place"
               and m.start in own and not where_a_speaker_spoke(doc, m) and (
                   all(is_landmark(doc, o.start) for o in in_clause) or well_known(m))]
    # "travelled north of the city of Fallujah, 50 km west of Baghdad": a direction with no
    # distance names the place near which it was
    return [m for m in outside if not is_landmark(doc, m.start)] or [
        m for m in outside if not measured_from(doc, m)
        and all(measured_from(doc, o) for o in in_clause)] or in_clause
