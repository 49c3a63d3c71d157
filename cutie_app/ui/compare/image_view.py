"""Zoomable image canvases whose zoom, pan and loupe follow one shared view state.

Decoding happens in workers with Pillow into plain RGBA bytes (`decode_file`, cached by path
and modification time so stepping back and forth never decodes a file twice); QImages are made
only on the UI thread (`to_qimage`). A `ViewSync` holds the zoom (relative to 100 %, i.e. device
pixels per image pixel) and the normalised centre every canvas follows; a canvas may carry its
own offset on top of it (Shift+wheel / Shift+drag), cleared by `ViewSync.resync`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

MIN_ZOOM = 0.02
MAX_ZOOM = 32.0
WHEEL_STEP = 1.25  # zoom factor per wheel notch (120 units)
LOUPE_RADIUS = 80  # logical pixels
DIFF_MAX_GAIN = 50.0


@dataclass(frozen=True)
class Decoded:
    """A decoded picture as raw RGBA rows; safe to pass between threads."""

    width: int
    height: int
    rgba: bytes


class ImageLoadError(Exception):
    """A file that is missing or not a readable image; ``reason`` is "missing" or "unreadable"."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"{path.name}: {reason} {detail}".strip())
        self.path = path
        self.reason = reason
        self.detail = detail


class DecodeCache:
    """A thread-safe LRU of decoded images keyed by (path, mtime, size), bounded in bytes.

    ``decodes`` counts real decodes, so callers (and tests) can see the cache working.
    """

    def __init__(self, max_bytes: int = 256 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self.decodes = 0
        self._items: OrderedDict[tuple[str, int, int], Decoded] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, int, int]) -> Decoded | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[str, int, int], image: Decoded) -> None:
        with self._lock:
            self.decodes += 1
            self._items[key] = image
            self._items.move_to_end(key)
            total = sum(len(d.rgba) for d in self._items.values())
            while total > self.max_bytes and len(self._items) > 1:
                _, dropped = self._items.popitem(last=False)
                total -= len(dropped.rgba)


def decode_file(path: Path, cache: DecodeCache) -> Decoded:
    """Worker thread: read, orient (EXIF) and convert to RGBA, or reuse a cached decode.

    Raises:
        ImageLoadError: the file is missing or is not an image Pillow can read.
    """
    try:
        stat = path.stat()
    except OSError as exc:
        raise ImageLoadError(path, "missing", str(exc)) from exc
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    cached = cache.get(key)
    if cached is not None:
        return cached
    try:
        with Image.open(path) as image:
            rgba = ImageOps.exif_transpose(image).convert("RGBA")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ImageLoadError(path, "unreadable", str(exc)) from exc
    decoded = Decoded(rgba.width, rgba.height, rgba.tobytes())
    cache.put(key, decoded)
    return decoded


@dataclass(frozen=True)
class Difference:
    """|A − B| per pixel (B resized to A's size), contrast-stretched by ``gain`` for display."""

    image: Decoded
    max_delta: int  # largest raw channel difference, 0-255
    mean_delta: float
    gain: float


def difference_of(path_a: Path, path_b: Path, cache: DecodeCache) -> Difference:
    """Worker thread: the per-pixel difference of two files (decodes come from the cache)."""
    import numpy as np  # imported on first use: numpy is not needed to start the app

    a, b = decode_file(path_a, cache), decode_file(path_b, cache)
    img_a = Image.frombytes("RGBA", (a.width, a.height), a.rgba)
    img_b = Image.frombytes("RGBA", (b.width, b.height), b.rgba)
    if img_b.size != img_a.size:
        img_b = img_b.resize(img_a.size, Image.Resampling.LANCZOS)
    arr_a = np.asarray(img_a, dtype=np.int16)[..., :3]
    arr_b = np.asarray(img_b, dtype=np.int16)[..., :3]
    delta = np.abs(arr_a - arr_b).astype(np.uint8)
    peak = int(delta.max()) if delta.size else 0
    # Stretch so the strongest differences (ignoring a few outliers) reach full brightness.
    high = float(np.percentile(delta, 99.5)) if peak else 0.0
    gain = min(DIFF_MAX_GAIN, 255.0 / max(high, 1.0)) if peak else 1.0
    shown = np.clip(delta.astype(np.float32) * gain, 0, 255).astype(np.uint8)
    alpha = np.full((*shown.shape[:2], 1), 255, dtype=np.uint8)
    rgba = np.ascontiguousarray(np.concatenate([shown, alpha], axis=2))
    return Difference(
        Decoded(a.width, a.height, rgba.tobytes()), peak, float(delta.mean()) if delta.size else 0.0, gain
    )


def to_qimage(decoded: Decoded) -> QImage:
    """UI thread: wrap the bytes (copied, so the QImage owns its pixels)."""
    image = QImage(
        decoded.rgba, decoded.width, decoded.height, decoded.width * 4, QImage.Format.Format_RGBA8888
    )
    return image.copy()


@dataclass
class Offset:
    """A canvas's own deviation from the shared view (identity while synced)."""

    zoom: float = 1.0
    dx: float = 0.0
    dy: float = 0.0

    def is_identity(self) -> bool:
        return abs(self.zoom - 1.0) < 1e-9 and abs(self.dx) < 1e-9 and abs(self.dy) < 1e-9


class ViewSync(QObject):
    """The view every canvas follows: fit or a zoom relative to 100 %, a normalised centre,
    and the loupe (on/off and the normalised image point under the cursor).

    Signals:
        changed(): any of the above changed; canvases repaint.
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.fit = True
        self.zoom = 1.0  # device pixels per image pixel when not fitting
        self.cx = 0.5
        self.cy = 0.5
        self.loupe_held = False
        self.loupe_toggled = False
        self.loupe_point: tuple[float, float] | None = None
        self.loupe_owner: QWidget | None = None
        self.canvases: list[ImageCanvas] = []

    @property
    def loupe_on(self) -> bool:
        return self.loupe_held or self.loupe_toggled

    def set_fit(self) -> None:
        self.fit, self.cx, self.cy = True, 0.5, 0.5
        self.changed.emit()

    def set_zoom(self, zoom: float, centre: tuple[float, float] | None = None) -> None:
        self.fit = False
        self.zoom = _clamp(zoom, MIN_ZOOM, MAX_ZOOM)
        if centre is not None:
            self.cx, self.cy = _clamp(centre[0], 0.0, 1.0), _clamp(centre[1], 0.0, 1.0)
        self.changed.emit()

    def resync(self) -> None:
        for canvas in self.canvases:
            canvas.offset = Offset()
        self.changed.emit()

    def any_decoupled(self) -> bool:
        return any(not c.offset.is_identity() for c in self.canvases)

    def set_loupe_point(self, owner: QWidget | None, point: tuple[float, float] | None) -> None:
        self.loupe_owner, self.loupe_point = owner, point
        if self.loupe_on:
            self.changed.emit()


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def draw_chip(
    painter: QPainter,
    text: str,
    at: QPointF,
    *,
    right: bool = False,
    bottom: bool = False,
    background: QColor | None = None,
    foreground: QColor | None = None,
) -> QRectF:
    """A small rounded label; ``at`` is its top-left corner (top-right with ``right``, bottom
    edge with ``bottom``). Returns the rectangle drawn, so labels can be stacked."""
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(text) + 14
    height = metrics.height() + 6
    x = at.x() - width if right else at.x()
    y = at.y() - height if bottom else at.y()
    rect = QRectF(x, y, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background or QColor(0, 0, 0, 165))
    painter.drawRoundedRect(rect, 5, 5)
    painter.setPen(foreground or QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return rect


class ImageCanvas(QWidget):
    """Paints one image under the shared view; wheel zooms about the cursor, drag pans,
    double-click toggles fit / 100 %, Shift keeps a change to this canvas only.

    Signals:
        clicked(object): Qt.KeyboardModifiers of a left click that did not drag.
        zoom_toggle_requested(object): a double-click, with the normalised image point.
        interacted(): any zoom/pan from this canvas (so the owner can refresh labels).
    """

    clicked = Signal(object)
    zoom_toggle_requested = Signal(object)
    interacted = Signal()

    def __init__(self, sync: ViewSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        sync.canvases.append(self)
        sync.changed.connect(self.update)
        self.offset = Offset()
        self.image = QImage()
        self.message = ""  # shown instead of an image: "Loading…", or why it failed
        self.message_is_error = False
        self.background = QColor("#3a3a3d")
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._dragged = False
        self._decoupled_drag = False
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(80, 60)

    # -- content -----------------------------------------------------------------------

    def set_image(self, image: QImage) -> None:
        self.image, self.message, self.message_is_error = image, "", False
        self.update()

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.image, self.message, self.message_is_error = QImage(), text, error
        self.update()

    def has_image(self) -> bool:
        return not self.image.isNull()

    # -- geometry ------------------------------------------------------------------------

    def image_size(self) -> tuple[int, int]:
        return (self.image.width(), self.image.height()) if self.has_image() else (1, 1)

    def dpr(self) -> float:
        return self.devicePixelRatioF() or 1.0

    def fit_zoom(self) -> float:
        """Device pixels per image pixel that fit the whole image in the canvas."""
        w, h = self.image_size()
        return min(self.width() / w, self.height() / h) * self.dpr()

    def base_zoom(self) -> float:
        return self.fit_zoom() if self.sync.fit else self.sync.zoom

    def base_centre(self) -> tuple[float, float]:
        return (0.5, 0.5) if self.sync.fit else (self.sync.cx, self.sync.cy)

    def effective_zoom(self) -> float:
        return _clamp(self.base_zoom() * self.offset.zoom, MIN_ZOOM, MAX_ZOOM)

    def effective_centre(self) -> tuple[float, float]:
        cx, cy = self.base_centre()
        return cx + self.offset.dx, cy + self.offset.dy

    def image_rect(self) -> QRectF:
        """Where the whole image lands in widget (logical) coordinates."""
        w, h = self.image_size()
        scale = self.effective_zoom() / self.dpr()
        cx, cy = self.effective_centre()
        return QRectF(
            self.width() / 2 - cx * w * scale, self.height() / 2 - cy * h * scale, w * scale, h * scale
        )

    def to_normalised(self, pos: QPointF) -> tuple[float, float]:
        rect = self.image_rect()
        return ((pos.x() - rect.x()) / rect.width(), (pos.y() - rect.y()) / rect.height())

    def from_normalised(self, point: tuple[float, float]) -> QPointF:
        rect = self.image_rect()
        return QPointF(rect.x() + point[0] * rect.width(), rect.y() + point[1] * rect.height())

    # -- view changes ------------------------------------------------------------------

    def _apply(self, zoom: float, centre: tuple[float, float], decoupled: bool) -> None:
        """Make this canvas show ``zoom``/``centre``, moving every canvas unless decoupled."""
        zoom = _clamp(zoom, MIN_ZOOM, MAX_ZOOM)
        if decoupled:
            base_zoom, (bx, by) = self.base_zoom(), self.base_centre()
            self.offset = Offset(zoom / base_zoom, _clamp(centre[0], 0, 1) - bx, _clamp(centre[1], 0, 1) - by)
            self.update()
        else:
            self.sync.set_zoom(
                zoom / self.offset.zoom, (centre[0] - self.offset.dx, centre[1] - self.offset.dy)
            )
        self.interacted.emit()

    def zoom_at(self, factor: float, pos: QPointF, decoupled: bool = False) -> None:
        """Zoom by ``factor`` keeping the image point under ``pos`` where it is."""
        if not self.has_image():
            return
        w, h = self.image_size()
        px, py = self.to_normalised(pos)
        zoom = _clamp(self.effective_zoom() * factor, MIN_ZOOM, MAX_ZOOM)
        scale = zoom / self.dpr()
        cx = px - (pos.x() - self.width() / 2) / (w * scale)
        cy = py - (pos.y() - self.height() / 2) / (h * scale)
        self._apply(zoom, (cx, cy), decoupled)

    def pan_by(self, dx: float, dy: float, decoupled: bool = False) -> None:
        """Move the image by (dx, dy) logical pixels."""
        if not self.has_image() or (self.sync.fit and self.offset.is_identity() and not decoupled):
            return  # a fitted image is all visible: nothing to pan to
        w, h = self.image_size()
        scale = self.effective_zoom() / self.dpr()
        cx, cy = self.effective_centre()
        self._apply(self.effective_zoom(), (cx - dx / (w * scale), cy - dy / (h * scale)), decoupled)

    # -- events ------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        steps = event.angleDelta().y() / 120 or event.angleDelta().x() / 120
        if not steps:
            event.ignore()
            return
        decoupled = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.zoom_at(WHEEL_STEP**steps, event.position(), decoupled)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton:
            self.sync.loupe_held = True
            self.sync.set_loupe_point(self, self.to_normalised(event.position()))
            self.sync.changed.emit()
        elif event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last = event.position()
            self._dragged = False
            self._decoupled_drag = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._last is not None and self._press is not None:
            if not self._dragged and (pos - self._press).manhattanLength() >= 3:
                self._dragged = True
            if self._dragged:
                delta = pos - self._last
                self._last = pos
                self.pan_by(delta.x(), delta.y(), self._decoupled_drag)
        if self.sync.loupe_on:
            self.sync.set_loupe_point(self, self.to_normalised(pos))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton:
            self.sync.loupe_held = False
            self.sync.changed.emit()
        elif event.button() == Qt.MouseButton.LeftButton:
            if not self._dragged:
                self.clicked.emit(event.modifiers())
            self._press = self._last = None
            self._dragged = False
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.has_image():
            self.zoom_toggle_requested.emit(self.to_normalised(event.position()))
        event.accept()

    def leaveEvent(self, event: object) -> None:  # noqa: N802
        if self.sync.loupe_owner is self and not self.sync.loupe_held:
            self.sync.set_loupe_point(None, None)
        super().leaveEvent(event)  # type: ignore[arg-type]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.update()

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.background)
        if self.has_image():
            self.paint_image(painter)
            if self.sync.loupe_on and self.sync.loupe_point is not None:
                self.paint_loupe(painter, self.sync.loupe_point)
        else:
            self.paint_message(painter)
        self.paint_overlay(painter)
        painter.end()

    def paint_image(self, painter: QPainter) -> None:
        zoom = self.effective_zoom()
        # Smooth when shrinking; crisp pixels from 200 % up, so detail can be judged.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, zoom < 2.0)
        painter.drawImage(self.image_rect(), self.image)

    def paint_message(self, painter: QPainter) -> None:
        if not self.message:
            return
        painter.setPen(QColor("#ffb4a8") if self.message_is_error else QColor("#d8d8dc"))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        painter.drawText(
            self.rect().adjusted(16, 16, -16, -16),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.message,
        )

    def loupe_zoom(self) -> float:
        """100 % normally; twice the view's zoom once the view is already at 100 % or more."""
        zoom = self.effective_zoom()
        return 1.0 if zoom < 1.0 else min(MAX_ZOOM, zoom * 2)

    def paint_loupe(self, painter: QPainter, point: tuple[float, float]) -> None:
        centre = self.from_normalised(point)
        if not self.rect().contains(centre.toPoint()):
            return
        w, h = self.image_size()
        scale = self.loupe_zoom() / self.dpr()
        target = QRectF(
            centre.x() - point[0] * w * scale, centre.y() - point[1] * h * scale, w * scale, h * scale
        )
        clip = QPainterPath()
        clip.addEllipse(centre, LOUPE_RADIUS, LOUPE_RADIUS)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipPath(clip)
        box = QRectF(centre.x() - LOUPE_RADIUS, centre.y() - LOUPE_RADIUS, 2 * LOUPE_RADIUS, 2 * LOUPE_RADIUS)
        painter.fillRect(box, self.background)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, self.loupe_image(centre))
        painter.setClipping(False)
        painter.setPen(QPen(QColor(255, 255, 255, 230), 2))
        painter.drawEllipse(centre, LOUPE_RADIUS, LOUPE_RADIUS)
        painter.setPen(QPen(QColor(0, 0, 0, 120), 1))
        painter.drawEllipse(centre, LOUPE_RADIUS + 1.5, LOUPE_RADIUS + 1.5)
        painter.restore()

    def loupe_image(self, centre: QPointF) -> QImage:
        return self.image

    def loupe_centre(self) -> QPointF | None:
        """Where this canvas draws the loupe now (None when it draws none)."""
        if not (self.sync.loupe_on and self.sync.loupe_point is not None and self.has_image()):
            return None
        centre = self.from_normalised(self.sync.loupe_point)
        return centre if self.rect().contains(centre.toPoint()) else None

    def paint_overlay(self, painter: QPainter) -> None:
        """Subclasses draw labels over the picture here."""


class WipeCanvas(ImageCanvas):
    """Two images in one view: A left of a draggable divider, B right of it (B is drawn in A's
    frame, so images of different sizes still overlay).

    Signals:
        split_changed(float): the divider moved (0-1 of the width).
    """

    split_changed = Signal(float)
    GRAB = 8  # logical pixels either side of the divider that grab it

    def __init__(self, sync: ViewSync, parent: QWidget | None = None) -> None:
        super().__init__(sync, parent)
        self.image_b = QImage()
        self.split = 0.5
        self._moving_divider = False

    def set_images(self, a: QImage, b: QImage) -> None:
        self.image_b = b
        self.set_image(a)

    def has_image(self) -> bool:
        return not self.image.isNull() and not self.image_b.isNull()

    def divider_x(self) -> float:
        return self.width() * self.split

    def set_split(self, split: float) -> None:
        self.split = _clamp(split, 0.0, 1.0)
        self.split_changed.emit(self.split)
        self.update()

    def _near_divider(self, pos: QPointF) -> bool:
        return abs(pos.x() - self.divider_x()) <= self.GRAB

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._near_divider(event.position()):
            self._moving_divider = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._moving_divider:
            self.set_split(event.position().x() / max(1, self.width()))
            event.accept()
            return
        near = self._near_divider(event.position())
        self.setCursor(Qt.CursorShape.SplitHCursor if near else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._moving_divider and event.button() == Qt.MouseButton.LeftButton:
            self._moving_divider = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def paint_image(self, painter: QPainter) -> None:
        rect = self.image_rect()
        x = self.divider_x()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.effective_zoom() < 2.0)
        painter.save()
        painter.setClipRect(QRectF(0, 0, x, self.height()))
        painter.drawImage(rect, self.image)
        painter.setClipRect(QRectF(x, 0, self.width() - x, self.height()))
        painter.drawImage(rect, self.image_b)
        painter.restore()

    def paint_overlay(self, painter: QPainter) -> None:
        x = self.divider_x()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(0, 0, 0, 110), 3))
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.setPen(QPen(QColor(255, 255, 255, 235), 1.5))
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        knob = QPointF(x, self.height() / 2)
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.setPen(QPen(QColor(0, 0, 0, 110), 1))
        painter.drawEllipse(knob, 9, 9)
        painter.setPen(QPen(QColor(60, 60, 60), 1.5))
        for sign in (-1, 1):  # two small arrows: "drag sideways"
            tip = QPointF(x + sign * 6, knob.y())
            painter.drawLine(tip, QPointF(x + sign * 2.5, knob.y() - 3.5))
            painter.drawLine(tip, QPointF(x + sign * 2.5, knob.y() + 3.5))
        painter.restore()

    def loupe_image(self, centre: QPointF) -> QImage:
        return self.image if centre.x() < self.divider_x() else self.image_b
