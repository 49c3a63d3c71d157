"""The main window: the character on the left, references and prompt in the middle, results right.

The window only builds the layout, the menus and the wiring. The project store is driven through
`ProjectSession` (one worker, in order), batches through `JobQueue` (the engine's network
thread), and the window's commands live in small controllers under `ui/window/`: projects,
character editing, generation, culling, and the key and status labels.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QStackedWidget, QTabWidget

from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.system import paths
from cutie_app.ui.adjust_entry import install_adjust
from cutie_app.ui.help import add_help_actions
from cutie_app.ui.models.engine_bridge import EngineBridge
from cutie_app.ui.models.job_queue import JobQueue
from cutie_app.ui.models.project_session import ProjectSession
from cutie_app.ui.panes.conversation_dock import install_conversation_pane
from cutie_app.ui.panes.gallery import Gallery
from cutie_app.ui.panes.generate_panel import GeneratePanel
from cutie_app.ui.panes.reference_slots import ReferenceSlots
from cutie_app.ui.panes.spec_editor import PromptPreview, SpecEditor
from cutie_app.ui.widgets.error_banner import ErrorBanner
from cutie_app.ui.window.banners import Banners
from cutie_app.ui.window.culling import CullingController
from cutie_app.ui.window.deferred import Deferred, DeferredTab
from cutie_app.ui.window.editing import CharacterEditing
from cutie_app.ui.window.generation import GenerateController
from cutie_app.ui.window.layout import build_workspace, never_widens, restore_layout, save_layout, titled
from cutie_app.ui.window.menus import Menus, build_menus
from cutie_app.ui.window.pages import NoProjectPage, WelcomePanel
from cutie_app.ui.window.projects import ProjectController
from cutie_app.ui.window.status import KeyController, StatusLabels
from cutie_app.ui.workers import Jobs

if TYPE_CHECKING:
    from cutie_app.core.services.engines import ImageEngine
    from cutie_app.core.services.projects import ProjectService
    from cutie_app.ui.compare.comparator import Comparator
    from cutie_app.ui.panes.conversation_pane import ConversationPane
    from cutie_app.ui.panes.ledger_view import LedgerView

log = logging.getLogger("cutie.ui")


class MainWindow(QMainWindow):
    """Spec editor · references + prompt · generate + results, over one project.

    Signals:
        demo_requested(): the user chose "Try the demo" on the welcome panel.
        preferences_saved(object): new `Settings` from the Preferences dialog.
        closing(): the window is closing; panes stop their work before the engine and the
            project close.
    """

    demo_requested = Signal()
    preferences_saved = Signal(object)
    closing = Signal()

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
        self.key_tester = key_tester
        self._settings = QSettings(
            state_file or str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat
        )
        self.undo_stack = QUndoStack(self)
        self.spec_check_dialog: QDialog | None = None  # the latest spec check, kept alive while shown
        self.session = ProjectSession()
        self.bridge = EngineBridge(engine_factory)
        self.jobs = JobQueue(self.bridge)

        # -- panes and layout --
        self.spec_editor = SpecEditor()
        self.prompt_preview = PromptPreview()
        self.references = ReferenceSlots()
        self.generate_panel = GeneratePanel(catalog)
        self.gallery = Gallery()
        self.banner = ErrorBanner()
        self.results_tabs = QTabWidget()
        self.results_tabs.setAccessibleName(self.tr("Results and spending"))
        self.results_tabs.addTab(self.gallery, self.tr("Images"))
        # Not on screen at first: made when first needed (see ui/window/deferred.py).
        self.deferred_ledger = DeferredTab(self.results_tabs, self.tr("Spending"), self._make_ledger_view)
        self.deferred_comparator = Deferred(self._make_comparator)
        self.workspace = build_workspace(
            titled(self.tr("Character"), self.spec_editor),
            self.references,
            self.prompt_preview,
            self.generate_panel,
            self.results_tabs,
        )
        self.splitter = self.workspace.splitter
        self.right_splitter = self.workspace.right_splitter
        self.welcome = WelcomePanel(self._add_key, self.demo_requested.emit)
        self.welcome.setVisible(not has_key and not demo)
        self.workspace.right_layout.insertWidget(0, self.welcome)
        self.workspace.right_layout.insertWidget(1, self.banner)
        never_widens(self.banner.label)
        never_widens(self.references.budget)

        # -- controllers (each connects the signals it answers) --
        self.banners = Banners(self.banner)
        self.status = StatusLabels(self.statusBar())
        self.keys = KeyController(self, has_key)
        self.editing = CharacterEditing(self)
        self.generation = GenerateController(self, self.jobs)
        self.culling = CullingController(self)
        self.projects = ProjectController(self)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.splitter)
        self.deferred_no_project = Deferred(self._make_no_project)  # shown only when none is open
        self.setCentralWidget(self.pages)

        self.menus: Menus = build_menus(self)
        # Panes that hook themselves in: Image › Adjust…, the Conversations tab, Help's guide.
        self.adjust = install_adjust(self)
        self.deferred_conversations = install_conversation_pane(self)
        add_help_actions(self, self.menus.help)
        self.recent_menu = self.menus.recent
        self.action_undo, self.action_redo, self.action_close = (
            self.menus.undo,
            self.menus.redo,
            self.menus.close,
        )

        self.session.failed.connect(self.banner.show_message)
        self.projects.block_generate()  # until a project has opened
        self.show_key_state(has_key)
        self.status.show_spend(demo=self.demo)
        self.update_title()
        self.generation.model_changed(self.generate_panel.model_info())
        self.generation.refresh_prompt()
        # The minimum is fixed now, without banners: a banner that appears later takes its room
        # from the columns and never grows the window past the screen.
        self.setMinimumSize(self.minimumSizeHint())
        restore_layout(self, self.workspace, self._settings)
        # After the first paint, load what the first Generate needs, off the UI thread.
        self._warm = Jobs(workers=1, name="cutie-warm")
        self._closed = False
        QTimer.singleShot(300, self._warm_up)

    # -- state --------------------------------------------------------------------------------------

    @property
    def demo(self) -> bool:
        """True once the window talks to the demo server (for the rest of the session)."""
        return self._demo

    @demo.setter
    def demo(self, value: bool) -> None:
        self._demo = value
        if value:  # the demo server's seed refusals must not stick to the real models
            self.catalog.stop_saving()

    @property
    def key_label(self) -> QLabel:
        return self.status.key_label

    @property
    def spend_label(self) -> QLabel:
        return self.status.spend_label

    def update_title(self) -> None:
        title = f"{self.projects.name} — Cutie" if self.projects.name else "Cutie"
        if self.demo:
            title += " " + self.tr("(demo)")
        self.setWindowTitle(title)

    def show_key_state(self, has_key: bool, source: str | None = None) -> None:
        self.keys.show_key_state(has_key, source)
        for pane in (self.generate_panel, self.deferred_ledger.made):
            if pane is not None:
                pane.set_demo(self.demo)  # spending shown as "demo, not billed"

    # -- panes made on first use ----------------------------------------------------------------------

    @property
    def comparator(self) -> Comparator:
        """The comparator page (made now if nothing has needed it yet)."""
        return self.deferred_comparator.get()

    def _make_comparator(self) -> Comparator:
        from cutie_app.ui.compare.comparator import Comparator

        comparator = Comparator()
        # Its toolbar is wide; don't let it set the whole window's minimum width.
        comparator.setMinimumSize(720, 400)
        self.pages.addWidget(comparator)
        return comparator

    @property
    def ledger_view(self) -> LedgerView:
        """The Spending tab's pane (made now if nothing has needed it yet)."""
        return self.deferred_ledger.get()

    def _make_ledger_view(self) -> LedgerView:
        from cutie_app.ui.panes.ledger_view import LedgerView

        view = LedgerView()
        view.set_demo(self.demo)
        return view

    @property
    def conversations(self) -> ConversationPane:
        """The Conversations tab's pane (made now if nothing has needed it yet)."""
        return self.deferred_conversations.get()

    @property
    def no_project(self) -> NoProjectPage:
        """The page shown when no project is open (made now if nothing has needed it yet)."""
        return self.deferred_no_project.get()

    def _make_no_project(self) -> NoProjectPage:
        page = NoProjectPage(self.projects.new_project, self.projects.open_project_dialog, self.open_project)
        self.pages.addWidget(page)
        return page

    def _add_key(self) -> None:
        self.keys.add_key()

    # -- commands other parts of the app call ---------------------------------------------------------

    def open_project(
        self,
        folder: Path,
        *,
        create: bool = False,
        name: str | None = None,
        seed: Callable[[ProjectService], None] | None = None,
    ) -> None:
        self.projects.open_project(folder, create=create, name=name, seed=seed)

    def close_project(self) -> None:
        self.projects.close_project()

    def generate(self) -> None:
        self.generation.generate()

    def run_series(self) -> None:
        self.generation.run_series()

    def compare(self, image_ids: list[int]) -> None:
        self.culling.compare(image_ids)

    def check_against_spec(self, image_id: int) -> None:
        self.culling.check_against_spec(image_id)

    def show_workspace(self) -> None:
        showing_project = self.session.is_open or not self.projects.name
        self.pages.setCurrentWidget(self.splitter if showing_project else self.no_project)
        self.gallery.list.setFocus()

    def escape(self) -> None:
        """Esc leaves the comparator when it is shown; otherwise it cancels every running variant."""
        if self.pages.currentWidget() is self.deferred_comparator.made:
            self.show_workspace()
        else:
            self.jobs.cancel()

    # -- lifetime ----------------------------------------------------------------------------------------

    def _warm_up(self) -> None:
        if not self._closed:
            self._warm.submit("warm", _warm_imports)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Coming back to the window: show what another process added meanwhile (a cheap query)."""
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.session.check_for_changes()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._closed = True
        self.closing.emit()
        save_layout(self, self.workspace, self._settings)
        self.editing.flush()
        self.bridge.close()
        self.generation.shutdown()
        self.references.shutdown()
        if self.deferred_comparator.made is not None:
            self.deferred_comparator.made.shutdown()
        self.session.shutdown()  # waits for queued saves (spec, slots, variants)
        self._warm.shutdown()
        super().closeEvent(event)


def _warm_imports() -> None:
    """Worker: import the engine and the score maths so the first batch doesn't pause the UI."""
    from cutie_app.core.services.engines import warm_up

    warm_up()
