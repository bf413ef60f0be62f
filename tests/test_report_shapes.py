"""Report text composed from the shapes news is written in (tests/report_text.py:
datelines, "60 km east of X", lists of places, quoted retellings, tickers, odd numbers and
dates, Unicode and zero-width characters) through the real pipeline: no report fails, and
every record keeps the invariants. bench/fuzz_reports.py runs the same strategies at
scale; the fixed examples are what it found."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from report_text import PUBLISHED, invariant_problems, report

import eventdesk
from eventdesk.records import Document


@pytest.fixture(scope="module")
def pipeline():
    return eventdesk.load()


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Soldiers stormed a village ² km north of Homs on Friday.",     # place measures
    "Soldiers stormed a village 5² km north of Homs on Friday.",
    "Gunmen have shot dead ① officials in Homs.",                   # a few acted upon
    "Both sides have shelled ² villages in Homs, and rebels have captured ² towns.",
    "Hassan, ², was captured by soldiers in Homs on Friday.",       # an age in apposition
])
def test_a_digit_that_is_no_number_fails_no_report(pipeline, text):
    """Found by bench/fuzz_reports.py: "²", "①" are digits to str.isdigit but no number to
    int() or float(); each of these failed its report as a bug (E008)."""
    result = pipeline.code(Document(text=text, doc_id="digits", published=dt.date(2014, 5, 10)))
    assert result.failure is None, result.failure


@pytest.mark.slow
@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(text=report(noise=True), published=PUBLISHED)
def test_composed_reports_keep_the_record_invariants(pipeline, text, published):
    [result] = pipeline.pipe([Document(text=text, doc_id="shapes", published=published)])
    assert result.failure is None, result.failure
    for event in result.events:
        assert invariant_problems(event, text, published) == [], event
