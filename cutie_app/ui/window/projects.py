"""Opening, creating, copying and closing projects, and what the window shows for each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu

from cutie_app.core.model.errors import ErrorKind, UserMessage
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.services.project_paths import projects_dir
from cutie_app.core.system import paths
from cutie_app.core.system.settings import load_settings
from cutie_app.ui.models.project_session import OpenedProject
from cutie_app.ui.models.thumbs import to_qimage
from cutie_app.ui.window.banners import Cause

if TYPE_CHECKING:
    from cutie_app.core.services.projects import ProjectService
    from cutie_app.ui.mainwindow import MainWindow


def new_project_proposal(current: Path | None, name: str) -> Path:
    """Where New Project… starts: beside the open project (never inside it), else in the
    projects folder; a name no folder there has yet."""
    base = current.parent if current is not None else projects_dir()
    base.mkdir(parents=True, exist_ok=True)
    proposal, number = base / name, 2
    while proposal.exists():
        proposal, number = base / f"{name} {number}", number + 1
    return proposal


def recent_projects() -> list[Path]:
    return [Path(p) for p in load_settings().recent_projects]


class ProjectController(QObject):
    """The File menu's project commands and the session's open/close answers."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.name = ""
        session = win.session
        session.opened.connect(self._opened)
        session.open_failed.connect(self._open_failed)
        session.closed.connect(self._closed)

    def open_project(
        self,
        folder: Path,
        *,
        create: bool = False,
        name: str | None = None,
        seed: Callable[[ProjectService], None] | None = None,
    ) -> None:
        """Open (or create) a project; the current one stays until the new one has opened."""
        self.win.editing.flush()
        self.win.statusBar().showMessage(self.tr("Opening %s…") % folder.name)
        self.win.session.open(folder, create=create, name=name, seed=seed)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.win,
            self.tr("New project — choose a folder name"),
            str(new_project_proposal(self.win.session.folder, self.tr("My character"))),
        )
        if path:
            self.open_project(Path(path), create=True, name=Path(path).name)

    def open_project_dialog(self) -> None:
        folder = self.win.session.folder
        start = str(folder.parent) if folder else str(paths.data_dir())
        path = QFileDialog.getExistingDirectory(self.win, self.tr("Open a Cutie project folder"), start)
        if path:
            self.open_project(Path(path))

    def save_project_as(self) -> None:
        folder = self.win.session.folder
        if folder is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.win, self.tr("Save the project as a new folder"), str(folder) + self.tr(" copy")
        )
        if path:
            self.win.editing.flush()
            self.win.session.save_as(Path(path))

    def close_project(self) -> None:
        self.win.editing.flush()
        self.win.session.close()

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        recent = recent_projects()
        if not recent:
            empty = menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)
            return
        for path in recent:
            action = menu.addAction(path.name + "  —  " + str(path.parent))
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))

    # -- the session's answers ----------------------------------------------------------------------

    def _opened(self, opened: OpenedProject) -> None:
        win = self.win
        self.name = opened.name
        win.banners.resolved(Cause.NO_PROJECT, Cause.OPEN_FAILED)
        win.menus.set_project_actions(True)
        win.generate_panel.set_blocked(
            self.tr("Read-only: another Cutie is saving into this project.")
            if opened.read_only_reason
            else ""
        )
        win.pages.setCurrentWidget(win.splitter)
        win.editing.apply_spec(opened.spec or CharacterSpec())
        win.editing.apply_slots([(s.state, to_qimage(s.thumb)) for s in opened.slots], save=False)
        win.undo_stack.clear()
        win.status.project_spend = opened.spend_usd
        win.status.session_spend = 0.0
        win.status.show_spend(demo=win.demo)
        win.update_title()
        win.generate_panel.series.set_scenes([(s.id, s.text) for s in opened.scenes])
        win.gallery.set_scenes(opened.scenes)
        win.gallery.set_models(opened.models)
        win.gallery.apply_view(opened.gallery_view)
        win.gallery.show_records([])
        win.culling.forget_listing()
        win.culling.list_images(win.gallery.query())
        win.culling.load_scores(lambda project: project.cached_scores())
        if opened.read_only_reason:
            win.banner.show_message(
                UserMessage(
                    kind=ErrorKind.UNKNOWN,
                    title=self.tr("Opened read-only"),
                    detail=opened.read_only_reason,
                    action=self.tr(
                        "Images the other Cutie adds appear here when you come back to this window."
                    ),
                ),
                "notice",
            )
        elif opened.recovery:
            win.banner.show_message(
                UserMessage(
                    kind=ErrorKind.UNKNOWN,
                    title=self.tr("The project was repaired when it opened"),
                    detail=opened.recovery,
                ),
                "notice",
            )
        win.statusBar().showMessage(self.tr("Opened %s") % opened.name, 5000)

    def _open_failed(self, message: UserMessage) -> None:
        win = self.win
        win.banners.show(message, cause=Cause.OPEN_FAILED)
        win.statusBar().showMessage(self.tr("Not opened: %s") % message.title, 10000)  # not "Opening…"
        if not win.session.is_open:
            self.block_generate()

    def block_generate(self) -> None:
        self.win.generate_panel.set_blocked(
            self.tr("No project is open: open or create one (File menu) to generate into it.")
        )

    def _closed(self) -> None:
        win = self.win
        self.name = ""
        win.menus.set_project_actions(False)
        self.block_generate()
        win.editing.apply_spec(CharacterSpec())
        win.editing.apply_slots([], save=False)
        win.undo_stack.clear()
        win.gallery.show_records([])
        win.status.project_spend = 0.0
        win.status.show_spend(demo=win.demo)
        win.update_title()
        win.no_project.set_recent(recent_projects())
        win.pages.setCurrentWidget(win.no_project)
