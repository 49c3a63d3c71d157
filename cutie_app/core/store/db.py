"""The one SQLite connection of a project, owned by one dedicated thread.

sqlite3 connections belong to the thread that made them, and SQLite allows one writer at a time,
so every statement of a project runs on a single-worker executor (Anki's collection executor):
callers on any thread hand it a function and wait for the result. Writes are serialised by
construction, and no sqlite3 exception leaves this package: they become `ProjectError`s.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from cutie_app.core.model.records import ProjectError

log = logging.getLogger("cutie.store")

T = TypeVar("T")

#: How long a statement waits for another process's lock before giving up.
BUSY_TIMEOUT_MS = 5000


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception.

    IMMEDIATE takes the write lock up front, so a transaction never fails half-way on a lock
    another process holds. Nested use joins the outer transaction.
    """
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def as_project_error(exc: sqlite3.Error) -> ProjectError:
    """A user-readable error for a failed statement; the SQLite text goes to `technical`."""
    text = str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return ProjectError(
            "The project is busy",
            "Another program (or another Cutie window) is writing to this project.",
            "Close the other window and try again.",
            text,
        )
    if "full" in lowered:
        return ProjectError(
            "The disk is full", "Cutie could not save to the project.", "Free some disk space.", text
        )
    if "readonly" in lowered or "read-only" in lowered:
        return ProjectError(
            "The project is read-only",
            "Cutie cannot write to this project folder.",
            "Check the folder's permissions, or copy the project somewhere writable.",
            text,
        )
    if isinstance(exc, sqlite3.IntegrityError):
        return ProjectError(
            "The project refused this change", "It would break the project's links.", "", text
        )
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return ProjectError(
            "The project database is damaged",
            "Cutie could not read project.cutie.",
            "Restore the project folder from a backup; the images in it are plain files.",
            text,
        )
    return ProjectError("The project database failed", "A database operation did not complete.", "", text)


class Database:
    """One connection on one thread; `call` and `transaction` run functions there.

    PRAGMAs: busy_timeout and foreign_keys=ON on the connection; `prepare(conn)` runs next (the
    place to refuse a file before anything is written to it); then journal_mode=WAL (persistent,
    so it writes the file header) and synchronous=NORMAL (WAL stays consistent after a crash,
    at most the last commits are lost on power failure).
    """

    def __init__(
        self,
        path: Path,
        *,
        prepare: Callable[[sqlite3.Connection], None] | None = None,
        wal: bool = True,
    ) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cutie-store")
        self._lock = threading.Lock()
        self._closed = False
        self._thread_id: int | None = None
        self._conn: sqlite3.Connection | None = None
        try:
            self._executor.submit(self._connect, prepare, wal).result()
        except sqlite3.Error as exc:
            self._executor.shutdown(wait=True)
            raise as_project_error(exc) from exc
        except BaseException:
            self._executor.shutdown(wait=True)
            raise

    def _connect(self, prepare: Callable[[sqlite3.Connection], None] | None, wal: bool) -> None:
        self._thread_id = threading.get_ident()
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if prepare is not None:
                prepare(conn)
            if wal:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":  # e.g. some network file systems
                    log.warning("%s: WAL unavailable, using journal mode %s", self.path, mode)
            conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    @property
    def closed(self) -> bool:
        return self._closed

    def call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run `fn(conn)` on the store thread and return its result (or raise its exception).

        Statements run in autocommit mode; use `transaction` (or the `transaction(conn)`
        context manager inside `fn`) to group writes. Called from the store thread itself
        (from inside another `fn`), it runs inline instead of deadlocking.
        """
        if threading.get_ident() == self._thread_id:
            return self._run(fn)
        with self._lock:
            if self._closed:
                raise ProjectError("The project is closed", "It was closed before this change was saved.")
            future = self._executor.submit(self._run, fn)
        return future.result()

    def transaction(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run `fn(conn)` on the store thread inside BEGIN IMMEDIATE ... COMMIT / ROLLBACK."""

        def wrapped(conn: sqlite3.Connection) -> T:
            with transaction(conn):
                return fn(conn)

        return self.call(wrapped)

    def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        if self._conn is None:
            raise ProjectError("The project is closed")
        try:
            return fn(self._conn)
        except sqlite3.Error as exc:
            raise as_project_error(exc) from exc

    def close(self) -> None:
        """Finish the queued work, close the connection, stop the thread. Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._executor.submit(self._disconnect)
        self._executor.shutdown(wait=True)

    def _disconnect(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                log.exception("closing %s failed", self.path)
            self._conn = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
