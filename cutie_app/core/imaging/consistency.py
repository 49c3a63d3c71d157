"""The consistency score: how much a variant looks like the character, as a number from 0 to 1.

Gemini image models take no seed, so an illustrator generates several variants and keeps the
ones closest to the character. This module gives each variant a badge to sort by. It is a
**heuristic**, not a judgement of identity: it compares colours and coarse composition, never
faces or meaning, and uses no machine-learning model. Two measures, each in [0, 1]:

**Palette adherence**: are the spec's palette colours present in the image? The image's
dominant colours are found at a small size (see `features`). For each palette colour *p*:

    presence(p) = max over dominant colours c of  curve(ΔE00(p, c)) · min(1, share(c) / 0.03)
    curve(ΔE)   = 1 for ΔE ≤ 2, 0 for ΔE ≥ 30, linear in between: (30 − ΔE) / 28

so a colour counts fully when a cluster covering at least 3 % of the visible pixels is within
ΔE00 2 of it (a difference people barely notice). Adherence is the mean presence over the
palette. It measures presence only: a background in other colours costs nothing.

**Perceptual similarity** between two images, each reduced to a small grey and colour summary:

    similarity = 0.6 · structure + 0.4 · colour
    structure  = max(0, 1 − 2 · d / 128)   d: Hamming distance of the two 128-bit difference
                                           hashes (64 horizontal + 64 vertical brightness
                                           steps on an 8×8 grey grid, transparency as white)
    colour     = Σ min(h1, h2)             intersection of soft-binned 8×8×8 CIELAB histograms
                                           of the visible pixels

Unrelated pictures agree on about half of the hash bits by chance, hence `1 − 2·d/n`.

A variant is compared with the anchor and with every reference that shows the character (the
store picks them by role); the anchor weighs more, because it is the image the illustrator
chose as "this is her":

    references = 0.5 · best reference + 0.5 · mean of the references
    similarity = 0.6 · anchor + 0.4 · references      (or whichever of the two exists)

**Overall** = 0.4 · palette + 0.6 · similarity, or whichever exists.

Colour differences are CIEDE2000 (Sharma, Wu & Dalal 2005) on CIELAB (D65) from sRGB. Change
any constant or formula here and bump `SCORE_VERSION`, so stored scores are recomputed.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.imaging.reference_import import bomb_warnings_as_errors
from cutie_app.core.model.score import SCORE_VERSION, ConsistencyError, ConsistencyScore, UnreadableImageError
from cutie_app.core.model.spec import SpecError, normalise_hex

#: The formula's version; stored with each score so a changed formula makes old scores stale.

#: Images are analysed at most this many pixels on their longer side.
ANALYSIS_SIZE = 128
#: Pixels less opaque than this (0-255) are ignored: they are not part of the picture.
ALPHA_CUTOFF = 32
#: Images declaring more pixels than this are refused before decoding (decompression bombs).
MAX_PIXELS = 80_000_000
#: How many dominant colours an image is summarised by, and how many boxes median cut makes first.
DOMINANT_COLOURS = 8
_MEDIAN_CUT_BOXES = 32
#: A dominant colour covering this share of the visible pixels counts fully as "present".
PRESENT_SHARE = 0.03
#: ΔE00 at or below which a colour matches fully, and at or above which it does not match at all.
DELTA_E_MATCH = 2.0
DELTA_E_MISS = 30.0
#: The difference hash's grid side (bits per direction: HASH_SIZE²).
HASH_SIZE = 8
#: A grey step smaller than this (0-255) is "flat", so noise in flat areas doesn't flip bits.
_HASH_MARGIN = 1.0
#: Soft histogram bins along L*, a*, b*, and the ranges they cover.
_HIST_BINS = 8
_HIST_RANGES = ((0.0, 100.0), (-128.0, 128.0), (-128.0, 128.0))
#: Weights of the documented formula.
STRUCTURE_WEIGHT = 0.6
ANCHOR_WEIGHT = 0.6
BEST_REFERENCE_WEIGHT = 0.5
PALETTE_WEIGHT = 0.4
#: What transparent areas count as for the grey (structure) summary: white paper.
_BACKDROP = 255.0

# sRGB (D65) → XYZ, and the D65 reference white (IEC 61966-2-1, CIE 15).
_RGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
_WHITE_D65 = np.array([0.95047, 1.0, 1.08883])
_LINEAR_LUT = np.array(
    [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in np.arange(256) / 255.0]
)
_POW25_7 = 25.0**7

# Decoder failures that mean "these bytes are not a picture", as opposed to bugs in Cutie.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error, IndexError)


# -- colour science ---------------------------------------------------------------------------


def srgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """CIELAB (D65) of sRGB colours: uint8 0-255, or floats 0-1, in an array of shape (..., 3)."""
    values = np.asarray(rgb)
    if np.issubdtype(values.dtype, np.integer):
        linear = _LINEAR_LUT[np.clip(values, 0, 255).astype(np.intp)]
    else:
        c = np.clip(values.astype(np.float64), 0.0, 1.0)
        linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = (linear @ _RGB_TO_XYZ.T) / _WHITE_D65
    delta = 6.0 / 29.0
    f = np.where(xyz > delta**3, np.cbrt(xyz), xyz / (3.0 * delta**2) + 4.0 / 29.0)
    lab = np.empty(f.shape, dtype=np.float64)
    lab[..., 0] = 116.0 * f[..., 1] - 16.0
    lab[..., 1] = 500.0 * (f[..., 0] - f[..., 1])
    lab[..., 2] = 200.0 * (f[..., 1] - f[..., 2])
    return lab


def ciede2000(lab1: np.ndarray, lab2: np.ndarray) -> np.ndarray:
    """CIEDE2000 colour difference (kL = kC = kH = 1) of CIELAB arrays that broadcast (..., 3).

    Follows Sharma, Wu & Dalal (2005), including their notes on hue angles when a chroma is 0.
    """
    lab1 = np.asarray(lab1, dtype=np.float64)
    lab2 = np.asarray(lab2, dtype=np.float64)
    l1, a1, b1 = lab1[..., 0], lab1[..., 1], lab1[..., 2]
    l2, a2, b2 = lab2[..., 0], lab2[..., 1], lab2[..., 2]

    c_mean = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2.0
    c_mean7 = c_mean**7
    g = 0.5 * (1.0 - np.sqrt(c_mean7 / (c_mean7 + _POW25_7)))
    a1p, a2p = (1.0 + g) * a1, (1.0 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360.0
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360.0
    chroma_zero = (c1p * c2p) == 0.0

    dl = l2 - l1
    dc = c2p - c1p
    dh = h2p - h1p
    dh = np.where(dh > 180.0, dh - 360.0, np.where(dh < -180.0, dh + 360.0, dh))
    dh = np.where(chroma_zero, 0.0, dh)
    dh_big = 2.0 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2.0))

    l_mean = (l1 + l2) / 2.0
    cp_mean = (c1p + c2p) / 2.0
    h_sum = h1p + h2p
    h_mean = np.where(
        np.abs(h1p - h2p) <= 180.0,
        h_sum / 2.0,
        np.where(h_sum < 360.0, (h_sum + 360.0) / 2.0, (h_sum - 360.0) / 2.0),
    )
    h_mean = np.where(chroma_zero, h_sum, h_mean)

    t = (
        1.0
        - 0.17 * np.cos(np.radians(h_mean - 30.0))
        + 0.24 * np.cos(np.radians(2.0 * h_mean))
        + 0.32 * np.cos(np.radians(3.0 * h_mean + 6.0))
        - 0.20 * np.cos(np.radians(4.0 * h_mean - 63.0))
    )
    d_theta = 30.0 * np.exp(-(((h_mean - 275.0) / 25.0) ** 2))
    cp_mean7 = cp_mean**7
    r_c = 2.0 * np.sqrt(cp_mean7 / (cp_mean7 + _POW25_7))
    l_dev = (l_mean - 50.0) ** 2
    s_l = 1.0 + 0.015 * l_dev / np.sqrt(20.0 + l_dev)
    s_c = 1.0 + 0.045 * cp_mean
    s_h = 1.0 + 0.015 * cp_mean * t
    r_t = -np.sin(np.radians(2.0 * d_theta)) * r_c

    tl, tc, th = dl / s_l, dc / s_c, dh_big / s_h
    distance: np.ndarray = np.sqrt(np.maximum(tl**2 + tc**2 + th**2 + r_t * tc * th, 0.0))
    return distance


def hex_to_lab(colours: Sequence[str]) -> np.ndarray:
    """CIELAB of hex colours ("#FF8C00", "ff8c00", "#F80"), shape (n, 3).

    Raises:
        ConsistencyError: naming the first value that is not a hex colour.
    """
    rgb = np.zeros((len(colours), 3), dtype=np.uint8)
    for i, colour in enumerate(colours):
        text = colour.strip() if isinstance(colour, str) else colour
        if isinstance(text, str) and not text.startswith("#"):
            text = "#" + text
        try:
            digits = normalise_hex(text)[1:]
        except SpecError:
            raise ConsistencyError(
                QT_TRANSLATE_NOOP("core.generate", "{colour!r} is not a hex colour like #FF8C00").format(
                    colour=colour
                )
            ) from None
        rgb[i] = [int(digits[k : k + 2], 16) for k in (0, 2, 4)]
    return srgb_to_lab(rgb)


def match_curve(delta_e: np.ndarray) -> np.ndarray:
    """1 at ΔE ≤ DELTA_E_MATCH, 0 at ΔE ≥ DELTA_E_MISS, linear in between."""
    span = DELTA_E_MISS - DELTA_E_MATCH
    return np.clip((DELTA_E_MISS - np.asarray(delta_e, dtype=np.float64)) / span, 0.0, 1.0)


# -- image features ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class ImageFeatures:
    """What scoring needs from one image, computed once (`features`) and reused for every variant.

    The arrays are read-only, so one instance can be shared between worker threads.

    Attributes:
        width, height: the image's own size in pixels.
        colours: dominant colours in CIELAB, shape (k, 3), most common first (k ≤ 8; 0 when
            nothing is visible).
        shares: each dominant colour's share of the visible pixels, shape (k,), summing to 1.
        hash_bits: the difference hash (horizontal then vertical gradients), 2·HASH_SIZE² bools.
        histogram: the soft CIELAB histogram of the visible pixels, summing to 1 (or all 0).
    """

    width: int
    height: int
    colours: np.ndarray
    shares: np.ndarray
    hash_bits: np.ndarray
    histogram: np.ndarray

    def dominant_hex(self) -> tuple[tuple[str, float], ...]:
        """The dominant colours as ("#RRGGBB", share), most common first (for display)."""
        rgb = _lab_to_srgb8(self.colours)
        return tuple(
            (f"#{r:02X}{g:02X}{b:02X}", float(s)) for (r, g, b), s in zip(rgb, self.shares, strict=True)
        )


def features(data: bytes, *, label: str = "") -> ImageFeatures:
    """Decode an image at a small size and summarise it: the slow part of scoring (decoding).

    Args:
        data: the encoded image (PNG, JPEG, WebP, GIF, ... whatever Pillow reads).
        label: how error messages name the image ("the anchor", a file name); "the image" by default.

    Raises:
        UnreadableImageError: the bytes are not a readable image, or declare an enormous one.
    """
    small, width, height = _decode_small(data, label)
    rgba = np.asarray(small, dtype=np.uint8)
    visible = rgba[..., 3] >= ALPHA_CUTOFF
    pixels = rgba[visible][:, :3]
    colours, shares = _dominant_colours(pixels)
    return ImageFeatures(
        width=width,
        height=height,
        colours=_frozen(colours),
        shares=_frozen(shares),
        hash_bits=_frozen(_difference_hash(rgba)),
        histogram=_frozen(_lab_histogram(srgb_to_lab(pixels))),
    )


def _decode_small(data: bytes, label: str) -> tuple[Image.Image, int, int]:
    """The image as RGBA at most ANALYSIS_SIZE px on its longer side, and its full size."""
    name = label or QT_TRANSLATE_NOOP("core.generate", "the image")
    unreadable = UnreadableImageError(
        QT_TRANSLATE_NOOP(
            "core.generate",
            "Cannot score {name}: it is not an image Cutie can read (it may be damaged or incomplete).",
        ).format(name=name)
    )
    bomb = UnreadableImageError(
        QT_TRANSLATE_NOOP(
            "core.generate",
            "Cannot score {name}: it declares an enormous picture (more than {limit:,} pixels), so it was "
            "not opened.",
        ).format(name=name, limit=MAX_PIXELS)
    )
    if not isinstance(data, bytes | bytearray | memoryview) or not data:
        raise unreadable
    try:
        with bomb_warnings_as_errors():  # Pillow checks the declared size while opening
            im = Image.open(io.BytesIO(bytes(data)))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise bomb from None
    except _DECODE_ERRORS:
        raise unreadable from None
    with im:
        width, height = im.size
        if width * height > MAX_PIXELS:
            raise bomb
        try:
            im.draft("RGB", (ANALYSIS_SIZE * 2, ANALYSIS_SIZE * 2))  # JPEG: decode at a reduced scale
            frame = im if im.mode in ("RGB", "RGBA", "L") else im.convert("RGBA")
            frame.thumbnail((ANALYSIS_SIZE, ANALYSIS_SIZE), Image.Resampling.BILINEAR, reducing_gap=2.0)
            small = frame.convert("RGBA")
        except MemoryError:
            raise bomb from None
        except _DECODE_ERRORS:
            raise unreadable from None
    return small, int(width), int(height)


def _frozen(array: np.ndarray) -> np.ndarray:
    array = np.ascontiguousarray(array)
    array.setflags(write=False)
    return array


def _dominant_colours(pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Up to DOMINANT_COLOURS clusters (CIELAB centres, shares) of (n, 3) uint8 sRGB pixels.

    Median cut (Pillow, deterministic) makes 32 boxes; then the two closest clusters (ΔE00)
    merge until 8 remain, so many near-identical shades of a large area don't crowd out a
    small but distinct colour such as a hair clip.
    """
    if len(pixels) == 0:
        return np.zeros((0, 3)), np.zeros(0)
    strip = Image.fromarray(np.ascontiguousarray(pixels.reshape(1, -1, 3)), "RGB")
    quantised = strip.quantize(
        colors=_MEDIAN_CUT_BOXES, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
    )
    counts = np.bincount(np.asarray(quantised).ravel(), minlength=_MEDIAN_CUT_BOXES)
    palette = np.array(quantised.getpalette() or [], dtype=np.uint8)
    used = np.flatnonzero(counts[: len(palette) // 3])
    colours = srgb_to_lab(palette.reshape(-1, 3)[used])
    weights = counts[used].astype(np.float64)

    while len(colours) > DOMINANT_COLOURS:
        distances = ciede2000(colours[:, None, :], colours[None, :, :])
        np.fill_diagonal(distances, np.inf)
        i, j = np.unravel_index(int(np.argmin(distances)), distances.shape)
        i, j = min(i, j), max(i, j)
        total = weights[i] + weights[j]
        colours[i] = (colours[i] * weights[i] + colours[j] * weights[j]) / total
        weights[i] = total
        colours = np.delete(colours, j, axis=0)
        weights = np.delete(weights, j)

    order = np.argsort(-weights, kind="stable")
    return colours[order], weights[order] / weights.sum()


def _difference_hash(rgba: np.ndarray) -> np.ndarray:
    """dHash: is each cell of a small grey grid brighter than its left / upper neighbour?"""
    rgb = rgba[..., :3].astype(np.float32)
    alpha = rgba[..., 3:4].astype(np.float32) / 255.0
    grey = (rgb * alpha + _BACKDROP * (1.0 - alpha)) @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    image = Image.fromarray(np.ascontiguousarray(grey, dtype=np.float32), "F")
    n = HASH_SIZE
    wide = np.asarray(image.resize((n + 1, n), Image.Resampling.BOX), dtype=np.float64)
    tall = np.asarray(image.resize((n, n + 1), Image.Resampling.BOX), dtype=np.float64)
    horizontal = (wide[:, 1:] - wide[:, :-1]) > _HASH_MARGIN
    vertical = (tall[1:, :] - tall[:-1, :]) > _HASH_MARGIN
    return np.concatenate([horizontal.ravel(), vertical.ravel()])


def _lab_histogram(lab: np.ndarray) -> np.ndarray:
    """A normalised _HIST_BINS³ histogram with linear (trilinear) soft binning.

    Each pixel's weight is split between the two nearest bin centres on each axis, so a small
    brightness or tint change moves weight smoothly instead of jumping a bin edge.
    """
    n = _HIST_BINS
    hist = np.zeros(n**3)
    if len(lab) == 0:
        return hist
    lows, fracs = [], []
    for axis, (low, high) in enumerate(_HIST_RANGES):
        position = np.clip((lab[:, axis] - low) / (high - low) * n - 0.5, 0.0, n - 1.0)
        floor = np.minimum(np.floor(position).astype(np.intp), n - 2)
        lows.append(floor)
        fracs.append(position - floor)
    for dl in (0, 1):
        wl = fracs[0] if dl else 1.0 - fracs[0]
        for da in (0, 1):
            wa = fracs[1] if da else 1.0 - fracs[1]
            for db in (0, 1):
                wb = fracs[2] if db else 1.0 - fracs[2]
                index = ((lows[0] + dl) * n + lows[1] + da) * n + lows[2] + db
                hist += np.bincount(index, weights=wl * wa * wb, minlength=n**3)
    normalised: np.ndarray = hist / hist.sum()
    return normalised


def _lab_to_srgb8(lab: np.ndarray) -> np.ndarray:
    """The inverse of `srgb_to_lab`, rounded to 8-bit sRGB (for display only)."""
    lab = np.asarray(lab, dtype=np.float64).reshape(-1, 3)
    fy = (lab[:, 0] + 16.0) / 116.0
    f = np.stack([fy + lab[:, 1] / 500.0, fy, fy - lab[:, 2] / 200.0], axis=1)
    delta = 6.0 / 29.0
    xyz = np.where(f > delta, f**3, 3.0 * delta**2 * (f - 4.0 / 29.0)) * _WHITE_D65
    linear = np.clip(xyz @ np.linalg.inv(_RGB_TO_XYZ).T, 0.0, 1.0)
    c = np.where(linear <= 0.0031308, linear * 12.92, 1.055 * linear ** (1.0 / 2.4) - 0.055)
    srgb8: np.ndarray = np.clip(np.rint(c * 255.0), 0, 255).astype(np.uint8)
    return srgb8


# -- the measures -----------------------------------------------------------------------------


def palette_adherence(image: ImageFeatures, palette: Sequence[str] | np.ndarray) -> float:
    """How present the palette colours are in the image, in [0, 1] (see the module docstring).

    Args:
        palette: hex colours, or their CIELAB values as from `hex_to_lab` (shape (n, 3)).
    """
    lab = palette if isinstance(palette, np.ndarray) else hex_to_lab(palette)
    if len(lab) == 0:
        raise ConsistencyError(
            QT_TRANSLATE_NOOP(
                "core.generate", "The palette is empty, so there is nothing to compare the image with."
            )
        )
    if len(image.colours) == 0:
        return 0.0
    matches = match_curve(ciede2000(lab[:, None, :], image.colours[None, :, :]))
    coverage = np.minimum(1.0, image.shares / PRESENT_SHARE)
    return _unit(float(np.mean(np.max(matches * coverage[None, :], axis=1))))


def similarity(a: ImageFeatures, b: ImageFeatures) -> float:
    """Perceptual similarity of two images in [0, 1]: structure (dHash) and colour (histogram)."""
    bits = len(a.hash_bits)
    distance = int(np.count_nonzero(a.hash_bits != b.hash_bits))
    structure = max(0.0, 1.0 - 2.0 * distance / bits)
    colour = float(np.minimum(a.histogram, b.histogram).sum())
    return _unit(STRUCTURE_WEIGHT * structure + (1.0 - STRUCTURE_WEIGHT) * colour)


def _unit(value: float) -> float:
    """Clamp to [0, 1], absorbing float rounding (1.0000000000000002)."""
    return min(1.0, max(0.0, value))


# -- the score --------------------------------------------------------------------------------


def combine_similarities(anchor: float | None, references: Sequence[float]) -> float | None:
    """The similarity part of the score from per-image similarities (None when there are none)."""
    refs: float | None = None
    if references:
        refs = BEST_REFERENCE_WEIGHT * max(references) + (1.0 - BEST_REFERENCE_WEIGHT) * (
            sum(references) / len(references)
        )
    if anchor is None:
        return refs
    if refs is None:
        return anchor
    return _unit(ANCHOR_WEIGHT * anchor + (1.0 - ANCHOR_WEIGHT) * refs)


def score_features(
    image: ImageFeatures,
    *,
    palette: Sequence[str] | np.ndarray,
    anchor: ImageFeatures | None,
    references: Sequence[ImageFeatures],
) -> ConsistencyScore:
    """Score prepared features: no decoding, so scoring many variants against one set is cheap.

    Raises:
        ConsistencyError: there is nothing to compare with (no palette, anchor or reference),
            or a palette entry is not a hex colour.
    """
    palette_score = palette_adherence(image, palette) if len(palette) else None
    similar = combine_similarities(
        similarity(image, anchor) if anchor is not None else None,
        [similarity(image, ref) for ref in references],
    )
    if palette_score is None and similar is None:
        raise ConsistencyError(
            QT_TRANSLATE_NOOP(
                "core.generate",
                "There is nothing to compare the image with: set an anchor, add "
                "reference images or give the character a palette.",
            )
        )
    if palette_score is not None and similar is not None:
        overall = PALETTE_WEIGHT * palette_score + (1.0 - PALETTE_WEIGHT) * similar
    else:
        overall = palette_score if palette_score is not None else similar or 0.0
    return ConsistencyScore(palette=palette_score, similarity=similar, overall=_unit(overall))


def score_variant(
    image: bytes,
    *,
    palette: Sequence[str],
    anchor: bytes | None,
    references: Sequence[bytes],
) -> ConsistencyScore:
    """Score one encoded image against encoded anchor/references and a hex palette.

    Decodes every image: to score several variants against the same set, call `features` once
    per reference and use `score_features`.

    Raises:
        UnreadableImageError: one of the images can't be decoded.
        ConsistencyError: nothing to compare with, or a bad palette entry.
    """
    lab = hex_to_lab(palette)
    anchor_features = features(anchor, label="the anchor") if anchor is not None else None
    reference_features = [features(ref, label=f"reference image {i}") for i, ref in enumerate(references, 1)]
    return score_features(features(image), palette=lab, anchor=anchor_features, references=reference_features)


__all__ = [
    "SCORE_VERSION",
    "ConsistencyError",
    "ConsistencyScore",
    "ImageFeatures",
    "UnreadableImageError",
    "ciede2000",
    "combine_similarities",
    "features",
    "hex_to_lab",
    "match_curve",
    "palette_adherence",
    "score_features",
    "score_variant",
    "similarity",
    "srgb_to_lab",
]
