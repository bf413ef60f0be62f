"""Placing: where an event happened, as the gazetteer knows it, split by concern.

The clause's own place first, then "the city" it refers back to, then its sentence's, then
the place the report was last talking about; districts the gazetteer lacks become the city
with the district's name kept (geo_precision 2), a bare name only when the report reads it
as its city's part (`focus.FocusFinder.city_of_a_bare_name`), else the name alone, unplaced.
How wire copy ties a deed to a place named elsewhere (issue 9): a sentence about a town
that tells no event sets the scene for the next ("Hakha lies 200 km to the north. On
Friday, soldiers there ...": `focus.topic_mention`); a later sentence naming the deed again
says where it was ("The attack took place near Bama": `told_later`); a town named only
after the clause is no home of its area (`FocusFinder.main_city_before`); a name the index
reads only abroad is a town it lacks, not the last event's (`FocusFinder.own_name_abroad`);
so is one the clause puts its deed at the edge of or storms ("the outskirts of X", "outside
X", "shelled X": `NameReader.edge_town`), and merging keeps it apart from a known town's
event (`merging.scenes.own_places_apart`).
Which names can be the place is
`place_mentions`; names the index lacks, `place_names`; distances, `place_measures`.

Modules, each importing only those before it in ORDER: deeds (which words tell the event's
own incident, not another deed), joined_first (a joined verb done where the first verb
was), holding (whether a place holds another and is told so right after it, "X, in Y":
no second place), phrases (how a name sits in its phrase: parallel phrases,
lists, a region and its town), day_lists (a place joined to the day told after another
place, "took X on Friday and Y on Saturday"), list_places (which names are places
of a list, each an event's), side_places (names that only locate or describe another
place), landmarks (the scene of a clause naming towns only to measure from), anaphora
("the city" a clause refers back to; an unknown name told "nearby", as "a suburb of the
town" or "in the capital": that place's part), places (a place's key, measured
point, a town at a city's edge), introduced (a place a sentence of its own presents, which
the next sentence's "there" refers to), called_city (a loose spelling of a place the report
calls a city is the index's city), other_name_abroad (a town abroad read only by another
of its names, in a report about another land, is that land's place the index lacks), abroad
(the report's country evidence, which a place abroad needs), own_sentence (an unknown town
the event's sentence names outside its clause),
scene_country (the country a clause names as where its event was), wider_area (a deed told
for "the state" or "the region" the report covers, "elsewhere in the state", is in the last
town's region, not at that town), frames (a city or
province fronted at a sentence's head, "In Sulu, …", and the place within it the deed was),
choosing (which of a clause's place mentions is its scene), finding (the Placer's
readings of the gazetteer and the report), holders (readings a clause's
other names overrule), history_scene (a sentence telling history names no scene for the
news after it), region_scene (a province fronted by a sentence telling no event), frame_scene
(the town or province a sentence telling no event fronts, "In X, …", is the next deeds'
scene), focus (the town the report names most, and the one it was last talking
about), institutions (a deed at a state's institution is in the capital), filed_district
(an unknown village of an item datelined by its district lies in that district),
district_villages (an unknown village a clause names in the district it places its deed in),
listed_unknowns (a village the index lacks listed beside a town it knows: an event of its
own at the town's region), listed_parts (a list of a city's parts the index lacks, one event
each), held_by (a place named as what holds the event's own, no second place), unread_holder
(whether the one town a report names holds an unknown village), named_before (an unknown
town named bare after the report said what holds it), same_area ("in the same district":
the region, or place, of the deed told before), told_deeds (a deed told as what sources
reported: the places the verb of telling holds), named_camp ("the camp" the report named
before), listed_copies (the event copied to each other place its clause lists as its own),
placer (`Placer`), told_later (the
place a sentence naming the deed again gives it), dateline_lede (a lede's deed placed
nowhere in a report datelined at a town its body names again is at that town), filed_region
(a deed placed nowhere in a report whose only place is a provincial dateline town is in that
town's region),
city_part_strays (a small town of another state beside one big city only is that city's
part), stray_region (a weak reading in another state than all the report's other places goes
to their state).
"""

from eventdesk.components.events.placing.anaphora import placed_by_anaphor, told_aside, town_anaphor
from eventdesk.components.events.placing.deeds import (
    describes_an_actor,
    same_incident_tokens,
    tells_another_event,
)
from eventdesk.components.events.placing.placer import Placer
from eventdesk.components.events.placing.places import at_measured_point, place_key
from eventdesk.components.events.placing.told_later import place_told_later

ORDER = ("deeds", "joined_first", "holding", "phrases", "day_lists", "list_places",
         "side_places", "landmarks", "anaphora", "places", "introduced", "called_city",
         "other_name_abroad", "abroad",
         "own_sentence",
         "scene_country", "frames", "wider_area",
         "choosing", "finding", "holders", "history_scene", "region_scene", "frame_scene", "focus",
         "institutions", "filed_district", "district_villages", "listed_unknowns",
         "listed_parts", "held_by", "unread_holder", "named_before", "same_area", "told_deeds",
         "named_camp", "listed_copies", "placer",
         "told_later",
         "dateline_lede", "filed_region", "city_part_strays", "stray_region")

__all__ = ["ORDER", "Placer", "at_measured_point", "describes_an_actor", "place_key",
           "place_told_later", "placed_by_anaphor", "same_incident_tokens",
           "tells_another_event", "told_aside", "town_anaphor"]
