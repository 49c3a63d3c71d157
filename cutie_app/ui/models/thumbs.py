"""Thumbnails made off the UI thread with Pillow, turned into QImages on the UI thread, and kept
in a cache bounded by bytes.

Qt's image decoders are not used from worker threads: a worker decoding with QImage while the
UI thread runs its event loop deadlocked in CI. Workers hand over plain RGBA bytes instead.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from dataclasses import dataclass

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
    from PIL import Image, ImageOps  # here, on a worker: Pillow stays out of the window's start-up

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


#: What the gallery keeps decoded: about 250 thumbnails of 256 × 256, a few screens of tiles.
CACHE_BYTES = 64 * 1024 * 1024
#: The most a thumbnail takes decoded (THUMB_SIDE² RGBA).
THUMB_BYTES = THUMB_SIDE * THUMB_SIDE * 4


class ThumbCache:
    """Decoded thumbnails by key, least recently used dropped first once over `max_bytes`.

    A project of 20,000 images must not hold 20,000 decoded pictures: the gallery asks for what
    is on screen and keeps only the most recently shown ones. UI thread only (QImages).
    """

    def __init__(self, max_bytes: int = CACHE_BYTES) -> None:
        if max_bytes <= 0:
            raise ValueError("the cache needs room for at least one thumbnail")
        self.max_bytes = max_bytes
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._images)

    def __contains__(self, key: object) -> bool:
        return key in self._images

    @property
    def bytes(self) -> int:
        """Pixel bytes held now (never above `max_bytes`, unless one image alone is larger)."""
        return self._bytes

    def get(self, key: str) -> QImage | None:
        """The image, now counted as the most recently used; None when not cached."""
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key: str, image: QImage) -> list[str]:
        """Keep `image` under `key` (replacing any older one); returns the keys it pushed out."""
        old = self._images.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._images[key] = image
        self._bytes += image.sizeInBytes()
        evicted: list[str] = []
        while self._bytes > self.max_bytes and len(self._images) > 1:
            dropped, picture = self._images.popitem(last=False)
            self._bytes -= picture.sizeInBytes()
            evicted.append(dropped)
        return evicted

    def make_room_for(self, max_bytes: int) -> None:
        """Raise the bound to at least `max_bytes` (what is on screen must always fit)."""
        self.max_bytes = max(self.max_bytes, max_bytes)

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0
