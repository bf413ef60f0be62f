"""The event coder's records of a report, before the learned vetting (components/vetting.py)
judges whether each is likely to be kept: what the tests of where, when and how many the
coder codes read, so that they test the coder's rules, not the model's judgement."""

import datetime as dt

import eventdesk
from eventdesk.records import Document


def coder_extract(text, published=None, doc_id="-"):
    """`eventdesk.extract` without the learned vetting."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    doc = eventdesk.load().parse(Document(text=text, doc_id=doc_id, published=published),
                                 vetting=False)
    return list(doc._.events or [])


def sub_types(text, published="2024-05-21"):
    """The sub-types `eventdesk.extract` codes from the text, in order: what the typing rules'
    end-to-end tests compare."""
    return [e.sub_event_type for e in eventdesk.extract(text, published=published)]
