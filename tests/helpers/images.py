"""Real image bytes for tests: small, distinct, decodable by Pillow."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image

Colour = tuple[int, int, int]


def colour_for(seed: int) -> Colour:
    """A distinct colour per seed (odd multipliers are bijections mod 256)."""
    return ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256)


def png(seed: int | Colour = 1, size: tuple[int, int] = (40, 30)) -> bytes:
    """A real PNG: distinct per seed, or of the given RGB colour."""
    colour = colour_for(seed) if isinstance(seed, int) else seed
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "PNG")
    return buf.getvalue()


def jpeg(seed: int | Colour = 1, size: tuple[int, int] = (40, 30)) -> bytes:
    colour = colour_for(seed) if isinstance(seed, int) else seed
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def png_file(path: Path, seed: int | Colour = (255, 140, 0), size: tuple[int, int] = (60, 80)) -> Path:
    """Write a PNG to `path` and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png(seed, size))
    return path


def noise(seed: int, size: tuple[int, int] = (96, 64), mode: str = "RGB") -> Image.Image:
    """Random pixels, the same for a seed: every adjustment changes them, and seeds differ."""
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (size[1], size[0], len(mode)), dtype=np.uint8), mode)


def encode(image: Image.Image, fmt: str = "PNG") -> bytes:
    """`image` as the bytes of a file of format `fmt`."""
    buf = io.BytesIO()
    image.save(buf, fmt)
    return buf.getvalue()


def write_png(path: Path, image: Image.Image) -> Path:
    """Save `image` as a PNG at `path` and return the path."""
    image.save(path, "PNG")
    return path


def phone_photo(path: Path) -> Path:
    """A JPEG as a phone writes it: EXIF with the camera's make ("PhoneMaker") and a GPS position."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 29.6), 3: "E", 4: (2.0, 17.0, 40.2)}  # GPS
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 40)).save(buf, "JPEG", exif=exif.tobytes(), quality=90)
    path.write_bytes(buf.getvalue())
    return path
