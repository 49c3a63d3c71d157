"""The character a request draws: spec, its version, references and the anchor, from a project.

Generation and (later) conversations start from the same question, "who is this?", and must
answer it the same way: the spec given now (saved as a version) or the project's latest, the
references given now or the project's slots, and at most one anchor among them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.errors import ErrorKind, InvalidRequestError, UserMessage
from cutie_app.core.model.references import DEFAULT_KIND, ReferenceImage, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.services.safe_text import safe_text
from cutie_app.core.system.settings import load_settings

if TYPE_CHECKING:
    from cutie_app.core.store import Project


@dataclass(frozen=True)
class Character:
    """Who to draw. `spec_version` is None when the spec is not stored in a project."""

    spec: CharacterSpec | None
    spec_version: int | None
    references: tuple[ReferenceImage, ...]

    @property
    def anchor(self) -> ReferenceImage | None:
        return next((r for r in self.references if r.role is ReferenceRole.ANCHOR), None)

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to say about the character (no spec, no references)."""
        return (self.spec is None or self.spec.is_empty()) and not self.references


def check_single_anchor(references: Sequence[ReferenceImage]) -> None:
    """A request has at most one anchor: two would each claim to be "the" image to match."""
    anchors = [
        r.label or f"reference {n}" for n, r in enumerate(references, 1) if r.role is ReferenceRole.ANCHOR
    ]
    if len(anchors) > 1:
        raise InvalidRequestError(
            UserMessage(
                ErrorKind.INVALID_REQUEST,
                QT_TRANSLATE_NOOP("core.import", "Only one anchor"),
                QT_TRANSLATE_NOOP(
                    "core.import", "{count} references are marked as the anchor ({anchors})."
                ).format(count=len(anchors), anchors=", ".join(anchors)),
                QT_TRANSLATE_NOOP(
                    "core.import", "Keep one anchor and give the others another role, such as identity."
                ),
            )
        )


def safe_reference(ref: ReferenceImage) -> ReferenceImage:
    """The reference with a label that survives UTF-8 (file names need not be valid UTF-8)."""
    label = safe_text(ref.label)
    return ref if label == ref.label else dataclasses.replace(ref, label=label)


class ReferenceLoadError(Exception):
    """A reference file was refused; str() names the file and says why."""


@dataclass(frozen=True)
class LoadedReference:
    """A reference read from a file, and what was changed to make it usable ("scaled down ...")."""

    reference: ReferenceImage
    changes: tuple[str, ...]


def remove_private_metadata() -> bool:
    """The user's choice: strip location and camera data from references before they are sent."""
    return load_settings().remove_reference_metadata


def load_reference(
    path: Path, role: ReferenceRole = ReferenceRole.IDENTITY, *, private: bool | None = None
) -> LoadedReference:
    """Read and normalise a reference image as the models need it, or refuse it in plain words.

    `private`: remove location and camera data (default: the user's setting, on unless turned off).
    """
    label = safe_text(path.name)
    if not path.exists() and not path.is_symlink():
        raise ReferenceLoadError(
            QT_TRANSLATE_NOOP("core.import", "Reference not found: {path}").format(path=safe_text(str(path)))
        )
    strip = remove_private_metadata() if private is None else private
    # Pillow loads with the first reference read, not with every module that plans a batch.
    from cutie_app.core.imaging.reference_import import ImageImportError, import_reference

    try:
        imported = import_reference(path, name=label, remove_private_metadata=strip)
    except ImageImportError as exc:
        raise ReferenceLoadError(str(exc)) from exc
    ref = ReferenceImage(imported.data, imported.mime_type, role, DEFAULT_KIND[role], label, imported.privacy)
    return LoadedReference(ref, tuple(n for n in imported.notes if not n.startswith("kept ")))


def loose_character(spec: CharacterSpec | None, references: Sequence[ReferenceImage] = ()) -> Character:
    """A character outside any project (generating into a plain folder)."""
    refs = tuple(safe_reference(r) for r in references)
    check_single_anchor(refs)
    return Character(spec, None, refs)


def resolve_character(
    project: Project,
    *,
    spec: CharacterSpec | None = None,
    references: Sequence[ReferenceImage] | None = None,
) -> Character:
    """The character for a request in `project` (blocking: reads reference files).

    A `spec` given now is saved as the project's current version (the same spec again is not a
    new version); otherwise the project's latest spec is used, if it has one. `references`
    given now replace the project's slots for this request; otherwise the slots are sent in
    slot order, the anchor among them.
    """
    version: int | None = None
    if spec is not None:
        version = project.save_spec(spec)
    elif (latest := project.spec()) is not None:
        version, spec = latest
    refs = tuple(project.reference_images()) if references is None else tuple(references)
    refs = tuple(safe_reference(r) for r in refs)
    check_single_anchor(refs)
    return Character(spec, version, refs)
