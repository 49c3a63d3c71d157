"""Background work for the UI: results come back as Qt signals on the main thread.

Workers get plain values and return frozen dataclasses; they never touch widgets. Every
submitted job is tracked so the window can wait for all of them when it closes.
"""

from __future__ import annotations

import concurrent.futures
import functools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("cutie.ui")


class Jobs(QObject):
    """A small thread pool whose results are delivered through queued signals.

    Signals:
        finished(object, object): (tag, result) when a job returns.
        failed(object, BaseException): (tag, exception) when a job raises.
    """

    finished = Signal(object, object)
    failed = Signal(object, BaseException)

    def __init__(self, workers: int = 2, name: str = "cutie-io") -> None:
        super().__init__()
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._pending: set[concurrent.futures.Future[Any]] = set()
        self._lock = threading.Lock()

    def submit(self, tag: object, fn: Callable[..., Any], *args: Any) -> None:
        future = self._pool.submit(fn, *args)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(functools.partial(self._done, tag))

    def _done(self, tag: object, future: concurrent.futures.Future[Any]) -> None:
        with self._lock:
            self._pending.discard(future)
        if future.cancelled():
            return
        exc = future.exception()
        # Emitting from a worker thread queues the call onto the receiver's (main) thread.
        if exc is not None:
            self.failed.emit(tag, exc)
        else:
            self.finished.emit(tag, future.result())

    def busy(self) -> bool:
        with self._lock:
            return bool(self._pending)

    def shutdown(self, *, finish_queued: bool = False) -> None:
        """Wait for running jobs; queued ones are dropped unless `finish_queued` (e.g. saves)."""
        self._pool.shutdown(wait=True, cancel_futures=not finish_queued)
