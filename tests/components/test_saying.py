"""The one lexicon of verbs of saying (data/rules/lexicon.toml, components/saying.py):
each named set is what its reader needs, shown by a sentence per difference where the
reader can be run on a hand-parsed Doc, and pinned verb by verb otherwise."""

from types import SimpleNamespace

import pytest

from eventdesk.components import saying
from eventdesk.components.events.place_mentions.aside import where_spoken
from eventdesk.components.events.subtype.demonstrations import no_force_in_clause
from eventdesk.components.events.subtype.retold_strikes import strike_claimed_by_the_striker
from eventdesk.components.events.subtype.table import ClauseFacts
from eventdesk.errors import RuleDataError

BASE = {"say", "tell", "report", "claim", "announce", "state", "add", "confirm", "allege",
        "quote"}


@pytest.mark.parametrize(("name", "expected"), [
    ("speech", BASE),
    ("telling_clause", BASE | {"estimate", "describe", "accuse", "blame", "deny", "warn",
                               "call", "urge", "condemn", "insist", "note", "write",
                               "document", "record"}),
    ("spoken_from_a_place", {"say", "tell", "add", "speak", "explain"}),
    ("striker_telling_its_aim", {"say", "claim", "announce", "state", "confirm", "add"}),
    ("speaker_beside_a_crowd", {"say", "tell", "report", "confirm", "add", "announce",
                                "state"}),
    ("passing_on", {"say", "tell", "report", "state", "add", "confirm"}),
    ("any_deed", {"say", "report", "claim", "tell", "be", "have", "call", "make", "take",
                  "get", "go", "come"}),
])
def test_each_named_set_is_its_readers_list(name, expected):
    assert saying.saying_verbs(name) == expected


def test_the_modality_speech_cue_reads_its_words_from_the_lexicon():
    from eventdesk.components.events.happened.table import modality
    assert modality().words["speech"] == saying.saying_verbs("telling_clause")


def test_an_unknown_set_or_a_verb_dropped_from_outside_the_base_is_refused(tmp_path,
                                                                           monkeypatch):
    with pytest.raises(RuleDataError, match="no set 'spoken'"):
        saying.saying_verbs("spoken")
    bad = tmp_path / "lexicon.toml"
    bad.write_text('[saying]\nverbs = ["say"]\n[saying.sets.x]\nabout = "a"\n'
                   '[saying.sets.x.drop]\nshout = "not in the base"\n')
    monkeypatch.setattr(saying, "LEXICON", bad)
    saying._sets.cache_clear()
    try:
        with pytest.raises(RuleDataError, match="shout"):
            saying.saying_verbs("x")
    finally:
        monkeypatch.undo()
        saying._sets.cache_clear()


def _place_after(parsed, verb, lemma):
    # "The spokesman <verb> in Kindu on Friday": the place hung on the verb
    doc = parsed(["The", "spokesman", verb, "in", "Kindu"], [1, 2, 2, 2, 3],
                 ["det", "nsubj", "ROOT", "prep", "pobj"],
                 pos=["DET", "NOUN", "VERB", "ADP", "PROPN"],
                 lemmas=["the", "spokesman", lemma, "in", "Kindu"])
    return where_spoken(doc[4])


@pytest.mark.parametrize(("verb", "lemma", "speakers_place"), [
    ("said", "say", True),
    ("spoke", "speak", True),         # added: where the speaker stood
    ("explained", "explain", True),   # added
    ("reported", "report", False),    # dropped: "clashes reported in X" is the scene
    ("confirmed", "confirm", False),  # dropped: the scene
    ("claimed", "claim", False),      # dropped: the deed claimed
    ("announced", "announce", False),  # dropped, unreviewed
])
def test_a_place_after_a_verb_of_saying_is_the_speakers_only_for_its_set(
        parsed, verb, lemma, speakers_place):
    assert _place_after(parsed, verb, lemma) is speakers_place


def _striker_says(parsed, verb, lemma):
    # "(air strike before) The army <verb> it targeted a commander"
    doc = parsed(["The", "army", verb, "it", "targeted", "a", "commander"],
                 [1, 2, 2, 4, 2, 6, 4], ["det", "nsubj", "ROOT", "nsubj", "ccomp", "det",
                                         "dobj"],
                 pos=["DET", "NOUN", "VERB", "PRON", "VERB", "DET", "NOUN"],
                 lemmas=["the", "army", lemma, "it", "target", "a", "commander"])
    doc._.triggers = [SimpleNamespace(category="air", start=0)]
    clause = SimpleNamespace(root=doc[4], start=3)
    return strike_claimed_by_the_striker(ClauseFacts(doc, clause, "attack", {"attack"},
                                                     None, None))


@pytest.mark.parametrize(("verb", "lemma", "own_account"), [
    ("said", "say", True),
    ("claimed", "claim", True),
    ("reported", "report", False),   # dropped: the press's verb, a third party's account
    ("alleged", "allege", False),    # dropped: a charge against another side
    ("told", "tell", False),         # dropped, unreviewed
])
def test_a_side_telling_its_own_aim_uses_the_striker_set(parsed, verb, lemma, own_account):
    assert _striker_says(parsed, verb, lemma) is own_account


def _police_speaker_only(parsed, verb, lemma):
    # "Police <verb> protesters marched": police only the speaker of the aside
    doc = parsed(["Police", verb, "protesters", "marched"], [1, 1, 3, 1],
                 ["nsubj", "ROOT", "nsubj", "ccomp"],
                 pos=["NOUN", "VERB", "NOUN", "VERB"],
                 lemmas=["police", lemma, "protester", "march"])
    doc._.actors = [SimpleNamespace(start=0, end=1, role_hint="state")]
    clause = SimpleNamespace(tokens=list(doc))
    return no_force_in_clause(ClauseFacts(doc, clause, "protest", {"protest"}, None, None))


@pytest.mark.parametrize(("verb", "lemma", "speaker_only"), [
    ("said", "say", True),
    ("reported", "report", True),
    ("claimed", "claim", False),   # dropped, unreviewed
    ("alleged", "allege", False),  # dropped, unreviewed
])
def test_police_speaking_beside_a_crowd_uses_the_speaker_set(parsed, verb, lemma,
                                                             speaker_only):
    assert _police_speaker_only(parsed, verb, lemma) is speaker_only
