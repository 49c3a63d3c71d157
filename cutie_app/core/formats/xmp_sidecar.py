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
  id, model, the project image's SHA-256, where the full recipe is, Cutie's own flag and stars,
  and the rating and pick it put in the standard fields (`cutie:WrittenRating`,
  `cutie:WrittenPick`, see below). Other tools ignore a namespace they don't know, and keep it
  when they rewrite the file.

Sidecar name: `<image name>.xmp`, e.g. `little-orange-3f2a9c1b.png.xmp`. That is darktable's
(and digiKam's) convention, and it names exactly one file, so `a.png` and `a.jpg` never share
a sidecar. Adobe's `<stem>.xmp` is not written: Lightroom and Bridge read sidecars only for
proprietary raw files; for PNG and JPEG they read XMP embedded in the file itself, so export
embeds the same properties in the file too (`verdict_properties`, `core.provenance`).

The file is a standalone XMP document (`x:xmpmeta` > `rdf:RDF` > `rdf:Description`), simple
properties as attributes, every value XML-escaped, characters XML cannot hold dropped.

Other tools' work is kept. When `<image>.xmp` already exists (darktable writes its edit history
there, digiKam and Bridge their keywords and colour labels, exiftool whatever it is told), Cutie
merges into it: it sets `cutie:*` and the rating and pick (`xmp:Rating`, `xmpDM:pick`,
`xmpDM:good`), adds `xmp:CreatorTool` and `xmp:CreateDate` only where missing, and copies every
other element, attribute, namespace prefix and comment as it found them. It never overwrites a
rating or pick that another tool changed since Cutie wrote it: `cutie:WrittenRating` and
`cutie:WrittenPick` record what Cutie last put there, and when the file says something else
(or Cutie never wrote it), the other tool's value stays and `SidecarWrite.verdict_kept` says so.
A sidecar Cutie cannot read as XMP is left untouched (`SidecarWrite.problem`).
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
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
from cutie_app.core.formats.xml_text import escape

SIDECAR_SUFFIX = ".xmp"
NS_CUTIE = XMP_NAMESPACE

#: `xmp:Rating` of a rejected image (XMP specification part 1: -1 means "rejected").
REJECTED_RATING = -1
_PICK_VALUES = {"pick": 1, "reject": -1, "none": 0}
#: Sidecars above this are not parsed (darktable's long edit histories are well under 1 MB).
MAX_SIDECAR_BYTES = 16_000_000
_PREFIX_URIS = {"x": NS_X, "rdf": NS_RDF, "xmp": NS_XMP, "xmpDM": NS_XMP_DM, "cutie": NS_CUTIE}
_RATING = f"{{{NS_XMP}}}Rating"
_PICK = f"{{{NS_XMP_DM}}}pick"
_GOOD = f"{{{NS_XMP_DM}}}good"
_WRITTEN_RATING = f"{{{NS_CUTIE}}}WrittenRating"
_WRITTEN_PICK = f"{{{NS_CUTIE}}}WrittenPick"
_DESCRIPTION = f"{{{NS_RDF}}}Description"
#: Properties Cutie sets only when the sidecar has none: another tool may have said otherwise.
_ONLY_IF_MISSING = frozenset({f"{{{NS_XMP}}}CreatorTool", f"{{{NS_XMP}}}CreateDate"})


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
    # What Cutie put in xmp:Rating and xmpDM:pick: a different value there later is another tool's.
    attributes += [
        ("cutie:WrittenRating", str(xmp_rating(fields))),
        ("cutie:WrittenPick", str(xmp_pick(fields))),
    ]
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
    """Write `<image>.xmp` beside `image_path`, or merge into it (`merge_xmp_sidecar`); its path."""
    return merge_xmp_sidecar(image_path, fields).path


@dataclass(frozen=True)
class SidecarWrite:
    """What became of a sidecar.

    `merged`: an existing sidecar was updated (everything of other tools kept).
    `verdict_kept`: the rating and pick there were changed by another tool (or never written by
    Cutie) and were kept; Cutie's own fields were still updated.
    `problem`: the existing file is not XMP Cutie can read; it was left exactly as it was.
    """

    path: Path
    merged: bool = False
    verdict_kept: bool = False
    problem: str = ""


def merge_xmp_sidecar(image_path: Path, fields: XmpFields) -> SidecarWrite:
    """Write `<image>.xmp`, or merge Cutie's fields into the one there (see the module docstring)."""
    target = sidecar_path(image_path)
    try:
        existing = target.read_bytes() if target.stat().st_size <= MAX_SIDECAR_BYTES else None
    except FileNotFoundError:
        atomic_write_text(target, build_xmp(fields))
        return SidecarWrite(target)
    if existing is None:
        return SidecarWrite(target, problem=f"{target.name} is too large to be an XMP sidecar; left as it is")
    try:
        text, kept = merge_xmp(existing, fields)
    except ValueError as exc:
        return SidecarWrite(target, problem=f"{target.name} is not XMP Cutie can read ({exc}); left as it is")
    atomic_write_text(target, text)
    return SidecarWrite(target, merged=True, verdict_kept=kept)


# -- merging ------------------------------------------------------------------------------------


def merge_xmp(existing: bytes, fields: XmpFields) -> tuple[str, bool]:
    """`existing` (an XMP document) with Cutie's fields set; and whether its verdict was kept.

    Raises ValueError when `existing` is not an XMP document (or declares a DTD: XMP has none,
    and entity tricks have no business in a sidecar).
    """
    if b"<!DOCTYPE" in existing or b"<!ENTITY" in existing:
        raise ValueError("it declares a document type")
    prefixes = _declared_prefixes(existing)
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
    try:
        root = ET.fromstring(existing, parser=parser)
    except ET.ParseError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from None
    rdf = root if root.tag == f"{{{NS_RDF}}}RDF" else root.find(f"{{{NS_RDF}}}RDF")
    if root.tag not in (f"{{{NS_X}}}xmpmeta", f"{{{NS_RDF}}}RDF") or rdf is None:
        raise ValueError("no x:xmpmeta / rdf:RDF")
    descriptions = rdf.findall(_DESCRIPTION)
    if not descriptions:
        descriptions = [ET.SubElement(rdf, _DESCRIPTION, {f"{{{NS_RDF}}}about": ""})]
    wanted = {_qualified(name): value for name, value in verdict_properties(fields)}
    kept = _their_verdict(descriptions, wanted)
    if kept:  # theirs stays; Cutie's record of what it last wrote stays too
        for name in (_RATING, _PICK, _GOOD, _WRITTEN_RATING, _WRITTEN_PICK):
            wanted.pop(name, None)
    elif _GOOD not in wanted:
        _remove(descriptions, _GOOD)  # unflagged now: a pick's or reject's "good" no longer holds
    for name in [n for n in _names(descriptions) if n.startswith(f"{{{NS_CUTIE}}}") and n not in wanted]:
        if name not in (_WRITTEN_RATING, _WRITTEN_PICK):
            _remove(descriptions, name)  # a Cutie field with nothing to say any more
    home = next((d for d in descriptions if any(n.startswith(f"{{{NS_CUTIE}}}") for n in _names([d]))), None)
    for name, value in wanted.items():
        if not _set(descriptions, name, value, only_if_missing=name in _ONLY_IF_MISSING):
            (home if home is not None else descriptions[0]).set(name, value)
    body = _serialise(root, prefixes)
    packet = b"<?xpacket begin=" in existing[:256]  # the file was a packet: it stays one
    if packet:
        body = f'<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n{body}\n<?xpacket end="w"?>'
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n", kept


def _qualified(name: str) -> str:
    prefix, local = name.split(":", 1)
    return f"{{{_PREFIX_URIS[prefix]}}}{local}"


def _their_verdict(descriptions: list[ET.Element], wanted: dict[str, str]) -> bool:
    """True when the rating or pick there is not what Cutie last wrote (another tool's, then)."""
    for name, written_name, legacy in (
        (_RATING, _WRITTEN_RATING, _legacy_rating),
        (_PICK, _WRITTEN_PICK, _legacy_pick),
    ):
        current = _get(descriptions, name)
        if current is None or _as_number(current) == _as_number(wanted[name]):
            continue  # nothing there, or already what Cutie writes now
        written = _get(descriptions, written_name)
        if written is None:
            written = legacy(descriptions)  # a sidecar from before Cutie recorded what it wrote
        if written is None or _as_number(current) != _as_number(written):
            return True
    return False


def _legacy_rating(descriptions: list[ET.Element]) -> str | None:
    stars, flag = _get(descriptions, f"{{{NS_CUTIE}}}Stars"), _get(descriptions, f"{{{NS_CUTIE}}}Flag")
    if stars is None or flag is None:
        return None
    return str(REJECTED_RATING) if flag.strip() == "reject" else stars


def _legacy_pick(descriptions: list[ET.Element]) -> str | None:
    flag = _get(descriptions, f"{{{NS_CUTIE}}}Flag")
    return None if flag is None else str(_PICK_VALUES.get(flag.strip(), 0))


def _as_number(value: str) -> float | str:
    try:
        return float(value.strip())
    except ValueError:
        return value.strip()


def _names(descriptions: list[ET.Element]) -> Iterator[str]:
    for desc in descriptions:
        yield from list(desc.attrib)
        yield from (child.tag for child in desc if isinstance(child.tag, str))


def _get(descriptions: list[ET.Element], name: str) -> str | None:
    """A simple property's value, written as an attribute or as an element (as exiftool does)."""
    for desc in descriptions:
        if name in desc.attrib:
            return desc.attrib[name]
        element = desc.find(name)
        if element is not None and len(element) == 0:
            return element.text or ""
    return None


def _set(descriptions: list[ET.Element], name: str, value: str, *, only_if_missing: bool) -> bool:
    """Set the property where it already is; False when it is nowhere yet."""
    for desc in descriptions:
        if name in desc.attrib:
            if not only_if_missing:
                desc.set(name, value)
            return True
        element = desc.find(name)
        if element is not None:
            if not only_if_missing and len(element) == 0:
                element.text = value
            return True
    return False


def _remove(descriptions: list[ET.Element], name: str) -> None:
    for desc in descriptions:
        desc.attrib.pop(name, None)
        for element in desc.findall(name):
            desc.remove(element)


def _declared_prefixes(document: bytes) -> dict[str, str]:
    """Namespace URI -> the prefix the document used for it (the first, if it used several)."""
    prefixes: dict[str, str] = {}
    try:
        for _event, (prefix, uri) in ET.iterparse(io.BytesIO(document), events=("start-ns",)):
            prefixes.setdefault(uri, prefix)
    except ET.ParseError:
        pass  # reported by the full parse
    return prefixes


def _serialise(root: ET.Element, declared: dict[str, str]) -> str:
    """The tree as XML with the document's own prefixes, every namespace declared on the root."""
    prefixes = dict(declared)
    taken = set(prefixes.values())
    for preferred, uri in _PREFIX_URIS.items():
        if uri not in prefixes:
            prefix, n = preferred, 1
            while prefix in taken:
                prefix, n = f"{preferred}{n}", n + 1
            prefixes[uri] = prefix
            taken.add(prefix)
    used: dict[str, str] = {}

    def name_of(tag: str) -> str:
        if not tag.startswith("{"):
            return tag
        uri, local = tag[1:].split("}", 1)
        if uri not in prefixes:  # an element in a namespace declared nowhere we saw: make one up
            prefixes[uri] = f"ns{len(prefixes)}"
        used[uri] = prefixes[uri]
        return f"{prefixes[uri]}:{local}" if prefixes[uri] else local

    def element(el: ET.Element, out: list[str], top: bool) -> None:
        kind: object = el.tag  # a function, not a name, for comments and processing instructions
        if kind is ET.Comment:
            out.append(f"<!--{el.text or ''}-->")
        elif kind is ET.ProcessingInstruction:
            out.append(f"<?{el.text or ''}?>")
        else:
            tag = name_of(el.tag)
            attributes = "".join(f' {name_of(k)}="{xml_attr(v)}"' for k, v in el.attrib.items())
            inner: list[str] = [escape(el.text or "")]
            for child in el:
                element(child, inner, False)
            declarations = ""
            if top:
                declarations = "".join(
                    f' xmlns:{p}="{xml_attr(uri)}"' if p else f' xmlns="{xml_attr(uri)}"'
                    for uri, p in sorted(used.items(), key=lambda item: item[1])
                )
            content = "".join(inner)
            out.append(
                f"<{tag}{declarations}{attributes}>{content}</{tag}>"
                if content
                else f"<{tag}{declarations}{attributes}/>"
            )
        out.append(escape(el.tail or "") if not top else "")

    out: list[str] = []
    element(root, out, True)
    return "".join(out)
