"""Reference images from the wild: checked, and made into something the Gemini models accept.

The models take PNG, JPEG, WebP and HEIC/HEIF, about 7 MB per inline image (API_FACTS §1.4).
Files people drop in are anything: phone photos with a rotation tag, CMYK print files, 16-bit
scans, animated GIFs, truncated downloads, decompression bombs. `import_reference` keeps a
file's bytes unchanged whenever they are already fine (so a reference's SHA-256 is the original
file's), and otherwise decodes it with Pillow and re-encodes it, saying in plain words what it
changed. Every refusal is an `ImageImportError` whose text a user can act on.
"""

from __future__ import annotations

import io
import stat
import struct
import threading
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from cutie_app.core.model.references import sniff_mime

#: Files above this are refused before any decoding (reading them alone would hurt).
MAX_FILE_BYTES = 200_000_000
#: Formats the models take as they are; anything else is converted.
ACCEPTED_MIME = frozenset({"image/png", "image/jpeg", "image/webp"})
#: Pillow modes that are plain 8-bit colour or grey, fine to send unchanged.
_PLAIN_MODES = frozenset({"RGB", "RGBA", "L"})
#: Images at or under this many pixels are stored losslessly (PNG) when converted.
_SMALL_PIXELS = 512 * 512
_JPEG_QUALITY = 92
_EXIF_ORIENTATION = 0x0112
_MIME_BY_FORMAT = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
_HEIC_BRANDS_NOT_HEIC = (b"avif", b"avis")
#: EXIF orientation -> the transpose that shows the picture upright (as ImageOps.exif_transpose).
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# Decoder failures that mean "this file is broken", as opposed to bugs in Cutie.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error, IndexError)
# warnings.catch_warnings() swaps process-wide state; serialise our own use of it.
_WARNINGS_LOCK = threading.Lock()


class ImageImportError(Exception):
    """A reference image was refused; str() is a message for the user, naming the file."""


@dataclass(frozen=True)
class ImportedImage:
    """Bytes ready to send, their type and size, and what was done to get them."""

    data: bytes
    mime_type: str
    width: int
    height: int
    source_name: str
    notes: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        """False when `data` is the original file, byte for byte (its hash is the file's)."""
        return any(not n.startswith("kept ") for n in self.notes)


def import_reference(
    source: Path | bytes,
    *,
    name: str = "",
    max_bytes: int = 7_000_000,
    max_side: int = 4096,
    max_pixels: int = 80_000_000,
) -> ImportedImage:
    """Read a reference image and return bytes the models accept.

    Args:
        source: a file path (symlinks followed) or the file's bytes.
        name: how to call the image in messages; defaults to the file name.
        max_bytes: the largest encoded image to send (the API's inline limit).
        max_side: longer images are scaled down to this many pixels on the long side.
        max_pixels: images with more pixels than this are refused as possible bombs.

    Raises:
        ImageImportError: the file cannot be used; the message says why and what to do.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        source_name = display_name(name)
        label = source_name or "the image"
        data = bytes(source)
        if len(data) > MAX_FILE_BYTES:
            raise ImageImportError(f"{_q(label)} is {_mb(len(data))}, too large to import. {_SMALLER}")
    else:
        path = Path(source)
        source_name = label = display_name(name or path.name or str(path))
        data = _read_file(path, label)
    if not data:
        raise ImageImportError(f"{_q(label)} is empty (0 bytes). Choose the image file itself.")

    if sniff_mime(data) == "image/heic" and not _is_avif(data):
        return _keep_heic(data, label, source_name, max_bytes)
    return _decode_and_normalise(data, label, source_name, max_bytes, max_side, max_pixels)


def display_name(name: str) -> str:
    """A file name safe to show and log: undecodable bytes become U+FFFD instead of crashing."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


# -- reading ----------------------------------------------------------------------------------

_SMALLER = "Export it at a smaller size (for example as a JPEG) and try again."


def _q(label: str) -> str:
    return label if label == "the image" else f"“{label}”"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _read_file(path: Path, label: str) -> bytes:
    """The file's bytes, refusing folders, broken links, special files and huge files up front."""
    try:
        if path.is_symlink() and not path.exists():
            raise ImageImportError(
                f"{_q(label)} is a shortcut (symbolic link) to a file that no longer exists. "
                "Choose the original image instead."
            )
        st = path.stat()
    except FileNotFoundError:
        raise ImageImportError(f"{_q(label)} was not found. It may have been moved or deleted.") from None
    except PermissionError:
        raise ImageImportError(_no_permission(label)) from None
    except OSError as exc:
        raise ImageImportError(f"{_q(label)} could not be read ({exc.strerror or exc}).") from None
    if stat.S_ISDIR(st.st_mode):
        raise ImageImportError(f"{_q(label)} is a folder, not an image. Choose an image file inside it.")
    if not stat.S_ISREG(st.st_mode):
        raise ImageImportError(f"{_q(label)} is not a regular file. Choose an image file.")
    if st.st_size > MAX_FILE_BYTES:
        raise ImageImportError(f"{_q(label)} is {_mb(st.st_size)}, too large to import. {_SMALLER}")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except PermissionError:
        raise ImageImportError(_no_permission(label)) from None
    except OSError as exc:
        raise ImageImportError(f"{_q(label)} could not be read ({exc.strerror or exc}).") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImageImportError(f"{_q(label)} is too large to import. {_SMALLER}")
    return data


def _no_permission(label: str) -> str:
    return (
        f"{_q(label)} cannot be read: you do not have permission to open it. "
        "Copy it somewhere you own, or change its permissions, and try again."
    )


def _is_avif(data: bytes) -> bool:
    """AVIF shares HEIF's container (brand mif1); Pillow decodes it, the API does not take it."""
    size = int.from_bytes(data[:4], "big")
    box = data[8 : max(12, min(size, 64))]
    return any(box[i : i + 4] in _HEIC_BRANDS_NOT_HEIC for i in range(0, len(box) - 3, 4))


def _keep_heic(data: bytes, label: str, source_name: str, max_bytes: int) -> ImportedImage:
    """Pillow cannot decode HEIC here, but the API takes it: send it as it is, if small enough."""
    if len(data) > max_bytes:
        raise ImageImportError(
            f"{_q(label)} is a HEIC photo of {_mb(len(data))}; the models take at most "
            f"{_mb(max_bytes)} and Cutie cannot shrink HEIC. Convert it to JPEG (most photo apps "
            "can export or share as JPEG) and import that."
        )
    return ImportedImage(data, "image/heic", 0, 0, source_name, ("kept as HEIC (sent unchanged)",))


# -- decoding ---------------------------------------------------------------------------------


@contextmanager
def bomb_warnings_as_errors() -> Iterator[None]:
    """Pillow warns (not raises) between 1× and 2× its pixel limit; make that an error here.

    The warning must never escape: the app treats stray warnings as bugs (and tests fail on them).
    """
    with _WARNINGS_LOCK, warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


def _decode_and_normalise(
    data: bytes, label: str, source_name: str, max_bytes: int, max_side: int, max_pixels: int
) -> ImportedImage:
    bomb = (
        f"{_q(label)} declares an enormous picture (more than {max_pixels:,} pixels), which could "
        "exhaust memory, so it was not opened. Export it at a smaller size and try again."
    )
    try:
        with bomb_warnings_as_errors():  # Pillow checks the declared size while opening
            im = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageImportError(bomb) from None
    except UnidentifiedImageError:
        raise ImageImportError(
            f"{_q(label)} is not an image Cutie can read. Choose a PNG, JPEG, WebP or HEIC file "
            "(GIF, TIFF, BMP and other common formats are converted)."
        ) from None
    except _DECODE_ERRORS:
        raise ImageImportError(_damaged(label)) from None
    with im:
        width, height = im.size
        if width * height > max_pixels:
            raise ImageImportError(bomb)
        try:
            _draft_for(im, max_side)
            im.load()  # decode everything now: truncated and corrupt files fail here, not later
        except MemoryError:
            raise ImageImportError(
                f"{_q(label)} is too large to open in the available memory. {_SMALLER}"
            ) from None
        except _DECODE_ERRORS:
            raise ImageImportError(_damaged(label)) from None
        return _normalise(im, data, label, source_name, max_bytes, max_side, (width, height))


def _damaged(label: str) -> str:
    return (
        f"{_q(label)} is damaged or incomplete (perhaps a download that did not finish), so it "
        "cannot be used. Open it in an image viewer to check, or download it again."
    )


def _draft_for(im: Image.Image, max_side: int) -> None:
    """Let the JPEG decoder scale down while decoding: much faster and lighter for huge photos."""
    if im.format != "JPEG" or max(im.size) <= max_side:
        return
    scale = max_side / max(im.size)
    im.draft(None, (max(1, round(im.width * scale)), max(1, round(im.height * scale))))


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(_EXIF_ORIENTATION, 1)
    except _DECODE_ERRORS:  # a broken EXIF block is not worth refusing the picture for
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _png_bit_depth(data: bytes) -> int:
    """Pillow opens 16-bit RGB PNGs as 8-bit RGB; only the header tells."""
    return data[24] if data[12:16] == b"IHDR" and len(data) > 24 else 8


def _normalise(
    im: Image.Image,
    data: bytes,
    label: str,
    source_name: str,
    max_bytes: int,
    max_side: int,
    original_size: tuple[int, int],
) -> ImportedImage:
    mime = _MIME_BY_FORMAT.get(im.format or "")
    animated = bool(getattr(im, "is_animated", False))
    orientation = _orientation(im)
    deep_png = im.format == "PNG" and _png_bit_depth(data) > 8
    if (
        mime in ACCEPTED_MIME
        and im.mode in _PLAIN_MODES
        and not animated
        and not deep_png
        and orientation == 1
        and max(original_size) <= max_side
        and len(data) <= max_bytes
    ):
        return ImportedImage(data, mime, im.width, im.height, source_name)

    notes: list[str] = []
    if mime is None:
        notes.append(f"converted from {im.format or 'an unknown format'}")
    if animated:
        pages = im.format not in ("GIF", "PNG", "WEBP")  # multi-page TIFF and the like
        notes.append("first page only" if pages else "first frame of an animation")
    out = _to_8bit(im, notes, deep_png)
    icc = _icc_for(im, out)
    if orientation != 1:
        # ImageOps.exif_transpose's mapping, applied to the converted pixels: conversions drop
        # the EXIF block that exif_transpose() itself would read the orientation from.
        out = out.transpose(_TRANSPOSE[orientation])
        notes.append("rotated as its camera tag says")
    upright = original_size if orientation < 5 else (original_size[1], original_size[0])
    if max(upright) > max_side:
        scale = max_side / max(upright)
        size = (max(1, round(upright[0] * scale)), max(1, round(upright[1] * scale)))
        if out.size != size:  # the JPEG decoder may already have done most of it (draft)
            out = out.resize(size, Image.Resampling.LANCZOS)
        notes.append(f"scaled down from {upright[0]}×{upright[1]} to {size[0]}×{size[1]}")
    encoded, out_mime, size = _encode(out, icc, max_bytes, notes)
    if len(encoded) > max_bytes:
        raise ImageImportError(
            f"{_q(label)} could not be made smaller than {_mb(max_bytes)} without ruining it. {_SMALLER}"
        )
    return ImportedImage(encoded, out_mime, size[0], size[1], source_name, tuple(notes))


def _icc_for(source: Image.Image, out: Image.Image) -> bytes | None:
    """Keep the colour profile (phones use Display P3) when its colour space still fits the pixels."""
    icc = source.info.get("icc_profile")
    if not isinstance(icc, bytes) or not icc:
        return None
    colour_in = source.mode in ("RGB", "RGBA", "P", "RGBX") or source.mode.startswith("RGB")
    grey_in = source.mode in ("L", "LA", "1")
    if (colour_in and out.mode in ("RGB", "RGBA")) or (grey_in and out.mode == "L"):
        return icc
    return None


def _to_8bit(im: Image.Image, notes: list[str], deep_png: bool) -> Image.Image:
    """Plain 8-bit L, RGB or RGBA, with transparency kept only where something is see-through."""
    mode = im.mode
    if mode == "CMYK":
        notes.append("converted from CMYK")
        return im.convert("RGB")
    if mode.startswith("I") or mode == "F":
        notes.append("reduced from 16-bit colour")
        return _deep_grey_to_l(im)
    if deep_png:
        notes.append("reduced from 16-bit colour")
    if mode == "P":
        has_alpha = "transparency" in im.info or (im.palette is not None and im.palette.mode == "RGBA")
        out = im.convert("RGBA" if has_alpha else "RGB")
        notes.append("converted from a palette")
    elif mode == "1":
        out = im.convert("L")
    elif mode in ("LA", "La", "PA", "RGBa", "RGBA"):
        out = im.convert("RGBA")
    elif mode in ("L", "RGB"):
        out = im  # already plain; nothing below modifies it in place
    else:  # RGBX, YCbCr, LAB, HSV, ...
        out = im.convert("RGB")
        notes.append(f"converted from {mode}")
    if out.mode == "L" and "transparency" in im.info:
        out = im.convert("LA").convert("RGBA")
    if out.mode == "RGBA" and out.getchannel("A").getextrema() == (255, 255):
        out = out.convert("RGB")  # an alpha channel that hides nothing only costs bytes
    return out


def _deep_grey_to_l(im: Image.Image) -> Image.Image:
    """16/32-bit integer or float grey to 8 bits, guessing the value range from the data."""
    import numpy as np  # only for rare 16-bit greyscale files; keeps start-up light

    arr = np.asarray(im, dtype=np.float64)
    top = float(arr.max()) if arr.size else 0.0
    if im.mode.startswith("I;16") or top > 255:
        arr = arr / 257.0  # 0..65535 -> 0..255
    elif im.mode == "F" and top <= 1.0:
        arr = arr * 255.0
    return Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8), "L")


# -- encoding ---------------------------------------------------------------------------------


def _encode(
    im: Image.Image, icc: bytes | None, max_bytes: int, notes: list[str]
) -> tuple[bytes, str, tuple[int, int]]:
    """PNG for transparency, small or flat pictures; JPEG 92 otherwise; smaller until it fits."""
    has_alpha = im.mode == "RGBA"
    flat = im.getcolors(maxcolors=256) is not None
    if has_alpha or flat or im.width * im.height <= _SMALL_PIXELS:
        data = _save(im, "PNG", icc=icc)
        if len(data) <= max_bytes:
            return data, "image/png", im.size
    else:
        data = _save(im, "JPEG", quality=_JPEG_QUALITY, icc=icc)
        if len(data) <= max_bytes:
            return data, "image/jpeg", im.size
    return _shrink(im, icc, max_bytes, notes)


def _shrink(
    im: Image.Image, icc: bytes | None, max_bytes: int, notes: list[str]
) -> tuple[bytes, str, tuple[int, int]]:
    """Lower the quality, then the size, until the image fits. WebP keeps transparency."""
    fmt, mime = ("WEBP", "image/webp") if im.mode == "RGBA" else ("JPEG", "image/jpeg")
    current = im
    data = b""
    for _ in range(12):
        for quality in (85, 75, 65, 55):
            data = _save(current, fmt, quality=quality, icc=icc)
            if len(data) <= max_bytes:
                note = f"compressed to fit {_mb(max_bytes)} ({fmt} quality {quality}"
                if current.size != im.size:
                    note += f", {current.width}×{current.height}"
                notes.append(note + ")")
                return data, mime, current.size
        if max(current.size) <= 64:
            break
        size = (max(1, round(current.width * 0.75)), max(1, round(current.height * 0.75)))
        current = im.resize(size, Image.Resampling.LANCZOS)
    return data, mime, current.size


def _save(im: Image.Image, fmt: str, *, quality: int | None = None, icc: bytes | None = None) -> bytes:
    buf = io.BytesIO()
    options: dict[str, object] = {}
    if icc:
        options["icc_profile"] = icc
    if quality is not None:
        options["quality"] = quality
    if fmt == "JPEG" and im.mode not in ("RGB", "L"):
        im = im.convert("RGB")
    im.save(buf, fmt, **options)
    return buf.getvalue()
