"""The crash dialog: an uncaught exception said in plain words, its details, and where the log is.

`install_crash_dialogs()` hangs a `CrashRouter` on the core's crash listeners
(`cutie_app.core.system.logging_setup`, which has already logged the traceback). A failing thread
only emits a queued signal carrying a frozen `CrashReport`; the dialog is built and shown on the UI
thread, never inside the call that failed. Crashes that arrive while the dialog is open join it
instead of stacking windows. With `show_dialogs=False` (tests, unattended runs) each crash becomes
one log line instead of a dialog.

`log_qt_messages()` is the UI half of "nothing goes to stderr": Qt's own warnings (a plugin that
cannot do something, a bad connection) go to the `cutie.qt` log topic instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import PySide6
from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.system import logging_setup
from cutie_app.core.system.logging_setup import CrashReport

log = logging.getLogger("cutie.ui")
qt_log = logging.getLogger("cutie.qt")
QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_line() -> str:
    return f"Qt {qVersion()} · PySide6 {PySide6.__version__}"


class CrashDialog(QDialog):
    """What went wrong, with **Copy details** and **Open log folder**. Later reports join it."""

    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Cutie ran into a problem"))
        self.setAccessibleName(self.tr("Cutie ran into a problem"))
        self.reports: list[CrashReport] = [report]
        self._log_file = report.log_file

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Something went wrong inside Cutie."))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setObjectName("crashHeading")
        layout.addWidget(heading)

        if report.thread == "MainThread":
            where = self.tr("Cutie hit an error it did not expect.")
        else:
            where = self.tr("Cutie hit an error it did not expect while working in the background.")
        self.explanation = QLabel(
            where
            + " "
            + self.tr(
                "Your project is safe: what was saved is still on disk. You can keep working; "
                "if something looks wrong, save what you can and restart Cutie."
            )
        )
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("crashExplanation")
        layout.addWidget(self.explanation)

        self.error_label = QLabel(self.tr("The error: {error}").format(error=report.summary))
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setObjectName("crashError")
        layout.addWidget(self.error_label)

        self.more_label = QLabel()
        self.more_label.setObjectName("crashMore")
        self.more_label.hide()
        layout.addWidget(self.more_label)

        self.details_view = QPlainTextEdit()
        self.details_view.setReadOnly(True)
        self.details_view.setObjectName("crashDetails")
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setFont(QFont("monospace"))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setMinimumSize(520, 180)
        layout.addWidget(self.details_view, 1)

        if report.log_file is not None:
            location = self.tr("The log is kept in {folder}").format(folder=report.log_file.parent)
        else:
            location = self.tr("No log file is being written.")
        self.log_label = QLabel(location)
        self.log_label.setWordWrap(True)
        self.log_label.setTextFormat(Qt.TextFormat.PlainText)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setObjectName("crashLogLocation")
        layout.addWidget(self.log_label)

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("crashCopyDetails")
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addWidget(self.copy_button)
        self.open_log_button = QPushButton(self.tr("Open log folder"))
        self.open_log_button.setObjectName("crashOpenLogFolder")
        self.open_log_button.setAccessibleName(self.tr("Open log folder"))
        self.open_log_button.setEnabled(report.log_file is not None)
        self.open_log_button.clicked.connect(self.open_log_folder)
        buttons.addWidget(self.open_log_button)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("crashClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._refresh()

    def add_report(self, report: CrashReport) -> None:
        """Another crash while this dialog is open: counted and added to the details."""
        self.reports.append(report)
        self._refresh()

    def details_text(self) -> str:
        """What **Copy details** copies: versions and every traceback, already free of keys."""
        return qt_line() + "\n" + "\n\n----\n\n".join(r.details for r in self.reports)

    def _refresh(self) -> None:
        self.details_view.setPlainText(self.details_text())
        more = len(self.reports) - 1
        if more:
            self.more_label.setText(
                self.tr("%n more problem(s) happened since; all of them are below and in the log.", "", more)
            )
            self.more_label.show()

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))

    @Slot()
    def open_log_folder(self) -> None:
        if self._log_file is None:
            return
        folder = self._log_file.parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QGuiApplication.clipboard().setText(str(folder))
            self.log_label.setText(
                self.tr("Could not open {folder}; its path is on the clipboard.").format(folder=folder)
            )


class CrashRouter(QObject):
    """Carries crash reports from any thread to a dialog on the thread this object lives on (the UI's).

    Signals:
        reported(CrashReport): emitted from the failing thread, handled through a queued
            connection on the UI thread.
        dialog_shown(CrashDialog): the dialog that was opened or that a report joined.
    """

    reported = Signal(CrashReport)
    dialog_shown = Signal(CrashDialog)

    def __init__(self, *, show_dialogs: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_dialogs = show_dialogs
        self.dialog: CrashDialog | None = None
        self._window: QWidget | None = None
        self._remove_listener: Callable[[], None] | None = None
        self.reported.connect(self._handle, Qt.ConnectionType.QueuedConnection)

    def set_window(self, window: QWidget | None) -> None:
        """The window dialogs are centred on (the main window, once it exists)."""
        self._window = window

    def report(self, report: CrashReport) -> None:
        """A core crash listener: safe to call from any thread, touches no widget."""
        self.reported.emit(report)

    def listen(self) -> None:
        if self._remove_listener is None:
            self._remove_listener = logging_setup.add_crash_listener(self.report)

    def stop(self) -> None:
        """Stop listening (before the application quits, or at the end of a test)."""
        if self._remove_listener is not None:
            self._remove_listener()
            self._remove_listener = None

    @Slot(object)
    def _handle(self, report: CrashReport) -> None:
        if not self.show_dialogs:
            log.error(
                "Crash dialog not shown (dialogs are off): %s in thread %s", report.summary, report.thread
            )
            return
        try:
            if self.dialog is not None:
                self.dialog.add_report(report)
            else:
                self.dialog = CrashDialog(report, self._window)
                self.dialog.finished.connect(self._closed)
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
            self.dialog_shown.emit(self.dialog)
        except Exception:  # a broken dialog must not loop through the excepthook forever
            self.show_dialogs = False
            log.exception("The crash dialog failed; further crashes go to the log only")

    @Slot()
    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


def install_crash_dialogs(window: QWidget | None = None, *, show_dialogs: bool = True) -> CrashRouter:
    """Show a crash dialog for every uncaught exception, from any thread. Call on the UI thread.

    Needs a QApplication and `logging_setup.install()` (which hooks the exceptions and writes the log).
    The router is parented to the application, so it lives as long as the app; `stop()` detaches it.
    """
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("install_crash_dialogs() needs a QApplication")
    router = CrashRouter(show_dialogs=show_dialogs, parent=app)
    router.set_window(window)
    router.listen()
    return router


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def log_qt_messages() -> QtMessageHandler | None:
    """Send Qt's messages to the log instead of stderr. Returns the handler it replaced (to restore it)."""
    return qInstallMessageHandler(_qt_message)
