"""XMP sidecars that carry an image's rating and pick/reject flag into darktable and Adobe tools.

Every field written, and why:

- `xmp:Rating` (namespace `http://ns.adobe.com/xap/1.0/`): the XMP standard's rating. The
  XMP specification (part 1) allows -1 or 0-5, where -1 means "rejected" and 0 "unrated".
  darktable reads it on import and on "update from XMP", turning -1 into its own "rejected";
  Lightroom, Bridge, Capture One and digiKam read the stars. So a rejected image gets -1; the
  stars it had are kept in `cutie:Stars`, since the standard has one field for both.
- `xmpDM:pick` (namespace `http://ns.adobe.com/xmp/1.0/DynamicMedia/`): 1 picked, -1 rejected,
  0 unflagged. This is where Adobe's Lightroom apps keep the pick flag when they write it to
  XMP, and what culling tools write for Lightroom to pick up. Older Lightroom Classic versions
  keep flags in their catalogue only and ignore it; for them a reject still shows in the rating.
- `xmpDM:good` (same namespace): the Dynamic Media schema's Boolean "this shot is a keeper";
  True for picks, False for rejects, absent otherwise. Some culling tools read it instead.
- darktable has no pick flag at all (only stars, "rejected" and colour labels). Cutie does not
  fake one with a colour label (`xmp:Label`) or a keyword: those belong to the illustrator.
- `xmp:CreatorTool` and `xmp:CreateDate`: what made the image, and when.
- `cutie:*` (Cutie's own namespace, the one its embedded recipes use): the response id, batch
  id, model, the project image's SHA-256, where the full recipe is, and Cutie's own flag and
  stars. Other tools ignore a namespace they don't know, and keep it when they rewrite the file.

Sidecar name: `<image name>.xmp`, e.g. `little-orange-3f2a9c1b.png.xmp`. That is darktable's
(and digiKam's) convention, and it names exactly one file, so `a.png` and `a.jpg` never share
a sidecar. Adobe's `<stem>.xmp` is not written: Lightroom and Bridge read sidecars only for
proprietary raw files; for PNG and JPEG they read XMP embedded in the file itself, so export
embeds the same properties in the file too (`verdict_properties`, `core.provenance`).

The file is a standalone XMP document (`x:xmpmeta` > `rdf:RDF` > `rdf:Description`), simple
properties as attributes, every value XML-escaped, characters XML cannot hold dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cutie_app import __version__
from cutie_app.core.formats.fileio import atomic_write_text
from cutie_app.core.formats.provenance import (
    NS_RDF,
    NS_X,
    NS_XMP,
    NS_XMP_DM,
    XMP_NAMESPACE,
    XmpProperty,
    xml_attr,
)

SIDECAR_SUFFIX = ".xmp"
NS_CUTIE = XMP_NAMESPACE

#: `xmp:Rating` of a rejected image (XMP specification part 1: -1 means "rejected").
REJECTED_RATING = -1
_PICK_VALUES = {"pick": 1, "reject": -1, "none": 0}


@dataclass(frozen=True)
class XmpFields:
    """What goes into one sidecar: the verdict, plus Cutie's reference back to the recipe.

    `rating` is 0-5 stars, `flag` one of "none", "pick", "reject" (as the project stores them);
    `recipe` says where the full recipe is: "embedded" or the recipe sidecar's file name.
    Empty strings are left out of the file.
    """

    rating: int
    flag: str = "none"
    created_at: str = ""
    model: str = ""
    response_id: str = ""
    batch_id: str = ""
    source_sha256: str = ""
    recipe: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.rating, bool) or not isinstance(self.rating, int) or not 0 <= self.rating <= 5:
            raise ValueError(f"rating must be a whole number from 0 to 5, not {self.rating!r}")
        if self.flag not in _PICK_VALUES:
            raise ValueError(f"flag must be one of none, pick, reject, not {self.flag!r}")


def xmp_rating(fields: XmpFields) -> int:
    """The `xmp:Rating` value: the stars, or -1 for a rejected image."""
    return REJECTED_RATING if fields.flag == "reject" else fields.rating


def xmp_pick(fields: XmpFields) -> int:
    """The `xmpDM:pick` value: 1 picked, -1 rejected, 0 unflagged."""
    return _PICK_VALUES[fields.flag]


def sidecar_path(image_path: Path) -> Path:
    """`image.png` → `image.png.xmp` (see the module docstring for why this convention)."""
    return image_path.with_name(image_path.name + SIDECAR_SUFFIX)


def verdict_properties(fields: XmpFields) -> list[XmpProperty]:
    """Every property a sidecar holds, in order, for embedding in the image file as well."""
    attributes: list[XmpProperty] = [
        ("xmp:Rating", str(xmp_rating(fields))),
        ("xmpDM:pick", str(xmp_pick(fields))),
    ]
    if fields.flag != "none":
        attributes.append(("xmpDM:good", "True" if fields.flag == "pick" else "False"))
    attributes.append(("xmp:CreatorTool", f"Cutie {__version__}"))
    optional = (
        ("xmp:CreateDate", fields.created_at),
        ("cutie:ResponseId", fields.response_id),
        ("cutie:BatchId", fields.batch_id),
        ("cutie:Model", fields.model),
        ("cutie:SourceSHA256", fields.source_sha256),
        ("cutie:RecipeLocation", fields.recipe),
    )
    attributes += [(name, value) for name, value in optional if value]
    attributes += [("cutie:Flag", fields.flag), ("cutie:Stars", str(fields.rating))]
    return attributes


def build_xmp(fields: XmpFields) -> str:
    """The sidecar's text: a standalone XMP document (UTF-8, with an XML declaration)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<x:xmpmeta xmlns:x="{NS_X}" x:xmptk="Cutie {xml_attr(__version__)}">',
        f' <rdf:RDF xmlns:rdf="{NS_RDF}">',
        '  <rdf:Description rdf:about=""',
        f'    xmlns:xmp="{NS_XMP}"',
        f'    xmlns:xmpDM="{NS_XMP_DM}"',
        f'    xmlns:cutie="{xml_attr(NS_CUTIE)}"',
    ]
    lines += [f'    {name}="{xml_attr(value)}"' for name, value in verdict_properties(fields)]
    lines[-1] += "/>"
    lines += [" </rdf:RDF>", "</x:xmpmeta>", ""]
    return "\n".join(lines)


def write_xmp_sidecar(image_path: Path, fields: XmpFields) -> Path:
    """Write (or replace) `<image>.xmp` beside `image_path`, atomically; returns its path."""
    target = sidecar_path(image_path)
    atomic_write_text(target, build_xmp(fields))
    return target
