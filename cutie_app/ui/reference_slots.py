"""Reference image slots: drop files in, reorder by drag, set each one's role, watch the budget.

Files are read and normalised in a worker (`core.imaging`); a bad file leaves the slots as they
were and shows an inline message. The budget line counts against the selected model's limits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.catalog import ModelInfo
from cutie_app.core.imaging import ImageImportError, import_reference
from cutie_app.core.references import DEFAULT_KIND, ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.ui.thumbs import Thumb, make_thumb, to_qimage
from cutie_app.ui.widgets.error_banner import ErrorBanner
from cutie_app.ui.workers import Jobs

ROLE_LABELS = {
    ReferenceRole.IDENTITY: "Front / identity",
    ReferenceRole.FACE: "Face close-up",
    ReferenceRole.SIDE: "Side view",
    ReferenceRole.BACK: "Back view",
    ReferenceRole.EXPRESSION: "Expression",
    ReferenceRole.OUTFIT: "Outfit",
    ReferenceRole.POSE: "Pose",
    ReferenceRole.STYLE: "Style",
    ReferenceRole.PALETTE: "Palette",
    ReferenceRole.BACKGROUND: "Background",
    ReferenceRole.PROP: "Prop",
    ReferenceRole.ANCHOR: "Anchor (best result)",
}
ITEM_DATA = Qt.ItemDataRole.UserRole


def load_reference(path: str) -> tuple[ReferenceImage, Thumb | None, tuple[str, ...]]:
    """Worker: read, normalise and thumbnail one dropped file."""
    imported = import_reference(Path(path))
    role = ReferenceRole.IDENTITY
    ref = ReferenceImage(imported.data, imported.mime_type, role, DEFAULT_KIND[role], Path(path).name)
    return ref, make_thumb(imported.data, 160), imported.notes


class SlotList(QListWidget):
    """The icon list: accepts file drops from outside and reorders by internal drag.

    Signals:
        files_dropped(list): local file paths dropped from a file manager or browser.
    """

    files_dropped = Signal(list)

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

    @staticmethod
    def _has_files(mime: QMimeData) -> bool:
        return mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._has_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._has_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if self._has_files(event.mimeData()):
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(event)


class ReferenceSlots(QWidget):
    """Ordered references with roles and a live budget against the model's limits.

    Signals:
        references_changed(): slots were added, removed, reordered or re-roled.
    """

    references_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._model: ModelInfo | None = None
        self._jobs = Jobs(workers=1, name="cutie-refs")  # one worker: files land in drop order
        self._jobs.finished.connect(self._loaded)
        self._jobs.failed.connect(self._load_failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        title = QLabel(self.tr("Reference images"))
        title.setObjectName("sectionTitle")
        header.addWidget(title)
        header.addStretch(1)
        self.budget = QLabel()
        self.budget.setObjectName("referenceBudget")
        self.budget.setAccessibleName(self.tr("Reference budget"))
        header.addWidget(self.budget)
        layout.addLayout(header)

        self.list = SlotList()
        self.list.setObjectName("referenceSlots")
        self.list.setAccessibleName(self.tr("Reference slots; drop image files here"))
        self.list.files_dropped.connect(self.add_files)
        self.list.model().rowsMoved.connect(self._reordered)
        self.list.currentItemChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        self.hint = QLabel(self.tr("Drop front, side and back drawings here, or click Add…"))
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
            self.role.addItem(self.tr(label), role)
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

    def add_files(self, paths: list[str]) -> None:
        """Import in the background; each file lands or explains itself, in drop order."""
        for path in paths:
            self._jobs.submit(path, load_reference, path)

    def add_reference(self, ref: ReferenceImage, thumb: QImage) -> None:
        item = QListWidgetItem(QIcon(QPixmap.fromImage(thumb)), "")
        item.setData(ITEM_DATA, ref)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self._relabel()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._relabel()

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

    def _loaded(self, path: object, result: object) -> None:
        ref, thumb, notes = result  # type: ignore[misc]
        self.add_reference(ref, to_qimage(thumb))
        if notes:
            self.banner.show_message(f"<b>{Path(str(path)).name}</b>: " + "; ".join(notes) + ".", "info")

    def _load_failed(self, path: object, exc: object) -> None:
        name = Path(str(path)).name
        text = str(exc) if isinstance(exc, ImageImportError) else f"{name} could not be read ({exc})."
        self.banner.show_message(f"<b>Not added.</b> {text}", "error")

    def _reordered(self, *args: object) -> None:
        self._relabel()

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
        values = {
            "data": ref.data,
            "mime_type": ref.mime_type,
            "role": ref.role,
            "kind": ref.kind,
            "label": ref.label,
        }
        values.update(changes)
        item.setData(ITEM_DATA, ReferenceImage(**values))  # type: ignore[arg-type]
        self._relabel()

    def _role_chosen(self) -> None:
        role = ReferenceRole(self.role.currentData())
        self._replace_current(role=role, kind=DEFAULT_KIND[role])
        self._selection_changed()

    def _kind_chosen(self) -> None:
        self._replace_current(kind=ReferenceKind(self.kind.currentData()))

    def _relabel(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            ref: ReferenceImage = item.data(ITEM_DATA)
            item.setText(f"{i + 1} · {self.tr(ROLE_LABELS[ref.role])}")
            item.setToolTip(f"{ref.label}\n{ref.kind.value} · {len(ref.data) / 1e6:.1f} MB")
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
