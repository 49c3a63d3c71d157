"""The main window: the character on the left, references and prompt in the middle, results right.

The window is thin: the project store is driven through `ProjectSession` (one worker, in order),
generation through `EngineBridge` (the engine's network thread), and every pane only shows
values. Edits to the spec and the reference slots are undoable and saved automatically.
"""

from __future__ import annotations

import html
import logging
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cutie_app import __version__
from cutie_app.core.model.catalog import ModelCatalog, ModelInfo
from cutie_app.core.model.errors import CutieError, ErrorKind, UserMessage, missing_key_message
from cutie_app.core.model.generation import BatchResult, GenerationRequest, Variant
from cutie_app.core.model.prompt import compose
from cutie_app.core.model.records import ImageRecord, SceneRecord
from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.services.generate import check_budget
from cutie_app.core.services.saving import SavedVariant
from cutie_app.core.services.slot_sync import SlotState
from cutie_app.core.system import paths
from cutie_app.core.system.settings import Settings, load_settings
from cutie_app.ui.adjust_entry import install_adjust
from cutie_app.ui.compare.comparator import Comparator, CompareItem
from cutie_app.ui.compare.compare_items import compare_items
from cutie_app.ui.help import add_help_actions
from cutie_app.ui.models.engine_bridge import EngineBridge
from cutie_app.ui.models.project_session import ImageQuery, Ledger, LoadedSlot, OpenedProject, ProjectSession
from cutie_app.ui.models.thumbs import Thumb, to_qimage
from cutie_app.ui.panes.conversation_dock import install_conversation_pane
from cutie_app.ui.panes.gallery import Gallery
from cutie_app.ui.panes.generate_panel import GeneratePanel
from cutie_app.ui.panes.ledger_view import LedgerView
from cutie_app.ui.panes.reference_slots import ReferenceSlots
from cutie_app.ui.panes.spec_editor import PromptPreview, SpecEditor
from cutie_app.ui.widgets.error_banner import ErrorBanner
from cutie_app.ui.workers import Jobs

if TYPE_CHECKING:
    from cutie_app.core.services.engines import ImageEngine
    from cutie_app.core.services.export import ExportReport
    from cutie_app.core.services.projects import ProjectService

log = logging.getLogger("cutie.ui")
AUTOSAVE_MS = 1500


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    label = QLabel(title)
    label.setObjectName("paneTitle")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


def _wrap(widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(widget)
    return box


class SnapshotCommand(QUndoCommand):
    """Undo/redo by putting back a whole snapshot (a spec, or the slot list)."""

    def __init__(self, text: str, apply: Callable[[Any], None], before: Any, after: Any) -> None:
        super().__init__(text)
        self._apply = apply
        self._before = before
        self._after = after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit is already on screen
            self._first = False
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


@dataclass
class Batch:
    """A batch this session started: what to retry with and where its tiles go."""

    request: GenerationRequest
    spec: CharacterSpec
    count: int
    series: bool = False
    delivered: int = 0
    finished: int = 0
    spent: float = 0.0


class KeyDialog(QDialog):
    """Enter the Gemini API key; it goes to the system keyring and nowhere else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gemini API key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Paste your key from Google AI Studio. Cutie stores it in your system keyring "
                "(never in a file) and sends it only to Google."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setObjectName("apiKeyField")
        self.key.setAccessibleName(self.tr("API key"))
        form.addRow(self.tr("API key"), self.key)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("apiKeyError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        from cutie_app.core.system.secrets import KeyringUnavailableError, save_api_key  # keyring: on demand

        try:
            save_api_key(self.key.text())
        except (KeyringUnavailableError, ValueError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.key.clear()
        self.accept()


class WelcomePanel(QWidget):
    """Shown when there is no key: add one, or try everything against the demo server."""

    def __init__(self, on_add_key: Callable[[], None], on_demo: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("welcomePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        text = QLabel(
            self.tr(
                "<h3>Welcome to Cutie</h3>"
                "<p>Describe your character on the left, drop reference drawings in the middle, "
                "then generate variants and keep the best.</p>"
                "<p>To generate with Google's Gemini image models, add your API key. "
                "Or try the demo: it draws placeholder images locally, with no key and no cost.</p>"
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add your Gemini API key"))
        add.setObjectName("welcomeAddKey")
        add.setAccessibleName(self.tr("Add your Gemini API key"))
        add.clicked.connect(on_add_key)
        demo = QPushButton(self.tr("Try the demo"))
        demo.setObjectName("welcomeDemo")
        demo.setAccessibleName(self.tr("Try the demo"))
        demo.clicked.connect(on_demo)
        row.addWidget(add)
        row.addWidget(demo)
        layout.addLayout(row)


class NoProjectPage(QWidget):
    """Shown after Close Project: the ways back in."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("noProjectPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(
            self.tr("<h2>No project open</h2><p>Create a project for a new character, or open one.</p>")
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addStretch(1)
        for name, text, slot in (
            ("noProjectNew", self.tr("New project…"), window.new_project),
            ("noProjectOpen", self.tr("Open project…"), window.open_project_dialog),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """Spec editor · references + prompt · generate + results, over one project.

    Signals:
        demo_requested(): the user chose "Try the demo" on the welcome panel.
        preferences_saved(object): new `Settings` from the Preferences dialog.
    """

    demo_requested = Signal()
    preferences_saved = Signal(object)

    def __init__(
        self,
        catalog: ModelCatalog,
        engine_factory: Callable[[], ImageEngine],
        *,
        demo: bool = False,
        has_key: bool = True,
        state_file: str | None = None,
        key_tester: Callable[[str, str | None], Sequence[str]] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.catalog = catalog
        self._demo = False
        self.demo = demo
        self._key_tester = key_tester
        self._has_key = has_key
        self._batches: dict[str, Batch] = {}
        self._series_keys: list[str] = []  # the batches of the latest series
        self._session_spend = 0.0
        self._project_spend = 0.0
        self._project_name = ""
        self._spec_shown = CharacterSpec()
        self._applying = False
        self._slots_shown: list[tuple[SlotState, QIcon]] = []
        self._query_serial = 0
        self._anchor_image: int | None = None
        self._settings = QSettings(
            state_file or str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat
        )

        self.undo_stack = QUndoStack(self)
        self.session = ProjectSession()
        self.bridge = EngineBridge(engine_factory)
        self.bridge.variant_ready.connect(self._variant_ready)
        self.bridge.batch_done.connect(self._batch_done)
        self.bridge.batch_refused.connect(self._refused)
        self.bridge.batch_crashed.connect(self._refused)
        self.bridge.models_listed.connect(self._models_listed)

        self.spec_editor = SpecEditor()
        self.prompt_preview = PromptPreview()
        self.references = ReferenceSlots()
        self.generate_panel = GeneratePanel(catalog)
        self.gallery = Gallery()
        self.ledger_view = LedgerView()
        self.banner = ErrorBanner()
        self.comparator = Comparator()
        # Its toolbar is wide; don't let it set the whole window's minimum width.
        self.comparator.setMinimumSize(720, 400)

        middle = QSplitter(Qt.Orientation.Vertical)
        middle.setObjectName("middleSplitter")
        middle.addWidget(_wrap(self.references))
        middle.addWidget(_wrap(self.prompt_preview))
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)
        middle.setChildrenCollapsible(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 8)
        self.welcome = WelcomePanel(self._add_key, self.demo_requested.emit)
        self.welcome.setVisible(not has_key and not demo)
        right_layout.addWidget(self.welcome)
        right_layout.addWidget(self.banner)
        self.results_tabs = QTabWidget()
        self.results_tabs.setObjectName("resultsTabs")
        self.results_tabs.setAccessibleName(self.tr("Results and spending"))
        self.results_tabs.addTab(self.gallery, self.tr("Images"))
        self.results_tabs.addTab(self.ledger_view, self.tr("Spending"))
        self.results_tabs.currentChanged.connect(self._results_tab_changed)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.generate_panel)
        self.right_splitter.addWidget(self.results_tabs)
        self.right_splitter.setStretchFactor(0, 0)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setChildrenCollapsible(False)
        right_layout.addWidget(self.right_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(_titled(self.tr("Character"), self.spec_editor))
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)
        self._middle = middle

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.comparator)
        self.no_project = NoProjectPage(self)
        self.pages.addWidget(self.no_project)
        self.setCentralWidget(self.pages)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_spec_now)

        self._build_menus()
        self.model_label = QLabel()
        self.key_label = QLabel()
        self.spend_label = QLabel()
        for label in (self.model_label, self.key_label, self.spend_label):
            self.statusBar().addPermanentWidget(label)
        self.show_key_state(has_key)
        self._update_spend()
        self._update_title()

        self.spec_editor.spec_changed.connect(self._spec_edited)
        self.references.references_changed.connect(self._refresh_prompt)
        self.references.slots_edited.connect(self._slots_edited)
        self.generate_panel.scene.textChanged.connect(self._refresh_prompt)
        self.generate_panel.model_changed.connect(self._model_changed)
        self.generate_panel.generate_requested.connect(self.generate)
        self.generate_panel.series_requested.connect(self.run_series)
        self.generate_panel.cancel_requested.connect(self.cancel_all)
        self.generate_panel.retry_failed_requested.connect(self.retry_failed)
        self.generate_panel.series.scenes_edited.connect(self._scenes_edited)

        self.gallery.query_changed.connect(self._list_images)
        self.gallery.compare_requested.connect(self.compare)
        self.gallery.flag_requested.connect(self._set_flags)
        self.gallery.rating_requested.connect(self._set_ratings)
        self.gallery.promote_requested.connect(self.promote)
        self.gallery.cancel_requested.connect(lambda key, index: self.bridge.cancel(key, index))
        self.gallery.retry_requested.connect(self.retry)
        self.gallery.export_requested.connect(self.export_images)
        self.gallery.spec_check_requested.connect(self.check_against_spec)
        self.bridge.spec_checked.connect(self._spec_checked)
        self.bridge.spec_check_failed.connect(lambda _key, message: self.banner.show_message(message))
        compare_key = QShortcut(QKeySequence("C"), self.gallery.list)
        compare_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        compare_key.activated.connect(lambda: self.compare(self.gallery.selected_ids()))

        self.comparator.flag_changed.connect(lambda image_id, flag: self._set_flags([image_id], flag))
        self.comparator.rating_changed.connect(lambda image_id, stars: self._set_ratings([image_id], stars))
        self.comparator.promote_requested.connect(
            lambda image_id, role: self.promote(
                image_id, ReferenceRole.ANCHOR if role == "anchor" else ReferenceRole.IDENTITY
            )
        )
        self.comparator.closed.connect(self.show_workspace)

        self.session.opened.connect(self._project_opened)
        self.session.open_failed.connect(self.banner.show_message)
        self.session.failed.connect(self.banner.show_message)
        self.session.closed.connect(self._project_closed)
        self.session.images_listed.connect(self._images_listed)
        self.session.thumbs_ready.connect(self._thumbs_ready)
        self.gallery.thumbs_wanted.connect(self.session.load_thumbs)
        self.session.variant_saved.connect(self._variant_saved)
        self.session.image_updated.connect(self._image_updated)
        self.session.scenes_saved.connect(self._scenes_saved)
        self.session.promoted.connect(self._promoted)
        self.session.ledger_ready.connect(self._ledger_ready)
        self.session.result_ready.connect(self._result_ready)
        self.adjust = install_adjust(self)  # Image › Adjust… and the gallery's "Adjust…"

        self.conversations = install_conversation_pane(self)
        self._model_changed(self.generate_panel.model_info())
        self._refresh_prompt()
        self._restore_state()
        # After the first paint, load what the first Generate needs, off the UI thread.
        self._warm = Jobs(workers=1, name="cutie-warm")
        self._closed = False
        QTimer.singleShot(300, self._warm_up)

    # -- menus ------------------------------------------------------------------------------------

    def _action(
        self, menu: Any, text: str, slot: Callable[..., Any], shortcut: Any = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        std = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_new = self._action(
            file_menu, self.tr("&New Project…"), self.new_project, std.New, "actionNew"
        )
        self.action_open = self._action(
            file_menu, self.tr("&Open Project…"), self.open_project_dialog, std.Open, "actionOpen"
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.action_save_as = self._action(
            file_menu, self.tr("Save Project &As…"), self.save_project_as, std.SaveAs, "actionSaveAs"
        )
        self.action_export = self._action(
            file_menu, self.tr("&Export Images…"), lambda: self.export_images([]), "Ctrl+E", "actionExport"
        )
        self.action_close = self._action(
            file_menu, self.tr("&Close Project"), self.close_project, std.Close, "actionCloseProject"
        )
        file_menu.addSeparator()
        self.action_quit = self._action(file_menu, self.tr("&Quit"), self.close, std.Quit, "actionQuit")

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcut(QKeySequence(std.Undo))
        self.action_undo.setObjectName("actionUndo")
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setShortcut(QKeySequence(std.Redo))
        self.action_redo.setObjectName("actionRedo")
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        edit_menu.addSeparator()
        self._action(
            edit_menu, self.tr("&Paste Image as Reference"), self.references.paste, None, "actionPasteRef"
        )
        self._action(
            edit_menu, self.tr("Character &Versions…"), self.show_spec_history, None, "actionVersions"
        )
        edit_menu.addSeparator()
        self.action_key = self._action(
            edit_menu, self.tr("Gemini API &key…"), self._add_key, None, "actionKey"
        )
        self.action_prefs = self._action(
            edit_menu, self.tr("&Preferences…"), self.show_preferences, std.Preferences, "actionPreferences"
        )
        if self.action_prefs.shortcut().isEmpty():
            self.action_prefs.setShortcut(QKeySequence("Ctrl+,"))

        gen_menu = self.menuBar().addMenu(self.tr("&Generate"))
        self._action(gen_menu, self.tr("&Generate Variants"), self.generate, "Ctrl+Return", "actionGenerate")
        self._action(gen_menu, self.tr("Run &Series"), self.run_series, "Ctrl+Shift+Return", "actionSeries")
        self._action(gen_menu, self.tr("&Cancel All"), self._escape, "Esc", "actionCancel")
        self._action(gen_menu, self.tr("&Retry Failed"), self.retry_failed, None, "actionRetry")
        gen_menu.addSeparator()
        self._action(
            gen_menu, self.tr("Score &Consistency of All Images"), self.score_all, None, "actionScore"
        )

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(
            view_menu,
            self.tr("&Compare Selected"),
            lambda: self.compare(self.gallery.selected_ids()),
            None,
            "actionCompare",
        )
        self._action(view_menu, self.tr("&Workspace"), self.show_workspace, "Ctrl+1", "actionWorkspace")
        self._action(
            view_menu,
            self.tr("&Spending"),
            lambda: self.results_tabs.setCurrentWidget(self.ledger_view),
            None,
            "actionSpending",
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        add_help_actions(self, help_menu)  # guide, shortcuts, log folder (ui/help.py)
        self._action(
            help_menu,
            self.tr("&About Cutie"),
            lambda: QMessageBox.about(
                self, self.tr("About Cutie"), self.tr("Cutie %s — one character, many images.") % __version__
            ),
            None,
            "actionAbout",
        )
        self._project_actions = (self.action_save_as, self.action_export, self.action_close)
        self._set_project_actions(False)

    def _set_project_actions(self, enabled: bool) -> None:
        for action in self._project_actions:
            action.setEnabled(enabled)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in load_settings().recent_projects]
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name + "  —  " + str(Path(path).parent))
            action.triggered.connect(lambda _=False, p=path: self.open_project(Path(p)))

    # -- state ------------------------------------------------------------------------------------

    @property
    def demo(self) -> bool:
        """True once the window talks to the demo server (for the rest of the session)."""
        return self._demo

    @demo.setter
    def demo(self, value: bool) -> None:
        self._demo = value
        if value:  # the demo server's seed refusals must not stick to the real models
            self.catalog.stop_saving()

    def _restore_state(self) -> None:
        geometry = self._settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        restored = False
        for key, splitter in (
            ("splitter", self.splitter),
            ("middle", self._middle),
            ("right", self.right_splitter),
        ):
            state = self._settings.value(key)
            if isinstance(state, QByteArray):
                restored |= splitter.restoreState(state)
        if not restored:  # first start: give the character room
            width = self.width()
            self.splitter.setSizes([int(width * 0.31), int(width * 0.31), int(width * 0.38)])
            self.right_splitter.setSizes([330, max(300, self.height() - 400)])

    def _save_state(self) -> None:
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("splitter", self.splitter.saveState())
        self._settings.setValue("middle", self._middle.saveState())
        self._settings.setValue("right", self.right_splitter.saveState())
        self._settings.sync()

    def _warm_up(self) -> None:
        if not self._closed:
            self._warm.submit("warm", _warm_imports)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._closed = True
        self._save_state()
        self.spec_editor.flush()
        if self._autosave.isActive():
            self._save_spec_now()
        self.bridge.close()
        self.references.shutdown()
        self.comparator.shutdown()
        self.session.shutdown()  # waits for queued saves (spec, slots, variants)
        self._warm.shutdown()
        super().closeEvent(event)

    # -- projects ----------------------------------------------------------------------------------

    def open_project(
        self,
        folder: Path,
        *,
        create: bool = False,
        name: str | None = None,
        seed: Callable[[ProjectService], None] | None = None,
    ) -> None:
        """Open (or create) a project; the current one stays until the new one has opened."""
        self._flush_saves()
        self.statusBar().showMessage(self.tr("Opening %s…") % folder.name)
        self.session.open(folder, create=create, name=name, seed=seed)

    def new_project(self) -> None:
        base = paths.data_dir() / "projects"
        base.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project — choose a folder name"), str(base / self.tr("My character"))
        )
        if path:
            self.open_project(Path(path), create=True, name=Path(path).name)

    def open_project_dialog(self) -> None:
        start = str(self.session.folder.parent) if self.session.folder else str(paths.data_dir())
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a Cutie project folder"), start)
        if path:
            self.open_project(Path(path))

    def save_project_as(self) -> None:
        if self.session.folder is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the project as a new folder"), str(self.session.folder) + self.tr(" copy")
        )
        if path:
            self._flush_saves()
            self.session.save_as(Path(path))

    def close_project(self) -> None:
        self._flush_saves()
        self.session.close()

    def _flush_saves(self) -> None:
        self.spec_editor.flush()
        if self._autosave.isActive():
            self._save_spec_now()

    def _project_opened(self, opened: OpenedProject) -> None:
        self._project_name = opened.name
        self._set_project_actions(True)
        self.pages.setCurrentWidget(self.splitter)
        self._apply_spec(opened.spec or CharacterSpec())
        self._apply_slots([(s.state, to_qimage(s.thumb)) for s in opened.slots], save=False)
        self.undo_stack.clear()
        self._project_spend = opened.spend_usd
        self._session_spend = 0.0
        self._update_spend()
        self._update_title()
        self.generate_panel.series.set_scenes([(s.id, s.text) for s in opened.scenes])
        self.gallery.set_scenes(opened.scenes)
        self.gallery.set_models(opened.models)
        self.gallery.show_records([])
        self._list_images(self.gallery.query())
        self.session.run("scores", lambda project: project.cached_scores())
        if opened.recovery:
            self.banner.show_message(
                UserMessage(
                    kind=ErrorKind.UNKNOWN,
                    title=self.tr("The project was repaired when it opened"),
                    detail=opened.recovery,
                ),
                "notice",
            )
        self.statusBar().showMessage(self.tr("Opened %s") % opened.name, 5000)

    def _project_closed(self) -> None:
        self._project_name = ""
        self._set_project_actions(False)
        self._apply_spec(CharacterSpec())
        self._apply_slots([], save=False)
        self.undo_stack.clear()
        self.gallery.show_records([])
        self._project_spend = 0.0
        self._update_spend()
        self._update_title()
        self.pages.setCurrentWidget(self.no_project)

    def _update_title(self) -> None:
        title = "Cutie"
        if self._project_name:
            title = f"{self._project_name} — Cutie"
        if self.demo:
            title += " " + self.tr("(demo)")
        self.setWindowTitle(title)

    # -- spec: undo and autosave ---------------------------------------------------------------

    def _spec_edited(self, spec: CharacterSpec) -> None:
        if not self._applying and spec != self._spec_shown:
            self.undo_stack.push(
                SnapshotCommand(self.tr("Edit character"), self._apply_spec, self._spec_shown, spec)
            )
            self._spec_shown = spec
            self._autosave.start()
        self._refresh_prompt()

    def _apply_spec(self, spec: CharacterSpec) -> None:
        self._applying = True
        try:
            self.spec_editor.set_spec(spec)
        finally:
            self._applying = False
        changed = spec != self._spec_shown
        self._spec_shown = spec
        if changed and self.session.is_open and self.undo_stack.count():
            self._autosave.start()

    def _save_spec_now(self) -> None:
        self._autosave.stop()
        if self.session.is_open:
            self.session.save_spec(self._spec_shown)

    def show_spec_history(self) -> None:
        if not self.session.is_open:
            return
        self._flush_saves()
        self.session.run("versions", lambda project: (project.spec_versions(), project))

    # -- reference slots: undo and saving -------------------------------------------------------

    def _slots_edited(self, text: str) -> None:
        after = self.references.items_snapshot()
        self.undo_stack.push(SnapshotCommand(text, self._apply_slots, self._slots_shown, after))
        self._slots_shown = after
        self._save_slots()

    def _apply_slots(self, slots: Sequence[tuple[SlotState, Any]], *, save: bool = True) -> None:
        self.references.set_slots(slots)
        self._slots_shown = self.references.items_snapshot()
        if save:
            self._save_slots()

    def _save_slots(self) -> None:
        if self.session.is_open:
            self.session.save_slots(self.references.snapshot())

    def promote(self, image_id: int, role: ReferenceRole) -> None:
        """Set as anchor / add to references: the image is read and imported in a worker."""
        if self.session.is_open:
            self.session.promote(image_id, role)

    def _promoted(self, loaded: LoadedSlot) -> None:
        state = loaded.state
        self.references.add_reference(
            state.ref, to_qimage(loaded.thumb), token=state.token, source_image_id=state.source_image_id
        )
        what = self.tr("the anchor") if state.ref.role is ReferenceRole.ANCHOR else self.tr("a reference")
        self.statusBar().showMessage(
            self.tr("Image #%d is now %s") % (state.source_image_id or 0, what), 6000
        )

    # -- prompt, model, key -----------------------------------------------------------------------

    def show_key_state(self, has_key: bool) -> None:
        self._has_key = has_key
        for pane in (self.generate_panel, self.ledger_view):
            pane.set_demo(self.demo)  # spending shown as "demo, not billed"
        if self.demo:
            self.key_label.setText(self.tr("Demo server — no key needed"))
        else:
            self.key_label.setText(self.tr("Key: in keyring") if has_key else self.tr("No API key"))

    def _update_spend(self) -> None:
        text = self.tr("Project spend: $%.2f") % self._project_spend
        if self._session_spend:
            text += " " + self.tr("(this session $%.2f)") % self._session_spend
        self.spend_label.setText(text)

    def _model_changed(self, info: ModelInfo) -> None:
        self.references.set_model(info)
        self.model_label.setText(info.label)

    def _request(self, scene: str | None = None) -> GenerationRequest:
        spec = self.spec_editor.spec()
        refs = self.references.references()
        scene = self.generate_panel.scene_text() if scene is None else scene
        override = self.prompt_preview.override_text() if scene == self.generate_panel.scene_text() else None
        prompt = compose(spec, scene, refs, override=override)
        return GenerationRequest(
            model=self.generate_panel.model_info().id,
            prompt=prompt,
            references=refs,
            aspect_ratio=self.generate_panel.aspect_ratio(),
            image_size=self.generate_panel.image_size(),
            seed=self.generate_panel.seed_value(),
            scene=scene,
        )

    def _refresh_prompt(self, *args: object) -> None:
        spec = self.spec_editor.spec()
        parts = compose(spec, self.generate_panel.scene_text(), self.references.references())
        self.prompt_preview.show_parts(parts)

    # -- generation -------------------------------------------------------------------------------

    def _can_generate(self, total_images: int) -> bool:
        if not (self.demo or self._has_key):
            self.banner.show_message(missing_key_message())  # one clear message, not N failed tiles
            return False
        problem = self.generate_panel.seed_problem()
        if problem:
            self.banner.show_message(
                UserMessage(kind=ErrorKind.INVALID_REQUEST, title=self.tr("Check the seed"), detail=problem)
            )
            return False
        info = self.generate_panel.model_info()
        try:
            check_budget(
                info, self.generate_panel.image_size(), total_images, self.generate_panel.budget_cap()
            )
        except CutieError as exc:
            self.banner.show_message(exc.message)
            return False
        return True

    def generate(self) -> None:
        self.spec_editor.flush()
        count = self.generate_panel.variants.value()
        if not self._can_generate(count):
            return
        request = self._request()
        if not request.prompt.text.strip():
            self.banner.show_message(
                UserMessage(
                    kind=ErrorKind.INVALID_REQUEST,
                    title=self.tr("Nothing to draw yet"),
                    detail=self.tr("Describe the character or write a scene first."),
                )
            )
            return
        self.banner.hide()
        if self._start(request, count, label=""):
            self.statusBar().showMessage(self.tr("Generating %d variants…") % count)

    def run_series(self) -> None:
        """Every scene in the Series tab × its variant count, as one job."""
        self.spec_editor.flush()
        series = self.generate_panel.series
        scenes = [text for _, text in series.scenes() if text.strip()]
        per_scene = series.variants.value()
        if not scenes or not self._can_generate(len(scenes) * per_scene):
            return
        self.banner.hide()
        self._series_keys = []
        for number, text in enumerate(scenes, start=1):
            request = self._request(scene=text)
            key = self._start(request, per_scene, label=self.tr("S%d") % number, series=True)
            if key:
                self._series_keys.append(key)
        self._update_series_progress()

    def _start(self, request: GenerationRequest, count: int, *, label: str, series: bool = False) -> str:
        key = secrets.token_hex(4)
        batch = Batch(request, self._spec_shown, count, series)
        self._batches[key] = batch
        if not self.bridge.start(key, request, count):
            self._batches.pop(key, None)
            return ""
        self.gallery.add_pending(key, count, label)
        self.results_tabs.setCurrentWidget(self.gallery)
        self.generate_panel.set_running(True)
        return key

    def cancel_all(self) -> None:
        self.bridge.cancel()

    def _escape(self) -> None:
        """Esc leaves the comparator when it is shown; otherwise it cancels every running variant."""
        if self.pages.currentWidget() is self.comparator:
            self.show_workspace()
        else:
            self.cancel_all()

    def retry(self, key: object, index: int) -> None:
        batch = self._batches.get(str(key))
        if batch is None:
            return
        self.gallery.drop_session_tile(key, index)
        label = self.tr("retry")
        if self.bridge.start(new := secrets.token_hex(4), batch.request, 1):
            self._batches[new] = Batch(batch.request, batch.spec, 1, batch.series)
            self.gallery.add_pending(new, 1, label)
            self.generate_panel.set_running(True)
        self._update_failed()

    def retry_failed(self) -> None:
        for key, index in self.gallery.failed_tiles():
            self.retry(key, index)

    def _variant_ready(self, key: object, variant: Variant, thumb: Thumb | None) -> None:
        self.gallery.show_variant(key, variant, to_qimage(thumb))
        batch = self._batches.get(str(key))
        cost = variant.recipe.cost_usd or 0.0
        self._session_spend += cost
        self._project_spend += cost
        self._update_spend()
        if batch is not None:
            batch.finished += 1
            batch.spent += cost
            batch.delivered += int(variant.delivered)
            if self.session.is_open and (variant.images or variant.recipe.response_id):
                self.session.save_variant((key, variant.index), variant, batch.request.scene, batch.spec)
            if batch.series:
                self._update_series_progress()
        self._update_failed()

    def _variant_saved(self, key: object, outcome: tuple[SavedVariant, list[ImageRecord]]) -> None:
        batch_key, index = cast(tuple[str, int], key)
        saved, records = outcome
        if saved.lost:
            self.banner.show_message(
                UserMessage(
                    kind=ErrorKind.UNKNOWN,
                    title=self.tr("A delivered image was not saved"),
                    detail=saved.reason,
                    action=self.tr("Check the free disk space and the project folder's permissions."),
                )
            )
        self.gallery.variant_saved(batch_key, index, records)
        models = sorted(
            {self.gallery.model.itemData(i) for i in range(1, self.gallery.model.count())}
            | {r.model for r in records}
        )
        self.gallery.set_models(models)
        known = {self.gallery.scene.itemData(i) for i in range(1, self.gallery.scene.count())}
        if any(r.scene_id is not None and r.scene_id not in known for r in records):
            self.session.run("scenes", lambda project: project.scenes())

    def _models_listed(self, added: list[ModelInfo]) -> None:
        if not added:
            return
        self.generate_panel.reload_models()
        names = ", ".join(info.display_name for info in added)
        news = UserMessage(
            ErrorKind.UNKNOWN,
            self.tr("New in Google's model list"),
            html.escape(names) + ".",
            self.tr("Pick it under Model to try it; Cutie has not checked its limits or prices yet."),
        )
        if self.banner.isVisibleTo(self):  # never hide a batch's own notice
            self.statusBar().showMessage(f"{news.title}: {names}", 15000)
        else:
            self.banner.show_message(news, "info")

    def _batch_done(self, key: object, result: BatchResult) -> None:
        self.gallery.clear_pending(key)
        batch = self._batches.get(str(key))
        self.generate_panel.set_running(self.bridge.running)
        self.generate_panel.refresh_model()  # the catalogue may have learned (e.g. no seed)
        delivered = len(result.delivered)
        self.statusBar().showMessage(
            self.tr("%d of %d variants delivered") % (delivered, len(result.variants)), 8000
        )
        # The key works and the service answers: a good moment to look for new models. Never
        # in demo mode: the demo server's models are made up and the catalogue is the real one.
        if delivered and not self.demo:
            self.bridge.list_models_if_stale()
        if result.notices:
            self.banner.show_message(result.notices[-1], "notice")
        failures = [v.error for v in result.variants if v.error is not None and not v.delivered]
        if failures and not delivered:
            self.banner.show_message(failures[0])
        if batch is not None and batch.series:
            self._update_series_progress()
        self._update_failed()
        if delivered and self.session.is_open:
            self.session.run("scores", lambda project: project.score_recent())
            if self.results_tabs.currentWidget() is self.ledger_view:
                self.session.load_ledger()

    def _refused(self, key: object, message: UserMessage) -> None:
        self._batches.pop(str(key), None)
        self.generate_panel.set_running(self.bridge.running)
        self.banner.show_message(message)

    def _update_failed(self) -> None:
        self.generate_panel.set_failed_count(len(self.gallery.failed_tiles()))

    def _update_series_progress(self) -> None:
        batches = [self._batches[k] for k in self._series_keys if k in self._batches]
        total = sum(b.count for b in batches)
        done = sum(b.finished for b in batches)
        spent = sum(b.spent for b in batches)
        self.generate_panel.series.set_progress(done, total, spent)

    # -- scenes -------------------------------------------------------------------------------------

    def _scenes_edited(self) -> None:
        if self.session.is_open:
            self.session.save_scenes(self.generate_panel.series.scenes())

    def _scenes_saved(self, scenes: list[SceneRecord]) -> None:
        series = self.generate_panel.series
        shown = series.scenes()
        known = {i for i, _ in shown if i is not None}
        pending_new = any(i is None for i, _ in shown)
        # Take the project's list unless the user has edits in flight (they trigger another save).
        if [t for _, t in shown] == [s.text for s in scenes] or (
            not pending_new and known <= {s.id for s in scenes}
        ):
            series.set_scenes([(s.id, s.text) for s in scenes])
        self.gallery.set_scenes(scenes)

    # -- gallery ------------------------------------------------------------------------------------

    def _list_images(self, query: ImageQuery) -> None:
        if not self.session.is_open:
            return
        self._query_serial += 1
        self.session.list_images(self._query_serial, query)

    def _images_listed(self, serial: int, records: list[ImageRecord]) -> None:
        if serial != self._query_serial:
            return  # an older filter's answer
        self.gallery.show_records(records)  # it asks for the thumbnails on screen (thumbs_wanted)

    def _thumbs_ready(self, thumbs: list[tuple[int, Thumb | None]]) -> None:
        self.gallery.set_thumbs({image_id: to_qimage(thumb) for image_id, thumb in thumbs})

    def _set_flags(self, image_ids: list[int], flag: str) -> None:
        for image_id in image_ids:
            if image_id > 0:
                self.session.set_flag(image_id, flag)

    def _set_ratings(self, image_ids: list[int], stars: int) -> None:
        for image_id in image_ids:
            if image_id > 0:
                self.session.set_rating(image_id, stars)

    def _image_updated(self, record: ImageRecord) -> None:
        self.gallery.update_record(record)
        self.comparator.update_item(record.id, flag=record.flag, rating=record.rating)

    def check_against_spec(self, image_id: int) -> None:
        """Ask a Gemini text model whether the image shows each trait of the current spec."""
        if not self.session.is_open:
            return
        if not (self.demo or self._has_key):
            self.banner.show_message(missing_key_message())
            return
        self.statusBar().showMessage(self.tr("Checking image #%d against the spec…") % image_id)
        self.session.run(("check", image_id), lambda project: project.image_bytes(image_id))

    def _spec_checked(self, image_id: int, check: object) -> None:
        from cutie_app.ui.dialogs.spec_check_view import SpecCheckDialog

        self.statusBar().clearMessage()
        picture = self.gallery.thumb(image_id)
        dialog = SpecCheckDialog(f"#{image_id}", picture, check, self)  # type: ignore[arg-type]
        dialog.show()
        self.spec_check_dialog = dialog

    def score_all(self) -> None:
        if self.session.is_open:
            self.statusBar().showMessage(self.tr("Scoring consistency…"))
            self.session.run("scores", lambda project: project.score_all())

    # -- comparator ---------------------------------------------------------------------------------

    def compare(self, image_ids: list[int]) -> None:
        """Open the comparator: one image is compared with the anchor, 2-8 side by side."""
        if not image_ids or not self.session.is_open:
            return
        ids = image_ids[:8]
        candidates = self.gallery.record_ids_in_view()
        self.session.run("compare", lambda project: compare_items(project, ids, candidates))

    def show_workspace(self) -> None:
        self.pages.setCurrentWidget(
            self.splitter if self.session.is_open or not self._project_name else self.no_project
        )
        self.gallery.list.setFocus()

    def _result_ready(self, tag: object, value: object) -> None:
        if tag == "compare":
            items, mode = cast(tuple[list[CompareItem], str], value)
            if not items:
                return
            self.comparator.set_items(items, mode=mode)
            self.pages.setCurrentWidget(self.comparator)
            self.comparator.setFocus()
        elif tag == "scores":
            scores: dict[int, float] = value  # type: ignore[assignment]
            self.gallery.set_scores(scores)
            self.statusBar().clearMessage()
        elif isinstance(tag, tuple) and tag[0] == "check":
            data, mime = cast(tuple[bytes, str], value)
            self.bridge.check_spec(tag[1], self._spec_shown, data, mime)
        elif tag == "scenes":
            self._scenes_saved(value)  # type: ignore[arg-type]
        elif tag == "versions":
            versions, project = cast(tuple[list[tuple[int, str]], "ProjectService"], value)
            self._open_history(versions, project)
        elif tag == "export":
            report: ExportReport = value  # type: ignore[assignment]
            self.statusBar().showMessage(
                self.tr("Exported %d images to %s") % (len(report.exported), report.folder), 10000
            )
            if not report.ok:
                self.banner.show_message(
                    UserMessage(
                        kind=ErrorKind.UNKNOWN,
                        title=self.tr("Some images were not exported"),
                        detail=report.text(),
                    )
                )

    # -- dialogs ----------------------------------------------------------------------------------

    def _open_history(self, versions: list[tuple[int, str]], project: ProjectService) -> None:
        from cutie_app.ui.dialogs.spec_history import SpecHistoryDialog

        if not versions:
            self.statusBar().showMessage(self.tr("No saved versions yet"), 5000)
            return

        def load(version: int) -> CharacterSpec:
            found = project.spec(version)
            if found is None:
                raise KeyError(version)
            return found[1]

        dialog = SpecHistoryDialog(versions, load, self)
        dialog.restore_requested.connect(self._restore_version)
        dialog.exec()
        dialog.deleteLater()

    def _restore_version(self, spec: CharacterSpec) -> None:
        before = self._spec_shown
        self._apply_spec(spec)
        self.undo_stack.push(
            SnapshotCommand(self.tr("Restore character version"), self._apply_spec, before, spec)
        )
        self._autosave.start()

    def show_preferences(self) -> None:
        from cutie_app.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(load_settings(), self.catalog, key_tester=self._key_tester, parent=self)
        dialog.settings_saved.connect(self._preferences_saved)
        dialog.key_changed.connect(self._key_changed)
        dialog.exec()
        dialog.deleteLater()

    def _preferences_saved(self, settings: Settings) -> None:
        cap = settings.budget_cap_usd
        self.generate_panel.budget.setValue(cap or 0.0)
        self.preferences_saved.emit(settings)

    def _key_changed(self, present: bool) -> None:
        self.show_key_state(present)
        self.welcome.setVisible(not present and not self.demo)

    def export_images(self, image_ids: list[int]) -> None:
        if not self.session.is_open:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export images to folder"), str(Path.home()))
        if not folder:
            return
        ids = list(image_ids) or self.gallery.record_ids_in_view()
        self.statusBar().showMessage(self.tr("Exporting %d images…") % len(ids))
        self.session.run("export", lambda project: project.export(Path(folder), image_ids=ids))

    def _results_tab_changed(self) -> None:
        if self.results_tabs.currentWidget() is self.ledger_view and self.session.is_open:
            self.session.load_ledger()

    def _ledger_ready(self, ledger: Ledger) -> None:
        self.ledger_view.show_ledger(ledger.entries, ledger.scenes)

    def _add_key(self) -> None:
        if KeyDialog(self).exec() == QDialog.DialogCode.Accepted:
            self.welcome.hide()
            self.show_key_state(True)


def _warm_imports() -> None:
    """Worker: import the engine and the score maths so the first batch doesn't pause the UI."""
    from cutie_app.core.services.engines import warm_up

    warm_up()
