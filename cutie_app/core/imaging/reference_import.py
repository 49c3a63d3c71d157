"""Reference images from the wild: checked, and made into something the Gemini models accept.

The models take PNG, JPEG, WebP and HEIC/HEIF, about 7 MB per inline image (API_FACTS §1.4).
Files people drop in are anything: phone photos with a rotation tag (and where they were taken),
HEIC and AVIF from phones, CMYK print files, 16-bit scans, animated GIFs, truncated downloads,
decompression bombs. `import_reference` keeps a file's bytes unchanged whenever they are already
fine (so a reference's SHA-256 is the original file's), and otherwise decodes it with Pillow and
re-encodes it, saying in plain words what it changed. Every refusal is an `ImageImportError`
whose text a user can act on.

- HEIC/HEIF is decoded with `pi-heif` (libheif and libde265, decode only) and converted, like
  AVIF (which Pillow reads itself, and the models do not take): Cutie can then show, scale and
  compare the picture, and the phone's metadata does not travel with it.
- CMYK with an ICC profile is converted to sRGB through that profile (LittleCMS, via Pillow's
  ImageCms); the result carries no profile, which means sRGB. Without a profile the conversion
  can only guess, and the note says the colours are approximate.
- Privacy: with `remove_private_metadata` (on by default, the `remove_reference_metadata`
  setting) a picture's location and camera data (EXIF, XMP, IPTC) never reach Google. Kept files
  lose those blocks at byte level (`formats.image_metadata`); re-encoded ones never copy them.
  `ImportedImage.removed_metadata` names what was found, for the recipe.
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
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from PIL import Image, ImageCms, UnidentifiedImageError

from cutie_app.core.formats.image_metadata import strip_photo_metadata
from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.references import MetadataPrivacy

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
#: EXIF tags that say where a picture was taken, and with which camera (EXIF 2.32 / TIFF 6).
_EXIF_GPS_IFD, _EXIF_IFD = 0x8825, 0x8769
_CAMERA_TAGS = frozenset(
    {
        0x010F,  # Make
        0x0110,  # Model
        0x927C,  # MakerNote (the maker's own block: serial numbers, settings)
        0xA430,  # CameraOwnerName
        0xA431,  # BodySerialNumber
        0xA433,  # LensMake
        0xA434,  # LensModel
        0xA435,  # LensSerialNumber
    }
)
#: The same facts as XMP writes them (exif:, exifEX:, tiff:, aux: and IPTC's location fields).
_XMP_LOCATION = (b"exif:GPS", b"Iptc4xmpCore:Location", b"photoshop:City", b"Iptc4xmpExt:LocationShown")
_XMP_CAMERA = (b"tiff:Make", b"tiff:Model", b"aux:SerialNumber", b"exifEX:BodySerialNumber", b"aux:Lens")
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
    #: The private data taken out before sending: "location", "camera" (see the module docstring).
    removed_metadata: tuple[str, ...] = ()
    #: For the recipe: what was removed, and what the bytes still carry (with the setting off).
    privacy: MetadataPrivacy = field(default_factory=MetadataPrivacy)

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
    remove_private_metadata: bool = True,
) -> ImportedImage:
    """Read a reference image and return bytes the models accept.

    Args:
        source: a file path (symlinks followed) or the file's bytes.
        name: how to call the image in messages; defaults to the file name.
        max_bytes: the largest encoded image to send (the API's inline limit).
        max_side: longer images are scaled down to this many pixels on the long side.
        max_pixels: images with more pixels than this are refused as possible bombs.
        remove_private_metadata: take out where the picture was taken and with which camera.

    Raises:
        ImageImportError: the file cannot be used; the message says why and what to do.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        source_name = display_name(name)
        label = source_name or "the image"
        data = bytes(source)
        if len(data) > MAX_FILE_BYTES:
            raise ImageImportError(
                QT_TRANSLATE_NOOP("core.import", "{name} is {size}, too large to import. {advice}").format(
                    name=_q(label), size=_mb(len(data)), advice=_SMALLER
                )
            )
    else:
        path = Path(source)
        source_name = label = display_name(name or path.name or str(path))
        data = _read_file(path, label)
    if not data:
        raise ImageImportError(
            QT_TRANSLATE_NOOP(
                "core.import", "{name} is empty (0 bytes). Choose the image file itself."
            ).format(name=_q(label))
        )

    return _decode_and_normalise(
        data, label, source_name, max_bytes, max_side, max_pixels, private=remove_private_metadata
    )


def display_name(name: str) -> str:
    """A file name safe to show and log: undecodable bytes become U+FFFD instead of crashing."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


# -- reading ----------------------------------------------------------------------------------

_SMALLER = QT_TRANSLATE_NOOP(
    "core.import", "Export it at a smaller size (for example as a JPEG) and try again."
)


def _q(label: str) -> str:
    if label == "the image":
        return QT_TRANSLATE_NOOP("core.import", "the image")
    return QT_TRANSLATE_NOOP("core.import", "“{name}”").format(name=label)


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _read_file(path: Path, label: str) -> bytes:
    """The file's bytes, refusing folders, broken links, special files and huge files up front."""
    try:
        if path.is_symlink() and not path.exists():
            raise ImageImportError(
                QT_TRANSLATE_NOOP(
                    "core.import",
                    "{name} is a shortcut (symbolic link) to a file that no longer exists. "
                    "Choose the original image instead.",
                ).format(name=_q(label))
            )
        st = path.stat()
    except FileNotFoundError:
        raise ImageImportError(
            QT_TRANSLATE_NOOP(
                "core.import", "{name} was not found. It may have been moved or deleted."
            ).format(name=_q(label))
        ) from None
    except PermissionError:
        raise ImageImportError(_no_permission(label)) from None
    except OSError as exc:
        raise ImageImportError(
            QT_TRANSLATE_NOOP("core.import", "{name} could not be read ({error}).").format(
                name=_q(label), error=exc.strerror or exc
            )
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise ImageImportError(
            QT_TRANSLATE_NOOP(
                "core.import", "{name} is a folder, not an image. Choose an image file inside it."
            ).format(name=_q(label))
        )
    if not stat.S_ISREG(st.st_mode):
        raise ImageImportError(
            QT_TRANSLATE_NOOP("core.import", "{name} is not a regular file. Choose an image file.").format(
                name=_q(label)
            )
        )
    if st.st_size > MAX_FILE_BYTES:
        raise ImageImportError(
            QT_TRANSLATE_NOOP("core.import", "{name} is {size}, too large to import. {advice}").format(
                name=_q(label), size=_mb(st.st_size), advice=_SMALLER
            )
        )
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except PermissionError:
        raise ImageImportError(_no_permission(label)) from None
    except OSError as exc:
        raise ImageImportError(
            QT_TRANSLATE_NOOP("core.import", "{name} could not be read ({error}).").format(
                name=_q(label), error=exc.strerror or exc
            )
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise ImageImportError(
            QT_TRANSLATE_NOOP("core.import", "{name} is too large to import. {advice}").format(
                name=_q(label), advice=_SMALLER
            )
        )
    return data


def _no_permission(label: str) -> str:
    return QT_TRANSLATE_NOOP(
        "core.import",
        "{name} cannot be read: you do not have permission to open it. "
        "Copy it somewhere you own, or change its permissions, and try again.",
    ).format(name=_q(label))


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
    data: bytes,
    label: str,
    source_name: str,
    max_bytes: int,
    max_side: int,
    max_pixels: int,
    *,
    private: bool,
) -> ImportedImage:
    _register_heif()
    bomb = QT_TRANSLATE_NOOP(
        "core.import",
        "{name} declares an enormous picture (more than {limit:,} pixels), which could "
        "exhaust memory, so it was not opened. Export it at a smaller size and try again.",
    ).format(name=_q(label), limit=max_pixels)
    try:
        with bomb_warnings_as_errors():  # Pillow checks the declared size while opening
            im = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageImportError(bomb) from None
    except UnidentifiedImageError:
        raise ImageImportError(
            QT_TRANSLATE_NOOP(
                "core.import",
                "{name} is not an image Cutie can read. Choose a PNG, JPEG, WebP or "
                "HEIC file (GIF, TIFF, BMP and other common formats are converted).",
            ).format(name=_q(label))
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
                QT_TRANSLATE_NOOP(
                    "core.import", "{name} is too large to open in the available memory. {advice}"
                ).format(name=_q(label), advice=_SMALLER)
            ) from None
        except _DECODE_ERRORS:
            raise ImageImportError(_damaged(label)) from None
        found = _private_metadata(im)
        removed = found if private else ()
        result = _normalise(im, data, label, source_name, max_bytes, max_side, (width, height), removed)
    # Kept as it is, a file still carries what was not removed; a converted one carries nothing.
    sent = () if private or result.data != data else found
    result = replace(result, privacy=MetadataPrivacy(removed=found, sent=sent))  # sent wins over removed
    if removed:
        return replace(result, notes=(*result.notes, _removed_note(removed)), removed_metadata=removed)
    return result


def privacy_of(data: bytes) -> MetadataPrivacy | None:
    """What `data` would tell Google as it is: the location and camera data its metadata holds.

    For pictures sent without an import (Cutie's own images, edited in a conversation). None
    (not known) for a picture that can't be read; sending it fails elsewhere.
    """
    try:
        with bomb_warnings_as_errors(), Image.open(io.BytesIO(data)) as im:
            return MetadataPrivacy(sent=_private_metadata(im))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, UnidentifiedImageError):
        return None
    except _DECODE_ERRORS:
        return None


@cache
def _register_heif() -> None:
    """Teach Pillow to read HEIC/HEIF (phones' photos) with pi-heif, once, when first needed."""
    import pi_heif  # decode-only libheif build: LGPL libraries, no GPL encoder (see pyproject)

    pi_heif.register_heif_opener()


def _private_metadata(im: Image.Image) -> tuple[str, ...]:
    """Which private facts the picture's metadata holds: "location", "camera", in that order."""
    location = camera = False
    try:
        exif = im.getexif()
        location = bool(exif.get_ifd(_EXIF_GPS_IFD))
        tags = set(exif) | set(exif.get_ifd(_EXIF_IFD))
        camera = bool(tags & _CAMERA_TAGS)
    except _DECODE_ERRORS:  # a broken EXIF block: dropped below anyway when the file is kept
        pass
    xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    if isinstance(xmp, bytes):
        location = location or any(name in xmp for name in _XMP_LOCATION)
        camera = camera or any(name in xmp for name in _XMP_CAMERA)
    return tuple(kind for kind, found in (("location", location), ("camera", camera)) if found)


def _removed_note(removed: tuple[str, ...]) -> str:
    """`removed` is ("location",), ("camera",) or ("location", "camera")."""
    if removed == ("location",):
        return QT_TRANSLATE_NOOP("core.import", "removed location data")
    if removed == ("camera",):
        return QT_TRANSLATE_NOOP("core.import", "removed camera data")
    return QT_TRANSLATE_NOOP("core.import", "removed location and camera data")


def _damaged(label: str) -> str:
    return QT_TRANSLATE_NOOP(
        "core.import",
        "{name} is damaged or incomplete (perhaps a download that did not finish), so it "
        "cannot be used. Open it in an image viewer to check, or download it again.",
    ).format(name=_q(label))


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
    private: tuple[str, ...] = (),
) -> ImportedImage:
    """`im` as bytes to send: `data` itself when it is fine as it is (less any `private` metadata)."""
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
        if not private:
            return ImportedImage(data, mime, im.width, im.height, source_name)
        try:
            return ImportedImage(strip_photo_metadata(data, mime), mime, im.width, im.height, source_name)
        except ValueError:
            pass  # blocks Cutie cannot take out alone: re-encoding below leaves all metadata behind

    notes: list[str] = []
    if mime is None:
        notes.append(
            QT_TRANSLATE_NOOP("core.import", "converted from {format}").format(format=im.format)
            if im.format
            else QT_TRANSLATE_NOOP("core.import", "converted from an unknown format")
        )
    if animated:
        pages = im.format not in ("GIF", "PNG", "WEBP")  # multi-page TIFF and the like
        notes.append(
            QT_TRANSLATE_NOOP("core.import", "first page only")
            if pages
            else QT_TRANSLATE_NOOP("core.import", "first frame of an animation")
        )
    out = _to_8bit(im, notes, deep_png)
    icc = _icc_for(im, out)
    if orientation != 1:
        # ImageOps.exif_transpose's mapping, applied to the converted pixels: conversions drop
        # the EXIF block that exif_transpose() itself would read the orientation from.
        out = out.transpose(_TRANSPOSE[orientation])
        notes.append(QT_TRANSLATE_NOOP("core.import", "rotated as its camera tag says"))
    upright = original_size if orientation < 5 else (original_size[1], original_size[0])
    if max(upright) > max_side:
        scale = max_side / max(upright)
        size = (max(1, round(upright[0] * scale)), max(1, round(upright[1] * scale)))
        if out.size != size:  # the JPEG decoder may already have done most of it (draft)
            out = out.resize(size, Image.Resampling.LANCZOS)
        notes.append(
            QT_TRANSLATE_NOOP(
                "core.import", "scaled down from {width}×{height} to {new_width}×{new_height}"
            ).format(width=upright[0], height=upright[1], new_width=size[0], new_height=size[1])
        )
    encoded, out_mime, size = _encode(out, icc, max_bytes, notes)
    if len(encoded) > max_bytes:
        raise ImageImportError(
            QT_TRANSLATE_NOOP(
                "core.import", "{name} could not be made smaller than {size} without ruining it. {advice}"
            ).format(name=_q(label), size=_mb(max_bytes), advice=_SMALLER)
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
        return _cmyk_to_srgb(im, notes)
    if mode.startswith("I") or mode == "F":
        notes.append(QT_TRANSLATE_NOOP("core.import", "reduced from 16-bit colour"))
        return _deep_grey_to_l(im)
    if deep_png:
        notes.append(QT_TRANSLATE_NOOP("core.import", "reduced from 16-bit colour"))
    if mode == "P":
        has_alpha = "transparency" in im.info or (im.palette is not None and im.palette.mode == "RGBA")
        out = im.convert("RGBA" if has_alpha else "RGB")
        notes.append(QT_TRANSLATE_NOOP("core.import", "converted from a palette"))
    elif mode == "1":
        out = im.convert("L")
    elif mode in ("LA", "La", "PA", "RGBa", "RGBA"):
        out = im.convert("RGBA")
    elif mode in ("L", "RGB"):
        out = im  # already plain; nothing below modifies it in place
    else:  # RGBX, YCbCr, LAB, HSV, ...
        out = im.convert("RGB")
        notes.append(QT_TRANSLATE_NOOP("core.import", "converted from {format}").format(format=mode))
    if out.mode == "L" and "transparency" in im.info:
        out = im.convert("LA").convert("RGBA")
    if out.mode == "RGBA" and out.getchannel("A").getextrema() == (255, 255):
        out = out.convert("RGB")  # an alpha channel that hides nothing only costs bytes
    return out


def _cmyk_to_srgb(im: Image.Image, notes: list[str]) -> Image.Image:
    """CMYK to sRGB through the file's own ICC profile, as a colour-managed viewer shows it.

    Relative colorimetric: in-gamut colours keep their measured values and paper white becomes
    white. Pillow's plain `convert` subtracts ink values from white, off by up to ΔE00 20 or more
    for real print profiles; it is the fallback when the file has no (readable) CMYK profile.
    """
    icc = im.info.get("icc_profile")
    if isinstance(icc, bytes) and icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if source.profile.xcolor_space.strip() == "CMYK":
                srgb = ImageCms.createProfile("sRGB")
                converted = ImageCms.profileToProfile(
                    im,
                    source,
                    srgb,
                    renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
                    outputMode="RGB",
                )
                if converted is not None:
                    converted.info.pop("icc_profile", None)
                    notes.append(
                        QT_TRANSLATE_NOOP(
                            "core.import", "converted from CMYK to sRGB with its colour profile"
                        )
                    )
                    return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a damaged or foreign profile: convert as if there were none
    notes.append(
        QT_TRANSLATE_NOOP("core.import", "converted from CMYK (no colour profile: colours are approximate)")
    )
    return im.convert("RGB")


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
                if current.size != im.size:
                    note = QT_TRANSLATE_NOOP(
                        "core.import",
                        "compressed to fit {size} ({format} quality {quality}, {width}×{height})",
                    ).format(
                        size=_mb(max_bytes),
                        format=fmt,
                        quality=quality,
                        width=current.width,
                        height=current.height,
                    )
                else:
                    note = QT_TRANSLATE_NOOP(
                        "core.import", "compressed to fit {size} ({format} quality {quality})"
                    ).format(size=_mb(max_bytes), format=fmt, quality=quality)
                notes.append(note)
                return data, mime, current.size
        if max(current.size) <= 64:
            break
        size = (max(1, round(current.width * 0.75)), max(1, round(current.height * 0.75)))
        current = im.resize(size, Image.Resampling.LANCZOS)
    return data, mime, current.size


def _save(im: Image.Image, fmt: str, *, quality: int | None = None, icc: bytes | None = None) -> bytes:
    buf = io.BytesIO()
    # Always said, None included: Pillow's PNG writer otherwise copies the source's profile
    # (a CMYK one, after a CMYK conversion) from `im.info`.
    options: dict[str, object] = {"icc_profile": icc or None}
    if quality is not None:
        options["quality"] = quality
    if fmt == "JPEG" and im.mode not in ("RGB", "L"):
        im = im.convert("RGB")
    im.save(buf, fmt, **options)
    return buf.getvalue()
