"""Measuring an approved edit in numbers, and the request that asks a model to repeat it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance

from cutie_app.core.imaging.adjust import render
from cutie_app.core.imaging.effect import describe_effect, measure_effect
from cutie_app.core.model.adjustments import AdjustmentStack, Brightness, Contrast, Warmth
from cutie_app.core.services.adjust import AdjustBatchError, LookLibrary
from cutie_app.core.services.adjust_ai import approved_effect, effect_request
from cutie_app.core.services.adjust_editor import AdjustEditor
from cutie_app.core.services.adjust_project import ProjectAdjustStore
from cutie_app.core.store import Project


def scene(seed: int = 1, size: tuple[int, int] = (200, 150)) -> Image.Image:
    rng = np.random.default_rng(seed)
    h, w = size[1], size[0]
    y, x = np.mgrid[0:h, 0:w]
    base = np.stack([40 + x * 160 // w, 60 + y * 140 // h, 200 - x * 120 // w], axis=-1)
    return Image.fromarray(np.clip(base + rng.integers(-15, 16, (h, w, 3)), 0, 255).astype(np.uint8))


def test_a_brightness_factor_reads_as_that_percentage_and_nothing_else() -> None:
    before = scene()
    measure = measure_effect(before, ImageEnhance.Brightness(before).enhance(0.85))
    assert measure.brightness == pytest.approx(0.85, abs=0.01)
    assert measure.contrast == pytest.approx(1.0, abs=0.02)
    assert measure.saturation == pytest.approx(1.0, abs=0.02)
    assert abs(measure.warmth) < 2 and abs(measure.tint) < 2
    assert describe_effect(measure) == (
        "Brightness about 85 % of the original, contrast unchanged, colour saturation unchanged, "
        "colour balance unchanged"
    )


def test_contrast_saturation_and_warmth_are_told_apart() -> None:
    before = scene(2)
    more_contrast = render(before, AdjustmentStack((Contrast(1.4),)))
    measure = measure_effect(before, more_contrast)
    assert measure.contrast > 1.2 and abs(measure.brightness - 1) < 0.05
    saturated = ImageEnhance.Color(before).enhance(1.5)
    assert measure_effect(before, saturated).saturation > 1.2
    warmer = describe_effect(measure_effect(before, render(before, AdjustmentStack((Warmth(0.6),)))))
    assert warmer.startswith("Brightness unchanged") and "colours warmer (CIELAB b* +" in warmer
    assert describe_effect(measure_effect(before, before.resize((100, 75)))).startswith(
        "Brightness unchanged"
    )


def _png(image: Image.Image, path: Path) -> bytes:
    image.save(path)
    return path.read_bytes()


def test_the_request_carries_the_pair_the_target_and_the_measured_change(tmp_path: Path) -> None:
    from helpers.builders import recipe

    from cutie_app.core.model.generation import GeneratedImage, Variant, VariantStatus

    with Project.create(tmp_path / "p") as project:
        ids = []
        for seed in (1, 2):
            data = _png(scene(seed), tmp_path / f"{seed}.png")
            (record,) = project.add_variant(
                Variant(seed, VariantStatus.DELIVERED, recipe(), images=(GeneratedImage(data, "image/png"),))
            )
            ids.append(record.id)
        store = ProjectAdjustStore(project)
        editor = AdjustEditor(store, LookLibrary(tmp_path / "looks"))
        approved = editor.apply(ids[0], AdjustmentStack((Brightness(0.85),))).image
        with pytest.raises(AdjustBatchError, match="not a version of another image"):
            approved_effect(store, ids[1])

        effect = approved_effect(store, approved.id)
        assert effect.original.id == ids[0]
        assert "Brightness about 85 % of the original" in effect.description
        assert effect.exact_alternative == AdjustmentStack((Brightness(0.85),))
        target = store.image_path(store.image(ids[1])).read_bytes()
        request = effect_request(effect, target, ids[1], "gemini-3-pro-image")
        assert [r.sha256 for r in request.references] == [
            effect.original.sha256,
            approved.sha256,
            store.image(ids[1]).sha256,
        ]
        text = request.prompt.text
        assert "Image 3" in text and "Do not over-apply" in text and effect.description in text
