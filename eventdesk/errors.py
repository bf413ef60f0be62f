"""One catalogue of coded, actionable errors.

Library code raises these; only the CLI turns them into messages and exit codes.
"""

from __future__ import annotations

import errno


class EventdeskError(Exception):
    """Base of every error a user can cause or fix. `code` is stable and documented."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(EventdeskError):
    """A document cannot be read or is not a news report eventdesk can process."""

    code = "E001"


class ModelError(EventdeskError):
    """The spaCy model is missing or has the wrong version."""

    code = "E002"


class GazetteerError(EventdeskError):
    """The gazetteer index is missing, corrupt, or an import file is malformed."""

    code = "E003"


class GoldFormatError(EventdeskError):
    """A gold or prediction file does not follow GUIDELINES.md."""

    code = "E004"


class StoreError(EventdeskError):
    """The event store cannot be opened, migrated or queried."""

    code = "E005"


class UsageError(EventdeskError):
    """An option has an impossible value (e.g. an unparseable --published)."""

    code = "E006"


class ActorDataError(EventdeskError):
    """An actor data file (eventdesk/data/actors/*.toml) is malformed or inconsistent."""

    code = "E007"


# Why a report failed when the process coding it died (the E008 message of both the worker
# pools of --jobs N and a Dask worker's coding journal)
WORKER_DIED = ("the worker process coding this report died (killed, out of memory, or a crash "
               "in native code)")


class InternalError(EventdeskError):
    """A bug: coding one document failed unexpectedly. The batch goes on without it; the
    message names the document and the cause (the traceback is logged at debug level:
    EVENTDESK_DEBUG=1)."""

    code = "E008"


def coded(exc: BaseException) -> EventdeskError:
    """`exc` as a catalogue error: EventdeskErrors keep their code, except usage errors,
    which document content can never cause, so from inside the pipeline they are bugs too.
    A wrapped exception is told by its original cause (spaCy re-raises a component's
    KeyError as a ValueError about `initialize()`)."""
    while not isinstance(exc, EventdeskError) and isinstance(exc.__cause__, Exception):
        exc = exc.__cause__
    if isinstance(exc, EventdeskError) and not isinstance(exc, UsageError):
        return exc
    return InternalError(one_line(exc))


# Why a file could not grow: a full disk or quota, a file-size limit (`ulimit -f`)
NO_ROOM_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
NO_ROOM_HINT = "is the disk full, or a file-size limit reached?"
# The first bytes of every SQLite file: a store or an index that a write must not replace
SQLITE_HEADER = b"SQLite format 3\x00"


def out_of_room(exc: BaseException) -> bool:
    """Whether `exc` says a file could not grow: an OSError of NO_ROOM_ERRNOS, or SQLite's
    SQLITE_FULL or SQLITE_IOERR (its word for a write the system refused)."""
    if isinstance(exc, OSError):
        return exc.errno in NO_ROOM_ERRNOS
    return getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_FULL", "SQLITE_IOERR"))


def one_line(exc: BaseException, width: int = 200) -> str:
    """An exception as one short line: the first line of its message, after its class
    unless it is a catalogue error (whose code says what it is). An exception whose message
    cannot be made (its `__str__` raises) is its class alone."""
    try:
        lines = str(exc).strip().splitlines()
    except Exception:  # noqa: BLE001 - the message of a failure must not fail itself
        lines = []
    first = lines[0] if lines else ""
    if not (first and isinstance(exc, EventdeskError)):
        first = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    return first if len(first) <= width else first[: width - 1] + "…"


class RuleDataError(EventdeskError):
    """A coding rule table (eventdesk/data/rules/*.toml) is malformed or names an unknown
    predicate, cue or sub-type."""

    code = "E011"


class RecordError(EventdeskError):
    """A document or event holds a value the store cannot keep (a string that is not valid
    Unicode, coordinates out of range, evidence offsets outside the text, ...): that document
    is recorded as failed and the rest of the batch is stored."""

    code = "E009"


class QueryTimeoutError(StoreError):
    """A store query ran past its time limit (e.g. a full-text search over many common
    terms) and was stopped; a narrower query answers."""

    code = "E010"


class DownloadError(GazetteerError):
    """A GeoNames file cannot be fetched or is damaged (404, refused, truncated, bad zip)."""

    code = "E012"


class ClusterError(EventdeskError):
    """A Dask cluster cannot be started or reached, its workers run another eventdesk
    version, or a partition of a distributed run could not be coded (a re-run resumes)."""

    code = "E013"


class OutputError(EventdeskError):
    """The output cannot be written (standard output or an -o file): the disk is full, the
    quota is used up, the file system is read-only. An -o file keeps its old contents."""

    code = "E014"


class ReportTimeoutError(EventdeskError):
    """Coding one report took longer than the report_timeout setting (a stage looping for
    ever or running pathologically long): that report fails alone, the batch goes on."""

    code = "E015"

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"took longer than {seconds:g} s to code (setting report_timeout, "
                         f"env EVENTDESK_REPORT_TIMEOUT; 0 = no limit)")
