"""What the project store hands out: frozen rows and reports, plus its user-readable errors,
and the gallery's query (the window builds one before any project is open).

Every value here crosses threads (store thread → workers → UI), so all are frozen and hold only
plain values; none keeps a connection, a cursor or an open file.
"""

from __future__ import annotations

import errno
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, joined
from cutie_app.core.model.errors import CutieError, ErrorKind, UserMessage
from cutie_app.core.model.generation import Recipe
from cutie_app.core.model.references import MetadataPrivacy, ReferenceKind, ReferenceRole
from cutie_app.core.model.stacks import StackMode


class ProjectError(CutieError):
    """A project can't be created, opened, read or written; `str()` is a sentence for the user."""

    def __init__(self, title: str, detail: str = "", action: str = "", technical: str = "") -> None:
        # ErrorKind has no storage member (errors.py is not the store's to change); UNKNOWN fits.
        super().__init__(UserMessage(ErrorKind.UNKNOWN, title, detail, action, technical))


class ProjectTooNewError(ProjectError):
    """The project was written by a newer Cutie; it is refused untouched, never downgraded."""


class ProjectDamagedError(ProjectError):
    """project.cutie is not a database Cutie can read (corrupt, truncated, or not SQLite at all).

    Its own type so that `cutie check` can exit 6 ("the project has problems") for it.
    """


class DiskFullError(ProjectError):
    """The disk (or the user's quota) is full: nothing is damaged, something could not be saved."""


class UnsafePathError(ProjectError):
    """A row names a file outside its project folder; the store refuses to touch that file."""


class ProjectReadOnlyError(ProjectError):
    """A change was asked of a project opened read-only (`Project.open(..., read_only=True)`)."""


class ProjectLockedError(ProjectError):
    """Another Cutie process has the project open for writing.

    `pid` and `host` name the holder when it could be read (0 and "" otherwise).
    """

    def __init__(
        self,
        title: str,
        detail: str = "",
        action: str = "",
        technical: str = "",
        *,
        pid: int = 0,
        host: str = "",
    ) -> None:
        super().__init__(title, detail, action, technical)
        self.pid = pid
        self.host = host


def technical_cause(exc: BaseException) -> str:
    """What went wrong underneath, for an error's details: type, error code and message."""
    kind = type(exc).__name__
    if type(exc).__module__ != "builtins":
        kind = f"{type(exc).__module__}.{kind}"
    code = getattr(exc, "sqlite_errorname", None)
    if isinstance(code, str):
        kind += f" {code}"
    elif isinstance(exc, OSError) and exc.errno is not None:
        kind += f" {errno.errorcode.get(exc.errno, str(exc.errno))}"
    return f"{kind}: {exc}"


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
    #: Delivered and billed, but the image could not be saved (`LedgerEntry.detail` says why).
    UNSAVED = "unsaved"
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
    #: What became of its location and camera data on import; None: not known (imported before).
    privacy: MetadataPrivacy | None = None


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
    #: Why, for an UNSAVED call ("The disk is full. ..."); empty otherwise.
    detail: str = ""


@dataclass(frozen=True)
class ImageQuery:
    """Gallery filters; None means "any"."""

    scene_id: int | None = None
    flag: str | None = None
    min_rating: int | None = None
    model: str | None = None
    order: str = "time"
    #: "generated", "conversation" or "adjusted" (where the image came from); None: any.
    source: str | None = None
    #: How the gallery groups what it lists (`core.services.stacks`); the store ignores it.
    stack: StackMode = StackMode.OFF


@dataclass(frozen=True)
class Ledger:
    """Every billed call, the scene names they refer to, and the total (the Spending tab)."""

    entries: tuple[LedgerEntry, ...]
    scenes: dict[int, str]
    spend_usd: float


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
            lines.append(
                QT_TRANSLATE_NOOP(
                    "core.store", "Images recovered that were saved just before Cutie stopped: {count}"
                ).format(count=len(self.recovered))
            )
            lines += [f"  {p}" for p in self.recovered]
        if self.missing:
            lines.append(
                QT_TRANSLATE_NOOP("core.store", "Files missing (their entries are kept): {count}").format(
                    count=len(self.missing)
                )
            )
            lines += [f"  {p}" for p in self.missing]
        return joined(lines) if lines else QT_TRANSLATE_NOOP("core.store", "Nothing to recover.")


@dataclass(frozen=True)
class CheckReport:
    """The result of `Project.check`: database integrity plus files against rows.

    All paths are relative to the project folder. `ok` is True only when every list of
    problems is empty. `unsafe_paths` are rows naming a file outside their folder (never read);
    `foreign_schema` lists schema objects Cutie did not create (a trigger, a view, ...).
    """

    integrity: tuple[str, ...] = ()
    missing_files: tuple[str, ...] = ()
    orphan_files: tuple[str, ...] = ()
    hash_mismatches: tuple[str, ...] = ()
    missing_references: tuple[str, ...] = ()
    images_checked: int = 0
    references_checked: int = 0
    unsafe_paths: tuple[str, ...] = ()
    foreign_schema: tuple[str, ...] = ()
    #: Image files whose save has not committed yet (their recipe sidecar is there): a save in
    #: progress in another process, or one that the next (writable) open will recover. Not a problem.
    pending_files: tuple[str, ...] = ()
    #: Image rows saved twice (same batch, variant and image), ledger rows counted twice (same
    #: response), and image calls in the ledger with no image row: reported, never "fixed".
    duplicate_images: tuple[str, ...] = ()
    duplicate_ledger: tuple[str, ...] = ()
    ledger_without_images: tuple[str, ...] = ()
    #: Billed calls whose image could not be saved (recorded so; not a problem of the project).
    unsaved_calls: tuple[str, ...] = ()
    #: The adjustments' LUTs (luts/) and looks (looks/): entries whose file is gone, and files
    #: that are not what their entry says (a look that does not read, or holds another look).
    missing_luts_and_looks: tuple[str, ...] = ()
    damaged_luts_and_looks: tuple[str, ...] = ()
    luts_checked: int = 0
    looks_checked: int = 0

    def _problems(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(heading, items) of every kind of problem, in the order the report lists them."""
        return (
            ("Database schema not made by Cutie", self.foreign_schema),
            ("Entries naming a file outside the project (not read)", self.unsafe_paths),
            ("Images whose file is missing (entries kept)", self.missing_files),
            ("Reference images whose file is missing", self.missing_references),
            ("LUTs and looks whose file is missing", self.missing_luts_and_looks),
            ("LUT and look files that are not what their entry says", self.damaged_luts_and_looks),
            ("Files with no entry in the project", self.orphan_files),
            ("Files changed since they were saved (SHA-256 differs)", self.hash_mismatches),
            ("Images entered twice", self.duplicate_images),
            ("Billed calls entered twice in the ledger", self.duplicate_ledger),
            ("Billed image calls with no image in the project", self.ledger_without_images),
        )

    @property
    def ok(self) -> bool:
        return not self.integrity and not any(items for _, items in self._problems())

    def text(self) -> str:
        """A report a person can read (and `cutie check` prints)."""
        problems = len(self.integrity) + sum(len(items) for _, items in self._problems())
        head = "Project check: OK" if self.ok else f"Project check: {problems} problem(s)"
        lines = [
            head,
            f"Checked {self.images_checked} image(s), {self.references_checked} reference(s), "
            f"{self.luts_checked} LUT(s) and {self.looks_checked} look(s).",
            "Database integrity: " + ("ok" if not self.integrity else "DAMAGED"),
        ]
        lines += [f"  {line}" for line in self.integrity]
        for title, items in self._problems():
            if items:
                lines.append(f"{title}:")
                lines += [f"  {item}" for item in items]
        if self.pending_files:
            lines.append("Being saved, or recovered the next time the project is opened (not a problem):")
            lines += [f"  {item}" for item in self.pending_files]
        if self.unsaved_calls:
            lines.append("Billed, but the image could not be saved (recorded in the ledger):")
            lines += [f"  {item}" for item in self.unsaved_calls]
        return "\n".join(lines)
