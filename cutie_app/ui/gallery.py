"""Results as they arrive: one tile per variant, with its outcome, for this session's batches.

Thumbnails arrive already decoded (off the UI thread); a tile that failed shows why.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from cutie_app.core.generation import Variant, VariantStatus

ITEM_VARIANT = Qt.ItemDataRole.UserRole
TILE = 150

STATUS_TEXT = {
    VariantStatus.DELIVERED: "",
    VariantStatus.BLOCKED: "Blocked",
    VariantStatus.TEXT_ONLY: "Words only",
    VariantStatus.FAILED: "Failed",
    VariantStatus.CANCELLED: "Cancelled",
}


def _placeholder(text: str, color: str) -> QPixmap:
    pixmap = QPixmap(TILE, TILE)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#333333"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    painter.end()
    return pixmap


class Gallery(QListWidget):
    """Variant tiles in arrival order, newest batch first."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("gallery")
        self.setAccessibleName(self.tr("Generated images"))
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(TILE, TILE))
        self.setGridSize(QSize(TILE + 16, TILE + 36))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._pending: dict[tuple[str, int], QListWidgetItem] = {}

    def add_pending(self, batch_key: str, count: int) -> None:
        """Reserve one tile per variant so results land in a stable place."""
        for index in range(count):
            item = QListWidgetItem(QIcon(_placeholder(self.tr("Generating…"), "#eeeeee")), f"#{index + 1}")
            self.insertItem(index, item)
            self._pending[(batch_key, index)] = item

    def show_variant(self, batch_key: str, variant: Variant, thumb: QImage) -> QListWidgetItem:
        item = self._pending.pop((batch_key, variant.index), None)
        if item is None:
            item = QListWidgetItem()
            self.insertItem(0, item)
        if variant.delivered and not thumb.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(thumb)))
            cost = f" · ${variant.recipe.cost_usd:.3f}" if variant.recipe.cost_usd is not None else ""
            item.setText(f"#{variant.index + 1}{cost}")
        else:
            title = variant.error.title if variant.error else STATUS_TEXT[variant.status]
            item.setIcon(
                QIcon(
                    _placeholder(
                        title, "#f6d5d1" if variant.status is not VariantStatus.CANCELLED else "#e0e0e0"
                    )
                )
            )
            item.setText(f"#{variant.index + 1} · {self.tr(STATUS_TEXT[variant.status])}")
        item.setToolTip(str(variant.error) if variant.error else variant.recipe.prompt_text[:400])
        item.setData(ITEM_VARIANT, variant)
        return item

    def clear_pending(self, batch_key: str) -> None:
        for key in [k for k in self._pending if k[0] == batch_key]:
            item = self._pending.pop(key)
            item.setText(item.text() + " · " + self.tr("not run"))

    def variants(self) -> list[Variant]:
        return [v for v in (self.item(i).data(ITEM_VARIANT) for i in range(self.count())) if v is not None]
