"""The tokens of a report's place and actor mentions, kept on the Doc for the event coder's
many asks, follow the mention lists the Doc holds."""

from types import SimpleNamespace

from eventdesk.components.events.common import actor_tokens, place_tokens


def _mention(start, end):
    return SimpleNamespace(start=start, end=end)


def test_place_and_actor_tokens_are_read_again_when_a_stage_sets_new_mentions(parsed):
    doc = parsed(["Jets", "struck", "Idlib", "and", "Ariha"], [1, 1, 1, 2, 2],
                 ["nsubj", "ROOT", "dobj", "cc", "conj"])
    doc._.places = [_mention(2, 3)]
    doc._.actors = [_mention(0, 1)]
    assert place_tokens(doc) == {2} and actor_tokens(doc) == {0}
    doc._.places = [_mention(2, 3), _mention(4, 5)]
    assert place_tokens(doc) == {2, 4} and actor_tokens(doc) == {0}
    doc._.actors = None
    assert actor_tokens(doc) == frozenset()
