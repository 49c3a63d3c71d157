"""The project's images as tiles: this session's batches on top, the saved images below.

A `QListView` over `GalleryModel`, painted by `TileDelegate`, so a project of 20,000 images
costs a list of records, not 20,000 widgets items and pictures. Thumbnails are asked for only
for the tiles on screen (`thumbs_wanted`, answered with `set_thumbs` after a worker decoded them)
and kept in a cache bounded by bytes. Tiles show flag, stars and the consistency score, can be
filtered and sorted, multi-selected, culled from the keyboard (P, X, U, 0-5) and sent to the
comparator. A variant still running, failed or cancelled keeps its own tile with cancel/retry.

**Stack by** batch or scene shows each group as one tile, its top image, with a count; S (or a
click on the count) opens it in place, its members following their top. A closed stack's tile is
its top image for everything that changes images (flags, stars, Delete, Export): what is seen
is what is changed. Compare is the exception, and the point: it opens the stack's members.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.gallery_view import GalleryView
from cutie_app.core.model.generation import Variant, VariantStatus
from cutie_app.core.model.records import ImageRecord, SceneRecord
from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.model.stacks import Stack, StackedListing, StackMode
from cutie_app.ui.models.gallery_model import (
    KIND_ROLE,
    RECORD_ROLE,
    SESSION_KEY_ROLE,
    STACK_ROLE,
    VARIANT_ROLE,
    GalleryModel,
    StackPlace,
    StackTile,
    TileKind,
    TileState,
)
from cutie_app.ui.models.project_session import ImageQuery
from cutie_app.ui.models.thumbs import THUMB_BYTES
from cutie_app.ui.widgets.tile_delegate import GRID, TILE, TILE_RANGE, TileDelegate, grid_for, min_cell_width

__all__ = ["ROLE_PENDING", "ROLE_RECORD", "ROLE_VARIANT", "TILE", "Gallery", "GalleryItem", "TileState"]

ROLE_RECORD = RECORD_ROLE
ROLE_PENDING = SESSION_KEY_ROLE  # (batch key, variant index) of a session tile
ROLE_VARIANT = VARIANT_ROLE

CULL_KEYS = {Qt.Key.Key_P: "pick", Qt.Key.Key_X: "reject", Qt.Key.Key_U: "none"}
REQUEST_MS = 30  # ask for the thumbnails on screen at most this often while scrolling
REQUEST_AGAIN_S = 15.0  # a thumbnail asked for and never answered is asked for again after this
LAYOUT_BATCH = 2000  # rows laid out per event-loop turn, so 20,000 never stall the window
BIG_SELECTION = 256  # rows; past this, a selection change repaints the viewport in one go


class GalleryItem:
    """A tile, read through the model: what `QListWidgetItem` offered callers of the old list."""

    def __init__(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self._index = QPersistentModelIndex(index)

    def row(self) -> int:
        return self._index.row()

    def data(self, role: int) -> Any:
        return self._index.data(role)

    def text(self) -> str:
        return str(self._index.data(Qt.ItemDataRole.DisplayRole) or "")

    def toolTip(self) -> str:  # noqa: N802 - the QListWidgetItem name
        return str(self._index.data(Qt.ItemDataRole.ToolTipRole) or "")


class TileList(QListView):
    """The tile grid; culling keys go to the pane as signals.

    Signals:
        cull(str): "pick" | "reject" | "none" for the selection.
        rate(int): 0-5 stars for the selection.
        delete_pressed(): the Delete key, for the selection.
        stack_key_pressed(): S, for the stack of the current tile.
        stack_badge_clicked(QPersistentModelIndex): a click on a stack's count.
    """

    cull = Signal(str)
    rate = Signal(int)
    delete_pressed = Signal()
    stack_key_pressed = Signal()
    stack_badge_clicked = Signal(QPersistentModelIndex)

    def __init__(self) -> None:
        super().__init__()
        #: Shown in the middle of an empty list: what to do next, or why nothing matches.
        self.empty_text = ""
        # List mode wrapping left to right is a grid whose layout and updates stay cheap at
        # 20,000 rows (icon mode keeps an item per row and repaints every row on dataChanged).
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(GRID)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(GRID.height() // 3)
        # Always there, so the columns don't change when it would appear.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tile = TILE
        self._badge_press = False  # the press being handled was on a stack's count

    def set_tile(self, tile: int) -> None:
        """Show pictures `tile` px square (the thumbnail-size slider)."""
        self.tile = tile
        self.verticalScrollBar().setSingleStep(grid_for(tile).height() // 3)
        self._fit_columns()
        self.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fill the row: as many columns as fit best, pictures a little smaller rather than most
        of a column left empty on the right."""
        self._fit_columns()
        super().resizeEvent(event)

    def _fit_columns(self) -> None:
        grid, least = grid_for(self.tile), min_cell_width(self.tile)
        width = self.viewport().width() - 4  # the flow wraps a little before the edge
        columns = max(1, round(width / grid.width()))
        if columns > 1 and width // columns < least:
            columns -= 1
        cell = QSize(max(least, width // columns), grid.height())
        if cell != self.gridSize():
            self.setGridSize(cell)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in CULL_KEYS:
                self.cull.emit(CULL_KEYS[key])
                return
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_5:
                self.rate.emit(int(key) - int(Qt.Key.Key_0))
                return
            if key == Qt.Key.Key_S:
                self.stack_key_pressed.emit()
                return
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    def _badge_at(self, pos: QPoint) -> QModelIndex | None:
        """The tile whose stack count is under `pos` (viewport coordinates), if any."""
        index = self.indexAt(pos)
        stack = index.data(STACK_ROLE) if index.isValid() else None
        delegate = self.itemDelegate()
        if not isinstance(stack, StackTile) or stack.place is not StackPlace.TOP:
            return None
        if not isinstance(delegate, TileDelegate):
            return None
        return index if delegate.stack_badge(self.visualRect(index), stack.count).contains(pos) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click on a stack's count opens or closes the stack and leaves the selection alone."""
        index = self._badge_at(event.position().toPoint())
        self._badge_press = index is not None and event.button() == Qt.MouseButton.LeftButton
        if self._badge_press and index is not None:
            self.stack_badge_clicked.emit(QPersistentModelIndex(index))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """The second click of a double click on a count is one more toggle, not a Compare."""
        index = self._badge_at(event.position().toPoint())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self._badge_press = True
            self.stack_badge_clicked.emit(QPersistentModelIndex(index))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._badge_press:
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._badge_press:
            self._badge_press = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:  # noqa: N802 - Qt override
        """Qt unites one rect per selected row; Ctrl+A over 20,000 tiles would stall on that."""
        rows = sum(selection.at(i).height() for i in range(selection.count()))
        if rows > BIG_SELECTION:
            return QRegion(self.viewport().rect())
        return super().visualRegionForSelection(selection)

    def count(self) -> int:
        """Tiles shown (QListWidget's name, kept for callers of the old list)."""
        return self.model().rowCount()

    def item(self, row: int) -> GalleryItem | None:
        index = self.model().index(row, 0)
        return GalleryItem(index) if index.isValid() else None

    def visible_rows(self) -> range:
        """Rows whose tile lies at least partly inside the viewport (rows not laid out yet: none)."""
        model = self.model()
        count = model.rowCount()
        height = self.viewport().height()

        def rect(row: int) -> Any:
            return self.visualRect(model.index(row, 0))

        low, high = 0, count  # the first row whose tile ends below the viewport's top
        while low < high:
            middle = (low + high) // 2
            found = rect(middle)
            if found.isValid() and found.bottom() < 0:
                low = middle + 1
            else:
                high = middle
        last = low
        while last < count:
            found = rect(last)
            if not found.isValid() or found.top() >= height:
                break
            last += 1
        return range(low, last)


class Gallery(QWidget):
    """Filter bar + tiles.

    Signals:
        query_changed(object): an `ImageQuery` the window should list.
        thumbs_wanted(list): `ImageRecord`s on screen whose thumbnails are not decoded yet; the
            window decodes them off the UI thread and hands them to `set_thumbs`.
        compare_requested(list): image ids to open in the comparator.
        flag_requested(list, str) / rating_requested(list, int): culling on the selected images.
        promote_requested(int, object): (image id, ReferenceRole.ANCHOR or IDENTITY).
        cancel_requested(object, int): (batch key, variant index) of a running tile.
        retry_requested(object, int): (batch key, variant index) of a failed tile.
        export_requested(list): image ids to export (empty: the current filter's images).
        delete_requested(list): image ids to move to the trash (the Delete key, the menu).
        save_as_requested(object, int), save_again_requested(object, int): a tile delivered but
            not saved: write it into a folder, or try the project again.
        show_in_folder_requested(int), copy_requested(int): an image's file, shown or copied.
        again_requested(int): run the image's recipe again for new variants.
        vary_requested(int): open the image's recipe in the generate panel.
        spec_check_requested(int): ask the text model to check this image against the spec.
        conversation_requested(int): edit this image in a new conversation.
        stack_top_requested(str, object): (stack key, image id) to remember as the stack's top;
            None for the image id lets the best image be the top again.
        view_changed(object): a `GalleryView` (stack mode, order, tile size) to remember.
    """

    query_changed = Signal(object)
    thumbs_wanted = Signal(list)
    compare_requested = Signal(list)
    flag_requested = Signal(list, str)
    rating_requested = Signal(list, int)
    promote_requested = Signal(int, object)
    cancel_requested = Signal(object, int)
    retry_requested = Signal(object, int)
    save_as_requested = Signal(object, int)
    show_in_folder_requested = Signal(int)
    copy_requested = Signal(int)
    again_requested = Signal(int)
    vary_requested = Signal(int)
    save_again_requested = Signal(object, int)
    export_requested = Signal(list)
    delete_requested = Signal(list)
    spec_check_requested = Signal(int)
    conversation_requested = Signal(int)
    stack_top_requested = Signal(str, object)
    view_changed = Signal(object)
    #: The selected tiles changed (read them with `selected_ids`).
    selection_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("galleryPane")
        self.tiles = GalleryModel(parent=self)
        self._asked: dict[int, tuple[str, float]] = {}  # image id -> (SHA-256, when) not answered yet
        self._order = "time"
        self._request = QTimer(self, singleShot=True)
        self._request.timeout.connect(self._request_visible)
        self._last_request = 0.0
        self._last_position = 0  # the scroll bar's value at the last request
        self._last_seen: set[int] = set()  # image ids on screen without a thumbnail at the last request
        #: Actions other panes add to a saved image's context menu (they read `selected_ids`).
        self.menu_actions: list[QAction] = []

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.scene = self._combo("galleryScene", self.tr("Filter by scene"), [(self.tr("All scenes"), None)])
        self.flag = self._combo(
            "galleryFlag",
            self.tr("Filter by flag"),
            [
                (self.tr("Any flag"), None),
                (self.tr("Picks"), "pick"),
                (self.tr("Unflagged"), "none"),
                (self.tr("Rejected"), "reject"),
            ],
        )
        self.rating = self._combo(
            "galleryRating",
            self.tr("Minimum rating"),
            [(self.tr("Any rating"), None)] + [("★" * n + self.tr(" or more"), n) for n in range(1, 6)],
        )
        self.model = self._combo("galleryModel", self.tr("Filter by model"), [(self.tr("All models"), None)])
        self.source = self._combo(
            "gallerySource",
            self.tr("Filter by where images came from"),
            [
                (self.tr("All sources"), None),
                (self.tr("Generated"), "generated"),
                (self.tr("From conversations"), "conversation"),
                (self.tr("Adjusted versions"), "adjusted"),
            ],
        )
        self.sort = self._combo(
            "gallerySort",
            self.tr("Sort order"),
            [
                (self.tr("Newest"), "time"),
                (self.tr("Best rated"), "rating"),
                (self.tr("Most consistent"), "consistency"),
            ],
        )
        self.stack = self._combo(
            "galleryStack",
            self.tr("Stack by"),
            [
                (self.tr("No stacks"), StackMode.OFF.value),
                (self.tr("Stack by batch"), StackMode.BATCH.value),
                (self.tr("Stack by scene"), StackMode.SCENE.value),
            ],
        )
        self.stack.setToolTip(
            self.tr(
                "Stack by: show each batch or scene as one tile, its best image on top. "
                "S opens or closes the stack under the cursor."
            )
        )
        # Two rows: what the images are (scene, source, model) and how they are grouped, then
        # how they were culled and their order. Seven filters on one row do not fit the
        # results column of a laptop screen in Spanish or Indonesian.
        culling = QHBoxLayout()
        culling.setContentsMargins(0, 0, 0, 0)
        for row, combos in (
            (bar, (self.scene, self.source, self.model, self.stack)),
            (culling, (self.flag, self.rating, self.sort)),
        ):
            for combo in combos:
                row.addWidget(combo, 1)
                combo.currentIndexChanged.connect(self._query_changed)
        for combo in (self.stack, self.sort):
            combo.currentIndexChanged.connect(self._view_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(culling)

        self.list = TileList()
        self.list.setObjectName("gallery")
        self.list.setAccessibleName(self.tr("Generated images"))
        self.delegate = TileDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setModel(self.tiles)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.doubleClicked.connect(self._double_clicked)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tiles.modelReset.connect(self._selection_changed)
        self.tiles.rowsInserted.connect(lambda *_: self._update_count())
        self.tiles.rowsRemoved.connect(lambda *_: self._update_count())
        self.list.cull.connect(lambda flag: self._emit_for_selected(self.flag_requested, flag))
        self.list.rate.connect(lambda stars: self._emit_for_selected(self.rating_requested, stars))
        self.list.delete_pressed.connect(lambda: self.delete_requested.emit(self.selected_ids()))
        self.list.stack_key_pressed.connect(self.toggle_current_stack)
        self.list.stack_badge_clicked.connect(lambda index: self.toggle_stack_at(index.row()))
        self.delegate.thumb_missing.connect(self._schedule_request)
        layout.addWidget(self.list, 1)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("galleryCount")
        actions.addWidget(self.count_label, 1)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setObjectName("galleryCompare")
        self.compare_button.setAccessibleName(self.tr("Compare the selected images"))
        self.compare_button.setToolTip(
            self.tr("Compare the selection side by side (one image: against the anchor). Key: C")
        )
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(self.compare_ids()))
        actions.addWidget(self.compare_button)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setObjectName("galleryThumbSize")
        self.size_slider.setAccessibleName(self.tr("Thumbnail size"))
        self.size_slider.setToolTip(self.tr("Thumbnail size"))
        self.size_slider.setRange(*TILE_RANGE)
        self.size_slider.setSingleStep(8)
        self.size_slider.setPageStep(32)
        self.size_slider.setValue(TILE)
        self.size_slider.setMaximumWidth(140)
        self.size_slider.valueChanged.connect(self.set_tile_size)
        self.size_slider.valueChanged.connect(
            lambda: None if self.size_slider.isSliderDown() else self._view_changed()
        )
        self.size_slider.sliderReleased.connect(self._view_changed)
        actions.insertWidget(1, self.size_slider)
        layout.addLayout(actions)
        self.model.hide()  # shown once the project holds images from more than one model
        self._selection_changed()

    def set_tile_size(self, tile: int) -> None:
        """Pictures `tile` px square; the thumbnails on screen are asked for again if new ones show."""
        self.delegate.tile = tile
        self.list.set_tile(tile)
        if self.size_slider.value() != tile:
            self.size_slider.setValue(tile)
        self._schedule_request()

    def _combo(self, name: str, accessible: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)  # "Any rating" whole in Spanish and Indonesian too
        for text, data in items:
            combo.addItem(text, data)
        return combo

    # -- filters ------------------------------------------------------------------------------------

    def query(self) -> ImageQuery:
        """The filters, order and stacking; "Most consistent" is sorted here without stacks, and
        where the stacks are made with them."""
        return ImageQuery(
            scene_id=self.scene.currentData(),
            flag=self.flag.currentData(),
            min_rating=self.rating.currentData(),
            model=self.model.currentData(),
            order=str(self.sort.currentData()),
            source=self.source.currentData(),
            stack=self.stack_mode(),
        )

    def stack_mode(self) -> StackMode:
        return StackMode(self.stack.currentData())

    def view(self) -> GalleryView:
        """How the gallery is looked at now: what a project remembers."""
        return GalleryView(self.stack_mode(), str(self.sort.currentData()), self.size_slider.value())

    def apply_view(self, view: GalleryView) -> None:
        """Look at a project the way it was last looked at (no listing is asked for here)."""
        self.tiles.forget_open_stacks()
        for combo, value in ((self.stack, view.stack.value), (self.sort, view.order)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self._order = str(self.sort.currentData())
        self.tiles.set_order(self._order)
        self.size_slider.blockSignals(True)
        self.size_slider.setValue(view.tile)
        self.size_slider.blockSignals(False)
        self.set_tile_size(self.size_slider.value())

    def _view_changed(self) -> None:
        self.view_changed.emit(self.view())

    def set_scenes(self, scenes: Sequence[SceneRecord]) -> None:
        self._refill(self.scene, [(s.text if len(s.text) < 40 else s.text[:38] + "…", s.id) for s in scenes])

    def set_models(self, models: Sequence[str]) -> None:
        self._refill(self.model, [(m, m) for m in models])
        self.model.setVisible(len(models) > 1 or self.model.currentData() is not None)

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        if combo.currentData() != current:
            self._query_changed()

    def _query_changed(self) -> None:
        self._order = str(self.sort.currentData())
        self.tiles.set_order(self._order)
        self.query_changed.emit(self.query())

    # -- saved images -------------------------------------------------------------------------------

    def show_records(self, records: Sequence[ImageRecord] | StackedListing) -> None:
        """Replace the saved-image tiles (session tiles stay); the selection stays where it can.

        A `StackedListing` (Stack by batch or scene) shows each stack as its top, or open.
        """
        filtered = any(
            c.currentIndex() > 0 for c in (self.scene, self.flag, self.rating, self.source, self.model)
        )
        self.list.empty_text = (
            self.tr("No images match these filters.")
            if filtered
            else self.tr("No images yet. Describe a scene and press Generate (Ctrl+Enter).")
        )
        selected = self.selected_ids()
        current = self.list.currentIndex().data(ROLE_RECORD)
        if isinstance(records, StackedListing):
            self.tiles.set_listing(records)
        else:
            self.tiles.set_records(records)
        if selected:
            self.select_ids(selected)
        if isinstance(current, ImageRecord) and (row := self.tiles.row_of(current.id)) >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.tiles.index(row), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._update_count()

    def add_records(self, records: Sequence[ImageRecord], thumb: QImage | None = None) -> None:
        """Newly saved images: shown first among the saved tiles, matching the filter or not."""
        self.tiles.insert_records(records, thumb)

    def set_thumbs(self, thumbs: Mapping[int, QImage]) -> None:
        """Decoded thumbnails by image id; a null image means the thumbnail could not be made."""
        shas = {image_id: self._asked.pop(image_id)[0] for image_id in thumbs if image_id in self._asked}
        self.tiles.set_thumbs(thumbs, shas)

    def update_record(self, record: ImageRecord) -> None:
        self.tiles.update_record(record)

    def set_anchor(self, image_id: int | None) -> None:
        self.tiles.set_anchor(image_id)

    def set_scores(self, scores: Mapping[int, float]) -> None:
        self.tiles.set_scores(scores)
        if self._order == "consistency" and self.tiles.stacked:
            self.query_changed.emit(self.query())  # the stacks are sorted where they are made
        elif self._order == "consistency":
            self.show_records(self.tiles.records())

    def record(self, image_id: int) -> ImageRecord | None:
        row = self.tiles.row_of(image_id)
        return self.tiles.record_at(row) if row >= 0 else None

    def records(self) -> list[ImageRecord]:
        """The saved images listed, in the order shown."""
        return self.tiles.records()

    def record_ids_in_view(self) -> list[int]:
        return [r.id for r in self.tiles.records()]

    def missing_thumbs(self) -> list[ImageRecord]:
        """Saved images on screen whose thumbnail is not decoded yet (asked for or not).

        Only what the viewport shows: in a project of 20,000 images the rest is asked for by
        `thumbs_wanted` when it scrolls into view.
        """
        return [
            record
            for row in self.list.visible_rows()
            if (record := self.tiles.record_at(row)) is not None and not self.tiles.has_thumb(record)
        ]

    def thumb(self, image_id: int) -> QImage:
        """The undecorated thumbnail of a listed image; null until it is decoded (or when the
        cache let it go after it scrolled far away: it is asked for again when shown)."""
        return self.tiles.thumb(image_id)

    def tile_state(self, image_id: int) -> TileState | None:
        return self.tiles.tile_state(image_id)

    def compare_ids(self) -> list[int]:
        """What Compare opens for the selection: a closed stack's tile stands for its members
        (the best first), any other tile for its image."""
        ids: list[int] = []
        for image_id in self.selected_ids():
            stack = self.tiles.stack_of(image_id)
            if stack is not None and stack.top.id == image_id and not self.tiles.is_expanded(stack.key):
                ids.extend(stack.ranked)
            else:
                ids.append(image_id)
        return list(dict.fromkeys(ids))

    # -- stacks -------------------------------------------------------------------------------------

    def toggle_current_stack(self) -> None:
        """S: open or close the stack of the tile with the keyboard cursor (else the selected one)."""
        index = self.list.currentIndex()
        if not index.isValid():
            rows = self.list.selectionModel().selectedIndexes()
            if not rows:
                return
            index = min(rows, key=lambda i: i.row())
        self.toggle_stack_at(index.row())

    def toggle_stack_at(self, row: int) -> None:
        """Open or close the stack of the tile at `row`; closing from a member moves to the top."""
        stack = self.tiles.stack_at(row)
        if stack is None:
            return
        was_current = self.list.currentIndex().row() == row
        self.tiles.toggle(stack.key)
        top = self.tiles.row_of(stack.top.id)
        if top >= 0 and (was_current or not self.list.currentIndex().isValid()):
            model = self.list.selectionModel()
            if not model.isSelected(self.tiles.index(top)) and not self.selected_ids():
                model.select(self.tiles.index(top), QItemSelectionModel.SelectionFlag.Select)
            model.setCurrentIndex(self.tiles.index(top), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.list.scrollTo(self.tiles.index(top))
        self._update_count()

    def set_stacks_expanded(self, expanded: bool) -> None:
        """Expand all / Collapse all; the selection and the current tile stay where they can."""
        selected = self.selected_ids()
        current = self.list.currentIndex().data(ROLE_RECORD)
        self.tiles.set_all_expanded(expanded)
        if selected:
            self.select_ids(selected)
        if isinstance(current, ImageRecord):
            stack = self.tiles.stack_of(current.id)
            row = self.tiles.row_of(current.id)
            if row < 0 and stack is not None:  # a member that closed: its top
                row = self.tiles.row_of(stack.top.id)
            if row >= 0:
                self.list.selectionModel().setCurrentIndex(
                    self.tiles.index(row), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                self.list.scrollTo(self.tiles.index(row))
        self._update_count()

    def selected_ids(self) -> list[int]:
        """Selected saved images in the order shown (session tiles are not images yet)."""
        spans = self.list.selectionModel().selection()
        rows = sorted(
            {
                row
                for span in (spans.at(i) for i in range(spans.count()))
                for row in range(span.top(), span.bottom() + 1)
            }
        )
        return [record.id for row in rows if (record := self.tiles.record_at(row)) is not None]

    def select_ids(self, image_ids: Sequence[int]) -> None:
        """Select exactly these images (consecutive rows become one range, so 20,000 stay cheap)."""
        rows = sorted({row for i in image_ids if (row := self.tiles.row_of(i)) >= 0})
        selection = QItemSelection()
        start = previous = -2
        for row in [*rows, -2]:
            if row != previous + 1:
                if start >= 0:
                    selection.select(self.tiles.index(start), self.tiles.index(previous))
                start = row
            previous = row
        self.list.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # -- thumbnails on demand -----------------------------------------------------------------------

    def _schedule_request(self) -> None:
        """A tile was painted without its picture: ask on the next turn of the event loop, or,
        while scrolling, REQUEST_MS after the last request."""
        if not self._request.isActive():
            since = (time.monotonic() - self._last_request) * 1000
            self._request.start(max(0, round(REQUEST_MS - since)))

    def _request_visible(self) -> None:
        """Ask for the missing thumbnails on screen. If the list moved since the last look, only
        for tiles that stayed on screen: a fast drag through 20,000 images must not queue
        thousands of decodes for tiles already gone. The rest follows REQUEST_MS later, once the
        list has held still between two looks."""
        now = time.monotonic()
        position = self.list.verticalScrollBar().value()
        scrolling = position != self._last_position
        self._last_request, self._last_position = now, position
        # Two screens always fit, or thumbnails on screen would push each other out for ever.
        self.tiles.cache.make_room_for(2 * len(self.list.visible_rows()) * THUMB_BYTES)
        missing = self.missing_thumbs()
        wanted: list[ImageRecord] = []
        waiting = False
        for record in missing:
            asked = self._asked.get(record.id)
            if asked is not None and asked[0] == record.sha256 and now - asked[1] <= REQUEST_AGAIN_S:
                continue  # on its way
            if scrolling and record.id not in self._last_seen:
                waiting = True
                continue
            self._asked[record.id] = (record.sha256, now)
            wanted.append(record)
        self._last_seen = {r.id for r in missing}
        if wanted:
            self.thumbs_wanted.emit(wanted)
        if waiting:
            self._request.start(REQUEST_MS)

    # -- this session's tiles -----------------------------------------------------------------------

    def add_pending(self, batch_key: object, count: int, label: str = "") -> None:
        """Reserve one tile per variant so results land in a stable place."""
        self.tiles.add_pending(batch_key, count, label)

    def show_variant(self, batch_key: object, variant: Variant, thumb: QImage) -> GalleryItem:
        """A variant arrived: a delivered one shows until it is saved; a failed one says why."""
        row = self.tiles.show_variant(batch_key, variant, thumb)
        return GalleryItem(self.tiles.index(row))

    def variant_saved(self, batch_key: object, index: int, records: Sequence[ImageRecord]) -> None:
        """The variant's images are in the project: its session tile becomes saved tiles."""
        tile = self.tiles.take_session_tile((batch_key, index))
        self.add_records(records, tile.thumb if tile is not None else None)

    def variant_not_saved(self, batch_key: object, index: int, reason: str) -> None:
        """The variant was delivered but not saved: its tile keeps the image and says why."""
        self.tiles.mark_not_saved((batch_key, index), reason)

    def saving_again(self, batch_key: object, index: int) -> None:
        self.tiles.saved_again((batch_key, index))

    def session_variant(self, batch_key: object, index: int) -> Variant | None:
        row = self.tiles.session_row((batch_key, index))
        return self.tiles.session_tiles()[row].variant if row >= 0 else None

    def unsaved_tiles(self) -> list[tuple[object, int]]:
        return [t.key for t in self.tiles.session_tiles() if t.not_saved]

    def clear_pending(self, batch_key: object) -> None:
        """The batch ended: tiles that never ran say so; failed tiles stay for retry."""
        self.tiles.mark_not_run(batch_key)

    def drop_session_tile(self, batch_key: object, index: int) -> None:
        self.tiles.take_session_tile((batch_key, index))

    def variants(self) -> list[Variant]:
        return [t.variant for t in self.tiles.session_tiles() if t.variant is not None]

    def failed_tiles(self) -> list[tuple[object, int]]:
        """Variants that failed or were blocked; a cancelled one was the user's choice, not a failure."""
        return [
            t.key
            for t in self.tiles.session_tiles()
            if t.variant is not None
            and not t.variant.delivered
            and t.variant.status is not VariantStatus.CANCELLED
        ]

    def pending_item(self, batch_key: object, index: int) -> GalleryItem | None:
        row = self.tiles.session_row((batch_key, index))
        return GalleryItem(self.tiles.index(row)) if row >= 0 else None

    # -- interaction --------------------------------------------------------------------------------

    def _emit_for_selected(self, signal: SignalInstance, value: object) -> None:
        ids = self.selected_ids()
        if ids:
            signal.emit(ids, value)

    def _selection_changed(self) -> None:
        self.compare_button.setEnabled(bool(self.selected_ids()))
        self._update_count()
        self.selection_changed.emit()

    def _update_count(self) -> None:
        selected = len(self.selected_ids())
        text = self.tr("%d images") % self.tiles.listed_count
        if self.tiles.stacked:
            text += " · " + self.tr("Stacks: %d") % self.tiles.stack_count
        if selected:
            text += " · " + self.tr("%d selected") % selected
        self.count_label.setText(text)

    def _double_clicked(self, index: QModelIndex) -> None:
        record = index.data(ROLE_RECORD)
        if record is not None:
            self.compare_requested.emit([record.id])
            return
        key = index.data(ROLE_PENDING)
        variant = index.data(ROLE_VARIANT)
        if key is not None and variant is not None and not variant.delivered:
            self.retry_requested.emit(key[0], key[1])

    def _menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid() and not self.tiles.stacked:
            return
        menu = self.menu_for(index)
        if not menu.isEmpty():
            menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def menu_for(self, index: QModelIndex | QPersistentModelIndex) -> QMenu:
        """The context menu of the tile at `index` (built, not shown)."""
        menu = QMenu(self)
        record = index.data(ROLE_RECORD) if index.isValid() else None
        key = index.data(ROLE_PENDING) if index.isValid() else None
        if record is None and key is None:  # the empty space between and after the tiles
            self._add_stack_entries(menu, None)
        if record is not None:
            ids = self.selected_ids() or [record.id]
            compared = self.compare_ids() if record.id in self.selected_ids() else [record.id]
            self._add(menu, self.tr("Compare"), lambda: self.compare_requested.emit(compared))
            self._add_stack_entries(menu, record)
            menu.addSeparator()
            self._add(
                menu,
                self.tr("Set as anchor"),
                lambda: self.promote_requested.emit(record.id, ReferenceRole.ANCHOR),
            )
            self._add(
                menu,
                self.tr("Add to references"),
                lambda: self.promote_requested.emit(record.id, ReferenceRole.IDENTITY),
            )
            menu.addSeparator()
            self._add(menu, self.tr("Pick (P)"), lambda: self.flag_requested.emit(ids, "pick"))
            self._add(menu, self.tr("Reject (X)"), lambda: self.flag_requested.emit(ids, "reject"))
            self._add(menu, self.tr("Unflag (U)"), lambda: self.flag_requested.emit(ids, "none"))
            rate = menu.addMenu(self.tr("Rate"))
            for stars in range(6):
                label = "★" * stars if stars else self.tr("No stars")
                self._add(rate, f"{label} ({stars})", lambda s=stars: self.rating_requested.emit(ids, s))
            menu.addSeparator()
            self._add(
                menu,
                self.tr("Again (same recipe, new variants)"),
                lambda: self.again_requested.emit(record.id),
            )
            self._add(
                menu,
                self.tr("Vary (open its recipe to change one thing)"),
                lambda: self.vary_requested.emit(record.id),
            )
            menu.addSeparator()
            self._add(menu, self.tr("Copy image"), lambda: self.copy_requested.emit(record.id))
            self._add(menu, self.tr("Show in folder"), lambda: self.show_in_folder_requested.emit(record.id))
            self._add(menu, self.tr("Check against spec"), lambda: self.spec_check_requested.emit(record.id))
            self._add(
                menu, self.tr("Edit in conversation"), lambda: self.conversation_requested.emit(record.id)
            )
            self._add(menu, self.tr("Export…"), lambda: self.export_requested.emit(ids))
            self._add(menu, self.tr("Move to Trash (Delete)"), lambda: self.delete_requested.emit(ids))
            stack = self.tiles.stack_of(record.id)
            if stack is not None:
                members = [r.id for r in stack.members]
                self._add(
                    menu,
                    self.tr("Move stack to Trash (%d images)…") % stack.count,
                    lambda: self.delete_requested.emit(members),
                )
            if self.menu_actions:
                menu.addSeparator()
                menu.addActions(self.menu_actions)
        elif key is not None and index.data(KIND_ROLE) is TileKind.NOT_SAVED:
            self._add(menu, self.tr("Save as…"), lambda: self.save_as_requested.emit(key[0], key[1]))
            self._add(menu, self.tr("Try again"), lambda: self.save_again_requested.emit(key[0], key[1]))
        elif key is not None:
            variant = index.data(ROLE_VARIANT)
            if variant is None:
                self._add(
                    menu, self.tr("Cancel this variant"), lambda: self.cancel_requested.emit(key[0], key[1])
                )
            elif not variant.delivered:
                self._add(menu, self.tr("Retry"), lambda: self.retry_requested.emit(key[0], key[1]))
                self._add(menu, self.tr("Dismiss"), lambda: self.drop_session_tile(key[0], key[1]))
        return menu

    def _add_stack_entries(self, menu: QMenu, record: ImageRecord | None) -> None:
        """Compare, open or close, and choose the top of the tile's stack; Expand/Collapse all."""
        if not self.tiles.stacked:
            return
        stack: Stack | None = self.tiles.stack_of(record.id) if record is not None else None
        if stack is not None and record is not None:
            ranked = list(stack.ranked)
            self._add(
                menu,
                self.tr("Compare stack (%d images)") % stack.count,
                lambda: self.compare_requested.emit(ranked),
            )
            key = stack.key
            open_now = self.tiles.is_expanded(key)
            self._add(
                menu,
                self.tr("Collapse stack (S)") if open_now else self.tr("Expand stack (S)"),
                lambda: self.toggle_stack_at(self.tiles.row_of(stack.top.id)),
            )
            if record.id != stack.top.id or not stack.chosen:
                image_id = record.id
                self._add(
                    menu,
                    self.tr("Set as top of stack"),
                    lambda: self.stack_top_requested.emit(key, image_id),
                )
            if stack.chosen:
                self._add(
                    menu,
                    self.tr("Put the best image on top"),
                    lambda: self.stack_top_requested.emit(key, None),
                )
        if record is not None:
            menu.addSeparator()
        self._add(menu, self.tr("Expand all stacks"), lambda: self.set_stacks_expanded(True))
        self._add(menu, self.tr("Collapse all stacks"), lambda: self.set_stacks_expanded(False))

    @staticmethod
    def _add(menu: QMenu, text: str, slot: object) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action
