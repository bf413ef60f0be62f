"""Typing: which ACLED sub-type a clause that happened is coded as, split by concern. Modules, each
importing only those before it in ORDER: cue_lists (a rule table's cue lists: words and
phrases, a list including another's), table (the rule table data/rules/typing.toml compiled
and applied, and where a classifier's proposal meets the rules), shared (word lists and readings
several families use), then the predicates the rules name, by family: battles (clashes and
attacks), assaults (an assault on ground, an attack launched as an operation), takings (a fight
told beside a taking, ground passing to the state), contested (a
taking the other side denies), entries (ground entered for a raid), unopposed (ground changing
hands with no fight), taking_verbs (the verbs of a taking and the harm joined to it), captives
(whom a capture takes), police_takings (the police take people, not ground), things_taken (a
thing or a prize taken, no event), captures (what a taking is coded as), harm_causes (a harm no
side did, or no violence), civilians (whether anyone was harmed), casualty_roles (fighters or
civilians among the casualties), fighters (whether the dead fought back), victim_sides (whose
side the dead were on), protest_senses (protest words in another sense), demonstrations,
protest_interventions (a force firing on, dispersing or blocking a protest),
joined_crowds (a crowd's protest and violence told with two joined verbs, a crowd harming
protesters, a clash between two crowds), unrest (a report of unrest: a band called by a loaded
word, its arrests), explosions, devices (a device stopped, or set off by accident, by a force or
by its victim: no bombing), fire_bombs (a petrol bomb is arson by hand), retold_strikes
(strikes and bombers told again), riot_dead (dead with no doer told beside a crowd's fight: the
riot's toll), ballots (a poll's material taken: looting), strategic, destroyed (assets, units
and weapons in flight destroyed, damage told as a tally or a state), interceptions (weapons
stopped on their way), agreements (kept, aimed at, named; surrenders), plain_senses (territory
and agreement words in an everyday sense), doer_setting (a raid told as what a deed's doers were
doing; drones that carried a force's tear gas), care_transport (the wounded flown to a hospital,
no strike), crowd_ground (ground a crowd held, taken back by a force), mob_targets (homes and
places of worship a crowd burned: mob violence, not a demonstration), herders_camps (a cattle
camp raided: its armed keepers fought), herder_clashes (herders as a side of a fight, or its
unresisting dead), citizen_arrests (a suspect seized by residents: no arrest), state_posts (a
town stormed and its police station or prison overrun: the town taken), protest_sites (a
protesters' camp dismantled: a protest with intervention), force_operations (the dead of a
force's operation against a side the report names: a clash), aftermath (funerals, bodies taken
away, a suspect held at the scene: a follow-up's aftermath, no event), no_deed (a fire an
accident started, aircraft that only flew over a place: no deed of a side), curfews (a
curfew declared with a state of emergency: no single place's), scene_moves (a force gone from
or sent to "the area" of a deed told: its sequel, no event). A family module
registers its predicates with the table when imported, so the package imports them all here:
whichever module of the package is imported first, the table finds every predicate its rules
name.
"""

from eventdesk.components.events.subtype import (  # noqa: F401 (imported to register)
    aftermath,
    agreements,
    assaults,
    ballots,
    battles,
    captives,
    captures,
    care_transport,
    casualty_roles,
    citizen_arrests,
    civilians,
    contested,
    crowd_ground,
    curfews,
    demonstrations,
    destroyed,
    devices,
    doer_setting,
    entries,
    explosions,
    fighters,
    fire_bombs,
    force_operations,
    harm_causes,
    herder_clashes,
    herders_camps,
    interceptions,
    joined_crowds,
    mob_targets,
    no_deed,
    plain_senses,
    police_takings,
    protest_interventions,
    protest_senses,
    protest_sites,
    retold_strikes,
    riot_dead,
    scene_moves,
    state_posts,
    strategic,
    taking_verbs,
    takings,
    things_taken,
    unopposed,
    unrest,
    victim_sides,
)

ORDER = ("cue_lists", "table", "shared", "battles", "assaults", "takings", "contested",
         "entries", "unopposed",
         "taking_verbs", "captives", "police_takings", "things_taken", "captures", "harm_causes",
         "civilians", "casualty_roles", "fighters", "victim_sides", "protest_senses",
         "demonstrations", "protest_interventions", "joined_crowds", "unrest", "explosions",
         "devices", "fire_bombs",
         "retold_strikes", "riot_dead", "ballots", "strategic", "destroyed", "interceptions",
         "agreements",
         "plain_senses",
         "doer_setting", "care_transport", "crowd_ground", "mob_targets", "herders_camps",
         "herder_clashes", "citizen_arrests",
         "state_posts", "protest_sites", "force_operations", "aftermath", "no_deed",
         "curfews", "scene_moves")
