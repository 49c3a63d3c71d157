"""Photo metadata taken out of PNG, JPEG and WebP files at byte level, pixels untouched.

Phone and camera pictures carry where they were taken (EXIF GPS) and with what (make, model,
serial numbers) in three kinds of block: EXIF, XMP (which repeats the EXIF fields as
`exif:GPSLatitude`, `tiff:Make`, ...) and, in JPEG, Photoshop's IPTC block (city, location).
`strip_photo_metadata` drops all three, and nothing else: colour profiles (ICC), JFIF and Adobe
headers, and the compressed image data are copied as they are, so the picture is the same one.

The EXIF orientation tag goes too, so call this only for pictures already upright (the
reference import rotates the others while re-encoding them, which drops the metadata anyway).
"""

from __future__ import annotations

import struct

from cutie_app.core.formats.provenance import _jpeg_segments, _png_chunks

_EXIF_HEADER = b"Exif\x00\x00"
_XMP_HEADERS = (b"http://ns.adobe.com/xap/1.0/\x00", b"http://ns.adobe.com/xmp/extension/\x00")
_IPTC_HEADER = b"Photoshop 3.0\x00"
_APP1, _APP13 = 0xE1, 0xED
_PNG_TEXT = (b"tEXt", b"zTXt", b"iTXt")
#: PNG text keywords that hold EXIF, XMP or IPTC (the XMP standard's, and ImageMagick's).
_PNG_METADATA_KEYWORDS = (b"XML:com.adobe.xmp", b"Raw profile type")
#: WebP's extended-format header flags for the EXIF and XMP chunks (WebP container spec).
_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


def strip_photo_metadata(data: bytes, mime_type: str) -> bytes:
    """`data` without its EXIF, XMP and IPTC blocks; raises ValueError for a damaged file.

    Other types are refused (ValueError) rather than passed through with their metadata.
    """
    if mime_type == "image/jpeg":
        return _strip_jpeg(data)
    if mime_type == "image/png":
        return _strip_png(data)
    if mime_type == "image/webp":
        return _strip_webp(data)
    raise ValueError(f"cannot remove metadata from {mime_type} at byte level")


def _strip_jpeg(data: bytes) -> bytes:
    out = [b"\xff\xd8"]
    pos = 2
    for marker, start, length in _jpeg_segments(data):
        payload = data[start : start + length]
        metadata = (marker == _APP1 and payload.startswith((_EXIF_HEADER, *_XMP_HEADERS))) or (
            marker == _APP13 and payload.startswith(_IPTC_HEADER)
        )
        if marker == 0xDA:  # start of scan: it and everything after is image data
            out.append(data[pos:])
            return b"".join(out)
        if not metadata:
            out.append(data[pos : start + length])  # padding and standalone markers before it too
        pos = start + length
    raise ValueError("JPEG file has no image data")


def _strip_png(data: bytes) -> bytes:
    out = [data[:8]]
    for kind, start, end in _png_chunks(data):
        body = data[start + 8 : end - 4]
        metadata = kind == b"eXIf" or (kind in _PNG_TEXT and body.startswith(_PNG_METADATA_KEYWORDS))
        if not metadata:
            out.append(data[start:end])
    return b"".join(out)


def _strip_webp(data: bytes) -> bytes:
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ValueError("not a WebP file")
    (riff_size,) = struct.unpack("<I", data[4:8])
    end = min(len(data), 8 + riff_size)
    chunks: list[bytes] = []
    pos = 12
    while pos + 8 <= end:
        fourcc = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        stop = pos + 8 + size + (size & 1)
        if pos + 8 + size > end:
            raise ValueError("WebP file is truncated or damaged")
        chunk = data[pos : min(stop, end)]
        if fourcc == b"VP8X" and size >= 10:
            flags = chunk[8] & ~(_VP8X_EXIF | _VP8X_XMP)
            chunk = chunk[:8] + bytes((flags,)) + chunk[9:]
        if fourcc not in (b"EXIF", b"XMP "):
            chunks.append(chunk)
        pos = stop
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body
