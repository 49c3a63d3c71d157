"""A full-screen loupe: one image as large as the screen, a filmstrip of the others below.

Stepping to the next image keeps the zoom and the position (the view is kept in normalised
coordinates of the picture), so the same eye or hair clip can be checked image after image.
Pictures load as in the comparator: a screen-sized image from a worker (read from the picture's
cached preview when it has one), and the region on screen at full resolution once zoomed past
it. Flags and stars go out as signals; the window saves them, as it does for the comparator.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from cutie_app.core.services.previews import PictureLoadError, save_preview
from cutie_app.ui.compare.comparator import CompareItem
from cutie_app.ui.compare.image_view import (
    DecodeCache,
    Detail,
    DetailRequest,
    ImageCanvas,
    Loaded,
    ScreenImage,
    SourceCache,
    ViewSync,
    decode_for_screen,
    render_detail,
    screen_edge_for,
)
from cutie_app.ui.widgets.icons import untinted_icon
from cutie_app.ui.workers import Jobs

THUMB_EDGE = 120
ITEM_ID = Qt.ItemDataRole.UserRole
_FLAG_KEYS = {Qt.Key.Key_P: "pick", Qt.Key.Key_X: "reject", Qt.Key.Key_U: "none"}
_STAR_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(6)}


class Loupe(QWidget):
    """One image full screen, the filmstrip below; ←/→ step, Z fit/100 %, Esc closes.

    Signals:
        flag_changed(int, str): image id, "pick" | "reject" | "none" (P, X, U).
        rating_changed(int, int): image id, stars 0-5 (keys 0-5).
        current_changed(int): the image shown now.
        closed(): the loupe was closed.
    """

    flag_changed = Signal(int, str)
    rating_changed = Signal(int, int)
    current_changed = Signal(int)
    closed = Signal()

    def __init__(
        self, items: Sequence[CompareItem], start_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("loupe")
        self.setAccessibleName(self.tr("Loupe"))
        self.setWindowTitle(self.tr("Loupe"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._items = list(items)
        ids = [i.image_id for i in self._items]
        self._index = ids.index(start_id) if start_id in ids else 0
        self._shown: dict[Path, ScreenImage] = {}
        self._errors: dict[Path, str] = {}
        self.cache = DecodeCache(96 * 1024 * 1024)
        self.sources = SourceCache()
        self.jobs = Jobs(workers=2, name="cutie-loupe")
        self.jobs.finished.connect(self._job_finished)
        self.jobs.failed.connect(self._job_failed)

        self.sync = ViewSync()
        self.canvas = ImageCanvas(self.sync)
        self.canvas.setObjectName("loupeCanvas")
        self.canvas.setAccessibleName(self.tr("The image, as large as the screen"))
        self.canvas.background = self.canvas.background.darker(160)
        self.canvas.detail_requested.connect(self._want_detail)
        self.canvas.zoom_toggle_requested.connect(self.toggle_zoom)
        self.caption = QLabel()
        self.caption.setObjectName("loupeCaption")
        self.caption.setAccessibleName(self.tr("Which image, and the keys"))
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.strip = QListWidget()
        self.strip.setObjectName("loupeFilmstrip")
        self.strip.setAccessibleName(self.tr("Filmstrip"))
        self.strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.strip.setFlow(QListWidget.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setMovement(QListWidget.Movement.Static)
        self.strip.setIconSize(QSize(THUMB_EDGE, THUMB_EDGE))
        scrollbar = self.strip.horizontalScrollBar().sizeHint().height()
        self.strip.setFixedHeight(THUMB_EDGE + 40 + scrollbar + 2 * self.strip.frameWidth())
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for item in self._items:
            entry = QListWidgetItem(item.title)
            entry.setData(ITEM_ID, item.image_id)
            entry.setSizeHint(QSize(THUMB_EDGE + 16, THUMB_EDGE + 36))
            self.strip.addItem(entry)
        self.strip.currentRowChanged.connect(self._strip_chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.strip)
        for item in self._items:  # thumbnails for the strip, small and cheap (from the previews)
            self.jobs.submit(
                ("thumb", item.path), decode_for_screen, item.path, THUMB_EDGE, self.cache, item.preview
            )
        self._show_current()

    # -- public ---------------------------------------------------------------------------

    def current_id(self) -> int | None:
        return self._items[self._index].image_id if self._items else None

    def step(self, delta: int) -> None:
        """Show the previous (-1) or next (+1) image, at the same zoom and place."""
        if not self._items:
            return
        index = max(0, min(len(self._items) - 1, self._index + delta))
        if index != self._index:
            self._index = index
            self._show_current()

    def toggle_zoom(self, point: object = None) -> None:
        """Fit ↔ 100 %, centred on `point` (normalised) when given."""
        if self.sync.fit:
            centre = point if isinstance(point, tuple) else None
            self.sync.set_zoom(1.0, centre)
        else:
            self.sync.set_fit()
        self._caption()

    def shutdown(self) -> None:
        self.jobs.shutdown()

    # -- showing --------------------------------------------------------------------------

    def _show_current(self) -> None:
        if not self._items:
            self.canvas.set_message(self.tr("Nothing to show"))
            return
        item = self._items[self._index]
        screen = self._shown.get(item.path)
        if screen is not None:
            self.canvas.set_image(screen.image, (screen.source_width, screen.source_height))
        elif item.path in self._errors:
            self.canvas.set_message(self._errors[item.path], error=True)
        else:
            self.canvas.set_message(self.tr("Loading…"))
            self._load(item)
        if self.strip.currentRow() != self._index:
            self.strip.blockSignals(True)
            self.strip.setCurrentRow(self._index)
            self.strip.blockSignals(False)
        self.strip.scrollToItem(self.strip.item(self._index))
        nxt = self._index + 1
        if nxt < len(self._items):  # the next image is ready when the arrow is pressed
            self._load(self._items[nxt])
        self._caption()
        self.current_changed.emit(item.image_id)

    def _load(self, item: CompareItem) -> None:
        path = item.path
        if path not in self._shown and path not in self._errors:
            self.jobs.submit(
                ("image", path), decode_for_screen, path, screen_edge_for(self), self.cache, item.preview
            )

    def _caption(self) -> None:
        if not self._items:
            return
        item = self._items[self._index]
        zoom = self.tr("Fit") if self.sync.fit else f"{round(self.sync.zoom * 100)} %"
        self.caption.setText(
            f"  {item.title} · {self._index + 1} / {len(self._items)} · {zoom} · "
            + self.tr("←/→ next, the same place · Z fit/100 % · P/X/U · 0-5 stars · Esc closes")
        )

    def _want_detail(self, request: DetailRequest) -> None:
        if self._items:
            item = self._items[self._index]
            self.jobs.submit(
                ("detail", item.path, request.token),
                render_detail,
                item.path,
                request.region,
                request.out_size,
                self.sources,
                item.preview,
            )

    def _job_finished(self, tag: object, result: object) -> None:
        assert isinstance(tag, tuple)
        kind: str = tag[0]
        path: Path = tag[1]
        rest: tuple[int, ...] = tag[2:]
        if isinstance(result, Loaded) and result.preview_to_save is not None:
            self.jobs.submit(("save-preview", path), save_preview, result.preview_to_save)
        if kind == "thumb" and isinstance(result, Loaded):
            row = next((n for n, i in enumerate(self._items) if i.path == path), None)
            if row is not None:
                self.strip.item(row).setIcon(untinted_icon(QPixmap.fromImage(result.screen.image)))
        elif kind == "image" and isinstance(result, Loaded):
            self._shown[path] = result.screen
            if self._items and self._items[self._index].path == path:
                self._show_current()
        elif kind == "detail" and isinstance(result, Detail) and self._items[self._index].path == path:
            self.canvas.set_detail(rest[0], result)

    def _job_failed(self, tag: object, error: object) -> None:
        assert isinstance(tag, tuple)
        kind: str = tag[0]
        path: Path = tag[1]
        if kind != "image":
            return
        reason = error.reason if isinstance(error, PictureLoadError) else type(error).__name__
        self._errors[path] = self.tr("{name} can't be shown ({reason}).").format(
            name=path.name, reason=reason
        )
        if self._items and self._items[self._index].path == path:
            self._show_current()

    def _strip_chosen(self, row: int) -> None:
        if 0 <= row < len(self._items) and row != self._index:
            self._index = row
            self._show_current()

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        image_id = self.current_id()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Space):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            self.step(-1)
        elif key == Qt.Key.Key_Z:
            self.toggle_zoom()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key in _FLAG_KEYS and image_id is not None:
            self.flag_changed.emit(image_id, _FLAG_KEYS[Qt.Key(key)])
        elif key in _STAR_KEYS and image_id is not None:
            self.rating_changed.emit(image_id, _STAR_KEYS[Qt.Key(key)])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)
        self.closed.emit()


def open_loupe(parent: QWidget | None, items: Sequence[CompareItem], start_id: int | None = None) -> Loupe:
    """Show the loupe full screen on `items`, starting at `start_id` (the window calls this)."""
    loupe = Loupe(items, start_id, parent)
    loupe.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    screen = (parent.screen() if parent is not None else None) or loupe.screen()
    if screen is not None:  # the whole screen even where no window manager honours full screen
        loupe.setGeometry(screen.geometry())
    loupe.showFullScreen()
    loupe.activateWindow()
    loupe.setFocus()
    return loupe
