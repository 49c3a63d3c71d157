"""Render an adjustment stack: the same input and stack give the same bytes on every run.

Each step reads and writes 8-bit values, as Pillow's enhancers do, so a brightness factor f is
pixel-identical to `ImageEnhance.Brightness(img).enhance(f)`: Pillow blends with a black image
(`Image.blend`), computing `(UINT8)(f * v)` in single precision, truncating, and clipping to
0-255 when f > 1 — here the same arithmetic fills a 256-entry table. Consecutive tone steps
(exposure, brightness, contrast, warmth, tint, levels, curves, 1D LUTs) are per-channel
tables, so they are composed into one table and applied in one pass (`Image.point`); composing
8-bit tables gives exactly what applying them one by one would. Saturation is Pillow's
`ImageEnhance.Color`; 3D LUTs and colour match go through Pillow's trilinear `Color3DLUT`
filter (fixed-point C); vignette and grain are float32 arithmetic in row bands. No step uses
threads, randomness without a seed, or platform maths on pixels, so results repeat exactly.

Greyscale images stay greyscale unless a step needs colour (warmth, tint, a one-channel curve,
a LUT, colour match). Transparency is never changed.

PNG output uses zlib's run-length strategy (Z_RLE): on filtered image rows it is about as small
as Pillow's default (level 6, Z_FILTERED) for textured pictures, a little larger for flat ones,
and four to six times faster to encode, which is most of the time a batch takes
(bench/adjust_batch.py).
"""

from __future__ import annotations

import io
import math
import struct
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image, ImageEnhance, ImageFilter, JpegImagePlugin

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.imaging.colour_match import ColourMatchError, lab_statistics, transfer_table
from cutie_app.core.imaging.lut import CubeLut, LutKind, identity_grid, sample_1d, sample_3d
from cutie_app.core.imaging.reference_import import bomb_warnings_as_errors
from cutie_app.core.model.adjustments import (
    Adjustment,
    AdjustmentStack,
    Brightness,
    ColourMatch,
    Contrast,
    CurveChannel,
    Curves,
    Exposure,
    Grain,
    Levels,
    Lut,
    Saturation,
    Tint,
    Vignette,
    Warmth,
)

#: Formats written as they came; anything else (GIF, BMP, ...) is written as PNG.
_WRITABLE = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "TIFF": "image/tiff"}
EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "image/tiff": ".tif"}
#: Quality for lossy outputs (JPEG, WebP): visually lossless for a graded illustration.
LOSSY_QUALITY = 95
#: Rows per band for vignette and grain: bounds their float temporaries (~12 MB at 4096 px).
BAND_ROWS = 256
#: White-balance gain at a warmth or tint of ±1, in stops, applied in linear light.
WHITE_BALANCE_STOPS = 0.5
#: Grain's standard deviation at amount 1, in 8-bit levels.
GRAIN_SIGMA = 25.5

_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error, IndexError)
_LEVELS = np.arange(256, dtype=np.float64) / 255.0


class AdjustImageError(ValueError):
    """An image can't be read or adjusted; `str()` is a sentence naming the file."""


class MissingLutError(AdjustImageError):
    """The stack names a LUT whose table was not handed to the renderer."""


class AdjustCancelledError(Exception):
    """Raised between stages when the caller asked to stop; nothing was written."""


@dataclass(frozen=True, eq=False)
class DecodedImage:
    """A decoded image in a mode the renderer works in, and what is needed to write it back.

    `image` is L, LA, RGB or RGBA; `notes` say what was converted on the way (16-bit to 8-bit,
    CMYK to RGB, a palette expanded), so a caller can tell the user.
    """

    image: Image.Image
    format: str
    icc_profile: bytes | None
    exif: bytes | None
    jpeg_subsampling: int
    notes: tuple[str, ...]


@dataclass(frozen=True)
class AdjustedImage:
    data: bytes
    mime_type: str
    width: int
    height: int
    notes: tuple[str, ...] = ()

    @property
    def extension(self) -> str:
        return EXTENSIONS.get(self.mime_type, ".png")


@dataclass(frozen=True)
class Histogram:
    """Pixel counts per 8-bit level (256 each) of the visible (non-transparent) pixels."""

    red: tuple[int, ...]
    green: tuple[int, ...]
    blue: tuple[int, ...]
    luma: tuple[int, ...]

    @property
    def pixels(self) -> int:
        return sum(self.luma)


@dataclass(frozen=True, eq=False)
class Preview:
    """A rendered screen-size preview and its histogram, ready to hand to the UI thread."""

    image: Image.Image
    histogram: Histogram


# -- decoding ---------------------------------------------------------------------------------


def decode_image(data: bytes, *, label: str = "The image", max_side: int | None = None) -> DecodedImage:
    """Decode image bytes into a mode the renderer works in (L, LA, RGB or RGBA).

    With `max_side`, the image is reduced (JPEG while decoding) to fit that many pixels on its
    longer side: previews never decode a 4K image at full size.

    Raises:
        AdjustImageError: not an image Pillow can read, damaged, or too large (a decompression
            bomb); the message names `label`.
    """
    try:
        with bomb_warnings_as_errors():
            im = Image.open(io.BytesIO(data))
            fmt = im.format or "PNG"
            info = dict(im.info)
            subsampling = JpegImagePlugin.get_sampling(im) if fmt == "JPEG" else -1
            if max_side is not None:
                im.draft(im.mode, (max_side, max_side))
            im.load()
    except Image.DecompressionBombError:
        raise AdjustImageError(
            QT_TRANSLATE_NOOP("core.adjust", "{name} has too many pixels to adjust safely.").format(
                name=label
            )
        ) from None
    except Image.DecompressionBombWarning:
        raise AdjustImageError(
            QT_TRANSLATE_NOOP("core.adjust", "{name} has too many pixels to adjust safely.").format(
                name=label
            )
        ) from None
    except _DECODE_ERRORS:
        raise AdjustImageError(
            QT_TRANSLATE_NOOP(
                "core.adjust", "{name} is not an image Cutie can read, or the file is damaged."
            ).format(name=label)
        ) from None
    image, notes = _working_mode(im, label)
    if max_side is not None and max(image.size) > max_side:
        image = image.copy()
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=3.0)
    icc = info.get("icc_profile")
    exif = info.get("exif")
    return DecodedImage(
        image=image,
        format=fmt,
        icc_profile=icc if isinstance(icc, bytes) and icc else None,
        exif=exif if isinstance(exif, bytes) and exif else None,
        jpeg_subsampling=subsampling,
        notes=notes,
    )


def _working_mode(im: Image.Image, label: str) -> tuple[Image.Image, tuple[str, ...]]:
    mode = im.mode
    if mode in ("L", "LA", "RGB", "RGBA"):
        return im, ()
    if mode == "1":
        return im.convert("L"), ()
    if mode in ("P", "PA"):
        transparent = mode == "PA" or "transparency" in im.info
        return im.convert("RGBA" if transparent else "RGB"), ()
    if mode in ("La", "RGBa", "RGBX"):
        return im.convert({"La": "LA", "RGBa": "RGBA", "RGBX": "RGB"}[mode]), ()
    if mode.startswith("I;16") or mode == "I":
        grey = np.asarray(im, dtype=np.uint32)
        if grey.size and int(grey.max()) > 0xFFFF:
            raise AdjustImageError(
                QT_TRANSLATE_NOOP(
                    "core.adjust", "{name} has 32-bit pixel values, which Cutie can't adjust."
                ).format(name=label)
            )
        return Image.fromarray((grey >> 8).astype(np.uint8), "L"), (
            QT_TRANSLATE_NOOP("core.adjust", "converted from 16-bit to 8-bit"),
        )
    if mode in ("CMYK", "YCbCr", "LAB", "HSV"):
        return im.convert("RGB"), (
            QT_TRANSLATE_NOOP("core.adjust", "converted from {mode} to RGB").format(mode=mode),
        )
    raise AdjustImageError(
        QT_TRANSLATE_NOOP("core.adjust", "{name} uses pixel mode {mode}, which Cutie can't adjust.").format(
            name=label, mode=mode
        )
    )


# -- encoding ---------------------------------------------------------------------------------


def encode_image(
    image: Image.Image,
    fmt: str = "PNG",
    *,
    icc_profile: bytes | None = None,
    exif: bytes | None = None,
    jpeg_subsampling: int = -1,
) -> tuple[bytes, str]:
    """Encode for writing; returns the bytes and their MIME type.

    PNG, JPEG, WebP and TIFF keep their format; other formats become PNG. The colour profile
    and EXIF block are kept, never the source's text chunks (an old recipe would no longer
    describe these pixels).
    """
    fmt = fmt if fmt in _WRITABLE else "PNG"
    if fmt == "JPEG" and "A" in image.getbands():
        fmt = "PNG"  # JPEG has no transparency; never drop it silently
    options: dict[str, Any] = {}
    if icc_profile:
        options["icc_profile"] = icc_profile
    if exif:
        options["exif"] = exif
    if fmt == "PNG":
        options.update(compress_type=zlib.Z_RLE)
    elif fmt == "JPEG":
        options.update(quality=LOSSY_QUALITY, subsampling=jpeg_subsampling if jpeg_subsampling >= 0 else 0)
    elif fmt == "WEBP":
        options.update(quality=LOSSY_QUALITY, method=4)
    elif fmt == "TIFF":
        options.update(compression="tiff_adobe_deflate")
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue(), _WRITABLE[fmt]


# -- the whole round trip -----------------------------------------------------------------------


def adjust_bytes(
    data: bytes,
    stack: AdjustmentStack,
    luts: Mapping[str, CubeLut] | None = None,
    *,
    label: str = "The image",
    cancelled: Callable[[], bool] | None = None,
) -> AdjustedImage:
    """Decode, render the stack at full size, encode. Blocking: run it in a worker.

    A stack that changes nothing returns the source bytes untouched (no re-encoding: a JPEG
    loses nothing). `cancelled` is polled between stages.

    Raises:
        AdjustImageError: unreadable input or a missing LUT.
        AdjustCancelledError: `cancelled()` turned true; nothing was produced.
    """
    luts = luts or {}
    check_luts(stack, luts)

    def checkpoint() -> None:
        if cancelled is not None and cancelled():
            raise AdjustCancelledError()

    checkpoint()
    decoded = decode_image(data, label=label)
    if stack.is_identity:
        width, height = decoded.image.size
        return AdjustedImage(
            data,
            _mime_of(decoded.format),
            width,
            height,
            (QT_TRANSLATE_NOOP("core.adjust", "nothing to change"),),
        )
    checkpoint()
    rendered = render(decoded.image, stack, luts)
    checkpoint()
    encoded, mime = encode_image(
        rendered,
        decoded.format,
        icc_profile=decoded.icc_profile,
        exif=decoded.exif,
        jpeg_subsampling=decoded.jpeg_subsampling,
    )
    return AdjustedImage(encoded, mime, rendered.width, rendered.height, decoded.notes)


def _mime_of(fmt: str) -> str:
    return Image.MIME.get(fmt, "application/octet-stream")


def check_luts(stack: AdjustmentStack, luts: Mapping[str, CubeLut]) -> None:
    """Raise MissingLutError if an active LUT step's table is not in `luts`."""
    for step in stack.active:
        if isinstance(step, Lut) and step.sha256 not in luts:
            shown = f"“{step.name}”" if step.name else "a LUT"
            raise MissingLutError(
                QT_TRANSLATE_NOOP(
                    "core.adjust",
                    "The adjustments use {name} (SHA-256 {sha256}…), but its .cube file is not available.",
                ).format(name=shown, sha256=step.sha256[:12])
            )


# -- previews ---------------------------------------------------------------------------------


def render_preview(
    source: Image.Image,
    stack: AdjustmentStack,
    luts: Mapping[str, CubeLut] | None = None,
    *,
    max_side: int | None = None,
) -> Preview:
    """Render a preview (downscaled first to `max_side`) with its histogram; for a worker thread.

    Decode the source once with `decode_image(data, max_side=...)` and call this on every
    slider change: at screen size it takes milliseconds, not the second a 4K render takes.
    """
    image = source
    if max_side is not None and max(image.size) > max_side:
        image = image.copy()
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=3.0)
    luts = luts or {}
    check_luts(stack, luts)
    rendered = render(image, stack, luts)
    return Preview(rendered, histogram(rendered))


def histogram(image: Image.Image) -> Histogram:
    """Counts per level of red, green, blue and luma (Rec. 601, as Pillow's "L") of visible pixels."""
    mask = None
    if "A" in image.getbands():
        mask = image.getchannel("A").point([0] + [255] * 255)
    colour = image.convert("RGB") if image.mode != "RGB" else image
    counts = colour.histogram(mask)
    luma = image.convert("L").histogram(mask)
    return Histogram(tuple(counts[0:256]), tuple(counts[256:512]), tuple(counts[512:768]), tuple(luma))


# -- rendering --------------------------------------------------------------------------------


def render(
    image: Image.Image, stack: AdjustmentStack, luts: Mapping[str, CubeLut] | None = None
) -> Image.Image:
    """The image with every active step applied in order; the input is not modified.

    Raises:
        MissingLutError: an active LUT step's table is not in `luts`.
    """
    luts = luts or {}
    check_luts(stack, luts)
    steps = stack.active
    if image.mode not in ("L", "LA", "RGB", "RGBA"):
        image, _ = _working_mode(image, "The image")
    if image.mode in ("L", "LA") and any(_needs_colour(s, luts) for s in steps):
        image = image.convert("RGBA" if image.mode == "LA" else "RGB")
    channels = 1 if image.mode in ("L", "LA") else 3

    out = image
    tables: list[np.ndarray] | None = None
    pixels: np.ndarray | None = None  # the numpy form while pixel steps run back to back

    def flush_tables() -> None:
        nonlocal out, tables
        if tables is not None:
            out = _apply_tables(out, tables)
            tables = None

    def flush_pixels() -> None:
        nonlocal out, pixels
        if pixels is not None:
            out = Image.fromarray(pixels)
            pixels = None

    for step in steps:
        table = _step_tables(step, channels, luts)
        if table is not None:
            flush_pixels()
            tables = table if tables is None else [t[prev] for t, prev in zip(table, tables, strict=True)]
            continue
        flush_tables()
        if isinstance(step, Vignette | Grain):
            if pixels is None:
                pixels = np.array(out)
            if isinstance(step, Vignette):
                _vignette(pixels, step)
            else:
                _grain(pixels, step)
            continue
        flush_pixels()
        out = _apply_colour_step(out, step, luts)
    flush_tables()
    flush_pixels()
    return out.copy() if out is image else out


def _needs_colour(step: Adjustment, luts: Mapping[str, CubeLut]) -> bool:
    if isinstance(step, Warmth | Tint | ColourMatch | Lut):
        return True
    return isinstance(step, Curves) and step.channel is not CurveChannel.RGB


def _apply_tables(image: Image.Image, tables: list[np.ndarray]) -> Image.Image:
    flat: list[int] = []
    for table in tables:
        flat.extend(table.tolist())
    if "A" in image.getbands():
        flat.extend(range(256))  # transparency is never changed
    return image.point(flat)


def _apply_colour_step(image: Image.Image, step: Adjustment, luts: Mapping[str, CubeLut]) -> Image.Image:
    if isinstance(step, Saturation):
        if image.mode in ("L", "LA"):
            return image  # a grey image has no colour to change
        return ImageEnhance.Color(image).enhance(step.amount)
    if isinstance(step, Lut):
        lut = luts[step.sha256]
        table = lut.table if lut.unit_domain else sample_3d(lut, identity_grid(lut.size))
        return image.filter(_filter(table, step.amount))
    if isinstance(step, ColourMatch):
        try:
            source = lab_statistics(image)
        except ColourMatchError:
            return image  # nothing visible to match
        return image.filter(_filter(transfer_table(source, step.target, step.amount), 1.0))
    raise AssertionError(f"no renderer for {step.KIND}")  # every kind is handled above


def _filter(table: np.ndarray, strength: float) -> ImageFilter.Color3DLUT:
    """A trilinear 3D filter for a [b][g][r] table, blended with the identity by `strength`."""
    size = table.shape[0]
    if strength != 1.0:
        grid = identity_grid(size)
        table = grid + strength * (table - grid)
    flat = np.clip(table, 0.0, 1.0).reshape(-1, 3)
    return ImageFilter.Color3DLUT(size, flat, channels=3)


# -- per-channel tables -----------------------------------------------------------------------


def _to_levels(values: np.ndarray) -> np.ndarray:
    """Values on 0-1 as 8-bit levels, rounded half up and clipped."""
    result: np.ndarray = np.clip(np.floor(values * 255.0 + 0.5), 0, 255).astype(np.uint8)
    return result


def _blend(target: np.ndarray, strength: float) -> np.ndarray:
    """The identity moved toward `target` (on 0-1) by `strength` (exactly `target` at 1)."""
    if strength == 1.0:
        return target
    blended: np.ndarray = _LEVELS + strength * (target - _LEVELS)
    return blended


def pillow_blend_table(base: int, factor: float) -> np.ndarray:
    """The table `Image.blend(flat image of value base, image, factor)` applies to each value.

    Pillow computes `base + factor * (v - base)` in single precision and converts to 8 bits by
    truncation; outside 0 <= factor <= 1 it clips to 0-255 first.
    """
    alpha = np.float32(factor)
    v = np.arange(256, dtype=np.float32)
    if alpha == 0.0:
        return np.full(256, base, dtype=np.uint8)
    if alpha == 1.0:
        return np.arange(256, dtype=np.uint8)
    temp = np.float32(base) + alpha * (v - np.float32(base))
    if 0.0 <= alpha <= 1.0:
        return temp.astype(np.uint8)
    clipped: np.ndarray = np.where(temp <= 0.0, 0, np.where(temp >= 255.0, 255, temp)).astype(np.uint8)
    return clipped


def _srgb_decode(v: np.ndarray) -> np.ndarray:
    linear: np.ndarray = np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4)
    return linear


def _srgb_encode(linear: np.ndarray) -> np.ndarray:
    c = np.clip(linear, 0.0, 1.0)
    encoded: np.ndarray = np.where(c <= 0.0031308, c * 12.92, 1.055 * c ** (1.0 / 2.4) - 0.055)
    return encoded


def _gain_table(stops: float) -> np.ndarray:
    return _to_levels(_srgb_encode(_srgb_decode(_LEVELS) * 2.0**stops))


def _step_tables(step: Adjustment, channels: int, luts: Mapping[str, CubeLut]) -> list[np.ndarray] | None:
    """Per-channel 256-entry tables for a tone step, or None for a step that isn't one."""
    same: np.ndarray | None = None
    if isinstance(step, Brightness):
        same = pillow_blend_table(0, step.amount)
    elif isinstance(step, Contrast):
        same = pillow_blend_table(128, step.amount)
    elif isinstance(step, Exposure):
        same = _gain_table(step.amount)
    elif isinstance(step, Levels):
        x = np.clip((_LEVELS - step.black) / (step.white - step.black), 0.0, 1.0) ** (1.0 / step.gamma)
        same = _to_levels(_blend(step.out_black + x * (step.out_white - step.out_black), step.amount))
    elif isinstance(step, Curves):
        curve = _to_levels(_blend(monotone_curve(step.points, _LEVELS), step.amount))
        if step.channel is CurveChannel.RGB:
            same = curve
        else:
            identity = np.arange(256, dtype=np.uint8)
            index = {CurveChannel.RED: 0, CurveChannel.GREEN: 1, CurveChannel.BLUE: 2}[step.channel]
            return [curve if c == index else identity for c in range(3)]
    elif isinstance(step, Warmth | Tint):
        stops = WHITE_BALANCE_STOPS * step.amount
        identity = np.arange(256, dtype=np.uint8)
        if isinstance(step, Warmth):
            return [_gain_table(stops), identity, _gain_table(-stops)]
        return [identity, _gain_table(-stops), identity]
    elif isinstance(step, Lut) and luts[step.sha256].kind is LutKind.ONE_D:
        grey = np.repeat(_LEVELS[:, None], 3, axis=1)
        sampled = sample_1d(luts[step.sha256], grey)
        return [_to_levels(_blend(sampled[:, c], step.amount)) for c in range(3)]
    if same is None:
        return None
    return [same] * channels


def monotone_curve(points: tuple[tuple[float, float], ...], x: np.ndarray) -> np.ndarray:
    """The monotone cubic (Fritsch-Carlson) through `points`, evaluated at `x`; flat outside them."""
    px = np.array([p[0] for p in points])
    py = np.array([p[1] for p in points])
    h = np.diff(px)
    slopes = np.diff(py) / h
    tangents = np.empty(len(px))
    tangents[0], tangents[-1] = slopes[0], slopes[-1]
    for i in range(1, len(px) - 1):
        if slopes[i - 1] * slopes[i] <= 0:
            tangents[i] = 0.0
        else:  # weighted harmonic mean: keeps each segment monotone (Fritsch & Butland)
            w1, w2 = 2 * h[i] + h[i - 1], h[i] + 2 * h[i - 1]
            tangents[i] = (w1 + w2) / (w1 / slopes[i - 1] + w2 / slopes[i])
    for i, slope in enumerate(slopes):
        if slope == 0.0:
            tangents[i] = tangents[i + 1] = 0.0
    xc = np.clip(x, px[0], px[-1])
    seg = np.clip(np.searchsorted(px, xc, side="right") - 1, 0, len(h) - 1)
    t = (xc - px[seg]) / h[seg]
    t2, t3 = t * t, t * t * t
    y = (
        (2 * t3 - 3 * t2 + 1) * py[seg]
        + (t3 - 2 * t2 + t) * h[seg] * tangents[seg]
        + (-2 * t3 + 3 * t2) * py[seg + 1]
        + (t3 - t2) * h[seg] * tangents[seg + 1]
    )
    result: np.ndarray = np.clip(y, 0.0, 1.0)
    return result


# -- spatial steps (numpy, in place, row bands) ---------------------------------------------------


def _colour_view(pixels: np.ndarray) -> np.ndarray:
    """The colour channels of an (h, w[, c]) array, as (h, w, k) without copying."""
    if pixels.ndim == 2:
        return pixels[:, :, None]
    return pixels[:, :, : 1 if pixels.shape[2] == 2 else 3]


def _vignette(pixels: np.ndarray, step: Vignette) -> None:
    colour = _colour_view(pixels)
    height, width = pixels.shape[:2]
    xs = ((np.arange(width, dtype=np.float32) - np.float32((width - 1) / 2)) / np.float32(width / 2)) ** 2
    amount = np.float32(abs(step.amount))
    mid = np.float32(step.midpoint)
    for top in range(0, height, BAND_ROWS):
        rows = np.arange(top, min(top + BAND_ROWS, height), dtype=np.float32)
        ys = ((rows - np.float32((height - 1) / 2)) / np.float32(height / 2)) ** 2
        r = np.sqrt((ys[:, None] + xs[None, :]) * np.float32(0.5))
        t = np.clip((r - mid) / (np.float32(1.0) - mid), np.float32(0.0), np.float32(1.0))
        weight = (t * t * (np.float32(3.0) - np.float32(2.0) * t) * amount)[:, :, None]
        band = colour[top : top + len(rows)].astype(np.float32)
        if step.amount > 0:
            band *= np.float32(1.0) - weight
        else:
            band += (np.float32(255.0) - band) * weight
        colour[top : top + len(rows)] = np.clip(np.floor(band + np.float32(0.5)), 0, 255).astype(np.uint8)


def _grain(pixels: np.ndarray, step: Grain) -> None:
    """Add triangular noise from PCG64(seed)'s raw 64-bit stream (stable across numpy versions).

    Each row takes ceil(width / 2) raw words, four 16-bit numbers each, two per pixel: the
    noise of a row depends only on the seed, the row and the width, never on the band size.
    """
    colour = _colour_view(pixels)
    height, width = pixels.shape[:2]
    words_per_row = (width + 1) // 2
    generator = np.random.PCG64(step.seed)
    # (u1 + u2 - 65535) has a standard deviation of about 65536 / sqrt(6).
    scale = np.float32(GRAIN_SIGMA * step.amount * math.sqrt(6.0) / 65536.0)
    for top in range(0, height, BAND_ROWS):
        rows = min(BAND_ROWS, height - top)
        raw = generator.random_raw(rows * words_per_row).reshape(rows, words_per_row)
        parts = np.stack(
            [(raw >> np.uint64(shift)) & np.uint64(0xFFFF) for shift in (0, 16, 32, 48)], axis=-1
        )
        pairs = parts.reshape(rows, words_per_row * 2, 2).astype(np.int32)[:, :width]
        noise = (pairs[..., 0] + pairs[..., 1] - 65535).astype(np.float32) * scale
        band = colour[top : top + rows].astype(np.float32) + noise[:, :, None]
        colour[top : top + rows] = np.clip(np.floor(band + np.float32(0.5)), 0, 255).astype(np.uint8)
