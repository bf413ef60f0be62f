"""Issue 9's namesake probes (bench/data/namesake_reports*.jsonl): reports whose place has a
namesake abroad, or that name a place of another country in passing. No event of theirs is
coded in a country none of the report's gold events is in."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"


@pytest.mark.parametrize("name", ["namesake_reports.jsonl", "namesake_reports2.jsonl"])
def test_no_event_of_a_namesake_probe_is_placed_in_another_country(name):
    import eventdesk
    from eventdesk.evaluate import load_gold
    from eventdesk.records import Document

    gold = load_gold(DATA / name)
    documents = [Document(text=d.text, doc_id=d.doc_id, published=d.published,
                          outlet=d.outlet, title=d.title) for d in gold]
    countries = {d.doc_id: {e.country for e in d.events} for d in gold}
    abroad = [(result.document.doc_id, event.country, event.location)
              for result in eventdesk.load().pipe(documents)
              for event in result.events
              if event.country and event.country not in countries[result.document.doc_id]]
    assert abroad == []
