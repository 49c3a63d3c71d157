"""Thumbnails made off the UI thread with Pillow, turned into QImages on the UI thread.

Qt's image decoders are not used from worker threads: a worker decoding with QImage while the
UI thread runs its event loop deadlocked in CI. Workers hand over plain RGBA bytes instead.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps
from PySide6.QtGui import QImage

THUMB_SIDE = 256


@dataclass(frozen=True)
class Thumb:
    """A small decoded picture as raw RGBA rows; safe to pass between threads."""

    width: int
    height: int
    rgba: bytes


def make_thumb(data: bytes, side: int = THUMB_SIDE) -> Thumb | None:
    """Worker thread: decode, orient and shrink; None when the bytes are not a readable image."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (side * 2, side * 2))  # JPEG: decode at a reduced scale
            oriented = ImageOps.exif_transpose(image)
            oriented.thumbnail((side, side), Image.Resampling.LANCZOS)
            rgba = oriented.convert("RGBA")
            return Thumb(rgba.width, rgba.height, rgba.tobytes())
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def to_qimage(thumb: Thumb | None) -> QImage:
    """UI thread: wrap the bytes (copied, so the QImage owns its pixels)."""
    if thumb is None:
        return QImage()
    image = QImage(thumb.rgba, thumb.width, thumb.height, thumb.width * 4, QImage.Format.Format_RGBA8888)
    return image.copy()
