"""One list of the ground a side takes (triggers.toml `ground_words`): read both by the
capture predicates (what a capture takes that is not people) and by happened/counting.py's
`named_ground` (a named place taken, news in the present perfect)."""

import importlib

from eventdesk.components.events import subtype
from eventdesk.components.events.common import lexicon
from eventdesk.components.events.subtype import captives


def test_every_ground_word_is_ground_a_capture_takes():
    ground = captives._taken_ground()
    assert lexicon()["ground_words"] <= ground
    # landmarks and settlements alike: "seized the military airport", "the rebel bastion"
    assert {"bastion", "airport", "mountain", "farm", "town", "front"} <= ground


def test_the_capture_predicates_keep_no_list_of_their_own():
    for name in subtype.ORDER:
        module = importlib.import_module(f"{subtype.__name__}.{name}")
        assert not hasattr(module, "TAKEN_GROUND"), name
