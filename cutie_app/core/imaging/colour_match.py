"""Colour match to the anchor: move an image's colour statistics toward the anchor's.

The transfer is Reinhard et al.'s (2001), in CIELAB rather than lαβ: each channel of each
pixel is shifted and scaled so the image's mean and standard deviation become the anchor's,

    lab' = mean_anchor + (lab - mean_image) · clip(std_anchor / std_image, 1/4, 4)

then blended with the original by the step's strength. The ratio is clipped so a nearly flat
image is not blown up into noise.

Statistics are measured on a copy at most `STATS_SIZE` pixels on its longer side, ignoring
transparent pixels, so a preview and the full-size render measure (nearly) the same thing and
measuring a 4K image costs milliseconds. The transform depends only on the colour, so it is
baked into a 33³ table and applied by the same trilinear filter as a .cube LUT.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.imaging.consistency import srgb_to_lab
from cutie_app.core.imaging.lut import identity_grid
from cutie_app.core.model.adjustments import LabStats

#: Longest side of the copy that statistics are measured on.
STATS_SIZE = 256
#: Pixels less opaque than this (0-255) are not part of the picture.
ALPHA_CUTOFF = 32
#: The per-channel scale is kept within [1 / MAX_SCALE, MAX_SCALE].
MAX_SCALE = 4.0
#: Side of the table the transform is baked into.
TABLE_SIZE = 33

# sRGB (D65) to XYZ and the white point, as in `consistency` (its constants are private).
_RGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
_XYZ_TO_RGB = np.linalg.inv(_RGB_TO_XYZ)
_WHITE_D65 = np.array([0.95047, 1.0, 1.08883])


class ColourMatchError(ValueError):
    """Statistics can't be measured (e.g. a fully transparent anchor); `str()` says why."""


def visible_pixels(image: Image.Image) -> np.ndarray:
    """The RGB values (n, 3) of the non-transparent pixels of a small copy of `image`."""
    small = image
    if max(image.size) > STATS_SIZE:
        scale = STATS_SIZE / max(image.size)
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        small = image.resize(size, Image.Resampling.BOX)
    has_alpha = "A" in small.getbands()
    rgba = np.asarray(small.convert("RGBA" if has_alpha else "RGB"))
    pixels = rgba.reshape(-1, rgba.shape[-1])
    if has_alpha:
        pixels = pixels[pixels[:, 3] >= ALPHA_CUTOFF]
    return np.ascontiguousarray(pixels[:, :3])


def lab_statistics(image: Image.Image) -> LabStats:
    """Mean and standard deviation of the image's visible colours in CIELAB.

    Raises:
        ColourMatchError: the image has no visible pixels.
    """
    pixels = visible_pixels(image)
    if not len(pixels):
        raise ColourMatchError(
            QT_TRANSLATE_NOOP("core.adjust", "The image is fully transparent, so it has no colours to match.")
        )
    lab = srgb_to_lab(pixels)
    mean = lab.mean(axis=0)
    std = lab.std(axis=0)
    return LabStats(
        (float(mean[0]), float(mean[1]), float(mean[2])),
        (float(std[0]), float(std[1]), float(std[2])),
    )


def lab_to_srgb(lab: np.ndarray) -> np.ndarray:
    """The inverse of `srgb_to_lab`: sRGB on 0-1 (clipped), same shape as `lab`."""
    lab = np.asarray(lab, dtype=np.float64)
    fy = (lab[..., 0] + 16.0) / 116.0
    f = np.stack([fy + lab[..., 1] / 500.0, fy, fy - lab[..., 2] / 200.0], axis=-1)
    delta = 6.0 / 29.0
    xyz = np.where(f > delta, f**3, 3.0 * delta**2 * (f - 4.0 / 29.0)) * _WHITE_D65
    linear = np.clip(xyz @ _XYZ_TO_RGB.T, 0.0, 1.0)
    srgb: np.ndarray = np.clip(
        np.where(linear <= 0.0031308, linear * 12.92, 1.055 * linear ** (1.0 / 2.4) - 0.055), 0.0, 1.0
    )
    return srgb


def transfer(lab: np.ndarray, source: LabStats, target: LabStats, strength: float) -> np.ndarray:
    """Apply the statistics transfer to CIELAB values (..., 3)."""
    mean_s, mean_t = np.asarray(source.mean), np.asarray(target.mean)
    scale = np.clip(
        np.asarray(target.std) / np.maximum(np.asarray(source.std), 1e-6), 1.0 / MAX_SCALE, MAX_SCALE
    )
    matched = mean_t + (lab - mean_s) * scale
    blended: np.ndarray = lab + strength * (matched - lab)
    return blended


def transfer_table(source: LabStats, target: LabStats, strength: float, size: int = TABLE_SIZE) -> np.ndarray:
    """The transfer baked into a 3D table (size³ × 3, [b][g][r], sRGB 0-1) for a trilinear filter."""
    grid = identity_grid(size)
    return lab_to_srgb(transfer(srgb_to_lab(grid), source, target, strength))
