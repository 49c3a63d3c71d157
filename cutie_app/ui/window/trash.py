"""Delete to the system trash, with Undo: the gallery's Delete key and menu entry.

Everything that touches files runs on the project session's store worker (`ProjectSession.call`):
planning (what depends on the images), moving them to the trash, putting them back. The UI
thread only asks, confirms and shows. Each deletion is one step on the window's undo stack.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFile, QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from cutie_app.core.model.errors import ErrorKind, UserMessage
from cutie_app.core.model.trash import RestoreOutcome, TrashedImage, TrashOutcome
from cutie_app.core.services.trash import DeletionPlan, delete_images, plan_deletion, restore_images
from cutie_app.ui.i18n import show_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from cutie_app.core.services.projects import ProjectService
    from cutie_app.ui.mainwindow import MainWindow


def move_to_system_trash(path: Path) -> Path | None:
    """Qt's system trash (Freedesktop trash, macOS Bin, Windows Recycle Bin); where it went.

    Runs on the store worker. Raises OSError when the trash did not take the file (there is
    none for that folder, say): the image then stays in the project.
    """
    file = QFile(str(path))
    # The instance method: it renames `file` to the path in the trash, which PySide6's static
    # overload does not hand back.
    if not file.moveToTrash():
        raise OSError(errno.ENOTSUP, "the system trash did not take it")
    where = file.fileName()
    return Path(where) if where and Path(where) != path else None


class TrashCommand(QUndoCommand):
    """One deletion on the undo stack: undo puts the images back, redo moves them out again.

    The worker functions record their outcome here themselves, so an Undo queued right behind a
    Redo (the store worker runs them in order) already sees what the Redo took out.
    """

    def __init__(self, text: str, deleting: ImageDeleting, trashed: tuple[TrashedImage, ...]) -> None:
        super().__init__(text)
        self.deleting = deleting
        self.trashed = trashed
        self.restored_ids: tuple[int, ...] = ()
        self._first = True

    def redo(self) -> None:
        if self._first:  # the images are in the trash already
            self._first = False
            return
        self.deleting.delete_again(self)

    def undo(self) -> None:
        self.deleting.put_back(self)


class ImageDeleting(QObject):
    """Delete (to the trash) and its Undo for the window's gallery."""

    def __init__(self, win: MainWindow, refresh: Callable[[], None]) -> None:
        super().__init__(win)
        self.win = win
        self._refresh = refresh
        self.confirmation: QMessageBox | None = None
        self.move: Callable[[Path], Path | None] = move_to_system_trash

    def delete(self, image_ids: list[int]) -> None:
        """Ask what depends on the images (off the UI thread), confirm if needed, then move them."""
        if not image_ids or not self.win.session.is_open:
            return
        ids = list(image_ids)
        self.win.session.call(lambda project: plan_deletion(project, ids), self._planned)

    def _planned(self, plan: DeletionPlan) -> None:
        if not plan.image_ids:
            return
        if not plan.needs_confirmation:
            self._move(plan.image_ids)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Move to Trash"),
            self.tr("Move %n image(s) to the trash?", "", len(plan.image_ids)),
            QMessageBox.StandardButton.Cancel,
            self.win,
        )
        box.setObjectName("trashConfirmation")
        box.setInformativeText(self._dependents_text(plan))
        move = box.addButton(self.tr("Move to Trash"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(move)

        def answered() -> None:
            if box.clickedButton() is move:
                self._move(plan.image_ids)

        box.finished.connect(answered)
        self.confirmation = box
        box.open()  # window-modal, never a nested event loop

    def _dependents_text(self, plan: DeletionPlan) -> str:
        found = plan.dependents
        lines = [self.tr("You can undo this with Edit › Undo; the files stay in the system trash.")]
        if found.anchor_source:
            lines.append(self.tr("The anchor was made from one of them; it keeps its own copy."))
        if found.references:
            lines.append(
                self.tr(
                    "%n reference slot(s) were made from them and keep their own copies.",
                    "",
                    found.references,
                )
            )
        if found.adjusted:
            lines.append(
                self.tr(
                    "%n adjusted version(s) stay in the project, no longer linked to them.",
                    "",
                    found.adjusted,
                )
            )
        if found.turns:
            lines.append(
                self.tr("%n conversation turn(s) made from them stay in the project.", "", found.turns)
            )
        return "\n".join(lines)

    def _move(self, image_ids: tuple[int, ...]) -> None:
        move = self.move
        self.win.session.call(lambda project: delete_images(project, image_ids, move), self._moved)

    def _moved(self, outcome: TrashOutcome) -> None:
        if outcome.trashed:
            count = len(outcome.trashed)
            text = self.tr("Delete %n image(s)", "", count)
            self.win.undo_stack.push(TrashCommand(text, self, outcome.trashed))
            self.win.statusBar().showMessage(
                self.tr("Moved %n image(s) to the trash (Edit › Undo puts them back)", "", count), 8000
            )
        self._report(outcome.failed, self.tr("Some images were not moved to the trash"))
        self._refresh()

    # -- undo and redo -------------------------------------------------------------------------

    def put_back(self, command: TrashCommand) -> None:
        def restore(project: ProjectService) -> RestoreOutcome:
            outcome = restore_images(project, command.trashed)
            command.restored_ids = tuple(r.id for r in outcome.restored)
            return outcome

        self.win.session.call(restore, self._put_back)

    def _put_back(self, outcome: RestoreOutcome) -> None:
        if outcome.restored:
            self.win.statusBar().showMessage(
                self.tr("Put %n image(s) back from the trash", "", len(outcome.restored)), 8000
            )
        self._report(outcome.failed, self.tr("Some images could not be put back"))
        self._refresh()

    def delete_again(self, command: TrashCommand) -> None:
        move = self.move

        def again(project: ProjectService) -> TrashOutcome:
            outcome = delete_images(project, command.restored_ids, move)
            command.trashed = outcome.trashed
            return outcome

        self.win.session.call(again, self._deleted_again)

    def _deleted_again(self, outcome: TrashOutcome) -> None:
        self._report(outcome.failed, self.tr("Some images were not moved to the trash"))
        self._refresh()

    def _report(self, failed: tuple[tuple[int, str], ...], title: str) -> None:
        if not failed:
            return
        detail = "\n".join(f"#{image_id}: {show_text(reason)}" for image_id, reason in failed[:10])
        if len(failed) > 10:
            detail += "\n…"
        self.win.banners.show(UserMessage(kind=ErrorKind.UNKNOWN, title=title, detail=detail))
