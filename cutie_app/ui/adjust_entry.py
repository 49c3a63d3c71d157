"""Where the adjustment pane joins the window: Image › Adjust… and the gallery's context menu.

`install_adjust(window)` is the window's one call. The pane opens in its own window (a
non-modal dialog), so it never squeezes the workspace; it follows the gallery's selection,
and the versions it saves appear in the gallery at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QVBoxLayout, QWidget

from cutie_app.core.model.records import ImageRecord
from cutie_app.core.services.adjust_editor import AdjustEditor
from cutie_app.core.services.adjust_project import ProjectAdjustStore, user_looks
from cutie_app.core.services.projects import ProjectService
from cutie_app.ui.panes.adjust_pane import AdjustPane

if TYPE_CHECKING:
    from cutie_app.ui.mainwindow import MainWindow

_EDITOR_TAG = "adjust-editor"


def _make_editor(project: ProjectService) -> AdjustEditor:
    """Store worker: the pane's service over the open project."""
    return AdjustEditor(ProjectAdjustStore.of(project), user_looks())


class AdjustDialog(QDialog):
    """The pane in a window of its own, sized to fit the screen it opens on."""

    def __init__(self, editor: AdjustEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustDialog")
        self.setWindowTitle(self.tr("Adjust"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pane = AdjustPane(editor, self)
        layout.addWidget(self.pane)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(1280, int(available.width() * 0.92)), min(860, int(available.height() * 0.9)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.pane.cancel_batch()
        super().closeEvent(event)


class AdjustEntry(QObject):
    """The "Adjust…" action and the dialog it opens for the window's open project."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: AdjustDialog | None = None
        self._wanted: list[int] = []
        self.action = QAction(self.tr("&Adjust…"), window)
        self.action.setObjectName("actionAdjust")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.action.setToolTip(self.tr("Exact local adjustments: brightness, colour, LUTs, looks (no AI)"))
        self.action.triggered.connect(lambda: self.open(window.gallery.selected_ids()))
        self.menu = QMenu(self.tr("&Image"), window)
        self.menu.setObjectName("menuImage")
        self.menu.addAction(self.action)
        bar = window.menuBar()
        before = next((a for a in bar.actions() if a.menu() and a.text() == window.tr("&View")), None)
        bar.insertMenu(before, self.menu) if before is not None else bar.addMenu(self.menu)
        window.gallery.menu_actions.append(self.action)
        window.gallery.list.itemSelectionChanged.connect(self._selection_changed)
        window.session.result_ready.connect(self._result_ready)
        window.session.closed.connect(self._project_closed)
        window.session.opened.connect(lambda _opened: self._project_closed())
        window.installEventFilter(self)
        self._selection_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The window is closing: stop a batch and the pane's workers with it."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._project_closed()
        return False

    def open(self, image_ids: list[int]) -> None:
        """Open the pane on the selection (the first image is the one edited)."""
        ids = [i for i in image_ids if i > 0]
        if not ids or not self.window.session.is_open:
            return
        if self.dialog is not None:
            self._show(ids)
            return
        self._wanted = ids
        self.window.session.run(_EDITOR_TAG, _make_editor)

    def _result_ready(self, tag: object, value: object) -> None:
        if tag != _EDITOR_TAG or not isinstance(value, AdjustEditor):
            return
        self.dialog = AdjustDialog(value, self.window)
        self.dialog.pane.applied.connect(self._applied)
        self._show(self._wanted)

    def _show(self, ids: list[int]) -> None:
        assert self.dialog is not None
        self.dialog.pane.open_images(ids)
        if self.dialog.isVisible():  # behind the main window: bring it forward
            self.dialog.raise_()
            self.dialog.activateWindow()
        else:
            self.dialog.show()

    def _applied(self, records: list[ImageRecord]) -> None:
        self.window.gallery.add_records(records)
        self.window.session.load_thumbs(records)

    def _selection_changed(self) -> None:
        ids = self.window.gallery.selected_ids()
        self.action.setEnabled(bool(ids))
        if self.dialog is not None and ids:
            self.dialog.pane.set_selection(ids)

    def _project_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.pane.shutdown()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def install_adjust(window: MainWindow) -> AdjustEntry:
    """Add Image › Adjust… and the gallery's "Adjust…" to `window`."""
    return AdjustEntry(window)
