"""Export copies through the service: scope, rejects, format, size, names, recipe or client copy."""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from helpers.builders import variant
from helpers.images import png
from PIL import Image

from cutie_app.core.formats.provenance import read_recipe
from cutie_app.core.imaging.export_render import NS_IPTC_EXT, TRAINED_ALGORITHMIC_MEDIA
from cutie_app.core.services.export_copies import (
    CopyFormat,
    CopyMetadata,
    CopyOptions,
    Scope,
    export_copies,
    file_stem,
    pattern_problem,
    plan_export,
)
from cutie_app.core.services.projects import ProjectService

PROMPT = "Little Orange waves hello"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


@pytest.fixture
def project(tmp_path) -> Iterator[ProjectService]:
    service = ProjectService.open(tmp_path / "proj", create=True, name="Little Orange")
    yield service
    service.close()


def add(project: ProjectService, index: int, *, flag: str = "none", stars: int = 0, size=(400, 300)) -> int:
    saved = project.save_variant(variant(png(index + 1, size), index=index), scene="waving")
    (image_id,) = saved.image_ids
    if flag != "none":
        project.set_flag(image_id, flag)
    if stars:
        project.set_rating(image_id, stars)
    return image_id


@pytest.fixture
def culled(project) -> dict[str, int]:
    return {
        "plain": add(project, 0),
        "pick": add(project, 1, flag="pick", stars=4),
        "rated2": add(project, 2, stars=2),
        "reject": add(project, 3, flag="reject", stars=5),
    }


def ids_of(project: ProjectService, options: CopyOptions) -> list[int]:
    return [p.record.id for p in plan_export(project, options).images]


def test_scopes_and_rejects(project, culled):
    c = culled
    assert ids_of(project, CopyOptions()) == [c["plain"], c["pick"], c["rated2"]]
    assert plan_export(project, CopyOptions()).skipped_rejects == 1
    assert ids_of(project, CopyOptions(include_rejects=True))[-1] == c["reject"]
    assert ids_of(project, CopyOptions(scope=Scope.PICKS)) == [c["pick"]]
    assert ids_of(project, CopyOptions(scope=Scope.RATED, min_rating=2)) == [c["pick"], c["rated2"]]
    assert ids_of(project, CopyOptions(scope=Scope.RATED, min_rating=4)) == [c["pick"]]
    chosen = CopyOptions(scope=Scope.SELECTED, image_ids=(c["rated2"], c["reject"], c["plain"]))
    assert ids_of(project, chosen) == [c["rated2"], c["plain"]]  # the selection's order, no reject
    plan = plan_export(project, CopyOptions(scope=Scope.SELECTED, image_ids=(c["plain"], 999)))
    assert plan.missing_ids == (999,)


def test_jpeg_with_quality_and_a_long_edge(project, culled, tmp_path):
    out = tmp_path / "out"
    options = CopyOptions(format=CopyFormat.JPEG, quality=60, long_edge=200, pattern="{project}-{n}")
    report = export_copies(project, out, options)
    assert [p.name for p in report.written] == [
        "Little Orange-01.jpg",
        "Little Orange-02.jpg",
        "Little Orange-03.jpg",
    ]
    assert report.skipped_rejects == 1 and not report.problems
    for path in report.written:
        with Image.open(path) as image:
            assert image.format == "JPEG" and image.size == (200, 150)
    best = export_copies(project, tmp_path / "best", CopyOptions(format=CopyFormat.JPEG, quality=100))
    low = export_copies(project, tmp_path / "low", CopyOptions(format=CopyFormat.JPEG, quality=5))
    assert low.written[0].stat().st_size < best.written[0].stat().st_size
    with Image.open(best.written[0]) as image:
        assert image.size == (400, 300)  # full size by default, never enlarged


def test_a_recipe_copy_carries_the_recipe_and_the_verdict(project, culled, tmp_path):
    report = export_copies(project, tmp_path / "out", CopyOptions(scope=Scope.PICKS, pattern="{id}-{rating}"))
    (path,) = report.written
    assert path.name == f"{culled['pick']}-4.png"
    recipe = read_recipe(path.read_bytes())
    assert recipe is not None and recipe["prompt_text"] == PROMPT
    sidecar = path.with_name(path.name + ".xmp")
    assert sidecar in report.sidecars and 'xmp:Rating="4"' in sidecar.read_text()

    webp = export_copies(project, tmp_path / "webp", CopyOptions(scope=Scope.PICKS, format=CopyFormat.WEBP))
    (path,) = webp.written
    with Image.open(path) as image:
        assert image.format == "WEBP"
    assert PROMPT in path.with_name(path.name + ".recipe.json").read_text()


@pytest.mark.parametrize("fmt", list(CopyFormat))
def test_a_client_copy_has_no_prompt_but_says_it_is_ai_generated(project, culled, tmp_path, fmt):
    options = CopyOptions(scope=Scope.PICKS, format=fmt, metadata=CopyMetadata.CLIENT)
    report = export_copies(project, tmp_path / "client", options)
    (path,) = report.written
    data = path.read_bytes()
    assert read_recipe(data) is None
    assert PROMPT.encode() not in data and b"prompt" not in data
    assert report.sidecars == () and sorted(p.name for p in path.parent.iterdir()) == [path.name]
    with Image.open(io.BytesIO(data)) as image:
        packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    assert packet, "the copy has no XMP packet"
    text = packet.decode() if isinstance(packet, bytes) else packet
    root = ET.fromstring(text[text.index("<x:xmpmeta") : text.index("</x:xmpmeta>") + len("</x:xmpmeta>")])
    (description,) = root.iter(f"{{{RDF}}}Description")
    assert description.get(f"{{{NS_IPTC_EXT}}}DigitalSourceType") == TRAINED_ALGORITHMIC_MEDIA


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")
def test_exiftool_reads_the_ai_tag(project, culled, tmp_path):
    options = CopyOptions(scope=Scope.PICKS, format=CopyFormat.JPEG, metadata=CopyMetadata.CLIENT)
    (path,) = export_copies(project, tmp_path / "client", options).written
    out = subprocess.run(
        ["exiftool", "-s3", "-XMP-iptcExt:DigitalSourceType", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == TRAINED_ALGORITHMIC_MEDIA


def test_names_never_overwrite_and_patterns_are_checked(project, culled, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "Little Orange-01.png").write_bytes(b"somebody else's file")
    report = export_copies(project, out, CopyOptions(scope=Scope.PICKS))
    assert report.written[0].name == "Little Orange-01-2.png"
    assert (out / "Little Orange-01.png").read_bytes() == b"somebody else's file"
    assert file_stem("{scene}/{id}: {name}", {"scene": "a/b", "id": 3, "name": "x"}) == "a_b_3_ x"
    assert "needs {n}, {id} or {name}" in pattern_problem("{project}")
    assert "{colour}" in pattern_problem("{colour}-{n}")
    assert "unmatched" in pattern_problem("{n")
    with pytest.raises(ValueError):
        CopyOptions(pattern="{project}")


def test_progress_cancel_and_a_missing_file(project, culled, tmp_path):
    missing = project.image_path(project.image(culled["plain"]))
    missing.unlink()
    seen: list[tuple[int, int]] = []
    report = export_copies(
        project, tmp_path / "out", CopyOptions(), on_progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert len(report.written) == 2 and "missing from the project" in report.problems[0].message
    stop = threading.Event()
    stop.set()
    cancelled = export_copies(project, tmp_path / "cancelled", CopyOptions(), cancel=stop)
    assert cancelled.cancelled and cancelled.written == ()
