"""Paints one gallery tile: the thumbnail, flag, stars, consistency badge and session states.

Everything is drawn at paint time from the model's values, so no decorated pixmap exists per
image. Selection is a frame around the picture, never a tint over it: in a tool about matching
a palette, a selected blue sketch must stay exactly that blue. The picture's pixels are only
ever copied (scaled to fit); badges sit in its corners, and a rejected image is dimmed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate

from cutie_app.ui.models.gallery_model import (
    KIND_ROLE,
    STATE_ROLE,
    THUMB_ROLE,
    TITLE_ROLE,
    TileKind,
    TileState,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

TILE = 150  # the picture's square, in logical pixels, when the row has room
PAD = 7  # around the picture: room for the selection frame
CAPTION = 20
GRID = QSize(TILE + 2 * PAD, PAD + TILE + 4 + CAPTION + 3)
MIN_CELL_WIDTH = 128 + 2 * PAD  # a narrow row shrinks the pictures down to 128 px
#: The thumbnail-size slider's range (the decoded thumbnails are 256 px, so never blurry).
TILE_RANGE = (96, 256)


def grid_for(tile: int) -> QSize:
    """The cell of a tile whose picture is `tile` px square."""
    return QSize(tile + 2 * PAD, PAD + tile + 4 + CAPTION + 3)


def min_cell_width(tile: int) -> int:
    """A narrow row shrinks the pictures a little (150 px ones down to 128 px)."""
    return tile * 128 // TILE + 2 * PAD


FRAME = 3  # selection frame width, drawn outside the picture with a 1 px gap

PLACEHOLDER = {
    TileKind.GENERATING: ("#e9e9ec", "#3a3a3f"),  # light fill, dark fill
    TileKind.NOT_RUN: ("#e0e0e0", "#38383c"),
    TileKind.FAILED: ("#f6d5d1", "#5b2d29"),
    TileKind.NOT_SAVED: ("#f6d5d1", "#5b2d29"),
    TileKind.CANCELLED: ("#e0e0e0", "#38383c"),
    TileKind.UNREADABLE: ("#e0e0e0", "#38383c"),
}
PICK = QColor("#2e8b57")
REJECT = QColor("#c0392b")
STAR = QColor("#ffcc33")
BADGE = QColor(0, 0, 0, 150)
ANCHOR = QColor("#1f6fb2")
BADGE_ROOM = 110  # badges sit on the picture's corners, spread at least this wide


def picture_rect(cell: QRect, tile: int = TILE) -> QRect:
    """Where the picture's square sits in a tile's cell (`tile` wide, or what the cell allows)."""
    side = max(1, min(tile, cell.width() - 2 * PAD))
    return QRect(cell.x() + (cell.width() - side) // 2, cell.y() + PAD + (tile - side), side, side)


def fitted(image: QImage, box: QRect) -> QRect:
    """The largest rect with the image's aspect ratio, centred in `box`."""
    size = QSize(image.width(), image.height()).scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(
        box.x() + (box.width() - size.width()) // 2,
        box.y() + (box.height() - size.height()) // 2,
        size.width(),
        size.height(),
    )


def _badge_area(shown: QRect, box: QRect) -> QRect:
    """The picture's rect, widened (or heightened) to leave room for the badges."""
    width = max(shown.width(), min(BADGE_ROOM, box.width()))
    height = max(shown.height(), min(60, box.height()))
    return QRect(box.x() + (box.width() - width) // 2, box.y() + (box.height() - height) // 2, width, height)


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class TileDelegate(QStyledItemDelegate):
    """Draws tiles of `GalleryModel` rows in a fixed grid.

    Signals:
        thumb_missing(): a saved image was painted before its thumbnail was decoded.
    """

    thumb_missing = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._badge_font: QFont | None = None
        self.tile = TILE

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The view's grid cell: a tile fills its cell, so a narrow row shrinks the pictures
        rather than letting each tile reach into the next (where the next one paints over it)."""
        grid = self._view.gridSize() if isinstance(self._view, QListView) else QSize()
        return grid if grid.isValid() else grid_for(self.tile)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        palette = option.palette
        cell: QRect = option.rect
        # Asked of the view rather than read from option.state: that would build QStyle's ~30
        # Python enums on the first paint, a cost start-up can do without.
        selected = self._view.selectionModel().isSelected(index)
        focus = self._view.hasFocus() and self._view.currentIndex() == index
        box = picture_rect(cell, self.tile)
        kind: TileKind = index.data(KIND_ROLE)
        image: QImage = index.data(THUMB_ROLE)
        painter.save()
        caption_font = QFont(painter.font())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        badges = box
        if kind in (TileKind.SAVED, TileKind.ARRIVED) and not image.isNull():
            shown = fitted(image, box)
            painter.drawImage(shown, image)
            badges = _badge_area(shown, box)
        else:
            self._placeholder(painter, box, palette, None if kind is TileKind.SAVED else kind, index)
            if kind is TileKind.SAVED:
                self.thumb_missing.emit()
        tile_state = index.data(STATE_ROLE)
        if isinstance(tile_state, TileState):
            self._badges(painter, box, badges, palette, tile_state)
        self._frame(painter, badges, palette, selected, focus)
        painter.setFont(caption_font)
        caption = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        self._caption(painter, cell, box, palette, caption, selected)
        painter.restore()

    # -- parts --------------------------------------------------------------------------------------

    def _placeholder(
        self,
        painter: QPainter,
        box: QRect,
        palette: QPalette,
        kind: TileKind | None,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """A tile without a picture: its words (Loading…, Generating…, why it failed) on a fill."""
        dark = _dark(palette)
        if kind is None:
            fill = palette.color(QPalette.ColorRole.AlternateBase)
        else:
            fill = QColor(PLACEHOLDER[kind][1 if dark else 0])
        painter.fillRect(box, fill)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text = str(index.data(TITLE_ROLE) or "")
        painter.drawText(
            box.adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
        )

    def _font(self, painter: QPainter) -> QFont:
        if self._badge_font is None:
            font = QFont(painter.font())
            font.setPixelSize(13)
            font.setBold(True)
            self._badge_font = font
        return self._badge_font

    def _badges(
        self, painter: QPainter, box: QRect, area: QRect, palette: QPalette, state: TileState
    ) -> None:
        """Flag top left, score top right, stars bottom left of `area` (the picture, or the box)."""
        if state.flag == "reject":  # dimmed, as culling tools show rejects
            veil = QColor(palette.color(QPalette.ColorRole.Base))
            veil.setAlpha(120)
            painter.fillRect(box, veil)
        box = area
        painter.setFont(self._font(painter))
        if state.flag in ("pick", "reject"):
            dot = QRect(box.x() + 4, box.y() + 4, 22, 22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PICK if state.flag == "pick" else REJECT)
            painter.drawEllipse(dot)
            painter.setPen(QColor("white"))
            painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, "✓" if state.flag == "pick" else "✕")
        if state.rating:
            stars = QRect(box.x() + 4, box.bottom() - 21, 12 * state.rating + 8, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE)
            painter.drawRoundedRect(stars, 4, 4)
            painter.setPen(STAR)
            painter.drawText(stars, Qt.AlignmentFlag.AlignCenter, "★" * state.rating)
        if state.anchor:  # bottom right: which image the character is anchored on
            text = self.tr("Anchor")
            wide = painter.fontMetrics().horizontalAdvance(text) + 12
            badge = QRect(box.right() - wide - 3, box.bottom() - 21, wide, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ANCHOR)
            painter.drawRoundedRect(badge, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        if state.score is not None:
            score = QRect(box.right() - 43, box.y() + 4, 40, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE)
            painter.drawRoundedRect(score, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(score, Qt.AlignmentFlag.AlignCenter, f"{round(state.score * 100)}%")

    def _frame(self, painter: QPainter, box: QRect, palette: QPalette, selected: bool, focus: bool) -> None:
        """A band around the picture and its badges (1 px gap), so no pixel of it is covered."""
        outer = box.adjusted(-1 - FRAME, -1 - FRAME, 1 + FRAME, 1 + FRAME)
        if selected:
            color = palette.color(QPalette.ColorRole.Highlight)
            painter.fillRect(QRect(outer.left(), outer.top(), outer.width(), FRAME), color)
            painter.fillRect(QRect(outer.left(), outer.bottom() - FRAME + 1, outer.width(), FRAME), color)
            painter.fillRect(QRect(outer.left(), outer.top(), FRAME, outer.height()), color)
            painter.fillRect(QRect(outer.right() - FRAME + 1, outer.top(), FRAME, outer.height()), color)
        elif focus:
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(outer.adjusted(1, 1, -2, -2))

    def _caption(
        self, painter: QPainter, cell: QRect, box: QRect, palette: QPalette, text: str, selected: bool
    ) -> None:
        area = QRect(cell.x() + 2, box.bottom() + 1 + FRAME + 2, cell.width() - 4, CAPTION)
        metrics = painter.fontMetrics()
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width() - 8)
        if selected:
            width = min(area.width(), metrics.horizontalAdvance(shown) + 10)
            pill = QRect(area.center().x() - width // 2, area.y(), width, area.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(pill, 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, shown)
