"""Full-text search: user input is plain words, bounded in number, length and time."""

from __future__ import annotations

import pytest
from store_helpers import make_document

from eventdesk.errors import QueryTimeoutError
from eventdesk.store import search as search_module
from eventdesk.store.search import MAX_SEARCH_TERMS, MAX_TERM_CHARS, fts_terms


@pytest.mark.parametrize("q, terms", [
    ("Aleppo", ['"Aleppo"']),
    ("  shelling   Aleppo ", ['"shelling"', '"Aleppo"']),
    ('say "hi"', ['"say"', '"""hi"""']),
    ("NEAR(a* b*) AND c OR d", ['"NEAR(a*"', '"b*)"', '"AND"', '"c"', '"OR"', '"d"']),
    ("a\x00b\x1fc", ['"a"', '"b"', '"c"']),
    ("zero\u200bwidth", ['"zerowidth"']),
    ("( ) * - \" ^", []),
    ("", []),
    ("x x X", ['"x"', '"X"']),
])
def test_search_text_becomes_quoted_plain_words(q, terms):
    assert fts_terms(q) == terms


def test_search_words_are_capped_in_number_and_length():
    terms = fts_terms(" ".join(f"w{i}" for i in range(100)))
    assert len(terms) == MAX_SEARCH_TERMS == 20
    [long] = fts_terms("y" * 5000)
    assert long == '"' + "y" * MAX_TERM_CHARS + '"'


def test_search_finds_all_words_and_ignores_operators(store):
    store.add(make_document("a", text="Shelling hit Aleppo near the citadel."), [],
              extractor_version="v1")
    store.add(make_document("b", text="Protest in Homs.", outlet="B"), [],
              extractor_version="v1")
    assert [h["doc_id"] for h in store.search("aleppo shelling")] == ["a"]
    assert store.search("aleppo homs") == []
    assert store.search("NEAR(aleppo homs)") == []
    assert [h["doc_id"] for h in store.search("al* Homs")] == []  # no prefix syntax
    assert [h["doc_id"] for h in store.search('"Homs"')] == ["b"]
    assert store.search("\x00") == []


def test_a_search_past_its_deadline_is_stopped_and_the_store_goes_on(store):
    conn = store._conn
    conn.execute("BEGIN")
    for i in range(3000):
        conn.execute(
            "INSERT INTO documents (doc_id, content_hash, text, extractor_version, ingested_at)"
            " VALUES (?, ?, ?, 'v1', '2024-01-01')",
            (f"d{i}", f"h{i}", f"the army shelled the town {i} and the people fled the town"))
    conn.execute("COMMIT")
    with pytest.raises(QueryTimeoutError, match="longer than 0 s") as caught:
        store.search("the town", limit=1000, timeout_s=0)
    assert caught.value.code == "E010"
    hits, ranked = store.search_ranked("the town", limit=5, timeout_s=30)
    assert len(hits) == 5 and ranked
    assert store.counts()["documents"] == 3000


def test_words_too_common_to_rank_in_time_give_the_newest_reports(store, monkeypatch):
    for i in range(300):
        store.add(make_document(f"d{i}", text=f"The town was shelled, report {i}."), [],
                  extractor_version="v1")
    monkeypatch.setattr(search_module, "_RANKING_SHARE", 0.0)  # ranking always runs out
    hits, ranked = store.search_ranked("town shelled", limit=3, timeout_s=30)
    assert not ranked
    assert [h["doc_id"] for h in hits] == ["d299", "d298", "d297"]
