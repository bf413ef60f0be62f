"""Named regions: a report that names a first-level region ("Lawka Region", "Oaxaca
state") says which of a town's readings are meant, and which small places are namesakes
of villages the index lacks there."""

from __future__ import annotations

import dataclasses

from eventdesk.geo.candidates import (
    BIG_CITY_POPULATION,
    PlaceMention,
    _city_part,
)
from eventdesk.geo.namesakes import SMALL_NAMESAKE_POPULATION
from eventdesk.geo.normalize import fold


def _named_regions(mentions: list[PlaceMention]) -> set[tuple[str, str]]:
    """(country, folded admin1) of the first readings of the report's region names."""
    return {(m.candidates[0].country_code, fold(m.candidates[0].admin1))
            for m in mentions if m.candidates and m.candidates[0].is_region
            and m.candidates[0].admin1}


def _seat_regions(mentions: list[PlaceMention]) -> set[tuple[str, str]]:
    """(country, folded admin1) of the regions a town's name also names exactly, the town
    lying in it ("near Marvo in Tesso South", Marvo a small town of Tesso and Tesso both a
    town and its county): the report names the region, though its town reads first."""
    return {(top.country_code, fold(top.admin1)) for m in mentions
            if m.kind == "place" and m.candidates and (top := m.candidates[0]).admin1
            and any(c.is_region and c.match == "exact" and c.country_code == top.country_code
                    and c.admin1 == top.admin1 for c in m.candidates[1:3])}


def _in_a_named_region_first(mentions: list[PlaceMention]) -> None:
    """"A mob in the town of San Rafael … Oaxaca state prosecutors said": of a town's
    readings in one country, the one in a first-level region the report names is meant,
    not a namesake of about its weight in a region the report never names (a capital or
    a big city needs no region). The named regions are the first readings of the report's
    region names."""
    named = _named_regions(mentions)
    for mention in mentions:
        if mention.kind != "place" or len(mention.candidates) < 2 or _city_part(mention):
            continue
        top = mention.candidates[0]
        if top.is_region or (top.country_code, fold(top.admin1 or "")) in named \
                or top.feature_code == "PPLC" or top.population >= BIG_CITY_POPULATION:
            continue
        inside = [c for c in mention.candidates[1:]
                  if c.country_code == top.country_code and not c.is_region
                  and c.feature_class == "P" and c.match == top.match
                  and (c.country_code, fold(c.admin1 or "")) in named]
        if inside:
            best = inside[0]
            raised = dataclasses.replace(best, score=max(best.score, top.score + 0.5),
                                         reasons=[*best.reasons, "in a region the report names"])
            mention.candidates = [raised] + [c for c in mention.candidates if c is not best]


def _without_small_namesakes_outside_named_regions(mentions: list[PlaceMention]
                                                   ) -> list[PlaceMention]:
    """"villages of Kyunpin Township in Lawka Region ... entered Thayetkon": village
    names repeat across a country, so a small place (under SMALL_NAMESAKE_POPULATION) read
    only in a region of the report's named regions' country that the report neither names
    nor names a town of some size in is a namesake of a village the index lacks in the
    region named; its mentions are dropped (read as names the index lacks). A name written
    as a region ("Kyunpin Township, Lawka Region") names it though its town reads first. A
    report that names no region of that country keeps its readings."""
    named = _named_regions(mentions) | {
        (c.country_code, fold(c.admin1)) for m in mentions if m.kind == "region"
        for c in m.candidates[:3] if c.is_region and c.match == "exact" and c.admin1}
    held = named | _seat_regions(mentions) | {
        (c.country_code, fold(c.admin1 or "")) for m in mentions if m.kind == "place"
        for c in m.candidates[:1]
        if c.match == "exact" and c.population >= SMALL_NAMESAKE_POPULATION}
    countries = {code for code, _ in named}
    out = []
    for mention in mentions:
        top = mention.candidates[0] if mention.kind == "place" and mention.candidates else None
        if top is not None and top.country_code in countries and not top.is_region \
                and top.population < SMALL_NAMESAKE_POPULATION and not _city_part(mention) \
                and not any((c.country_code, fold(c.admin1 or "")) in held
                            for c in mention.candidates):
            continue
        out.append(mention)
    return out
