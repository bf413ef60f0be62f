"""Command-line interface: thin commands over the library.

Each command lives in its own module with a `register(subparsers)` function. Library code
raises `EventdeskError`; only here is it turned into a message and an exit code.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import os
import signal
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from eventdesk import orphans
from eventdesk.errors import NO_ROOM_ERRNOS, SQLITE_HEADER, EventdeskError, OutputError, UsageError

COMMAND_MODULES = (
    "eventdesk.cli.extract",
    "eventdesk.cli.evaluate",
    "eventdesk.cli.gazetteer",
    "eventdesk.cli.store", "eventdesk.cli.stored",
    "eventdesk.cli.serve",
    "eventdesk.cli.train",
    "eventdesk.cli.watch",
)


def build_parser() -> argparse.ArgumentParser:
    from eventdesk import __version__

    parser = argparse.ArgumentParser(
        prog="eventdesk",
        description="Turn conflict news reports into ACLED-compatible event records.",
    )
    parser.add_argument("--version", action="version", version=f"eventdesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def nonblank(value: str) -> str:
    """argparse type of a text option or argument: an empty value (`--country "$C"` with C
    unset) is a usage error, not the filter left out that matches everything, nor (a PATH
    of `extract` or `ingest`) the current folder, read whole."""
    if not value.strip():
        raise argparse.ArgumentTypeError("is empty: give a value")
    return value


def print_problems(problems, heading: str) -> list:
    """The inputs that could not be read under `heading` ("2 document(s) skipped:"), each
    on its line; a note (a folder's files of other kinds passed over) said apart, since no
    document was skipped. The skipped ones are returned (they decide the exit status)."""
    from eventdesk.io import printable

    skipped = [p for p in problems if not p.note]
    for note in problems:
        if note.note:
            print(printable(f"eventdesk: note: {note.path}: {note.message}"), file=sys.stderr)
    if skipped:
        print(f"eventdesk: {len(skipped)} {heading}:",
              *(printable(f"  {p.path}: {p.message}") for p in skipped), sep="\n", file=sys.stderr)
    return skipped
def nonblank_path(value: str) -> Path:
    """argparse type of a file or folder: an empty value (`--db "$DB"` with DB unset) is a
    usage error, not the default file nor the current folder read or written."""
    return Path(nonblank(value))


def print_failures(failures) -> None:
    """One line per document that failed to be coded: doc_id, error code, cause."""
    from eventdesk.io import printable
    for failure in failures:
        print(printable(f"eventdesk: failed [{failure.code}]: {failure.doc_id}: "
                        f"{failure.message}"), file=sys.stderr)


def cores() -> int:
    """The cores this process may run on (a container's or `taskset`'s share, not the
    machine's)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def processes(requested: int, option: str, *, zero: str | None = "all cores") -> int:
    """The worker processes `--jobs N` or `--workers N` asks for: 0 means one per core
    (when `zero` says so), below that is a usage error, and more than the cores is clamped
    to them with a note: each process loads its own pipeline (hundreds of MB), so
    `--jobs 10000` would fork until memory ran out, and coding is CPU-bound."""
    available = cores()
    if requested < 0 or (requested == 0 and zero is None):
        least = "0 (all cores) or more" if zero is not None else "at least 1"
        raise UsageError(f"{option} must be {least}, not {requested}")
    if requested == 0:
        return available
    if requested > available:
        print(f"eventdesk: {option} {requested} is more than the {available} core(s) this "
              f"process may use; using {available}", file=sys.stderr)
        return available
    return requested


def check_output(path: str, inputs: Iterable[str] = ()) -> tuple[Path, Path | None]:
    """The -o file and its folder, or a UsageError saying why it cannot be written: checked
    before a long run, not after it. A device or pipe (-o /dev/stdout, /dev/null, a FIFO)
    has no folder (None): it is written in place, never replaced by a file; a symbolic link
    stands for the file it points to, which is replaced, the link kept. A file that is one
    of the command's `inputs` (a report file, a file of an input folder, the store), or
    any SQLite database, is refused: the output would replace what it holds."""
    if not path.strip():
        raise UsageError("-o needs a file name: give a file name, e.g. -o events.csv")
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"-o {path}: is a folder, not a file")
    _refuse_an_input(target, inputs)
    if target.exists() and not target.is_file():
        return target, None
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        what = "is a file, not a folder" if folder.exists() else "does not exist"
        raise UsageError(f"-o {path}: the folder {folder} {what}")
    fd, probe = _temporary(target, folder)  # a folder that takes no file fails here, not
    os.close(fd)                            # after the run
    os.unlink(probe)
    return target, folder


def _refuse_an_input(target: Path, inputs: Iterable[str]) -> None:
    """A UsageError for an -o file whose replacement would lose data: one of the inputs,
    or a SQLite database (an event store named by a slip of the keyboard)."""
    from eventdesk.io import input_files

    if not target.is_file():  # a file not there yet, or a device, is no input
        return
    with contextlib.suppress(OSError), target.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
            raise UsageError(f"-o {target}: is a SQLite database (an event store?), and "
                             "writing it would replace it; give another file")
    for item in input_files(list(inputs)):
        if isinstance(item, Path) and str(item) != "-" and item.is_file() \
                and os.path.samefile(item, target):
            raise UsageError(f"-o {target}: is also an input ({item}), and writing it would "
                             "replace what it holds; give another file")


def _temporary(target: Path, folder: Path) -> tuple[int, str]:
    """A new temporary file beside `target`, or an OutputError saying why the folder takes
    none (no permission, a read-only file system, /proc): E014, not a traceback. Those of
    runs killed outright (SIGKILL, the OOM killer) are removed first."""
    try:
        orphans.remove_orphans(folder / target.name)
        fd, tmp = tempfile.mkstemp(prefix=orphans.prefix(target), suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"-o {target}: cannot write in {folder} ({exc.strerror or exc})"
                          ) from None
    return fd, tmp


@contextlib.contextmanager
def atomic_output(path: str | None, inputs: Iterable[str] = ()):
    """Standard output, or a temporary file beside `path` renamed over it on success: a
    failed write leaves the old file as it was. The file gets the permissions any new file
    of the user gets (their umask), not the temporary file's private 0600; one of the
    `inputs` is refused, as `check_output` says."""
    if path is None:
        yield sys.stdout
        return
    target, folder = check_output(path, inputs)
    if folder is None:  # a device or pipe: written as it is, as a shell's `>` would
        try:
            handle = target.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise OutputError(f"-o {path}: cannot be written ({exc.strerror or exc})"
                              ) from None
        with handle:
            yield handle
        return
    fd, tmp = _temporary(target, folder)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    """The process's umask (reading it means setting it, so it is set straight back)."""
    os.umask(mask := os.umask(0o022))
    return mask


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from eventdesk import settings

    if settings.get("debug"):
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    _tolerant_stdout()
    restore = _stop_on_signals()
    try:
        return int(args.func(args) or 0)
    except Terminated as stopped:
        print(f"eventdesk: stopped ({stopped.signal.name}); an -o file keeps its old "
              "contents, a store what was committed", file=sys.stderr)
        return 128 + stopped.signal
    except EventdeskError as exc:  # its message may quote a file's bytes: escape them
        from eventdesk.io import printable
        print(printable(f"eventdesk: error [{exc.code}]: {exc}"), file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1
    except KeyboardInterrupt:
        print("eventdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            raise
        _quiet_stdout()
        error = OutputError(f"cannot write the output ({exc.strerror}); an -o file keeps "
                            "its old contents")
        print(f"eventdesk: error [{error.code}]: {error}", file=sys.stderr)
        return 1
    finally:
        restore()


class Terminated(BaseException):  # noqa: N818 - a signal, not an error
    """SIGTERM (`kill`, a service manager, a batch system's time limit) or SIGHUP (the
    terminal closed, an SSH session dropped) raised in the main thread, so the command
    unwinds as on Ctrl-C: a temporary -o file is removed, a store's open transaction is
    rolled back, instead of the process vanishing mid-write (SIGHUP left the -o file's
    temporary copy behind)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signal = signal.Signals(signum)


# The signals that stop a command as Ctrl-C does (Windows has no SIGHUP)
_STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                  if hasattr(signal, name))


def _stop_on_signals():
    """Turn SIGTERM and SIGHUP into `Terminated` in this process until the returned function
    restores the previous handlers (nothing to do outside the main thread, where signals
    cannot be handled; a SIGHUP ignored, as under `nohup`, stays ignored). A forked worker
    process inherits the handler but dies as by default: its pool stops it."""
    main_pid = os.getpid()

    def stop(signum, frame):
        if os.getpid() != main_pid:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise Terminated(signum)

    previous = {}
    try:
        for signum in _STOPPING:
            if signal.getsignal(signum) is not signal.SIG_IGN:
                previous[signum] = signal.signal(signum, stop)
    except ValueError:  # not the main thread of the main interpreter
        return lambda: None

    def restore() -> None:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)

    return restore


def _tolerant_stdout() -> None:
    """Standard output in an encoding that cannot hold every character (a Latin-1 locale, a
    Windows console redirected to a file, PYTHONIOENCODING=ascii) writes the others as
    escapes ("\\u1e28") instead of failing at the first Arabic place name; -o files are
    always UTF-8."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if encoding and encoding not in ("utf8", "utf8sig") and reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")


# Errors of writing that the user can fix by freeing space or choosing another place; a
# store's are StoreErrors (SQLite reports them), so these come from standard output or -o.
_OUTPUT_ERRNOS = NO_ROOM_ERRNOS | {errno.EROFS}


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush of what could
    not be written does not print a second error at exit."""
    if sys.stdout is not sys.__stdout__:
        return
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
