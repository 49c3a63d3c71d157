"""Pictures at the size a screen shows them, read from their previews when those hold enough.

The comparator and the loupe call `load_for_screen` from their decode workers. It reads a
picture's preview (a JPEG of at most 2048 px kept in the project's `.cache/previews/`, see
`core.imaging.previews`) when the screen needs no more pixels than the preview has, and the
original otherwise. A preview that is missing or damaged is never shown: the original is
decoded instead, and the preview to write in its place comes back with the picture, so the
caller can save it (`save_preview`) after the picture is on screen. Blocking, thread-safe,
never on the UI thread.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from cutie_app.core.formats.fileio import atomic_write_with
from cutie_app.core.imaging.previews import (
    DECODE_ERRORS,
    PREVIEW_EDGE,
    PreviewError,
    decode_oriented,
    fit_within,
    open_preview,
    preview_pixels,
    write_preview,
)

log = logging.getLogger("cutie.services")


@dataclass(frozen=True)
class PreviewFile:
    """Where the preview of one picture is kept (the file may not exist yet).

    Attributes:
        path: the preview's place in the project (`.cache/previews/<sha256>.jpg`).
        sha256: the picture's SHA-256: a preview that names another is not used.
        writable: False in a project opened read-only: a missing preview is not written.
    """

    path: Path
    sha256: str
    writable: bool = True


@dataclass(frozen=True)
class PreviewToSave:
    """A preview made while its picture was decoded for the screen, to be written afterwards."""

    place: PreviewFile
    pixels: Image.Image
    source_size: tuple[int, int]
    original: Path


@dataclass(frozen=True)
class ScreenPicture:
    """A picture oriented and shrunk for the screen, with the size of its original.

    Attributes:
        image: at most the `max_edge` asked for, a side.
        source_size: the original's size (zoom and position are measured on it).
        from_preview: read from the preview, not the original.
        preview_to_save: set when the preview was missing or damaged and should be rewritten.
    """

    image: Image.Image
    source_size: tuple[int, int]
    from_preview: bool = False
    preview_to_save: PreviewToSave | None = None


class PictureLoadError(Exception):
    """A picture that is missing or not readable; `reason` is "missing" or "unreadable"."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"{path.name}: {reason} {detail}".strip())
        self.path = path
        self.reason = reason
        self.detail = detail


def load_for_screen(
    original: Path, max_edge: int | None, preview: PreviewFile | None = None
) -> ScreenPicture:
    """Worker thread: `original` oriented and at most `max_edge` a side (None: full size).

    The preview is read when there is one and `max_edge` is within its size; otherwise the
    original is decoded, and if the preview was missing or damaged (and may be written) the
    result carries the preview to save.

    Raises:
        PictureLoadError: the original is missing or is not a picture Pillow can read.
    """
    if not original.is_file():
        raise PictureLoadError(original, "missing", "no such file")
    rebuild = False
    if preview is not None and max_edge is not None and max_edge <= PREVIEW_EDGE:
        try:
            found = open_preview(preview.path, preview.sha256, max_edge)
        except FileNotFoundError:
            rebuild = preview.writable
        except PreviewError as exc:
            log.info("preview of %s not used, made again from the original: %s", original.name, exc)
            rebuild = preview.writable
        else:
            return ScreenPicture(fit_within(found.image, max_edge), found.source_size, from_preview=True)
    try:
        decoded = decode_oriented(original, max_edge, for_preview=rebuild)
    except FileNotFoundError as exc:
        raise PictureLoadError(original, "missing", str(exc)) from exc
    except DECODE_ERRORS as exc:
        raise PictureLoadError(original, "unreadable", str(exc)) from exc
    pixels = preview_pixels(decoded) if rebuild else None
    if pixels is not None and preview is not None and max_edge is not None:
        # The screen image is shrunk from the preview: one big shrink serves both.
        return ScreenPicture(
            fit_within(pixels, max_edge),
            decoded.source_size,
            preview_to_save=PreviewToSave(preview, pixels, decoded.source_size, original),
        )
    image = decoded.image if max_edge is None else fit_within(decoded.image, max_edge)
    return ScreenPicture(image, decoded.source_size)


def save_preview(preview: PreviewToSave) -> bool:
    """Write a preview made by `load_for_screen`; best effort (a cache that fails is logged).

    A picture deleted while its preview was being made loses the preview again, so no
    preview outlives its picture.
    """
    place = preview.place
    try:
        atomic_write_with(
            place.path, lambda out: write_preview(preview.pixels, preview.source_size, place.sha256, out)
        )
    except (OSError, ValueError) as exc:
        log.info("could not write the preview %s: %s", place.path.name, exc)
        return False
    if not preview.original.exists():
        with contextlib.suppress(OSError):
            place.path.unlink(missing_ok=True)
        return False
    return True
