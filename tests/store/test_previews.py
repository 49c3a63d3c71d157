"""Screen-size previews in a real project: written on save, a cache everywhere else.

Made when an image is saved, deleted with it and made again when Undo puts it back, swept on
open when nothing names them, ignored by `check`, never exported and never packed.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.images import png
from PIL import Image

from cutie_app.core.imaging.previews import PREVIEW_EDGE, PreviewError, open_preview
from cutie_app.core.services.export import export_images
from cutie_app.core.store import Project
from cutie_app.core.store.pack import PackError, export_pack, import_pack

LARGE = (3000, 2000)
RED, BLUE = (200, 40, 40), (30, 60, 210)


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "Little Orange") as opened:
        yield opened


def _save(project: Project, colour=RED, size=LARGE, response: str = "resp-1"):
    (record,) = project.add_variant(variant(png(colour, size), response_id=response, batch_id=response))
    return record


def _valid(project: Project, record) -> bool:
    try:
        open_preview(project.preview_path(record.sha256), record.sha256, PREVIEW_EDGE)
    except (OSError, PreviewError):
        return False
    return True


def test_saving_a_large_image_writes_its_preview_beside_the_thumbnail(project: Project) -> None:
    record = _save(project)
    path = project.preview_path(record.sha256)
    assert path == project.folder / ".cache" / "previews" / f"{record.sha256}.jpg"
    preview = open_preview(path, record.sha256, PREVIEW_EDGE)
    assert preview.source_size == LARGE
    assert preview.image.size == (PREVIEW_EDGE, 1365)
    red, green, blue = preview.image.getpixel((1000, 600))
    assert abs(red - RED[0]) <= 3 and abs(green - RED[1]) <= 3 and abs(blue - RED[2]) <= 3
    assert (project.thumbs_dir / f"{record.sha256}.png").is_file()

    child = project.add_derived_image(record.id, png(BLUE, (2500, 2500)), "image/png", record.recipe())
    assert _valid(project, child)  # an adjusted version gets one too


def test_small_and_transparent_images_get_no_preview(project: Project) -> None:
    small = _save(project, size=(PREVIEW_EDGE, 1200))
    see_through = io.BytesIO()
    Image.new("RGBA", LARGE, (200, 40, 40, 128)).save(see_through, "PNG")
    (clear,) = project.add_variant(variant(see_through.getvalue(), response_id="resp-2", batch_id="b2"))
    for record in (small, clear):
        assert not project.preview_path(record.sha256).exists()
        assert (project.thumbs_dir / f"{record.sha256}.png").is_file()


def test_delete_removes_the_preview_and_undo_makes_it_again(project: Project) -> None:
    record = _save(project)
    path = project.preview_path(record.sha256)
    assert path.is_file()

    outcome = project.trash_images([record.id], project.trash_mover())
    assert not path.exists()

    (back,) = project.restore_images(outcome.trashed).restored
    assert back.sha256 == record.sha256
    assert _valid(project, back)
    assert project.check().ok, project.check().text()


def test_a_preview_another_row_or_the_anchor_still_shows_stays(project: Project) -> None:
    first = _save(project, response="resp-1")
    twin = _save(project, response="resp-2")  # the same bytes saved again: one file, two rows
    assert twin.sha256 == first.sha256
    project.trash_images([first.id], project.trash_mover())
    assert _valid(project, twin)

    project.set_anchor(twin.id)  # the anchor keeps the same bytes in references/
    project.trash_images([twin.id], project.trash_mover())
    assert project.images() == []
    assert project.preview_path(twin.sha256).is_file()


def test_opening_drops_previews_nothing_names_and_their_temp_files(tmp_path: Path) -> None:
    folder = tmp_path / "Little Orange"
    with Project.create(folder) as project:
        kept = _save(project)
        previews = project.preview_path(kept.sha256).parent
    stale = previews / f"{'ab' * 32}.jpg"
    shutil.copyfile(previews / f"{kept.sha256}.jpg", stale)
    temp = previews / f".{kept.sha256}.jpg.x1y2.tmp"
    temp.write_bytes(b"half a preview")
    stranger = previews / "notes.txt"  # not named like a preview: not Cutie's to delete
    stranger.write_text("mine")

    with Project.open(folder) as project:
        assert not stale.exists() and not temp.exists()
        assert _valid(project, kept) and stranger.exists()


def test_check_treats_previews_as_a_cache(project: Project) -> None:
    gone, damaged = _save(project, RED, response="r1"), _save(project, BLUE, response="r2")
    project.preview_path(gone.sha256).unlink()
    path = project.preview_path(damaged.sha256)
    path.write_bytes(path.read_bytes()[:5000])
    report = project.check()
    assert report.ok, report.text()
    assert report.orphan_files == () and report.missing_files == ()


def test_exports_and_packs_never_carry_a_preview(project: Project, tmp_path: Path) -> None:
    record = _save(project)
    preview = project.preview_path(record.sha256).read_bytes()

    export_images(project, tmp_path / "exported")
    files = [p for p in (tmp_path / "exported").rglob("*") if p.is_file()]
    assert files
    assert not any(p.read_bytes() == preview or p.suffix == ".jpg" for p in files)

    (tmp_path / "packs").mkdir()
    pack = export_pack(project.folder, tmp_path / "packs" / "lo")
    with zipfile.ZipFile(pack) as zf:
        assert not any("previews" in name or ".cache" in name for name in zf.namelist())
    imported = import_pack(pack, tmp_path, name="copy")
    assert not (imported / ".cache" / "previews").exists()  # made again on demand, from the originals

    # A pack that brings a preview along is refused whole: nothing from it is trusted.
    forged = tmp_path / "packs" / "forged.cutiepack"
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(f".cache/previews/{record.sha256}.jpg", preview)
    with pytest.raises(PackError, match="outside"):
        import_pack(forged, tmp_path, name="forged")
    assert not (tmp_path / "forged").exists()
