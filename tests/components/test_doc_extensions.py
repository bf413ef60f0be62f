"""`doc_ext` reads an extension where spaCy keeps it, skipping the Underscore object spaCy
builds on every `doc._`: it must give what `doc._` gives, for every extension, set or not
(a spaCy that kept extensions elsewhere would fail here, not silently code nothing)."""

import datetime as dt

import pytest

from eventdesk.extensions import DOC_EXTENSIONS, doc_ext


@pytest.mark.parametrize("name", sorted(DOC_EXTENSIONS))
def test_doc_ext_reads_what_doc_underscore_reads(parsed, name):
    doc = parsed(["Gunmen", "struck", "Korvo"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert doc_ext(doc, name) is None and doc._.get(name) is None
    value = [object()] if name != "published" else dt.date(2024, 3, 8)
    doc._.set(name, value)
    assert doc_ext(doc, name) is doc._.get(name) is value
    doc._.set(name, None)
    assert doc_ext(doc, name) is None
