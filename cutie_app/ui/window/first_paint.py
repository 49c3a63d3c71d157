"""Work that waits until the window has been drawn once.

Some start-up work shows nothing in the first frame (asking the keyring where the API key is, a
second or so of imports in the background): run any earlier and it competes with building and
drawing the window for the one Python interpreter. `AfterFirstPaint` runs it just after the
window's first paint, or after `LATEST_MS` if the window is never painted (started minimised).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: When the work runs at the latest, painted or not (milliseconds after `AfterFirstPaint`).
LATEST_MS = 1000


class AfterFirstPaint(QObject):
    """Calls each function given to `call` once, in order, after `window` first paints."""

    def __init__(self, window: QWidget, *, latest_ms: int = LATEST_MS) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[Callable[[], object]] = []
        self._done = False
        window.installEventFilter(self)
        self._latest = QTimer(self, singleShot=True, interval=latest_ms)
        self._latest.timeout.connect(self._run)
        self._latest.start()

    @property
    def done(self) -> bool:
        """The window has painted (or the wait timed out) and the work has been started."""
        return self._done

    def call(self, fn: Callable[[], object]) -> None:
        """Run `fn` after the first paint (at the next turn of the event loop if that was already)."""
        if self._done:
            QTimer.singleShot(0, self, fn)
        else:
            self._waiting.append(fn)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._latest.stop()
        self._window.removeEventFilter(self)
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()
