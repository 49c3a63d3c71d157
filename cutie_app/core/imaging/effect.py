"""Measure what an approved edit did to an image, in numbers a model can follow.

When an effect is not a global tone change (a local retouch, a new light), the exact local
tools can't repeat it and the model has to. Models over-apply vague wishes ("darker" becomes
50 % darker), so the request carries the measured change: "brightness about 85 % of the
original, contrast unchanged". Each figure is chosen to be blind to the others: brightness is
the ratio of mean luma; contrast the ratio of luma spread *relative to* the mean (a pure
brightness factor leaves it at 100 %); saturation the ratio of mean HSV saturation (which a
brightness factor does not change); warmth and tint the shift of mean CIELAB b* and a*.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from cutie_app.core.i18n import QT_TRANSLATE_NOOP, Message, joined
from cutie_app.core.imaging.colour_match import lab_statistics

#: Both pictures are measured at most this large (the figures are averages; size adds nothing).
MEASURE_SIDE = 512
#: Ratios within this of 1 read as "unchanged"; Lab shifts within `SHIFT_STEADY` as "no shift".
RATIO_STEADY = 0.03
SHIFT_STEADY = 2.0


@dataclass(frozen=True)
class EffectMeasure:
    """After relative to before: ratios (1.0 = unchanged) and CIELAB shifts (0.0 = none)."""

    brightness: float
    contrast: float
    saturation: float
    warmth: float  # b* shift: positive is warmer (yellower)
    tint: float  # a* shift: positive is more magenta


def _prepared(image: Image.Image, size: tuple[int, int] | None = None) -> Image.Image:
    rgb = image.convert("RGB")
    if size is not None and rgb.size != size:
        return rgb.resize(size, Image.Resampling.BILINEAR)
    if max(rgb.size) > MEASURE_SIDE:
        rgb = rgb.copy()
        rgb.thumbnail((MEASURE_SIDE, MEASURE_SIDE), Image.Resampling.BILINEAR)
    return rgb


def _ratio(after: float, before: float) -> float:
    return after / before if before > 1e-6 else (1.0 if after <= 1e-6 else float("inf"))


def measure_effect(before: Image.Image, after: Image.Image) -> EffectMeasure:
    """How `after` differs from `before` (resized to the same size first).

    Raises:
        ColourMatchError: a picture is fully transparent.
    """
    first = _prepared(before)
    second = _prepared(after, first.size)
    luma_a = np.asarray(first.convert("L"), dtype=np.float64)
    luma_b = np.asarray(second.convert("L"), dtype=np.float64)
    brightness = _ratio(float(luma_b.mean()), float(luma_a.mean()))
    spread_a = float(luma_a.std()) / max(float(luma_a.mean()), 1e-6)
    spread_b = float(luma_b.std()) / max(float(luma_b.mean()), 1e-6)
    sat_a = float(np.asarray(first.convert("HSV"), dtype=np.float64)[..., 1].mean())
    sat_b = float(np.asarray(second.convert("HSV"), dtype=np.float64)[..., 1].mean())
    lab_a, lab_b = lab_statistics(first), lab_statistics(second)
    return EffectMeasure(
        brightness=brightness,
        contrast=_ratio(spread_b, spread_a),
        saturation=_ratio(sat_b, sat_a),
        warmth=lab_b.mean[2] - lab_a.mean[2],
        tint=lab_b.mean[1] - lab_a.mean[1],
    )


def _percent(unchanged: Message, changed: Message, ratio: float) -> Message:
    if abs(ratio - 1.0) <= RATIO_STEADY:
        return unchanged
    return changed.format(percent=ratio * 100)


def describe_effect(measure: EffectMeasure) -> str:
    """The measured change as one sentence, e.g. "Brightness about 85 % of the original, ..."."""
    parts = [
        _percent(
            QT_TRANSLATE_NOOP("core.adjust", "Brightness unchanged"),
            QT_TRANSLATE_NOOP("core.adjust", "Brightness about {percent:.0f} % of the original"),
            measure.brightness,
        ),
        _percent(
            QT_TRANSLATE_NOOP("core.adjust", "contrast unchanged"),
            QT_TRANSLATE_NOOP("core.adjust", "contrast about {percent:.0f} % of the original"),
            measure.contrast,
        ),
        _percent(
            QT_TRANSLATE_NOOP("core.adjust", "colour saturation unchanged"),
            QT_TRANSLATE_NOOP("core.adjust", "colour saturation about {percent:.0f} % of the original"),
            measure.saturation,
        ),
    ]
    shifts: list[Message] = []
    if abs(measure.warmth) > SHIFT_STEADY:
        warmth = (
            QT_TRANSLATE_NOOP("core.adjust", "warmer (CIELAB b* {value:+.0f})")
            if measure.warmth > 0
            else QT_TRANSLATE_NOOP("core.adjust", "cooler (CIELAB b* {value:+.0f})")
        )
        shifts.append(warmth.format(value=measure.warmth))
    if abs(measure.tint) > SHIFT_STEADY:
        tint = (
            QT_TRANSLATE_NOOP("core.adjust", "more magenta (CIELAB a* {value:+.0f})")
            if measure.tint > 0
            else QT_TRANSLATE_NOOP("core.adjust", "greener (CIELAB a* {value:+.0f})")
        )
        shifts.append(tint.format(value=measure.tint))
    if len(shifts) == 2:
        parts.append(
            QT_TRANSLATE_NOOP("core.adjust", "colours {first} and {second}").format(
                first=shifts[0], second=shifts[1]
            )
        )
    elif shifts:
        parts.append(QT_TRANSLATE_NOOP("core.adjust", "colours {shift}").format(shift=shifts[0]))
    else:
        parts.append(QT_TRANSLATE_NOOP("core.adjust", "colour balance unchanged"))
    return joined(parts, ", ")
