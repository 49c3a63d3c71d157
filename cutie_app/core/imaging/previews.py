"""Screen-size previews of large pictures: made once when a picture is saved, read many times.

Decoding a 4096² PNG takes 120-200 ms, and the comparator shows eight at once on a screen that
needs a sixteenth of those pixels. So each picture larger than `PREVIEW_EDGE` on its long side
gets a preview (darktable's and Lightroom's "previews" model): the picture oriented and shrunk
to `PREVIEW_EDGE`, as a JPEG (quality 90, no chroma subsampling, so flat colours and their
edges stay true). It decodes in about 10 ms, and at a half, quarter or eighth of its size
straight from its DCT (Pillow's `draft`), so panes of any size read it cheaply.

A preview is a cache, never a source: it names the picture it was made from (a JPEG comment
with the picture's SHA-256 and size) and is checked against them before use; one that is
missing, damaged or made from other pixels is made again from the original. Pictures with
transparency get none (JPEG keeps no alpha) and are always read from the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps

#: The long side of a preview: a comparator pane, or the loupe on a 2560 px screen, shows no more.
PREVIEW_EDGE = 2048
PREVIEW_QUALITY = 90
#: A preview is about 1 MB; anything much larger in its place is not one of Cutie's.
MAX_PREVIEW_BYTES = 32 * 1024 * 1024
_COMMENT = re.compile(rb"cutie-preview/1 ([0-9a-f]{64}) ([1-9][0-9]{0,5})x([1-9][0-9]{0,5})")
_ORIENTATION = 0x0112  # the EXIF tag
#: What Pillow raises for a file that is not (or no longer) a readable picture.
DECODE_ERRORS = (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError)


class PreviewError(Exception):
    """A preview that cannot be used: damaged, truncated, or not made from this picture."""


@dataclass(frozen=True)
class Decoded:
    """A picture decoded and oriented; `image` may be smaller than `source_size` (a JPEG
    decoded at a reduced scale)."""

    image: Image.Image
    source_size: tuple[int, int]


def preview_dimensions(width: int, height: int) -> tuple[int, int] | None:
    """The size of the preview of a `width` × `height` picture, or None when it needs none."""
    long_edge = max(width, height)
    if long_edge <= PREVIEW_EDGE or min(width, height) < 1:
        return None
    scale = PREVIEW_EDGE / long_edge
    return max(1, round(width * scale)), max(1, round(height * scale))


def decode_oriented(
    source: Path | BinaryIO, reduce_to: int | None = None, *, for_preview: bool = False
) -> Decoded:
    """Decode a picture and turn it as its EXIF orientation says.

    With `reduce_to`, a JPEG is decoded at the smallest DCT scale that still leaves both sides
    at least `reduce_to` pixels (other formats decode whole); `for_preview` keeps enough for a
    preview too, if the picture gets one. No second copy of a large picture is made.

    Raises:
        OSError, ValueError, ... (`DECODE_ERRORS`): not a picture Pillow can read.
    """
    with Image.open(source) as opened:
        width, height = opened.size  # before a draft shrinks it
        if opened.getexif().get(_ORIENTATION, 1) in (5, 6, 7, 8):
            width, height = height, width
        if for_preview and reduce_to is not None and preview_dimensions(width, height) is not None:
            reduce_to = max(reduce_to, PREVIEW_EDGE)
        if reduce_to is not None:
            opened.draft("RGB", (reduce_to, reduce_to))
        opened.load()  # reads the pixels and closes the file (a still picture)
        ImageOps.exif_transpose(opened, in_place=True)
        image: Image.Image = opened
    return Decoded(image, (width, height))


def opaque_rgb(image: Image.Image) -> Image.Image | None:
    """`image` as RGB, or None if some pixel is not fully opaque (JPEG keeps no alpha)."""
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "La", "RGBa"):
        low, _high = image.getchannel("A").getextrema()
        if not isinstance(low, int) or low < 255:
            return None
    return image if image.mode == "RGB" else image.convert("RGB")


def preview_pixels(decoded: Decoded) -> Image.Image | None:
    """The preview's pixels (None: the picture needs none, or is transparent).

    Shrinks by a whole factor first (a box filter, cheap), the rest with Lanczos: a 4096²
    picture takes about 20 ms, a 5504 × 3072 one 70 ms.
    """
    size = preview_dimensions(*decoded.source_size)
    if size is None:
        return None
    rgb = opaque_rgb(decoded.image)
    if rgb is None:
        return None
    if rgb.size == size:
        return rgb
    return rgb.resize(size, Image.Resampling.LANCZOS, reducing_gap=1.0)


def write_preview(pixels: Image.Image, source_size: tuple[int, int], sha256: str, out: BinaryIO) -> None:
    """Write the preview file into `out`: a JPEG that names the picture it shows (its SHA-256
    and size). Give a real file: Pillow then encodes without holding the GIL (into a BytesIO it
    holds it for 10-17 ms at a time, which the window feels)."""
    if pixels.size != preview_dimensions(*source_size):
        raise ValueError(f"a {pixels.size} preview does not fit a {source_size} picture")
    pixels.save(
        out,
        "JPEG",
        quality=PREVIEW_QUALITY,
        subsampling=0,  # 4:4:4: the edges of flat colours keep their colour
        comment=f"cutie-preview/1 {sha256} {source_size[0]}x{source_size[1]}".encode("ascii"),
    )


def open_preview(path: Path, sha256: str, max_edge: int) -> Decoded:
    """The preview at `path` of the picture `sha256`, decoded at no less than `max_edge` a side
    (unless the preview itself is smaller).

    Raises:
        FileNotFoundError: there is no preview.
        PreviewError: it is damaged or truncated, or not a preview of this picture.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise PreviewError(f"it cannot be read ({exc})") from exc
    if size > MAX_PREVIEW_BYTES:
        raise PreviewError(f"it is {size} bytes, too large to be a preview")
    try:
        with Image.open(path) as opened:
            if opened.format != "JPEG":
                raise PreviewError(f"it is {opened.format}, not a JPEG")
            found = _COMMENT.fullmatch(opened.info.get("comment", b""))
            if found is None or found.group(1).decode("ascii") != sha256:
                raise PreviewError("it was not made from this picture")
            source = int(found.group(2)), int(found.group(3))
            if opened.size != preview_dimensions(*source):
                raise PreviewError(f"its size {opened.size} does not fit a {source} picture")
            opened.draft("RGB", (max_edge, max_edge))
            opened.load()  # a truncated file raises here
            image: Image.Image = opened
    except FileNotFoundError:
        raise
    except DECODE_ERRORS as exc:
        raise PreviewError(f"it cannot be decoded ({exc})") from exc
    return Decoded(image, source)


def fit_within(image: Image.Image, edge: int) -> Image.Image:
    """`image` shrunk to at most `edge` a side (a new image; `image` itself when small enough)."""
    if max(image.size) <= edge:
        return image
    scale = edge / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
