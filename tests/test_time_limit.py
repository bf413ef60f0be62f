"""The per-report time limit (eventdesk/time_limit.py): SIGALRM in the main thread, any
outer handler and timer put back; a timer thread elsewhere."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from eventdesk.errors import ReportTimeoutError, UsageError, one_line
from eventdesk.time_limit import TimeUp, report_timeout, time_limit


def _spin(seconds: float) -> None:
    """A stage that loops (pure Python, stopped between bytecodes)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_block_past_the_limit_is_stopped():
    start = time.monotonic()
    with pytest.raises(TimeUp), time_limit(0.2):
        _spin(5)
    assert time.monotonic() - start < 2
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_no_limit_at_zero():
    with time_limit(0):
        _spin(0.3)


def test_off_the_main_thread_a_timer_thread_stops_the_block():
    """A Dask worker's task, a caller's thread: no SIGALRM there, the limit still holds."""
    outcome = []

    def in_a_thread():
        start = time.monotonic()
        try:
            with time_limit(0.2):
                _spin(5)
        except TimeUp:
            outcome.append(time.monotonic() - start)
        with time_limit(0.2):  # a block that ends in time is not stopped, then or later
            pass
        _spin(0.4)
        outcome.append("after")

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    assert len(outcome) == 2 and outcome[0] < 2 and outcome[1] == "after"


def _outer_alarm(seconds: float):
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    signal.setitimer(signal.ITIMER_REAL, seconds)
    return fired, previous


def test_an_outer_handler_and_timer_are_put_back():
    fired, previous = _outer_alarm(30)
    handler = signal.getsignal(signal.SIGALRM)
    try:
        with time_limit(5):
            pass
        assert signal.getsignal(signal.SIGALRM) is handler
        assert 25 < signal.getitimer(signal.ITIMER_REAL)[0] <= 30
        assert fired == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_an_outer_timer_due_first_fires_its_own_handler_and_the_limit_holds():
    fired, previous = _outer_alarm(0.1)
    try:
        with pytest.raises(TimeUp), time_limit(0.4):
            _spin(5)
        assert fired == [signal.SIGALRM]
        assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_the_limit_is_a_setting(monkeypatch):
    assert report_timeout() == 600
    monkeypatch.setenv("EVENTDESK_REPORT_TIMEOUT", "0")
    assert report_timeout() == 0
    monkeypatch.setenv("EVENTDESK_REPORT_TIMEOUT", "soon")
    with pytest.raises(UsageError, match="report_timeout"):
        report_timeout()
    # found by probing: a limit this long overflowed the timers (OverflowError, time_t)
    monkeypatch.setenv("EVENTDESK_REPORT_TIMEOUT", "1e12")
    with pytest.raises(UsageError, match="at most 1,000,000 seconds"):
        report_timeout()


def test_the_error_names_the_limit():
    error = ReportTimeoutError(1.5)
    assert error.code == "E015" and one_line(error).startswith("took longer than 1.5 s to code")
