"""Uncaught exceptions reach a crash dialog on the UI thread, or a log line when dialogs are off."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot, qInstallMessageHandler, qWarning
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cutie_app.core.system import logging_setup
from cutie_app.ui.dialogs.crash_dialog import CrashDialog, CrashRouter, install_crash_dialogs, log_qt_messages

# The dialog raises itself above the window; the offscreen platform says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")

GOOGLE_KEY = "AIzaSyD3adb33fC0ffee0123456789abcdefXYZ"


@pytest.fixture
def log_setup(tmp_path: Path) -> Iterator[logging_setup.LogSetup]:
    setup = logging_setup.install(tmp_path / "logs")
    try:
        yield setup
    finally:
        logging_setup.uninstall()


@pytest.fixture
def router(qtbot: QtBot, log_setup: logging_setup.LogSetup) -> Iterator[CrashRouter]:
    router = install_crash_dialogs()
    try:
        yield router
    finally:
        router.stop()
        if router.dialog is not None:
            router.dialog.close()
        router.deleteLater()


def crash_in_thread(message: str, name: str = "network-1") -> None:
    def fail() -> None:
        raise ValueError(message)

    worker = threading.Thread(target=fail, name=name)
    worker.start()
    worker.join()


def shown_dialog(qtbot: QtBot, router: CrashRouter) -> CrashDialog:
    """The dialog the router opened, once the queued report has reached the UI thread."""
    qtbot.waitUntil(lambda: router.dialog is not None and router.dialog.isVisible())
    assert router.dialog is not None
    return router.dialog


class UrlRecorder(QObject):
    """Receives the URLs QDesktopServices would hand to the desktop (file manager)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
def test_a_crash_in_a_worker_thread_opens_the_dialog_on_the_ui_thread(
    qtbot: QtBot, router: CrashRouter, log_setup: logging_setup.LogSetup
) -> None:
    shown_on: list[threading.Thread] = []
    router.dialog_shown.connect(lambda dialog: shown_on.append(threading.current_thread()))
    crash_in_thread("the answer was cut off")
    dialog = shown_dialog(qtbot, router)
    qtbot.addWidget(dialog)
    app = QApplication.instance()
    assert app is not None
    assert shown_on == [threading.main_thread()]
    assert dialog.thread() is app.thread()
    assert dialog.windowTitle() == "Cutie ran into a problem"
    assert dialog.error_label.text() == "The error: ValueError: the answer was cut off"
    assert "in the background" in dialog.explanation.text()
    assert dialog.log_label.text() == f"The log is kept in {log_setup.log_folder}"
    assert "ValueError: the answer was cut off" in dialog.details_view.toPlainText()
    assert "Thread: network-1" in dialog.details_view.toPlainText()
    for name in ("crashCopyDetails", "crashOpenLogFolder", "crashClose", "crashDetails"):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
def test_an_exception_in_a_slot_on_the_ui_thread_gets_the_dialog_too(
    qtbot: QtBot, router: CrashRouter
) -> None:
    def broken_slot() -> None:
        raise KeyError("gallery row 12")

    QTimer.singleShot(0, broken_slot)  # PySide6 hands slot exceptions to sys.excepthook
    dialog = shown_dialog(qtbot, router)
    assert dialog.error_label.text() == "The error: KeyError: 'gallery row 12'"
    assert "in the background" not in dialog.explanation.text()


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
def test_copy_details_copies_versions_and_traceback_without_the_key(
    qtbot: QtBot, router: CrashRouter
) -> None:
    crash_in_thread(f"400 Bad Request for key {GOOGLE_KEY}")
    dialog = shown_dialog(qtbot, router)
    QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Qt ")
    assert "\nCutie " in copied
    assert "Traceback (most recent call last)" in copied
    assert "ValueError: 400 Bad Request for key [REDACTED]" in copied
    assert GOOGLE_KEY not in copied
    assert GOOGLE_KEY not in dialog.error_label.text() + dialog.details_view.toPlainText()
    assert dialog.copy_button.text() == "Copied"


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
def test_open_log_folder_asks_the_desktop_to_open_the_logs_folder(
    qtbot: QtBot, router: CrashRouter, log_setup: logging_setup.LogSetup
) -> None:
    recorder = UrlRecorder()
    # WORKAROUND: the stubs ask for bytes, but PySide6 6.11 accepts only a str method name here.
    QDesktopServices.setUrlHandler("file", recorder, "open")  # type: ignore[arg-type]
    try:
        crash_in_thread("boom")
        dialog = shown_dialog(qtbot, router)
        QTest.mouseClick(dialog.open_log_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert recorder.urls == [QUrl.fromLocalFile(str(log_setup.log_folder))]


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
def test_crashes_while_the_dialog_is_open_join_it(qtbot: QtBot, router: CrashRouter) -> None:
    crash_in_thread("first")
    first = shown_dialog(qtbot, router)
    crash_in_thread("second", name="thumbs-2")
    crash_in_thread("third", name="thumbs-3")
    qtbot.waitUntil(lambda: len(first.reports) == 3)
    assert router.dialog is first
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()] == [
        first
    ]
    assert first.more_label.isVisible()
    assert (
        first.more_label.text() == "2 more problem(s) happened since; all of them are below and in the log."
    )
    details = first.details_view.toPlainText()
    assert (
        details.index("ValueError: first")
        < details.index("ValueError: second")
        < details.index("ValueError: third")
    )
    QTest.mouseClick(first.close_button, Qt.MouseButton.LeftButton)
    assert router.dialog is None
    crash_in_thread("after closing")
    assert shown_dialog(qtbot, router).reports[0].message == "after closing"


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
@pytest.mark.expected_log("cutie.ui", "Crash dialog not shown")
def test_with_dialogs_off_a_crash_becomes_a_log_line(qtbot: QtBot, log_setup: logging_setup.LogSetup) -> None:
    router = install_crash_dialogs(show_dialogs=False)
    try:
        crash_in_thread("quietly, please")

        def logged() -> bool:
            for handler in log_setup.handlers:
                handler.flush()
            return "Crash dialog not shown" in log_setup.log_file.read_text("utf-8")

        qtbot.waitUntil(logged)
    finally:
        router.stop()
        router.deleteLater()
    text = log_setup.log_file.read_text("utf-8")
    assert (
        "ERROR cutie.ui: Crash dialog not shown (dialogs are off): ValueError: quietly, please in thread network-1"
        in text
    )
    assert "CRITICAL cutie.crash: Uncaught exception in thread network-1" in text
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]


@pytest.mark.expected_log("cutie.crash", "Uncaught exception")
def test_a_stopped_router_shows_nothing(qtbot: QtBot, router: CrashRouter) -> None:
    router.stop()
    crash_in_thread("after stop")
    qtbot.wait(50)
    assert router.dialog is None


@pytest.mark.expected_log("cutie.qt", "Recursive repaint detected")
def test_qt_warnings_go_to_the_log_not_stderr(
    qtbot: QtBot, log_setup: logging_setup.LogSetup, capfd: pytest.CaptureFixture[str]
) -> None:
    previous = log_qt_messages()
    try:
        qWarning("QWidget::repaint: Recursive repaint detected")
    finally:
        qInstallMessageHandler(previous)
    for handler in log_setup.handlers:
        handler.flush()
    assert "WARNING cutie.qt: QWidget::repaint: Recursive repaint detected" in log_setup.log_file.read_text(
        "utf-8"
    )
    assert capfd.readouterr().err == ""
