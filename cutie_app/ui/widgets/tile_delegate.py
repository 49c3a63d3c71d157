"""Paints one gallery tile: the thumbnail, flag, stars, consistency badge and session states.

Everything is drawn at paint time from the model's values, so no decorated pixmap exists per
image. Selection is a frame around the picture, never a tint over it: in a tool about matching
a palette, a selected blue sketch must stay exactly that blue. The picture's pixels are only
ever copied (scaled to fit); badges sit in its corners, and a rejected image is dimmed.

A closed stack's top shows two cards peeking out behind its picture and, at the end of its
caption line, the number of images in the stack with an arrow (a click there opens or closes
it). The tiles of an open stack stand on one shared band, from its top to its last member.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen, QPolygon
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate

from cutie_app.ui.models.gallery_model import (
    KIND_ROLE,
    STACK_ROLE,
    STATE_ROLE,
    THUMB_ROLE,
    TITLE_ROLE,
    StackPlace,
    StackTile,
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
CARD = 3  # a closed stack's two cards peek out this far above and right of its picture, each
ARROW = 7  # the stack badge's arrow, in px


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


def _mix(one: QColor, other: QColor, amount: float) -> QColor:
    """`one` moved `amount` (0-1) of the way to `other`: a colour that follows the theme."""
    return QColor(
        round(one.red() + (other.red() - one.red()) * amount),
        round(one.green() + (other.green() - one.green()) * amount),
        round(one.blue() + (other.blue() - one.blue()) * amount),
    )


def caption_rect(cell: QRect, tile: int = TILE) -> QRect:
    """The caption line under the picture (and its selection frame)."""
    box = picture_rect(cell, tile)
    return QRect(cell.x() + 2, box.bottom() + 1 + FRAME + 2, cell.width() - 4, CAPTION)


def stack_badge_rect(cell: QRect, tile: int, metrics: QFontMetrics, count: int) -> QRect:
    """Where a stack's top shows its count (what a click toggles): on its caption line, under
    the picture's right edge (the cell's, when the cell is narrower)."""
    line = caption_rect(cell, tile)
    right = min(line.right() - 1, picture_rect(cell, tile).right())
    width = ARROW + 4 + metrics.horizontalAdvance(str(count)) + 12
    return QRect(right - width + 1, line.y() + 1, width, line.height() - 2)


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
        self._count_font: QFont | None = None
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
        stack = index.data(STACK_ROLE) if kind in (TileKind.SAVED, TileKind.UNREADABLE) else None
        painter.save()
        caption_font = QFont(painter.font())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if isinstance(stack, StackTile) and stack.expanded:
            self._group_band(painter, cell, palette, stack.place)
        closed = isinstance(stack, StackTile) and stack.place is StackPlace.TOP and not stack.expanded
        if closed:  # room for the cards behind the picture
            box = box.adjusted(0, 2 * CARD, -2 * CARD, 0)
        badges = picture = box
        if kind in (TileKind.SAVED, TileKind.ARRIVED) and not image.isNull():
            shown = picture = fitted(image, box)
            if closed:
                self._cards(painter, shown, palette)
            painter.drawImage(shown, image)
            badges = _badge_area(shown, box)
        else:
            if closed:
                self._cards(painter, box, palette)
            self._placeholder(painter, box, palette, None if kind is TileKind.SAVED else kind, index)
            if kind is TileKind.SAVED:
                self.thumb_missing.emit()
        tile_state = index.data(STATE_ROLE)
        if isinstance(tile_state, TileState):
            self._badges(painter, picture, badges, palette, tile_state)
        framed = badges.adjusted(0, -2 * CARD, 2 * CARD, 0) if closed else badges
        self._frame(painter, framed, palette, selected, focus)
        painter.setFont(caption_font)
        caption = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        counted = isinstance(stack, StackTile) and stack.place is StackPlace.TOP
        badge = self.stack_badge(cell, stack.count) if counted and isinstance(stack, StackTile) else None
        self._caption(painter, cell, picture_rect(cell, self.tile), palette, caption, selected, badge)
        if badge is not None and isinstance(stack, StackTile):
            self._stack_badge(painter, badge, palette, stack)
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

    # -- stacks -------------------------------------------------------------------------------------

    def count_font(self) -> QFont:
        """The stack badge's font (the view's, bold): the same for painting and for clicks."""
        if self._count_font is None:
            font = QFont(self._view.font())
            font.setBold(True)
            self._count_font = font
        return self._count_font

    def stack_badge(self, cell: QRect, count: int) -> QRect:
        """Where the stack badge of a top with `count` images sits in `cell`."""
        return stack_badge_rect(cell, self.tile, QFontMetrics(self.count_font()), count)

    def _cards(self, painter: QPainter, shown: QRect, palette: QPalette) -> None:
        """Two cards behind the picture, peeking out above and to the right: more lie beneath."""
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        edge = QColor(text)
        edge.setAlpha(150)
        painter.setPen(QPen(edge, 1))
        for step, amount in ((2, 0.30), (1, 0.16)):  # the farther card first, and darker
            painter.setBrush(_mix(base, text, amount))
            painter.drawRect(shown.translated(step * CARD, -step * CARD).adjusted(0, 0, -1, -1))

    def _group_band(self, painter: QPainter, cell: QRect, palette: QPalette, place: StackPlace) -> None:
        """The band an open stack's tiles stand on: rounded where the group starts and ends."""
        left = 3 if place is StackPlace.TOP else 0
        right = 3 if place is StackPlace.LAST else 0
        band = cell.adjusted(left, 1, -right, -1)
        shape = band.adjusted(0 if left else -12, 0, 0 if right else 12, 0)
        painter.save()
        painter.setClipRect(band)
        painter.setPen(Qt.PenStyle.NoPen)
        base = palette.color(QPalette.ColorRole.Base)
        painter.setBrush(_mix(base, palette.color(QPalette.ColorRole.Text), 0.22 if _dark(palette) else 0.11))
        painter.drawRoundedRect(shape, 7, 7)
        painter.restore()

    def _stack_badge(self, painter: QPainter, badge: QRect, palette: QPalette, stack: StackTile) -> None:
        """The count, with an arrow: pointing right while closed (more to see), left while open."""
        fill = _mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.15)
        ink = palette.color(QPalette.ColorRole.Base)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        middle = badge.center().y()
        x = badge.x() + 6
        if stack.expanded:
            arrow = [QPoint(x + ARROW - 2, middle - 4), QPoint(x + ARROW - 2, middle + 4), QPoint(x, middle)]
        else:
            arrow = [QPoint(x, middle - 4), QPoint(x, middle + 4), QPoint(x + ARROW - 2, middle)]
        painter.setBrush(ink)
        painter.drawPolygon(QPolygon(arrow))
        painter.setFont(self.count_font())
        painter.setPen(ink)
        text = badge.adjusted(ARROW + 4, 0, -5, 0)
        painter.drawText(text, Qt.AlignmentFlag.AlignCenter, str(stack.count))

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
        """Flag top left, score top right, stars bottom left of `area` (the picture, or the box).

        A reject's picture (`box`) is dimmed, and only the picture: around it may lie an open
        stack's band."""
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
        self,
        painter: QPainter,
        cell: QRect,
        box: QRect,
        palette: QPalette,
        text: str,
        selected: bool,
        badge: QRect | None = None,
    ) -> None:
        area = QRect(cell.x() + 2, box.bottom() + 1 + FRAME + 2, cell.width() - 4, CAPTION)
        metrics = painter.fontMetrics()
        if badge is not None:  # the stack's count: the caption stays centred if it has room
            inset = area.right() - badge.left() + 3
            if area.width() - 2 * inset >= metrics.horizontalAdvance(text) + 10:
                area.adjust(inset, 0, -inset, 0)
            else:
                area.setRight(badge.left() - 3)
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
