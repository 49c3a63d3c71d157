"""import_reference against a corpus generated here: valid, broken, hostile and unusual files."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from helpers.colour import NODES, cmyk_profile, delta_e_2000, lab_of_cmyk, srgb_to_lab
from PIL import Image, ImageOps, PngImagePlugin, features

from cutie_app.core.imaging import reference_import as imaging
from cutie_app.core.imaging.reference_import import ImageImportError, ImportedImage, import_reference
from cutie_app.core.model.references import ReferenceImage, sniff_mime

# -- corpus helpers -----------------------------------------------------------------------------


def encode(im: Image.Image, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **options)
    return buf.getvalue()


def noise(width: int, height: int, mode: str = "RGB", seed: int = 0) -> Image.Image:
    channels = {"RGB": 3, "RGBA": 4, "L": 1}[mode]
    arr = np.random.default_rng(seed).integers(0, 256, (height, width, channels), dtype=np.uint8)
    return Image.fromarray(arr[..., 0] if channels == 1 else arr, mode)


def halves(width: int, height: int, left: tuple[int, int, int], right: tuple[int, int, int]) -> Image.Image:
    """Left half one colour, right half another: easy to check rotations."""
    im = Image.new("RGB", (width, height), left)
    im.paste(right, (width // 2, 0, width, height))
    return im


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb_png(width: int, height: int) -> bytes:
    """A real 1-bit PNG of huge declared size: a few kB on disk, gigabytes once decoded."""
    row = b"\x00" + bytes((width + 7) // 8)
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row) for _ in range(height)) + comp.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")
    )


def decode(result: ImportedImage) -> Image.Image:
    with Image.open(io.BytesIO(result.data)) as im:
        im.load()
        return im.copy()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_consistent(result: ImportedImage) -> None:
    """What the result claims matches its bytes, and the models accept it."""
    assert result.mime_type == sniff_mime(result.data)
    assert result.mime_type in {"image/png", "image/jpeg", "image/webp"}
    im = decode(result)
    assert im.size == (result.width, result.height)
    assert im.mode in {"RGB", "RGBA", "L"}
    ReferenceImage.from_bytes(result.data)  # the rest of the app accepts it too


# -- kept unchanged -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "mode", "mime"),
    [("PNG", "RGB", "image/png"), ("PNG", "RGBA", "image/png"), ("PNG", "L", "image/png"),
     ("JPEG", "RGB", "image/jpeg"), ("WEBP", "RGB", "image/webp")],
)  # fmt: skip
def test_valid_image_is_kept_byte_identical(tmp_path: Path, fmt: str, mode: str, mime: str) -> None:
    if fmt == "WEBP" and not features.check("webp"):
        pytest.skip("Pillow built without WebP")
    original = encode(noise(64, 48, mode), fmt)
    result = import_reference(write(tmp_path, f"ref.{fmt.lower()}", original))
    assert result.data == original
    assert (result.mime_type, result.width, result.height) == (mime, 64, 48)
    assert result.notes == ()
    assert not result.changed
    assert result.source_name == f"ref.{fmt.lower()}"


def test_bytes_source_uses_given_name() -> None:
    original = encode(noise(8, 8), "PNG")
    result = import_reference(original, name="pasted.png")
    assert result.data == original
    assert result.source_name == "pasted.png"
    assert import_reference(original).source_name == ""


def test_symlink_to_valid_file_copies_target_bytes(tmp_path: Path) -> None:
    original = encode(noise(16, 16), "PNG")
    target = write(tmp_path, "real.png", original)
    link = tmp_path / "link.png"
    link.symlink_to(target)
    result = import_reference(link)
    assert result.data == original
    assert result.source_name == "link.png"


# -- refused ------------------------------------------------------------------------------------


def refused(source: Path | bytes, **kwargs: object) -> str:
    with pytest.raises(ImageImportError) as info:
        import_reference(source, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    message.encode("utf-8")  # always printable and loggable
    return message


def test_zero_byte_file(tmp_path: Path) -> None:
    message = refused(write(tmp_path, "empty.png", b""))
    assert "empty.png" in message and "empty" in message


def test_empty_bytes() -> None:
    assert "empty" in refused(b"", name="clip.png")


def test_random_garbage(tmp_path: Path) -> None:
    garbage = b"\x13\x37" + np.random.default_rng(1).integers(0, 256, 4096, dtype=np.uint8).tobytes()
    message = refused(write(tmp_path, "garbage.jpg", garbage))
    assert "garbage.jpg" in message and "not an image" in message


def test_text_file_renamed_png(tmp_path: Path) -> None:
    message = refused(write(tmp_path, "notes.png", b"Shopping list:\n- eggs\n- milk\n" * 20))
    assert "notes.png" in message and "not an image" in message


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_truncated_file(tmp_path: Path, fmt: str) -> None:
    data = encode(noise(200, 200), fmt)
    message = refused(write(tmp_path, f"cut.{fmt.lower()}", data[: len(data) // 2]))
    assert "damaged or incomplete" in message


def test_bomb_with_huge_declared_size_is_refused_before_decoding(tmp_path: Path) -> None:
    data = bomb_png(20_000, 20_000)
    assert len(data) < 200_000
    message = refused(write(tmp_path, "bomb.png", data))
    assert "bomb.png" in message and "enormous" in message


def test_bomb_in_pillows_warning_band_never_escapes_as_a_warning(tmp_path: Path) -> None:
    # 100 M pixels: above Pillow's warning limit (~89 M), below its hard error (~179 M).
    path = write(tmp_path, "big.png", bomb_png(10_000, 10_000))
    assert "enormous" in refused(path, max_pixels=500_000_000)


def test_max_pixels_is_enforced(tmp_path: Path) -> None:
    path = write(tmp_path, "small.png", encode(noise(20, 20), "PNG"))
    assert "enormous" in refused(path, max_pixels=100)


def test_unreadable_file_chmod(tmp_path: Path) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("root (or a non-POSIX system) can read files without permission")
    path = write(tmp_path, "locked.png", encode(noise(8, 8), "PNG"))
    path.chmod(0)
    try:
        assert "permission" in refused(path)
    finally:
        path.chmod(0o644)


def test_unreadable_file_permission_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs even as root: the OS refusing the open is what matters."""
    path = write(tmp_path, "locked.png", encode(noise(8, 8), "PNG"))
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny)
    message = refused(path)
    assert "locked.png" in message and "permission" in message


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "holiday.png"
    folder.mkdir()
    assert "folder" in refused(folder)


def test_missing_file(tmp_path: Path) -> None:
    assert "not found" in refused(tmp_path / "gone.png")


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "dangling.png"
    link.symlink_to(tmp_path / "nowhere.png")
    message = refused(link)
    assert "dangling.png" in message and "no longer exists" in message


def test_file_over_200_mb_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    with path.open("wb") as fh:
        fh.write(encode(noise(8, 8), "PNG"))
        fh.truncate(imaging.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    assert "too large" in refused(path)


def test_oversize_bytes_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imaging, "MAX_FILE_BYTES", 1000)
    assert "too large" in refused(encode(noise(64, 64), "PNG"), name="big.png")


def test_non_utf8_file_name(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.png")
    original = encode(noise(8, 8), "PNG")
    result = import_reference(write(tmp_path, name, original))
    assert result.data == original
    assert result.source_name.encode("utf-8") == "caf\ufffd.png".encode()
    broken = write(tmp_path, os.fsdecode(b"caf\xe9-broken.png"), b"not an image at all")
    assert "caf\ufffd-broken.png" in refused(broken)


# -- normalised ---------------------------------------------------------------------------------


def test_huge_dimensions_are_scaled_down(tmp_path: Path) -> None:
    im = Image.linear_gradient("L").resize((6000, 4000))
    result = import_reference(write(tmp_path, "wide.png", encode(im, "PNG")))
    assert (result.width, result.height) == (4096, 2731)
    assert "scaled down from 6000×4000 to 4096×2731" in result.notes
    assert result.changed
    assert_consistent(result)


def test_large_jpeg_is_scaled_with_its_shape(tmp_path: Path) -> None:
    path = write(tmp_path, "photo.jpg", encode(noise(1200, 800), "JPEG", quality=80))
    result = import_reference(path, max_side=300)
    assert (result.width, result.height) == (300, 200)
    assert "scaled down from 1200×800 to 300×200" in result.notes
    assert_consistent(result)


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    im = Image.new("CMYK", (700, 600), (0, 255, 255, 0))  # pure red ink
    im.paste((255, 0, 0, 0), (0, 0, 350, 600))  # cyan on the left
    arr = np.array(im)
    arr[..., 3] = np.random.default_rng(2).integers(0, 40, arr.shape[:2], dtype=np.uint8)  # not flat
    result = import_reference(write(tmp_path, "print.jpg", encode(Image.fromarray(arr, "CMYK"), "JPEG")))
    assert "converted from CMYK (no colour profile: colours are approximate)" in result.notes
    out = decode(result)
    assert out.mode == "RGB"
    r, g, b = out.getpixel((500, 300))
    assert r > 180 and g < 80 and b < 80
    assert_consistent(result)


def test_16_bit_grey_png_is_reduced_to_8_bit(tmp_path: Path) -> None:
    arr = np.array([[0, 32896, 65535, 1000]] * 4, dtype=np.uint16)
    im = Image.fromarray(arr)
    assert im.mode == "I;16"
    result = import_reference(write(tmp_path, "scan.png", encode(im, "PNG")))
    assert "reduced from 16-bit colour" in result.notes
    out = decode(result)
    assert out.mode == "L"
    assert [out.getpixel((x, 0)) for x in range(4)] == [0, 128, 255, 4]
    assert_consistent(result)


def test_16_bit_rgb_png_is_not_sent_as_is(tmp_path: Path) -> None:
    raw = b"".join(b"\x00" + bytes(range(24)) for _ in range(4))
    header = struct.pack(">IIBBBBB", 4, 4, 16, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", zlib.compress(raw))
    data += png_chunk(b"IEND", b"")
    result = import_reference(write(tmp_path, "deep.png", data))
    assert result.data != data
    assert "reduced from 16-bit colour" in result.notes
    assert_consistent(result)


def test_palette_png_without_transparency_becomes_rgb(tmp_path: Path) -> None:
    im = halves(32, 16, (255, 0, 0), (0, 0, 255)).convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    result = import_reference(write(tmp_path, "pal.png", encode(im, "PNG")))
    assert "converted from a palette" in result.notes
    out = decode(result)
    assert out.mode == "RGB"
    assert out.getpixel((0, 0)) == (255, 0, 0)
    assert result.mime_type == "image/png"  # flat art stays lossless
    assert_consistent(result)


def test_palette_png_with_transparency_becomes_rgba(tmp_path: Path) -> None:
    im = Image.new("P", (16, 16), 0)
    im.putpalette([255, 0, 0, 0, 255, 0])
    im.paste(1, (8, 0, 16, 16))
    result = import_reference(write(tmp_path, "pal-alpha.png", encode(im, "PNG", transparency=0)))
    out = decode(result)
    assert out.mode == "RGBA"
    assert out.getpixel((0, 0))[3] == 0
    assert out.getpixel((12, 0)) == (0, 255, 0, 255)
    assert_consistent(result)


def test_rgba_keeps_alpha_when_normalised(tmp_path: Path) -> None:
    im = noise(5000, 100, "RGBA")
    result = import_reference(write(tmp_path, "alpha.png", encode(im, "PNG")), max_side=1000)
    out = decode(result)
    assert result.mime_type == "image/png"
    assert out.mode == "RGBA"
    assert out.getchannel("A").getextrema()[0] < 255
    assert_consistent(result)


def test_la_becomes_rgba(tmp_path: Path) -> None:
    alpha = Image.new("L", (8, 8), 0)
    alpha.paste(200, (4, 0, 8, 8))
    im = Image.merge("LA", (Image.new("L", (8, 8), 100), alpha))
    result = import_reference(write(tmp_path, "la.png", encode(im, "PNG")))
    out = decode(result)
    assert out.mode == "RGBA"
    assert out.getpixel((0, 0)) == (100, 100, 100, 0)
    assert_consistent(result)


def test_exif_rotated_jpeg_comes_out_upright(tmp_path: Path) -> None:
    im = halves(80, 40, (255, 0, 0), (0, 0, 255))  # stored sideways: red left, blue right
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    result = import_reference(write(tmp_path, "phone.jpg", encode(im, "JPEG", exif=exif, quality=95)))
    assert "rotated as its camera tag says" in result.notes
    assert (result.width, result.height) == (40, 80)
    out = decode(result).convert("RGB")
    top, bottom = out.getpixel((20, 5)), out.getpixel((20, 75))
    assert top[0] > 200 and top[2] < 60  # the red half is now on top
    assert bottom[2] > 200 and bottom[0] < 60
    assert_consistent(result)


@pytest.mark.parametrize("orientation", range(2, 9))
def test_every_exif_orientation_matches_pillows_exif_transpose(tmp_path: Path, orientation: int) -> None:
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = encode(halves(30, 20, (255, 0, 0), (0, 0, 255)), "PNG", exif=exif)
    result = import_reference(write(tmp_path, "o.png", data))
    with Image.open(io.BytesIO(data)) as im:
        expected = ImageOps.exif_transpose(im)
    assert decode(result).tobytes() == expected.tobytes()
    assert "rotated as its camera tag says" in result.notes


def test_exif_rotation_survives_bit_depth_conversion(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    arr = np.zeros((20, 40), dtype=np.uint16)
    arr[:, :20] = 65535  # white left half, stored sideways
    data = encode(Image.fromarray(arr), "PNG", exif=exif)
    result = import_reference(write(tmp_path, "deep-rotated.png", data))
    out = decode(result)
    assert out.size == (20, 40)
    assert (out.getpixel((10, 5)), out.getpixel((10, 35))) == (255, 0)  # white half now on top
    assert result.notes == ("reduced from 16-bit colour", "rotated as its camera tag says")


def test_exif_rotation_reports_upright_size_when_scaling(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    path = write(tmp_path, "tall.jpg", encode(noise(1200, 600), "JPEG", exif=exif))
    result = import_reference(path, max_side=400)
    assert (result.width, result.height) == (200, 400)
    assert "scaled down from 600×1200 to 200×400" in result.notes


def test_animated_gif_gives_first_frame(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (16, 16), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    result = import_reference(write(tmp_path, "anim.gif", data))
    assert "first frame of an animation" in result.notes
    assert "converted from GIF" in result.notes
    assert decode(result).convert("RGB").getpixel((8, 8)) == (255, 0, 0)
    assert_consistent(result)


def test_still_gif_is_converted(tmp_path: Path) -> None:
    result = import_reference(
        write(tmp_path, "still.gif", encode(Image.new("RGB", (8, 8), (0, 0, 255)), "GIF"))
    )
    assert result.notes == ("converted from GIF", "converted from a palette")
    assert_consistent(result)


def test_animated_webp_gives_first_frame(tmp_path: Path) -> None:
    if not features.check("webp"):
        pytest.skip("Pillow built without WebP")
    frames = [Image.new("RGB", (16, 16), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    data = encode(frames[0], "WEBP", save_all=True, append_images=frames[1:], duration=100, lossless=True)
    result = import_reference(write(tmp_path, "anim.webp", data))
    assert "first frame of an animation" in result.notes
    assert decode(result).convert("RGB").getpixel((8, 8)) == (255, 0, 0)
    assert_consistent(result)


def test_other_formats_are_converted(tmp_path: Path) -> None:
    result = import_reference(write(tmp_path, "scan.tiff", encode(noise(32, 32), "TIFF")))
    assert result.notes[0] == "converted from TIFF"
    assert_consistent(result)


def test_oversize_file_is_reencoded_under_max_bytes(tmp_path: Path) -> None:
    original = encode(noise(800, 800), "PNG")
    assert len(original) > 1_500_000
    result = import_reference(write(tmp_path, "noisy.png", original), max_bytes=200_000)
    assert len(result.data) <= 200_000
    assert result.mime_type == "image/jpeg"
    assert any(n.startswith("compressed to fit 0.2 MB") for n in result.notes)
    assert_consistent(result)


def test_oversize_transparent_image_keeps_alpha_as_webp(tmp_path: Path) -> None:
    if not features.check("webp"):
        pytest.skip("Pillow built without WebP")
    original = encode(noise(600, 600, "RGBA"), "PNG")
    result = import_reference(write(tmp_path, "noisy-alpha.png", original), max_bytes=150_000)
    assert len(result.data) <= 150_000
    assert result.mime_type == "image/webp"
    assert decode(result).mode == "RGBA"


# -- CMYK with a colour profile -------------------------------------------------------------------


def cmyk_patches() -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """One 8×8 patch per ink mix, all at the test profile's table nodes (exact colours known)."""
    inks = [(c, m, y, k) for c in NODES[::2] for m in NODES[::2] for y in NODES[::2] for k in NODES[:4]]
    inks += [(255, 0, 0, 0), (0, 255, 0, 0), (0, 0, 255, 0), (0, 0, 0, 255), (0, 0, 0, 0)]
    im = Image.new("CMYK", (8 * len(inks), 8))
    for n, ink in enumerate(inks):
        im.paste(ink, (8 * n, 0, 8 * n + 8, 8))
    return im, inks


def worst_delta_e(rgb: Image.Image, inks: list[tuple[int, int, int, int]]) -> float:
    errors = [
        delta_e_2000(lab_of_cmyk(*(v / 255 for v in ink)), srgb_to_lab(rgb.getpixel((8 * n + 4, 4))))
        for n, ink in enumerate(inks)
    ]
    return max(errors)


@pytest.mark.parametrize("fmt", ["TIFF", "JPEG"])
def test_cmyk_with_a_profile_is_converted_to_srgb_through_it(tmp_path: Path, fmt: str) -> None:
    im, inks = cmyk_patches()
    icc = cmyk_profile()
    options: dict[str, object] = {"quality": 100, "subsampling": 0} if fmt == "JPEG" else {}
    source = encode(im, fmt, icc_profile=icc, **options)
    before = worst_delta_e(im.convert("RGB"), inks)  # what Cutie did before: no colour management
    result = import_reference(write(tmp_path, f"print.{fmt.lower()}", source))
    out = decode(result)
    after = worst_delta_e(out, inks)
    assert "converted from CMYK to sRGB with its colour profile" in result.notes
    assert out.mode == "RGB"
    assert out.info.get("icc_profile") in (None, b"")  # sRGB by default, never the CMYK profile
    assert before > 15  # the uncorrected conversion is far off ...
    assert after < (2.0 if fmt == "TIFF" else 3.0)  # ... the managed one is within 8-bit rounding
    assert_consistent(result)


def test_a_damaged_cmyk_profile_falls_back_and_says_colours_are_approximate(tmp_path: Path) -> None:
    im, _ = cmyk_patches()
    result = import_reference(write(tmp_path, "print.tiff", encode(im, "TIFF", icc_profile=b"not a profile")))
    assert "converted from CMYK (no colour profile: colours are approximate)" in result.notes
    assert decode(result).info.get("icc_profile") in (None, b"")


# -- HEIC and AVIF --------------------------------------------------------------------------------

#: A phone-style HEIC (64×48, rotated to 48×64 by its container, EXIF with GPS position and
#: camera make and model), encoded with libheif's x265 encoder. Left half orange, right blue-ish.
PHONE_HEIC = Path(__file__).parent / "data" / "phone_gps.heic"


def test_heic_from_a_phone_is_decoded_and_converted(tmp_path: Path) -> None:
    result = import_reference(PHONE_HEIC)
    assert result.notes[0] == "converted from HEIF"
    assert (result.width, result.height) == (48, 64)  # upright, as the container says
    out = decode(result)
    assert out.getpixel((24, 4))[0] > 200 and out.getpixel((24, 60))[2] > 150  # orange top, blue below
    assert_consistent(result)


def test_a_damaged_heic_is_refused_in_plain_words(tmp_path: Path) -> None:
    truncated = PHONE_HEIC.read_bytes()[:600]
    message = refused(write(tmp_path, "IMG_0002.HEIC", truncated))
    assert "IMG_0002.HEIC" in message and ("damaged" in message or "not an image" in message)


def test_avif_is_converted_to_a_type_the_models_take(tmp_path: Path) -> None:
    if not features.check("avif"):
        pytest.skip("Pillow built without AVIF")
    original = halves(64, 48, (230, 120, 40), (40, 90, 220))
    result = import_reference(write(tmp_path, "photo.avif", encode(original, "AVIF", quality=90)))
    assert result.notes[0] == "converted from AVIF"
    out = decode(result)
    assert out.getpixel((8, 24))[0] > 200 and out.getpixel((56, 24))[2] > 180
    assert_consistent(result)


# -- privacy: location and camera data ------------------------------------------------------------


def private_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "PhoneModel 15"  # Model
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 29.6), 3: "E", 4: (2.0, 17.0, 40.2)}  # GPS
    return exif.tobytes()


PRIVATE_XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:tiff="http://ns.adobe.com/tiff/1.0/"'
    b' exif:GPSLatitude="48,51.49N" exif:GPSLongitude="2,17.67E" tiff:Model="PhoneModel 15"/>'
    b"</rdf:RDF></x:xmpmeta>"
)


def assert_no_private_data(data: bytes) -> None:
    for secret in (b"PhoneMaker", b"PhoneModel", b"GPSLatitude", b"51.49N"):
        assert secret not in data
    with Image.open(io.BytesIO(data)) as im:
        exif = im.getexif()
        assert not exif.get_ifd(0x8825) and 0x010F not in exif and 0x0110 not in exif


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_location_and_camera_data_are_removed_and_the_pixels_kept(tmp_path: Path, fmt: str) -> None:
    if fmt == "PNG":  # XMP in PNG is an iTXt chunk (XMP specification part 3)
        text = PngImagePlugin.PngInfo()
        text.add_itxt("XML:com.adobe.xmp", PRIVATE_XMP.decode())
        text.add_text("Description", "Little Orange, front view")  # not private: kept
        options: dict[str, object] = {"pnginfo": text}
    else:
        options = {"xmp": PRIVATE_XMP, "quality": 90}
    source = encode(noise(64, 48), fmt, exif=private_exif(), **options)
    assert b"PhoneMaker" in source and b"GPSLatitude" in source
    result = import_reference(write(tmp_path, f"photo.{fmt.lower()}", source))
    assert_no_private_data(result.data)
    assert result.removed_metadata == ("location", "camera")
    assert result.notes == ("removed location and camera data",) and result.changed
    assert len(result.data) < len(source)
    if fmt == "PNG":
        assert decode(result).info["Description"] == "Little Orange, front view"
    with Image.open(io.BytesIO(source)) as original:
        assert np.array_equal(np.asarray(decode(result)), np.asarray(original.convert("RGB")))  # same picture


def test_removing_metadata_keeps_the_colour_profile(tmp_path: Path) -> None:
    from PIL import ImageCms

    p3ish = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = encode(noise(64, 48), "JPEG", exif=private_exif(), icc_profile=p3ish)
    result = import_reference(write(tmp_path, "photo.jpg", source))
    assert_no_private_data(result.data)
    assert decode(result).info.get("icc_profile") == p3ish


def test_re_encoded_pictures_never_carry_the_metadata_either(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif.load(private_exif())
    exif[0x0112] = 6  # rotated: re-encoded upright
    source = encode(noise(64, 48), "JPEG", exif=exif.tobytes(), xmp=PRIVATE_XMP)
    result = import_reference(write(tmp_path, "photo.jpg", source))
    assert (
        "rotated as its camera tag says" in result.notes
        and "removed location and camera data" in result.notes
    )
    assert_no_private_data(result.data)
    heic = import_reference(PHONE_HEIC)
    assert heic.removed_metadata == ("location", "camera")
    assert_no_private_data(heic.data)


def test_with_the_setting_off_a_fine_file_is_sent_as_it_is(tmp_path: Path) -> None:
    source = encode(noise(64, 48), "JPEG", exif=private_exif())
    result = import_reference(write(tmp_path, "photo.jpg", source), remove_private_metadata=False)
    assert result.data == source and result.removed_metadata == () and not result.changed


def test_pictures_without_private_data_stay_byte_identical(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0131] = "An editor 2.0"  # Software: not private
    source = encode(noise(64, 48), "PNG", exif=exif.tobytes())
    result = import_reference(write(tmp_path, "drawing.png", source))
    assert result.data == source and result.removed_metadata == () and not result.changed
