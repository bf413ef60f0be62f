"""The report's countries: passing mentions drop out, and the scene's country comes first
(the whole rule is exercised through the pipeline in test_events_placing_scene.py)."""

from eventdesk.components.events.common import opening_dateline
from eventdesk.components.scene import salient_countries


def test_a_passing_mention_drops_out():
    assert salient_countries([("SY", 10.0), ("TR", 3.0), ("GB", 1.0)]) == ["SY", "TR"]


def test_no_mentions_no_countries():
    assert salient_countries([]) == []


def test_a_dateline_in_capitals_or_title_case_opens_the_report():
    assert opening_dateline("ANKARA - Turkish forces").end() == len("ANKARA - ")
    assert opening_dateline("Kabul, Nov. 3 (Xinhua) -- Gunmen").end() \
        == len("Kabul, Nov. 3 (Xinhua) -- ")
    assert opening_dateline("Gunmen attacked Kabul on Monday.") is None
