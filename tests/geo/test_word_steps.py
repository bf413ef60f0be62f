"""`word_after` / `word_before` on a Doc read a per-Doc table (name_spans._word_steps): the
answers must be those of the token texts themselves, for each Doc in turn."""

import spacy

from eventdesk.geo.name_spans import word_after, word_before


def _expected(words, i, step):
    """The plain walk over the token texts, past runs of in-line spaces."""
    i += step
    while 0 <= i < len(words) and words[i].isspace() and "\n" not in words[i]:
        i += step
    return i


def test_word_steps_answer_as_the_token_texts_do_for_two_docs_in_a_row():
    nlp = spacy.blank("en")
    # spaced runs inside a line are skipped; a line break is a word boundary of its own
    first = nlp("killed in   Tal Afar  and\n  near  Mosul")
    second = nlp("Jets struck Homs .  ")   # same positions, other blanks
    for doc in (first, second, first):
        words = [t.text for t in doc]
        for i in range(len(doc)):
            assert word_after(doc, i) == _expected(words, i, 1) == word_after(words, i)
            assert word_before(doc, i) == _expected(words, i, -1) == word_before(words, i)
    assert word_after(second, len(second) - 1) == len(second)
    assert word_before(first, 0) == -1
    # a blank the table marked in the first Doc is no blank in the second
    assert first[2].is_space and not second[2].is_space
    assert word_after(first, 1) == 3 and word_after(second, 1) == 2
    assert word_before(first, 3) == 1 and word_before(second, 3) == 2


def test_word_steps_past_either_end_walk_as_before():
    doc = spacy.blank("en")("in  Homs")
    assert word_after(doc, len(doc) - 1) == len(doc)
    assert word_after(doc, len(doc)) == len(doc) + 1
    assert word_before(doc, 0) == -1
