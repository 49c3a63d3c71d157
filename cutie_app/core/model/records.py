"""What the project store hands out: frozen rows and reports, plus its user-readable errors.

Every value here crosses threads (store thread → workers → UI), so all are frozen and hold only
plain values; none keeps a connection, a cursor or an open file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cutie_app.core.model.errors import CutieError, ErrorKind, UserMessage
from cutie_app.core.model.generation import Recipe
from cutie_app.core.model.references import ReferenceKind, ReferenceRole


class ProjectError(CutieError):
    """A project can't be created, opened, read or written; `str()` is a sentence for the user."""

    def __init__(self, title: str, detail: str = "", action: str = "", technical: str = "") -> None:
        # ErrorKind has no storage member (errors.py is not the store's to change); UNKNOWN fits.
        super().__init__(UserMessage(ErrorKind.UNKNOWN, title, detail, action, technical))


class ProjectTooNewError(ProjectError):
    """The project was written by a newer Cutie; it is refused untouched, never downgraded."""


class ImageFlag(StrEnum):
    """The illustrator's verdict on an image (a plain str, so `"pick"` works everywhere)."""

    NONE = "none"
    PICK = "pick"
    REJECT = "reject"


class LedgerOutcome(StrEnum):
    IMAGE = "image"
    BLOCKED = "blocked"
    TEXT_ONLY = "text_only"
    ERROR = "error"
    #: The call reached Google but its answer never (fully) arrived: "outcome unknown, may be billed".
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ImageRecord:
    """One generated or edited image: its row, never its bytes (see `Project.image_path`).

    `file` is the name inside `images/`. `width`/`height` are None when Pillow can't read the
    header. `status` is the variant status ("delivered", ...) or "recovered" for a file found
    without a row and no sidecar. `recipe_json` is the recipe exactly as stored.
    """

    id: int
    file: str
    sha256: str
    mime_type: str
    width: int | None
    height: int | None
    created_at: str
    batch_id: str
    variant_index: int
    image_index: int
    scene_id: int | None
    model: str
    spec_version: int | None
    status: str
    flag: str
    rating: int
    recipe_json: str
    parent_image_id: int | None
    conversation_id: str | None
    turn_id: str | None

    @property
    def recipe_dict(self) -> dict[str, Any]:
        """The stored recipe as a dict ({} for a recovered image without a sidecar)."""
        data = json.loads(self.recipe_json or "{}")
        return data if isinstance(data, dict) else {}

    def recipe(self) -> Recipe | None:
        """The recipe as a value, or None when it is missing or can't be read any more."""
        data = self.recipe_dict
        if not data:
            return None
        try:
            return Recipe.from_dict(data)
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class ReferenceSlot:
    """One reference slot: a file in `references/` with its role, in slot order.

    `is_anchor` is true exactly when `role` is ANCHOR; there is at most one anchor slot.
    `source_image_id` links a promoted image back to the generated image it came from.
    """

    id: int
    file: str
    sha256: str
    mime_type: str
    role: ReferenceRole
    kind: ReferenceKind
    label: str
    position: int
    is_anchor: bool
    source_image_id: int | None
    created_at: str


@dataclass(frozen=True)
class SceneRecord:
    id: int
    text: str
    position: int
    created_at: str


@dataclass(frozen=True)
class LedgerEntry:
    """One call that reached the service (and so may have been billed)."""

    id: int
    created_at: str
    model: str
    image_size: str | None
    prompt_tokens: int
    output_tokens: int
    thoughts_tokens: int
    images: int
    estimated_usd: float
    actual_usd: float | None
    outcome: str
    batch_id: str
    scene_id: int | None
    conversation_id: str | None
    response_id: str


@dataclass(frozen=True)
class RecoveryReport:
    """What `Project.open` repaired or found: paths relative to the project folder.

    `recovered`: image files that had no row and got one. `missing`: rows whose file is gone
    (kept, never deleted). `removed_temp`: leftover temp files and recipe sidecars cleaned up.
    """

    recovered: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    removed_temp: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        """True when open found nothing worth telling the user."""
        return not (self.recovered or self.missing)

    def text(self) -> str:
        lines: list[str] = []
        if self.recovered:
            lines.append(f"Recovered {len(self.recovered)} image(s) saved just before Cutie stopped:")
            lines += [f"  {p}" for p in self.recovered]
        if self.missing:
            lines.append(f"{len(self.missing)} file(s) are missing (their entries are kept):")
            lines += [f"  {p}" for p in self.missing]
        return "\n".join(lines) if lines else "Nothing to recover."


@dataclass(frozen=True)
class CheckReport:
    """The result of `Project.check`: database integrity plus files against rows.

    All paths are relative to the project folder. `ok` is True only when every list is empty.
    """

    integrity: tuple[str, ...] = ()
    missing_files: tuple[str, ...] = ()
    orphan_files: tuple[str, ...] = ()
    hash_mismatches: tuple[str, ...] = ()
    missing_references: tuple[str, ...] = ()
    images_checked: int = 0
    references_checked: int = 0

    @property
    def ok(self) -> bool:
        return not (
            self.integrity
            or self.missing_files
            or self.orphan_files
            or self.hash_mismatches
            or self.missing_references
        )

    def text(self) -> str:
        """A report a person can read (and `cutie check` prints)."""
        problems = (
            len(self.integrity)
            + len(self.missing_files)
            + len(self.orphan_files)
            + len(self.hash_mismatches)
            + len(self.missing_references)
        )
        head = "Project check: OK" if self.ok else f"Project check: {problems} problem(s)"
        lines = [
            head,
            f"Checked {self.images_checked} image(s) and {self.references_checked} reference(s).",
            "Database integrity: " + ("ok" if not self.integrity else "DAMAGED"),
        ]
        lines += [f"  {line}" for line in self.integrity]
        sections = (
            ("Images whose file is missing (entries kept)", self.missing_files),
            ("Reference images whose file is missing", self.missing_references),
            ("Files with no entry in the project", self.orphan_files),
            ("Files changed since they were saved (SHA-256 differs)", self.hash_mismatches),
        )
        for title, items in sections:
            if items:
                lines.append(f"{title}:")
                lines += [f"  {item}" for item in items]
        return "\n".join(lines)
