"""The one SQLite connection of a project, owned by one dedicated thread.

sqlite3 connections belong to the thread that made them, and SQLite allows one writer at a time,
so every statement of a project runs on a single-worker executor (Anki's collection executor):
callers on any thread hand it a function and wait for the result. Writes are serialised by
construction, and no sqlite3 exception leaves this package: they become `ProjectError`s.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.records import DiskFullError, ProjectDamagedError, ProjectError, technical_cause

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


#: Below this much free space, an I/O failure is taken for what it almost surely is: a full disk.
LOW_SPACE_BYTES = 4 * 1024 * 1024
_DAMAGED_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})
_IO_CODES = ("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_FULL")


def as_project_error(exc: sqlite3.Error, path: Path | None = None) -> ProjectError:
    """A user-readable error for a failed statement on the database at `path`.

    A full disk is reported as a full disk (SQLite often says only "disk I/O error" or "unable
    to open database file" then, so the free space decides), a damaged file as
    ProjectDamagedError, never the one for the other. `technical` says what SQLite said.
    """
    text = str(exc)
    lowered = text.lower()
    code = str(getattr(exc, "sqlite_errorname", "") or "")
    technical = technical_cause(exc)
    if code == "SQLITE_FULL" or "full" in lowered or (code.startswith(_IO_CODES) and _disk_is_full(path)):
        return _disk_full(technical)
    if "locked" in lowered or "busy" in lowered:
        return ProjectError(
            QT_TRANSLATE_NOOP("core.store", "The project is busy"),
            QT_TRANSLATE_NOOP(
                "core.store", "Another program (or another Cutie window) is writing to this project."
            ),
            QT_TRANSLATE_NOOP("core.store", "Close the other window and try again."),
            technical,
        )
    if "readonly" in lowered or "read-only" in lowered:
        return ProjectError(
            QT_TRANSLATE_NOOP("core.store", "The project is read-only"),
            QT_TRANSLATE_NOOP("core.store", "Cutie cannot write to this project folder."),
            QT_TRANSLATE_NOOP(
                "core.store", "Check the folder's permissions, or copy the project somewhere writable."
            ),
            technical,
        )
    if isinstance(exc, sqlite3.IntegrityError):
        return ProjectError(
            QT_TRANSLATE_NOOP("core.store", "The project refused this change"),
            QT_TRANSLATE_NOOP("core.store", "It would break the project's links."),
            "",
            technical,
        )
    if code in _DAMAGED_CODES or (
        isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError) and not code
    ):
        return ProjectDamagedError(
            QT_TRANSLATE_NOOP("core.store", "The project database is damaged"),
            QT_TRANSLATE_NOOP("core.store", "Cutie could not read {name}.").format(
                name=path.name if path else "project.cutie"
            ),
            QT_TRANSLATE_NOOP(
                "core.store", "Restore the project folder from a backup; the images in it are plain files."
            ),
            technical,
        )
    if code.startswith(_IO_CODES):
        return ProjectError(
            QT_TRANSLATE_NOOP("core.store", "Cannot read or write the project"),
            QT_TRANSLATE_NOOP("core.store", "The disk or the file system reported an error."),
            QT_TRANSLATE_NOOP(
                "core.store", "Check the disk (and, for a network folder, the connection), then try again."
            ),
            technical,
        )
    return ProjectError(
        QT_TRANSLATE_NOOP("core.store", "The project database failed"),
        QT_TRANSLATE_NOOP("core.store", "A database operation did not complete."),
        "",
        technical,
    )


def _disk_is_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _disk_full(technical: str) -> DiskFullError:
    """No space left (or over quota): the same words whether SQLite or the OS said so."""
    return DiskFullError(
        QT_TRANSLATE_NOOP("core.store", "The disk is full"),
        QT_TRANSLATE_NOOP(
            "core.store", "Cutie could not save to the project, because there is no space left on its disk."
        ),
        QT_TRANSLATE_NOOP(
            "core.store", "Free some disk space, then try again. Nothing saved before was damaged."
        ),
        technical,
    )


def as_project_error_for_os(exc: OSError) -> ProjectError | None:
    """A full disk or quota as DiskFullError; None for any other OSError (the caller words it)."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return _disk_full(technical_cause(exc))
    return None


class Database:
    """One connection on one thread; `call` and `transaction` run functions there.

    PRAGMAs: busy_timeout and foreign_keys=ON on the connection; `prepare(conn)` runs next (the
    place to refuse a file before anything is written to it); then journal_mode=WAL (persistent,
    so it writes the file header) and synchronous=NORMAL (WAL stays consistent after a crash,
    at most the last commits are lost on power failure).

    With `read_only`, the file is opened with `mode=ro` and `query_only`, and nothing is set
    that would write: a read-only project can be read while another process writes to it.
    """

    def __init__(
        self,
        path: Path,
        *,
        prepare: Callable[[sqlite3.Connection], object] | None = None,
        wal: bool = True,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cutie-store")
        self._lock = threading.Lock()
        self._closed = False
        self._thread_id: int | None = None
        self._conn: sqlite3.Connection | None = None
        try:
            self._executor.submit(self._connect, prepare, wal, read_only).result()
        except sqlite3.Error as exc:
            self._executor.shutdown(wait=True)
            raise as_project_error(exc, self.path) from exc
        except BaseException:
            self._executor.shutdown(wait=True)
            raise

    def _connect(
        self, prepare: Callable[[sqlite3.Connection], object] | None, wal: bool, read_only: bool
    ) -> None:
        self._thread_id = threading.get_ident()
        if read_only:
            target, uri = self.path.resolve().as_uri() + "?mode=ro", True
        else:
            target, uri = str(self.path), False
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, uri=uri)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if prepare is not None:
                prepare(conn)
            if read_only:
                conn.execute("PRAGMA query_only = ON")
                self._conn = conn
                return
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
                raise ProjectError(
                    QT_TRANSLATE_NOOP("core.store", "The project is closed"),
                    QT_TRANSLATE_NOOP("core.store", "It was closed before this change was saved."),
                )
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
            raise ProjectError(QT_TRANSLATE_NOOP("core.store", "The project is closed"))
        try:
            return fn(self._conn)
        except sqlite3.Error as exc:
            raise as_project_error(exc, self.path) from exc

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
