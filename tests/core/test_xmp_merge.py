"""Re-export keeps other tools' work in an XMP sidecar: darktable's history, keywords, labels,
and a rating changed since Cutie wrote it. Checked with exiftool editing and reading the files.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core.test_export_xmp import add_images, project  # noqa: F401  (the project fixture)
from cutie_app.core.formats.xmp_sidecar import (
    NS_CUTIE,
    NS_RDF,
    NS_XMP,
    NS_XMP_DM,
    XmpFields,
    merge_xmp_sidecar,
    sidecar_path,
)
from cutie_app.core.services.export import export_images

RATING = f"{{{NS_XMP}}}Rating"
PICK = f"{{{NS_XMP_DM}}}pick"
GOOD = f"{{{NS_XMP_DM}}}good"
NS_DC = "http://purl.org/dc/elements/1.1/"
NS_DARKTABLE = "http://darktable.sf.net/"


def darktable_sidecar(cutie_attributes: str, rating: str) -> str:
    """A sidecar as darktable 4.x writes it (edit history, tags, colour labels), with whatever
    Cutie attributes it carried over from the file it read."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 4.4.0-Exiv2">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:xmpDM="http://ns.adobe.com/xmp/1.0/DynamicMedia/"
    xmlns:cutie="urn:x-cutie:recipe:1/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
    xmlns:darktable="http://darktable.sf.net/"
    xmp:Rating="{rating}"
    xmpMM:DerivedFrom="little-orange.png"
    darktable:import_timestamp="63868021200000000"
    darktable:xmp_version="5"
    darktable:history_end="2"
    {cutie_attributes}>
   <darktable:colorlabels>
    <rdf:Seq>
     <rdf:li>2</rdf:li>
    </rdf:Seq>
   </darktable:colorlabels>
   <dc:subject>
    <rdf:Bag>
     <rdf:li>orange</rdf:li>
     <rdf:li>character sheet</rdf:li>
    </rdf:Bag>
   </dc:subject>
   <lr:hierarchicalSubject>
    <rdf:Bag>
     <rdf:li>characters|Little Orange</rdf:li>
    </rdf:Bag>
   </lr:hierarchicalSubject>
   <darktable:history>
    <rdf:Seq>
     <rdf:li darktable:num="0" darktable:operation="exposure" darktable:enabled="1"
      darktable:modversion="6" darktable:params="0000000000000000cdcc4c3e0000a0400000803f"
      darktable:multi_name="" darktable:blendop_version="13"/>
     <rdf:li darktable:num="1" darktable:operation="colorbalancergb" darktable:enabled="1"
      darktable:modversion="5" darktable:params="gz08eJxjYGBgsGRgYmBhYGBgBAAAFAAC"
      darktable:multi_name="warmer" darktable:blendop_version="13"/>
    </rdf:Seq>
   </darktable:history>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
"""


def cutie_attributes(xmp: Path) -> str:
    """The cutie:* attributes of a sidecar Cutie wrote, as text darktable would carry over."""
    desc = ET.parse(xmp).getroot().find(f"{{{NS_RDF}}}RDF/{{{NS_RDF}}}Description")
    assert desc is not None
    prefix = f"{{{NS_CUTIE}}}"
    return " ".join(f'cutie:{k[len(prefix) :]}="{v}"' for k, v in desc.attrib.items() if k.startswith(prefix))


def everything_but_cutie(xmp: Path) -> list[tuple[str, tuple[tuple[str, str], ...], str]]:
    """Every element of the sidecar with its attributes and text, Cutie's fields and verdict aside."""
    skip = (f"{{{NS_CUTIE}}}", RATING, PICK, GOOD, f"{{{NS_XMP}}}CreatorTool", f"{{{NS_XMP}}}CreateDate")
    return [
        (
            el.tag,
            tuple(sorted((k, v) for k, v in el.attrib.items() if not k.startswith(skip))),
            (el.text or "").strip(),
        )
        for el in ET.parse(xmp).getroot().iter()
        if not el.tag.startswith(skip)
    ]


def values(xmp: Path) -> dict[str, str]:
    """Simple properties (attributes or elements) of every rdf:Description."""
    found: dict[str, str] = {}
    for desc in ET.parse(xmp).getroot().iter(f"{{{NS_RDF}}}Description"):
        found.update(desc.attrib)
        found.update({child.tag: (child.text or "") for child in desc if len(child) == 0})
    return found


def fields(rating: int, flag: str = "none") -> XmpFields:
    return XmpFields(rating=rating, flag=flag, model="gemini-3-pro-image", response_id="resp-9")


# -- merging --------------------------------------------------------------------------------------


def test_reexport_keeps_darktables_history_keywords_and_labels(project, tmp_path):  # noqa: F811
    [image_id] = add_images(project, [("none", 3)])
    out = tmp_path / "out"
    [first] = export_images(project, out).exported
    # darktable imports the picture, edits it, tags it and rewrites the sidecar (keeping Cutie's fields)
    first.xmp.write_text(darktable_sidecar(cutie_attributes(first.xmp), rating="3"), "utf-8")
    before = everything_but_cutie(first.xmp)

    project.set_rating(image_id, 5)
    project.set_flag(image_id, "pick")
    [again] = export_images(project, out).exported
    assert again.xmp == first.xmp
    assert everything_but_cutie(again.xmp) == before  # history, tags, labels, namespaces: all there
    after = values(again.xmp)
    assert (after[RATING], after[PICK], after[GOOD]) == ("5", "1", "True")  # Cutie's rating was its to change
    assert (after[f"{{{NS_CUTIE}}}Stars"], after[f"{{{NS_CUTIE}}}Flag"]) == ("5", "pick")
    text = again.xmp.read_text("utf-8")
    assert (
        'xmlns:darktable="http://darktable.sf.net/"' in text and "darktable:history" in text
    )  # its prefixes


def test_a_rating_another_tool_changed_is_never_overwritten(tmp_path):
    image = tmp_path / "little-orange.png"
    merge_xmp_sidecar(image, fields(3))
    xmp = sidecar_path(image)
    xmp.write_text(
        xmp.read_text("utf-8").replace('xmp:Rating="3"', 'xmp:Rating="1"'), "utf-8"
    )  # darktable: 1 star

    result = merge_xmp_sidecar(image, fields(4, "pick"))
    assert result.merged and result.verdict_kept
    after = values(xmp)
    assert after[RATING] == "1" and after[PICK] == "0" and GOOD not in after  # theirs
    assert (after[f"{{{NS_CUTIE}}}Stars"], after[f"{{{NS_CUTIE}}}Flag"]) == (
        "4",
        "pick",
    )  # Cutie's own, updated
    assert after[f"{{{NS_CUTIE}}}WrittenRating"] == "3"  # still what Cutie last wrote there
    # and it stays theirs on every later export, whatever Cutie's rating becomes
    assert merge_xmp_sidecar(image, fields(2)).verdict_kept
    assert values(xmp)[RATING] == "1"


def test_a_sidecar_cutie_never_wrote_keeps_its_rating_and_gains_cutie_fields(tmp_path):
    image = tmp_path / "little-orange.png"
    sidecar_path(image).write_text(darktable_sidecar("", rating="2"), "utf-8")
    result = merge_xmp_sidecar(image, fields(5))
    assert result.verdict_kept
    after = values(sidecar_path(image))
    assert after[RATING] == "2" and after[f"{{{NS_CUTIE}}}Stars"] == "5"
    assert after[f"{{{NS_XMP}}}CreatorTool"].startswith("Cutie ")  # added where missing


def test_an_unchanged_rating_follows_cutie_including_sidecars_from_before_written_fields(tmp_path):
    image = tmp_path / "little-orange.png"
    legacy = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:xmpDM="http://ns.adobe.com/xmp/1.0/DynamicMedia/" '
        'xmlns:cutie="urn:x-cutie:recipe:1/" xmp:Rating="-1" xmpDM:pick="-1" xmpDM:good="False" '
        'xmp:CreatorTool="Cutie 0.1.0" cutie:Flag="reject" cutie:Stars="4" cutie:BatchId="b-old"/>'
        "</rdf:RDF></x:xmpmeta>\n"
    )
    sidecar_path(image).write_text(legacy, "utf-8")
    result = merge_xmp_sidecar(image, fields(4))
    assert result.merged and not result.verdict_kept
    after = values(sidecar_path(image))
    assert (after[RATING], after[PICK]) == ("4", "0") and GOOD not in after  # unrejected: no "good" left
    assert f"{{{NS_CUTIE}}}BatchId" not in after  # a Cutie field with nothing to say is dropped
    assert after[f"{{{NS_XMP}}}CreatorTool"] == "Cutie 0.1.0"  # set once, not rewritten


@pytest.mark.parametrize(
    "content",
    [
        b"not xml at all",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x:xmpmeta xmlns:x="adobe:ns:meta/"/>',
        b"<html><body>a web page saved by mistake</body></html>",
    ],
)
def test_a_sidecar_that_is_not_xmp_is_left_exactly_as_it_was(tmp_path, content):
    image = tmp_path / "little-orange.png"
    sidecar_path(image).write_bytes(content)
    result = merge_xmp_sidecar(image, fields(3))
    assert result.problem and "left as it is" in result.problem and not result.merged
    assert sidecar_path(image).read_bytes() == content


# -- with exiftool --------------------------------------------------------------------------------

EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")


def exiftool(*args: str | Path) -> str:
    assert EXIFTOOL is not None
    done = subprocess.run(
        [EXIFTOOL, *map(str, args)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def read_with_exiftool(xmp: Path) -> dict[str, object]:
    [tags] = json.loads(exiftool("-j", "-G1", "-struct", "-XMP:all", xmp))
    return tags


@needs_exiftool
def test_exiftool_edits_survive_a_reexport_and_exiftool_reads_the_merge(project, tmp_path):  # noqa: F811
    [image_id] = add_images(project, [("none", 3)])
    out = tmp_path / "out"
    [first] = export_images(project, out).exported
    # Another tool: a new rating, a keyword and a colour label, written by exiftool into the sidecar
    exiftool(
        "-overwrite_original", "-XMP-xmp:Rating=1", "-XMP-dc:Subject+=orange", "-XMP-xmp:Label=Red", first.xmp
    )
    assert read_with_exiftool(first.xmp)["XMP-xmp:Rating"] == 1

    project.set_rating(image_id, 5)
    [again] = export_images(project, out).exported
    assert again.xmp == first.xmp
    tags = read_with_exiftool(again.xmp)
    assert tags["XMP-xmp:Rating"] == 1  # changed by another tool since Cutie wrote 3: kept
    assert tags["XMP-dc:Subject"] in ("orange", ["orange"])
    assert tags["XMP-xmp:Label"] == "Red"
    assert tags["XMP-cutie:Stars"] == 5  # Cutie's own field follows the project
    assert str(tags["XMP-xmp:CreatorTool"]).startswith("Cutie ")


@needs_exiftool
def test_exiftool_rewriting_the_sidecar_does_not_stop_cutie_updating_its_own_rating(tmp_path):
    image = tmp_path / "little-orange.png"
    merge_xmp_sidecar(image, fields(2))
    # exiftool rewrites the whole file (elements, one rdf:Description per namespace), rating untouched
    exiftool("-overwrite_original", "-XMP-xmp:Label=Green", sidecar_path(image))
    assert "<xmp:Rating>2</xmp:Rating>" in sidecar_path(image).read_text("utf-8")

    result = merge_xmp_sidecar(image, fields(4, "pick"))
    assert result.merged and not result.verdict_kept
    tags = read_with_exiftool(sidecar_path(image))
    assert (tags["XMP-xmp:Rating"], tags["XMP-xmpDM:Pick"], tags["XMP-xmp:Label"]) == (4, 1, "Green")
    text = sidecar_path(image).read_text("utf-8")
    assert text.count("<xmp:Rating>") == 1 and 'xmp:Rating="' not in text  # updated in place, not doubled
