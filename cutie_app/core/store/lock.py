"""One writer per project: a lock that survives crashes and names its holder.

The lock is an OS lock on `.cutie-lock` in the project folder (`flock` on POSIX, `msvcrt.locking`
on Windows). The OS drops it when its process dies, however it dies, so a crash never leaves a
project locked. The file also holds a small JSON record of the holder (process id, host, boot
id, process start time, last heartbeat) for two reasons:

- the message: "This project is open in Cutie (process 4242 on studio-pc)";
- file systems where OS locks do not reach every machine (some network shares): there a
  leftover record decides. On the same host the holder's process is looked up (its start time
  tells a reused process id apart); from another host the record counts while its heartbeat,
  rewritten every minute by the holder, is recent.

A holder that closes cleanly empties the record; the file itself stays (deleting a lock file
invites two processes to lock two different files).
"""

from __future__ import annotations

import dataclasses
import errno
import json
import logging
import os
import socket
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from cutie_app import __version__
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.records import ProjectLockedError, ProjectReadOnlyError, technical_cause
from cutie_app.core.store.db import as_project_error_for_os

log = logging.getLogger("cutie.store")

LOCK_FILE = ".cutie-lock"
#: How often a holder rewrites its record's `refreshed_at`.
HEARTBEAT_S = 60.0
#: A record from another host older than this is a crashed holder's (OS locks did not tell).
STALE_AFTER_S = 5 * HEARTBEAT_S
#: A held lock is tried this many times, a moment apart: its holder may just be closing.
_ATTEMPTS = 3
_RETRY_S = 0.1
#: OS errors that mean "this file system has no working locks", not "someone holds it".
_NO_LOCKS = frozenset({errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL})

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    #: Windows locks bytes, and a locked byte cannot be read by others: lock one far past the record.
    _WINDOWS_LOCK_OFFSET = 1 << 30

    def _try_os_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _os_unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_os_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _os_unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a project: enough to name it, and to tell a dead holder from a live one."""

    pid: int
    host: str
    boot_id: str = ""
    #: The process's start time in clock ticks since boot (Linux), "" where unknown.
    started: str = ""
    acquired_at: float = 0.0
    refreshed_at: float = 0.0
    app_version: str = ""

    @classmethod
    def me(cls) -> LockHolder:
        now = time.time()
        pid = os.getpid()
        return cls(pid, _host(), _boot_id(), _start_ticks(pid), now, now, __version__)

    @classmethod
    def parse(cls, raw: bytes) -> LockHolder | None:
        """The record in a lock file, or None when it is empty or unreadable."""
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                return None
            return cls(
                pid=int(data["pid"]),
                host=str(data["host"]),
                boot_id=str(data.get("boot_id", "")),
                started=str(data.get("started", "")),
                acquired_at=float(data.get("acquired_at", 0.0)),
                refreshed_at=float(data.get("refreshed_at", 0.0)),
                app_version=str(data.get("app_version", "")),
            )
        except (UnicodeDecodeError, ValueError, KeyError, TypeError):
            return None

    def is_alive(self, now: float) -> bool:
        """Whether this holder may still be running (when no OS lock can say so)."""
        if self.host != _host():
            return now - self.refreshed_at < STALE_AFTER_S
        if self.boot_id and _boot_id() and self.boot_id != _boot_id():
            return False  # the machine restarted since
        if not _pid_exists(self.pid):
            return False
        if self.started and _start_ticks(self.pid):
            return _start_ticks(self.pid) == self.started  # else: the id now belongs to another process
        return True


class ProjectLock:
    """The write lock of one project folder, held from `acquire` until `release`."""

    def __init__(self, path: Path, fd: int, holder: LockHolder, os_locked: bool) -> None:
        self.path = path
        self.holder = holder
        self._fd = fd
        self._os_locked = os_locked
        self._stop = threading.Event()
        self._io = threading.Lock()
        self._heartbeat = threading.Thread(target=self._beat, name="cutie-lock-heartbeat", daemon=True)
        self._heartbeat.start()

    @classmethod
    def acquire(cls, folder: Path) -> ProjectLock:
        """Take the lock of `folder`, or raise ProjectLockedError naming its holder.

        A lock left by a process that died is taken over (and logged).

        Raises:
            ProjectLockedError: another live Cutie process holds it.
            ProjectReadOnlyError: the folder cannot be written (open the project read-only).
        """
        path = folder / LOCK_FILE
        try:
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
            fd = os.open(path, flags, 0o666)  # 0o666 less the umask, like any new file
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise ProjectReadOnlyError(
                    QT_TRANSLATE_NOOP("core.store", "The project folder is read-only"),
                    QT_TRANSLATE_NOOP(
                        "core.store", "Cutie cannot write to {folder}, so it cannot change this project."
                    ).format(folder=folder),
                    QT_TRANSLATE_NOOP(
                        "core.store",
                        "Open it read-only to look at, check or export it, or copy it somewhere writable.",
                    ),
                    technical_cause(exc),
                ) from exc
            raise ProjectLockedError(
                QT_TRANSLATE_NOOP("core.store", "Cannot lock the project"),
                QT_TRANSLATE_NOOP("core.store", "Cutie could not create {lock_file} in {folder}.").format(
                    lock_file=LOCK_FILE, folder=folder
                ),
                QT_TRANSLATE_NOOP("core.store", "Check the folder's permissions and the free disk space."),
                technical_cause(exc),
            ) from exc
        try:
            return cls._take(path, fd)
        except BaseException:
            os.close(fd)
            raise

    @classmethod
    def _take(cls, path: Path, fd: int) -> ProjectLock:
        os_locked = False
        for attempt in range(_ATTEMPTS):
            try:
                os_locked = _try_os_lock(fd)
            except OSError as exc:
                if exc.errno not in _NO_LOCKS:
                    raise
                log.warning("%s: no working file locks here (%s); relying on the lock record", path, exc)
                break  # os_locked stays False: the record alone decides
            if os_locked:
                break
            if attempt + 1 < _ATTEMPTS:
                time.sleep(_RETRY_S)
        else:
            raise _locked_error(_read_record(fd))

        previous = _read_record(fd)
        me = LockHolder.me()
        if previous is not None and previous.is_alive(time.time()):
            stale_same_host = os_locked and previous.host == me.host and not _same_process_alive(previous)
            if not stale_same_host:
                if os_locked:
                    _os_unlock(fd)
                raise _locked_error(previous)
        if previous is not None:
            log.info(
                "taking over the lock of %s from process %d on %s, which is no longer running",
                path.parent,
                previous.pid,
                previous.host,
            )
        try:
            _write_record(fd, me)
        except OSError as exc:
            if os_locked:
                _os_unlock(fd)
            raise as_project_error_for_os(exc) or ProjectLockedError(
                QT_TRANSLATE_NOOP("core.store", "Cannot lock the project"),
                QT_TRANSLATE_NOOP("core.store", "Cutie could not write {lock_file} in {parent}.").format(
                    lock_file=LOCK_FILE, parent=path.parent
                ),
                QT_TRANSLATE_NOOP("core.store", "Check the folder's permissions and the free disk space."),
                technical_cause(exc),
            ) from exc
        return cls(path, fd, me, os_locked)

    def release(self) -> None:
        """Empty the record and let go. Safe to call twice."""
        if self._stop.is_set():
            return
        self._stop.set()
        self._heartbeat.join()
        with self._io:
            try:
                os.ftruncate(self._fd, 0)
                if self._os_locked:
                    _os_unlock(self._fd)
            except OSError:
                log.warning("could not clear the lock of %s", self.path.parent, exc_info=True)
            finally:
                os.close(self._fd)

    def _beat(self) -> None:
        while not self._stop.wait(HEARTBEAT_S):
            with self._io:
                if self._stop.is_set():
                    return
                try:
                    _write_record(self._fd, dataclasses.replace(self.holder, refreshed_at=time.time()))
                except OSError:
                    log.warning("could not refresh the lock of %s", self.path.parent, exc_info=True)


def _locked_error(holder: LockHolder | None) -> ProjectLockedError:
    if holder is None:  # the holder is writing its record this instant, or could not
        return ProjectLockedError(
            QT_TRANSLATE_NOOP("core.store", "This project is open in another Cutie process"),
            QT_TRANSLATE_NOOP("core.store", "Only one Cutie can change a project at a time."),
            QT_TRANSLATE_NOOP(
                "core.store",
                "Close it there first, or open the project read-only to check, export or compare it.",
            ),
        )
    detail = QT_TRANSLATE_NOOP("core.store", "Only one Cutie can change a project at a time.")
    if holder.pid == os.getpid() and holder.host == _host():
        detail = QT_TRANSLATE_NOOP(
            "core.store", "It is open in this very Cutie: close it there before opening it again."
        )
    return ProjectLockedError(
        QT_TRANSLATE_NOOP("core.store", "This project is open in Cutie (process {pid} on {host})").format(
            pid=holder.pid, host=holder.host
        ),
        detail,
        QT_TRANSLATE_NOOP(
            "core.store",
            "Close it there first, or open the project read-only to check, export or compare it.",
        ),
        f"{LOCK_FILE}: {json.dumps(asdict(holder))}",
        pid=holder.pid,
        host=holder.host,
    )


def _read_record(fd: int) -> LockHolder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return LockHolder.parse(os.read(fd, 4096))
    except OSError:
        return None


def _write_record(fd: int, holder: LockHolder) -> None:
    data = json.dumps(asdict(holder)).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    os.fsync(fd)


def _same_process_alive(holder: LockHolder) -> bool:
    """True only when this very process (same boot, same start time) still runs (Linux)."""
    return bool(
        holder.started
        and holder.boot_id == _boot_id()
        and _pid_exists(holder.pid)
        and _start_ticks(holder.pid) == holder.started
    )


def _host() -> str:
    return socket.gethostname() or "this computer"


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""


def _boot_id() -> str:
    return _read_text("/proc/sys/kernel/random/boot_id").strip()


def _start_ticks(pid: int) -> str:
    """Field 22 of /proc/<pid>/stat (start time since boot); "" where there is no /proc."""
    stat = _read_text(f"/proc/{pid}/stat")
    fields = stat.rpartition(")")[2].split()  # the command name may hold spaces and ')'
    return fields[19] if len(fields) > 19 else ""


def _pid_exists(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - os.kill(pid, 0) would terminate a process there
        return True  # can't tell cheaply; the OS lock is what decides on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    except OSError:
        return False
    return True
