"""Saving what a generation delivered, so that a billed image is never lost silently.

A delivered variant was paid for. If it cannot be saved where it belongs (the disk is full,
the folder is read-only, a name cannot be written), its bytes go to a rescue folder in Cutie's
data folder first, and the outcome says so: `SaveStatus.NOT_SAVED` with the reason and where the
rescued files are. In a project the ledger still records the call (`Project.record_unsaved`).
Every function here catches what saving can throw and never raises: a save that fails must
become a result, not a log line in a network thread.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cutie_app.core.formats.fileio import atomic_write_bytes
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.errors import CutieError
from cutie_app.core.model.generation import Recipe, Variant
from cutie_app.core.model.records import ImageRecord
from cutie_app.core.services.safe_text import is_utf8_safe, json_line, safe_text
from cutie_app.core.system import paths

if TYPE_CHECKING:
    from cutie_app.core.store import Project

log = logging.getLogger("cutie.services")


class SaveStatus(StrEnum):
    SAVED = "saved"
    #: Delivered (and so billed) but not saved where it belongs; see `reason` and `rescued`.
    NOT_SAVED = "not_saved"
    #: Nothing to save: blocked, failed or cancelled (the ledger still has a billed call).
    NOTHING = "nothing"


@dataclass(frozen=True)
class SavedVariant:
    """What became of one variant: its files, or why it could not be saved and where it went.

    `files` are the saved images (in the project or the folder); `image_ids` the project rows;
    `recipe_file` the recipe written beside a folder image. For NOT_SAVED, `reason` says why in
    plain words and `rescued` lists copies of the image bytes in the rescue folder (empty when
    even that failed: then the bytes only live in `variant`).
    """

    variant: Variant
    status: SaveStatus
    files: tuple[Path, ...] = ()
    image_ids: tuple[int, ...] = ()
    recipe_file: Path | None = None
    reason: str = ""
    rescued: tuple[Path, ...] = ()

    @property
    def saved(self) -> bool:
        return self.status is SaveStatus.SAVED

    @property
    def lost(self) -> bool:
        """Delivered but not saved: the user paid for something that is not where it belongs."""
        return self.status is SaveStatus.NOT_SAVED


def _reason(exc: BaseException) -> str:
    if isinstance(exc, CutieError):
        return exc.message.text()
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return f"{type(exc).__name__}: {exc}"


def safe_variant(variant: Variant) -> Variant:
    """The variant with every recipe text made valid UTF-8 (labels from odd file names, say).

    Unchanged (the same object) when it already is; otherwise rebuilt through the recipe's own
    dict form, so every field is cleaned the same way.
    """
    recipe = variant.recipe.to_dict()
    if is_utf8_safe(json.dumps(recipe, ensure_ascii=False)):
        return variant
    return dataclasses.replace(variant, recipe=Recipe.from_dict(_clean(recipe)))


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, dict):
        return {safe_text(str(k)): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def rescue(
    variant: Variant, *, writer: Callable[[Path, bytes], None] = atomic_write_bytes
) -> tuple[Path, ...]:
    """Copy a variant's images and recipe into the rescue folder; () when that fails too."""
    folder = paths.rescue_dir()
    recipe = variant.recipe
    base = f"{recipe.batch_id or 'turn'}-v{variant.index + 1:02d}"
    out: list[Path] = []
    try:
        for n, image in enumerate(variant.images):
            target = folder / f"{base}-{n + 1}-{image.sha256[:12]}{image.extension}"
            writer(target, image.data)
            out.append(target)
        if out:
            writer(folder / f"{base}.recipe.json", (json_line(recipe.to_dict()) + "\n").encode("utf-8"))
    except Exception as exc:  # the last resort failed too: say so, keep going
        log.error("could not rescue variant %d of batch %s: %s", variant.index, recipe.batch_id, exc)
    return tuple(out)


def _not_saved(variant: Variant, exc: BaseException, **rescue_options: Any) -> SavedVariant:
    reason = _reason(exc)
    rescued = rescue(variant, **rescue_options)
    if rescued:
        reason = QT_TRANSLATE_NOOP("core.generate", "{reason} A copy was kept in {folder}.").format(
            reason=reason, folder=rescued[0].parent
        )
    else:
        reason = QT_TRANSLATE_NOOP("core.generate", "{reason} Cutie could not keep a copy anywhere.").format(
            reason=reason
        )
    return SavedVariant(variant, SaveStatus.NOT_SAVED, reason=reason, rescued=rescued)


def save_into_project(
    project: Project,
    variant: Variant,
    *,
    scene_id: int | None = None,
    conversation_id: str | None = None,
    turn_id: str | None = None,
    rescue_writer: Callable[[Path, bytes], None] = atomic_write_bytes,
) -> SavedVariant:
    """Save a variant's images and ledger row into `project`; never raises (see the module doc)."""
    variant = safe_variant(variant)
    try:
        records: Sequence[ImageRecord] = project.add_variant(
            variant, scene_id=scene_id, conversation_id=conversation_id, turn_id=turn_id
        )
    except Exception as exc:
        if not variant.images:  # nothing to lose but the ledger row
            _record_unsaved(project, variant, _reason(exc))
            return SavedVariant(variant, SaveStatus.NOTHING, reason=_reason(exc))
        outcome = _not_saved(variant, exc, writer=rescue_writer)
        _record_unsaved(project, variant, outcome.reason)
        return outcome
    if not variant.images:
        return SavedVariant(variant, SaveStatus.NOTHING)
    return SavedVariant(
        variant,
        SaveStatus.SAVED,
        files=tuple(project.image_path(r) for r in records),
        image_ids=tuple(r.id for r in records),
    )


def _record_unsaved(project: Project, variant: Variant, reason: str) -> None:
    try:
        project.record_unsaved(variant, reason)
    except Exception:
        log.exception("the ledger could not record a billed call (batch %s)", variant.recipe.batch_id)


def slug(text: str) -> str:
    """A short ASCII file-name stem from any text ("image" when nothing is left)."""
    stem = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return stem[:40].rstrip("-") or "image"


def save_into_folder(
    folder: Path,
    stem: str,
    variant: Variant,
    *,
    writer: Callable[[Path, bytes], None] = atomic_write_bytes,
    rescue_writer: Callable[[Path, bytes], None] = atomic_write_bytes,
) -> SavedVariant:
    """Write a variant's images and `<name>.recipe.json` (with its outcome) into a plain folder.

    Written as each variant arrives, so a crash loses nothing delivered. A variant without
    images still gets its recipe file: it records a call that may have been billed. Never raises.
    """
    variant = safe_variant(variant)
    base = f"{stem}-{variant.recipe.batch_id}-v{variant.index + 1:02d}"
    files: list[Path] = []
    try:
        for n, image in enumerate(variant.images):
            target = folder / (base + (f"-{n + 1}" if n else "") + image.extension)
            writer(target, image.data)
            files.append(target)
        recipe = variant.recipe.to_dict()
        recipe["files"] = [f.name for f in files]
        recipe["outcome"] = {
            "status": variant.status.value,
            "finish_reason": variant.finish_reason,
            "text": variant.text,
            "error": variant.error.to_dict() if variant.error else None,
        }
        recipe_file = folder / f"{base}.recipe.json"
        writer(recipe_file, (json.dumps(recipe, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    except Exception as exc:
        if not variant.images:
            return SavedVariant(variant, SaveStatus.NOTHING, reason=_reason(exc))
        outcome = _not_saved(variant, exc, writer=rescue_writer)
        return dataclasses.replace(outcome, files=tuple(files))
    status = SaveStatus.SAVED if variant.images else SaveStatus.NOTHING
    return SavedVariant(variant, status, files=tuple(files), recipe_file=recipe_file)
