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
    assert _fear_that_told(passive[2])
    active = Doc(vocab, words=["he", "thought", "jets", "bombed", "it"], heads=[1, 1, 3, 1, 3],
                 deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj"],
                 tags=["PRP", "VBD", "NNS", "VBD", "PRP"])
    assert not _fear_that_told(active[1])
