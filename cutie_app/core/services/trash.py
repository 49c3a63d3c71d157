"""Deleting images from a project to a trash, and undoing it: the window's Delete and Undo.

Blocking and thread-safe (the store moves one removal or restore at a time); the window runs
these on its store worker, never on the UI thread. The file is moved by the caller's `move`
(the window passes Qt's system trash), or into the project's own `.trash/` folder.

Nothing here deletes a file: a removed image's file is in a trash the user can empty, and its
billed call stays in the ledger.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cutie_app.core.model.trash import MoveFn, RestoreOutcome, TrashDependents, TrashedImage, TrashOutcome

if TYPE_CHECKING:
    from cutie_app.core.services.projects import ProjectService

log = logging.getLogger("cutie.services")


@dataclass(frozen=True)
class DeletionPlan:
    """What a Delete would take out, and what depends on it (for the confirmation)."""

    image_ids: tuple[int, ...]
    dependents: TrashDependents

    @property
    def needs_confirmation(self) -> bool:
        """More than one image, or something else refers to it: ask before moving anything."""
        return len(self.image_ids) > 1 or self.dependents.anything


def image_ids_to_delete(image_ids: Iterable[int]) -> tuple[int, ...]:
    """Saved images only (a tile still generating has no id above 0), each once, in order."""
    return tuple(dict.fromkeys(int(i) for i in image_ids if int(i) > 0))


def plan_deletion(project: ProjectService, image_ids: Iterable[int]) -> DeletionPlan:
    """The images a Delete would take out (those still in the project) and their dependents."""
    ids = image_ids_to_delete(image_ids)
    dependents = project.trash_dependents(ids)
    missing = set(dependents.missing)
    return DeletionPlan(tuple(i for i in ids if i not in missing), dependents)


def delete_images(
    project: ProjectService, image_ids: Iterable[int], move: MoveFn | None = None
) -> TrashOutcome:
    """Move the images to a trash (`move`, default the project's `.trash/`); rows go after.

    Returns the images taken out (what `restore_images` needs) and those that stayed, each
    with its reason; one that stays never stops the others.

    Raises:
        ProjectReadOnlyError: the project is open read-only (nothing moved).
    """
    outcome = project.trash_images(image_ids_to_delete(image_ids), move)
    if outcome.trashed:
        log.info("moved %d image(s) to the trash", len(outcome.trashed))
    for image_id, reason in outcome.failed:
        log.info("image #%d not moved to the trash: %s", image_id, reason)
    return outcome


def restore_images(project: ProjectService, trashed: Sequence[TrashedImage]) -> RestoreOutcome:
    """Undo `delete_images`: files back from the trash, rows back with their flags and ratings.

    Raises:
        ProjectReadOnlyError: the project is open read-only.
    """
    outcome = project.restore_images(trashed)
    for image_id, reason in outcome.failed:
        log.info("image #%d not put back: %s", image_id, reason)
    return outcome
