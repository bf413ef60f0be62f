"""NER over text padded with runs of spaces: names are read as if the spaces were single,
and the Doc keeps the input's text."""

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span

import eventdesk
from eventdesk.components.spaced_ner import carry_entities, compact, split_at_an_article


def test_the_copy_leaves_out_in_line_space_tokens_only():
    vocab = English().vocab
    doc = Doc(vocab, words=["killed", "in", " ", "Tal", "Afar", "\n", "Police"],
              spaces=[True, True, False, True, False, False, False])
    copy, kept = compact(doc)
    assert [t.text for t in copy] == ["killed", "in", "Tal", "Afar", "\n", "Police"]
    assert kept == [0, 1, 3, 4, 5, 6]
    copy.ents = [Span(copy, 2, 4, label="GPE")]
    carry_entities(doc, copy, kept)
    assert [(e.text, e.label_) for e in doc.ents] == [("Tal Afar", "GPE")]
    assert doc.text == "killed in  Tal Afar\nPolice"


def test_the_copy_keeps_the_tokenizers_norms():
    nlp = English()
    doc = nlp("captured  Birao on Oct. 29")
    copy, kept = compact(doc)
    assert [t.norm_ for t in copy] == [doc[k].norm_ for k in kept]
    assert "October" in [t.norm_ for t in copy]


def test_a_doc_without_runs_of_spaces_is_not_copied():
    doc = Doc(English().vocab, words=["killed", "in", "Tal", "Afar"])
    assert compact(doc) is None


@pytest.mark.slow
def test_a_name_after_two_spaces_is_placed():
    text = ("Another civilian was killed and nine wounded further north in  Tal Afar when a "
            "package placed in the back of a car blew up, said  the US military.")
    events = eventdesk.extract(text, published="2006-03-30")
    assert events and events[0].location == "Tall Afar"
    assert text[events[0].evidence_start:events[0].evidence_end].startswith("Another civilian")


def _tagged(words, pos, ents):
    doc = Doc(English().vocab, words=words, pos=pos)
    doc.ents = [Span(doc, a, b, label="ORG") for a, b in ents]
    return doc


def test_two_names_read_as_one_across_the_are_split():
    doc = _tagged(["signed", "in", "Tal", "Afar", "the", "Accord", "for", "Peace"],
                  ["VERB", "ADP", "PROPN", "PROPN", "DET", "PROPN", "ADP", "PROPN"], [(2, 8)])
    split_at_an_article(doc)
    assert [e.text for e in doc.ents] == ["Tal Afar", "Accord for Peace"]


def test_the_inside_a_name_after_a_preposition_stays():
    doc = _tagged(["in", "the", "Republic", "of", "the", "Congo"],
                  ["ADP", "DET", "PROPN", "ADP", "DET", "PROPN"], [(2, 6)])
    split_at_an_article(doc)
    assert [e.text for e in doc.ents] == ["Republic of the Congo"]


def test_the_wrapper_is_put_in_place_with_spacys_public_pipeline_api():
    """wrap_ner went through spaCy's private `nlp._components`; now the wrapper is a
    component of its own after `ner`, which stays spaCy's recogniser, disabled."""
    from spacy.pipeline import EntityRecognizer

    from eventdesk.components.spaced_ner import SPACED_NER, SpacedNer, wrap_ner

    nlp = English()
    nlp.add_pipe("ner")
    nlp.get_pipe("ner").add_label("GPE")
    nlp.initialize()
    wrap_ner(nlp)
    wrap_ner(nlp)  # a second call changes nothing
    assert isinstance(nlp.get_pipe("ner"), EntityRecognizer)
    assert nlp.pipe_names == [SPACED_NER] and nlp.disabled == ["ner"]
    assert isinstance(nlp.get_pipe(SPACED_NER), SpacedNer)
    doc = nlp("Shelling  hit Homs.")
    assert [t.text for t in doc][1] == " "  # the Doc keeps its text, runs of spaces and all
    with nlp.select_pipes(disable=[SPACED_NER]):
        assert nlp.pipe_names == [] and "ner" in nlp.disabled


def test_a_pipeline_without_ner_is_left_as_it_is():
    from eventdesk.components.spaced_ner import wrap_ner

    nlp = English()
    wrap_ner(nlp)
    assert nlp.component_names == []
