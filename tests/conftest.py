"""Test isolation for every test: offscreen Qt, private user folders, an in-memory keyring.

Noise is a failure: a WARNING (or worse) logged by one of Cutie's loggers fails the test unless
the test declares it with `@pytest.mark.expected_log("cutie.store", "words in the message")` or
checks the log itself through `caplog`,
and a test that leaves a thread running fails, naming the thread. Qt warnings fail through
pytest-qt's `qt_log_level_fail` (pyproject.toml).
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import os
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from cutie_app.demo.server import DemoServer

#: How long a thread a test started may take to finish after the test (workers shutting down).
THREAD_GRACE_S = 5.0


def pytest_addoption(parser: pytest.Parser) -> None:
    """The core's tests also run where PySide6 and pytest-qt are not installed (CI proves the core
    Qt-free that way); pytest-qt's settings in pyproject.toml must not fail `--strict-config` there."""
    if importlib.util.find_spec("pytestqt") is None:
        parser.addini("qt_api", "pytest-qt's Qt binding (pytest-qt is not installed here)")
        parser.addini("qt_log_level_fail", "pytest-qt's Qt log level (pytest-qt is not installed here)")
        parser.addini(
            "qt_log_ignore", "pytest-qt's ignored Qt messages (not installed here)", type="linelist"
        )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "expected_log(logger, text=''): this test expects WARNING+ records from `logger` (a prefix), "
        "optionally only those containing `text`",
    )


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _expected(record: logging.LogRecord, marks: list[Any]) -> bool:
    for mark in marks:
        logger = mark.args[0] if mark.args else ""
        text = mark.args[1] if len(mark.args) > 1 else mark.kwargs.get("text", "")
        if record.name.startswith(logger) and text in record.getMessage():
            return True
    return False


@pytest.fixture(autouse=True)
def fail_on_cutie_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A WARNING or worse from Cutie's loggers fails the test unless it is declared."""
    handler = _Records()
    logger = logging.getLogger("cutie")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if "caplog" in request.fixturenames:
        return  # the test reads the log itself: what it logs is its business to check
    marks = list(request.node.iter_markers("expected_log"))
    unexpected = [r for r in handler.records if not _expected(r, marks)]
    if unexpected:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in unexpected)
        pytest.fail(f"Cutie logged warnings this test did not expect:\n{lines}", pytrace=False)


@pytest.fixture(autouse=True)
def fail_on_leftover_threads() -> Iterator[None]:
    """A test that leaves threads running fails, naming them (after a grace period to finish)."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + THREAD_GRACE_S
    while True:
        left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    if left:
        names = ", ".join(sorted(t.name for t in left))
        pytest.fail(f"the test left {len(left)} thread(s) running: {names}", pytrace=False)


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in memory (never keyrings.alt)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Cutie's data/config folders and XDG homes point into a fresh temp folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("CUTIE_DATA_DIR", "data"),
        ("CUTIE_CONFIG_DIR", "config"),
        ("XDG_DATA_HOME", "xdg-data"),
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_CACHE_HOME", "xdg-cache"),
        ("XDG_STATE_HOME", "xdg-state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    for var in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_GEMINI_BASE_URL", "GOOGLE_GENAI_API_VERSION"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def demo_server() -> Iterator[DemoServer]:
    """The local fake Gemini service, speaking real REST to the real SDK."""
    with DemoServer() as server:
        yield server


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """Collect reference cycles here, not whenever a worker thread happens to allocate.

    Qt wrappers freed by the garbage collector on a worker thread can crash the process.
    """
    yield
    gc.collect()
