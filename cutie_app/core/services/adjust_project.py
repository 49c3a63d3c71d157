"""The `AdjustStore` operations over a real project folder, with what today's store offers.

Image rows and files go through `Project` (a derived image is saved like a delivered variant,
with `parent_image_id` set and the parent's scene). The project's LUTs and looks are plain
files beside the database, so they can be read, backed up and shared like the images:

    luts/<sha256>.cube           each .cube file the project's stacks use, named by content
    looks/<name>.look.json       one look per file, its LUTs embedded (see `write_look_file`)

Known difference from a store-native version: `Project.add_variant` also writes a ledger row
for each derived image (cost 0, nothing billed), so image counts in the spending view include
local versions. The spend totals are unaffected.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from cutie_app.core.formats.fileio import atomic_write_bytes
from cutie_app.core.model.adjustments import AdjustmentError, Look, Lut
from cutie_app.core.model.generation import GeneratedImage, Recipe, Variant, VariantStatus
from cutie_app.core.model.records import ImageRecord, ReferenceSlot
from cutie_app.core.services.adjust import AdjustBatchError, LookLibrary
from cutie_app.core.store import Project
from cutie_app.core.system import paths

if TYPE_CHECKING:
    from cutie_app.core.services.projects import ProjectService

LUTS_DIR = "luts"
LOOKS_DIR = "looks"
_SHA256 = re.compile(r"[0-9a-f]{64}")


class ProjectAdjustStore:
    """`AdjustStore` for one open project. Thread-safe as far as `Project` is."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._looks = LookLibrary(project.folder / LOOKS_DIR)

    @classmethod
    def of(cls, service: ProjectService) -> ProjectAdjustStore:
        """The adjust operations of the project a `ProjectService` has open (same connection)."""
        return cls(service._project)

    @property
    def luts_dir(self) -> Path:
        return self.project.folder / LUTS_DIR

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
        parent = self.project.image(parent_image_id)
        variant = Variant(0, VariantStatus.DELIVERED, recipe, images=(GeneratedImage(data, mime_type),))
        (record,) = self.project.add_variant(variant, scene_id=parent.scene_id, parent_image_id=parent.id)
        return record

    def lut_data(self, sha256: str) -> bytes | None:
        if not _SHA256.fullmatch(sha256):
            return None  # a hash from a damaged recipe never becomes a path
        try:
            data = (self.luts_dir / f"{sha256}.cube").read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == sha256 else None

    def save_lut(self, data: bytes, name: str) -> str:
        sha = hashlib.sha256(data).hexdigest()
        if self.lut_data(sha) is None:
            atomic_write_bytes(self.luts_dir / f"{sha}.cube", data)
        return sha

    def looks(self) -> list[Look]:
        """The project's looks, by name; a look file copied in brings its LUTs into the project."""
        found: list[Look] = []
        for name in self._looks.names():
            with contextlib.suppress(AdjustmentError, OSError):
                entry = self._looks.load(name)
                for data in entry.lut_data.values():
                    self.save_lut(data, "")
                found.append(entry.look)
        return sorted(found, key=lambda look: look.name.casefold())

    def save_look(self, look: Look) -> None:
        """Add a look, or replace the one with the same name; its LUTs must be in the project."""
        data: dict[str, bytes] = {}
        for step in look.stack.steps:
            if isinstance(step, Lut):
                found = self.lut_data(step.sha256)
                if found is not None:
                    data[step.sha256] = found
        self._looks.delete(look.name)
        self._looks.save(look, data)

    def delete_look(self, name: str) -> None:
        self._looks.delete(name)


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
            f"The selection {selection!r} is not picks, rated, all or a list of image ids (3,7,12)."
        )
    wanted = list(dict.fromkeys(int(p) for p in parts))
    known = {r.id for r in store.project.images()}
    unknown = [str(i) for i in wanted if i not in known]
    if unknown:
        raise AdjustBatchError(f"This project has no image {', '.join(unknown)}.")
    return wanted


def user_looks() -> LookLibrary:
    """The user's own looks, shared by every project (in Cutie's data folder)."""
    return LookLibrary(paths.data_dir() / LOOKS_DIR)
