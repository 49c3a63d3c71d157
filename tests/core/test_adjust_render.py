"""Rendering each step on small images built here: the maths, Pillow identities, repeatability."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from PIL import Image, ImageEnhance

from cutie_app.core.imaging.adjust import (
    AdjustImageError,
    MissingLutError,
    adjust_bytes,
    decode_image,
    histogram,
    render,
    render_preview,
)
from cutie_app.core.imaging.colour_match import lab_statistics
from cutie_app.core.imaging.consistency import ciede2000, features, hex_to_lab, palette_adherence
from cutie_app.core.imaging.lut import parse_cube, sample_3d
from cutie_app.core.model.adjustments import (
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

FACTORS = [0.0, 0.05, 1 / 3, 0.5, 0.85, 0.999, 1.0, 1.0000001, 1.15, 1.5, 2.0, 3.7]


def noise(mode: str, size: tuple[int, int] = (67, 41), seed: int = 0) -> Image.Image:
    """Random pixels covering every 8-bit value, in any mode; alpha random too."""
    rng = np.random.default_rng(seed)
    bands = len(mode)
    arr = rng.integers(0, 256, (size[1], size[0], bands), dtype=np.uint8)
    arr.reshape(-1, bands)[:256] = np.arange(256, dtype=np.uint8)[:, None]
    return Image.fromarray(arr[:, :, 0] if bands == 1 else arr, mode)


def stack(*steps) -> AdjustmentStack:
    return AdjustmentStack(tuple(steps))


def pixels(image: Image.Image) -> np.ndarray:
    return np.asarray(image).astype(np.int64)


def png_bytes(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


# -- Pillow identities ------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "LA"])
@pytest.mark.parametrize("factor", FACTORS)
def test_brightness_is_pixel_identical_to_pillow(mode: str, factor: float) -> None:
    image = noise(mode)
    expected = ImageEnhance.Brightness(image).enhance(factor)
    result = render(image, stack(Brightness(factor)))
    assert result.mode == mode
    assert result.tobytes() == expected.tobytes()


def test_brightness_then_other_tone_steps_composes_exactly() -> None:
    """Fused tables give what applying each step's 8-bit result in turn gives."""
    image = noise("RGB", seed=3)
    once = render(image, stack(Brightness(0.85), Contrast(1.3), Exposure(0.4)))
    step_by_step = render(
        render(render(image, stack(Brightness(0.85))), stack(Contrast(1.3))), stack(Exposure(0.4))
    )
    assert once.tobytes() == step_by_step.tobytes()
    assert once.tobytes() != render(image, stack(Contrast(1.3), Brightness(0.85), Exposure(0.4))).tobytes()


@pytest.mark.parametrize("factor", [0.0, 0.3, 0.5, 0.8, 1.0, 1.25, 2.0, 4.0])
def test_contrast_is_pillow_contrast_around_mid_grey(factor: float) -> None:
    # Pillow's Contrast pivots on the image's mean grey; on an image whose mean is 128 the two agree.
    values = np.array([128 + k for k in range(-128, 128)] + [128 - k for k in range(-127, 128)] + [128])
    grey = Image.fromarray(np.repeat(values.astype(np.uint8).reshape(16, 32)[:, :, None], 3, axis=2))
    assert int(np.asarray(grey.convert("L")).mean() + 0.5) == 128  # the pivot Pillow rounds the mean to
    expected = ImageEnhance.Contrast(grey).enhance(factor)
    assert render(grey, stack(Contrast(factor))).tobytes() == expected.tobytes()


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
@pytest.mark.parametrize("factor", [0.0, 0.5, 1.3, 2.5])
def test_saturation_is_pillow_color(mode: str, factor: float) -> None:
    image = noise(mode, seed=5)
    assert (
        render(image, stack(Saturation(factor))).tobytes()
        == ImageEnhance.Color(image).enhance(factor).tobytes()
    )
    grey = noise("L")
    assert render(grey, stack(Saturation(factor))).tobytes() == grey.tobytes()


# -- each step's maths ------------------------------------------------------------------------


def srgb_to_linear(v: np.ndarray) -> np.ndarray:
    c = v / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def linear_to_srgb8(x: np.ndarray) -> np.ndarray:
    x = np.clip(x, 0, 1)
    return np.floor(255 * np.where(x <= 0.0031308, 12.92 * x, 1.055 * x ** (1 / 2.4) - 0.055) + 0.5)


def test_exposure_multiplies_linear_light() -> None:
    ramp = Image.fromarray(np.arange(256, dtype=np.uint8).reshape(16, 16))
    for stops in (1.0, -1.0, 0.5):
        result = pixels(render(ramp, stack(Exposure(stops)))).ravel()
        assert result.tolist() == linear_to_srgb8(srgb_to_linear(np.arange(256.0)) * 2**stops).tolist()
    assert pixels(render(ramp, stack(Exposure(1.0))))[0, 0] == 0


def test_warmth_and_tint_shift_white_balance() -> None:
    grey = Image.new("RGB", (4, 4), (128, 128, 128))
    warm = pixels(render(grey, stack(Warmth(1.0))))[0, 0]
    assert warm.tolist() == [
        linear_to_srgb8(srgb_to_linear(np.array(128.0)) * 2**0.5),
        128,
        linear_to_srgb8(srgb_to_linear(np.array(128.0)) * 2**-0.5),
    ]
    cool = pixels(render(grey, stack(Warmth(-0.5))))[0, 0]
    assert cool[0] < 128 < cool[2] and cool[1] == 128
    magenta = pixels(render(grey, stack(Tint(0.5))))[0, 0]
    assert magenta[1] < 128 and magenta[0] == magenta[2] == 128
    assert render(Image.new("L", (2, 2), 100), stack(Warmth(0.2))).mode == "RGB"


def test_levels_maps_black_white_and_gamma() -> None:
    ramp = Image.fromarray(np.arange(256, dtype=np.uint8).reshape(16, 16))
    out = pixels(render(ramp, stack(Levels(black=0.2, white=0.8)))).ravel()
    assert out[:52].max() == 0  # 51/255 = 0.2
    assert out[204:].min() == 255  # 204/255 = 0.8
    assert out[128] == round((128 / 255 - 0.2) / 0.6 * 255)
    mid = pixels(render(Image.new("L", (1, 1), 128), stack(Levels(gamma=2.0))))[0, 0]
    assert mid == round((128 / 255) ** 0.5 * 255)
    squeezed = pixels(render(ramp, stack(Levels(out_black=0.1, out_white=0.9)))).ravel()
    assert (squeezed[0], squeezed[255]) == (round(0.1 * 255), round(0.9 * 255))
    half = pixels(render(ramp, stack(Levels(0.5, black=0.2, white=0.8)))).ravel()
    assert half[0] == 0 and half[30] == round(30 / 2) and half[255] == 255


def test_curves_pass_through_their_points_without_overshoot() -> None:
    ramp = Image.fromarray(np.arange(256, dtype=np.uint8).reshape(16, 16))
    points = ((0.0, 0.0), (51 / 255, 102 / 255), (204 / 255, 230 / 255), (1.0, 1.0))
    out = pixels(render(ramp, stack(Curves(points=points)))).ravel()
    assert (out[0], out[51], out[204], out[255]) == (0, 102, 230, 255)
    assert (np.diff(out) >= 0).all()  # monotone points give a monotone curve
    flat_ends = pixels(render(ramp, stack(Curves(points=((0.25, 0.3), (0.75, 0.6)))))).ravel()
    assert flat_ends[:64].tolist() == [77] * 64  # 0.3 × 255 = 76.5, rounded half up
    assert flat_ends[192:].tolist() == [153] * 64


def test_a_one_channel_curve_leaves_the_others() -> None:
    image = noise("RGB", seed=2)
    out = pixels(render(image, stack(Curves(points=((0, 1), (1, 0)), channel=CurveChannel.GREEN))))
    src = pixels(image)
    assert (out[..., 1] == 255 - src[..., 1]).all()
    assert (out[..., [0, 2]] == src[..., [0, 2]]).all()


def test_grain_is_seeded_centred_and_sized_by_amount() -> None:
    grey = Image.new("RGBA", (300, 300), (128, 128, 128, 77))
    first = render(grey, stack(Grain(0.4, seed=42)))
    assert first.tobytes() == render(grey, stack(Grain(0.4, seed=42))).tobytes()
    assert first.tobytes() != render(grey, stack(Grain(0.4, seed=43))).tobytes()
    out = pixels(first)
    delta = out[..., 0] - 128
    assert abs(delta.mean()) < 0.3
    assert delta.std() == pytest.approx(0.4 * 25.5, rel=0.05)
    assert (out[..., 0] == out[..., 1]).all() and (out[..., 1] == out[..., 2]).all()  # luminance grain
    assert (out[..., 3] == 77).all()


def test_grain_of_a_row_does_not_depend_on_the_image_height() -> None:
    """Rows are drawn from the stream in order, so a taller image starts with the same grain."""
    short = pixels(render(Image.new("L", (101, 300), 128), stack(Grain(0.5, seed=7))))
    tall = pixels(render(Image.new("L", (101, 700), 128), stack(Grain(0.5, seed=7))))
    assert (tall[:300] == short).all()


def test_vignette_darkens_or_lightens_the_corners_only() -> None:
    grey = Image.new("RGB", (201, 101), (200, 200, 200))
    dark = pixels(render(grey, stack(Vignette(0.5, midpoint=0.4))))
    assert dark[50, 100].tolist() == [200, 200, 200]
    assert dark[0, 0].tolist() == pytest.approx([100, 100, 100], abs=3)
    assert dark[0, 0, 0] < dark[25, 50, 0] < dark[50, 100, 0]
    light = pixels(render(grey, stack(Vignette(-1.0))))
    assert light[50, 100, 0] == 200 and light[0, 0, 0] >= 253


def test_a_3d_lut_matches_trilinear_interpolation() -> None:
    text = ["LUT_3D_SIZE 5"]
    axis = np.linspace(0, 1, 5)
    for b in axis:
        for g in axis:
            for r in axis:
                text.append(f"{r**2:.6f} {np.sqrt(g):.6f} {(r + b) / 2:.6f}")
    lut = parse_cube("\n".join(text).encode(), "curvy.cube")
    image = noise("RGBA", seed=9)
    out = pixels(render(image, stack(Lut(sha256=lut.sha256)), {lut.sha256: lut}))
    src = pixels(image)
    expected = sample_3d(lut, src[..., :3] / 255.0) * 255.0
    assert np.abs(out[..., :3] - expected).max() <= 1.0
    assert (out[..., 3] == src[..., 3]).all()
    half = pixels(render(image, stack(Lut(0.5, sha256=lut.sha256)), {lut.sha256: lut}))
    assert np.abs(half[..., :3] - (src[..., :3] + expected) / 2).max() <= 1.0


def test_a_lut_with_a_wider_domain_is_applied_in_that_domain() -> None:
    # Output = input / 2 over the domain [0, 2]: an input of 1 (white) sits mid-domain, so it halves.
    halve = "DOMAIN_MIN 0 0 0\nDOMAIN_MAX 2 2 2\nLUT_3D_SIZE 2\n" + "\n".join(
        f"{r / 2} {g / 2} {b / 2}" for b in (0, 2) for g in (0, 2) for r in (0, 2)
    )
    lut = parse_cube(halve.encode(), "wide.cube")
    ramp = Image.fromarray(np.repeat(np.arange(256, dtype=np.uint8).reshape(16, 16)[:, :, None], 3, axis=2))
    out = pixels(render(ramp, stack(Lut(sha256=lut.sha256)), {lut.sha256: lut}))
    assert np.abs(out - pixels(ramp) / 2).max() <= 1


def test_a_1d_lut_is_a_per_channel_table() -> None:
    text = "LUT_1D_SIZE 2\n1 0 0.5\n0 1 0.5\n"  # invert red, keep green, flatten blue
    lut = parse_cube(text.encode(), "ramp.cube")
    image = noise("RGB", seed=4)
    out = pixels(render(image, stack(Lut(sha256=lut.sha256)), {lut.sha256: lut}))
    src = pixels(image)
    assert (out[..., 0] == 255 - src[..., 0]).all()
    assert (out[..., 1] == src[..., 1]).all()
    assert (out[..., 2] == 128).all()


def test_a_missing_lut_is_named() -> None:
    with pytest.raises(MissingLutError, match="“Film”"):
        render(noise("RGB"), stack(Lut(sha256="ab" * 32, name="Film")), {})


def test_colour_match_moves_the_image_toward_the_anchor_palette() -> None:
    rng = np.random.default_rng(11)
    # The anchor: Little Orange's orange hair, cream skin and a white background. The new image:
    # the same picture drifted cold, dull and dark, as a new generation can come back.
    anchor = np.zeros((120, 160, 3), dtype=np.uint8)
    anchor[:, :60] = (255, 140, 0)
    anchor[:, 60:110] = (255, 228, 181)
    anchor[:, 110:] = (250, 250, 250)
    drifted = anchor * np.array([0.62, 0.7, 0.8]) + np.array([0, 12, 45]) + rng.integers(-4, 5, anchor.shape)
    image = np.clip(drifted, 0, 255).astype(np.uint8)
    anchor_png, image_png = png_bytes(Image.fromarray(anchor)), png_bytes(Image.fromarray(image))

    palette = [hex_colour for hex_colour, _ in features(anchor_png).dominant_hex()]

    def distance_to_palette(png: bytes) -> float:
        dominant = [c for c, share in features(png).dominant_hex() if share > 0.05]
        return float(np.mean([ciede2000(hex_to_lab([p]), hex_to_lab(dominant)).min() for p in palette]))

    target = lab_statistics(Image.fromarray(anchor))
    matched = render(Image.fromarray(image), stack(ColourMatch(1.0, target)))
    halfway = render(Image.fromarray(image), stack(ColourMatch(0.5, target)))
    before, half, after = (
        distance_to_palette(png_bytes(i)) for i in (Image.fromarray(image), halfway, matched)
    )
    assert before > 20  # ΔE00 of about 25 before: clearly another palette
    assert after < 5 < half < before
    assert (
        palette_adherence(features(png_bytes(matched)), palette)
        > 0.9
        > palette_adherence(features(image_png), palette)
    )
    stats = lab_statistics(matched)
    assert stats.mean == pytest.approx(target.mean, abs=2.0)


def test_colour_match_ignores_transparent_pixels_and_keeps_alpha() -> None:
    rgba = np.zeros((20, 20, 4), dtype=np.uint8)
    rgba[:10] = (0, 255, 0, 0)  # invisible green must not count
    rgba[10:] = (100, 100, 100, 255)
    stats = lab_statistics(Image.fromarray(rgba))
    assert stats.std == pytest.approx((0.0, 0.0, 0.0), abs=1e-6)
    out = render(
        Image.fromarray(rgba),
        stack(ColourMatch(1.0, lab_statistics(Image.new("RGB", (2, 2), (200, 50, 50))))),
    )
    assert (pixels(out)[..., 3] == rgba[..., 3]).all()


# -- the whole pipeline ---------------------------------------------------------------------------

FULL = stack(
    Exposure(0.2),
    Brightness(0.85),
    Contrast(1.2),
    Levels(black=0.03, white=0.97, gamma=1.1),
    Curves(points=((0, 0), (0.3, 0.25), (0.7, 0.78), (1, 1))),
    Saturation(1.2),
    Warmth(0.3),
    Tint(-0.1),
    ColourMatch(0.6, lab_statistics(Image.new("RGB", (2, 2), (230, 140, 40)))),
    Vignette(0.3),
    Grain(0.25, seed=2026),
)


def test_muted_and_neutral_steps_change_nothing() -> None:
    image = noise("RGBA")
    muted = stack(*(s.with_enabled(False) for s in FULL.steps))
    assert render(image, muted).tobytes() == image.tobytes()
    assert render(image, FULL.reset()).tobytes() == image.tobytes()


def test_greyscale_stays_greyscale_for_tone_steps_and_alpha_is_kept() -> None:
    assert render(noise("L"), stack(Brightness(0.5), Curves(), Grain(0.2), Vignette(0.2))).mode == "L"
    image = noise("RGBA", seed=8)
    out = render(image, FULL)
    assert out.mode == "RGBA"
    assert (pixels(out)[..., 3] == pixels(image)[..., 3]).all()
    assert render(noise("LA"), FULL).mode == "RGBA"


def test_same_input_and_stack_give_the_same_bytes() -> None:
    data = png_bytes(noise("RGB", size=(640, 480), seed=1))
    first = adjust_bytes(data, FULL)
    assert first.data == adjust_bytes(data, FULL).data
    assert first.mime_type == "image/png"
    assert (first.width, first.height) == (640, 480)


def test_same_bytes_in_another_process() -> None:
    """A fresh interpreter renders the same bytes (no hidden state, no unseeded randomness)."""
    data = png_bytes(noise("RGB", size=(320, 200), seed=6))
    here = hashlib.sha256(adjust_bytes(data, FULL).data).hexdigest()
    code = textwrap.dedent(
        """
        import hashlib, json, sys
        from cutie_app.core.imaging.adjust import adjust_bytes
        from cutie_app.core.model.adjustments import AdjustmentStack
        stack = AdjustmentStack.from_dict(json.loads(sys.argv[1]))
        print(hashlib.sha256(adjust_bytes(sys.stdin.buffer.read(), stack).data).hexdigest())
        """
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, json.dumps(FULL.to_dict())],
            input=data,
            capture_output=True,
            timeout=120,
            check=True,
        )
        for _ in range(2)
    ]
    assert [r.stdout.decode().strip() for r in runs] == [here, here]


def test_a_stack_that_changes_nothing_returns_the_source_bytes() -> None:
    buf = io.BytesIO()
    noise("RGB").save(buf, "JPEG", quality=80)
    data = buf.getvalue()
    assert adjust_bytes(data, stack(Brightness(1.0))).data == data
    jpeg = adjust_bytes(data, stack(Brightness(0.9)))
    assert jpeg.mime_type == "image/jpeg" and jpeg.data[:2] == b"\xff\xd8"


def test_the_colour_profile_is_kept_and_old_text_chunks_are_not() -> None:
    from PIL import ImageCms, PngImagePlugin

    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    meta = PngImagePlugin.PngInfo()
    meta.add_itxt("cutie:recipe", '{"model": "x"}')
    buf = io.BytesIO()
    noise("RGB").save(buf, "PNG", icc_profile=icc, pnginfo=meta)
    out = Image.open(io.BytesIO(adjust_bytes(buf.getvalue(), stack(Brightness(0.8))).data))
    assert out.info.get("icc_profile") == icc
    assert "cutie:recipe" not in out.info


def test_unreadable_and_unusual_inputs() -> None:
    with pytest.raises(AdjustImageError, match=r"^x\.png is not an image Cutie can read"):
        decode_image(b"not an image at all", label="x.png")
    sixteen = Image.fromarray(np.arange(256 * 4, dtype=np.uint16).reshape(32, 32) * 64)
    assert sixteen.mode == "I;16"
    decoded = decode_image(png_bytes(sixteen))
    assert decoded.image.mode == "L"
    assert decoded.notes == ("converted from 16-bit to 8-bit",)
    assert np.asarray(decoded.image)[31, 31] == (1023 * 64) >> 8
    palette = Image.new("P", (4, 4), 1)
    palette.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    palette.info["transparency"] = 0
    assert decode_image(png_bytes(palette)).image.mode == "RGBA"


# -- previews and the histogram ---------------------------------------------------------------


def test_preview_renders_at_screen_size_with_a_histogram() -> None:
    source = decode_image(png_bytes(noise("RGB", size=(1200, 800), seed=3)), max_side=600).image
    assert max(source.size) == 600
    preview = render_preview(source, stack(Brightness(0.5)), max_side=300)
    assert preview.image.size == (300, 200)
    assert preview.histogram.pixels == 300 * 200
    assert sum(preview.histogram.red[128:]) == 0  # nothing brighter than half survives a 0.5 factor
    assert sum(preview.histogram.red[:128]) == 300 * 200


def test_histogram_counts_only_visible_pixels() -> None:
    rgba = np.zeros((10, 10, 4), dtype=np.uint8)
    rgba[:4] = (255, 0, 0, 0)
    rgba[4:] = (10, 20, 30, 255)
    hist = histogram(Image.fromarray(rgba))
    assert hist.pixels == 60
    assert (hist.red[10], hist.green[20], hist.blue[30]) == (60, 60, 60)
    assert hist.red[255] == 0
    assert histogram(Image.new("L", (3, 3), 7)).red[7] == 9
