"""Reading pictures for the screen from their previews, and remaking a preview that is not usable.

Real files throughout: PNG originals, JPEG previews written by the same code the store uses.
To tell which file a picture was read from, some tests keep the preview of a red picture and
then repaint the original blue: red on screen means the preview was read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from cutie_app.core.imaging.previews import PREVIEW_EDGE, PreviewError, open_preview, preview_dimensions
from cutie_app.core.services.previews import (
    PictureLoadError,
    PreviewFile,
    load_for_screen,
    save_preview,
)
from cutie_app.core.store.files import write_cached_copies

RED, BLUE = (200, 40, 40), (30, 60, 210)
SIZE = (3000, 2000)


def original(path: Path, colour=RED, size=SIZE) -> tuple[Path, str]:
    Image.new("RGB", size, colour).save(path)
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def with_preview(tmp_path: Path, colour=RED, size=SIZE) -> tuple[Path, PreviewFile]:
    path, sha = original(tmp_path / "picture.png", colour, size)
    place = PreviewFile(tmp_path / "previews" / f"{sha}.jpg", sha)
    write_cached_copies(path.read_bytes(), sha, None, place.path)
    assert place.path.is_file()
    return path, place


def near(pixel, colour, tolerance=4) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


def test_the_preview_is_read_instead_of_the_original(tmp_path: Path) -> None:
    path, place = with_preview(tmp_path)
    Image.new("RGB", SIZE, BLUE).save(path)  # the original now differs from its preview
    shown = load_for_screen(path, 1024, place)
    assert shown.from_preview and shown.preview_to_save is None
    assert shown.source_size == SIZE  # zoom and position are still measured on the original
    assert shown.image.width == 1024 and abs(shown.image.height - 683) <= 1  # the JPEG's own scale
    assert near(shown.image.getpixel((500, 300)), RED)


def test_a_screen_wider_than_the_preview_reads_the_original(tmp_path: Path) -> None:
    path, place = with_preview(tmp_path)
    Image.new("RGB", SIZE, BLUE).save(path)
    for edge in (None, PREVIEW_EDGE + 1):
        shown = load_for_screen(path, edge, place)
        assert not shown.from_preview and near(shown.image.getpixel((5, 5)), BLUE)


def test_a_missing_preview_is_made_again_from_the_original(tmp_path: Path) -> None:
    path, sha = original(tmp_path / "picture.png")
    place = PreviewFile(tmp_path / "previews" / f"{sha}.jpg", sha)
    shown = load_for_screen(path, 1024, place)
    assert not shown.from_preview and near(shown.image.getpixel((500, 300)), RED)
    assert shown.preview_to_save is not None and not place.path.exists()  # written after showing

    assert save_preview(shown.preview_to_save)
    preview = open_preview(place.path, sha, PREVIEW_EDGE)
    assert preview.source_size == SIZE and preview.image.size == preview_dimensions(*SIZE)
    assert load_for_screen(path, 1024, place).from_preview


def test_a_truncated_preview_is_never_shown_and_is_written_again(tmp_path: Path) -> None:
    path, place = with_preview(tmp_path)
    data = place.path.read_bytes()
    place.path.write_bytes(data[: len(data) // 3])
    with pytest.raises(PreviewError):
        open_preview(place.path, place.sha256, 1024)

    shown = load_for_screen(path, 1024, place)
    assert not shown.from_preview
    assert near(shown.image.getpixel((500, 300)), RED) and near(shown.image.getpixel((1000, 650)), RED)
    assert shown.preview_to_save is not None
    assert save_preview(shown.preview_to_save)
    assert load_for_screen(path, 1024, place).from_preview


def test_a_preview_of_another_picture_is_not_used(tmp_path: Path) -> None:
    path, place = with_preview(tmp_path)
    other = PreviewFile(place.path, "0" * 64)  # the file names another picture's SHA-256
    shown = load_for_screen(path, 1024, other)
    assert not shown.from_preview and shown.preview_to_save is not None


def test_a_read_only_project_gets_no_preview_written(tmp_path: Path) -> None:
    path, sha = original(tmp_path / "picture.png")
    place = PreviewFile(tmp_path / "previews" / f"{sha}.jpg", sha, writable=False)
    shown = load_for_screen(path, 1024, place)
    assert not shown.from_preview and shown.preview_to_save is None


def test_a_preview_whose_picture_went_meanwhile_is_not_kept(tmp_path: Path) -> None:
    path, sha = original(tmp_path / "picture.png")
    place = PreviewFile(tmp_path / "previews" / f"{sha}.jpg", sha)
    shown = load_for_screen(path, 1024, place)
    path.unlink()  # deleted while its preview was on the way
    assert shown.preview_to_save is not None
    assert not save_preview(shown.preview_to_save)
    assert not place.path.exists()


def test_a_missing_or_damaged_original_says_so(tmp_path: Path) -> None:
    with pytest.raises(PictureLoadError) as missing:
        load_for_screen(tmp_path / "gone.png", 1024)
    assert missing.value.reason == "missing"
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    with pytest.raises(PictureLoadError) as unreadable:
        load_for_screen(broken, 1024)
    assert unreadable.value.reason == "unreadable"


def test_the_preview_keeps_flat_colours_and_their_edges(tmp_path: Path) -> None:
    """A palette check must not be fooled: 4:4:4 JPEG keeps a thin orange line orange."""
    picture = Image.new("RGB", (4096, 4096), (255, 255, 255))
    ImageDraw.Draw(picture).rectangle((2002, 0, 2005, 4095), fill=(255, 140, 0))  # 2 px in the preview
    path = tmp_path / "line.png"
    picture.save(path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    place = PreviewFile(tmp_path / f"{sha}.jpg", sha)
    write_cached_copies(path.read_bytes(), sha, None, place.path)
    preview = open_preview(place.path, sha, PREVIEW_EDGE).image
    for x in (1001, 1002):  # 4:2:0 would make them (203, 151, 76): the line turns brown
        assert near(preview.getpixel((x, 1024)), (255, 140, 0), tolerance=6)
    for x in (1000, 1003):  # and tint the white beside it yellow
        assert near(preview.getpixel((x, 1024)), (255, 255, 255), tolerance=6)


def test_a_preview_remade_for_a_small_screen_still_has_every_preview_pixel(tmp_path: Path) -> None:
    """A JPEG decodes at a reduced scale for a small screen; its remade preview must not be an
    enlarged copy of that screen image."""
    import numpy as np

    y, x = np.mgrid[0:4096, 0:4096]
    squares = ((x // 6 + y // 6) % 2 * 255).astype(np.uint8)
    path = tmp_path / "squares.jpg"
    Image.fromarray(np.stack([squares] * 3, axis=2)).save(path, quality=95)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    reference = tmp_path / "reference.jpg"
    write_cached_copies(path.read_bytes(), sha, None, reference)  # as saving makes it

    place = PreviewFile(tmp_path / "previews" / f"{sha}.jpg", sha)
    shown = load_for_screen(path, 512, place)
    assert shown.image.width <= 512 and shown.preview_to_save is not None
    assert save_preview(shown.preview_to_save)
    remade = np.asarray(open_preview(place.path, sha, PREVIEW_EDGE).image, dtype=np.int16)
    saved = np.asarray(open_preview(reference, sha, PREVIEW_EDGE).image, dtype=np.int16)
    assert float(np.abs(remade - saved).mean()) < 2.0
