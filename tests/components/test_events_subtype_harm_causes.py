"""harm_causes.py: a hit word told as none is no hit (rule shots-fired-at-nobody)."""

from eventdesk.components.events.subtype.harm_causes import _no_hit


def test_a_hit_told_as_none_is_no_hit(parsed):
    # "no one was killed": "one", with "no", as the passive subject
    doc = parsed(["no", "one", "was", "killed"], [1, 3, 3, 3],
                 ["det", "nsubjpass", "auxpass", "ROOT"])
    assert _no_hit(doc[3])
    # "there were no casualties"
    doc = parsed(["there", "were", "no", "casualties"], [1, 1, 3, 1],
                 ["expl", "ROOT", "det", "attr"])
    assert _no_hit(doc[3])
    # "hitting nobody", "without hitting anyone", "was not injured"
    doc = parsed(["hitting", "nobody"], [0, 0], ["ROOT", "dobj"])
    assert _no_hit(doc[0])
    doc = parsed(["without", "hitting", "anyone"], [0, 0, 1], ["ROOT", "pcomp", "dobj"])
    assert _no_hit(doc[1])
    doc = parsed(["he", "was", "not", "injured"], [3, 3, 3, 3],
                 ["nsubjpass", "auxpass", "neg", "ROOT"])
    assert _no_hit(doc[3])
    # a hit told: "killing two", "two people were killed"
    doc = parsed(["killing", "two"], [0, 0], ["ROOT", "dobj"])
    assert not _no_hit(doc[0])
    doc = parsed(["two", "people", "were", "killed"], [1, 3, 3, 3],
                 ["nummod", "nsubjpass", "auxpass", "ROOT"])
    assert not _no_hit(doc[3])
