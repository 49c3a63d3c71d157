"""Where Cutie's log lines go: one size-capped rotating file in the data folder, never stderr, never a key.

`install()` is called once at start by the window and by the CLI. From then on:

- every record of every logger (Cutie's topic loggers `cutie.genai`, `cutie.store`, `cutie.ui`, ...,
  and the libraries') goes to `logs/cutie.log` in the data folder, rotated at `max_bytes` with
  `backups` old files kept, so the folder never grows past (backups + 1) x max_bytes;
- uncaught exceptions, in the main thread (`sys.excepthook`), in any other thread
  (`threading.excepthook`) and in finalizers (`sys.unraisablehook`), are logged with their traceback
  and handed to crash listeners (the window shows a dialog: `cutie_app.ui.dialogs.crash_dialog`);
- `warnings.warn` from libraries (Pillow's "Corrupt EXIF data", deprecations) are logged, not printed;
- anything that looks like a Google API key (`AIza...`), and every secret registered with
  `register_secret()` (the configured key), is replaced by `[REDACTED]` before it reaches the file.

Nothing is written to stderr unless asked (`echo_to_stderr=True`). `CUTIE_LOG_LEVEL` (DEBUG, INFO, ...)
sets how much of Cutie's own logging is kept when `level` is not given. Log files are created with the
user's umask. Qt-free: the UI part lives in the crash dialog module.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from cutie_app import __version__
from cutie_app.core.system import paths

#: Cutie's topic loggers; the dotted names group what one part of the app says.
TOPICS: dict[str, str] = {
    "cutie.genai": "requests to and answers from the Gemini API",
    "cutie.engine": "batches: queueing, retries, cancellation",
    "cutie.network": "the network event loop",
    "cutie.catalog": "what is known about each model",
    "cutie.store": "projects on disk: database, files, recovery, packs",
    "cutie.imaging": "image import, thumbnails, scores, adjustments",
    "cutie.formats": "exports, embedded recipes, sidecars",
    "cutie.services": "use cases shared by the window and the CLI",
    "cutie.settings": "settings files",
    "cutie.secrets": "the keyring (never the key itself)",
    "cutie.ui": "the window",
    "cutie.qt": "Qt's own warnings (the window's toolkit)",
    "cutie.cli": "headless commands",
    "cutie.crash": "uncaught exceptions",
}
LOG_FILE_NAME = "cutie.log"
MAX_BYTES = 1_048_576
BACKUPS = 4
FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[REDACTED]"
#: Google API keys are "AIza" and 35 more characters; shorter and longer runs are caught too.
_GOOGLE_KEY = re.compile(r"AIza[0-9A-Za-z_\-]{20,}")
#: Registered secrets shorter than this are not redacted (they would blank out ordinary words).
MIN_SECRET_LENGTH = 8

crash_log = logging.getLogger("cutie.crash")


def topic_logger(topic: str) -> logging.Logger:
    """The logger of one topic in `TOPICS` (a typo fails here instead of logging to nowhere)."""
    if topic not in TOPICS:
        raise ValueError(f"unknown log topic {topic!r}; known: {', '.join(TOPICS)}")
    return logging.getLogger(topic)


# --- redaction ----------------------------------------------------------------------------------------

_secrets_lock = threading.Lock()
_secrets: frozenset[str] = frozenset()


def register_secret(value: str | None) -> None:
    """Never log `value` (call it whenever a key is loaded, typed or changed)."""
    global _secrets
    if value and len(value.strip()) >= MIN_SECRET_LENGTH:
        with _secrets_lock:
            _secrets = _secrets | {value.strip()}


def redact(text: str) -> str:
    """`text` with API-key look-alikes and registered secrets replaced by `[REDACTED]`."""
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REDACTED)
    return _GOOGLE_KEY.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Renders a record's message, traceback and stack once, redacted, before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _QuietRotatingFileHandler(logging.FileHandler):
    """The log file, rolled over to `.1` ... `.N` when a record would take it past `max_bytes`.

    What `logging.handlers.RotatingFileHandler` does, written out here because that module loads
    the network, pickling and queue modules for its other handlers (about 6 ms at every start,
    before the window can appear). Never prints "--- Logging error ---" to stderr (a full disk).
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._is_full(record):
                self._roll_over()
            super().emit(record)
        except Exception:  # logging must never raise into the code that logs
            self.handleError(record)

    def _is_full(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or not Path(self.baseFilename).is_file():
            return False  # never roll over anything but a regular file (a FIFO, /dev/null)
        if self.stream is None:  # closed by a roll-over that failed half-way: open it again
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # emit() opens a None stream again
        current = Path(self.baseFilename)
        if self.backups > 0:
            for index in range(self.backups - 1, 0, -1):  # .N-1 -> .N, ..., .1 -> .2
                older = current.with_name(f"{current.name}.{index}")
                if older.exists():
                    older.replace(current.with_name(f"{current.name}.{index + 1}"))
            current.replace(current.with_name(f"{current.name}.1"))
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        pass


# --- uncaught exceptions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CrashReport:
    """One uncaught exception, ready to show: already redacted, safe to pass between threads."""

    kind: str
    message: str
    thread: str
    details: str
    log_file: Path | None

    @property
    def summary(self) -> str:
        return f"{self.kind}: {self.message}" if self.message else self.kind


CrashListener = Callable[[CrashReport], None]
_listeners_lock = threading.Lock()
_listeners: list[CrashListener] = []


def add_crash_listener(listener: CrashListener) -> Callable[[], None]:
    """Call `listener(report)` for every uncaught exception (from the failing thread). Returns a remover."""
    with _listeners_lock:
        _listeners.append(listener)

    def remove() -> None:
        with _listeners_lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return remove


def print_crash_line(report: CrashReport) -> None:
    """A crash listener for the CLI: one line on stderr naming the error and the log file."""
    where = f"; details in {report.log_file}" if report.log_file is not None else ""
    print(f"cutie: internal error ({report.summary}){where}", file=sys.stderr, flush=True)


def environment_line() -> str:
    python = ".".join(str(part) for part in sys.version_info[:3])
    return f"Cutie {__version__} · Python {python} · {system_name()}"


def system_name() -> str:
    """The system, its release and the machine, e.g. "Linux 6.1.0-18-amd64 x86_64 glibc 2.36".

    Not `platform.platform()`: on Linux that runs `uname -p` in a subprocess (about 10 ms, at every
    start, before the window can appear) for a processor name that is almost always blank there.
    """
    if sys.platform == "linux":  # the module `platform` itself costs a little at every start
        uname = os.uname()
        try:
            libc = os.confstr("CS_GNU_LIBC_VERSION")  # "glibc 2.36"
        except (ValueError, OSError):  # musl names none
            libc = None
        return f"Linux {uname.release} {uname.machine}" + (f" {libc}" if libc else "")
    import platform

    info = platform.uname()  # the processor (a subprocess) is only looked up when read
    system, release = info.system, info.release
    if system == "Darwin":
        system, release = "macOS", platform.mac_ver()[0] or release
    elif system == "Windows":
        release = f"{release} ({info.version})"
    return f"{system} {release} {info.machine}"


def _trace(kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(kind, value, tb)).rstrip("\n")


def crash_report(
    kind: type[BaseException],
    value: BaseException | None,
    tb: TracebackType | None,
    thread: str,
    log_file: Path | None,
) -> CrashReport:
    details = f"{environment_line()}\nThread: {thread}\n\n{_trace(kind, value, tb)}"
    return CrashReport(
        kind=kind.__name__,
        message=redact(str(value)) if value is not None else "",
        thread=thread,
        details=redact(details),
        log_file=log_file,
    )


def _notify(report: CrashReport) -> None:
    with _listeners_lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener(report)
        except Exception:
            crash_log.exception("A crash listener failed")


# --- install ------------------------------------------------------------------------------------------


@dataclass
class LogSetup:
    """What `install()` changed, so `uninstall()` can put it back (tests, a second install)."""

    log_file: Path
    handlers: list[logging.Handler]
    previous_root_level: int
    previous_cutie_level: int
    previous_excepthook: Callable[[type[BaseException], BaseException, TracebackType | None], object]
    previous_thread_hook: Callable[[threading.ExceptHookArgs], object]
    previous_unraisable_hook: Callable[[sys.UnraisableHookArgs], object]

    @property
    def log_folder(self) -> Path:
        return self.log_file.parent


_installed: LogSetup | None = None
_install_lock = threading.Lock()


def current() -> LogSetup | None:
    """The active set-up, if `install()` ran."""
    return _installed


def _level_from_environment(default: int) -> int:
    name = os.environ.get("CUTIE_LOG_LEVEL", "").strip().upper()
    level = logging.getLevelName(name) if name else default
    return level if isinstance(level, int) else default


def install(
    log_dir: Path | None = None,
    *,
    level: int | None = None,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUPS,
    echo_to_stderr: bool = False,
    secrets: Iterable[str | None] = (),
    file_name: str = LOG_FILE_NAME,
) -> LogSetup:
    """Send all logging to a rotating file in `log_dir` (default: `paths.logs_dir()`); hook uncaught errors.

    Idempotent: a second call undoes the first. Environment keys (`GEMINI_API_KEY`, `GOOGLE_API_KEY`)
    are registered as secrets, as are `secrets`.
    """
    global _installed
    with _install_lock:
        if _installed is not None:
            _uninstall_locked()
        folder = log_dir if log_dir is not None else paths.logs_dir()
        folder.mkdir(parents=True, exist_ok=True)
        for secret in (*secrets, os.environ.get("GEMINI_API_KEY"), os.environ.get("GOOGLE_API_KEY")):
            register_secret(secret)
        log_file = folder / file_name
        formatter = logging.Formatter(FORMAT)
        file_handler = _QuietRotatingFileHandler(log_file, max_bytes, backups)
        handlers: list[logging.Handler] = [file_handler]
        if echo_to_stderr:
            handlers.append(logging.StreamHandler(sys.stderr))
        for handler in handlers:
            handler.setFormatter(formatter)
            handler.addFilter(RedactingFilter())
        root, cutie = logging.getLogger(), logging.getLogger("cutie")
        setup = LogSetup(
            log_file=log_file,
            handlers=handlers,
            previous_root_level=root.level,
            previous_cutie_level=cutie.level,
            previous_excepthook=sys.excepthook,
            previous_thread_hook=threading.excepthook,
            previous_unraisable_hook=sys.unraisablehook,
        )
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(logging.WARNING)  # libraries: warnings and worse (httpx logs every request at INFO)
        cutie.setLevel(level if level is not None else _level_from_environment(logging.INFO))
        logging.captureWarnings(True)
        sys.excepthook = _excepthook
        threading.excepthook = _thread_excepthook
        sys.unraisablehook = _unraisable_hook
        _installed = setup
    logging.getLogger("cutie").info("%s; log file %s", environment_line(), log_file)
    return setup


def uninstall() -> None:
    """Undo `install()`: handlers closed and removed, hooks and levels restored."""
    with _install_lock:
        _uninstall_locked()


def _uninstall_locked() -> None:
    global _installed
    setup = _installed
    if setup is None:
        return
    _installed = None
    root = logging.getLogger()
    for handler in setup.handlers:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(setup.previous_root_level)
    logging.getLogger("cutie").setLevel(setup.previous_cutie_level)
    logging.captureWarnings(False)
    if sys.excepthook is _excepthook:
        sys.excepthook = setup.previous_excepthook
    if threading.excepthook is _thread_excepthook:
        threading.excepthook = setup.previous_thread_hook
    if sys.unraisablehook is _unraisable_hook:
        sys.unraisablehook = setup.previous_unraisable_hook


def _log_file() -> Path | None:
    setup = _installed
    return setup.log_file if setup is not None else None


def _handle(
    kind: type[BaseException], value: BaseException | None, tb: TracebackType | None, thread: str
) -> None:
    report = crash_report(kind, value, tb, thread, _log_file())
    crash_log.critical("Uncaught exception in thread %s\n%s", thread, _trace(kind, value, tb))
    _notify(report)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):  # Ctrl+C keeps its usual meaning
        sys.__excepthook__(kind, value, tb)
        return
    _handle(kind, value, tb, threading.current_thread().name)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if issubclass(args.exc_type, SystemExit):  # threading ignores SystemExit too
        return
    name = args.thread.name if args.thread is not None else "unknown thread"
    _handle(args.exc_type, args.exc_value, args.exc_traceback, name)


def _unraisable_hook(args: sys.UnraisableHookArgs) -> None:
    """Errors Python cannot raise (in __del__, callbacks of dying objects): logged, no dialog."""
    where = args.err_msg or "Exception ignored in"
    trace = _trace(args.exc_type, args.exc_value, args.exc_traceback)
    crash_log.error("%s: %r\n%s", where, args.object, trace)
