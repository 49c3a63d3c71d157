"""The log file: where it is, what reaches it (uncaught errors, library warnings), what never does (keys)."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import stat
import subprocess
import sys
import textwrap
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from cutie_app import __version__
from cutie_app.core.system import logging_setup, paths
from cutie_app.core.system.logging_setup import CrashReport

GOOGLE_KEY = "AIzaSyD3adb33fC0ffee0123456789abcdefXYZ"  # shaped like a real key, not one
CONFIGURED_KEY = "proxy-token-7f3e9c21d4b8a6e0"  # a key for a proxy endpoint: no AIza prefix

#: Pillow reads this EXIF block and warns "Corrupt EXIF data" (5 entries announced, 1 present).
CORRUPT_EXIF = b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x05\x00" + b"\x0f\x01\x02\x00\x04\x00\x00\x00abc\x00"


def jpeg_with_corrupt_exif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "orange").save(out, "JPEG", exif=CORRUPT_EXIF)
    return out.getvalue()


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[logging_setup.LogSetup]:
    setup = logging_setup.install(tmp_path / "logs", secrets=[CONFIGURED_KEY])
    try:
        yield setup
    finally:
        logging_setup.uninstall()


def log_text(setup: logging_setup.LogSetup) -> str:
    for handler in setup.handlers:
        handler.flush()
    return setup.log_file.read_text("utf-8")


def test_the_log_file_lives_in_the_data_folders_logs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CUTIE_DATA_DIR")  # the platform's data folder: ~/.local/share/cutie on Linux
    setup = logging_setup.install()
    try:
        logging_setup.topic_logger("cutie.store").info("opened %s", "Little Orange")
        assert setup.log_file == Path(os.environ["XDG_DATA_HOME"]) / "cutie" / "logs" / "cutie.log"
        assert paths.logs_dir() == setup.log_folder
        text = log_text(setup)
    finally:
        logging_setup.uninstall()
    assert f"Cutie {__version__}" in text.splitlines()[0]
    assert "INFO cutie.store: opened Little Orange" in text


def test_topic_loggers_are_checked() -> None:
    assert logging_setup.topic_logger("cutie.genai").name == "cutie.genai"
    with pytest.raises(ValueError, match="unknown log topic"):
        logging_setup.topic_logger("cutie.gneai")


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
def test_an_uncaught_error_in_a_thread_is_logged_and_reported(installed: logging_setup.LogSetup) -> None:
    reports: list[CrashReport] = []
    remove = logging_setup.add_crash_listener(reports.append)

    def fail() -> None:
        raise ValueError("the thumbnail worker tripped")

    worker = threading.Thread(target=fail, name="thumbs-1")
    worker.start()
    worker.join()
    remove()
    text = log_text(installed)
    assert "CRITICAL cutie.crash: Uncaught exception in thread thumbs-1" in text
    assert "ValueError: the thumbnail worker tripped" in text
    assert 'in fail\n    raise ValueError("the thumbnail worker tripped")' in text
    [report] = reports
    assert (report.kind, report.message, report.thread) == (
        "ValueError",
        "the thumbnail worker tripped",
        "thumbs-1",
    )
    assert report.summary == "ValueError: the thumbnail worker tripped"
    assert report.log_file == installed.log_file
    assert report.details.startswith(f"Cutie {__version__} · Python ")
    assert "Thread: thumbs-1" in report.details
    assert "Traceback (most recent call last)" in report.details


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
def test_sys_excepthook_logs_and_reports(installed: logging_setup.LogSetup) -> None:
    reports: list[CrashReport] = []
    remove = logging_setup.add_crash_listener(reports.append)
    try:
        raise KeyError("scene 7")
    except KeyError:
        sys.excepthook(*sys.exc_info())  # what the interpreter (or PySide6, for a slot) does
    finally:
        remove()
    assert [r.kind for r in reports] == ["KeyError"]
    assert "Uncaught exception in thread MainThread" in log_text(installed)


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
@pytest.mark.expected_log("cutie.crash", "A crash listener failed")
def test_a_failing_listener_neither_stops_others_nor_escapes(installed: logging_setup.LogSetup) -> None:
    seen: list[str] = []

    def broken(report: CrashReport) -> None:
        raise RuntimeError("listener bug")

    removers = [
        logging_setup.add_crash_listener(broken),
        logging_setup.add_crash_listener(lambda r: seen.append(r.kind)),
    ]
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    for remove in removers:
        remove()
    assert seen == ["ZeroDivisionError"]
    assert "A crash listener failed" in log_text(installed)


@pytest.mark.expected_log("cutie.genai")
@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
def test_no_key_ever_reaches_the_log(
    installed: logging_setup.LogSetup, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_key = "env-key-0123456789-abcdef"
    monkeypatch.setenv("GEMINI_API_KEY", env_key)
    logging_setup.install(installed.log_folder, secrets=[CONFIGURED_KEY])  # reinstall: reads the environment
    reports: list[CrashReport] = []
    remove = logging_setup.add_crash_listener(reports.append)
    log = logging_setup.topic_logger("cutie.genai")
    log.warning("request with key=%s and %s", GOOGLE_KEY, CONFIGURED_KEY)
    log.info("GEMINI_API_KEY was %s", env_key)
    log.error("headers: %r", {"x-goog-api-key": GOOGLE_KEY + "extra"}, stack_info=True)
    try:
        raise PermissionError(f"API key not valid: {CONFIGURED_KEY}")
    except PermissionError:
        log.exception("refused")
    logging.getLogger("httpx").warning("GET https://example.test/v1beta/models?key=%s", GOOGLE_KEY)

    def leak() -> None:
        raise RuntimeError(f"400 for {GOOGLE_KEY}")

    worker = threading.Thread(target=leak)
    worker.start()
    worker.join()
    remove()
    current = logging_setup.current()
    assert current is not None
    raw = current.log_file.read_bytes()
    for secret in (GOOGLE_KEY, CONFIGURED_KEY, env_key, "AIzaSyD3adb33f"):
        assert secret.encode() not in raw
    text = log_text(current)
    assert "request with key=[REDACTED] and [REDACTED]" in text
    assert "GEMINI_API_KEY was [REDACTED]" in text
    assert "headers: {'x-goog-api-key': '[REDACTED]'}" in text
    assert "models?key=[REDACTED]" in text
    assert "PermissionError: API key not valid: [REDACTED]" in text
    [report] = reports
    assert GOOGLE_KEY not in report.message + report.details
    assert "RuntimeError: 400 for [REDACTED]" in report.details


def test_redact_leaves_ordinary_text_and_short_secrets_alone() -> None:
    logging_setup.register_secret("abc")  # too short to be a key: would blank out words
    logging_setup.register_secret(None)
    assert logging_setup.redact("abc AIza-is-not-a-key") == "abc AIza-is-not-a-key"
    assert logging_setup.redact(f"k={GOOGLE_KEY}.") == "k=[REDACTED]."


def test_library_warnings_go_to_the_log(installed: logging_setup.LogSetup) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("always")  # pytest turns warnings into errors; the app's default shows them
        with Image.open(io.BytesIO(jpeg_with_corrupt_exif())) as image:
            image.getexif()
    text = log_text(installed)
    assert "WARNING py.warnings:" in text
    assert "UserWarning: Corrupt EXIF data." in text


def test_uncaught_errors_and_warnings_never_reach_stderr(tmp_path: Path) -> None:
    """A real interpreter with Python's default warning filters and hooks: only the log file hears."""
    image = tmp_path / "photo.jpg"
    image.write_bytes(jpeg_with_corrupt_exif())
    script = textwrap.dedent(
        f"""
        import logging, sys
        from PIL import Image
        from cutie_app.core.system import logging_setup
        setup = logging_setup.install()
        print(setup.log_file)
        logging.getLogger("cutie.store").error("a store error")
        logging.getLogger("some.library").warning("a library warning")
        Image.open({str(image)!r}).getexif()
        raise RuntimeError("boom with {GOOGLE_KEY}")
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1
    assert done.stderr == ""
    log_file = Path(done.stdout.strip())
    assert log_file.parent == paths.logs_dir()
    text = log_file.read_text("utf-8")
    assert "ERROR cutie.store: a store error" in text
    assert "WARNING some.library: a library warning" in text
    assert "Corrupt EXIF data" in text
    assert "RuntimeError: boom with [REDACTED]" in text
    assert GOOGLE_KEY not in text


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
def test_the_cli_gets_one_line_on_stderr(
    installed: logging_setup.LogSetup, capsys: pytest.CaptureFixture[str]
) -> None:
    remove = logging_setup.add_crash_listener(logging_setup.print_crash_line)
    try:
        raise OSError("disk on fire")
    except OSError:
        sys.excepthook(*sys.exc_info())
    finally:
        remove()
    err = capsys.readouterr().err
    assert err == f"cutie: internal error (OSError: disk on fire); details in {installed.log_file}\n"


@pytest.mark.expected_log("cutie.crash", "Exception ignored in")
def test_unraisable_errors_are_logged(installed: logging_setup.LogSetup) -> None:
    class Leaky:
        def __del__(self) -> None:
            raise RuntimeError("close failed in __del__")

    leaky = Leaky()
    del leaky
    text = log_text(installed)
    assert "ERROR cutie.crash: Exception ignored in" in text
    assert "RuntimeError: close failed in __del__" in text


def test_the_log_is_size_capped(tmp_path: Path) -> None:
    logging_setup.install(tmp_path / "logs", max_bytes=4_000, backups=2)
    try:
        log = logging_setup.topic_logger("cutie.engine")
        for number in range(600):
            log.info("variant %04d delivered after %s retries", number, "no")
    finally:
        logging_setup.uninstall()
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["cutie.log", "cutie.log.1", "cutie.log.2"]
    assert all((tmp_path / "logs" / name).stat().st_size <= 4_000 for name in files)
    assert "variant 0599 delivered" in (tmp_path / "logs" / "cutie.log").read_text("utf-8")


def test_log_files_honour_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        setup = logging_setup.install(tmp_path / "new" / "logs")
        logging_setup.uninstall()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(setup.log_file.stat().st_mode) == 0o640
    assert stat.S_IMODE(setup.log_folder.stat().st_mode) == 0o750


def test_uninstall_puts_everything_back(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = (sys.excepthook, threading.excepthook, sys.unraisablehook, list(root.handlers), root.level)
    logging_setup.install(tmp_path / "a")
    setup = logging_setup.install(tmp_path / "b")  # a second install replaces the first
    assert [h for h in root.handlers if h not in before[3]] == setup.handlers
    assert sys.excepthook is not before[0]
    logging_setup.uninstall()
    after = (sys.excepthook, threading.excepthook, sys.unraisablehook, list(root.handlers), root.level)
    assert after == before
    assert logging_setup.current() is None


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (a device that is always full)")
@pytest.mark.expected_log("cutie.store", "this line cannot be written")
def test_a_full_disk_under_the_log_prints_nothing(
    installed: logging_setup.LogSetup, capfd: pytest.CaptureFixture[str]
) -> None:
    [handler] = installed.handlers
    assert isinstance(handler, logging.FileHandler) and handler.stream is not None
    handler.stream.close()
    full = Path("/dev/full").open("w", encoding="utf-8", buffering=1)  # noqa: SIM115 (closed below)
    handler.stream = full  # every line written fails with ENOSPC
    try:
        logging_setup.topic_logger("cutie.store").error("this line cannot be written")
        out, err = capfd.readouterr()
    finally:
        handler.stream = None
        with contextlib.suppress(OSError):
            full.close()
    assert (out, err) == ("", "")
