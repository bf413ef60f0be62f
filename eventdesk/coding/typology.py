"""ACLED's typology as GUIDELINES.md states it: the one place that lists event types,
sub-types, their priority and the inter codes.

The coder, the scorer and the rule tables all read these names from here, so a sub-type
renamed or reordered in the guidelines is changed once.
"""

from __future__ import annotations

import re

BATTLES = "Battles"
PROTESTS = "Protests"
RIOTS = "Riots"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRATEGIC = "Strategic developments"

# ACLED's sub-types, one name each: code compares these names, never a literal, so a slip
# ("Armed Clash") is an unknown name at import and to ruff rather than an event silently
# never matched (tests/coding/test_typology_names.py checks the literals left).
REGAINS_TERRITORY = "Government regains territory"
OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
ARMED_CLASH = "Armed clash"
EXCESSIVE_FORCE = "Excessive force against protesters"
PROTEST_WITH_INTERVENTION = "Protest with intervention"
PEACEFUL_PROTEST = "Peaceful protest"
VIOLENT_DEMONSTRATION = "Violent demonstration"
MOB_VIOLENCE = "Mob violence"
CHEMICAL_WEAPON = "Chemical weapon"
AIR_STRIKE = "Air/drone strike"
SUICIDE_BOMB = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
SEXUAL_VIOLENCE = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
AGREEMENT = "Agreement"
ARRESTS = "Arrests"
GROUP_CHANGE = "Change to group/activity"
DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
BASE_ESTABLISHED = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TERRITORY_TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

# Each type's sub-types in priority order: when one event combines tactics, the first
# that applies is coded (GUIDELINES.md, "The typology").
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: (REGAINS_TERRITORY, OVERTAKES_TERRITORY, ARMED_CLASH),
    PROTESTS: (EXCESSIVE_FORCE, PROTEST_WITH_INTERVENTION, PEACEFUL_PROTEST),
    RIOTS: (VIOLENT_DEMONSTRATION, MOB_VIOLENCE),
    EXPLOSIONS: (CHEMICAL_WEAPON, AIR_STRIKE, SUICIDE_BOMB, SHELLING, REMOTE_EXPLOSIVE, GRENADE),
    VAC: (SEXUAL_VIOLENCE, ATTACK, ABDUCTION),
    STRATEGIC: (
        AGREEMENT, ARRESTS, GROUP_CHANGE, DISRUPTED_WEAPONS_USE, BASE_ESTABLISHED, LOOTING,
        TERRITORY_TRANSFER, OTHER,
    ),
}
SUB_TYPES: tuple[str, ...] = tuple(s for subs in EVENT_TYPES.values() for s in subs)
TYPE_OF: dict[str, str] = {s: t for t, subs in EVENT_TYPES.items() for s in subs}


def near_names(value: str, names) -> list[str]:
    """ACLED's names among `names` that a user's `value` means or may mean: its own in any
    case and spacing ('air/drone  strike'), else those it is part of or shares every word
    with ('Battle' -> Battles, 'IED' -> Remote explosive/landmine/IED, 'air strike' ->
    Air/drone strike). The filters and the gold reader name them, so a slip is not read as
    "no such events"."""
    wanted = " ".join(value.split()).casefold()
    exact = [name for name in names if name.casefold() == wanted]
    if exact or not wanted:
        return exact
    words = set(re.findall(r"\w+", wanted))
    return [name for name in names if wanted in name.casefold() or name.casefold() in wanted
            or words <= set(re.findall(r"\w+", name.casefold()))]
# A lower rank wins when two tellings of one event are merged; ranks only compare within
# a type, since only events of one type merge.
PRIORITY: dict[str, int] = {s: n for n, s in enumerate(SUB_TYPES)}
# The label a classifier gives a clause that reports no event.
NONE = "none"
LABELS: tuple[str, ...] = (*SUB_TYPES, NONE)

# ACLED inter codes (GUIDELINES.md, inter1/inter2).
STATE_FORCES = 1
REBELS = 2
POLITICAL_MILITIA = 3
IDENTITY_MILITIA = 4
RIOTERS = 5
PROTESTERS = 6
CIVILIANS = 7
EXTERNAL = 8
NON_STATE_ARMED = (REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA)
STATE_SIDE = (STATE_FORCES, EXTERNAL)
INTER_NAMES: dict[int, str] = {
    STATE_FORCES: "State forces", REBELS: "Rebel groups", POLITICAL_MILITIA: "Political militias",
    IDENTITY_MILITIA: "Identity militias", RIOTERS: "Rioters", PROTESTERS: "Protesters",
    CIVILIANS: "Civilians", EXTERNAL: "External/other forces",
}
# ACLED interaction codes: one actor type alone (10, 20, … 80) or two, lower first (12, 88).
INTERACTIONS: dict[int, str] = {
    **{10 * a: f"{INTER_NAMES[a]} only" for a in INTER_NAMES},
    **{10 * a + b: f"{INTER_NAMES[a]}–{INTER_NAMES[b]}"
       for a in INTER_NAMES for b in INTER_NAMES if a <= b},
}


def type_of(sub_type: str) -> str:
    """The event type a sub-type belongs to; KeyError names an unknown sub-type."""
    return TYPE_OF[sub_type]


def priority(sub_type: str) -> int:
    """The sub-type's rank in GUIDELINES' priority order (lower wins)."""
    return PRIORITY[sub_type]


# ACLED's disorder types (its codebook, "disorder_type"): which kind of disorder each
# sub-type records. Excessive force against protesters is both political violence and a
# demonstration; mob violence is political violence, a violent demonstration a
# demonstration.
POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC_DEVELOPMENTS = "Strategic developments"
_DISORDER_OF_TYPE = {
    BATTLES: POLITICAL_VIOLENCE, EXPLOSIONS: POLITICAL_VIOLENCE, VAC: POLITICAL_VIOLENCE,
    PROTESTS: DEMONSTRATIONS, STRATEGIC: STRATEGIC_DEVELOPMENTS,
}
_DISORDER_OF_SUB_TYPE = {
    EXCESSIVE_FORCE: f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}",
    MOB_VIOLENCE: POLITICAL_VIOLENCE,
    VIOLENT_DEMONSTRATION: DEMONSTRATIONS,
}
CIVILIAN_TARGETING = "Civilian targeting"


def disorder_type(sub_type: str) -> str:
    """ACLED's disorder_type of a sub-type; KeyError names an unknown sub-type."""
    return _DISORDER_OF_SUB_TYPE.get(sub_type) or _DISORDER_OF_TYPE[type_of(sub_type)]


def civilian_targeting(sub_type: str, inter2: int | None) -> str:
    """ACLED's civilian_targeting: "Civilian targeting" when civilians are the target
    (actor2) of political violence, else empty."""
    if inter2 == CIVILIANS and POLITICAL_VIOLENCE in disorder_type(sub_type):
        return CIVILIAN_TARGETING
    return ""


# ACLED's names for unnamed collectives. Two of them may face each other (ACLED's
# interactions 33, 44, 55, 66: "Rioters (Kenya)" against "Rioters (Kenya)"); a named actor
# or a state's forces never fight themselves.
_COLLECTIVES = ("Unidentified Armed Group (", "Unidentified Communal Militia (", "Rioters (",
                "Protesters (")


def may_face_itself(actor_name: str) -> bool:
    """True for ACLED's unnamed collectives, which may stand on both sides of an event."""
    return actor_name.startswith(_COLLECTIVES)
