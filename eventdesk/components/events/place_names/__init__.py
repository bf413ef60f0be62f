"""Place names the gazetteer lacks, and what holds them, split by concern: "the town of
Konna", "Galga village", "Abu Saida, a town near Baquba", a site ("the Kuweires Military
Airport"), a part of a city ("Aleppo's al-Rashedin district", "in al-Sakhour"), kept as
"City - Part" at geo_precision 2.

Modules, each importing only those before it in ORDER: words (what such a name is made of,
where it ends), own_names (whether a name kept with no point may be a place), near_town
(whether the report measures a place from a town: "near Y", "30 km from Y"), district_named
(whether the report writes a town's name as a district's: "in Y district"), site_towns (a
site named after its town: "the Umm Zabara Teaching Hospital"), holders (what
holds the name, the place written with it as its part), sites (named sites and features),
settlements (towns and villages), mislabelled (towns NER labels a person, a group or a
people), site_town_names (towns named only through a site there: "the X police
substation", "the rebel stronghold of X"), part_holders (which of two known names holds
the other in "the X neighbourhood of Y"), districts (parts of a city as the text names them), reader
(`NameReader`: a part of a city resolved to a place).
"""

from eventdesk.components.events.place_names.holders import (
    inside,
    known_point,
    region_held,
    region_holder,
    settlement_holder,
    settlement_in,
)
from eventdesk.components.events.place_names.reader import NameReader, named_at
from eventdesk.components.events.place_names.sites import WIDE_FEATURES, with_site

ORDER = ("words", "own_names", "near_town", "district_named", "site_towns", "holders", "sites",
         "settlements", "mislabelled", "site_town_names", "part_holders", "districts",
         "reader")

__all__ = ["ORDER", "WIDE_FEATURES", "NameReader", "inside", "known_point",
           "named_at", "region_held", "region_holder", "settlement_holder", "settlement_in",
           "with_site"]
