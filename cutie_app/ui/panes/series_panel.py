"""A series: several scenes run one after another, with the total cost shown before it starts.

The panel edits the list and reports; it saves nothing and runs nothing itself. Every change
to the scenes (add, edit, remove, reorder, paste) emits `scenes_edited` once, so the window can
save the list to the project; `set_scenes` (loading) does not. A row just added is not a scene
until something is typed into it, so an open, empty editor is never saved, and the project's
answer to a save updates the rows in place instead of rebuilding the list under the editor.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.model.validation import MAX_VARIANTS

SCENE_ID = Qt.ItemDataRole.UserRole
#: The outfit a scene asks for, by name; None wears the character's default (first) outfit.
SCENE_OUTFIT = Qt.ItemDataRole.UserRole + 1
_EDITABLE = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
)


def scene_lines(text: str) -> list[str]:
    """One scene per non-empty line, surrounding spaces trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


@dataclass(frozen=True)
class SeriesScene:
    """One scene to run: its text and the outfit it asks for (None: the default outfit)."""

    text: str
    outfit: str | None = None


class _OutfitDelegate(QStyledItemDelegate):
    """Shows a scene's outfit after its text ("in the rain  ·  Raincoat"); the editor gets the text alone."""

    def initStyleOption(  # noqa: N802 (a Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        outfit = index.data(SCENE_OUTFIT)
        if outfit:
            option.text = f"{option.text}  ·  {outfit}"


class SceneList(QListWidget):
    """The scene list: edit in place, reorder by drag; keys for paste, move and delete.

    Signals:
        paste_requested(str): Ctrl+V on the list (not in an open editor), with the clipboard text.
        move_requested(int): Alt+Up (-1) or Alt+Down (+1).
        delete_requested(): Delete on the list.
    """

    paste_requested = Signal(str)
    move_requested = Signal(int)
    delete_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setItemDelegate(_OutfitDelegate(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (a Qt override)
        alt_only = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(QGuiApplication.clipboard().text())
        elif alt_only and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
        elif event.matches(QKeySequence.StandardKey.Delete):
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class SeriesPanel(QWidget):
    """Scenes for a series, variants per scene, the preflight cost, Run and Cancel.

    Signals:
        scenes_edited(): the user changed the scene list (text, order, additions, removals).
        run_requested(): Run series was clicked.
        cancel_requested(): Cancel was clicked while running.
    """

    scenes_edited = Signal()
    run_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._price: float | None = None
        self._demo = False
        self._quiet = 0
        self._running = False

        self.list = SceneList()
        self.list.setObjectName("seriesScenes")
        self.list.setAccessibleName(self.tr("Scenes in the series"))
        self.list.setToolTip(
            self.tr("Double-click or press F2 to edit; drag or Alt+Up/Down to reorder; Ctrl+V pastes lines")
        )
        heading = QLabel(self.tr("&Scenes, one image set each:"))
        heading.setBuddy(self.list)

        self.add_button = self._tool("seriesAdd", self.tr("Add"), self.tr("Add a scene"))
        self.remove_button = self._tool(
            "seriesRemove", self.tr("Remove"), self.tr("Remove the selected scenes")
        )
        self.up_button = self._tool("seriesUp", "↑", self.tr("Move the scene up (Alt+Up)"))
        self.down_button = self._tool("seriesDown", "↓", self.tr("Move the scene down (Alt+Down)"))
        self.paste_button = self._tool(
            "seriesPaste", self.tr("Paste lines"), self.tr("Add one scene per line of the clipboard text")
        )
        edit_row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        edit_row.addWidget(self.paste_button)

        self.outfit = QComboBox()
        self.outfit.setObjectName("seriesOutfit")
        self.outfit.setAccessibleName(self.tr("Outfit for the selected scenes"))
        self.outfit.setToolTip(self.tr("Which of the character's outfits the selected scenes are drawn in"))
        self.outfit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        outfit_label = QLabel(self.tr("&Outfit:"))
        outfit_label.setBuddy(self.outfit)
        outfit_row = QHBoxLayout()
        outfit_row.addWidget(outfit_label)
        outfit_row.addWidget(self.outfit)
        outfit_row.addStretch(1)  # a short choice, not a field to fill
        self._outfit_names: list[str] = []
        self.set_outfits([])

        self.variants = QSpinBox()
        self.variants.setRange(1, MAX_VARIANTS)
        self.variants.setValue(4)
        self.variants.setObjectName("seriesVariants")
        self.variants.setAccessibleName(self.tr("Variants per scene"))
        variants_label = QLabel(self.tr("&Variants per scene:"))
        variants_label.setBuddy(self.variants)
        self.preflight = QLabel()
        self.preflight.setObjectName("seriesPreflight")
        self.preflight.setAccessibleName(self.tr("Estimated cost of the series"))
        self.preflight.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        count_row = QHBoxLayout()
        count_row.addWidget(variants_label)
        count_row.addWidget(self.variants)
        count_row.addSpacing(12)
        count_row.addWidget(self.preflight, 1)

        self.hint = QLabel()
        self.hint.setObjectName("seriesHint")
        self.hint.setAccessibleName(self.tr("Why the series cannot run"))
        self.hint.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("seriesProgressBar")
        self.progress_bar.setAccessibleName(self.tr("Series progress"))
        self.progress_bar.setTextVisible(False)
        self.progress = QLabel()
        self.progress.setObjectName("seriesProgress")
        self.progress.setAccessibleName(self.tr("Series progress and spend"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("seriesCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the series"))
        self.cancel_button.setEnabled(False)
        self.run_button = QPushButton(self.tr("Run series"))
        self.run_button.setObjectName("seriesRun")
        self.run_button.setAccessibleName(self.tr("Run the series"))
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress_bar, 2)
        run_row.addWidget(self.progress)
        run_row.addStretch(1)  # buttons keep their natural width while the progress is hidden
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.run_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(edit_row)
        layout.addLayout(outfit_row)
        layout.addLayout(count_row)
        layout.addWidget(self.hint)
        layout.addLayout(run_row)

        self.add_button.clicked.connect(self.add_scene)
        self.remove_button.clicked.connect(self.remove_selected)
        # Bound methods, not lambdas: a lambda holding `self` on a child's signal made PySide
        # report a "shared QObject deleted directly" when the panel was garbage-collected.
        self.up_button.clicked.connect(self._move_up)
        self.down_button.clicked.connect(self._move_down)
        self.paste_button.clicked.connect(self._paste_clipboard)
        self.list.paste_requested.connect(self.paste_lines)
        self.run_button.clicked.connect(self.run_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.variants.valueChanged.connect(self._update_state)
        self.list.itemSelectionChanged.connect(self._update_state)
        self.list.currentRowChanged.connect(self._update_state)
        self.list.itemDelegate().closeEditor.connect(self._editor_closed)
        model = self.list.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.dataChanged):
            signal.connect(self._changed)
        self.outfit.activated.connect(self._outfit_chosen)
        self.list.move_requested.connect(self.move_current)
        self.list.delete_requested.connect(self.remove_selected)
        self._show_idle()
        self._update_state()

    def _tool(self, name: str, text: str, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        return button

    # -- the scenes ---------------------------------------------------------------------------

    def set_scenes(self, scenes: Sequence[tuple[int | None, str]]) -> None:
        """Show these (scene id or None, text) pairs; does not emit `scenes_edited`.

        When the texts are the ones shown (the project answering a save), only the ids are
        filled in: the list keeps its scroll position, its current row and any open editor.
        Otherwise the list is rebuilt at the same scroll position, keeping each scene's outfit.
        """
        shown = self._scene_items()
        if [item.text().strip() for item in shown] == [text.strip() for _, text in scenes]:
            with self._batch(notify=False):
                for item, (scene_id, _) in zip(shown, scenes, strict=True):
                    if item.data(SCENE_ID) != scene_id:
                        item.setData(SCENE_ID, scene_id)
            self._update_state()
            return
        outfits = {
            (item.data(SCENE_ID), item.text().strip()): item.data(SCENE_OUTFIT)
            for item in shown
            if item.data(SCENE_OUTFIT)
        }
        scroll = self.list.verticalScrollBar().value()
        current = self.list.currentRow()
        with self._batch(notify=False):
            self.list.clear()
            for scene_id, text in scenes:
                item = self._append(scene_id, text)
                outfit = outfits.get((scene_id, text.strip())) or outfits.get((None, text.strip()))
                if outfit:
                    item.setData(SCENE_OUTFIT, outfit)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.list.verticalScrollBar().setValue(scroll)
        self._update_state()

    def scenes(self) -> list[tuple[int | None, str]]:
        """(project scene id, or None for a new scene; text trimmed) in list order.

        A row just added and still empty is left out: it is not a scene until it has text.
        """
        out: list[tuple[int | None, str]] = []
        for item in self._scene_items():
            scene_id = item.data(SCENE_ID)
            out.append((None if scene_id is None else int(scene_id), item.text().strip()))
        return out

    def series_scenes(self) -> list[SeriesScene]:
        """The scenes a run draws, in order: empty ones skipped, each with its outfit."""
        return [
            SeriesScene(item.text().strip(), item.data(SCENE_OUTFIT) or None)
            for item in self._scene_items()
            if item.text().strip()
        ]

    def _scene_items(self) -> list[QListWidgetItem]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [i for i in items if i.data(SCENE_ID) is not None or i.text().strip()]

    def add_scene(self) -> None:
        """Add an empty row after the current one, scrolled into view and open for typing.

        Nothing is reported until the row has text: an empty row is not a scene to save.
        """
        if self._running:
            return
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        with self._batch(notify=False):
            item = self._append(None, "", row)
        self._make_current(item)
        self.list.editItem(item)
        self._update_state()

    # -- outfits ------------------------------------------------------------------------------

    def set_outfits(self, names: Sequence[str]) -> None:
        """The character's outfit names, the first being the default; scenes keep their choice."""
        names = [n for n in names if n]
        if names == self._outfit_names and self.outfit.count():
            return
        self._outfit_names = names
        self.outfit.clear()
        default = self.tr("Default (%s)") % names[0] if names else self.tr("Default outfit")
        self.outfit.addItem(default, None)
        for name in names[1:]:
            self.outfit.addItem(name, name)
        self._show_current_outfit()

    def scene_outfit(self, row: int) -> str | None:
        """The outfit chosen for the scene in `row` (None: the default)."""
        item = self.list.item(row)
        return None if item is None else item.data(SCENE_OUTFIT) or None

    def set_scene_outfit(self, row: int, outfit: str | None) -> None:
        item = self.list.item(row)
        if item is not None:
            item.setData(SCENE_OUTFIT, outfit or None)

    def _outfit_chosen(self, index: int) -> None:
        outfit = self.outfit.itemData(index)
        items = self.list.selectedItems() or [self.list.currentItem()]
        for item in items:
            if item is not None:
                item.setData(SCENE_OUTFIT, outfit)

    def _show_current_outfit(self) -> None:
        item = self.list.currentItem()
        outfit = None if item is None else item.data(SCENE_OUTFIT)
        index = self.outfit.findData(outfit) if outfit else 0
        if outfit and index < 0:  # an outfit the spec no longer has: shown so it is not lost silently
            self.outfit.addItem(self.tr("%s (not in the spec)") % outfit, outfit)
            index = self.outfit.count() - 1
        self.outfit.setCurrentIndex(max(index, 0))

    def remove_selected(self) -> None:
        if self._running:
            return
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        if not rows and self.list.currentRow() >= 0:
            rows = [self.list.currentRow()]
        if not rows:
            return
        with self._batch():
            for row in rows:
                self.list.takeItem(row)

    def _move_up(self) -> None:
        self.move_current(-1)

    def _move_down(self) -> None:
        self.move_current(1)

    def _paste_clipboard(self) -> None:
        self.paste_lines(QGuiApplication.clipboard().text())

    def move_current(self, step: int) -> None:
        """Move the current scene one place up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if self._running or row < 0 or not 0 <= target < self.list.count():
            return
        with self._batch():
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
        self._make_current(item)

    def paste_lines(self, text: str) -> int:
        """Add one scene per non-empty line of `text` at the end; returns how many were added."""
        lines = scene_lines(text)
        if self._running or not lines:
            return 0
        with self._batch():
            for line in lines:
                self._append(None, line)
        self._make_current(self.list.item(self.list.count() - 1))
        return len(lines)

    def _make_current(self, item: QListWidgetItem) -> None:
        """Current and the only one selected, so the next Remove or Alt+arrow acts on it alone."""
        self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollToItem(item)

    def _append(self, scene_id: int | None, text: str, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(_EDITABLE)
        item.setData(SCENE_ID, scene_id)
        self.list.insertItem(self.list.count() if row is None else row, item)
        return item

    def _editor_closed(self, *_: object) -> None:
        """A new row left empty is dropped quietly (it was never reported as a scene)."""
        item = self.list.currentItem()
        if item is not None and item.data(SCENE_ID) is None and not item.text().strip():
            with self._batch(notify=False):
                self.list.takeItem(self.list.row(item))
            self._update_state()

    @contextlib.contextmanager
    def _batch(self, *, notify: bool = True) -> Iterator[None]:
        """Collect the model's change signals into one `scenes_edited` (or none)."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1
        if notify and not self._quiet:
            self._changed()

    def _changed(self, *_: object) -> None:
        if self._quiet:
            return
        if not self.scenes() and self._only_new_rows():
            self._update_state()  # a new, still empty row: nothing to save yet
            return
        self._update_state()
        self.scenes_edited.emit()

    def _only_new_rows(self) -> bool:
        return all(
            self.list.item(r).data(SCENE_ID) is None and not self.list.item(r).text().strip()
            for r in range(self.list.count())
        )

    # -- cost and running ---------------------------------------------------------------------

    def set_price(self, per_image_usd: float | None) -> None:
        """The price of one image with the current model and size (None: unknown)."""
        self._price = per_image_usd
        self._update_state()

    def set_demo(self, demo: bool) -> None:
        """In demo mode the cost and the spend are marked as not billed."""
        self._demo = demo
        self._update_state()

    def variants_per_scene(self) -> int:
        return self.variants.value()

    def preflight_total(self) -> float | None:
        """scenes × variants × price, or None when the price is unknown."""
        if self._price is None:
            return None
        return len(self.series_scenes()) * self.variants.value() * self._price

    def set_running(self, running: bool) -> None:
        """While running the scenes are read-only; Cancel replaces Run."""
        self._running = running
        self.list.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if running
            else QAbstractItemView.DragDropMode.InternalMove
        )
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if running
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.cancel_button.setEnabled(running)
        if not running:
            self._show_idle()
        self._update_state()

    def set_progress(self, done: int, total: int, spent_usd: float) -> None:
        """Images finished so far out of `total`, and what they have cost."""
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.progress_bar.show()
        self.progress.setText(self.tr("%d / %d images · $%.2f so far") % (done, total, spent_usd))
        if self._demo:
            self.progress.setText(self.progress.text() + " " + self.tr("(demo, not billed)"))
        self.progress.show()

    def _show_idle(self) -> None:
        self.progress_bar.hide()
        self.progress.clear()
        self.progress.hide()

    def _blank_scenes(self) -> list[int]:
        """Rows (from 0) of saved scenes whose text was emptied; a run skips them."""
        return [
            row
            for row in range(self.list.count())
            if self.list.item(row).data(SCENE_ID) is not None and not self.list.item(row).text().strip()
        ]

    def _update_state(self) -> None:
        self._show_current_outfit()
        n, variants = len(self.series_scenes()), self.variants.value()
        scenes = self.tr("1 scene") if n == 1 else self.tr("%d scenes") % n
        per = self.tr("1 variant") if variants == 1 else self.tr("%d variants") % variants
        total = self.preflight_total()
        if self._price is None:
            self.preflight.setText(self.tr("%s × %s × price unknown") % (scenes, per))
        else:
            assert total is not None
            self.preflight.setText(f"{scenes} × {per} × ${self._price:.3f} = ${total:.2f}")
        if self._demo:
            self.preflight.setText(self.preflight.text() + " · " + self.tr("demo, not billed"))

        blank = self._blank_scenes()
        blocker = note = ""
        if n == 0:
            blocker = self.tr("Add at least one scene (or paste a list, one scene per line) to run a series.")
        elif len(blank) == 1:
            note = self.tr("Scene %d is empty; Run series skips it.") % (blank[0] + 1)
        elif blank:
            numbers = ", ".join(str(row + 1) for row in blank)
            note = self.tr("Scenes %s are empty; Run series skips them.") % numbers
        hint = blocker or note
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint) and not self._running)
        self.run_button.setEnabled(not blocker and not self._running)
        self.run_button.setToolTip(blocker or self.tr("Generate every scene, %s each") % per)
        editable = not self._running
        has_current = self.list.currentRow() >= 0
        for button in (self.add_button, self.paste_button):
            button.setEnabled(editable)
        self.remove_button.setEnabled(editable and has_current)
        self.up_button.setEnabled(editable and self.list.currentRow() > 0)
        self.down_button.setEnabled(editable and 0 <= self.list.currentRow() < n - 1)
        self.variants.setEnabled(editable)
        self.outfit.setEnabled(editable and has_current and self.outfit.count() > 1)
