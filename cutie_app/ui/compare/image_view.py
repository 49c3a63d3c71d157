"""Zoomable image canvases whose zoom, pan and loupe follow one shared view state.

Large pictures are never held whole on the UI side. A worker reads each picture at the size the
screen needs (`decode_for_screen`): from its screen-size preview in the project's cache when it
has one (a 2048 px JPEG, decoded in about 10 ms, see `core.services.previews`), else from the
original, whose preview is then written again. The result, cached by path, modification time
and size in a cache bounded in bytes (so stepping back and forth never decodes a file twice), is
a ready QImage; a canvas keeps the source's size for its geometry, so zoom and pan mean the same
whatever the size shown. When the view is zoomed past what the screen image holds, the canvas
asks for a *detail*: only the region on screen, cut in a worker from the preview while that
holds enough pixels, else from the full-resolution original (`render_detail`, with a small
bounded cache of decoded sources), and drawn over it. The difference of two pictures follows
the same route from lossless copies of the originals, never the previews
(`difference_for_screen`, `render_difference_detail`). A
`ViewSync` holds the zoom (relative to 100 %, i.e. device pixels per source pixel) and the
normalised centre every canvas follows; a canvas may carry its own offset on top of it
(Shift+wheel / Shift+drag), cleared by `ViewSync.resync`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
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

from cutie_app.core.imaging.difference import DifferenceStats, approximate_stats, brightened, exact_stats, rgb
from cutie_app.core.imaging.previews import PREVIEW_EDGE, PreviewError, fit_within, open_preview
from cutie_app.core.services.previews import PictureLoadError, PreviewFile, PreviewToSave, load_for_screen

MIN_ZOOM = 0.02
MAX_ZOOM = 32.0
WHEEL_STEP = 1.25  # zoom factor per wheel notch (120 units)
LOUPE_RADIUS = 80  # logical pixels
#: Longest side of a screen image when the screen is unknown; otherwise half the screen's long side.
DEFAULT_SCREEN_EDGE = 1024
#: The view asks for a detail this long after it stops moving (a drag does not flood workers).
DETAIL_DELAY_MS = 60
#: A detail covers this much more than the view on each side, so a small pan needs no new one.
DETAIL_MARGIN = 0.25


@dataclass(frozen=True)
class Decoded:
    """A decoded picture as raw RGBA rows; safe to pass between threads."""

    width: int
    height: int
    rgba: bytes


@dataclass(frozen=True)
class ScreenImage:
    """A picture decoded to the size it is shown at, with the size of its source.

    A QImage is a plain value (not a QObject): made in the worker, it costs the UI thread nothing.
    `from_preview` says it was read from the picture's cached preview, not the original.
    """

    image: QImage
    source_width: int
    source_height: int
    from_preview: bool = False

    @property
    def nbytes(self) -> int:
        return int(self.image.sizeInBytes())


@dataclass(frozen=True)
class Loaded:
    """What `decode_for_screen` hands back: the screen image, and a preview to write (when the
    picture's preview was missing or damaged: pass it to `save_preview`, after showing)."""

    screen: ScreenImage
    preview_to_save: PreviewToSave | None = None


@dataclass(frozen=True)
class Detail:
    """Full-resolution pixels of one region: `region` is (x0, y0, x1, y1) in normalised units."""

    image: QImage
    region: tuple[float, float, float, float]


def _nbytes(value: object) -> int:
    if isinstance(value, Decoded):
        return len(value.rgba)
    if isinstance(value, ScreenImage | ScreenDifference):
        return value.nbytes
    if isinstance(value, Image.Image):
        return value.width * value.height * len(value.getbands())
    return 0


class DecodeCache:
    """A thread-safe LRU of decoded images keyed by file (and the size shown), bounded in bytes.

    ``decodes`` counts real decodes, so callers (and tests) can see the cache working.
    """

    def __init__(self, max_bytes: int = 160 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self.decodes = 0
        self._items: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> object | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[object, ...], image: object) -> None:
        with self._lock:
            self.decodes += 1
            self._items[key] = image
            self._items.move_to_end(key)
            total = sum(_nbytes(d) for d in self._items.values())
            while total > self.max_bytes and len(self._items) > 1:
                _, dropped = self._items.popitem(last=False)
                total -= _nbytes(dropped)

    def nbytes(self) -> int:
        with self._lock:
            return sum(_nbytes(d) for d in self._items.values())


class SourceCache(DecodeCache):
    """Full-resolution decodes kept for details: a few at most (a 4096² picture is 48-64 MB)."""

    def __init__(self, max_bytes: int = 140 * 1024 * 1024) -> None:
        super().__init__(max_bytes)


def _file_key(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError as exc:
        raise PictureLoadError(path, "missing", str(exc)) from exc
    return (str(path), stat.st_mtime_ns, stat.st_size)


def _qimage(image: Image.Image) -> QImage:
    """Worker thread: a Pillow image as a QImage that owns its pixels, in the format the
    raster painter draws without converting (so a paint on the UI thread costs no conversion)."""
    if image.mode == "RGB":
        data = image.tobytes()
        wrapped = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888)
        return wrapped.convertToFormat(QImage.Format.Format_RGB32)
    rgba = image if image.mode == "RGBA" else image.convert("RGBA")
    data = rgba.tobytes()
    wrapped = QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888)
    return wrapped.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def decode_for_screen(
    path: Path, max_edge: int | None, cache: DecodeCache, preview: PreviewFile | None = None
) -> Loaded:
    """Worker thread: the picture oriented (EXIF) and at most `max_edge` pixels a side.

    `max_edge` None keeps the full size. With `preview` (where the picture's cached preview is
    kept), the preview is read instead of the original whenever it holds `max_edge`; a missing
    or damaged one is never shown: the original is decoded and `Loaded.preview_to_save` carries
    the preview to write in its place.

    Raises:
        PictureLoadError: the file is missing or is not an image Pillow can read.
    """
    key = (*_file_key(path), max_edge)
    cached = cache.get(key)
    if isinstance(cached, ScreenImage):
        return Loaded(cached)
    picture = load_for_screen(path, max_edge, preview)
    width, height = picture.source_size
    screen = ScreenImage(_qimage(picture.image), width, height, picture.from_preview)
    cache.put(key, screen)
    return Loaded(screen, picture.preview_to_save)


def _full_source(path: Path, sources: DecodeCache) -> Image.Image:
    key = _file_key(path)
    cached = sources.get(key)
    if isinstance(cached, Image.Image):
        return cached
    try:
        image: Image.Image = Image.open(path)
        image.load()  # reads the pixels and closes the file (a still picture)
        ImageOps.exif_transpose(image, in_place=True)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise PictureLoadError(path, "unreadable", str(exc)) from exc
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA")
    sources.put(key, image)
    return image


def _preview_source(preview: PreviewFile, sources: DecodeCache) -> Image.Image | None:
    """The whole cached preview, decoded (None when it is missing or not usable)."""
    try:
        key = (*_file_key(preview.path), "preview")
    except PictureLoadError:
        return None
    cached = sources.get(key)
    if isinstance(cached, Image.Image):
        return cached
    try:
        image = open_preview(preview.path, preview.sha256, PREVIEW_EDGE).image
    except (OSError, PreviewError):
        return None  # the screen loader writes it again; meanwhile the original serves
    sources.put(key, image)
    return image


def _cut(
    image: Image.Image, region: tuple[float, float, float, float], out_size: tuple[int, int]
) -> tuple[Image.Image, tuple[float, float, float, float]]:
    """`region` (normalised) of `image`, widened to whole pixels and no larger than `out_size`,
    with the exact region it covers."""
    w, h = image.size
    x0, y0 = max(0, int(region[0] * w)), max(0, int(region[1] * h))
    x1, y1 = min(w, int(region[2] * w + 0.999)), min(h, int(region[3] * h + 0.999))
    if x1 <= x0 or y1 <= y0:
        raise ValueError("the region is outside the picture")
    crop = image.crop((x0, y0, x1, y1))
    out_w, out_h = max(1, out_size[0]), max(1, out_size[1])
    if crop.width > out_w * 1.02 or crop.height > out_h * 1.02:  # not for a rounding pixel: 1:1 stays crisp
        crop = crop.resize(
            (min(crop.width, out_w), min(crop.height, out_h)), Image.Resampling.BILINEAR, reducing_gap=2.0
        )
    return crop, (x0 / w, y0 / h, x1 / w, y1 / h)


def render_detail(
    path: Path,
    region: tuple[float, float, float, float],
    out_size: tuple[int, int],
    sources: DecodeCache,
    preview: PreviewFile | None = None,
) -> Detail:
    """Worker thread: the source pixels of `region` (normalised), no larger than `out_size`.

    Cut from the cached preview while that holds `out_size` (a view zoomed between the screen
    image and the preview), from the full-resolution original beyond. The region is widened to
    whole pixels and the returned `Detail.region` is exact.
    """
    across = out_size[0] / max(1e-9, region[2] - region[0])  # pixels wanted across the whole picture
    image = None
    if preview is not None and across <= PREVIEW_EDGE * 1.02:  # no preview is wider than that
        image = _preview_source(preview, sources)
        if image is not None and across > image.width * 1.02:
            image = None  # zoomed past the preview: only the original has the pixels
    if image is None:
        image = _full_source(path, sources)
    crop, exact = _cut(image, region, out_size)
    return Detail(_qimage(crop), exact)


@dataclass(frozen=True)
class ScreenDifference:
    """|A − B| at the size the screen shows it, brightened by `stats.gain`, with the size of
    A's original (zoom and position are measured on it, as for a picture)."""

    image: QImage
    source_width: int
    source_height: int
    stats: DifferenceStats

    @property
    def nbytes(self) -> int:
        return int(self.image.sizeInBytes())


def _shrink_to(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    if image.size == size:
        return image
    return image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)


def difference_for_screen(
    path_a: Path, path_b: Path, max_edge: int, cache: DecodeCache, sources: DecodeCache
) -> ScreenDifference:
    """Worker thread: |A − B| at most `max_edge` a side, from lossless copies of the originals.

    Never from the cached previews: their JPEG error would show as differences where the
    pictures are equal (see `core.imaging.difference`). The originals are decoded into `sources`,
    where a zoom finds them again; the result is kept in `cache`.

    Raises:
        PictureLoadError: a file is missing or is not an image Pillow can read.
    """
    key = ("difference", *_file_key(path_a), *_file_key(path_b), max_edge)
    cached = cache.get(key)
    if isinstance(cached, ScreenDifference):
        return cached
    a = _full_source(path_a, sources)
    b = _full_source(path_b, sources)
    small_a = rgb(fit_within(a, max_edge))
    small_b = rgb(_shrink_to(b, small_a.size))
    stats = exact_stats(a, b) if a.size == b.size else approximate_stats(small_a, small_b)
    shown = brightened(small_a, small_b, stats.gain)
    result = ScreenDifference(_qimage(shown), a.width, a.height, stats)
    cache.put(key, result)
    return result


def render_difference_detail(
    path_a: Path,
    path_b: Path,
    region: tuple[float, float, float, float],
    out_size: tuple[int, int],
    sources: DecodeCache,
    gain: float,
) -> Detail:
    """Worker thread: |A − B| × `gain` over `region` (normalised, in A's frame), from the
    originals' pixels (at 100 % and beyond, exactly their per-pixel difference)."""
    a = _full_source(path_a, sources)
    b = _full_source(path_b, sources)
    crop_a, exact = _cut(a, region, out_size)
    crop_b, _ = _cut(b, exact, crop_a.size)  # the same part of B, even when B's size differs
    return Detail(_qimage(brightened(rgb(crop_a), rgb(_shrink_to(crop_b, crop_a.size)), gain)), exact)


def screen_edge_for(widget: QWidget) -> int:
    """The long side of the screen images: half the long side of the widget's screen in device
    pixels, at least 1024 and at most the cached previews' 2048."""
    screen = widget.screen()
    if screen is None:
        return DEFAULT_SCREEN_EDGE
    size = screen.size()
    edge = int(max(size.width(), size.height()) * screen.devicePixelRatio() / 2)
    return max(DEFAULT_SCREEN_EDGE, min(PREVIEW_EDGE, edge))


def to_qimage(decoded: Decoded) -> QImage:
    """UI thread: wrap the bytes (copied, so the QImage owns its pixels)."""
    image = QImage(
        decoded.rgba, decoded.width, decoded.height, decoded.width * 4, QImage.Format.Format_RGBA8888
    )
    return image.copy()


@dataclass(frozen=True)
class DetailRequest:
    """A canvas wants the source pixels of `region` (normalised), at most `out_size` pixels."""

    token: int
    region: tuple[float, float, float, float]
    out_size: tuple[int, int]


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


def _layer_needs_detail(shown: QImage, source: tuple[int, int] | None, zoom: float) -> bool:
    """A picture shown from `shown` (its source `source` wide) at `zoom` needs more pixels."""
    if shown.isNull() or source is None:
        return False
    scale = shown.width() / max(1, source[0])
    return scale < 1.0 and zoom > scale * 1.02


def _covers(
    detail: QImage,
    region: tuple[float, float, float, float] | None,
    visible: tuple[float, float, float, float],
    source: tuple[int, int] | None,
    zoom: float,
) -> bool:
    """`detail` (of `region`) holds every visible source pixel at `zoom`."""
    if detail.isNull() or region is None or source is None:
        return False
    x0, y0, x1, y1 = visible
    rx0, ry0, rx1, ry1 = region
    eps = 1e-6
    if x0 < rx0 - eps or y0 < ry0 - eps or x1 > rx1 + eps or y1 > ry1 + eps:
        return False
    scale = detail.width() / max(1e-9, (rx1 - rx0) * source[0])
    return scale >= min(1.0, zoom) * 0.98


class ImageCanvas(QWidget):
    """Paints one image under the shared view; wheel zooms about the cursor, drag pans,
    double-click toggles fit / 100 %, Shift keeps a change to this canvas only.

    The image shown may be smaller than its source (`set_image(image, source_size)`); geometry
    always follows the source, and when the view is zoomed past what the image holds the canvas
    asks for the region on screen with more pixels (`detail_requested`), drawn over the image.

    Signals:
        clicked(Qt.KeyboardModifier): the modifiers of a left click that did not drag.
        zoom_toggle_requested(tuple): a double-click, with the normalised image point (x, y).
        interacted(): any zoom/pan from this canvas (so the owner can refresh labels).
        detail_requested(DetailRequest): answer with `set_detail`.
    """

    clicked = Signal(Qt.KeyboardModifier)
    zoom_toggle_requested = Signal(tuple)
    interacted = Signal()
    detail_requested = Signal(DetailRequest)

    def __init__(self, sync: ViewSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        sync.canvases.append(self)
        sync.changed.connect(self.update)
        self.offset = Offset()
        self.image = QImage()
        self.source_size: tuple[int, int] | None = None
        self.detail = QImage()
        self.detail_region: tuple[float, float, float, float] | None = None
        self._tokens = 0  # numbers the detail requests; an answer to an older one is dropped
        self._detail_token = 0
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._maybe_request_detail)
        sync.changed.connect(self._schedule_detail)
        # The loupe's own detail (the source pixels under it), by layer: 0, or 1 for a wipe's B.
        self.loupe_details: dict[int, tuple[QImage, tuple[float, float, float, float]]] = {}
        self._loupe_token = 0
        self._loupe_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._loupe_timer.timeout.connect(self._maybe_request_loupe_detail)
        sync.changed.connect(self._schedule_loupe_detail)
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

    def set_image(self, image: QImage, source_size: tuple[int, int] | None = None) -> None:
        """Show `image`; `source_size` is the full picture's size when `image` is smaller."""
        self.image, self.message, self.message_is_error = image, "", False
        self.source_size = source_size
        self._drop_detail()
        self.update()
        self._schedule_detail()

    def set_message(self, text: str, *, error: bool = False) -> None:
        if self.image.isNull() and (self.message, self.message_is_error) == (text, error):
            return  # already says so
        self.image, self.message, self.message_is_error = QImage(), text, error
        self.source_size = None
        self._drop_detail()
        self.update()

    def set_detail(self, token: int, detail: Detail, layer: int = 0) -> None:
        """The answer to a `detail_requested`; an answer to an older request is ignored.

        `layer` is which picture the detail belongs to where a canvas shows two (`WipeCanvas`).
        """
        if not self.has_image():
            return
        if token == self._loupe_token:
            self.loupe_details[layer] = (detail.image, detail.region)
            self.update()
        elif token == self._detail_token and layer == 0:
            self.detail, self.detail_region = detail.image, detail.region
            self.update()

    def _next_token(self) -> int:
        self._tokens += 1
        return self._tokens

    def _drop_detail(self) -> None:
        self._detail_token = self._next_token()  # answers still on their way are now stale
        self._loupe_token = self._next_token()
        self.detail, self.detail_region = QImage(), None
        self.loupe_details = {}

    def visible_region(self) -> tuple[float, float, float, float]:
        """The part of the picture on screen, normalised (x0, y0, x1, y1)."""
        rect = self.image_rect()
        if rect.width() <= 0 or rect.height() <= 0:
            return (0.0, 0.0, 0.0, 0.0)
        x0 = _clamp(-rect.x() / rect.width(), 0.0, 1.0)
        x1 = _clamp((self.width() - rect.x()) / rect.width(), 0.0, 1.0)
        y0 = _clamp(-rect.y() / rect.height(), 0.0, 1.0)
        y1 = _clamp((self.height() - rect.y()) / rect.height(), 0.0, 1.0)
        return (x0, y0, x1, y1)

    def needs_detail(self) -> bool:
        """True when the view shows the picture larger than the screen image can."""
        return self.has_image() and _layer_needs_detail(self.image, self.source_size, self.effective_zoom())

    def detail_covers_view(self) -> bool:
        """True when the detail holds every visible source pixel at the zoom shown."""
        return _covers(
            self.detail, self.detail_region, self.visible_region(), self.source_size, self.effective_zoom()
        )

    def _schedule_detail(self) -> None:
        if self.source_size is not None and self.needs_detail():
            self._detail_timer.start()

    def _maybe_request_detail(self) -> None:
        if not self.needs_detail() or self.detail_covers_view() or self.source_size is None:
            return
        x0, y0, x1, y1 = self.visible_region()
        mx, my = (x1 - x0) * DETAIL_MARGIN, (y1 - y0) * DETAIL_MARGIN
        region = (max(0.0, x0 - mx), max(0.0, y0 - my), min(1.0, x1 + mx), min(1.0, y1 + my))
        scale = min(1.0, self.effective_zoom())
        sw, sh = self.source_size
        out = (
            max(1, int((region[2] - region[0]) * sw * scale + 0.999)),
            max(1, int((region[3] - region[1]) * sh * scale + 0.999)),
        )
        self._detail_token = self._next_token()
        self.detail_requested.emit(DetailRequest(self._detail_token, region, out))

    # -- the loupe's detail --------------------------------------------------------------------

    def loupe_layer(self, centre: QPointF) -> int:
        """Which picture the loupe shows at `centre` (a wipe shows B right of its divider)."""
        return 0

    def _loupe_shows(self, layer: int) -> tuple[QImage, tuple[int, int] | None, float]:
        """(screen image, source size, device pixels per source pixel in the loupe) of a layer."""
        return self.image, self.source_size, self.loupe_zoom()

    def loupe_needs_detail(self) -> bool:
        """The loupe is in this canvas (under the cursor) and magnifies past its screen image.

        Only the canvas the cursor is in fetches the pixels under its loupe: a Survey of eight
        would otherwise decode eight originals each time the loupe stops moving.
        """
        point = self.sync.loupe_point
        if point is None or not (self.sync.loupe_on and self.sync.loupe_owner is self and self.has_image()):
            return False
        image, source, zoom = self._loupe_shows(self.loupe_layer(self.from_normalised(point)))
        return _layer_needs_detail(image, source, zoom)

    def _loupe_region(self, reach: float) -> tuple[float, float, float, float]:
        """The normalised square around the loupe point, `reach` loupe radii to each side."""
        point = self.sync.loupe_point or (0.5, 0.5)
        w, h = self.image_size()
        half = LOUPE_RADIUS * reach * self.dpr() / max(1e-9, self.loupe_zoom())  # source pixels
        return (
            _clamp(point[0] - half / w, 0.0, 1.0),
            _clamp(point[1] - half / h, 0.0, 1.0),
            _clamp(point[0] + half / w, 0.0, 1.0),
            _clamp(point[1] + half / h, 0.0, 1.0),
        )

    def loupe_detail_covers(self) -> bool:
        """True when the loupe's detail holds every source pixel the loupe shows."""
        point = self.sync.loupe_point
        if point is None:
            return False
        layer = self.loupe_layer(self.from_normalised(point))
        found = self.loupe_details.get(layer)
        if found is None:
            return False
        _image, source, zoom = self._loupe_shows(layer)
        return _covers(found[0], found[1], self._loupe_region(1.0), source, zoom)

    def _schedule_loupe_detail(self) -> None:
        if self.loupe_needs_detail():
            self._loupe_timer.start()

    def _maybe_request_loupe_detail(self) -> None:
        if not self.loupe_needs_detail() or self.loupe_detail_covers() or self.source_size is None:
            return
        region = self._loupe_region(2.0)  # twice the loupe: a small move needs no new one
        scale = min(1.0, self.loupe_zoom())
        sw, sh = self.source_size
        out = (
            max(1, int((region[2] - region[0]) * sw * scale + 0.999)),
            max(1, int((region[3] - region[1]) * sh * scale + 0.999)),
        )
        self._loupe_token = self._next_token()
        self.detail_requested.emit(DetailRequest(self._loupe_token, region, out))

    def has_image(self) -> bool:
        return not self.image.isNull()

    # -- geometry ------------------------------------------------------------------------

    def image_size(self) -> tuple[int, int]:
        """The source's size: what zoom and the normalised coordinates are measured against."""
        if not self.has_image():
            return (1, 1)
        return self.source_size or (self.image.width(), self.image.height())

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
            self._schedule_detail()
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
        self._schedule_detail()

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
        rect = self.image_rect()
        painter.drawImage(rect, self.image)
        if self.needs_detail():
            self.paint_detail(painter, rect, self.detail, self.detail_region)

    def paint_detail(
        self,
        painter: QPainter,
        rect: QRectF,
        detail: QImage,
        region: tuple[float, float, float, float] | None,
    ) -> None:
        """Draw `detail` over the picture drawn at `rect`, where its `region` lies."""
        if region is None or detail.isNull():
            return
        x0, y0, x1, y1 = region
        target = QRectF(
            rect.x() + x0 * rect.width(),
            rect.y() + y0 * rect.height(),
            (x1 - x0) * rect.width(),
            (y1 - y0) * rect.height(),
        )
        # Drawn 1:1 (or larger) with no smoothing, so source pixels stay crisp at 100 %.
        shown = target.width() * self.dpr() / max(1, detail.width())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, shown < 0.9)
        painter.drawImage(target, detail)
        painter.restore()

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
        found = self.loupe_details.get(self.loupe_layer(centre))
        if found is not None:  # the source's own pixels under the loupe
            self.paint_detail(painter, target, found[0], found[1])
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
        self.source_size_b: tuple[int, int] | None = None
        self.detail_b = QImage()
        self.detail_b_region: tuple[float, float, float, float] | None = None
        self.split = 0.5
        self._moving_divider = False

    def set_images(
        self,
        a: QImage,
        b: QImage,
        source_a: tuple[int, int] | None = None,
        source_b: tuple[int, int] | None = None,
    ) -> None:
        """Show `a` and `b` (screen images of sources `source_a` and `source_b`)."""
        self.image_b, self.source_size_b = b, source_b
        self.set_image(a, source_a)

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.image_b, self.source_size_b = QImage(), None
        super().set_message(text, error=error)

    def has_image(self) -> bool:
        return not self.image.isNull() and not self.image_b.isNull()

    # -- details for both pictures ---------------------------------------------------------
    # B is drawn in A's frame, so one request (a region of A's geometry) serves both: the owner
    # answers it twice, with layer 0 (A) and layer 1 (B).

    def set_detail(self, token: int, detail: Detail, layer: int = 0) -> None:
        if layer == 1 and token == self._detail_token and self.has_image():
            self.detail_b, self.detail_b_region = detail.image, detail.region
            self.update()
        else:
            super().set_detail(token, detail, layer)

    def loupe_layer(self, centre: QPointF) -> int:
        return 0 if centre.x() < self.divider_x() else 1

    def _loupe_shows(self, layer: int) -> tuple[QImage, tuple[int, int] | None, float]:
        if layer == 0:
            return super()._loupe_shows(0)
        zoom = self.zoom_b() / max(1e-9, self.effective_zoom()) * self.loupe_zoom()
        return self.image_b, self.source_size_b, zoom

    def _drop_detail(self) -> None:
        super()._drop_detail()
        self.detail_b, self.detail_b_region = QImage(), None

    def zoom_b(self) -> float:
        """Device pixels per pixel of B's source (B is stretched over A's frame)."""
        if self.source_size is None or self.source_size_b is None:
            return self.effective_zoom()
        return self.effective_zoom() * self.source_size[0] / max(1, self.source_size_b[0])

    def _a_needs_detail(self) -> bool:
        return super().needs_detail()

    def _b_needs_detail(self) -> bool:
        return self.has_image() and _layer_needs_detail(self.image_b, self.source_size_b, self.zoom_b())

    def needs_detail(self) -> bool:
        return self._a_needs_detail() or self._b_needs_detail()

    def detail_covers_view(self) -> bool:
        """True when each picture that needs a detail has one holding every visible pixel."""
        visible = self.visible_region()
        a = not self._a_needs_detail() or super().detail_covers_view()
        b = not self._b_needs_detail() or _covers(
            self.detail_b, self.detail_b_region, visible, self.source_size_b, self.zoom_b()
        )
        return a and b and self.needs_detail()

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
        if self._a_needs_detail():
            self.paint_detail(painter, rect, self.detail, self.detail_region)
        painter.setClipRect(QRectF(x, 0, self.width() - x, self.height()))
        painter.drawImage(rect, self.image_b)
        if self._b_needs_detail():
            self.paint_detail(painter, rect, self.detail_b, self.detail_b_region)
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
