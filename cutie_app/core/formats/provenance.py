"""The recipe inside exported images, so a picture carries how it was made wherever it goes.

PNG gets an iTXt chunk with keyword `cutie:recipe` (before the image data); JPEG gets an XMP
packet (APP1) holding the recipe in a `cutie:Recipe` element. Both are inserted at byte level:
the pixels, and the compressed data that encodes them, are not touched, so an exported image is
the generated one.
Formats without a place for it get a `<image>.recipe.json` sidecar.

Simple XMP properties (the rating and pick flag, see `core.xmp_sidecar`) can go in too, because
Lightroom and Bridge read XMP *inside* PNG and JPEG files and ignore sidecars beside them: for
JPEG into the same packet as the recipe, for PNG into an iTXt chunk with the keyword
`XML:com.adobe.xmp` (XMP specification part 3), placed before any XMP chunk another tool wrote,
since readers take the first.

The value is the JSON of the recipe mapping given (in Cutie, `core.generation.Recipe.to_dict()`).
Recipes never hold API keys; anything that looks like a Google API key is refused here too.

Note: inserting metadata changes the file's bytes, so a C2PA "Content Credentials" manifest
bound to the original bytes no longer verifies; `has_content_credentials` lets callers choose a
sidecar instead for such files.
"""

from __future__ import annotations

import json
import re
import struct
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from cutie_app.core.formats.fileio import atomic_write_text
from cutie_app.core.formats.xml_text import escape

#: PNG iTXt keyword under which the recipe JSON is stored.
RECIPE_KEY = "cutie:recipe"
#: XMP namespace of the `cutie:Recipe` element in JPEG files.
XMP_NAMESPACE = "urn:x-cutie:recipe:1/"
NS_X = "adobe:ns:meta/"
NS_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NS_XMP = "http://ns.adobe.com/xap/1.0/"
NS_XMP_DM = "http://ns.adobe.com/xmp/1.0/DynamicMedia/"
#: The prefixes an embedded property may use, and their namespaces.
XMP_PREFIXES = {"xmp": NS_XMP, "xmpDM": NS_XMP_DM, "cutie": XMP_NAMESPACE}
#: PNG iTXt keyword of an XMP packet (XMP specification part 3).
XMP_PNG_KEY = "XML:com.adobe.xmp"
#: (`prefix:Name`, value): a simple XMP property, e.g. ("xmp:Rating", "4").
XmpProperty = tuple[str, str]
SIDECAR_SUFFIX = ".recipe.json"

_API_KEY = re.compile(r"AIza[0-9A-Za-z_\-]{35}")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_TEXT_CHUNKS = (b"tEXt", b"zTXt", b"iTXt")
_KEYWORD = RECIPE_KEY.encode("latin-1")
#: Recipes larger than this are zlib-compressed inside the iTXt chunk.
_COMPRESS_ABOVE = 1024
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_MAX_SEGMENT = 65533  # a JPEG segment's length field counts itself and holds at most 65535
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_RECIPE_TAG = f"{{{XMP_NAMESPACE}}}Recipe"
_XMP_PNG_KEYWORD = XMP_PNG_KEY.encode("latin-1")
_PROPERTY_NAME = re.compile(r"(?P<prefix>[A-Za-z]+):[A-Za-z][A-Za-z0-9]*")
_NS_DECLARATION = re.compile(rb"""xmlns:[\w.-]+\s*=\s*["']([^"']*)["']""")
_OUR_NAMESPACES = frozenset({NS_X, NS_RDF, *XMP_PREFIXES.values()})


def embed_recipe(image: bytes, mime_type: str, recipe: Mapping[str, Any]) -> bytes:
    """The image with `recipe` embedded (replacing any earlier one); pixels untouched."""
    return embed_metadata(image, mime_type, recipe=recipe)


def embed_metadata(
    image: bytes,
    mime_type: str,
    *,
    recipe: Mapping[str, Any] | None = None,
    properties: Sequence[XmpProperty] = (),
) -> bytes:
    """The image with Cutie's metadata in it, replacing whatever Cutie embedded before.

    `recipe` goes in as described above; `properties` into the file's XMP packet. Metadata from
    other tools is kept. Pixels are untouched.

    Raises:
        ValueError: the type cannot carry metadata (use `write_sidecar`), the file is not a
            well-formed PNG/JPEG, the recipe is not valid JSON, a property is not a simple
            property in a known namespace, or something holds an API key.
    """
    text = None if recipe is None else _recipe_json(recipe)
    _check_properties(properties)
    if mime_type == "image/png":
        packet = _xmp_packet(None, properties) if properties else None
        return _embed_png(image, text, packet)
    if mime_type == "image/jpeg":
        return _embed_jpeg(image, text, properties)
    raise ValueError(f"cannot embed a recipe in {mime_type or 'this file type'}; write a sidecar instead")


def same_picture(first: bytes, second: bytes) -> bool:
    """True when the two files differ at most in metadata Cutie wrote and no other tool edited.

    An export folder may hold an earlier export of the same image whose embedded rating has
    since changed; that file may be replaced. One whose Cutie packet another tool rewrote
    (Lightroom adds its own namespaces when it saves metadata to the file) is somebody's work.
    """
    if first == second:
        return True
    try:
        return _without_ours(first) == _without_ours(second)
    except ValueError:
        return False


def read_recipe(image: bytes) -> dict[str, Any] | None:
    """The recipe embedded in a PNG or JPEG, or None when there is none (or it is unreadable).

    Never raises: it is used on any file a user opens.
    """
    try:
        if image.startswith(_PNG_SIGNATURE):
            text = _read_png(image)
        elif image.startswith(b"\xff\xd8"):
            text = _read_jpeg(image)
        else:
            return None
        if text is None:
            return None
        value = json.loads(text)
    except (ValueError, UnicodeDecodeError, zlib.error, struct.error, IndexError, ET.ParseError):
        return None
    return value if isinstance(value, dict) else None


def sidecar_path(image_path: Path) -> Path:
    return image_path.with_name(image_path.name + SIDECAR_SUFFIX)


def write_sidecar(path: Path, recipe: Mapping[str, Any]) -> Path:
    """Write `<image>.recipe.json` beside `path` (for WebP, HEIC and the like); returns its path."""
    text = _recipe_json(recipe, pretty=True)
    target = sidecar_path(path)
    atomic_write_text(target, text + "\n")
    return target


def has_content_credentials(image: bytes) -> bool:
    """True when the file carries a C2PA manifest, which embedding would invalidate."""
    try:
        if image.startswith(_PNG_SIGNATURE):
            return any(kind == b"caBX" for kind, _, _ in _png_chunks(image))
        if image.startswith(b"\xff\xd8"):
            return any(
                marker == 0xEB and b"c2pa" in image[start : start + length]
                for marker, start, length in _jpeg_segments(image)
            )
    except ValueError:
        return False
    return False


def _without_ours(image: bytes) -> bytes:
    """The file without the metadata chunks and segments that only Cutie wrote."""
    if image.startswith(_PNG_SIGNATURE):
        return _embed_png(image, None, None, drop=_is_pure_cutie_xmp)
    if image.startswith(b"\xff\xd8"):
        return _embed_jpeg(image, None, (), drop=_is_pure_cutie_xmp)
    raise ValueError("neither PNG nor JPEG")


def _is_pure_cutie_xmp(block: bytes) -> bool:
    """A chunk or segment holding Cutie's XMP packet with nothing from other tools in it."""
    if XMP_NAMESPACE.encode() not in block:
        return False
    declared = {m.group(1).decode("utf-8", "replace") for m in _NS_DECLARATION.finditer(block)}
    return declared <= _OUR_NAMESPACES


def _check_properties(properties: Sequence[XmpProperty]) -> None:
    for name, value in properties:
        match = _PROPERTY_NAME.fullmatch(name)
        if match is None or match["prefix"] not in XMP_PREFIXES:
            raise ValueError(f"{name!r} is not a simple XMP property in a namespace Cutie writes")
        if not isinstance(value, str):
            raise ValueError(f"the value of {name} must be text")
        if _API_KEY.search(value):
            raise ValueError(f"{name} holds something that looks like a Google API key; refusing to write it")


def xml_attr(value: str) -> str:
    """An XML attribute value: characters XML 1.0 cannot hold dropped, the rest escaped."""
    text = _XML_INVALID.sub("", value)
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


# -- JSON ---------------------------------------------------------------------------------------


def _recipe_json(recipe: Mapping[str, Any], *, pretty: bool = False) -> str:
    """Strict JSON (no NaN) of the recipe; refuses anything shaped like a Google API key."""
    if not isinstance(recipe, Mapping):
        raise ValueError("a recipe must be a mapping (a JSON object)")
    indent = 2 if pretty else None
    try:
        text = json.dumps(dict(recipe), ensure_ascii=False, allow_nan=False, indent=indent)
        text.encode("utf-8")
    except TypeError as exc:
        raise ValueError(f"the recipe cannot be written as JSON: {exc}") from exc
    except UnicodeEncodeError:  # lone surrogates (from undecodable file names): keep them as \udcxx
        text = json.dumps(dict(recipe), ensure_ascii=True, allow_nan=False, indent=indent)
    if _API_KEY.search(text):
        raise ValueError(
            "the recipe contains something that looks like a Google API key; refusing to write it"
        )
    return text


# -- PNG ----------------------------------------------------------------------------------------


def _png_chunks(data: bytes) -> Iterator[tuple[bytes, int, int]]:
    """(type, start offset of the whole chunk, end offset) for each chunk, up to IEND."""
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("not a PNG file")
    pos = len(_PNG_SIGNATURE)
    while True:
        if pos + 12 > len(data):
            raise ValueError("PNG file is truncated")
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if length > 0x7FFFFFFF or end > len(data):
            raise ValueError("PNG file is truncated or damaged")
        yield kind, pos, end
        if kind == b"IEND":
            return
        pos = end


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _is_recipe_chunk(data: bytes, kind: bytes, start: int, end: int) -> bool:
    return kind in _TEXT_CHUNKS and data.startswith(_KEYWORD + b"\x00", start + 8, end - 4)


def _is_xmp_chunk(data: bytes, kind: bytes, start: int, end: int) -> bool:
    return kind == b"iTXt" and data.startswith(_XMP_PNG_KEYWORD + b"\x00", start + 8, end - 4)


def _itxt(keyword: bytes, text: bytes, *, compressed: bool = False) -> bytes:
    # keyword, NUL, compression flag, method (0 = zlib), empty language tag, empty translated keyword
    body = keyword + b"\x00" + bytes((int(compressed), 0)) + b"\x00\x00" + text
    return _png_chunk(b"iTXt", body)


def _embed_png(
    image: bytes,
    text: str | None,
    packet: bytes | None,
    *,
    drop: Callable[[bytes], bool] | None = None,
) -> bytes:
    """Copy every chunk except Cutie's earlier ones, and add the new ones before the image data.

    Before the first IDAT rather than just before IEND: readers that stop at the pixels (and
    exiftool, which warns about text after IDAT) still see them. An XMP packet from another tool
    is kept, after ours: readers take the first. `drop` decides which XMP chunks are Cutie's
    (by default any that uses Cutie's namespace); recipe chunks always are.
    """
    is_ours = drop or _is_cutie_xmp
    new: list[bytes] = []
    if text is not None:
        raw = text.encode("utf-8")
        compressed = len(raw) > _COMPRESS_ABOVE
        new.append(_itxt(_KEYWORD, zlib.compress(raw, 9) if compressed else raw, compressed=compressed))
    if packet is not None:
        new.append(_itxt(_XMP_PNG_KEYWORD, packet))  # uncompressed, as the XMP specification asks
    out = [_PNG_SIGNATURE]
    inserted = False
    for kind, start, end in _png_chunks(image):
        xmp = _is_xmp_chunk(image, kind, start, end)
        if not inserted and (kind in (b"IDAT", b"IEND") or xmp):
            out += new
            inserted = True
        ours = xmp and is_ours(image[start:end])
        if not (ours or _is_recipe_chunk(image, kind, start, end)):
            out.append(image[start:end])
    return b"".join(out)


def _read_png(image: bytes) -> str | None:
    for kind, start, end in _png_chunks(image):
        if not _is_recipe_chunk(image, kind, start, end):
            continue
        body = image[start + 8 + len(_KEYWORD) + 1 : end - 4]
        if kind == b"tEXt":
            return body.decode("latin-1")
        if kind == b"zTXt":
            return zlib.decompress(body[1:]).decode("latin-1")
        flag = body[0]
        _language, _, rest = body[2:].partition(b"\x00")
        _translated, _, payload = rest.partition(b"\x00")
        return (zlib.decompress(payload) if flag else payload).decode("utf-8")
    return None


# -- JPEG ---------------------------------------------------------------------------------------

_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})


def _jpeg_segments(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(marker, start of payload, payload length) for each segment before the scan data."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG file")
    pos = 2
    while True:
        if pos >= len(data) or data[pos] != 0xFF:
            raise ValueError("JPEG file is damaged (no segment marker where one belongs)")
        while pos < len(data) and data[pos] == 0xFF:  # markers may be padded with 0xFF
            pos += 1
        if pos >= len(data):
            raise ValueError("JPEG file is truncated")
        marker = data[pos]
        pos += 1
        if marker in _STANDALONE:
            continue
        if marker == 0xD9:
            raise ValueError("JPEG file has no image data")
        if pos + 2 > len(data):
            raise ValueError("JPEG file is truncated")
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2 or pos + length > len(data):
            raise ValueError("JPEG file is truncated or damaged")
        yield marker, pos + 2, length - 2
        if marker == 0xDA:  # start of scan: entropy-coded data follows, no more headers to read
            return
        pos += length


def _is_xmp(data: bytes, marker: int, start: int) -> bool:
    return marker == 0xE1 and data[start : start + len(_XMP_HEADER)] == _XMP_HEADER


def _xmp_packet(text: str | None, properties: Sequence[XmpProperty]) -> bytes:
    """A packet with one rdf:Description: `properties` as attributes, the recipe as an element."""
    lines = [
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
        f'<x:xmpmeta xmlns:x="{NS_X}">',
        f' <rdf:RDF xmlns:rdf="{NS_RDF}">',
        '  <rdf:Description rdf:about=""',
    ]
    lines += [f'    xmlns:{prefix}="{namespace}"' for prefix, namespace in XMP_PREFIXES.items()]
    lines += [f'    {name}="{xml_attr(value)}"' for name, value in properties]
    if text is None:
        lines[-1] += "/>"
    else:
        if _XML_INVALID.search(text):  # XML 1.0 cannot hold some characters raw; JSON can escape them
            text = json.dumps(json.loads(text), ensure_ascii=True)
        lines[-1] += ">"
        lines += [f"   <cutie:Recipe>{escape(text)}</cutie:Recipe>", "  </rdf:Description>"]
    lines += [" </rdf:RDF>", "</x:xmpmeta>", '<?xpacket end="w"?>']
    return "\n".join(lines).encode()


def _embed_jpeg(
    image: bytes,
    text: str | None,
    properties: Sequence[XmpProperty],
    *,
    drop: Callable[[bytes], bool] | None = None,
) -> bytes:
    """Insert the XMP segment after SOI, JFIF (APP0) and Exif (APP1); drop Cutie's earlier one.

    An XMP packet from another tool is left as it is (ours comes first, as a separate packet).
    With neither a recipe nor properties, nothing is inserted. `drop` decides which XMP
    segments are Cutie's (by default any that uses Cutie's namespace).
    """
    is_ours = drop or _is_cutie_xmp
    segment = b""
    if text is not None or properties:
        payload = _XMP_HEADER + _xmp_packet(text, properties)
        if len(payload) > _MAX_SEGMENT:
            raise ValueError("the recipe is too large for a JPEG XMP segment; write a sidecar instead")
        segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    insert_at: int | None = None
    kept: list[bytes] = [b"\xff\xd8"]
    pos = 2
    for marker, start, length in _jpeg_segments(image):
        seg_start, seg_end = start - 4, start + length
        if marker == 0xDA:
            seg_end = len(image)  # the scan and everything after it, copied as they are
        if image[pos:seg_start].strip(b"\xff"):
            raise ValueError("JPEG file is damaged (data between segments)")
        leading = marker == 0xE0 or (marker == 0xE1 and image.startswith(b"Exif", start))
        if insert_at is None and not leading:  # JFIF and Exif expect to come first
            insert_at = len(kept)
        if not (_is_xmp(image, marker, start) and is_ours(image[start : start + length])):
            kept.append(image[pos:seg_end])
        pos = seg_end
    kept.insert(insert_at if insert_at is not None else len(kept), segment)
    return b"".join(kept)


def _is_cutie_xmp(payload: bytes) -> bool:
    return XMP_NAMESPACE.encode() in payload


def _read_jpeg(image: bytes) -> str | None:
    for marker, start, length in _jpeg_segments(image):
        if not _is_xmp(image, marker, start):
            continue
        packet = image[start + len(_XMP_HEADER) : start + length]
        if XMP_NAMESPACE.encode() not in packet or b"<!DOCTYPE" in packet or b"<!ENTITY" in packet:
            continue  # XMP forbids DTDs; refusing them avoids entity-expansion tricks
        root = ET.fromstring(packet)
        for element in root.iter():
            if element.tag == _RECIPE_TAG and element.text:
                return element.text
            if _RECIPE_TAG in element.attrib:  # the same property written in attribute form
                return element.attrib[_RECIPE_TAG]
    return None
