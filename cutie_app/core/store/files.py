"""The project's files: readable content-hash names, header sniffing, thumbnails, previews, sidecars."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image

from cutie_app.core.formats.fileio import atomic_write_bytes, atomic_write_with
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.imaging.previews import PREVIEW_EDGE, decode_oriented, preview_pixels, write_preview
from cutie_app.core.model.generation import utc_now
from cutie_app.core.model.records import ProjectError, technical_cause
from cutie_app.core.store.db import as_project_error_for_os

log = logging.getLogger("cutie.store")

THUMB_SIZE = 256
_SURROGATES = re.compile("[\ud800-\udfff]")

_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/heic": ".heic",
}


def slug(text: str, limit: int = 32) -> str:
    """A file-name-safe, readable stem ("Little Orange" → "little-orange"); may be empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].rstrip("-")


def extension_for(mime: str) -> str:
    return _EXTENSIONS.get(mime, ".bin")


def image_size(data: bytes) -> tuple[int | None, int | None]:
    """Width and height from the header only (Pillow opens lazily); (None, None) if unreadable."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            width, height = im.size
            return int(width), int(height)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None, None


def make_thumbnail(data: bytes, size: int = THUMB_SIZE) -> bytes:
    """A PNG at most `size` px on its longer side, turned as the picture's EXIF says.

    Decodes the image: keep it off the UI thread.
    """
    return _thumbnail_png(decode_oriented(io.BytesIO(data), size).image, size)


def write_cached_copies(data: bytes, sha256: str, thumbnail: Path | None, preview: Path | None) -> None:
    """Write a picture's thumbnail (PNG) and screen-size preview (JPEG) from one decode.

    Each goes to its path (atomically), None where it is not wanted; a picture that needs no
    preview (2048 px or smaller, or transparent) gets none. Decodes the image: keep it off
    the UI thread.

    Raises:
        OSError, ValueError, ... (`imaging.previews.DECODE_ERRORS`): not a readable picture, or
            a file that cannot be written.
    """
    decoded = decode_oriented(io.BytesIO(data), PREVIEW_EDGE if preview is not None else THUMB_SIZE)
    pixels = preview_pixels(decoded) if preview is not None else None
    if pixels is not None and preview is not None:
        atomic_write_with(preview, lambda out: write_preview(pixels, decoded.source_size, sha256, out))
    if thumbnail is not None:
        small = _thumbnail_png(pixels if pixels is not None else decoded.image, THUMB_SIZE)
        atomic_write_bytes(thumbnail, small)


def _thumbnail_png(image: Image.Image, size: int) -> bytes:
    """Shrinks `image` in place (callers hand over a decode they no longer need)."""
    frame = image if image.mode in ("RGB", "RGBA", "L", "LA") else image.convert("RGBA")
    frame.thumbnail((size, size), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    frame.save(buf, "PNG")
    return buf.getvalue()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def mtime_iso(path: Path) -> str:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="milliseconds")
    except OSError:
        return utc_now()


def choose_name(folder: Path, stem: str, sha: str, mime: str) -> tuple[str, bool]:
    """The name for content `sha` in `folder`: "<stem>-<hash8><ext>", and whether it is there.

    The file is there already when the same bytes were saved before. A different file under
    the same short name (a hash-prefix clash) gets a longer hash instead.
    """
    ext = extension_for(mime)
    prefix = f"{stem}-" if stem else ""
    for digits in (8, 16, 64):
        name = f"{prefix}{sha[:digits]}{ext}"
        path = folder / name
        if path.is_symlink():
            continue  # never read through a link, nor write over one
        if not path.is_file():
            return name, False
        with contextlib.suppress(OSError):
            if file_sha256(path) == sha:
                return name, True
    raise ProjectError(
        QT_TRANSLATE_NOOP("core.store", "Cannot save the image"),
        QT_TRANSLATE_NOOP("core.store", "{name}/ holds a different file named like it.").format(
            name=folder.name
        ),
    )


def place_file(folder: Path, stem: str, data: bytes, mime: str) -> str:
    """Write `data` into `folder` (atomically) unless the same bytes are there; returns the name."""
    name, present = choose_name(folder, stem, hashlib.sha256(data).hexdigest(), mime)
    if not present:
        atomic_write_bytes(folder / name, data)
    return name


def write_error(where: str, exc: OSError) -> ProjectError:
    """A failed write into the project (DiskFullError when that is what it was)."""
    full = as_project_error_for_os(exc)
    if full is not None:
        return full
    return ProjectError(
        QT_TRANSLATE_NOOP("core.store", "Cannot save to the project"),
        QT_TRANSLATE_NOOP("core.store", "Cutie could not write to {where}.").format(where=where),
        QT_TRANSLATE_NOOP("core.store", "Check the free disk space and the folder's permissions."),
        technical_cause(exc),
    )


def read_sidecar(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        log.warning("unreadable recipe sidecar %s", path)
        return None
    return data if isinstance(data, dict) else None


def dump(data: object) -> str:
    """Compact JSON that keeps non-ASCII text readable (and is always valid UTF-8)."""
    return clean_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def clean_text(text: str) -> str:
    """`text` made encodable as UTF-8, which SQLite and every file of the project need.

    File names and arguments that are not valid UTF-8 reach Python as lone surrogates
    ("caf\\udce9.png", from a Latin-1 name). Their bytes are decoded again as UTF-8 where that
    works, and what remains becomes U+FFFD; so such a label never breaks a save.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # surrogates that are not escaped bytes
        return _SURROGATES.sub("\ufffd", text)
