"""The names of a country's first-level regions, read straight from the index file
(geo/region_aliases.py): every alternate name, only regions, only that country, and none
when there is no index to read."""

from eventdesk.geo.region_aliases import region_aliases
from tests.geo.geonames_files import import_places

PLACES = [
    (9100001, "North Kivu", "Nord-Kivu", -0.8, 29.0, "A", "ADM1", "CD", "11", 0),
    (9100007, "Goma", "", -1.68, 29.22, "P", "PPLA", "CD", "11", 670000),
    (9100008, "Western Province", "", -2.0, 29.5, "A", "ADM1", "RW", "15", 0),
]
ADMIN1 = [("CD.11", "North Kivu", "North Kivu", 9100001),
          ("RW.15", "Western Province", "Western Province", 9100008)]


def test_every_name_of_the_countrys_regions_and_nothing_else(tmp_path):
    index = import_places(tmp_path / "files", PLACES, ADMIN1)
    names = region_aliases(index, "CD")
    assert {"north kivu", "nord kivu"} <= {name for _, name in names}
    assert {gid for gid, _ in names} == {9100001}


def test_no_index_no_names(tmp_path):
    assert region_aliases(tmp_path / "absent.sqlite", "CD") == []
    (tmp_path / "notes.sqlite").write_text("not a database", encoding="utf-8")
    assert region_aliases(tmp_path / "notes.sqlite", "CD") == []
