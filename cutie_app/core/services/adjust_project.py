"""The `AdjustStore` operations over a real project folder: `Project` keeps all of it.

A derived (adjusted) image is saved with `Project.add_derived_image`: a child of its source, with
no ledger row, since nothing was billed. The project's LUTs and looks are store data too, rows
naming files beside the database, so they travel in `.cutiepack` files and `check` knows them:

    luts/<sha256>.cube           each .cube file the project's stacks use, named by content
    looks/<name>.look.json       one look per file, its LUTs embedded (the user's look format)
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.adjustments import Look, Lut
from cutie_app.core.model.generation import Recipe
from cutie_app.core.model.records import ImageRecord, ReferenceSlot
from cutie_app.core.services.adjust import AdjustBatchError, LookLibrary
from cutie_app.core.store import Project
from cutie_app.core.store.project import LOOKS_DIR
from cutie_app.core.system import paths

if TYPE_CHECKING:
    from cutie_app.core.services.projects import ProjectService


class ProjectAdjustStore:
    """`AdjustStore` for one open project. Thread-safe as far as `Project` is."""

    def __init__(self, project: Project) -> None:
        self.project = project

    @classmethod
    def of(cls, service: ProjectService) -> ProjectAdjustStore:
        """The adjust operations of the project a `ProjectService` has open (same connection)."""
        return service.adjust_store()

    def image(self, image_id: int) -> ImageRecord:
        return self.project.image(image_id)

    def image_path(self, record: ImageRecord) -> Path:
        return self.project.image_path(record)

    def references(self) -> list[ReferenceSlot]:
        return self.project.references()

    def reference_path(self, slot: ReferenceSlot) -> Path:
        return self.project.reference_path(slot)

    def add_derived_image(
        self, parent_image_id: int, data: bytes, mime_type: str, recipe: Recipe
    ) -> ImageRecord:
        return self.project.add_derived_image(parent_image_id, data, mime_type, recipe)

    def lut_data(self, sha256: str) -> bytes | None:
        return self.project.lut_data(sha256)

    def save_lut(self, data: bytes, name: str) -> str:
        return self.project.save_lut(data, name)

    def looks(self) -> list[Look]:
        """The project's looks, by name; a look whose LUT went missing brings it back."""
        return self.project.looks()

    def save_look(self, look: Look) -> None:
        """Add a look, or replace the one with the same name; its LUTs must be in the project.

        Raises:
            AdjustBatchError: a LUT the look uses is not in the project.
        """
        for step in look.stack.steps:
            if isinstance(step, Lut) and self.project.lut_data(step.sha256) is None:
                raise AdjustBatchError(
                    QT_TRANSLATE_NOOP(
                        "core.adjust", "The look uses the LUT “{name}”, which is not available."
                    ).format(name=step.name or step.sha256[:12])
                )
        self.project.save_look(look)

    def delete_look(self, name: str) -> None:
        self.project.delete_look(name)


@contextlib.contextmanager
def opened_adjust_project(folder: Path) -> Iterator[ProjectAdjustStore]:
    """`with opened_adjust_project(folder) as store:` for commands that open, adjust and close.

    Raises:
        ProjectError: not a project, damaged, too new, or held by another process.
    """
    project = Project.open(Path(folder).expanduser())
    try:
        yield ProjectAdjustStore(project)
    finally:
        project.close()


#: The named selections `select_image_ids` understands (anything else is a list of ids).
SELECTIONS = ("all", "picks", "rated")


def select_image_ids(store: ProjectAdjustStore, selection: str) -> list[int]:
    """Image ids, oldest first: "all", "picks", "rated" (1+ stars), or ids such as "3,7,12".

    Raises:
        AdjustBatchError: the text is neither, or names an image the project lacks.
    """
    text = selection.strip().lower()
    if text in SELECTIONS:
        if text == "picks":
            records = store.project.images(flag="pick")
        elif text == "rated":
            records = store.project.images(min_rating=1)
        else:
            records = store.project.images()
        return [r.id for r in reversed(records)]  # oldest first: the order they were made in
    parts = [p for p in re.split(r"[\s,]+", text) if p]
    if not parts or not all(p.isdigit() for p in parts):
        raise AdjustBatchError(
            QT_TRANSLATE_NOOP(
                "core.adjust",
                "The selection {selection!r} is not picks, rated, all or a list of image ids (3,7,12).",
            ).format(selection=selection)
        )
    wanted = list(dict.fromkeys(int(p) for p in parts))
    known = {r.id for r in store.project.images()}
    unknown = [str(i) for i in wanted if i not in known]
    if unknown:
        raise AdjustBatchError(
            QT_TRANSLATE_NOOP("core.adjust", "This project has no image {ids}.").format(
                ids=", ".join(unknown)
            )
        )
    return wanted


def user_looks() -> LookLibrary:
    """The user's own looks, shared by every project (in Cutie's data folder)."""
    return LookLibrary(paths.data_dir() / LOOKS_DIR)
