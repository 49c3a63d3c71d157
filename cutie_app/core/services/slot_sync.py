"""Keep a project's reference slots equal to what the window shows.

The window edits slots instantly (drop, reorder, re-role, remove, undo) and hands over a full
snapshot after each change; `SlotSync` applies the difference to the project on the store's
worker. Comparing whole snapshots instead of replaying individual edits means a burst of edits,
an undo, or a failed write can never leave the two out of step for long: the next snapshot
repairs it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cutie_app.core.model.records import ReferenceSlot
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole

if TYPE_CHECKING:
    from cutie_app.core.store import Project


@dataclass(frozen=True)
class SlotState:
    """One slot as the window shows it. `token` identifies it across snapshots."""

    token: str
    ref: ReferenceImage
    source_image_id: int | None = None


def token_for(slot: ReferenceSlot) -> str:
    """The token of a slot that came from the project."""
    return f"slot-{slot.id}"


class SlotSync:
    """Applies window snapshots to one project. Not thread-safe: call it from one worker."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._ids: dict[str, int] = {token_for(s): s.id for s in project.references()}

    def apply(self, snapshot: Sequence[SlotState]) -> list[ReferenceSlot]:
        """Make the project's slots match `snapshot` (order, roles, kinds, labels); returns them.

        An anchor is written last so the store's "one anchor" rule never deletes a slot the
        snapshot still holds under another role.
        """
        wanted = {s.token for s in snapshot}
        for token in [t for t in self._ids if t not in wanted]:
            slot_id = self._ids.pop(token)
            if slot_id in self._current_ids():
                self._project.remove_reference(slot_id)
        current = {s.id: s for s in self._project.references()}
        anchors: list[SlotState] = []
        for state in snapshot:
            known = self._ids.get(state.token)
            if known is None or known not in current:
                role = state.ref.role
                if role is ReferenceRole.ANCHOR:
                    # add as identity first, promote below, after any demotion elsewhere
                    state_ref = _with(state.ref, role=ReferenceRole.IDENTITY)
                    anchors.append(state)
                else:
                    state_ref = state.ref
                slot = self._project.add_reference(state_ref, source_image_id=state.source_image_id)
                self._ids[state.token] = slot.id
                current[slot.id] = slot
                continue
            slot_id = known
            slot = current[slot_id]
            if state.ref.role is ReferenceRole.ANCHOR and not slot.is_anchor:
                anchors.append(state)
                continue
            if (slot.role, slot.kind, slot.label) != (state.ref.role, state.ref.kind, state.ref.label):
                current[slot_id] = self._project.update_reference(
                    slot_id, role=state.ref.role, kind=state.ref.kind, label=state.ref.label
                )
        for state in anchors:
            self._project.update_reference(
                self._ids[state.token], role=ReferenceRole.ANCHOR, kind=state.ref.kind, label=state.ref.label
            )
        # A replaced anchor is deleted by the store; forget tokens whose slot is gone.
        live = self._current_ids()
        for token in [t for t, i in self._ids.items() if i not in live]:
            del self._ids[token]
        for position, state in enumerate(s for s in snapshot if s.token in self._ids):
            by_id = {s.id: s for s in self._project.references()}
            slot_id = self._ids[state.token]
            if by_id[slot_id].position != position:
                self._project.move_reference(slot_id, position)
        return self._project.references()

    def slot_id(self, token: str) -> int | None:
        return self._ids.get(token)

    def _current_ids(self) -> set[int]:
        return {s.id for s in self._project.references()}


def _with(
    ref: ReferenceImage, *, role: ReferenceRole | None = None, kind: ReferenceKind | None = None
) -> ReferenceImage:
    return dataclasses.replace(ref, role=role or ref.role, kind=kind or ref.kind)
