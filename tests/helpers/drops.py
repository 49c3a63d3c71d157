"""Real drag-and-drop events, delivered the way a file manager or a browser delivers them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


def _drag_pos(event_type: type, pos: QPointF) -> QPointF | QPoint:
    """Drag enter/move take a QPointF from PySide6 6.12 (QPoint is deprecated there), a QPoint before."""
    args = (Qt.DropAction.CopyAction, QMimeData(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        event_type(pos, *args)
    except TypeError:
        return pos.toPoint()
    return pos


def send_mime_drop(widget: QWidget, mime: QMimeData, pos: QPointF | None = None) -> bool:
    """DragEnter, DragMove, Drop: True when the drop was accepted.

    Item views receive drag events on their viewport, so that is where they are sent.
    """
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    pos = pos or QPointF(10, 10)
    rest = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(_drag_pos(QDragEnterEvent, pos), *rest)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target, QDragMoveEvent(_drag_pos(QDragMoveEvent, pos), *rest))
    drop = QDropEvent(pos, *rest)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def send_file_drop(widget: QWidget, paths: Iterable[Path | str], pos: QPointF | None = None) -> bool:
    """Drop local files with file URLs, as a file manager sends them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return send_mime_drop(widget, mime, pos)
