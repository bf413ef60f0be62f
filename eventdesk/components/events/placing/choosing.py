"""Which of a clause's place mentions is its scene: a town before a region or a
countryside, a place named only to measure from or set aside after the others, a road's
end and the dateline's town last; the place the chosen name owns, or the town inside the
province it names, instead."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.place_measures import (
    is_landmark,
    locates_unknown_place,
    measured_from,
)
from eventdesk.components.events.place_mentions import names_a_route
from eventdesk.components.events.placing.phrases import (
    container_of,
    held_by,
    is_countryside,
    names_a_region,
    names_an_area,
    region_beside,
    town_of_its_province,
)
from eventdesk.components.events.placing.side_places import (
    names_a_side_place,
    only_locates,
    set_aside_from_the_verb,
)
from eventdesk.components.triggers import Clause


class MentionChooser:
    """The Placer's choice among the place mentions of a clause (it reads `self.judge`,
    the Placer's MentionJudge)."""

    def _choose_mention(self, doc: Doc, pool, clause: Clause | None = None):
        """The first place of the clause, with the place that contains it when one follows.
        A town goes before a region or a countryside ("in the northern Aleppo countryside,
        rebels stormed Qabasin"), a town's countryside before a region ("In the department
        of Cauca, dissidents clashed with troops in rural Argelia"), and a town named only
        to measure from after other towns ("near Karmah, 8 km west of Fallujah"; "15 km
        south of Kutum, North Darfur" is Kutum's); a road's end last, after a place set aside
        ("on the Kabul-Kandahar highway in Zabul" is in Zabul); the dateline's town after all."""
        known = self.judge.plausible_tokens
        side = {id(m) for m in pool if names_a_side_place(doc, m, pool)}
        if len(side) == len(pool):
            side = set()  # the only places named: the best the clause gives
        if clause is not None and not side:
            side = set_aside_from_the_verb(doc, pool, clause.root)
        # a road's end after a place set aside: "residents of Tsafe blocked the
        # Gusau-Funtua highway" were nearer home than the road's end
        # a dateline's town after any other place the clause names: it says where the
        # reporter filed from ("ADDIS ABABA - ... near X town in Y zone" is at X)
        ordered = sorted(pool, key=lambda m: (names_a_route(doc, m), id(m) in side,
                                              self.judge.is_dateline(doc, m),
                                              2 if (m.kind == "region" or names_a_region(m))
                                              and not names_an_area(m)
                                              else 1 if is_countryside(doc, m) else 0,
                                              (measured_from(doc, m)
                                               or only_locates(doc, m, pool))
                                              and not locates_unknown_place(doc, m, known(doc)),
                                              m.start))
        mention = ordered[0]
        inner = town_of_its_province(doc, mention, pool, side)
        if inner is not None:
            # "In Saada, a citizen was killed by shelling on villages of Shada": a city named
            # as its province stands for the province; the town in it the clause names is
            # where it happened
            mention = inner
        held = held_by(doc, mention, pool)
        if held is not None:
            # "in Sichuan province's Aba county", "Baghdad's Sadr City": the place the first
            # name owns is the scene, inside it
            return held, mention
        if is_landmark(doc, mention.start):
            # "in the Chlef province to the west of Algiers": a town outside the region the
            # clause names only says where the region lies
            region = region_beside(mention, pool)
            if region is not None:
                return region, None
        return mention, container_of(doc, mention, pool)
