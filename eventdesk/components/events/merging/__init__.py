"""Merging: one event told several times becomes one record (GUIDELINES: "Code it once
even when several sentences describe it"), split by concern.

Within a sentence, a bare death clause joins the event beside it (in_sentence); across
sentences, a clause that only completes an event told before adds its dead and day to it
(completing); at the end, the candidates of one incident merge (merge), the sub-type
highest in ACLED's priority speaking for them.

Before the loop, a name the index lacks takes the place the report gives it once
(named_places).

Modules, each importing only those before it in ORDER: named_places, places_days (one day,
one place), deeds_apart (two tellings that name deeds of their own: another pair of sides),
clause_reading (readings of a clause's words the tests share), in_sentence, tolls (a toll
told after an event), dated_apart (a clause dated to another time tells another event),
victims (the victim of the killing just told, named again), sequels (how an event told
before went on: its damage, its aim, how it ended or began), completing, scenes (a report
moving on to another scene or incident, or to a place of its own the index lacks),
same_event, retellings (restatements, summary leads, attackers named again, an assault's
weapons), details (a detail that only tells how the event went: that event), accounts
(a side's own account of its deed, the target named again), calm (a protest told as
peaceful), crowds (one crowd told several times), crowd_forces (a force and a crowd told
apart: one crowd event), crowd_of_the_deed (a protest word in a phrase naming an attack's
doers or victims), fight_arrests (arrests told right after a fight with nothing of their
own: how it ended), assault_damage (property burned or looted in an assault: part of it),
two_types (one incident told as two types), witnesses (a witness, spokesman or the other
side telling the event just told again), merge (the loop).
"""

ORDER = ("named_places", "places_days", "deeds_apart", "clause_reading", "in_sentence",
         "tolls", "dated_apart", "victims", "sequels", "completing", "scenes",
         "same_event", "retellings", "details", "accounts", "calm", "crowds", "crowd_forces",
         "crowd_of_the_deed", "fight_arrests", "assault_damage", "two_types", "witnesses", "merge")
