"""|A − B|, measured on the originals and brightened for the eye.

The Difference view must never show a difference the originals do not have. Its screen image is
the difference of two *lossless* screen-size copies of the originals, never of their cached JPEG
previews: a preview at quality 90 (4:4:4) is off by up to 57/255 at a sharp edge (9/255 once
shrunk to 1024 px; measured on a 4096² illustration), which the brightening (up to ×50) would
turn into bright noise where the pictures are equal, and a threshold at that error would hide
real changes below it (a slight colour shift is what an edit most often brings). Identical
pixels shrink to identical pixels, so two equal originals give an all-black difference.

The figures a caption states (largest and mean difference, the brightening) come from the
originals themselves when they have one size, from Pillow's histogram of their difference (C,
no 50-million-element array in Python).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops

#: The brightening never exceeds this: a difference of 5/255 shows; noise of 1/255 stays dim.
MAX_GAIN = 50.0
#: The brightest 0.5 % of the differences may clip; the rest are stretched to full brightness.
STRETCH_PERCENTILE = 99.5


@dataclass(frozen=True)
class DifferenceStats:
    """The raw per-channel difference of two pictures.

    Attributes:
        max_delta: the largest channel difference, 0-255 (0: identical pixels).
        mean_delta: the mean channel difference.
        gain: how much the view brightens the difference (1 when there is none).
        exact: measured on the originals at full size (False: on their screen-size copies,
            because the pictures' sizes differ).
    """

    max_delta: int
    mean_delta: float
    gain: float
    exact: bool


def rgb(image: Image.Image) -> Image.Image:
    """The colour channels only (alpha is not part of the difference)."""
    return image if image.mode == "RGB" else image.convert("RGB")


def _gain(peak: int, high: float) -> float:
    if peak == 0:
        return 1.0
    return min(MAX_GAIN, 255.0 / max(high, 1.0))


def _percentile_of_histogram(counts: list[int], percentile: float) -> float:
    """The smallest value with at least `percentile` % of the counts at or below it."""
    total = sum(counts)
    if total == 0:
        return 0.0
    wanted = total * percentile / 100.0
    running = 0
    for value, count in enumerate(counts):
        running += count
        if running >= wanted:
            return float(value)
    return float(len(counts) - 1)


def exact_stats(a: Image.Image, b: Image.Image) -> DifferenceStats:
    """The difference of two pictures of one size, measured on every pixel."""
    if a.size != b.size:
        raise ValueError(f"pictures of {a.size} and {b.size} have no pixel-by-pixel difference")
    bands = ImageChops.difference(rgb(a), rgb(b)).histogram()  # 3 × 256 counts
    counts = [bands[v] + bands[256 + v] + bands[512 + v] for v in range(256)]
    total = sum(counts)
    peak = max((v for v, n in enumerate(counts) if n), default=0)
    mean = sum(v * n for v, n in enumerate(counts)) / total if total else 0.0
    high = _percentile_of_histogram(counts, STRETCH_PERCENTILE)
    return DifferenceStats(peak, mean, _gain(peak, high), exact=True)


def _delta(a: Image.Image, b: Image.Image) -> np.ndarray:
    return np.abs(np.asarray(rgb(a), dtype=np.int16) - np.asarray(rgb(b), dtype=np.int16)).astype(np.uint8)


def approximate_stats(a: Image.Image, b: Image.Image) -> DifferenceStats:
    """The difference measured on two copies of one size (pictures whose sizes differ)."""
    delta = _delta(a, b)
    peak = int(delta.max()) if delta.size else 0
    high = float(np.percentile(delta, STRETCH_PERCENTILE)) if peak else 0.0
    return DifferenceStats(peak, float(delta.mean()) if delta.size else 0.0, _gain(peak, high), exact=False)


def brightened(a: Image.Image, b: Image.Image, gain: float) -> Image.Image:
    """|a − b| × `gain` as an RGB picture (`b` must have `a`'s size)."""
    if a.size != b.size:
        raise ValueError(f"pictures of {a.size} and {b.size} have no pixel-by-pixel difference")
    shown = np.clip(_delta(a, b).astype(np.float32) * gain, 0, 255).astype(np.uint8)
    return Image.fromarray(np.ascontiguousarray(shown), "RGB")
