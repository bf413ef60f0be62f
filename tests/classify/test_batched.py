"""The classifier stage over a batch of reports (one encoder call per batch) gives what it
gives each report alone, to the bit."""

import pytest

from eventdesk.classify.model import Example

SENTENCES = [
    "Gunmen stormed a checkpoint near Oldtown on Friday, killing two guards.",
    "Villagers marched to the district office to demand clean water.",
    "The navy intercepted a boat carrying rifles off the coast of Westport.",
]


def _at(sentence: str, word: str) -> Example:
    start = sentence.index(word)
    return Example(sentence, start, start + len(word))


def test_groups_are_predicted_as_each_group_alone():
    from eventdesk.classify import load_classifier

    classifier = load_classifier()
    groups = [
        [_at(SENTENCES[0], "stormed"), _at(SENTENCES[0], "killing")],
        [],
        [_at(SENTENCES[1], "marched")],
        [_at(SENTENCES[2], "intercepted"), _at(SENTENCES[0], "stormed")],
    ]
    assert classifier.predict_groups(groups) == [classifier.predict(g) for g in groups]
    assert classifier.predict_groups([[], []]) == [[], []]


@pytest.mark.slow
def test_a_batch_of_reports_gets_the_proposals_and_triggers_of_each_alone():
    import eventdesk
    from eventdesk.records import Document

    reports = [
        Document(" ".join(SENTENCES), doc_id="a", published="2021-05-02"),
        Document("Troops brought three hamlets near Eastfield under their control after "
                 "rebels withdrew. Residents said the market stayed shut.", doc_id="b",
                 published="2021-05-03"),
        Document("The weather was mild in Northbay on Sunday.", doc_id="c",
                 published="2021-05-04"),
    ]
    pipe = eventdesk.load()
    batched = list(pipe.parse_many(reports, batch_size=3))
    for report, doc in zip(reports, batched, strict=True):
        alone = pipe.parse(report)
        assert doc._.proposals == alone._.proposals
        assert doc._.triggers == alone._.triggers
    assert any(doc._.proposals for doc in batched)
