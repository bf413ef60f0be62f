"""Forked worker processes for a parallel run (`Pipeline.pipe(n_process=...)`): a pool
coding batches with the pipeline of its own process, renewed when a worker dies. Split
from pipeline.py, which hands the batches out and collects their results in order.
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from eventdesk.records import Document, DocumentResult


class Workers:
    """Forked worker processes coding batches; a new pool when a worker of this one died."""

    def __init__(self, n_process: int, context):
        self.n_process, self.context = n_process, context
        self.executor = self._pool()

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_process, mp_context=self.context,
                                   initializer=exit_with_parent, initargs=(os.getpid(),))

    def submit(self, batch: list[Document]):
        try:
            return self.executor.submit(extract_batch, batch)
        except BrokenProcessPool:  # a worker died: the batches it held have failed
            self.stop()
            self.executor = self._pool()
            return self.executor.submit(extract_batch, batch)

    def stop(self) -> None:
        """Stop the workers at once, as `Pool.terminate` did: a batch being coded is not
        waited for (Ctrl-C, SIGTERM, an endless stream closed)."""
        processes = list((self.executor._processes or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join()


def exit_with_parent(parent: int) -> None:
    """A worker's initializer: a thread ending the worker once `parent` is gone. A parent
    killed outright (SIGKILL, the OOM killer) cannot stop its pool, and its workers idled on
    for ever, ~300 MB each."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="eventdesk-parent-watch", daemon=True).start()


def extract_batch(batch: list[Document]) -> list[DocumentResult]:
    """A batch coded in a worker, by the pipeline its process loads once."""
    from eventdesk.pipeline import Pipeline

    pipeline = Pipeline.load()
    return pipeline._code_batch(batch)
