"""The character and its reference slots: undo, autosave, versions, and images promoted to slots."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon, QUndoCommand

from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.services.slot_sync import SlotState
from cutie_app.ui.models.project_session import LoadedSlot
from cutie_app.ui.models.thumbs import to_qimage

if TYPE_CHECKING:
    from cutie_app.core.services.projects import ProjectService
    from cutie_app.ui.mainwindow import MainWindow

AUTOSAVE_MS = 1500


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


class CharacterEditing(QObject):
    """Spec and slot edits become undo steps and are saved (the spec after a pause)."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.spec_shown = CharacterSpec()
        self._applying = False
        self._slots_shown: list[tuple[SlotState, QIcon]] = []
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_spec_now)
        win.spec_editor.spec_changed.connect(self._spec_edited)
        win.references.slots_edited.connect(self._slots_edited)
        win.session.promoted.connect(self._promoted)
        win.references.references_changed.connect(self.show_anchor)

    # -- spec ----------------------------------------------------------------------------------------

    def _spec_edited(self, spec: CharacterSpec) -> None:
        if not self._applying and spec != self.spec_shown:
            self.win.undo_stack.push(
                SnapshotCommand(self.tr("Edit character"), self.apply_spec, self.spec_shown, spec)
            )
            self.spec_shown = spec
            self.autosave.start()
        self.win.generation.refresh_prompt()

    def apply_spec(self, spec: CharacterSpec) -> None:
        self._applying = True
        try:
            self.win.spec_editor.set_spec(spec)
        finally:
            self._applying = False
        changed = spec != self.spec_shown
        self.spec_shown = spec
        if changed and self.win.session.is_open and self.win.undo_stack.count():
            self.autosave.start()

    def _writable(self) -> bool:
        """A project is open and this window may write it (not read-only beside another Cutie)."""
        return self.win.session.is_open and not self.win.session.read_only

    def save_spec_now(self) -> None:
        self.autosave.stop()
        if self._writable():
            self.win.session.save_spec(self.spec_shown)

    def flush(self) -> None:
        """Save what is being typed now (before a project changes or the window closes)."""
        self.win.spec_editor.flush()
        if self.autosave.isActive():
            self.save_spec_now()

    def show_spec_history(self) -> None:
        if not self.win.session.is_open:
            return
        self.flush()
        self.win.session.call(lambda project: (project.spec_versions(), project), self._open_history)

    def _open_history(self, found: tuple[list[tuple[int, str]], ProjectService]) -> None:
        from cutie_app.ui.dialogs.spec_history import SpecHistoryDialog

        versions, project = found
        if not versions:
            self.win.statusBar().showMessage(self.tr("No saved versions yet"), 5000)
            return

        def load(version: int) -> CharacterSpec:
            spec = project.spec(version)
            if spec is None:
                raise KeyError(version)
            return spec[1]

        dialog = SpecHistoryDialog(versions, load, self.win)
        dialog.restore_requested.connect(self._restore_version)
        dialog.exec()
        dialog.deleteLater()

    def _restore_version(self, spec: CharacterSpec) -> None:
        before = self.spec_shown
        self.apply_spec(spec)
        self.win.undo_stack.push(
            SnapshotCommand(self.tr("Restore character version"), self.apply_spec, before, spec)
        )
        self.autosave.start()

    # -- reference slots ---------------------------------------------------------------------------

    def _slots_edited(self, text: str) -> None:
        after = self.win.references.items_snapshot()
        self.win.undo_stack.push(SnapshotCommand(text, self.apply_slots, self._slots_shown, after))
        self._slots_shown = after
        self.save_slots()

    def apply_slots(self, slots: Sequence[tuple[SlotState, Any]], *, save: bool = True) -> None:
        self.win.references.set_slots(slots)
        self._slots_shown = self.win.references.items_snapshot()
        self.show_anchor()
        if save:
            self.save_slots()

    def show_anchor(self, *args: object) -> None:
        """Badge the gallery image the anchor slot came from (if it came from one)."""
        anchors = [s for s in self.win.references.snapshot() if s.ref.role is ReferenceRole.ANCHOR]
        self.win.gallery.set_anchor(anchors[0].source_image_id if anchors else None)

    def save_slots(self) -> None:
        if self._writable():
            self.win.session.save_slots(self.win.references.snapshot())

    def promote(self, image_id: int, role: ReferenceRole) -> None:
        """Set as anchor / add to references: the image is read and imported in a worker."""
        if self.win.session.is_open:
            self.win.session.promote(image_id, role)

    def _promoted(self, loaded: LoadedSlot) -> None:
        state = loaded.state
        self.win.references.add_reference(
            state.ref, to_qimage(loaded.thumb), token=state.token, source_image_id=state.source_image_id
        )
        what = self.tr("the anchor") if state.ref.role is ReferenceRole.ANCHOR else self.tr("a reference")
        self.win.statusBar().showMessage(
            self.tr("Image #%d is now %s") % (state.source_image_id or 0, what), 6000
        )
