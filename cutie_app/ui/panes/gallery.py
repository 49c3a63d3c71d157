"""The project's images as tiles: this session's batches on top, the saved images below.

Saved images come from the project's thumbnail cache, decoded off the UI thread and handed in
as `Thumb`s. Tiles show flag, stars and the consistency score drawn on the thumbnail, can be
filtered and sorted, multi-selected, culled from the keyboard (P, X, U, 0-5) and sent to the
comparator. A variant still running, failed or cancelled keeps its own tile with cancel/retry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QImage, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.generation import Variant, VariantStatus
from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.store import ImageRecord, SceneRecord
from cutie_app.ui.models.project_session import ImageQuery

TILE = 150
ROLE_RECORD = Qt.ItemDataRole.UserRole
ROLE_PENDING = Qt.ItemDataRole.UserRole + 1  # (batch key, variant index) of a session tile
ROLE_VARIANT = Qt.ItemDataRole.UserRole + 2

STATUS_TEXT = {
    VariantStatus.DELIVERED: "",
    VariantStatus.BLOCKED: "Blocked",
    VariantStatus.TEXT_ONLY: "Words only",
    VariantStatus.FAILED: "Failed",
    VariantStatus.CANCELLED: "Cancelled",
}
CULL_KEYS = {Qt.Key.Key_P: "pick", Qt.Key.Key_X: "reject", Qt.Key.Key_U: "none"}


@dataclass(frozen=True)
class TileState:
    """What is drawn over a saved image's thumbnail."""

    flag: str = "none"
    rating: int = 0
    score: float | None = None


def _placeholder(text: str, color: str) -> QPixmap:
    pixmap = QPixmap(TILE, TILE)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#333333"))
    painter.drawText(
        pixmap.rect().adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
    )
    painter.end()
    return pixmap


def decorate(thumb: QImage, state: TileState) -> QPixmap:
    """The tile picture: the thumbnail centred on a square, with flag, stars and score on top."""
    pixmap = QPixmap(TILE, TILE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not thumb.isNull():
        scaled = thumb.scaled(
            TILE, TILE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        painter.drawImage(QPoint((TILE - scaled.width()) // 2, (TILE - scaled.height()) // 2), scaled)
    else:
        painter.fillRect(pixmap.rect(), QColor("#dddddd"))
    font = QFont(painter.font())
    font.setPixelSize(13)
    font.setBold(True)
    painter.setFont(font)
    if state.flag in ("pick", "reject"):
        color = QColor("#2e8b57") if state.flag == "pick" else QColor("#c0392b")
        painter.setBrush(color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRect(4, 4, 22, 22))
        painter.setPen(QColor("white"))
        painter.drawText(
            QRect(4, 4, 22, 22), Qt.AlignmentFlag.AlignCenter, "✓" if state.flag == "pick" else "✕"
        )
        if state.flag == "reject":
            painter.fillRect(pixmap.rect(), QColor(255, 255, 255, 110))
    if state.rating:
        stars = "★" * state.rating
        box = QRect(4, TILE - 22, 12 * state.rating + 8, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#ffcc33"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, stars)
    if state.score is not None:
        text = f"{round(state.score * 100)}%"
        box = QRect(TILE - 44, 4, 40, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class TileList(QListWidget):
    """The icon grid; culling keys go to the window as signals."""

    cull = Signal(str)  # "pick" | "reject" | "none"
    rate = Signal(int)

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
        super().keyPressEvent(event)


class Gallery(QWidget):
    """Filter bar + tiles.

    Signals:
        query_changed(object): an `ImageQuery` the window should list.
        compare_requested(list): image ids to open in the comparator.
        flag_requested(list, str) / rating_requested(list, int): culling on the selected images.
        promote_requested(int, object): (image id, ReferenceRole.ANCHOR or IDENTITY).
        cancel_requested(object, int): (batch key, variant index) of a running tile.
        retry_requested(object, int): (batch key, variant index) of a failed tile.
        export_requested(list): image ids to export (empty: the current filter's images).
        spec_check_requested(int): ask the text model to check this image against the spec.
    """

    query_changed = Signal(object)
    compare_requested = Signal(list)
    flag_requested = Signal(list, str)
    rating_requested = Signal(list, int)
    promote_requested = Signal(int, object)
    cancel_requested = Signal(object, int)
    retry_requested = Signal(object, int)
    export_requested = Signal(list)
    spec_check_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("galleryPane")
        self._pending: dict[tuple[object, int], QListWidgetItem] = {}
        self._records: dict[int, QListWidgetItem] = {}
        self._thumbs: dict[int, QImage] = {}
        self._states: dict[int, TileState] = {}
        self._scores: dict[int, float] = {}
        self._arrived: dict[tuple[object, int], QImage] = {}  # undecorated thumbs of unsaved variants
        self._order = "time"
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
        self.sort = self._combo(
            "gallerySort",
            self.tr("Sort order"),
            [
                (self.tr("Newest"), "time"),
                (self.tr("Best rated"), "rating"),
                (self.tr("Most consistent"), "consistency"),
            ],
        )
        for combo in (self.scene, self.flag, self.rating, self.model, self.sort):
            bar.addWidget(combo, 1 if combo is self.scene else 0)
            combo.currentIndexChanged.connect(self._query_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)

        self.list = TileList()
        self.list.setObjectName("gallery")
        self.list.setAccessibleName(self.tr("Generated images"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(TILE, TILE))
        self.list.setGridSize(QSize(TILE + 14, TILE + 34))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.cull.connect(lambda flag: self._emit_for_selected(self.flag_requested, flag))
        self.list.rate.connect(lambda stars: self._emit_for_selected(self.rating_requested, stars))
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
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(self.selected_ids()))
        actions.addWidget(self.compare_button)
        layout.addLayout(actions)
        self.model.hide()  # shown once the project holds images from more than one model
        self._selection_changed()

    def _combo(self, name: str, accessible: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    # -- filters ------------------------------------------------------------------------------------

    def query(self) -> ImageQuery:
        order = str(self.sort.currentData())
        return ImageQuery(
            scene_id=self.scene.currentData(),
            flag=self.flag.currentData(),
            min_rating=self.rating.currentData(),
            model=self.model.currentData(),
            order="rating" if order == "rating" else "time",
        )

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
        self.query_changed.emit(self.query())

    # -- saved images -------------------------------------------------------------------------------

    def show_records(self, records: Sequence[ImageRecord]) -> None:
        """Replace the saved-image tiles (session tiles stay on top)."""
        for item in list(self._records.values()):
            self.list.takeItem(self.list.row(item))
        self._records.clear()
        for record in self._sorted(records):
            self._add_record_item(record, self.list.count())
        self._update_count()

    def _sorted(self, records: Sequence[ImageRecord]) -> list[ImageRecord]:
        if self._order != "consistency":
            return list(records)
        return sorted(records, key=lambda r: -self._scores.get(r.id, -1.0))

    def _add_record_item(self, record: ImageRecord, row: int) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(ROLE_RECORD, record)
        self._records[record.id] = item
        self._states[record.id] = TileState(record.flag, record.rating, self._scores.get(record.id))
        item.setText(f"#{record.id}")
        recipe = record.recipe_dict
        tip = [self.tr("Image #%d · %s") % (record.id, record.model)]
        if recipe.get("scene"):
            tip.append(self.tr("Scene: %s") % recipe["scene"])
        if record.width and record.height:
            tip.append(f"{record.width} × {record.height}")
        item.setToolTip("\n".join(tip))
        self.list.insertItem(row, item)
        self._paint(record.id)
        return item

    def add_records(self, records: Sequence[ImageRecord], thumb: QImage | None = None) -> None:
        """Newly saved images: shown first among the saved tiles, matching or not."""
        row = len(self._pending_items())
        for record in records:
            if record.id in self._records:
                continue
            if thumb is not None and not thumb.isNull():
                self._thumbs[record.id] = thumb
            self._add_record_item(record, row)
        self._update_count()

    def set_thumbs(self, thumbs: Mapping[int, QImage]) -> None:
        for image_id, image in thumbs.items():
            self._thumbs[image_id] = image
            self._paint(image_id)

    def update_record(self, record: ImageRecord) -> None:
        item = self._records.get(record.id)
        if item is None:
            return
        item.setData(ROLE_RECORD, record)
        old = self._states.get(record.id, TileState())
        self._states[record.id] = TileState(record.flag, record.rating, old.score)
        self._paint(record.id)

    def set_scores(self, scores: Mapping[int, float]) -> None:
        self._scores.update(scores)
        for image_id, score in scores.items():
            if image_id in self._states:
                old = self._states[image_id]
                self._states[image_id] = TileState(old.flag, old.rating, score)
                self._paint(image_id)
        if self._order == "consistency":
            self.show_records(self.records())

    def _paint(self, image_id: int) -> None:
        item = self._records.get(image_id)
        if item is None:
            return
        thumb = self._thumbs.get(image_id)
        if thumb is None:
            item.setIcon(QIcon(_placeholder(self.tr("Loading…"), "#eeeeee")))
            return
        item.setIcon(QIcon(decorate(thumb, self._states.get(image_id, TileState()))))

    def records(self) -> list[ImageRecord]:
        return [item.data(ROLE_RECORD) for item in self._records.values()]

    def record_ids_in_view(self) -> list[int]:
        return [
            self.list.item(i).data(ROLE_RECORD).id
            for i in range(self.list.count())
            if self.list.item(i).data(ROLE_RECORD) is not None
        ]

    def missing_thumbs(self) -> list[ImageRecord]:
        return [r for r in self.records() if r.id not in self._thumbs]

    def thumb(self, image_id: int) -> QImage:
        """The undecorated thumbnail of a saved image (null until it has loaded)."""
        return self._thumbs.get(image_id, QImage())

    def tile_state(self, image_id: int) -> TileState | None:
        return self._states.get(image_id)

    def selected_ids(self) -> list[int]:
        return [
            item.data(ROLE_RECORD).id
            for item in self.list.selectedItems()
            if item.data(ROLE_RECORD) is not None
        ]

    def select_ids(self, image_ids: Sequence[int]) -> None:
        self.list.clearSelection()
        for image_id in image_ids:
            item = self._records.get(image_id)
            if item is not None:
                item.setSelected(True)

    # -- this session's tiles -----------------------------------------------------------------------

    def _pending_items(self) -> list[QListWidgetItem]:
        return list(self._pending.values())

    def add_pending(self, batch_key: object, count: int, label: str = "") -> None:
        """Reserve one tile per variant so results land in a stable place."""
        row = len(self._pending)
        for index in range(count):
            text = f"{label} #{index + 1}".strip()
            item = QListWidgetItem(QIcon(_placeholder(self.tr("Generating…"), "#eeeeee")), text)
            item.setData(ROLE_PENDING, (batch_key, index))
            item.setToolTip(self.tr("Right-click to cancel this variant"))
            self.list.insertItem(row + index, item)
            self._pending[(batch_key, index)] = item
        self._update_count()

    def show_variant(self, batch_key: object, variant: Variant, thumb: QImage) -> QListWidgetItem:
        """A variant arrived: a delivered one shows until it is saved; a failed one says why."""
        key = (batch_key, variant.index)
        item = self._pending.get(key)
        if item is None:
            item = QListWidgetItem()
            item.setData(ROLE_PENDING, key)
            self.list.insertItem(len(self._pending), item)
            self._pending[key] = item
        item.setData(ROLE_VARIANT, variant)
        prefix = item.text().split(" · ")[0] or f"#{variant.index + 1}"
        if variant.delivered and not thumb.isNull():
            self._arrived[key] = thumb
            item.setIcon(QIcon(decorate(thumb, TileState())))
            cost = f" · ${variant.recipe.cost_usd:.3f}" if variant.recipe.cost_usd is not None else ""
            item.setText(prefix + cost)
            item.setToolTip(variant.recipe.prompt_text[:400])
        else:
            title = variant.error.title if variant.error else self.tr(STATUS_TEXT[variant.status])
            cancelled = variant.status is VariantStatus.CANCELLED
            item.setIcon(QIcon(_placeholder(title, "#e0e0e0" if cancelled else "#f6d5d1")))
            item.setText(f"{prefix} · {self.tr(STATUS_TEXT[variant.status])}")
            tip = str(variant.error) if variant.error else self.tr(STATUS_TEXT[variant.status])
            item.setToolTip(tip + "\n" + self.tr("Right-click → Retry, or double-click"))
        return item

    def variant_saved(self, batch_key: object, index: int, records: Sequence[ImageRecord]) -> None:
        """The variant's images are in the project: its session tile becomes saved tiles."""
        item = self._pending.pop((batch_key, index), None)
        if item is not None:
            self.list.takeItem(self.list.row(item))
        self.add_records(records, self._arrived.pop((batch_key, index), None))

    def clear_pending(self, batch_key: object) -> None:
        """The batch ended: tiles that never ran say so; failed tiles stay for retry."""
        for key, item in list(self._pending.items()):
            if key[0] == batch_key and item.data(ROLE_VARIANT) is None:
                item.setText(item.text() + " · " + self.tr("not run"))
                item.setIcon(QIcon(_placeholder(self.tr("Not run"), "#e0e0e0")))

    def drop_session_tile(self, batch_key: object, index: int) -> None:
        item = self._pending.pop((batch_key, index), None)
        if item is not None:
            self.list.takeItem(self.list.row(item))
        self._update_count()

    def variants(self) -> list[Variant]:
        return [v for v in (i.data(ROLE_VARIANT) for i in self._pending.values()) if v is not None]

    def failed_tiles(self) -> list[tuple[object, int]]:
        return [
            key
            for key, item in self._pending.items()
            if (v := item.data(ROLE_VARIANT)) is not None and not v.delivered
        ]

    def pending_item(self, batch_key: object, index: int) -> QListWidgetItem | None:
        return self._pending.get((batch_key, index))

    # -- interaction --------------------------------------------------------------------------------

    def _emit_for_selected(self, signal: Signal, value: object) -> None:
        ids = self.selected_ids()
        if ids:
            signal.emit(ids, value)  # type: ignore[attr-defined]

    def _selection_changed(self) -> None:
        self.compare_button.setEnabled(bool(self.selected_ids()))
        self._update_count()

    def _update_count(self) -> None:
        selected = len(self.selected_ids())
        text = self.tr("%d images") % len(self._records)
        if selected:
            text += " · " + self.tr("%d selected") % selected
        self.count_label.setText(text)

    def _double_clicked(self, item: QListWidgetItem) -> None:
        record = item.data(ROLE_RECORD)
        if record is not None:
            self.compare_requested.emit([record.id])
            return
        key = item.data(ROLE_PENDING)
        variant = item.data(ROLE_VARIANT)
        if key is not None and variant is not None and not variant.delivered:
            self.retry_requested.emit(key[0], key[1])

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        record = item.data(ROLE_RECORD)
        key = item.data(ROLE_PENDING)
        if record is not None:
            ids = self.selected_ids() or [record.id]
            self._add(menu, self.tr("Compare"), lambda: self.compare_requested.emit(ids))
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
            self._add(menu, self.tr("Check against spec"), lambda: self.spec_check_requested.emit(record.id))
            self._add(menu, self.tr("Export…"), lambda: self.export_requested.emit(ids))
            if self.menu_actions:
                menu.addSeparator()
                menu.addActions(self.menu_actions)
        elif key is not None:
            variant = item.data(ROLE_VARIANT)
            if variant is None:
                self._add(
                    menu, self.tr("Cancel this variant"), lambda: self.cancel_requested.emit(key[0], key[1])
                )
            elif not variant.delivered:
                self._add(menu, self.tr("Retry"), lambda: self.retry_requested.emit(key[0], key[1]))
                self._add(menu, self.tr("Dismiss"), lambda: self.drop_session_tile(key[0], key[1]))
        if not menu.isEmpty():
            menu.exec(self.list.viewport().mapToGlobal(pos))

    @staticmethod
    def _add(menu: QMenu, text: str, slot: object) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action
