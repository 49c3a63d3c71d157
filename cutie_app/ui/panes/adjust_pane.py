"""The adjustment pane: exact local edits of one image, then of many.

Everything goes through `AdjustEditor` (a core service) on worker threads: the image is decoded
once at screen size, each change renders a preview off the UI thread (the newest request wins:
while one preview renders, later changes collapse into one more), Apply renders the original at
full size into a new child version, and batches (paste onto the selection, sync to selected)
run in a process pool with a progress bar and Cancel. The stack is a list: drag to reorder,
tick to mute, an amount per step; every edit is undoable.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from PIL import Image
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.imaging.adjust import AdjustImageError, Histogram
from cutie_app.core.imaging.lut import LutError
from cutie_app.core.model.adjustments import (
    Adjustment,
    AdjustmentError,
    AdjustmentStack,
    Look,
    PasteMode,
    StepKind,
)
from cutie_app.core.services.adjust import AdjustBatchError, DevelopOutcome, ItemStatus
from cutie_app.core.services.adjust_editor import AdjustEditor, EditSource, LookPlace, NamedLook
from cutie_app.ui.compare.image_view import Decoded, ViewSync, WipeCanvas, to_qimage
from cutie_app.ui.i18n import show_text
from cutie_app.ui.panes.adjust_steps import SIMPLE_KINDS, StepEditor, describe, new_step, step_title
from cutie_app.ui.widgets.histogram_view import HistogramView
from cutie_app.ui.workers import Jobs

ROLE_INDEX = Qt.ItemDataRole.UserRole + 1
PANEL_WIDTH = 360
#: Errors a worker may raise that are the user's to read, not a bug.
_EXPECTED = (AdjustmentError, AdjustBatchError, AdjustImageError, LutError, OSError)


def fit_in_panel(row: QHBoxLayout) -> QLayout:
    """`row` as it is when its buttons fit the panel's width, else the same buttons two to a line.

    Button text in some languages (Spanish, Indonesian) is twice as long as in English; a row of
    four squeezed into the fixed-width panel would cut their words.
    """
    items = [row.itemAt(i) for i in range(row.count())]
    widgets = [widget for widget in (item.widget() for item in items if item) if widget is not None]
    spacing = 6  # the style's spacing between buttons (the row has no parent to ask yet)
    needed = sum(w.sizeHint().width() for w in widgets) + spacing * (len(widgets) - 1)
    if needed <= PANEL_WIDTH - 6:  # the column's right margin
        return row
    grid = QGridLayout()
    for index, widget in enumerate(widgets):
        row.removeWidget(widget)
        grid.addWidget(widget, index // 2, index % 2)
    return grid


@dataclass(frozen=True)
class PreviewPixels:
    """A rendered preview as RGBA bytes (wrapped into a QImage on the UI thread) and its histogram."""

    picture: Decoded
    histogram: Histogram


def rgba_of(image: Image.Image) -> Decoded:
    """Worker: a PIL image as the comparator's RGBA bytes."""
    rgba = image if image.mode == "RGBA" else image.convert("RGBA")
    return Decoded(rgba.width, rgba.height, rgba.tobytes())


def _render(editor: AdjustEditor, source: EditSource, stack: AdjustmentStack) -> PreviewPixels:
    """Preview worker: render at preview size and convert, all off the UI thread."""
    preview = editor.preview(source, stack)
    return PreviewPixels(rgba_of(preview.image), preview.histogram)


def _open(editor: AdjustEditor, image_id: int, side: int) -> tuple[EditSource, PreviewPixels]:
    source = editor.open_image(image_id, side)
    return source, PreviewPixels(rgba_of(source.before.image), source.before.histogram)


class StackEdit(QUndoCommand):
    """One change of the stack; consecutive slider moves of one step merge into one command."""

    def __init__(
        self,
        text: str,
        apply: Callable[[AdjustmentStack], None],
        before: AdjustmentStack,
        after: AdjustmentStack,
        merge: int = -1,
    ) -> None:
        super().__init__(text)
        self._apply, self.before, self.after, self._merge = apply, before, after, merge

    def id(self) -> int:
        return self._merge

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, StackEdit) or other.id() != self._merge:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class _BatchSignals(QObject):
    """Emitted from the batch worker thread; Qt queues them onto the UI thread."""

    progress = Signal(int, int)


class StepChooser(QDialog):
    """Choose which steps to copy or sync (all ticked to start with)."""

    def __init__(self, title: str, stack: AdjustmentStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which steps?")))
        self.boxes: list[QCheckBox] = []
        for step in stack.steps:
            box = QCheckBox(describe(step))
            box.setChecked(True)
            self.boxes.append(box)
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        return [i for i, box in enumerate(self.boxes) if box.isChecked()]


class AdjustPane(QWidget):
    """Adjust one image (the first of the selection) and carry the result to the others.

    Signals:
        applied(list): new child `ImageRecord`s saved by Apply or a batch.
        preview_shown(): a preview for the current stack is on screen.
        batch_finished(list): the `DevelopOutcome` of every image of a batch.
        effect_requested(int, list, int): repeat this version's change with the model on these
            images, N variants each (the window sends it; see `begin_external`).
    """

    applied = Signal(list)
    preview_shown = Signal()
    batch_finished = Signal(list)
    effect_requested = Signal(int, list, int)

    #: Copied steps, shared by every pane of the app (like a clipboard).
    clipboard: ClassVar[AdjustmentStack | None] = None

    def __init__(self, editor: AdjustEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustPane")
        self.editor = editor
        self.image_id: int | None = None
        self.selection: list[int] = []
        self.source: EditSource | None = None
        self.stack = AdjustmentStack()
        self.looks: list[NamedLook] = []
        self.batch_workers: int | None = None  # None: one process per core
        self.undo_stack = QUndoStack(self)
        self._merge_serial = 0
        self._open_serial = 0
        self._preview_serial = 0
        self._preview_running = False
        self._preview_wanted = False
        self._shown_serial = -1
        self._cancel: threading.Event | None = None
        self._before = QImage()
        self._external_cancel: Callable[[], None] | None = None
        self._applied_once = False
        self._add_steps: AdjustmentStack | None = None  # steps to add once the image is open
        self._shut = False  # after `shutdown`, late results are dropped (nothing new can start)
        self._jobs = Jobs(workers=2, name="cutie-adjust")
        self._jobs.finished.connect(self._finished)
        self._jobs.failed.connect(self._failed)
        self._batch = Jobs(workers=1, name="cutie-adjust-batch")
        self._batch.finished.connect(self._finished)
        self._batch.failed.connect(self._failed)
        self._batch_signals = _BatchSignals()
        self._batch_signals.progress.connect(self._batch_progress)
        self._build()
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self._update_buttons()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(10)

        left = QVBoxLayout()
        bar = QHBoxLayout()
        self.compare_box = QCheckBox(self.tr("Before / after"))
        self.compare_box.setObjectName("adjustBeforeAfter")
        self.compare_box.setToolTip(self.tr("Drag the divider: before on the left, after on the right"))
        self.compare_box.toggled.connect(self._compare_toggled)
        bar.addWidget(self.compare_box)
        self.info = QLabel()
        self.info.setObjectName("adjustInfo")
        bar.addWidget(self.info, 1)
        self.undo_button = self._tool(self.tr("Undo"), self.undo_stack.undo, "adjustUndo")
        self.redo_button = self._tool(self.tr("Redo"), self.undo_stack.redo, "adjustRedo")
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        left.addLayout(bar)
        self.sync = ViewSync()
        self.canvas = WipeCanvas(self.sync)
        self.canvas.setObjectName("adjustCanvas")
        self.canvas.setAccessibleName(self.tr("Preview"))
        self.canvas.set_split(0.0)
        self.canvas.set_message(self.tr("Loading…"))
        left.addWidget(self.canvas, 1)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        right.setSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel = QWidget()
        panel.setObjectName("adjustPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(6)
        self.histogram = HistogramView()
        self.histogram.setObjectName("adjustHistogram")
        column.addWidget(self.histogram)

        column.addWidget(self._heading(self.tr("Steps")))
        self.steps = QListWidget()
        self.steps.setObjectName("adjustSteps")
        self.steps.setAccessibleName(self.tr("Adjustment steps, applied top to bottom"))
        self.steps.setToolTip(self.tr("Applied top to bottom. Drag to reorder; untick to mute."))
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.steps.setMinimumHeight(90)
        self.steps.setMaximumHeight(124)
        self.steps.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.steps.currentRowChanged.connect(self._row_changed)
        self.steps.itemChanged.connect(self._item_changed)
        self.steps.model().rowsMoved.connect(self._rows_moved)
        column.addWidget(self.steps)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("adjustAdd")
        add_menu = QMenu(self.add_button)
        for kind in SIMPLE_KINDS:
            add_menu.addAction(step_title(kind), functools.partial(self.add_step, kind))
        add_menu.addSeparator()
        add_menu.addAction(self.tr("LUT file (.cube)…"), self.choose_lut)
        add_menu.addAction(self.tr("Match anchor colours"), self.match_anchor)
        self.add_button.setMenu(add_menu)
        row.addWidget(self.add_button)
        self.remove_button = self._button(self.tr("Remove"), self.remove_step, "adjustRemove", row)
        self.reset_step_button = self._button(self.tr("Reset"), self.reset_step, "adjustResetStep", row)
        self.reset_button = self._button(self.tr("Reset all"), self.reset_all, "adjustResetAll", row)
        column.addLayout(fit_in_panel(row))
        self.step_editor = StepEditor()
        self.step_editor.setObjectName("adjustStepEditor")
        self.step_editor.changed.connect(self._step_edited)
        column.addWidget(self.step_editor)

        column.addWidget(self._heading(self.tr("Looks")))
        row = QHBoxLayout()
        self.look_combo = QComboBox()
        self.look_combo.setObjectName("adjustLooks")
        self.look_combo.setAccessibleName(self.tr("Saved looks"))
        self.look_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.look_combo.setMinimumContentsLength(8)
        row.addWidget(self.look_combo, 1)
        self.use_look_button = self._button(self.tr("Use"), self._use_chosen_look, "adjustUseLook", row)
        self.delete_look_button = self._tool(self.tr("Delete"), self._delete_chosen_look, "adjustDeleteLook")
        row.addWidget(self.delete_look_button)
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Amount")))
        self.look_amount = QSlider(Qt.Orientation.Horizontal)
        self.look_amount.setObjectName("adjustLookAmount")
        self.look_amount.setAccessibleName(self.tr("Look amount"))
        self.look_amount.setRange(0, 200)
        self.look_amount.setValue(100)
        self.look_amount_label = QLabel("100 %")
        self.look_amount_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.look_amount_label.setMinimumWidth(
            self.look_amount_label.fontMetrics().horizontalAdvance("200 %") + 4
        )
        self.look_amount.valueChanged.connect(lambda v: self.look_amount_label.setText(f"{v} %"))
        row.addWidget(self.look_amount, 1)
        row.addWidget(self.look_amount_label)
        column.addLayout(row)
        row = QHBoxLayout()
        self.save_look_button = self._button(
            self.tr("Save as look…"), self._ask_look_name, "adjustSaveLook", row
        )
        self.look_place = QComboBox()
        self.look_place.setObjectName("adjustLookPlace")
        self.look_place.setAccessibleName(self.tr("Where to keep a new look"))
        self.look_place.addItem(self.tr("in this project"), LookPlace.PROJECT)
        self.look_place.addItem(self.tr("for all projects"), LookPlace.USER)
        row.addWidget(self.look_place, 1)
        column.addLayout(row)

        column.addWidget(self._heading(self.tr("Other images")))
        self.selection_label = QLabel()
        self.selection_label.setObjectName("adjustSelection")
        self.selection_label.setWordWrap(True)
        column.addWidget(self.selection_label)
        row = QHBoxLayout()
        self.copy_button = self._button(self.tr("Copy…"), self._ask_copy, "adjustCopy", row)
        self.paste_button = self._button(self.tr("Paste here"), self.paste_here, "adjustPaste", row)
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Pasted steps:")))
        self.paste_mode = QComboBox()
        self.paste_mode.setObjectName("adjustPasteMode")
        self.paste_mode.setAccessibleName(self.tr("How pasted steps meet existing ones"))
        self.paste_mode.addItem(self.tr("replace the same kind"), PasteMode.REPLACE)
        self.paste_mode.addItem(self.tr("go after the others"), PasteMode.APPEND)
        self.paste_mode.addItem(self.tr("replace every step"), PasteMode.REPLACE_ALL)
        row.addWidget(self.paste_mode, 1)
        column.addLayout(row)
        row = QHBoxLayout()
        self.paste_selection_button = self._button(
            self.tr("Paste onto selection"),
            lambda: self.paste_onto_selection(self.paste_mode_value()),
            "adjustPasteSelection",
            row,
        )
        self.sync_button = self._button(self.tr("Sync to selected…"), self._ask_sync, "adjustSync", row)
        column.addLayout(row)
        row = QHBoxLayout()
        self.effect_button = self._button(
            self.tr("Repeat with the model…"), self._ask_effect, "adjustWithModel", row
        )
        self.effect_button.setToolTip(
            self.tr(
                "For changes the steps can't make: ask the image model to repeat what this version "
                "changed (measured against its source) on each other selected image. Billed."
            )
        )
        self.effect_variants = QSpinBox()
        self.effect_variants.setObjectName("adjustModelVariants")
        self.effect_variants.setAccessibleName(self.tr("Variants per image"))
        self.effect_variants.setRange(1, 4)
        self.effect_variants.setValue(2)
        self.effect_variants.setSuffix(self.tr(" each"))
        self.effect_variants.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row.addWidget(self.effect_variants)
        column.addLayout(row)
        column.addStretch(1)
        scroll.setWidget(panel)
        panel.setMaximumWidth(PANEL_WIDTH)
        # Room for the panel and a vertical scroll bar, so nothing is ever cut off at the right.
        scroll.setFixedWidth(PANEL_WIDTH + scroll.verticalScrollBar().sizeHint().width() + 2)
        right.addWidget(scroll, 1)

        self.progress = QProgressBar()
        self.progress.setObjectName("adjustProgress")
        self.progress.setAccessibleName(self.tr("Batch progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("adjustCancel")
        self.cancel_button.clicked.connect(self.cancel_batch)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        right.addLayout(row)
        self.progress.hide()
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("adjustStatus")
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        self.apply_button = QPushButton(self.tr("Apply as new version"))
        self.apply_button.setObjectName("adjustApply")
        self.apply_button.setDefault(True)
        self.apply_button.setToolTip(
            self.tr("Render the full-size image with these steps as a new version; the source stays")
        )
        self.apply_button.clicked.connect(self.apply)
        right.addWidget(self.apply_button)
        outer.addLayout(right)

        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        redo = QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        for shortcut in (undo, redo):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _button(self, text: str, slot: Callable[[], Any], name: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    def _tool(self, text: str, slot: Callable[[], Any], name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- opening ---------------------------------------------------------------------------------

    def preview_side(self) -> int:
        """Previews are rendered at screen size: the longest side of the screen, in device pixels."""
        screen = self.screen()
        geometry = screen.geometry()
        return max(800, round(max(geometry.width(), geometry.height()) * screen.devicePixelRatio()))

    def open_images(self, image_ids: Sequence[int], add_steps: AdjustmentStack | None = None) -> None:
        """Edit the first image; the whole list is the selection that paste and sync work on.

        `add_steps` (e.g. a tone edit typed in a conversation) join the image's stack once it is
        open, as one undoable edit: nothing is applied until the user presses Apply.
        """
        if not image_ids:
            return
        self._add_steps = add_steps
        self.image_id = int(image_ids[0])
        self._applied_once = False
        self.set_selection(image_ids)
        self.source = None
        self._open_serial += 1
        self.canvas.set_message(self.tr("Loading…"))
        self.info.setText(self.tr("Image #%d") % self.image_id)
        self._jobs.submit(("open", self._open_serial), _open, self.editor, self.image_id, self.preview_side())
        self.refresh_looks()
        self._update_buttons()

    def set_selection(self, image_ids: Sequence[int]) -> None:
        self.selection = [int(i) for i in image_ids]
        others = len(self.targets())
        self.selection_label.setText(
            self.tr("%d other selected image(s) in the gallery.") % others
            if others
            else self.tr("Select more images in the gallery to paste or sync onto them.")
        )
        self._update_buttons()

    def targets(self) -> list[int]:
        """The selected images other than the one being edited (and the original it comes from)."""
        own = {self.image_id, self.source.original.id if self.source is not None else None}
        return [i for i in self.selection if i not in own]

    def _opened(self, serial: int, value: tuple[EditSource, PreviewPixels]) -> None:
        if serial != self._open_serial:
            return  # a later image was opened meanwhile
        source, before = value
        self.source = source
        self._before = to_qimage(before.picture)
        self._before_histogram = before.histogram
        self.undo_stack.clear()
        self._show_stack(source.stack)
        added, self._add_steps = self._add_steps, None
        if added is not None and len(added):
            stack = source.stack
            for step in added.steps:
                stack = stack.add(step)
            self.set_stack(stack, self.tr("Add the suggested steps"))
        width, height = source.full_size
        self.info.setText(
            self.tr("Image #%d · %d×%d · preview %d×%d")
            % (self.image_id or 0, width, height, source.picture.width, source.picture.height)
        )
        if source.original.id != source.image_id:
            self.status.setText(
                self.tr("An adjusted version: its steps apply to the original, image #%d.")
                % source.original.id
            )
        self.canvas.set_images(self._before, self._before)
        self.histogram.set_histogram(before.histogram)
        self.request_preview()
        self.set_selection(self.selection)  # the original no longer counts as another image

    # -- the stack -----------------------------------------------------------------------------

    def set_stack(self, stack: AdjustmentStack, text: str, merge: int = -1) -> None:
        """Change the stack as one undoable edit (slider moves of one step merge)."""
        if stack == self.stack:
            return
        self.undo_stack.push(StackEdit(text, self._show_stack, self.stack, stack, merge))

    def _show_stack(self, stack: AdjustmentStack) -> None:
        self.stack = stack
        row = self.steps.currentRow()
        self.steps.blockSignals(True)
        if self.steps.count() != len(stack):
            self.steps.clear()
            for _ in stack.steps:
                QListWidgetItem(self.steps)
        for index, step in enumerate(stack.steps):
            item = self.steps.item(index)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setText(describe(step))
            item.setCheckState(Qt.CheckState.Checked if step.enabled else Qt.CheckState.Unchecked)
            item.setData(ROLE_INDEX, index)
        row = min(row, len(stack) - 1)
        self.steps.setCurrentRow(row if row >= 0 else (len(stack) - 1))
        self.steps.blockSignals(False)
        current = self.steps.currentRow()
        self.step_editor.set_step(stack[current] if 0 <= current < len(stack) else None)
        self.request_preview()
        self._update_buttons()

    def _row_changed(self, row: int) -> None:
        self._merge_serial += 1
        self.step_editor.set_step(self.stack[row] if 0 <= row < len(self.stack) else None)
        self._update_buttons()

    def _item_changed(self, item: QListWidgetItem) -> None:
        index = self.steps.row(item)
        if not 0 <= index < len(self.stack):
            return
        enabled = item.checkState() == Qt.CheckState.Checked
        if enabled != self.stack[index].enabled:
            text = self.tr("Unmute %s") if enabled else self.tr("Mute %s")
            self.set_stack(self.stack.set_enabled(index, enabled), text % step_title(self.stack[index].KIND))

    def _rows_moved(self, *args: object) -> None:
        order = [self.steps.item(i).data(ROLE_INDEX) for i in range(self.steps.count())]
        if sorted(order) != list(range(len(self.stack))) or order == sorted(order):
            return
        moved = AdjustmentStack(tuple(self.stack[i] for i in order))
        current = self.steps.currentRow()
        self.set_stack(moved, self.tr("Reorder steps"))
        self.steps.setCurrentRow(current)

    def move_step(self, index: int, to: int) -> None:
        self.set_stack(self.stack.move(index, to), self.tr("Reorder steps"))
        self.steps.setCurrentRow(to)

    def _step_edited(self, step: Adjustment, final: bool) -> None:
        index = self.steps.currentRow()
        if not 0 <= index < len(self.stack):
            return
        merge = (hash((index, self._merge_serial)) & 0x3FFFFFFF) or 1
        self.set_stack(self.stack.replace(index, step), self.tr("Change %s") % step_title(step.KIND), merge)
        if final:
            self._merge_serial += 1

    def add_step(self, kind: StepKind | Adjustment) -> None:
        step = kind if isinstance(kind, Adjustment) else new_step(kind)
        self._merge_serial += 1
        self.set_stack(self.stack.add(step), self.tr("Add %s") % step_title(step.KIND))
        self.steps.setCurrentRow(len(self.stack) - 1)

    def remove_step(self) -> None:
        index = self.steps.currentRow()
        if 0 <= index < len(self.stack):
            self.set_stack(
                self.stack.remove(index), self.tr("Remove %s") % step_title(self.stack[index].KIND)
            )

    def reset_step(self) -> None:
        index = self.steps.currentRow()
        if 0 <= index < len(self.stack):
            self._merge_serial += 1
            self.set_stack(
                self.stack.reset_step(index), self.tr("Reset %s") % step_title(self.stack[index].KIND)
            )

    def reset_all(self) -> None:
        self.set_stack(AdjustmentStack(), self.tr("Reset all steps"))

    def choose_lut(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a LUT"), str(Path.home()), self.tr("Cube LUTs (*.cube);;All files (*)")
        )
        if path:
            self.add_lut(Path(path))

    def add_lut(self, path: Path) -> None:
        """Keep the .cube file in the project (off the UI thread), then add a step using it."""
        self._jobs.submit(("step",), self.editor.import_lut, path)

    def match_anchor(self) -> None:
        self._jobs.submit(("step",), self.editor.anchor_match, 1.0)

    # -- previews: the newest request wins ---------------------------------------------------------

    def request_preview(self) -> None:
        if self.source is None:
            return
        self._preview_serial += 1
        if self._preview_running:
            self._preview_wanted = True  # rendered when the running one is done
            return
        self._start_preview()

    def _start_preview(self) -> None:
        assert self.source is not None
        self._preview_running, self._preview_wanted = True, False
        self._jobs.submit(("preview", self._preview_serial), _render, self.editor, self.source, self.stack)

    def _preview_done(self, serial: int, pixels: PreviewPixels | None) -> None:
        self._preview_running = False
        if pixels is not None and serial == self._preview_serial:
            after = to_qimage(pixels.picture)
            self.canvas.set_images(self._before, after)
            self.histogram.set_histogram(pixels.histogram)
            self._shown_serial = serial
            self.preview_shown.emit()
        if self._preview_wanted and self.source is not None:
            self._start_preview()

    def preview_is_current(self) -> bool:
        return self._shown_serial == self._preview_serial and not self._preview_running

    def _compare_toggled(self, on: bool) -> None:
        self.canvas.set_split(0.5 if on else 0.0)

    # -- apply ---------------------------------------------------------------------------------

    def apply(self) -> None:
        """Render the original at full size with the stack: a new child version (a worker)."""
        if self.image_id is None or self.source is None or self._busy():
            return
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Rendering the full-size image…"))
        self._jobs.submit(("apply",), self.editor.apply, self.image_id, self.stack)

    def _applied(self, outcome: DevelopOutcome) -> None:
        if outcome.status is not ItemStatus.WRITTEN or outcome.image is None:
            self._update_buttons()
            self._error(outcome.message or self.tr("The image was not saved."))
            return
        record = outcome.image
        self.image_id = record.id
        self._applied_once = True
        self.status.setText(
            self.tr("Saved as image #%d, a new version of image #%d.") % (record.id, outcome.source_id)
        )
        self.info.setText(self.tr("Image #%d · %d×%d") % (record.id, record.width or 0, record.height or 0))
        self.set_selection(self.selection)
        self.applied.emit([record])

    # -- looks -----------------------------------------------------------------------------------

    def refresh_looks(self) -> None:
        self._jobs.submit(("looks",), self.editor.looks)

    def _looks_listed(self, looks: list[NamedLook]) -> None:
        self.looks = looks
        current = self.look_combo.currentText()
        self.look_combo.clear()
        for named in looks:
            where = self.tr("project") if named.place is LookPlace.PROJECT else self.tr("yours")
            self.look_combo.addItem(f"{named.look.name}  ({where})")
        index = self.look_combo.findText(current)
        if index >= 0:
            self.look_combo.setCurrentIndex(index)
        self._update_buttons()

    def use_look(self, named: NamedLook, amount: float) -> None:
        """Make the look (at `amount`, 0-2) the stack, as one undoable edit."""
        look = Look(named.look.name, named.look.stack, amount)
        self.set_stack(look.applied(), self.tr("Use look %s") % look.name)

    def _use_chosen_look(self) -> None:
        index = self.look_combo.currentIndex()
        if 0 <= index < len(self.looks):
            self.use_look(self.looks[index], self.look_amount.value() / 100)

    def save_look(self, name: str, place: LookPlace) -> None:
        try:
            look = Look(name.strip(), self.stack)
        except AdjustmentError as exc:
            self._error(exc)
            return
        self._jobs.submit(("look-saved", name), self.editor.save_look, look, place)

    def _ask_look_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as look"), self.tr("Name of the look:"))
        if ok and name.strip():
            self.save_look(name, self.look_place.currentData())

    def _delete_chosen_look(self) -> None:
        index = self.look_combo.currentIndex()
        if 0 <= index < len(self.looks):
            named = self.looks[index]
            self._jobs.submit(
                ("look-deleted", named.look.name), self.editor.delete_look, named.look.name, named.place
            )

    # -- copy, paste, sync, batches --------------------------------------------------------------

    def paste_mode_value(self) -> PasteMode:
        return PasteMode(self.paste_mode.currentData())

    def copy_steps(self, indices: Sequence[int] | None = None) -> AdjustmentStack:
        copied = self.stack.select(indices=indices)
        AdjustPane.clipboard = copied
        self.status.setText(self.tr("Copied %d step(s).") % len(copied))
        self._update_buttons()
        return copied

    def _ask_copy(self) -> None:
        self._choose(self.tr("Copy adjustments"), self.copy_steps)

    def _choose(self, title: str, then: Callable[[list[int]], Any]) -> None:
        chooser = StepChooser(title, self.stack, self)
        chooser.setObjectName("adjustStepChooser")
        chooser.accepted.connect(lambda: then(chooser.chosen()))
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()

    def paste_here(self) -> None:
        """Paste the copied steps into this image's stack (undoable; nothing is saved yet)."""
        if AdjustPane.clipboard is not None:
            self.set_stack(
                self.stack.paste(AdjustPane.clipboard, self.paste_mode_value()), self.tr("Paste steps")
            )

    def paste_onto_selection(self, mode: PasteMode) -> None:
        """Each other selected image gets a new version: its own steps with the copied ones pasted in."""
        copied = AdjustPane.clipboard
        targets = self.targets()
        if copied is None or not targets or self._busy():
            return
        self._start_batch(
            self.tr("Pasting onto %d image(s)…") % len(targets),
            lambda: self.editor.pasted(targets, copied, mode),
        )

    def sync_to_selected(self, indices: Sequence[int] | None = None) -> None:
        """Lightroom's Sync: the chosen steps replace those kinds on every other selected image."""
        targets = self.targets()
        if not targets or self._busy():
            return
        chosen = self.stack.select(indices=indices)
        self._start_batch(
            self.tr("Syncing %d image(s)…") % len(targets),
            lambda: self.editor.pasted(targets, chosen, PasteMode.REPLACE),
        )

    def _ask_sync(self) -> None:
        self._choose(self.tr("Sync to selected"), self.sync_to_selected)

    def _start_batch(self, label: str, plan: Callable[[], list[tuple[int, AdjustmentStack]]]) -> None:
        cancel = threading.Event()
        self._cancel = cancel
        signals = self._batch_signals
        workers = self.batch_workers

        def run() -> list[DevelopOutcome]:
            targets = plan()
            signals.progress.emit(0, len(targets))
            return self.editor.apply_each(
                targets,
                workers=workers,
                on_progress=lambda p: signals.progress.emit(p.done, p.total),
                cancel=cancel,
            )

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(label)
        self._batch.submit(("batch",), run)
        self._update_buttons()

    def _batch_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%d of %d") % (done, total))

    def cancel_batch(self) -> None:
        if self._external_cancel is not None:
            self._external_cancel()
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling: images being written are finished, the rest skipped…"))

    def _batch_done(self, outcomes: list[DevelopOutcome]) -> None:
        self._cancel = None
        self.progress.hide()
        self.cancel_button.hide()
        written = [o.image for o in outcomes if o.status is ItemStatus.WRITTEN and o.image is not None]
        cancelled = sum(o.status is ItemStatus.CANCELLED for o in outcomes)
        failed = [o for o in outcomes if o.status is ItemStatus.FAILED]
        parts = [self.tr("%d new version(s) saved") % len(written)]
        if cancelled:
            parts.append(self.tr("%d cancelled") % cancelled)
        if failed:
            parts.append(self.tr("%d failed: %s") % (len(failed), show_text(failed[0].message)))
        self.status.setText("; ".join(parts) + ".")
        self._update_buttons()
        if written:
            self.applied.emit(written)
        self.batch_finished.emit(outcomes)

    def _ask_effect(self) -> None:
        if self.image_id is not None and self.targets() and not self._busy():
            self.effect_requested.emit(self.image_id, self.targets(), self.effect_variants.value())

    def is_version(self) -> bool:
        """True when the edited image was made from another one (so it shows a change)."""
        return self.source is not None and (self.source.parent_image_id is not None or self._applied_once)

    def begin_external(self, label: str, cancel: Callable[[], None]) -> None:
        """Show the progress bar and Cancel for work the window runs (the model's variants)."""
        self._cancel = threading.Event()
        self._external_cancel = cancel
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(label)
        self._update_buttons()

    def external_progress(self, done: int, total: int) -> None:
        self._batch_progress(done, total)

    def end_external(self, message: str) -> None:
        self._cancel = None
        self._external_cancel = None
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(message)
        self._update_buttons()

    def _busy(self) -> bool:
        return self._cancel is not None

    # -- results -------------------------------------------------------------------------------------

    def _finished(self, tag: object, value: object) -> None:
        if self._shut:  # a result queued before the pane shut down: its workers are gone
            return
        kind = tag[0] if isinstance(tag, tuple) else tag
        if kind == "open":
            self._opened(tag[1], value)  # type: ignore[index, arg-type]
        elif kind == "preview":
            self._preview_done(tag[1], value)  # type: ignore[index, arg-type]
        elif kind == "apply":
            self._applied(value)  # type: ignore[arg-type]
        elif kind == "looks":
            self._looks_listed(value)  # type: ignore[arg-type]
        elif kind in ("look-saved", "look-deleted"):
            verb = self.tr("Saved look “%s”.") if kind == "look-saved" else self.tr("Deleted look “%s”.")
            self.status.setText(verb % tag[1])  # type: ignore[index]
            self.refresh_looks()
        elif kind == "step":
            self.add_step(value)  # type: ignore[arg-type]
        elif kind == "batch":
            self._batch_done(value)  # type: ignore[arg-type]

    def _failed(self, tag: object, exc: object) -> None:
        if self._shut:
            return
        kind = tag[0] if isinstance(tag, tuple) else tag
        if kind == "preview":
            self._preview_done(tag[1], None)  # type: ignore[index]
        elif kind == "batch":
            self._batch_done([])
        elif kind == "apply":
            self._update_buttons()
        if not isinstance(exc, _EXPECTED):
            raise exc  # type: ignore[misc]  # a bug: the app's exception hook shows and logs it
        self._error(exc)
        if kind == "open":
            self.canvas.set_message(show_text(exc), error=True)

    def _error(self, text: object) -> None:
        """Show a problem: the window's own words, or the core's (an error, a message) translated."""
        self.status.setText(f"<span style='color:#c0392b'>{show_text(text)}</span>")

    def _update_buttons(self) -> None:
        ready = self.source is not None
        busy = self._busy()
        row = self.steps.currentRow()
        has_step = 0 <= row < len(self.stack)
        others = bool(self.targets())
        self.apply_button.setEnabled(ready and not busy)
        self.add_button.setEnabled(ready)
        self.remove_button.setEnabled(has_step)
        self.reset_step_button.setEnabled(has_step)
        self.reset_button.setEnabled(bool(self.stack.steps))
        self.copy_button.setEnabled(bool(self.stack.steps))
        self.paste_button.setEnabled(ready and AdjustPane.clipboard is not None)
        self.paste_selection_button.setEnabled(others and not busy and AdjustPane.clipboard is not None)
        self.sync_button.setEnabled(others and not busy and bool(self.stack.steps))
        self.effect_button.setEnabled(others and not busy and self.is_version())
        self.use_look_button.setEnabled(ready and bool(self.looks))
        self.delete_look_button.setEnabled(bool(self.looks))
        self.save_look_button.setEnabled(bool(self.stack.steps))
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())

    def shutdown(self) -> None:
        """Stop a batch and wait for the workers (the window is closing)."""
        self._shut = True
        self.cancel_batch()
        self._batch.shutdown()
        self._jobs.shutdown()
