"""What the desktop hands the app: its identity, and the file a user opened Cutie with.

`cutie PATH` (a file manager's "Open with", a double-click on `project.cutie`) opens a project
folder or its `project.cutie` file, or imports a `.cutiepack`: Cutie asks where the new project
folder should go (beside the pack by default) and unpacks it on a worker thread, then opens it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QWidget

from cutie_app.core.model.errors import CutieError
from cutie_app.core.services.project_paths import OpenTarget, open_target
from cutie_app.core.system.app_resources import resource_path
from cutie_app.ui.i18n import show_text
from cutie_app.ui.workers import Jobs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from cutie_app.ui.mainwindow import MainWindow

log = logging.getLogger("cutie.ui")

__all__ = [
    "DESKTOP_FILE_NAME",
    "PackImporter",
    "app_icon",
    "ask_pack_destination",
    "read_launch_path",
    "set_app_identity",
    "show_problem",
]

#: The installed desktop entry is `cutie.desktop`; Wayland and docks match windows to it by this.
DESKTOP_FILE_NAME = "cutie"
#: The window icon's sizes: resources/app/cutie-<N>.png.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: Chooses the folder a pack is unpacked into: (parent window, the pack) -> folder, None to cancel.
FolderChooser = Callable[[QWidget, Path], Path | None]


def app_icon() -> QIcon:
    """The app's icon, from PNGs rendered from its SVG (an empty icon if the install lacks them).

    Not the SVG itself: reading it loads Qt's SVG module and icon plugin, about 4 ms before the
    window can appear. `packaging/render_icons.py --window` renders the PNGs; a test keeps them equal.
    """
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        path = resource_path("app", f"cutie-{size}.png")
        if path is not None:
            icon.addFile(str(path), QSize(size, size))
    return icon


def set_app_identity(app: QGuiApplication) -> None:
    """Icon and desktop file name for every window (task bars, docks, Wayland's app id)."""
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)


def show_problem(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning that does not block (the window keeps running behind it)."""
    from PySide6.QtWidgets import QMessageBox  # Qt's dialogs load when one is shown

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("launchProblem")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def read_launch_path(raw: str | None) -> tuple[OpenTarget | None, CutieError | None]:
    """The target of `cutie PATH`, or the reason it cannot be opened (None, None without PATH)."""
    if not raw:
        return None, None
    try:
        return open_target(Path(raw)), None
    except CutieError as exc:
        return None, exc


def ask_pack_destination(parent: QWidget, pack: Path) -> Path | None:
    """Ask where the project from `pack` should go, starting beside the pack."""
    from PySide6.QtWidgets import QFileDialog

    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Launch", "Where should the project from %s go?") % pack.name,
        str(pack.parent),
    )
    return Path(chosen) if chosen else None


class PackImporter(QObject):
    """Imports a `.cutiepack` as a new project folder and opens it in `window`.

    The unpacking, which checks and copies every file, runs on a worker thread.
    """

    def __init__(self, window: MainWindow, choose: FolderChooser = ask_pack_destination) -> None:
        super().__init__(window)
        self._window = window
        self._choose = choose
        self._jobs = Jobs(workers=1, name="cutie-unpack")
        self._jobs.finished.connect(self._unpacked)
        self._jobs.failed.connect(self._failed)

    def start(self, pack: Path) -> bool:
        """Ask where, then unpack; False when the user cancelled (nothing was written)."""
        folder = self._choose(self._window, pack)
        if folder is None:
            return False
        self._window.statusBar().showMessage(
            QCoreApplication.translate("Launch", "Unpacking %s…") % pack.name
        )
        self._jobs.submit(pack, _unpack, pack, folder)
        return True

    def _unpacked(self, pack: object, folder: object) -> None:
        assert isinstance(folder, Path)
        log.info("unpacked %s into %s", pack, folder)
        self._window.open_project(folder)

    def _failed(self, pack: object, exc: object) -> None:
        from cutie_app.core.services.projects import PackError

        assert isinstance(pack, Path)
        if not isinstance(exc, (PackError, CutieError, OSError)):
            log.error("unpacking %s failed", pack, exc_info=exc if isinstance(exc, BaseException) else None)
        self._window.statusBar().clearMessage()
        show_problem(
            self._window,
            QCoreApplication.translate("Launch", "Could not import %s") % pack.name,
            show_text(exc),
        )

    def shutdown(self) -> None:
        self._jobs.shutdown()


def _unpack(pack: Path, folder: Path) -> Path:
    """Worker: the pack as a new project folder (the store loads here, not at start-up)."""
    from cutie_app.core.services.projects import unpack_project

    return unpack_project(pack, folder)
