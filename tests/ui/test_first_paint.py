"""Start-up work that waits for the window's first paint (or runs anyway if it never comes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cutie_app.ui.window.first_paint import AfterFirstPaint

WAIT = 10_000


class PaintLog(QObject):
    """Notes each paint of `widget` in `log` (installed first, so it hears of a paint last)."""

    def __init__(self, widget: QWidget, log: list[str]) -> None:
        super().__init__(widget)
        self.log = log
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.log.append("painted")
        return False


def test_the_work_waits_for_the_first_paint_then_runs_once_in_order(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    log: list[str] = []
    PaintLog(window, log)
    after = AfterFirstPaint(window, latest_ms=600_000)
    after.call(lambda: log.append("first"))
    after.call(lambda: log.append("second"))
    QApplication.processEvents()
    assert log == [] and not after.done  # not shown, not painted: nothing ran
    window.show()
    qtbot.waitUntil(lambda: "second" in log, timeout=WAIT)
    assert log[0] == "painted" and log.index("first") < log.index("second")
    assert log.count("first") == 1 and after.done
    window.update()
    qtbot.waitUntil(lambda: log.count("painted") >= 2, timeout=WAIT)
    assert log.count("first") == 1 and log.count("second") == 1


def test_work_asked_for_after_the_paint_runs_at_the_next_turn_of_the_event_loop(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    after = AfterFirstPaint(window, latest_ms=600_000)
    window.show()
    qtbot.waitUntil(lambda: after.done, timeout=WAIT)
    ran: list[str] = []
    after.call(lambda: ran.append("late"))
    assert ran == []  # never inside the caller
    qtbot.waitUntil(lambda: ran == ["late"], timeout=WAIT)


def test_a_window_that_never_paints_does_not_hold_the_work_back(qtbot: QtBot) -> None:
    window = QWidget()  # never shown (a window started minimised is never painted either)
    qtbot.addWidget(window)
    after = AfterFirstPaint(window, latest_ms=50)
    ran: list[str] = []
    after.call(lambda: ran.append("ran"))
    qtbot.waitUntil(lambda: ran == ["ran"], timeout=WAIT)
    assert after.done
