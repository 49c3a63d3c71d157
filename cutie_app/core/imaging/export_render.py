"""Re-encode a project image for export: format, quality, long-edge size, and nothing else.

The copy is made from the decoded pixels, so no chunk or segment of the source file survives:
whatever metadata the copy carries is what the caller hands in (`xmp`), which is how a client
copy leaves the prompts behind. Blocking (decoding and encoding): call it from a worker.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum

from PIL import Image, ImageOps

from cutie_app.core.formats.xml_text import quoteattr
from cutie_app.core.imaging.reference_import import bomb_warnings_as_errors

#: IPTC's term for an image made by a generative model (the IPTC Digital Source Type vocabulary).
TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
NS_IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
NS_XMP = "http://ns.adobe.com/xap/1.0/"
#: PNG iTXt keyword of an XMP packet (XMP specification part 3).
XMP_PNG_KEY = "XML:com.adobe.xmp"


class CopyFormat(StrEnum):
    PNG = "png"
    JPEG = "jpeg"
    WEBP = "webp"

    @property
    def mime_type(self) -> str:
        return f"image/{self.value}"

    @property
    def suffix(self) -> str:
        return ".jpg" if self is CopyFormat.JPEG else f".{self.value}"


@dataclass(frozen=True)
class RenderedCopy:
    data: bytes
    mime_type: str
    size: tuple[int, int]


def ai_generated_xmp(creator_tool: str, created_at: str = "") -> bytes:
    """An XMP packet saying the image was made by a generative model (and by what tool, when).

    `Iptc4xmpExt:DigitalSourceType` = trainedAlgorithmicMedia is the tag news and stock
    agencies, Adobe and Google read to label AI-generated pictures.
    """
    attributes = [
        f"Iptc4xmpExt:DigitalSourceType={quoteattr(TRAINED_ALGORITHMIC_MEDIA)}",
        f"xmp:CreatorTool={quoteattr(creator_tool)}",
    ]
    if created_at:
        attributes.append(f"xmp:CreateDate={quoteattr(created_at)}")
    lines = [
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        '  <rdf:Description rdf:about=""',
        f'    xmlns:Iptc4xmpExt="{NS_IPTC_EXT}"',
        f'    xmlns:xmp="{NS_XMP}"',
    ]
    lines += [f"    {a}" for a in attributes]
    lines[-1] += "/>"
    lines += [" </rdf:RDF>", "</x:xmpmeta>", '<?xpacket end="w"?>']
    return "\n".join(lines).encode("utf-8")


def render_copy(
    data: bytes,
    fmt: CopyFormat,
    *,
    quality: int = 90,
    long_edge: int | None = None,
    xmp: bytes | None = None,
) -> RenderedCopy:
    """`data` (any image Pillow reads) encoded as `fmt`, its longer side at most `long_edge`.

    Never enlarges. JPEG has no transparency, so transparent pixels are laid on white.
    `quality` (1-100) applies to JPEG and WebP. `xmp` is embedded as the file's XMP packet.

    Raises:
        ValueError: the bytes are not an image Pillow can read, or an option is out of range.
    """
    if not 1 <= quality <= 100:
        raise ValueError(f"quality must be 1-100, not {quality}")
    if long_edge is not None and long_edge < 16:
        raise ValueError(f"a long edge of {long_edge} px is too small")
    try:
        with bomb_warnings_as_errors(), Image.open(io.BytesIO(data)) as opened:
            image = ImageOps.exif_transpose(opened)
            image.load()
    except (OSError, Image.DecompressionBombError) as exc:
        raise ValueError(f"not a readable image: {exc}") from exc
    if long_edge is not None and max(image.size) > long_edge:
        scale = long_edge / max(image.size)
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    out = io.BytesIO()
    if fmt is CopyFormat.JPEG:
        if has_alpha:
            rgba = image.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            image = flat
        elif image.mode != "RGB":
            image = image.convert("RGB")
        extra = {"xmp": xmp} if xmp else {}
        image.save(out, "JPEG", quality=quality, optimize=True, **extra)
    elif fmt is CopyFormat.WEBP:
        image = image.convert("RGBA" if has_alpha else "RGB")
        extra = {"xmp": xmp} if xmp else {}
        image.save(out, "WEBP", quality=quality, method=4, **extra)
    else:
        if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            image = image.convert("RGBA" if has_alpha else "RGB")
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        if xmp:
            info.add_itxt(XMP_PNG_KEY, xmp.decode("utf-8"))
        image.save(out, "PNG", optimize=False, pnginfo=info)
    return RenderedCopy(out.getvalue(), fmt.mime_type, image.size)
