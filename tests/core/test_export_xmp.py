"""Export from a real project folder: recipes in the files, ratings and flags in XMP sidecars."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from cutie_app import cli
from cutie_app.core.formats.provenance import XMP_PNG_KEY, read_recipe
from cutie_app.core.formats.xmp_sidecar import NS_CUTIE, NS_RDF, NS_X, NS_XMP, NS_XMP_DM, XmpFields, build_xmp
from cutie_app.core.model.generation import GeneratedImage, Recipe, Usage, Variant, VariantStatus
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.core.services.export import ExportError, RecipePlace, Selection, export_images
from cutie_app.core.store import Project

RATING = f"{{{NS_XMP}}}Rating"
PICK = f"{{{NS_XMP_DM}}}pick"
GOOD = f"{{{NS_XMP_DM}}}good"


def png(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (24, 16), ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256)).save(buf, "PNG")
    return buf.getvalue()


def webp(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (24, 16), ((seed * 37) % 256, 10, 200)).save(buf, "WEBP", lossless=True)
    return buf.getvalue()


def variant(data: bytes, index: int, mime: str = "image/png") -> Variant:
    recipe = Recipe(
        model="gemini-3-pro-image-preview",
        prompt=PromptParts((PromptSection("scene", "Scene", "Little Orange waves"),)),
        aspect_ratio="1:1",
        image_size="1K",
        seed_requested=None,
        seed_sent=None,
        references=(),
        spec_version=1,
        scene="waving",
        batch_id="batch-1",
        response_id=f"resp-{index}",
        usage=Usage(prompt_tokens=100, output_tokens=1290, thoughts_tokens=0, total_tokens=1390),
        cost_usd=0.134,
        started_at="2026-01-01T10:00:00.000+00:00",
        finished_at="2026-01-01T10:00:20.000+00:00",
        prompt_text="Little Orange waves",
        variant_index=index,
    )
    return Variant(index, VariantStatus.DELIVERED, recipe, images=(GeneratedImage(data, mime),))


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "Little Orange") as proj:
        yield proj


def add_images(project: Project, verdicts: list[tuple[str, int]]) -> list[int]:
    """One image per (flag, stars), in order; returns their ids."""
    ids = []
    for index, (flag, stars) in enumerate(verdicts):
        [record] = project.add_variant(variant(png(index + 1), index))
        project.set_flag(record.id, flag)
        project.set_rating(record.id, stars)
        ids.append(record.id)
    return ids


def jpeg(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (24, 16), ((seed * 37) % 256, 90, 30)).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def embedded(image_path: Path) -> ET.Element:
    """The rdf:Description of the XMP packet inside an exported PNG or JPEG, read by Pillow."""
    with Image.open(image_path) as im:
        packet = im.info[XMP_PNG_KEY] if im.format == "PNG" else im.info["xmp"]
    desc = ET.fromstring(packet).find(f"{{{NS_RDF}}}RDF/{{{NS_RDF}}}Description")
    assert desc is not None
    return desc


def description(xmp_path: Path) -> ET.Element:
    """The single rdf:Description of a sidecar, after checking the packet's structure."""
    root = ET.parse(xmp_path).getroot()
    assert root.tag == f"{{{NS_X}}}xmpmeta"
    [rdf] = list(root)
    assert rdf.tag == f"{{{NS_RDF}}}RDF"
    [desc] = list(rdf)
    assert desc.tag == f"{{{NS_RDF}}}Description" and desc.get(f"{{{NS_RDF}}}about") == ""
    return desc


def test_sidecars_carry_rating_pick_and_reject_as_darktable_and_lightroom_read_them(project, tmp_path):
    picked, rejected, plain = add_images(project, [("pick", 4), ("reject", 3), ("none", 2)])
    report = export_images(project, tmp_path / "out")

    assert report.ok and report.problems == ()
    by_id = {e.image_id: e for e in report.exported}
    assert [e.image_id for e in report.exported] == [picked, rejected, plain]  # oldest first
    for entry in report.exported:
        assert entry.xmp == entry.file.with_name(entry.file.name + ".xmp")  # image.png.xmp
        assert entry.recipe is RecipePlace.EMBEDDED and entry.recipe_file is None
        assert read_recipe(entry.file.read_bytes())["model"] == "gemini-3-pro-image-preview"

    pick = description(by_id[picked].xmp)
    assert (pick.get(RATING), pick.get(PICK), pick.get(GOOD)) == ("4", "1", "True")
    reject = description(by_id[rejected].xmp)
    assert (reject.get(RATING), reject.get(PICK), reject.get(GOOD)) == ("-1", "-1", "False")
    assert reject.get(f"{{{NS_CUTIE}}}Stars") == "3"  # the stars a reject had are not lost
    none = description(by_id[plain].xmp)
    assert (none.get(RATING), none.get(PICK), none.get(GOOD)) == ("2", "0", None)
    # The same verdict inside each file, where Lightroom and Bridge read PNG and JPEG ratings.
    for image_id, sidecar in ((picked, pick), (rejected, reject), (plain, none)):
        assert embedded(by_id[image_id].file).attrib == sidecar.attrib

    first = project.image(picked)
    assert pick.get(f"{{{NS_CUTIE}}}ResponseId") == "resp-0"
    assert pick.get(f"{{{NS_CUTIE}}}SourceSHA256") == first.sha256
    assert pick.get(f"{{{NS_CUTIE}}}RecipeLocation") == "embedded"
    assert pick.get(f"{{{NS_XMP}}}CreatorTool").startswith("Cutie ")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [e.file.name for e in report.exported] + [e.xmp.name for e in report.exported]
    )


def test_a_missing_image_is_reported_and_the_others_are_exported(project, tmp_path):
    first, gone, last = add_images(project, [("none", 1), ("none", 2), ("none", 3)])
    project.image_path(project.image(gone)).unlink()
    progress: list[tuple[int, int]] = []

    report = export_images(project, tmp_path / "out", on_progress=lambda d, t: progress.append((d, t)))

    assert [e.image_id for e in report.exported] == [first, last]
    assert all(e.file.is_file() and e.xmp.is_file() for e in report.exported)
    [problem] = report.problems
    assert problem.image_id == gone and "missing" in problem.message
    assert not report.ok
    assert "Images NOT exported: 1." in report.text() and project.image(gone).file in report.text()
    assert progress == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_selection_filters_and_explicit_ids(project, tmp_path):
    picked, rejected, rated, unrated = add_images(
        project, [("pick", 0), ("reject", 5), ("none", 1), ("none", 0)]
    )

    def exported(**kwargs) -> list[int]:
        report = export_images(project, tmp_path / "out", **kwargs)
        return [e.image_id for e in report.exported]

    assert exported(selection="picks") == [picked]
    assert exported(selection=Selection.RATED) == [rejected, rated]
    assert exported() == [picked, rejected, rated, unrated]
    assert exported(image_ids=[unrated, picked]) == [picked, unrated]
    assert exported(selection="rated", image_ids=[picked, rated]) == [rated]  # both filters apply

    report = export_images(project, tmp_path / "out", image_ids=[rated, 9999])
    assert [e.image_id for e in report.exported] == [rated]
    assert [(p.image_id, "no such image" in p.message) for p in report.problems] == [(9999, True)]
    with pytest.raises(ValueError):
        export_images(project, tmp_path / "out", selection="favourites")


def test_collisions_never_overwrite_a_different_file_and_reexport_refreshes_sidecars(project, tmp_path):
    [image_id] = add_images(project, [("none", 2)])
    out = tmp_path / "out"
    out.mkdir()
    name = project.image(image_id).file
    (out / name).write_bytes(b"someone else's picture")
    stem, ext = Path(name).stem, Path(name).suffix
    (out / f"{stem}-2{ext}.xmp").write_text("a stray sidecar, not ours")  # its name is taken too

    [entry] = export_images(project, out).exported
    assert (out / name).read_bytes() == b"someone else's picture"
    assert (out / f"{stem}-2{ext}.xmp").read_text() == "a stray sidecar, not ours"
    assert entry.file == out / f"{stem}-3{ext}" and entry.renamed
    assert description(entry.xmp).get(RATING) == "2"

    project.set_rating(image_id, 5)
    project.set_flag(image_id, "pick")
    [again] = export_images(project, out).exported  # the same picture: same file, rating refreshed
    assert again.file == entry.file and not (out / f"{stem}-4{ext}").exists()
    assert (description(again.xmp).get(RATING), description(again.xmp).get(PICK)) == ("5", "1")
    assert (embedded(again.file).get(RATING), embedded(again.file).get(PICK)) == ("5", "1")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [name, f"{stem}-2{ext}.xmp", f"{stem}-3{ext}", f"{stem}-3{ext}.xmp"]
    )


def test_a_jpeg_carries_recipe_and_verdict_in_one_packet_and_edited_exports_are_kept(project, tmp_path):
    [record] = project.add_variant(variant(jpeg(5), 0, "image/jpeg"))
    project.set_rating(record.id, 3)
    out = tmp_path / "out"
    [entry] = export_images(project, out).exported

    inside = embedded(entry.file)
    assert (inside.get(RATING), inside.get(PICK)) == ("3", "0")
    assert read_recipe(entry.file.read_bytes())["response_id"] == "resp-0"
    assert inside.get(f"{{{NS_CUTIE}}}RecipeLocation") == "embedded"
    with Image.open(entry.file) as im, Image.open(project.image_path(record)) as source:
        assert im.tobytes() == source.tobytes()

    # Another tool saved metadata into the exported file: that copy is the user's now.
    data = entry.file.read_bytes()
    marker = b'xmlns:cutie="'
    edited = data.replace(marker, b'xmlns:dc="http://purl.org/dc/elements/1.1/" ' + marker, 1)
    at = data.index(b"http://ns.adobe.com/xap/1.0/\x00") - 4  # the APP1 marker and its length field
    length = int.from_bytes(edited[at + 2 : at + 4], "big") + len(edited) - len(data)
    entry.file.write_bytes(edited[: at + 2] + length.to_bytes(2, "big") + edited[at + 4 :])
    project.set_rating(record.id, 1)
    [again] = export_images(project, out).exported
    assert again.file != entry.file and again.renamed
    assert embedded(entry.file).get(RATING) == "3" and embedded(again.file).get(RATING) == "1"


def test_a_format_without_embedding_gets_a_recipe_sidecar_too(project, tmp_path):
    [record] = project.add_variant(variant(webp(3), 0, "image/webp"))
    assert record.mime_type == "image/webp"
    [entry] = export_images(project, tmp_path / "out").exported
    assert entry.recipe is RecipePlace.SIDECAR
    assert entry.file.read_bytes() == project.image_path(record).read_bytes()
    assert json.loads(entry.recipe_file.read_text("utf-8"))["response_id"] == "resp-0"
    assert description(entry.xmp).get(f"{{{NS_CUTIE}}}RecipeLocation") == entry.recipe_file.name


def test_values_are_escaped_and_the_packet_stays_valid_xml():
    fields = XmpFields(rating=3, flag="pick", response_id='a"<b>&c\x01\nd', model="m & <n>")
    desc = ET.fromstring(build_xmp(fields)).find(f"{{{NS_RDF}}}RDF/{{{NS_RDF}}}Description")
    assert desc is not None
    assert desc.get(f"{{{NS_CUTIE}}}ResponseId") == 'a"<b>&c\nd'  # the control character is dropped
    assert desc.get(f"{{{NS_CUTIE}}}Model") == "m & <n>"
    with pytest.raises(ValueError):
        XmpFields(rating=6)
    with pytest.raises(ValueError):
        XmpFields(rating=1, flag="maybe")


def test_an_export_folder_that_cannot_be_made_is_one_clear_error(project, tmp_path):
    add_images(project, [("none", 0)])
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="Cannot create the export folder"):
        export_images(project, blocker / "out")


@pytest.mark.expected_log("cutie.store", "project file missing")
def test_cli_export_reports_a_missing_file_as_a_line_and_exit_6(project, tmp_path):
    kept, gone = add_images(project, [("pick", 5), ("none", 0)])
    project.image_path(project.image(gone)).unlink()
    folder = project.folder
    project.close()
    out, err = io.StringIO(), io.StringIO()

    code = cli.run(["export", str(folder), "--out", str(tmp_path / "out")], out, err)

    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert code == cli.EXIT_PROJECT_PROBLEMS
    assert [(r["image_id"], r["recipe"], Path(r["xmp"]).is_file()) for r in rows[:1]] == [
        (kept, "embedded", True)
    ]
    assert rows[1]["image_id"] == gone and rows[1]["file"] is None and "missing" in rows[1]["error"]
    assert f"image #{gone} not exported" in err.getvalue()
