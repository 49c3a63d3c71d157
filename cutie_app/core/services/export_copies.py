"""Export copies for use outside Cutie: which images, in which format and size, named how.

The Export dialog and scripts call this; `services.export` (what `cutie export` runs) keeps
writing the project's files as they are, byte for byte. Here each image is re-encoded:

- **Which:** the selected images, the picks, those rated at least N stars, or all. Rejected
  images are left out unless `include_rejects` asks for them, whatever the scope.
- **Format and size:** PNG, JPEG (with a quality) or WebP; a long edge in pixels (never enlarged).
- **Names:** a pattern such as `{project}-{n}` (see `NAME_FIELDS`); a name already taken in the
  folder gets `-2`, `-3`... Nothing in the folder is ever overwritten.
- **Metadata:** `RECIPE` embeds the recipe (PNG, JPEG; WebP gets a `.recipe.json` beside it)
  and writes the rating/flag XMP sidecar, as `cutie export` does. `CLIENT` is a copy to hand
  over: no recipe, no prompt, no sidecar, but tagged as AI-generated (IPTC DigitalSourceType
  trainedAlgorithmicMedia in the file's XMP).

The work is split so the UI can keep the project's store thread free: `plan_export` reads the
project (quick), `write_copies` does the pixel work from the planned files (slow, in a worker,
with progress and cancel). `export_copies` does both, for scripts.
"""

from __future__ import annotations

import re
import string
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cutie_app import __version__
from cutie_app.core.formats.fileio import atomic_write_bytes
from cutie_app.core.formats.provenance import embed_metadata, write_sidecar
from cutie_app.core.formats.xmp_sidecar import XmpFields, verdict_properties, write_xmp_sidecar
from cutie_app.core.formats.xmp_sidecar import sidecar_path as xmp_sidecar_path
from cutie_app.core.i18n import QT_TRANSLATE_NOOP, joined, user_text
from cutie_app.core.imaging.export_render import CopyFormat, ai_generated_xmp, render_copy
from cutie_app.core.model.records import ImageRecord
from cutie_app.core.services.export import create_export_folder

if TYPE_CHECKING:
    from cutie_app.core.services.projects import ProjectService

__all__ = [
    "CopyFormat",
    "CopyMetadata",
    "CopyOptions",
    "CopyReport",
    "ExportPlan",
    "Scope",
    "export_copies",
    "plan_export",
    "write_copies",
]

#: The fields a naming pattern may use, and what they stand for.
NAME_FIELDS = {
    "project": QT_TRANSLATE_NOOP("core.export", "the project's name"),
    "n": QT_TRANSLATE_NOOP("core.export", "the position in this export, 1, 2, 3... (zero-padded)"),
    "id": QT_TRANSLATE_NOOP("core.export", "the image's number in the project"),
    "scene": QT_TRANSLATE_NOOP("core.export", "the image's scene"),
    "rating": QT_TRANSLATE_NOOP("core.export", "its stars, 0-5"),
    "date": QT_TRANSLATE_NOOP("core.export", "the day it was made, 2026-03-01"),
    "name": QT_TRANSLATE_NOOP("core.export", "its file name in the project, without the extension"),
}
DEFAULT_PATTERN = "{project}-{n}"
_MAX_NAME = 120
_MAX_SUFFIX = 999
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


class Scope(StrEnum):
    SELECTED = "selected"
    PICKS = "picks"
    RATED = "rated"
    ALL = "all"


class CopyMetadata(StrEnum):
    RECIPE = "recipe"
    CLIENT = "client"


@dataclass(frozen=True)
class CopyOptions:
    """Everything the Export dialog asks; the defaults export every image as full-size PNG."""

    scope: Scope = Scope.ALL
    image_ids: tuple[int, ...] = ()  # for SELECTED
    min_rating: int = 1  # for RATED
    include_rejects: bool = False
    format: CopyFormat = CopyFormat.PNG
    quality: int = 90  # JPEG and WebP
    long_edge: int | None = None  # None: full size
    pattern: str = DEFAULT_PATTERN
    metadata: CopyMetadata = CopyMetadata.RECIPE

    def __post_init__(self) -> None:
        if not 1 <= self.quality <= 100:
            raise ValueError("quality must be 1-100")
        if not 1 <= self.min_rating <= 5:
            raise ValueError("the minimum rating must be 1-5 stars")
        if self.long_edge is not None and self.long_edge < 16:
            raise ValueError("the long edge must be at least 16 pixels")
        problem = pattern_problem(self.pattern)
        if problem:
            raise ValueError(problem)


@dataclass(frozen=True)
class PlannedImage:
    record: ImageRecord
    path: Path
    scene: str


@dataclass(frozen=True)
class ExportPlan:
    """What `plan_export` found: the images to write, in order, and what was left out."""

    project_name: str
    images: tuple[PlannedImage, ...]
    skipped_rejects: int = 0
    missing_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CopyProblem:
    image_id: int
    message: str


@dataclass(frozen=True)
class CopyReport:
    folder: Path
    written: tuple[Path, ...] = ()
    problems: tuple[CopyProblem, ...] = ()
    skipped_rejects: int = 0
    cancelled: bool = False
    sidecars: tuple[Path, ...] = field(default=())

    def text(self) -> str:
        """A summary a person can read: what was written, then what was not and why."""
        lines = [
            QT_TRANSLATE_NOOP("core.export", "Images exported to {folder}: {count}.").format(
                folder=self.folder, count=len(self.written)
            )
        ]
        if self.skipped_rejects:
            lines.append(
                QT_TRANSLATE_NOOP("core.export", "Rejected images left out: {count}.").format(
                    count=self.skipped_rejects
                )
            )
        if self.cancelled:
            lines.append(
                QT_TRANSLATE_NOOP(
                    "core.export", "Cancelled before the end; the files written so far are kept."
                )
            )
        if self.problems:
            lines.append(
                QT_TRANSLATE_NOOP("core.export", "Images NOT exported: {count}.").format(
                    count=len(self.problems)
                )
            )
            lines += [
                QT_TRANSLATE_NOOP("core.export", "  #{id}: {problem}").format(
                    id=p.image_id, problem=p.message
                )
                for p in self.problems
            ]
        return joined(lines)


def pattern_problem(pattern: str) -> str:
    """Why `pattern` cannot name files ('' when it can)."""
    if not pattern.strip():
        return QT_TRANSLATE_NOOP("core.export", "The naming pattern is empty.")
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
    except ValueError:
        return QT_TRANSLATE_NOOP(
            "core.export", "The naming pattern has an unmatched {open} or {close}."
        ).format(open="{", close="}")
    unknown = [n for n in names if n not in NAME_FIELDS]
    if unknown:
        known = ", ".join("{" + n + "}" for n in NAME_FIELDS)
        return QT_TRANSLATE_NOOP(
            "core.export", "The naming pattern uses {field}, which Cutie does not know; use {known}."
        ).format(field="{" + unknown[0] + "}", known=known)
    if "n" not in names and "id" not in names and "name" not in names:
        return QT_TRANSLATE_NOOP(
            "core.export",
            "The naming pattern needs {n}, {id} or {name}, so that every image gets its own name.",
        )
    return ""


def file_stem(pattern: str, values: dict[str, Any]) -> str:
    """The pattern filled in and made safe as a file name on every system."""
    text = pattern.format(**values)
    text = _UNSAFE.sub("_", text).strip().strip(".")
    return (text or "image")[:_MAX_NAME].rstrip()


def plan_export(project: ProjectService, options: CopyOptions) -> ExportPlan:
    """Read which images to export (newest project state), oldest first."""
    records = list(reversed(project.images()))  # oldest first: the order they were made in
    missing: tuple[int, ...] = ()
    if options.scope is Scope.SELECTED:
        known = {r.id: r for r in records}
        wanted = list(dict.fromkeys(options.image_ids))
        missing = tuple(i for i in wanted if i not in known)
        order = {image_id: n for n, image_id in enumerate(wanted)}
        records = sorted((known[i] for i in wanted if i in known), key=lambda r: order[r.id])
    elif options.scope is Scope.PICKS:
        records = [r for r in records if r.flag == "pick"]
    elif options.scope is Scope.RATED:
        records = [r for r in records if r.rating >= options.min_rating]
    rejects = [r for r in records if r.flag == "reject"]
    if not options.include_rejects:
        records = [r for r in records if r.flag != "reject"]
    scenes = {s.id: s.text for s in project.scenes()}
    planned = tuple(
        PlannedImage(r, project.image_path(r), scenes.get(r.scene_id, "") if r.scene_id is not None else "")
        for r in records
    )
    skipped = 0 if options.include_rejects else len(rejects)
    return ExportPlan(project.name, planned, skipped, missing)


def write_copies(
    plan: ExportPlan,
    folder: Path,
    options: CopyOptions,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> CopyReport:
    """Write the planned images into `folder` (created if needed); one failure never stops the rest.

    `on_progress(done, total)` is called before the first image and after each one; `cancel`
    stops before the next image (what was written stays).

    Raises:
        CutieError: the folder cannot be created.
    """
    folder = create_export_folder(folder)  # ExportError is a CutieError
    total = len(plan.images)
    width = max(2, len(str(total)))
    written: list[Path] = []
    sidecars: list[Path] = []
    problems = [
        CopyProblem(i, QT_TRANSLATE_NOOP("core.export", "There is no such image in this project."))
        for i in plan.missing_ids
    ]
    if on_progress is not None:
        on_progress(0, total)
    cancelled = False
    for n, planned in enumerate(plan.images, start=1):
        if cancel is not None and cancel.is_set():
            cancelled = True
            break
        values = _name_values(plan.project_name, planned, n, width)
        try:
            target, extra = _write_one(planned, folder, file_stem(options.pattern, values), options)
        except _CopyError as problem:
            problems.append(CopyProblem(planned.record.id, str(problem)))
        else:
            written.append(target)
            sidecars += extra
        if on_progress is not None:
            on_progress(n, total)
    return CopyReport(
        folder, tuple(written), tuple(problems), plan.skipped_rejects, cancelled, tuple(sidecars)
    )


def export_copies(
    project: ProjectService,
    folder: Path,
    options: CopyOptions,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> CopyReport:
    """`plan_export` then `write_copies` (blocking: disk and pixels)."""
    return write_copies(
        plan_export(project, options), folder, options, on_progress=on_progress, cancel=cancel
    )


class _CopyError(Exception):
    """One image could not be exported; the message is for the user."""


def _name_values(project_name: str, planned: PlannedImage, n: int, width: int) -> dict[str, Any]:
    record = planned.record
    return {
        "project": project_name,
        "n": str(n).zfill(width),
        "id": record.id,
        "scene": planned.scene or "no scene",
        "rating": record.rating,
        "date": record.created_at[:10],
        "name": Path(record.file).stem,
    }


def _write_one(
    planned: PlannedImage, folder: Path, stem: str, options: CopyOptions
) -> tuple[Path, list[Path]]:
    record = planned.record
    try:
        data = planned.path.read_bytes()
    except FileNotFoundError:
        raise _CopyError(
            QT_TRANSLATE_NOOP(
                "core.export",
                "The image file is missing from the project (images/{file}); restore "
                "it from a backup, then export again.",
            ).format(file=record.file)
        ) from None
    except OSError as exc:
        raise _CopyError(
            QT_TRANSLATE_NOOP("core.export", "The image file could not be read: {error}.").format(
                error=exc.strerror or exc
            )
        ) from exc
    client = options.metadata is CopyMetadata.CLIENT
    xmp = ai_generated_xmp(f"Cutie {__version__}", record.created_at) if client else None
    try:
        copy = render_copy(
            data, options.format, quality=options.quality, long_edge=options.long_edge, xmp=xmp
        )
    except ValueError as exc:
        raise _CopyError(
            QT_TRANSLATE_NOOP("core.export", "The image could not be converted: {error}.").format(
                error=user_text(exc)
            )
        ) from exc
    payload = copy.data
    recipe = {} if client else _recipe_of(record)
    recipe_in_file = False
    if recipe and options.format is not CopyFormat.WEBP:
        try:
            payload = embed_metadata(
                payload, copy.mime_type, recipe=recipe, properties=_verdict(record, "embedded")
            )
            recipe_in_file = True
        except ValueError:
            recipe_in_file = False
    target = _free_name(folder, stem, options.format.suffix)
    extra: list[Path] = []
    try:
        atomic_write_bytes(target, payload)
        if not client:
            where = "embedded" if recipe_in_file else ""
            if recipe and not recipe_in_file:
                try:
                    recipe_file = write_sidecar(target, recipe)
                except ValueError:
                    recipe_file = None
                if recipe_file is not None:
                    extra.append(recipe_file)
                    where = recipe_file.name
            extra.append(write_xmp_sidecar(target, _fields(record, where)))
    except OSError as exc:
        raise _CopyError(
            QT_TRANSLATE_NOOP("core.export", "Could not write {name}: {error}.").format(
                name=target.name, error=exc.strerror or exc
            )
        ) from exc
    return target, extra


def _recipe_of(record: ImageRecord) -> dict[str, Any]:
    try:
        return record.recipe_dict
    except ValueError:  # a damaged stored recipe: export the picture without it
        return {}


def _fields(record: ImageRecord, where: str) -> XmpFields:
    recipe = _recipe_of(record)
    return XmpFields(
        rating=record.rating,
        flag=record.flag,
        created_at=record.created_at,
        model=record.model,
        response_id=str(recipe.get("response_id") or ""),
        batch_id=record.batch_id,
        source_sha256=record.sha256,
        recipe=where,
    )


def _verdict(record: ImageRecord, where: str) -> list[tuple[str, str]]:
    return verdict_properties(_fields(record, where))


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """The first `stem[-N]suffix` in `folder` that is free, with no sidecar of another file."""
    for n in range(1, _MAX_SUFFIX + 1):
        candidate = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        if not candidate.exists() and not xmp_sidecar_path(candidate).exists():
            return candidate
    raise _CopyError(
        QT_TRANSLATE_NOOP(
            "core.export", "The export folder already holds {count} files named like {stem}{suffix}."
        ).format(count=_MAX_SUFFIX, stem=stem, suffix=suffix)
    )


def describe_fields() -> list[tuple[str, str]]:
    """("{field}", meaning) for the dialog's help text."""
    return [("{" + name + "}", meaning) for name, meaning in NAME_FIELDS.items()]


def planned_ids(plan: ExportPlan) -> Sequence[int]:
    return [p.record.id for p in plan.images]
