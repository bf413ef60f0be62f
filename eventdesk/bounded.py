"""Whole-file reads that end: a named file is read whole, but a pipe or device has no size
to check and may never end (/dev/zero, /dev/urandom, `<(yes)`), so it is read up to the
max_bytes setting and refused past it, instead of filling the memory until the system
kills the process."""

from __future__ import annotations

from pathlib import Path

from eventdesk.io import is_stream, max_bytes


class TooLong(Exception):  # noqa: N818 - a condition the caller words in its own error
    """A pipe or device sent more than the limit; `str()` says so in a user's words."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"a pipe or device that sent more than the max_bytes limit "
                         f"({limit:,} bytes; env EVENTDESK_MAX_BYTES); nothing was read")


def read_bytes(path: str | Path) -> bytes:
    """The bytes of `path`: a file whole, a pipe or device up to max_bytes (TooLong past
    it). OSError as `open` raises it."""
    with Path(path).open("rb") as handle:
        if not is_stream(handle):
            return handle.read()
        limit = max_bytes()
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLong(limit)
    return data
