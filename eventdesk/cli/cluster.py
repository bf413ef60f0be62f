"""The Dask options shared by `extract` and `ingest`, and the run they start."""

from __future__ import annotations

import sys
from pathlib import Path

from eventdesk.errors import OutputError, UsageError


def add_options(parser) -> None:
    from eventdesk.cli import nonblank

    group = parser.add_argument_group(
        "distributed (Dask)",
        "code the inputs on a Dask cluster, one partition at a time, with results written "
        "per partition; a re-run keeps the finished partitions")
    group.add_argument("--dask", action="store_true",
                       help="start a local Dask cluster sized to this machine")
    group.add_argument("--scheduler", metavar="ADDRESS", type=nonblank,
                       help="use an existing Dask cluster, e.g. tcp://10.0.0.5:8786")
    group.add_argument("--workers", type=int, metavar="N",
                       help="worker processes of the local cluster (default: one per core)")
    group.add_argument("--partition-size", type=int, default=200, metavar="N",
                       help="reports (JSON Lines) or files per partition (default 200)")


def wanted(args) -> bool:
    """True when the command should run on Dask; --workers alone is a usage error."""
    if args.dask and args.scheduler:
        raise UsageError("give --dask (a local cluster) or --scheduler ADDRESS, not both")
    if args.workers is not None and not args.dask:
        raise UsageError("--workers sizes the local cluster: give it with --dask")
    return bool(args.dask or args.scheduler)


def run(args, paths: list[str], out_dir: Path, *, published, placed_only: bool = False,
        progress: bool = True):
    """Code `paths` on the cluster the options name into `out_dir`; prints the dashboard."""
    from eventdesk import dask_run
    from eventdesk.cli import processes

    if args.partition_size < 1:
        raise UsageError(f"--partition-size must be at least 1, not {args.partition_size}")
    if args.scheduler:
        dask_run.check_address(args.scheduler)
    workers = None if args.workers is None else processes(args.workers, "--workers", zero=None)
    _make_folder(out_dir)
    client = dask_run.connect(args.scheduler, workers)
    try:
        workers = len(client.scheduler_info().get("workers", {}))
        print(f"eventdesk: Dask dashboard at {dask_run.dashboard_link(client)} "
              f"({workers} worker(s)); results in {out_dir}", file=sys.stderr)
        return dask_run.run(client, paths, out_dir, published=published,
                         partition_size=args.partition_size, placed_only=placed_only,
                         progress=progress)
    finally:
        dask_run.close(client)


def _make_folder(out_dir: Path) -> None:
    """The results folder, made before a cluster is started for nothing: a path under a file
    is a usage error, a folder that cannot be made (no such device, no permission, a
    read-only file system) an output error, not a traceback."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise UsageError(f"{out_dir}: is a file or lies under one; the results of a Dask run "
                         "go to a folder") from None
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot make the results folder "
                          f"({exc.strerror or exc})") from None


def print_run(run) -> None:
    """The inputs that could not be read and the partitions that failed as a whole."""
    err = sys.stderr
    reused = sum(r.reused for r in run.results)
    if reused:
        print(f"eventdesk: {reused} of {len(run.partitions)} partition(s) were finished by an "
              "earlier run and kept", file=err)
    for problem in run.problems:
        print(f"eventdesk: skipped: {problem.path}: {problem.message}", file=err)
    for error in run.errors:
        print(f"eventdesk: partition failed (a re-run retries it): {error}", file=err)
