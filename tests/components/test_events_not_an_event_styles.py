"""Issue 8, "did it happen": invented sentences of the styles that tell no event (background,
tallies, plans, threats, denials, habits, trials, war words in another sense, speech about
other times, retellings, charges at large) code none, and real events of the same shape
still code one. The full pipeline, as `eventdesk eval` runs it: a record must be placed to
count (GUIDELINES, Scoring). The sentences are in not_an_event_styles.txt."""

import datetime as dt
from pathlib import Path

import pytest

import eventdesk
from eventdesk.records import Document

pytestmark = pytest.mark.slow

LINES = [line.split("\t", 2) for line in
         (Path(__file__).with_name("not_an_event_styles.txt")).read_text("utf-8").splitlines()
         if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def placed():
    """Each sentence's placed records, coded in one stream."""
    docs = [Document(text=text, doc_id=str(n), published=dt.date.fromisoformat(day))
            for n, (_, day, text) in enumerate(LINES)]
    return {doc.text: [(e.sub_event_type, e.location) for e in events
                       if e.latitude is not None or e.admin1]
            for doc, events in eventdesk.load().pipe(docs)}


@pytest.mark.parametrize("text", [t for kind, _, t in LINES if kind == "N"],
                         ids=lambda t: t[:40])
def test_no_event_is_coded(placed, text):
    assert placed[text] == []


@pytest.mark.parametrize("text", [t for kind, _, t in LINES if kind == "E"],
                         ids=lambda t: t[:40])
def test_the_event_is_coded(placed, text):
    assert placed[text]
