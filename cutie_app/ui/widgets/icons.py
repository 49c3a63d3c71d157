"""Icons for pictures whose colours matter."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap


def untinted_icon(pixmap: QPixmap) -> QIcon:
    """An icon that looks the same when selected.

    Qt tints a selected icon with the selection colour; in a tool about matching a palette the
    picture must keep its colours, so the selection shows on the label or a frame instead.
    """
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon
