"""What someone "thought" had happened is a mistaken belief, no event (cue fear, its word
"thought"; the no-event examples are in modality.toml); a passive "thought" reports a
death with caution, as "feared" does (happened/irrealis.py `_fear_that_told`)."""

import pytest

import eventdesk


def _kinds(text):
    return [e.sub_event_type for e in eventdesk.extract(text, published="2021-06-15")]


@pytest.mark.slow
def test_a_recollection_of_what_someone_thought_had_happened_is_no_event():
    assert _kinds("When the ground shook on Monday, a shopkeeper in Tal Afar thought the "
                  "army had dropped a bomb on his street.") == []


@pytest.mark.slow
def test_deaths_a_passive_thought_reports_took_place():
    assert _kinds("Five villagers are thought to have been killed in an air strike on Tal "
                  "Afar on Monday.") == ["Air/drone strike"]


def test_thought_as_a_passive_or_a_noun_is_no_belief_that_bars_the_deed():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from eventdesk.components.events.happened.irrealis import _fear_that_told

    vocab = English().vocab
    passive = Doc(vocab, words=["five", "are", "thought", "killed"], heads=[2, 2, 2, 2],
                  deps=["nsubjpass", "auxpass", "ROOT", "oprd"], tags=["CD", "VBP", "VBN", "VBN"])
    assert _fear_that_told(passive[2], passive[3])
    active = Doc(vocab, words=["he", "thought", "jets", "bombed", "it"], heads=[1, 1, 3, 1, 3],
                 deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj"],
                 tags=["PRP", "VBD", "NNS", "VBD", "PRP"],
                 pos=["PRON", "VERB", "NOUN", "VERB", "PRON"])
    assert not _fear_that_told(active[1], active[3])
    # "police thought the blast was caused by ...": the deed noun is what the belief is
    # about, the subject of its complement, not the complement's own deed
    about = Doc(vocab, words=["police", "thought", "the", "blast", "was", "caused"],
                heads=[1, 1, 3, 5, 5, 1], deps=["nsubj", "ROOT", "det", "nsubjpass", "auxpass",
                                                "ccomp"],
                tags=["NNS", "VBD", "DT", "NN", "VBD", "VBN"],
                pos=["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB"])
    assert _fear_that_told(about[1], about[3])


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), [
    ("The raid, thought to be the work of bandits, killed four herders near Tal Afar on "
     "Monday.", "Attack"),
    ("The bombing of a bus station in Tal Afar on Monday, thought to have been carried out by "
     "militants, killed six people.", None),
    ("Officials thought the explosion in Tal Afar on Monday was set off by a suicide bomber; "
     "it killed six people.", None),
])
def test_a_thought_aside_or_a_belief_about_the_deed_keeps_it(text, kind):
    kinds = _kinds(text)
    assert len(kinds) == 1 and kind in (None, kinds[0])
