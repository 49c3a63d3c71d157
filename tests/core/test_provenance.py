"""Recipes embedded in PNG (iTXt) and JPEG (XMP) without touching the pixels, and sidecars."""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, PngImagePlugin

from cutie_app.core.formats.provenance import (
    NS_RDF,
    NS_XMP,
    NS_XMP_DM,
    RECIPE_KEY,
    XMP_NAMESPACE,
    XMP_PNG_KEY,
    embed_metadata,
    embed_recipe,
    has_content_credentials,
    read_recipe,
    same_picture,
    sidecar_path,
    write_sidecar,
)

FAKE_KEY = "AIza" + "SyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"  # shaped like a key, split so scanners stay quiet

# -- helpers ------------------------------------------------------------------------------------


def recipe(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "schema_version": 1,
        "model": "gemini-3-pro-image",
        "prompt_text": 'Little Orange, a fox in a yellow raincoat — café, 日本, <b>&amp;</b> "quoted"',
        "config": {"aspect_ratio": "1:1", "image_size": "2K", "seed_requested": 7, "seed_sent": None},
        "references": [{"sha256": "ab" * 32, "role": "identity", "kind": "person"}],
        "cost_usd": 0.134,
    }
    base.update(extra)
    return base


def noise_image(width: int = 64, height: int = 48, mode: str = "RGB") -> Image.Image:
    channels = len(mode)
    arr = np.random.default_rng(3).integers(0, 256, (height, width, channels), dtype=np.uint8)
    return Image.fromarray(arr, mode)


def png_bytes(im: Image.Image | None = None, **options: Any) -> bytes:
    buf = io.BytesIO()
    (im or noise_image()).save(buf, "PNG", **options)
    return buf.getvalue()


def jpeg_bytes(**options: Any) -> bytes:
    buf = io.BytesIO()
    noise_image().save(buf, "JPEG", quality=90, **options)
    return buf.getvalue()


def pixels(data: bytes) -> tuple[str, tuple[int, int], bytes]:
    with Image.open(io.BytesIO(data)) as im:
        return im.mode, im.size, im.tobytes()


def chunks(data: bytes) -> list[tuple[bytes, bytes, int]]:
    """(type, body, stored crc) of every PNG chunk."""
    out, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        out.append((kind, body, crc))
        pos += 12 + length
    return out


def recipe_chunks(data: bytes) -> list[bytes]:
    return [body for kind, body, _ in chunks(data) if body.startswith(RECIPE_KEY.encode() + b"\x00")]


def split_out_segment(original: bytes, embedded: bytes, at: int | None = None) -> bytes:
    """The one segment inserted at `at` (default: where the JPEG XMP goes), checking that every
    other byte, the compressed image data included, is unchanged."""
    if at is None:
        at = jpeg_insertion_point(original)
    extra = len(embedded) - len(original)
    assert extra > 0
    assert embedded[:at] == original[:at]
    assert embedded[at + extra :] == original[at:]
    return embedded[at : at + extra]


def jpeg_insertion_point(data: bytes) -> int:
    """After SOI, APP0 (JFIF) and APP1 Exif segments."""
    pos = 2
    while data[pos + 1] == 0xE0 or (data[pos + 1] == 0xE1 and data[pos + 4 : pos + 8] == b"Exif"):
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
    return pos


def verify(data: bytes) -> None:
    with Image.open(io.BytesIO(data)) as im:
        im.verify()


# -- PNG ----------------------------------------------------------------------------------------


def test_png_recipe_is_readable_by_pillow() -> None:
    out = embed_recipe(png_bytes(), "image/png", recipe())
    with Image.open(io.BytesIO(out)) as im:
        assert json.loads(im.text[RECIPE_KEY]) == recipe()
    assert read_recipe(out) == recipe()


def test_png_pixels_and_image_data_unchanged() -> None:
    original = png_bytes()
    out = embed_recipe(original, "image/png", recipe())
    assert pixels(out) == pixels(original)
    assert [c for c in chunks(out) if c[0] == b"IDAT"] == [c for c in chunks(original) if c[0] == b"IDAT"]
    first_idat = original.index(b"IDAT") - 4
    segment = split_out_segment(original, out, at=first_idat)  # before the image data (and IEND)
    assert segment[4:8] == b"iTXt"
    assert struct.unpack(">I", segment[:4])[0] == len(segment) - 12
    assert [c[0] for c in chunks(out)] == [b"IHDR", b"iTXt", b"IDAT", b"IEND"]


def test_png_crcs_are_valid() -> None:
    out = embed_recipe(png_bytes(), "image/png", recipe())
    verify(out)
    for kind, body, crc in chunks(out):
        assert zlib.crc32(kind + body) == crc, kind


def test_png_reembedding_replaces_the_recipe() -> None:
    once = embed_recipe(png_bytes(), "image/png", recipe(model="first"))
    twice = embed_recipe(once, "image/png", recipe(model="second"))
    assert len(recipe_chunks(twice)) == 1
    assert read_recipe(twice)["model"] == "second"  # type: ignore[index]
    with Image.open(io.BytesIO(twice)) as im:
        assert json.loads(im.text[RECIPE_KEY])["model"] == "second"
    assert pixels(twice) == pixels(once)


def test_png_replaces_a_recipe_stored_as_plain_text_chunk() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text(RECIPE_KEY, json.dumps({"model": "old"}))
    info.add_text("Software", "Krita")
    original = png_bytes(pnginfo=info)
    assert read_recipe(original) == {"model": "old"}
    out = embed_recipe(original, "image/png", recipe())
    assert len(recipe_chunks(out)) == 1
    with Image.open(io.BytesIO(out)) as im:
        assert im.text["Software"] == "Krita"  # other text is kept
    assert read_recipe(out) == recipe()


def test_png_large_recipe_is_compressed_and_still_readable() -> None:
    big = recipe(prompt_text="a very long prompt, " * 500)
    out = embed_recipe(png_bytes(), "image/png", big)
    (body,) = recipe_chunks(out)
    assert body[len(RECIPE_KEY) + 1] == 1  # compression flag
    assert len(out) - len(png_bytes()) < 2000
    with Image.open(io.BytesIO(out)) as im:
        assert json.loads(im.text[RECIPE_KEY]) == big
    assert read_recipe(out) == big


def test_png_rgba_and_palette_images() -> None:
    for im in (noise_image(mode="RGBA"), noise_image().convert("P")):
        original = png_bytes(im)
        out = embed_recipe(original, "image/png", recipe())
        assert pixels(out) == pixels(original)
        assert read_recipe(out) == recipe()


def test_png_unicode_survives() -> None:
    data = recipe(prompt_text="é 日本 🦊", label="Ünïcødé")
    out = embed_recipe(png_bytes(), "image/png", data)
    assert read_recipe(out) == data
    with Image.open(io.BytesIO(out)) as im:
        assert "日本 🦊" in im.text[RECIPE_KEY]


def test_damaged_png_is_refused() -> None:
    data = png_bytes()
    with pytest.raises(ValueError, match="PNG"):
        embed_recipe(data[: len(data) // 2], "image/png", recipe())
    with pytest.raises(ValueError, match="PNG"):
        embed_recipe(jpeg_bytes(), "image/png", recipe())


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")
def test_exiftool_reads_the_recipe_and_the_rating(tmp_path: Path) -> None:
    verdict = [("xmp:Rating", "-1"), ("xmpDM:pick", "-1")]
    for suffix, data in (
        (".png", embed_metadata(png_bytes(), "image/png", recipe=recipe(), properties=verdict)),
        (".jpg", embed_metadata(jpeg_bytes(), "image/jpeg", recipe=recipe(), properties=verdict)),
    ):
        path = tmp_path / f"exported{suffix}"
        path.write_bytes(data)
        result = subprocess.run(
            ["exiftool", "-json", "-a", "-u", "-G1", str(path)],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        )
        (tags,) = json.loads(result.stdout)
        values = [v for v in tags.values() if isinstance(v, str) and v.startswith("{")]
        assert recipe() in [json.loads(v) for v in values], tags
        assert not any("Warning" in k for k in tags), tags
        assert (tags["XMP-xmp:Rating"], tags["XMP-xmpDM:Pick"]) == (-1, -1), tags


# -- JPEG ---------------------------------------------------------------------------------------


def test_jpeg_recipe_round_trips_and_pixels_are_unchanged() -> None:
    original = jpeg_bytes()
    out = embed_recipe(original, "image/jpeg", recipe())
    assert read_recipe(out) == recipe()
    assert pixels(out) == pixels(original)
    with Image.open(io.BytesIO(out)) as im:
        assert im.format == "JPEG"
        assert XMP_NAMESPACE.encode() in im.info["xmp"]


def test_jpeg_inserts_one_xmp_segment_after_jfif_and_leaves_the_rest_byte_identical() -> None:
    original = jpeg_bytes()
    assert original[2:4] == b"\xff\xe0"  # Pillow writes JFIF APP0
    out = embed_recipe(original, "image/jpeg", recipe())
    app0_end = 4 + struct.unpack(">H", original[4:6])[0]
    segment = split_out_segment(original, out, at=app0_end)
    assert segment[:2] == b"\xff\xe1"
    assert struct.unpack(">H", segment[2:4])[0] == len(segment) - 2
    assert segment[4:].startswith(b"http://ns.adobe.com/xap/1.0/\x00")


def test_jpeg_keeps_exif_first() -> None:
    exif = Image.Exif()
    exif[0x0110] = "Cutie test camera"
    original = jpeg_bytes(exif=exif)
    out = embed_recipe(original, "image/jpeg", recipe())
    segment = split_out_segment(original, out)
    assert out.index(segment) > out.index(b"Exif\x00\x00")
    with Image.open(io.BytesIO(out)) as im:
        assert im.getexif()[0x0110] == "Cutie test camera"
    assert read_recipe(out) == recipe()


def test_jpeg_reembedding_replaces_the_recipe() -> None:
    original = jpeg_bytes()
    once = embed_recipe(original, "image/jpeg", recipe(model="first"))
    twice = embed_recipe(once, "image/jpeg", recipe(model="second"))
    assert twice.count(XMP_NAMESPACE.encode()) == 1
    assert read_recipe(twice)["model"] == "second"  # type: ignore[index]
    split_out_segment(original, twice)  # still the original plus exactly one segment


def test_jpeg_keeps_another_tools_xmp() -> None:
    foreign = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>'
    original = jpeg_bytes(xmp=foreign)
    out = embed_recipe(original, "image/jpeg", recipe())
    split_out_segment(original, out)
    assert foreign in out
    assert read_recipe(out) == recipe()


def test_jpeg_unicode_and_xml_special_characters_survive() -> None:
    data = recipe(prompt_text="é 日本 </cutie:Recipe> & <![CDATA[x]]> \u0007 \ufffe")
    out = embed_recipe(jpeg_bytes(), "image/jpeg", data)
    assert read_recipe(out) == data


def test_jpeg_recipe_too_large_for_a_segment() -> None:
    with pytest.raises(ValueError, match="sidecar"):
        embed_recipe(jpeg_bytes(), "image/jpeg", recipe(prompt_text="x" * 70_000))


def test_damaged_jpeg_is_refused() -> None:
    with pytest.raises(ValueError, match="JPEG"):
        embed_recipe(b"\xff\xd8\xff\xe0\x00", "image/jpeg", recipe())


# -- reading anything ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello",
        png_bytes(),
        jpeg_bytes(),
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"\xff\xd8\xff",
        b"RIFF....WEBP",
    ],
)
def test_read_recipe_returns_none_without_a_recipe(data: bytes) -> None:
    assert read_recipe(data) is None


def test_read_recipe_ignores_a_broken_recipe() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text(RECIPE_KEY, "{not json")
    assert read_recipe(png_bytes(pnginfo=info)) is None
    info = PngImagePlugin.PngInfo()
    info.add_text(RECIPE_KEY, "[1, 2]")
    assert read_recipe(png_bytes(pnginfo=info)) is None


def test_read_recipe_refuses_xmp_with_a_dtd() -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:cutie="' + XMP_NAMESPACE.encode() + b'"><cutie:Recipe>{"a": "&a;"}'
        b"</cutie:Recipe></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    assert read_recipe(jpeg_bytes(xmp=evil)) is None


def test_read_recipe_accepts_attribute_form() -> None:
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description rdf:about="" xmlns:cutie="' + XMP_NAMESPACE.encode() + b'" '
        b'cutie:Recipe="{&quot;model&quot;: &quot;m&quot;}"/></rdf:RDF></x:xmpmeta>'
    )
    assert read_recipe(jpeg_bytes(xmp=xmp)) == {"model": "m"}


# -- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        recipe(note=FAKE_KEY),
        recipe(nested={"deep": [1, {"k": f"key={FAKE_KEY}&x"}]}),
        recipe(**{FAKE_KEY: "as a key"}),
    ],
)
@pytest.mark.parametrize("mime", ["image/png", "image/jpeg"])
def test_api_key_guard(bad: dict[str, Any], mime: str, tmp_path: Path) -> None:
    image = png_bytes() if mime == "image/png" else jpeg_bytes()
    with pytest.raises(ValueError, match="API key"):
        embed_recipe(image, mime, bad)
    with pytest.raises(ValueError, match="API key"):
        write_sidecar(tmp_path / "x.webp", bad)
    assert not sidecar_path(tmp_path / "x.webp").exists()


def test_short_aiza_strings_are_fine() -> None:
    ok = recipe(note="AIza is how Google keys start")
    assert read_recipe(embed_recipe(png_bytes(), "image/png", ok)) == ok


@pytest.mark.parametrize("mime", ["image/webp", "image/heic", "image/gif", ""])
def test_other_types_are_refused(mime: str) -> None:
    with pytest.raises(ValueError, match="sidecar"):
        embed_recipe(b"RIFF\x00\x00\x00\x00WEBPVP8 ", mime, recipe())


def test_non_json_recipe_is_refused() -> None:
    with pytest.raises(ValueError, match="JSON"):
        embed_recipe(png_bytes(), "image/png", {"when": object()})
    with pytest.raises(ValueError):
        embed_recipe(png_bytes(), "image/png", {"cost": float("nan")})


def test_undecodable_file_names_survive() -> None:
    data = recipe(label="caf\udce9.png")
    assert read_recipe(embed_recipe(png_bytes(), "image/png", data)) == data
    assert read_recipe(embed_recipe(jpeg_bytes(), "image/jpeg", data)) == data


# -- sidecar and C2PA ---------------------------------------------------------------------------


def test_write_sidecar(tmp_path: Path) -> None:
    image = tmp_path / "Little Orange-v01.webp"
    image.write_bytes(b"RIFF")
    written = write_sidecar(image, recipe())
    assert written == tmp_path / "Little Orange-v01.webp.recipe.json"
    assert json.loads(written.read_text(encoding="utf-8")) == recipe()
    assert "日本" in written.read_text(encoding="utf-8")
    write_sidecar(image, recipe(model="again"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [image.name, written.name]


def test_has_content_credentials() -> None:
    plain = png_bytes()
    assert not has_content_credentials(plain)
    body = b"jumb" + b"c2pa manifest"
    chunk = struct.pack(">I", len(body)) + b"caBX" + body + struct.pack(">I", zlib.crc32(b"caBX" + body))
    signed = plain[:33] + chunk + plain[33:]
    assert has_content_credentials(signed)
    app11 = b"\xff\xeb" + struct.pack(">H", 2 + 16) + b"JP\x00\x00\x00\x01jumbc2pa" + b"\x00\x00"
    jpeg = jpeg_bytes()
    assert not has_content_credentials(jpeg)
    assert has_content_credentials(jpeg[:2] + app11 + jpeg[2:])
    assert not has_content_credentials(b"garbage")


# -- XMP properties (the rating Lightroom reads) -------------------------------------------------

VERDICT = [("xmp:Rating", "4"), ("xmpDM:pick", "1"), ("cutie:Flag", "pick")]


def xmp_description(packet: bytes | str) -> ET.Element:
    """The rdf:Description of an XMP packet, as any XML reader sees it."""
    raw = packet.encode() if isinstance(packet, str) else packet
    desc = ET.fromstring(raw).find(f"{{{NS_RDF}}}RDF/{{{NS_RDF}}}Description")
    assert desc is not None
    return desc


def attributes(desc: ET.Element) -> tuple[str | None, str | None]:
    return desc.get(f"{{{NS_XMP}}}Rating"), desc.get(f"{{{NS_XMP_DM}}}pick")


def test_png_properties_go_into_an_adobe_xmp_chunk_before_the_image_data() -> None:
    original = png_bytes()
    out = embed_metadata(original, "image/png", recipe=recipe(), properties=VERDICT)

    verify(out)
    assert pixels(out) == pixels(original)
    kinds = [(kind, body.split(b"\x00", 1)[0]) for kind, body, _ in chunks(out)]
    xmp_at = kinds.index((b"iTXt", XMP_PNG_KEY.encode()))
    assert xmp_at < [k for k, _ in kinds].index(b"IDAT")
    with Image.open(io.BytesIO(out)) as im:  # Pillow as an independent reader
        assert attributes(xmp_description(im.info[XMP_PNG_KEY])) == ("4", "1")
    assert read_recipe(out) == recipe()

    again = embed_metadata(out, "image/png", recipe=recipe(), properties=[("xmp:Rating", "2")])
    xmp_chunks = [body for kind, body, _ in chunks(again) if body.startswith(XMP_PNG_KEY.encode() + b"\x00")]
    assert len(xmp_chunks) == 1 and len(recipe_chunks(again)) == 1
    assert attributes(xmp_description(xmp_chunks[0].split(b"\x00", 5)[5])) == ("2", None)


def test_png_keeps_another_tools_xmp_after_ours() -> None:
    foreign = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>'
    info = PngImagePlugin.PngInfo()
    info.add_itxt(XMP_PNG_KEY, foreign)
    original = png_bytes(pnginfo=info)

    out = embed_metadata(original, "image/png", properties=VERDICT)

    xmp_chunks = [body for kind, body, _ in chunks(out) if body.startswith(XMP_PNG_KEY.encode() + b"\x00")]
    assert len(xmp_chunks) == 2
    assert XMP_NAMESPACE.encode() in xmp_chunks[0] and xmp_chunks[1].endswith(foreign.encode())
    assert read_recipe(out) is None  # properties alone add no recipe


def test_jpeg_properties_share_the_recipe_packet() -> None:
    original = jpeg_bytes()
    out = embed_metadata(original, "image/jpeg", recipe=recipe(), properties=VERDICT)

    segment = split_out_segment(original, out)  # one segment; every other byte unchanged
    with Image.open(io.BytesIO(out)) as im:
        packet = im.info["xmp"]
    assert packet in segment
    desc = xmp_description(packet)
    assert attributes(desc) == ("4", "1") and desc.get(f"{{{XMP_NAMESPACE}}}Flag") == "pick"
    assert read_recipe(out) == recipe()

    rejected = embed_metadata(out, "image/jpeg", recipe=recipe(), properties=[("xmp:Rating", "-1")])
    split_out_segment(original, rejected)  # replaced, not added
    with Image.open(io.BytesIO(rejected)) as im:
        assert attributes(xmp_description(im.info["xmp"])) == ("-1", None)


@pytest.mark.parametrize(
    "properties",
    [
        [("dc:title", "not a namespace Cutie writes")],
        [('xmp:Rating="5" evil', "1")],
        [("xmp:Label", FAKE_KEY)],
        [("xmp:Rating", 4)],
    ],
)
def test_properties_are_checked(properties: list[tuple[str, Any]]) -> None:
    for data, mime in ((png_bytes(), "image/png"), (jpeg_bytes(), "image/jpeg")):
        with pytest.raises(ValueError):
            embed_metadata(data, mime, properties=properties)


EDITED_PACKET = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="" xmlns:cutie="urn:x-cutie:recipe:1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmp:Rating="2" photoshop:Headline="kept"/>'
    "</rdf:RDF></x:xmpmeta>"
)


@pytest.mark.parametrize("mime", ["image/png", "image/jpeg"])
def test_same_picture_allows_only_cutie_metadata_to_differ(mime: str) -> None:
    def make(packet: str | None = None, image: Image.Image | None = None) -> bytes:
        buf = io.BytesIO()
        if mime == "image/png":
            info = PngImagePlugin.PngInfo()
            if packet:
                info.add_itxt(XMP_PNG_KEY, packet)
            (image or noise_image()).save(buf, "PNG", pnginfo=info)
        else:
            (image or noise_image()).save(
                buf, "JPEG", quality=90, **({"xmp": packet.encode()} if packet else {})
            )
        return buf.getvalue()

    original = make()
    rated = embed_metadata(original, mime, recipe=recipe(), properties=[("xmp:Rating", "2")])
    rerated = embed_metadata(original, mime, recipe=recipe(), properties=[("xmp:Rating", "5")])
    assert same_picture(rated, rerated) and same_picture(original, rerated)

    assert not same_picture(rated, make(image=noise_image(64, 49)))
    # Another tool saved its own metadata into Cutie's packet (Lightroom adds its namespaces):
    # that file is somebody's work, not an earlier export to replace.
    edited = make(packet=EDITED_PACKET)
    assert not same_picture(edited, rerated)
    assert same_picture(
        make(
            packet=EDITED_PACKET.replace(' photoshop:Headline="kept"', "").replace(
                ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"', ""
            )
        ),
        rerated,
    )
    assert not same_picture(b"not an image", rated)
