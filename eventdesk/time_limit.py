"""The most seconds one report may take to code (setting `report_timeout`): a stage that
loops for ever, or runs pathologically long, fails its report alone instead of hanging the
batch.

The limit is a SIGALRM timer (`signal.setitimer`), so it holds only in a process's main
thread: `--jobs 1` and each worker process of `--jobs N`. In any other thread (a Dask
worker's task, a caller's thread) coding has no limit. Python code is stopped between two
bytecodes; a hang inside one native call is stopped only when that call returns.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator

from eventdesk import settings


class TimeUp(BaseException):  # noqa: N818 - a signal, not an error: the caller words it
    """Raised where the code was when the limit passed: a BaseException, so a stage's own
    `except Exception` cannot swallow it."""


def report_timeout() -> float:
    """The `report_timeout` setting in seconds (0: no limit); UsageError when malformed."""
    return settings.seconds("report_timeout")


def enforced() -> bool:
    """Whether a limit can be kept here (SIGALRM exists and this is the main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """TimeUp inside the block once `seconds` have passed (0: no limit, nor off the main
    thread). Any SIGALRM handler and timer already set (an outer limit, `signal.alarm`)
    are put back afterwards, the timer less the time spent, and an outer timer due first
    still fires its own handler."""
    if seconds <= 0 or not enforced():
        yield
        return
    start = time.monotonic()
    outer_due = False

    def expire(signum, frame):
        nonlocal outer_due
        if not outer_due:
            raise TimeUp(seconds)
        outer_due = False  # the outer timer's turn: its handler, then ours again
        signal.setitimer(signal.ITIMER_REAL, max(seconds - (time.monotonic() - start), 1e-3))
        if callable(previous):
            previous(signum, frame)

    previous = signal.signal(signal.SIGALRM, expire)
    outer, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    if 0 < outer < seconds:
        outer_due = True
        signal.setitimer(signal.ITIMER_REAL, outer)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer > 0 and (outer >= seconds or outer_due):
            left = outer - (time.monotonic() - start)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), interval)
