"""The most seconds one report may take to code (setting `report_timeout`): a stage that
loops for ever, or runs pathologically long, fails its report alone instead of hanging the
batch.

In a process's main thread (`--jobs 1`, each worker process of `--jobs N`) the limit is a
SIGALRM timer (`signal.setitimer`), which also cuts a sleep or a blocking read short. In any
other thread (a Dask worker's task, a caller's thread) a timer thread raises TimeUp in the
coding thread (CPython's `PyThreadState_SetAsyncExc`). Either way Python code is stopped
between two bytecodes; a hang inside one native call is stopped only when that call returns.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
import time
from collections.abc import Iterator

from eventdesk import settings
from eventdesk.errors import UsageError


class TimeUp(BaseException):  # noqa: N818 - a signal, not an error: the caller words it
    """Raised where the code was when the limit passed: a BaseException, so a stage's own
    `except Exception` cannot swallow it."""


# The longest limit that can be set (11.6 days): timers overflow the platform's time_t
# somewhere above it; 0 is how to ask for no limit
MAX_TIMEOUT = 1_000_000


def report_timeout() -> float:
    """The `report_timeout` setting in seconds (0: no limit); UsageError when malformed or
    above MAX_TIMEOUT."""
    value = settings.seconds("report_timeout")
    if value > MAX_TIMEOUT:
        raise UsageError(f"the report_timeout setting must be at most {MAX_TIMEOUT:,} seconds "
                         f"(0 = no limit), not {value:g}")
    return value


def time_limit(seconds: float) -> contextlib.AbstractContextManager:
    """TimeUp inside the block once `seconds` have passed (0: no limit)."""
    if seconds <= 0:
        return contextlib.nullcontext()
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        return _alarm(seconds)
    return _raised_from_a_timer(seconds)


@contextlib.contextmanager
def _raised_from_a_timer(seconds: float) -> Iterator[None]:
    """Off the main thread: a timer thread raises TimeUp in this one. A TimeUp still pending
    when the block ends is withdrawn, so it never lands after the block."""
    thread_id, lock, done = ctypes.c_ulong(threading.get_ident()), threading.Lock(), []

    def expire():
        with lock:
            if not done:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(thread_id, ctypes.py_object(TimeUp))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            done.append(True)
            timer.cancel()
            ctypes.pythonapi.PyThreadState_SetAsyncExc(thread_id, None)


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """In the main thread: SIGALRM. Any handler and timer already set (an outer limit,
    `signal.alarm`) are put back afterwards, the timer less the time spent, and an outer
    timer due first still fires its own handler."""
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
