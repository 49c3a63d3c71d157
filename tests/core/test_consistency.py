"""The consistency score against published colour data and pictures drawn here with Pillow."""

from __future__ import annotations

import io
import json
import struct
import zlib

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from cutie_app.core.imaging import consistency as cs
from cutie_app.core.imaging.consistency import (
    SCORE_VERSION,
    ConsistencyError,
    ConsistencyScore,
    UnreadableImageError,
)

PALETTE = ["#FF8C00", "#FFA500", "#FFFFFF", "#FFE4B5"]

# Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
# supplementary test data, and mathematical observations", Table 1: L1 a1 b1, L2 a2 b2, ΔE00.
SHARMA_PAIRS = [
    ((50.0000, 2.6772, -79.7751), (50.0000, 0.0000, -82.7485), 2.0425),
    ((50.0000, 3.1571, -77.2803), (50.0000, 0.0000, -82.7485), 2.8615),
    ((50.0000, 2.8361, -74.0200), (50.0000, 0.0000, -82.7485), 3.4412),
    ((50.0000, -1.3802, -84.2814), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, -1.1848, -84.8006), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, -0.9009, -85.5211), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, 0.0000, 0.0000), (50.0000, -1.0000, 2.0000), 2.3669),
    ((50.0000, -1.0000, 2.0000), (50.0000, 0.0000, 0.0000), 2.3669),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0009), 7.1792),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0010), 7.1792),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0011), 7.2195),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0012), 7.2195),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0009, -2.4900), 4.8045),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0010, -2.4900), 4.8045),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0011, -2.4900), 4.7461),
    ((50.0000, 2.5000, 0.0000), (50.0000, 0.0000, -2.5000), 4.3065),
    ((50.0000, 2.5000, 0.0000), (73.0000, 25.0000, -18.0000), 27.1492),
    ((50.0000, 2.5000, 0.0000), (61.0000, -5.0000, 29.0000), 22.8977),
    ((50.0000, 2.5000, 0.0000), (56.0000, -27.0000, -3.0000), 31.9030),
    ((50.0000, 2.5000, 0.0000), (58.0000, 24.0000, 15.0000), 19.4535),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.1736, 0.5854), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.2972, 0.0000), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 1.8634, 0.5757), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.2592, 0.3350), 1.0000),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((63.0109, -31.0961, -5.8663), (62.8187, -29.7946, -4.0864), 1.2630),
    ((61.2901, 3.7196, -5.3901), (61.4292, 2.2480, -4.9620), 1.8731),
    ((35.0831, -44.1164, 3.7933), (35.0232, -40.0716, 1.5901), 1.8645),
    ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ((36.4612, 47.8580, 18.3852), (36.2715, 50.5065, 21.2231), 1.4146),
    ((90.8027, -2.0831, 1.4410), (91.1528, -1.6435, 0.0447), 1.4441),
    ((90.9257, -0.5406, -0.9208), (88.6381, -0.8985, -0.7239), 1.5381),
    ((6.7747, -0.2908, -2.4247), (5.8714, -0.0985, -2.2286), 0.6377),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]


# -- pictures -------------------------------------------------------------------------------------


def encode(image: Image.Image, fmt: str = "PNG") -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt)
    return buf.getvalue()


def character(
    size: int = 512,
    *,
    bg: str = "#FFFFFF",
    hair: str = "#FF8C00",
    dress: str = "#FFA500",
    skin: str = "#FFE4B5",
) -> Image.Image:
    """A flat 'Little Orange': hair, face, two pigtails and a dress on a plain background."""
    image = Image.new("RGB", (size, size), bg)
    draw = ImageDraw.Draw(image)
    s = size / 512
    draw.ellipse([156 * s, 40 * s, 356 * s, 240 * s], fill=hair)
    draw.ellipse([186 * s, 80 * s, 326 * s, 230 * s], fill=skin)
    draw.ellipse([96 * s, 80 * s, 166 * s, 220 * s], fill=hair)
    draw.ellipse([346 * s, 80 * s, 416 * s, 220 * s], fill=hair)
    draw.polygon([(256 * s, 240 * s), (146 * s, 470 * s), (366 * s, 470 * s)], fill=dress)
    return image


def other_composition() -> Image.Image:
    """The same palette, laid out as something else entirely."""
    image = Image.new("RGB", (512, 512), "#FFFFFF")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 300, 512, 380], fill="#FF8C00")
    draw.rectangle([20, 20, 200, 120], fill="#FFA500")
    draw.ellipse([330, 60, 500, 230], fill="#FFE4B5")
    draw.rectangle([40, 420, 480, 500], fill="#FFA500")
    return image


def unrelated() -> Image.Image:
    image = Image.new("RGB", (512, 512), "#1B2A49")
    draw = ImageDraw.Draw(image)
    draw.rectangle([50, 50, 250, 450], fill="#2E8B57")
    draw.ellipse([280, 100, 480, 300], fill="#6A5ACD")
    return image


def hue_shifted(image: Image.Image, degrees: float) -> Image.Image:
    h, s, v = image.convert("HSV").split()
    step = round(degrees / 360 * 256)
    return Image.merge("HSV", (h.point(lambda x: (x + step) % 256), s, v)).convert("RGB")


def slightly_edited(image: Image.Image) -> Image.Image:
    """Brightness +5 %, a small uneven crop scaled back, and some noise."""
    brighter = ImageEnhance.Brightness(image).enhance(1.05)
    w, h = brighter.size
    cropped = brighter.crop((10, 8, w - 6, h - 12)).resize((w, h))
    noise = np.random.default_rng(1).normal(0, 6, (h, w, 3))
    return Image.fromarray(np.clip(np.asarray(cropped) + noise, 0, 255).astype(np.uint8))


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares a size and holds no pixels (enough for Pillow to open it)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def anchor_png() -> bytes:
    return encode(character())


# -- colour science -------------------------------------------------------------------------------


@pytest.mark.parametrize(("lab1", "lab2", "expected"), SHARMA_PAIRS)
def test_ciede2000_matches_sharma_test_data(lab1, lab2, expected) -> None:
    assert round(float(cs.ciede2000(np.array(lab1), np.array(lab2))), 4) == expected
    assert round(float(cs.ciede2000(np.array(lab2), np.array(lab1))), 4) == expected  # symmetric


def test_ciede2000_is_vectorised_and_zero_for_equal_colours() -> None:
    first = np.array([p[0] for p in SHARMA_PAIRS])
    second = np.array([p[1] for p in SHARMA_PAIRS])
    assert np.round(cs.ciede2000(first, second), 4).tolist() == [p[2] for p in SHARMA_PAIRS]
    matrix = cs.ciede2000(first[:, None, :], first[None, :, :])
    assert matrix.shape == (len(first), len(first))
    assert np.allclose(np.diag(matrix), 0.0)


def test_srgb_to_lab_known_values() -> None:
    lab = cs.srgb_to_lab(np.array([[255, 255, 255], [0, 0, 0], [255, 0, 0], [0, 0, 255]], dtype=np.uint8))
    assert lab[0] == pytest.approx([100.0, 0.0, 0.0], abs=1e-3)
    assert lab[1] == pytest.approx([0.0, 0.0, 0.0], abs=1e-9)
    assert lab[2] == pytest.approx([53.2408, 80.0925, 67.2032], abs=1e-3)
    assert lab[3] == pytest.approx([32.2970, 79.1875, -107.8602], abs=1e-3)
    floats = cs.srgb_to_lab(np.array([1.0, 0.0, 0.0]))
    assert floats == pytest.approx(lab[2])


def test_hex_colours_parse_like_the_spec_and_bad_ones_are_named() -> None:
    assert np.allclose(cs.hex_to_lab(["#ff8c00", "FF8C00", "#F80"])[:2], cs.hex_to_lab(["#FF8C00"] * 2))
    with pytest.raises(ConsistencyError, match="'orange' is not a hex colour"):
        cs.hex_to_lab(["#FF8C00", "orange"])


def test_match_curve_is_the_documented_one() -> None:
    assert cs.match_curve(np.array([0.0, 2.0, 16.0, 30.0, 45.0])).tolist() == [1.0, 1.0, 0.5, 0.0, 0.0]


# -- image features -------------------------------------------------------------------------------


def test_dominant_colours_of_a_flat_picture_are_its_paint(anchor_png: bytes) -> None:
    found = cs.features(anchor_png)
    assert (found.width, found.height) == (512, 512)
    assert len(found.colours) <= cs.DOMINANT_COLOURS
    assert found.shares.sum() == pytest.approx(1.0)
    assert list(found.shares) == sorted(found.shares, reverse=True)
    main = {hex_ for hex_, share in found.dominant_hex() if share > 0.05}
    assert _close_to(main, PALETTE)
    with pytest.raises(ValueError, match="read-only"):
        found.colours[0, 0] = 1.0


def _close_to(found: set[str], palette: list[str]) -> bool:
    """Each found colour is within ΔE00 2 of a palette colour, and there are as many."""
    if len(found) != len(palette):
        return False
    distances = cs.ciede2000(cs.hex_to_lab(sorted(found))[:, None, :], cs.hex_to_lab(palette)[None, :, :])
    return bool((distances.min(axis=1) < 2.0).all())


def test_transparent_pixels_are_ignored() -> None:
    # Orange paint hidden under alpha 0 (as image editors leave it), a blue square on top.
    rgba = np.zeros((64, 64, 4), dtype=np.uint8)
    rgba[..., :3] = (255, 140, 0)
    rgba[16:48, 16:48] = (30, 60, 200, 255)
    found = cs.features(encode(Image.fromarray(rgba, "RGBA")))
    assert len(found.colours) == 1 and found.shares.tolist() == [1.0]
    assert cs.palette_adherence(found, ["#FF8C00"]) == 0.0
    assert cs.palette_adherence(found, ["#1E3CC8"]) == 1.0

    empty = cs.features(encode(Image.new("RGBA", (32, 32), (255, 140, 0, 0))))
    assert len(empty.colours) == 0 and empty.histogram.sum() == 0
    assert cs.palette_adherence(empty, PALETTE) == 0.0


def test_other_modes_and_jpeg_are_read(anchor_png: bytes) -> None:
    reference = cs.features(anchor_png)
    image = character()
    for data in (
        encode(image, "JPEG"),
        encode(image.convert("P", palette=Image.Palette.ADAPTIVE)),
        encode(image.convert("RGBA"), "WEBP"),
    ):
        assert cs.similarity(cs.features(data), reference) > 0.9
    grey = cs.features(encode(image.convert("L")))
    assert cs.similarity(grey, reference) < cs.similarity(cs.features(encode(image, "JPEG")), reference)


# -- the measures ---------------------------------------------------------------------------------


def test_palette_adherence_ranks_paint_above_shifted_hue_above_unrelated() -> None:
    painted = cs.palette_adherence(cs.features(encode(character())), PALETTE)
    shifted = cs.palette_adherence(cs.features(encode(hue_shifted(character(), 90))), PALETTE)
    other = cs.palette_adherence(cs.features(encode(unrelated())), PALETTE)
    assert painted == pytest.approx(1.0, abs=0.01)
    assert painted > shifted > other
    assert 0.0 <= other < 0.1


def test_a_tiny_patch_of_a_colour_counts_only_partly() -> None:
    image = Image.new("RGB", (100, 100), "#FFFFFF")
    ImageDraw.Draw(image).rectangle([0, 0, 9, 9], fill="#FF8C00")  # 1 % of the picture
    found = cs.features(encode(image))
    presence = cs.palette_adherence(found, ["#FF8C00"])
    assert 0.1 < presence < 0.6
    assert cs.palette_adherence(found, ["#FFFFFF"]) == pytest.approx(1.0)
    with pytest.raises(ConsistencyError, match="palette is empty"):
        cs.palette_adherence(found, [])


def test_similarity_ranks_the_anchor_then_an_edit_then_another_composition(anchor_png: bytes) -> None:
    anchor = cs.features(anchor_png)
    itself = cs.similarity(cs.features(anchor_png), anchor)
    edited = cs.similarity(cs.features(encode(slightly_edited(character()))), anchor)
    recomposed = cs.similarity(cs.features(encode(other_composition())), anchor)
    foreign = cs.similarity(cs.features(encode(unrelated())), anchor)
    assert itself == pytest.approx(1.0)
    assert itself >= edited > recomposed > foreign
    assert edited > 0.85
    assert cs.similarity(anchor, cs.features(encode(other_composition()))) == pytest.approx(recomposed)


def test_size_does_not_matter_much(anchor_png: bytes) -> None:
    small = cs.features(encode(character(300)))
    big = cs.features(encode(character(2048)))
    assert cs.similarity(small, cs.features(anchor_png)) > 0.95
    assert cs.similarity(big, cs.features(anchor_png)) > 0.95
    assert big.width == 2048


# -- the score ------------------------------------------------------------------------------------


def test_score_variant_combines_what_is_available(anchor_png: bytes) -> None:
    variant = encode(slightly_edited(character()))
    full = cs.score_variant(variant, palette=PALETTE, anchor=anchor_png, references=[anchor_png])
    assert full.palette is not None and full.similarity is not None
    assert full.overall == pytest.approx(0.4 * full.palette + 0.6 * full.similarity)
    assert full.version == SCORE_VERSION and full.current

    no_palette = cs.score_variant(variant, palette=[], anchor=anchor_png, references=[])
    assert no_palette.palette is None and no_palette.overall == no_palette.similarity

    palette_only = cs.score_variant(variant, palette=PALETTE, anchor=None, references=[])
    assert palette_only.similarity is None and palette_only.overall == palette_only.palette

    with pytest.raises(ConsistencyError, match="nothing to compare"):
        cs.score_variant(variant, palette=[], anchor=None, references=[])


def test_the_anchor_weighs_more_than_a_reference() -> None:
    anchor, reference = encode(character()), encode(other_composition())
    like_anchor = cs.score_variant(anchor, palette=[], anchor=anchor, references=[reference])
    like_reference = cs.score_variant(reference, palette=[], anchor=anchor, references=[reference])
    assert like_anchor.overall > like_reference.overall


def test_references_count_by_best_and_mean() -> None:
    assert cs.combine_similarities(None, []) is None
    assert cs.combine_similarities(0.8, []) == 0.8
    assert cs.combine_similarities(None, [1.0, 0.0]) == pytest.approx(0.75)  # 0.5·1 + 0.5·0.5
    assert cs.combine_similarities(1.0, [1.0, 0.0]) == pytest.approx(0.6 + 0.4 * 0.75)


def test_prepared_features_give_the_same_score(anchor_png: bytes) -> None:
    variants = [encode(character(256, hair=h)) for h in ("#FF8C00", "#E07000", "#8040FF")]
    references = [encode(other_composition()), encode(character(400))]
    anchor = cs.features(anchor_png)
    prepared = [cs.features(r) for r in references]
    for data in variants:
        direct = cs.score_variant(data, palette=PALETTE, anchor=anchor_png, references=references)
        reused = cs.score_features(cs.features(data), palette=PALETTE, anchor=anchor, references=prepared)
        assert reused == direct
    scores = [
        cs.score_features(cs.features(d), palette=PALETTE, anchor=anchor, references=prepared).overall
        for d in variants
    ]
    assert scores[0] > scores[1] > scores[2]


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image at all", encode(character(64))[:200], b"\x89PNG\r\n\x1a\n" + b"\0" * 40],
    ids=["empty", "text", "truncated-png", "broken-header"],
)
def test_bad_bytes_raise_a_clear_error(data: bytes, anchor_png: bytes) -> None:
    with pytest.raises(UnreadableImageError, match=r"^Cannot score the image: it is not an image") as info:
        cs.features(data)
    assert isinstance(info.value, ValueError)
    with pytest.raises(UnreadableImageError, match=r"^Cannot score reference image 2:"):
        cs.score_variant(anchor_png, palette=PALETTE, anchor=anchor_png, references=[anchor_png, data])
    with pytest.raises(UnreadableImageError, match=r"^Cannot score little-orange\.png:"):
        cs.features(data, label="little-orange.png")


@pytest.mark.parametrize("size", [(9000, 9000), (10_000, 9_500), (100_000, 100_000)])
def test_enormous_declared_sizes_are_refused_unread(size: tuple[int, int]) -> None:
    with pytest.raises(UnreadableImageError, match="enormous picture"):
        cs.features(png_header(*size), label="the anchor")


def test_score_round_trips_through_a_dict_and_json() -> None:
    score = ConsistencyScore(palette=0.25, similarity=None, overall=0.25)
    assert ConsistencyScore.from_dict(score.to_dict()) == score
    full = ConsistencyScore(palette=1 / 3, similarity=0.123456789, overall=0.2, version=SCORE_VERSION)
    assert ConsistencyScore.from_dict(json.loads(json.dumps(full.to_dict()))) == full
    assert full.percent == 20
    older = ConsistencyScore.from_dict({"overall": 0.5})
    assert older.version == 1 and older.palette is None and older.similarity is None


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"overall": 1.5},
        {"overall": -0.1},
        {"overall": "0.5"},
        {"overall": True},
        {"overall": 0.5, "palette": 2},
        {"overall": 0.5, "version": 0},
        [0.5],
    ],
)
def test_bad_score_dicts_are_refused(data) -> None:
    with pytest.raises(ConsistencyError):
        ConsistencyScore.from_dict(data)
