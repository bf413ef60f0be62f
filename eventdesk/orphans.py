"""Temporary files named for the process writing them (`.NAME.PID-HOST.XXXX.tmp` beside
NAME), and their removal once that process is gone: a run killed outright (SIGKILL, the OOM
killer, power loss) cannot remove its own, and each left a whole output or index behind.
"""

from __future__ import annotations

import glob
import hashlib
import os
import socket
from pathlib import Path

# A short key of this machine's name: a process id means nothing on another machine
# sharing the folder.
HOST = hashlib.sha1(socket.gethostname().encode()).hexdigest()[:8]


def prefix(path: Path) -> str:
    """The `tempfile` prefix of a temporary file for `path` written by this process."""
    return f".{path.name}.{os.getpid()}-{HOST}."


def remove_orphans(path: Path) -> None:
    """Remove the temporary files for `path` whose process (on this machine) is gone."""
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        owner = tmp.name[len(path.name) + 2:].split(".", 1)[0]
        pid, _, host = owner.partition("-")
        if pid.isdigit() and host == HOST and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, another user's
        return True
    return True
