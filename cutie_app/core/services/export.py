"""Export a project's images to a plain folder: recipe inside each file, verdict beside it.

For every image: the file itself, with its recipe embedded (PNG iTXt / JPEG XMP, see
`core.provenance`) or, for formats that can't hold one, a `<image>.recipe.json` beside it;
and its rating and pick/reject flag (see `core.xmp_sidecar` for which fields and why) twice:
in an XMP sidecar `<image>.xmp`, which darktable and digiKam read, and embedded in PNG and
JPEG files, where Lightroom and Bridge look.

One image going wrong (its file missing from the project, say) never stops the others: the
report lists what was written and, separately, each image that was not and why.

Existing files in the target folder are never overwritten by a different file. Re-exporting
the same image replaces its earlier export (the embedded rating may have changed) and refreshes
its sidecars, unless another tool has edited that file's metadata since; a different file under
the same name makes the new one `<stem>-2<ext>`.
Blocking (disk and decoding): call it from a worker, not the UI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cutie_app.core.formats.fileio import atomic_write_bytes
from cutie_app.core.formats.provenance import embed_metadata, same_picture, write_sidecar
from cutie_app.core.formats.provenance import sidecar_path as recipe_sidecar_path
from cutie_app.core.formats.xmp_sidecar import XmpFields, verdict_properties, write_xmp_sidecar
from cutie_app.core.formats.xmp_sidecar import sidecar_path as xmp_sidecar_path
from cutie_app.core.i18n import QT_TRANSLATE_NOOP, joined, user_text
from cutie_app.core.model.errors import CutieError, ErrorKind, UserMessage
from cutie_app.core.model.records import ImageRecord
from cutie_app.core.store import Project

#: Tried after the plain name before giving up on an image ("name-2.png" ... "name-999.png").
_MAX_SUFFIX = 999


class Selection(StrEnum):
    ALL = "all"
    PICKS = "picks"
    RATED = "rated"


class RecipePlace(StrEnum):
    EMBEDDED = "embedded"
    SIDECAR = "sidecar"
    OMITTED = "omitted"


class ExportError(CutieError):
    """The export could not start at all (the target folder can't be made)."""


def create_export_folder(folder: Path) -> Path:
    """`folder` (user-expanded), created if needed; ExportError in plain words if it can't be."""
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(
            UserMessage(
                ErrorKind.UNKNOWN,
                QT_TRANSLATE_NOOP("core.export", "Cannot create the export folder"),
                QT_TRANSLATE_NOOP("core.export", "Cutie could not create {folder}.").format(folder=folder),
                QT_TRANSLATE_NOOP("core.export", "Pick another folder, or check its permissions."),
                str(exc),
            )
        ) from exc
    return folder


@dataclass(frozen=True)
class ExportedImage:
    """One image written: where, where its recipe went, and its XMP sidecar.

    `renamed` is True when the project's file name was taken in the target folder by a
    different file, so this one got a `-N` suffix. `note` explains an omitted recipe.
    """

    image_id: int
    file: Path
    recipe: RecipePlace
    recipe_file: Path | None
    xmp: Path
    renamed: bool = False
    note: str = ""


@dataclass(frozen=True)
class ExportProblem:
    """One image that was not exported, and why, in words for the user."""

    image_id: int
    file: str
    message: str


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    exported: tuple[ExportedImage, ...] = ()
    problems: tuple[ExportProblem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every selected image was exported."""
        return not self.problems

    def text(self) -> str:
        """A summary a person can read: counts first, then each image that was not exported."""
        lines = [
            QT_TRANSLATE_NOOP("core.export", "Images exported to {folder}: {count}.").format(
                folder=self.folder, count=len(self.exported)
            )
        ]
        renamed = sum(e.renamed for e in self.exported)
        if renamed:
            lines.append(
                QT_TRANSLATE_NOOP(
                    "core.export",
                    "Renamed so as not to overwrite a different file of the same name: {count}.",
                ).format(count=renamed)
            )
        if self.problems:
            lines.append(
                QT_TRANSLATE_NOOP("core.export", "Images NOT exported: {count}.").format(
                    count=len(self.problems)
                )
            )
            lines += [
                QT_TRANSLATE_NOOP("core.export", "  #{id} {file}: {problem}").format(
                    id=p.image_id, file=p.file, problem=p.message
                )
                for p in self.problems
            ]
        return joined(lines)


def select_images(
    project: Project, selection: Selection | str = Selection.ALL, image_ids: Sequence[int] | None = None
) -> tuple[list[ImageRecord], list[ExportProblem]]:
    """The rows to export, oldest first, plus a problem for each requested id the project lacks.

    `image_ids` narrows the selection to those images (the selection's filter still applies).
    """
    chosen = Selection(selection)
    if chosen is Selection.PICKS:
        records = project.images(flag="pick")
    elif chosen is Selection.RATED:
        records = project.images(min_rating=1)
    else:
        records = project.images()
    records.reverse()  # oldest first: the order they were made in
    problems: list[ExportProblem] = []
    if image_ids is not None:
        wanted = list(dict.fromkeys(image_ids))
        known = {r.id for r in project.images()}
        problems = [
            ExportProblem(i, "", QT_TRANSLATE_NOOP("core.export", "There is no such image in this project."))
            for i in wanted
            if i not in known
        ]
        keep = set(wanted)
        records = [r for r in records if r.id in keep]
    return records, problems


def export_images(
    project: Project,
    folder: Path,
    *,
    selection: Selection | str = Selection.ALL,
    image_ids: Sequence[int] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ExportReport:
    """Export the selected images into `folder` (created if needed); see the module docstring.

    `on_progress(done, total)` is called once before the first image and after each one.

    Raises:
        ExportError: `folder` cannot be created. Per-image failures are in the report instead.
    """
    folder = create_export_folder(folder)
    records, problems = select_images(project, selection, image_ids)
    total = len(records)
    exported: list[ExportedImage] = []
    if on_progress is not None:
        on_progress(0, total)
    for done, record in enumerate(records, start=1):
        try:
            exported.append(_export_one(project, record, folder))
        except _ImageError as problem:
            problems.append(ExportProblem(record.id, record.file, str(problem)))
        if on_progress is not None:
            on_progress(done, total)
    return ExportReport(folder, tuple(exported), tuple(problems))


class _ImageError(Exception):
    """One image could not be exported; the message is for the user."""


def _export_one(project: Project, record: ImageRecord, folder: Path) -> ExportedImage:
    source = project.image_path(record)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise _ImageError(
            QT_TRANSLATE_NOOP(
                "core.export",
                "The image file is missing from the project (images/{file}); restore "
                "it from a backup, then export again.",
            ).format(file=record.file)
        ) from None
    except OSError as exc:
        raise _ImageError(
            QT_TRANSLATE_NOOP("core.export", "The image file could not be read: {error}.").format(
                error=exc.strerror or exc
            )
        ) from exc
    recipe = _recipe_of(record)
    place = RecipePlace.EMBEDDED if recipe else RecipePlace.OMITTED
    note = (
        ""
        if recipe
        else QT_TRANSLATE_NOOP("core.export", "This image has no recipe (it was recovered without one).")
    )
    verdict = verdict_properties(_xmp_fields(record, place, None, recipe))
    try:
        payload = embed_metadata(data, record.mime_type, recipe=recipe or None, properties=verdict)
    except ValueError:  # a format without a place for it (or a damaged file): keep the bytes as they are
        payload = data
        if recipe:
            place = RecipePlace.SIDECAR

    target, renamed = _free_name(folder, Path(record.file).name, payload)
    recipe_file: Path | None = None
    try:
        atomic_write_bytes(target, payload)
        if place is RecipePlace.SIDECAR:
            try:
                recipe_file = write_sidecar(target, recipe)
            except ValueError as exc:  # not writable as JSON, or it holds something key-shaped
                place, note = (
                    RecipePlace.OMITTED,
                    QT_TRANSLATE_NOOP("core.export", "The recipe was left out: {error}.").format(
                        error=user_text(exc)
                    ),
                )
        xmp = write_xmp_sidecar(target, _xmp_fields(record, place, recipe_file, recipe))
    except OSError as exc:
        raise _ImageError(
            QT_TRANSLATE_NOOP("core.export", "Could not write {name}: {error}.").format(
                name=target.name, error=exc.strerror or exc
            )
        ) from exc
    return ExportedImage(record.id, target, place, recipe_file, xmp, renamed, note)


def _recipe_of(record: ImageRecord) -> dict[str, Any]:
    try:
        return record.recipe_dict
    except ValueError:  # a damaged stored recipe: export the image without it
        return {}


def _free_name(folder: Path, name: str, payload: bytes) -> tuple[Path, bool]:
    """Where to write `payload` without overwriting a different file (or a stranger's sidecar).

    A name is usable when nothing by it (nor its sidecars) exists, or when the file there is
    this picture with at most Cutie's own metadata different (a re-export: ours to refresh).
    """
    stem, suffix = Path(name).stem, Path(name).suffix
    for n in range(1, _MAX_SUFFIX + 1):
        candidate = folder / (name if n == 1 else f"{stem}-{n}{suffix}")
        if candidate.exists():
            if candidate.is_file() and _same_picture(candidate, payload):
                return candidate, n > 1
            continue
        if xmp_sidecar_path(candidate).exists() or recipe_sidecar_path(candidate).exists():
            continue
        return candidate, n > 1
    raise _ImageError(
        QT_TRANSLATE_NOOP(
            "core.export", "The export folder already holds {count} different files named like {name}."
        ).format(count=_MAX_SUFFIX, name=name)
    )


def _same_picture(path: Path, payload: bytes) -> bool:
    with contextlib.suppress(OSError):
        # Cutie's metadata is a few KB at most; a bigger difference is another picture.
        if abs(path.stat().st_size - len(payload)) <= 256 * 1024:
            return same_picture(path.read_bytes(), payload)
    return False


def _xmp_fields(
    record: ImageRecord, place: RecipePlace, recipe_file: Path | None, recipe: dict[str, Any]
) -> XmpFields:
    if place is RecipePlace.SIDECAR and recipe_file is not None:
        where = recipe_file.name
    else:
        where = place.value if place is RecipePlace.EMBEDDED else ""
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


def report_rows(report: ExportReport) -> list[dict[str, Any]]:
    """The report as JSON-ready rows, one per image (what `cutie export` prints)."""
    rows: list[dict[str, Any]] = [
        {
            "image_id": e.image_id,
            "file": str(e.file),
            "recipe": e.recipe.value,
            "recipe_file": str(e.recipe_file) if e.recipe_file else None,
            "xmp": str(e.xmp),
            "renamed": e.renamed,
            **({"note": e.note} if e.note else {}),
        }
        for e in report.exported
    ]
    rows += [{"image_id": p.image_id, "file": None, "error": p.message} for p in report.problems]
    return rows
