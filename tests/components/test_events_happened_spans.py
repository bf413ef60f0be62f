"""The war told as a span of time (happened/spans.py): a verb counting how long the fighting
has lasted tells the war as a state, whatever its side's name reads as."""

import eventdesk
from eventdesk.components.events.happened import modality
from eventdesk.components.events.happened.spans import entered_span
from eventdesk.components.triggers import sentence_clauses
from eventdesk.records import Document


def test_a_side_named_by_a_place_word_names_no_place_of_the_fighting():
    """"As fighting between the army and Kachin rebels entered its second year": "Kachin",
    read as a place too, is the side's name, not where the fighting is told; the war told
    as a state stays background."""
    text = ("Aid agencies appealed for more funds on Monday as fighting between the army and "
            "Kachin rebels entered its second year.")
    doc = eventdesk.load().parse(Document(text=text, doc_id="t", published="2024-05-10"))
    fighting = [c for _, found in sentence_clauses(doc) for c in found
                if any(t.lower_ == "fighting" for t in c.tokens)]
    assert fighting and all(entered_span(doc, c, modality()) for c in fighting)
