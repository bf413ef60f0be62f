"""security_restored.py reads its disasters from the typing table's cue list `disasters`,
the list rule harm-by-nature-or-accident reads too (one list of each kind of word)."""

import pytest
from spacy.lang.en import English

from eventdesk.components import security_restored
from eventdesk.components.events.rules import load_table
from eventdesk.components.events.subtype.table import TABLE, compile_table, rule_table
from eventdesk.errors import RuleDataError


def _verb_of(words: list[str], lemmas: dict[str, str], verb: str):
    """A one-sentence Doc built by hand (no model): `verb`'s token, with lemmas given."""
    doc = English()(" ".join(words))
    for tok in doc:
        tok.is_sent_start = tok.i == 0
        tok.lemma_ = lemmas.get(tok.text, tok.text.lower())
    return next(t for t in doc if t.text == verb)


def test_disasters_are_one_list_in_the_typing_table():
    cues = rule_table().cues
    disasters, nature = cues["disasters"], cues["nature_or_accident"]
    assert {"flood", "earthquake", "cyclone"} <= disasters.words
    assert disasters.words <= nature.words and set(disasters.phrases) <= set(nature.phrases)
    # the module keeps no disaster word of its own
    assert security_restored.UNREST_WORDS.isdisjoint(disasters.words)


def test_security_restored_reads_the_disasters_from_the_table(monkeypatch):
    words = "Troops restored security to the town after the zizzard .".split()
    verb = _verb_of(words, {"restored": "restore"}, "restored")
    assert not security_restored.lost_to_no_armed_side(verb)   # no such disaster in the table
    data = load_table(TABLE)
    table = compile_table(dict(data, cue=dict(data["cue"], disasters=["zizzard"])))
    monkeypatch.setattr(security_restored, "rule_table", lambda: table)
    assert security_restored.lost_to_no_armed_side(verb)
    # a fight named keeps the ground retaken
    fought = _verb_of([*words[:-1], "and", "clashes", "."], {"clashes": "clash"}, "restored")
    assert not security_restored.lost_to_no_armed_side(fought)


def test_a_flood_or_a_riot_is_lost_to_no_armed_side():
    for text, lemmas in (("Police restored security after the floods .", {"floods": "flood"}),
                         ("Police restored security after the riots .", {"riots": "riot"})):
        verb = _verb_of(text.split(), lemmas, "restored")
        assert security_restored.lost_to_no_armed_side(verb), text


def test_days_of_flooding_or_heavy_storms_are_disasters_but_storming_is_not():
    """The noun "flooding" keeps its own lemma and bare "storm" would catch "stormed": the
    list names them as nouns are written."""
    for text, lemmas in (("Troops restored security after days of flooding .", {}),
                         ("Troops restored security after heavy storms .", {"storms": "storm"})):
        verb = _verb_of(text.split(), lemmas, "restored")
        assert security_restored.lost_to_no_armed_side(verb), text
    stormed = _verb_of("Troops stormed the town and restored security .".split(),
                       {"stormed": "storm"}, "restored")
    assert not security_restored.lost_to_no_armed_side(stormed)


def test_a_cue_list_includes_another_by_name_only_once_deep():
    data = load_table(TABLE)
    with pytest.raises(RuleDataError, match="no list so named") as err:
        compile_table(dict(data, cue=dict(data["cue"], loops=["@nowhere"])))
    assert "typing.toml" in str(err.value)
    with pytest.raises(RuleDataError, match="includes a list itself") as err:
        compile_table(dict(data, cue=dict(data["cue"], deep=["@nature_or_accident"])))
    assert "typing.toml" in str(err.value)
