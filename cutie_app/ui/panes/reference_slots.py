"""Reference image slots: drop files in, reorder (drag, menu, Alt+arrows), set roles, watch the budget.

Files are read and normalised in a worker (`core.imaging`); a bad file leaves the slots as they
were and shows an inline message. The budget line counts against the selected model's limits.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.catalog import ModelInfo
from cutie_app.core.model.references import DEFAULT_KIND, ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.services.slot_sync import SlotState
from cutie_app.ui.i18n import show_text
from cutie_app.ui.models.thumbs import Thumb, make_thumb, to_qimage
from cutie_app.ui.theme import section_title
from cutie_app.ui.widgets.error_banner import ErrorBanner
from cutie_app.ui.widgets.icons import untinted_icon
from cutie_app.ui.workers import Jobs

if TYPE_CHECKING:
    from cutie_app.core.imaging.reference_import import ImportedImage

ROLE_LABELS = {
    ReferenceRole.IDENTITY: QT_TRANSLATE_NOOP("ReferenceSlots", "Front / identity"),
    ReferenceRole.FACE: QT_TRANSLATE_NOOP("ReferenceSlots", "Face close-up"),
    ReferenceRole.SIDE: QT_TRANSLATE_NOOP("ReferenceSlots", "Side view"),
    ReferenceRole.BACK: QT_TRANSLATE_NOOP("ReferenceSlots", "Back view"),
    ReferenceRole.EXPRESSION: QT_TRANSLATE_NOOP("ReferenceSlots", "Expression"),
    ReferenceRole.OUTFIT: QT_TRANSLATE_NOOP("ReferenceSlots", "Outfit"),
    ReferenceRole.POSE: QT_TRANSLATE_NOOP("ReferenceSlots", "Pose"),
    ReferenceRole.STYLE: QT_TRANSLATE_NOOP("ReferenceSlots", "Style"),
    ReferenceRole.PALETTE: QT_TRANSLATE_NOOP("ReferenceSlots", "Palette"),
    ReferenceRole.BACKGROUND: QT_TRANSLATE_NOOP("ReferenceSlots", "Background"),
    ReferenceRole.PROP: QT_TRANSLATE_NOOP("ReferenceSlots", "Prop"),
    ReferenceRole.ANCHOR: QT_TRANSLATE_NOOP("ReferenceSlots", "Anchor (best result)"),
}
ITEM_DATA = Qt.ItemDataRole.UserRole  # the ReferenceImage
ITEM_STATE = Qt.ItemDataRole.UserRole + 1  # (token, source image id)
#: A slot dragged inside the list carries its row in this format, so a drop knows what moves.
SLOT_ROW_FORMAT = "application/x-cutie-reference-slot"
IMAGE_FORMATS = ("image/png", "image/jpeg", "image/webp", "image/gif", "image/heic", "image/avif")
Loaded = tuple[ReferenceImage, Thumb | None, tuple[str, ...]]


@dataclass(frozen=True)
class DropSource:
    """One image offered by a drop or a paste: a local file, encoded bytes, raw pixels or a web address."""

    kind: str  # "file" | "bytes" | "pixels" | "url"
    name: str
    path: str = ""
    data: bytes = b""
    size: tuple[int, int, int] = (0, 0, 0)  # width, height, bytes per line for "pixels"


def drop_sources(mime: QMimeData) -> list[DropSource]:
    """What a file manager, a browser or the clipboard offers, best source first.

    Local files win; then encoded image bytes (a browser's image/png...); then a decoded
    clipboard image, handed over as raw pixels so it is encoded in a worker; then web addresses.
    """
    # Loaded with the first drop or paste: Pillow and the importer are not needed to start.
    from cutie_app.core.imaging.fetch import url_file_name

    urls = mime.urls() if mime.hasUrls() else []
    files = [u.toLocalFile() for u in urls if u.isLocalFile()]
    if files:
        return [DropSource("file", Path(f).name, path=f) for f in files]
    for fmt in IMAGE_FORMATS:
        if mime.hasFormat(fmt):
            data = bytes(mime.data(fmt).data())
            if data:
                name = url_file_name(urls[0].toString()) if urls else ""
                return [DropSource("bytes", name or "pasted image", data=data)]
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
            size = (rgba.width(), rgba.height(), rgba.bytesPerLine())
            return [DropSource("pixels", "pasted image", data=bytes(rgba.constBits()), size=size)]
    web = [u.toString() for u in urls if u.scheme() in ("http", "https")]
    if not web and mime.hasText():
        text = mime.text().strip()
        if text.startswith(("http://", "https://")) and "\n" not in text:
            web = [QUrl(text).toString()]
    return [DropSource("url", url_file_name(u), path=u) for u in web]


def _new_ref(imported: ImportedImage, name: str) -> ReferenceImage:
    role = ReferenceRole.IDENTITY
    return ReferenceImage(imported.data, imported.mime_type, role, DEFAULT_KIND[role], name, imported.privacy)


def _import(source: Path | bytes, name: str = "") -> ImportedImage:
    """Worker: the picture made ready to send, its location and camera data removed unless the
    user turned that off in Preferences (the setting is read here, off the UI thread)."""
    from cutie_app.core.imaging.reference_import import import_reference  # loads Pillow: on the worker
    from cutie_app.core.services.character import remove_private_metadata

    return import_reference(source, name=name, remove_private_metadata=remove_private_metadata())


def load_reference(path: str) -> Loaded:
    """Worker: read, normalise and thumbnail one dropped file."""
    imported = _import(Path(path))
    return (_new_ref(imported, Path(path).name), make_thumb(imported.data, 160), imported.notes)


def load_source(source: DropSource) -> Loaded:
    """Worker: any drop source made into a reference (downloaded, encoded and normalised here)."""
    from PIL import Image

    from cutie_app.core.imaging.fetch import fetch_image

    if source.kind == "file":
        return load_reference(source.path)
    if source.kind == "url":
        data = fetch_image(source.path)
    elif source.kind == "pixels":
        width, height, stride = source.size
        image = Image.frombuffer("RGBA", (width, height), source.data, "raw", "RGBA", stride, 1)
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        data = buffer.getvalue()
    else:
        data = source.data
    imported = _import(data, source.name)
    return _new_ref(imported, source.name), make_thumb(imported.data, 160), imported.notes


def new_token() -> str:
    import uuid

    return uuid.uuid4().hex


class SlotList(QListWidget):
    """The icon list: accepts file drops from outside and reorders by internal drag.

    A slot dropped on the left half of another lands before it, on the right half after it,
    and in a gap between two slots between them (Qt's own icon-mode move sent those to the end).

    Signals:
        sources_dropped(list): `DropSource`s dropped from a file manager or a browser.
        move_requested(int, int): move the slot in row `from` so that it ends in row `to`.
        step_requested(int): Alt+Up/Alt+Left (-1) or Alt+Down/Alt+Right (+1) on the list.
    """

    sources_dropped = Signal(list)
    move_requested = Signal(int, int)
    step_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(100, 100))
        self.setGridSize(QSize(124, 146))
        self.setMovement(QListWidget.Movement.Static)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        # setMovement(Static) switches drops off on the viewport; reordering and file drops need them.
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setMinimumHeight(170)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        mime = super().mimeData(items)
        if len(items) == 1:
            mime.setData(SLOT_ROW_FORMAT, QByteArray(str(self.row(items[0])).encode()))
        return mime

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in steps:
            self.step_requested.emit(steps[Qt.Key(event.key())])
            event.accept()
            return
        super().keyPressEvent(event)

    def insertion_row(self, pos: QPoint) -> int:
        """The row a slot dropped at `pos` (viewport coordinates) should be inserted before."""
        best_row, best_distance = self.count(), None
        for row in range(self.count()):
            rect = self.visualItemRect(self.item(row))
            if rect.contains(pos):
                return row if pos.x() < rect.center().x() else row + 1
            for edge, before in ((rect.left(), row), (rect.right(), row + 1)):
                dx, dy = abs(pos.x() - edge), max(0, rect.top() - pos.y(), pos.y() - rect.bottom())
                distance = dx + 4 * dy  # rows first: a gap belongs to the slots beside it
                if best_distance is None or distance < best_distance:
                    best_row, best_distance = before, distance
        return best_row

    @staticmethod
    def _dragged_row(mime: QMimeData) -> int | None:
        if not mime.hasFormat(SLOT_ROW_FORMAT):
            return None
        try:
            return int(bytes(mime.data(SLOT_ROW_FORMAT).data()).decode())
        except ValueError:
            return None

    @staticmethod
    def _has_files(mime: QMimeData) -> bool:
        """True for anything from outside this list that could be an image (files, data, links)."""
        if mime.hasFormat("application/x-qabstractitemmodeldatalist") or mime.hasFormat(SLOT_ROW_FORMAT):
            return False  # our own reorder drag
        return bool(
            (mime.hasUrls() and mime.urls())
            or mime.hasImage()
            or any(mime.hasFormat(f) for f in IMAGE_FORMATS)
            or (mime.hasText() and mime.text().strip().startswith(("http://", "https://")))
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._has_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._has_files(event.mimeData()):
            event.acceptProposedAction()
        elif self._dragged_row(event.mimeData()) is not None:
            super().dragMoveEvent(event)  # autoscroll and the drop indicator
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        dragged = self._dragged_row(mime)
        if self._has_files(mime):
            sources = drop_sources(mime)
            event.acceptProposedAction()
            self.sources_dropped.emit(sources)
        elif dragged is not None and 0 <= dragged < self.count():
            before = self.insertion_row(event.position().toPoint())
            # Accepted as a copy, so Qt's drag does not also remove the source row after a move.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.move_requested.emit(dragged, before - 1 if before > dragged else before)
        else:
            super().dropEvent(event)


class ReferenceSlots(QWidget):
    """Ordered references with roles and a live budget against the model's limits.

    Signals:
        references_changed(): slots were added, removed, reordered or re-roled (by anyone).
        slots_edited(str): the user changed the slots; the text names the change (for Undo).
    """

    references_changed = Signal()
    slots_edited = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._model: ModelInfo | None = None
        self._jobs = Jobs(workers=1, name="cutie-refs")  # one worker: files land in drop order
        self._jobs.finished.connect(self._loaded)
        self._jobs.failed.connect(self._load_failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = section_title(QLabel(self.tr("Reference images")))
        layout.addWidget(title)
        # Its own row, the column's width: beside the title a long budget line ("over the
        # limit…") had only a sliver to wrap in and grew a tall empty band above the slots.
        self.budget = QLabel()
        self.budget.setObjectName("referenceBudget")
        self.budget.setAccessibleName(self.tr("Reference budget"))
        self.budget.setWordWrap(True)
        layout.addWidget(self.budget)

        self.list = SlotList()
        self.list.setObjectName("referenceSlots")
        self.list.setAccessibleName(self.tr("Reference slots; drop image files here"))
        self.list.setToolTip(self.tr("Drag a slot, or press Alt+Up/Alt+Down, to change its place"))
        self.list.sources_dropped.connect(self.add_sources)
        self.list.move_requested.connect(self.move_slot)
        self.list.step_requested.connect(self.move_current)
        self.list.model().rowsMoved.connect(self._reordered)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.list)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        self.list.currentItemChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        self.hint = QLabel(
            self.tr("Drop front, side and back drawings here (files or from a browser), paste, or click Add…")
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("referenceHint")
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)

        controls = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("referenceAdd")
        self.add_button.setAccessibleName(self.tr("Add reference images"))
        self.add_button.clicked.connect(self._browse)
        controls.addWidget(self.add_button)
        self.role = QComboBox()
        self.role.setObjectName("referenceRole")
        self.role.setAccessibleName(self.tr("Role of the selected reference"))
        for role, label in ROLE_LABELS.items():
            self.role.addItem(self.tr(str(label)), role)  # QT_TRANSLATE_NOOP's stub says object
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role.setMinimumContentsLength(10)
        self.role.currentIndexChanged.connect(self._role_chosen)
        controls.addWidget(self.role, 1)
        self.kind = QComboBox()
        self.kind.setObjectName("referenceKind")
        self.kind.setAccessibleName(self.tr("Character or object"))
        self.kind.addItem(self.tr("Character"), ReferenceKind.PERSON)
        self.kind.addItem(self.tr("Object"), ReferenceKind.OBJECT)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        controls.addWidget(self.kind)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("referenceRemove")
        self.remove_button.setAccessibleName(self.tr("Remove the selected reference"))
        self.remove_button.clicked.connect(self.remove_selected)
        controls.addWidget(self.remove_button)
        layout.addLayout(controls)
        self.banner = ErrorBanner()
        layout.addWidget(self.banner)
        self._selection_changed()
        self._update_budget()

    # -- public -----------------------------------------------------------------------------------

    def set_model(self, model: ModelInfo) -> None:
        self._model = model
        self._update_budget()

    def references(self) -> tuple[ReferenceImage, ...]:
        return tuple(self.list.item(i).data(ITEM_DATA) for i in range(self.list.count()))

    def snapshot(self) -> list[SlotState]:
        """The slots as plain values, in order (what the project should hold)."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            token, source = item.data(ITEM_STATE)
            out.append(SlotState(token, item.data(ITEM_DATA), source))
        return out

    def items_snapshot(self) -> list[tuple[SlotState, QIcon]]:
        """The slots with their pictures, to put back exactly (Undo)."""
        return [(state, self.list.item(i).icon()) for i, state in enumerate(self.snapshot())]

    def set_slots(self, slots: Sequence[tuple[SlotState, QIcon | QImage]]) -> None:
        """Replace every slot (opening a project, Undo); not reported as a user edit."""
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for state, picture in slots:
            self._append(state, picture)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self._selection_changed()
        self._relabel()

    def add_files(self, paths: list[str]) -> None:
        """Import in the background; each file lands or explains itself, in drop order."""
        self.add_sources([DropSource("file", Path(p).name, path=p) for p in paths])

    def add_sources(self, sources: list[DropSource]) -> None:
        if not sources:
            self.banner.show_message(
                self.tr("<b>Nothing to add.</b> The drop held no image, image file or image address."),
                "error",
            )
            return
        for source in sources:
            self._jobs.submit(source, load_source, source)

    def paste(self) -> None:
        """Add the clipboard's image, image file or image address."""
        mime = QGuiApplication.clipboard().mimeData()
        self.add_sources(drop_sources(mime) if mime is not None else [])

    def add_reference(
        self,
        ref: ReferenceImage,
        thumb: QImage,
        *,
        token: str | None = None,
        source_image_id: int | None = None,
    ) -> None:
        """Add one slot as a user edit; a new anchor replaces the previous anchor slot."""
        if ref.role is ReferenceRole.ANCHOR:
            for i in reversed(range(self.list.count())):
                if self.list.item(i).data(ITEM_DATA).role is ReferenceRole.ANCHOR:
                    self.list.takeItem(i)
        item = self._append(SlotState(token or new_token(), ref, source_image_id), thumb)
        self.list.setCurrentItem(item)
        self._relabel()
        self.slots_edited.emit(
            self.tr("Set anchor") if ref.role is ReferenceRole.ANCHOR else self.tr("Add reference")
        )

    def _append(self, state: SlotState, picture: QIcon | QImage) -> QListWidgetItem:
        icon = picture if isinstance(picture, QIcon) else untinted_icon(QPixmap.fromImage(picture))
        item = QListWidgetItem(icon, "")
        item.setData(ITEM_DATA, state.ref)
        item.setData(ITEM_STATE, (state.token, state.source_image_id))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.list.addItem(item)
        return item

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._relabel()
            self.slots_edited.emit(self.tr("Remove reference"))

    def move_slot(self, row: int, to: int) -> None:
        """Move the slot in `row` so that it ends in row `to`; it stays current."""
        count = self.list.count()
        if not (0 <= row < count and 0 <= to < count) or row == to:
            return
        # moveRow's destination is the row to insert before, counted before the move.
        destination = to + 1 if to > row else to
        root = QModelIndex()
        if not self.list.model().moveRow(root, row, root, destination):
            return
        self.list.setCurrentRow(to)  # rowsMoved already relabelled and reported the edit

    def move_current(self, step: int) -> None:
        """Move the current slot one place earlier (-1) or later (+1)."""
        row = self.list.currentRow()
        if row >= 0:
            self.move_slot(row, row + step)

    def slot_menu(self, row: int | None) -> QMenu:
        """The context menu for the slot in `row` (None: the empty part of the list)."""
        menu = QMenu(self)
        paste = menu.addAction(self.tr("Paste image"))
        paste.triggered.connect(self.paste)
        if row is not None:
            self.list.setCurrentRow(row)
            menu.addSeparator()
            up = menu.addAction(self.tr("Move up"))
            up.setShortcut(QKeySequence("Alt+Up"))
            up.setEnabled(row > 0)
            up.triggered.connect(self._move_up)
            down = menu.addAction(self.tr("Move down"))
            down.setShortcut(QKeySequence("Alt+Down"))
            down.setEnabled(row < self.list.count() - 1)
            down.triggered.connect(self._move_down)
            menu.addSeparator()
            remove = menu.addAction(self.tr("Remove"))
            remove.triggered.connect(self.remove_selected)
        return menu

    def _move_up(self) -> None:
        self.move_current(-1)

    def _move_down(self) -> None:
        self.move_current(1)

    def shutdown(self) -> None:
        self._jobs.shutdown()

    # -- internals --------------------------------------------------------------------------------

    def _browse(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add reference images"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.heic *.gif)"),
        )
        self.add_files(paths)

    def _loaded(self, source: object, result: object) -> None:
        ref, thumb, notes = cast(Loaded, result)  # the only jobs submitted here run load_source
        self.add_reference(ref, to_qimage(thumb))
        if notes:
            name = source.name if isinstance(source, DropSource) else str(source)
            said = self.tr("; ", "between the notes on an imported picture").join(show_text(n) for n in notes)
            self.banner.show_message(self.tr("<b>%s</b>: %s.") % (name, said), "info")

    def _load_failed(self, source: object, exc: object) -> None:
        from cutie_app.core.imaging.reference_import import ImageImportError

        name = source.name if isinstance(source, DropSource) else str(source)
        text = (
            show_text(exc)
            if isinstance(exc, ImageImportError)
            else self.tr("%s could not be read (%s).") % (name, show_text(exc))
        )
        self.banner.show_message(self.tr("<b>Not added.</b> %s") % text, "error")

    def _reordered(self, *args: object) -> None:
        self._relabel()
        self.slots_edited.emit(self.tr("Reorder references"))

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        menu = self.slot_menu(None if item is None else self.list.row(item))
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _demote_anchors(self, keep: QListWidgetItem | None = None) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            ref: ReferenceImage = item.data(ITEM_DATA)
            if item is not keep and ref.role is ReferenceRole.ANCHOR:
                role = ReferenceRole.IDENTITY
                item.setData(ITEM_DATA, dataclasses.replace(ref, role=role))

    def _current(self) -> tuple[QListWidgetItem, ReferenceImage] | None:
        item = self.list.currentItem()
        return (item, item.data(ITEM_DATA)) if item is not None else None

    def _selection_changed(self, *args: object) -> None:
        current = self._current()
        for w in (self.role, self.kind, self.remove_button):
            w.setEnabled(current is not None)
        if current is None:
            return
        _, ref = current
        for combo, value in ((self.role, ref.role), (self.kind, ref.kind)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def _replace_current(self, **changes: object) -> None:
        current = self._current()
        if current is None:
            return
        item, ref = current
        item.setData(ITEM_DATA, dataclasses.replace(ref, **changes))  # type: ignore[arg-type]
        self._relabel()

    def _role_chosen(self) -> None:
        role = ReferenceRole(self.role.currentData())
        if role is ReferenceRole.ANCHOR:
            self._demote_anchors(keep=self.list.currentItem())
        self._replace_current(role=role, kind=DEFAULT_KIND[role])
        self._selection_changed()
        self.slots_edited.emit(self.tr("Change reference role"))

    def _kind_chosen(self) -> None:
        self._replace_current(kind=ReferenceKind(self.kind.currentData()))
        self.slots_edited.emit(self.tr("Change reference kind"))

    def _relabel(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            ref: ReferenceImage = item.data(ITEM_DATA)
            anchor = "⚓ " if ref.role is ReferenceRole.ANCHOR else ""
            item.setText(f"{i + 1} · {anchor}{self.tr(str(ROLE_LABELS[ref.role]))}")
            _, source = item.data(ITEM_STATE)
            lineage = "\n" + self.tr("From generated image #%d") % source if source else ""
            kind = self.tr("character") if ref.kind is ReferenceKind.PERSON else self.tr("object")
            size = self.tr("%.1f MB") % (len(ref.data) / 1e6)
            item.setToolTip(f"{ref.label}\n{kind} · {size}{lineage}")
        self.hint.setVisible(self.list.count() == 0)
        self._update_budget()
        self.references_changed.emit()

    def _update_budget(self) -> None:
        refs = self.references()
        people = sum(r.kind is ReferenceKind.PERSON for r in refs)
        objects = len(refs) - people
        model = self._model
        if model is None:
            self.budget.setText(f"{len(refs)}")
            return
        parts = [f"{len(refs)} / {model.max_input_images}"]
        over = len(refs) > model.max_input_images
        if model.max_person_images is not None:
            parts.append(self.tr("people") + f" {people} / {model.max_person_images}")
            over |= people > model.max_person_images
        if model.max_object_images is not None:
            parts.append(self.tr("objects") + f" {objects} / {model.max_object_images}")
            over |= objects > model.max_object_images
        text = " · ".join(parts)
        if over:
            text = "⚠ " + text + " — " + self.tr("over this model's limit")
        self.budget.setText(text)
        self.budget.setProperty("over", over)
        self.budget.setStyleSheet("color: #c0392b; font-weight: bold;" if over else "")

    def over_budget(self) -> bool:
        return bool(self.budget.property("over"))
