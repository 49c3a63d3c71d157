"""The comparator reads cached previews, and the originals only for what a zoom needs.

Real files and real widgets (offscreen). To see which file a pane was painted from, the
preview is made from a picture in one colour and the original then repainted in another:
the preview's colour on screen means the preview was read, the original's that it was not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.comparators import loaded, shown_comparator
from helpers.images import png
from PIL import Image
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from cutie_app.core.imaging.previews import PREVIEW_EDGE, PreviewError, open_preview
from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.services.previews import PreviewFile
from cutie_app.core.services.projects import ProjectService
from cutie_app.core.store.files import write_cached_copies
from cutie_app.ui.compare.comparator import Comparator, CompareItem
from cutie_app.ui.compare.compare_items import compare_items
from cutie_app.ui.compare.image_view import ImageCanvas, screen_edge_for
from cutie_app.ui.compare.loupe import Loupe

SIZE = (3000, 2000)
RED, BLUE, GREEN, YELLOW = (220, 30, 30), (30, 50, 220), (30, 200, 60), (230, 210, 20)


def item(
    tmp_path: Path, image_id: int, original: tuple[int, int, int], preview: tuple[int, int, int] | None = None
) -> CompareItem:
    """A 3000 × 2000 picture in `original`, whose cached preview shows `preview` (if given)."""
    path = tmp_path / f"picture-{image_id}.png"
    Image.new("RGB", SIZE, preview or original).save(path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    place = PreviewFile(tmp_path / "previews" / f"{sha}.jpg", sha)
    if preview is not None:
        write_cached_copies(path.read_bytes(), sha, None, place.path)
        Image.new("RGB", SIZE, original).save(path)
    return CompareItem(image_id, path, f"#{image_id}", preview=place)


def near(colour: QColor, rgb: tuple[int, int, int], tolerance: int = 6) -> bool:
    got = (colour.red(), colour.green(), colour.blue())
    return all(abs(a - b) <= tolerance for a, b in zip(got, rgb, strict=True))


def pixel(canvas: ImageCanvas, x: float, y: float) -> QColor:
    image = canvas.grab().toImage()
    dpr = image.devicePixelRatio()
    return image.pixelColor(round(x * dpr), round(y * dpr))


def centre(canvas: ImageCanvas) -> QColor:
    point = canvas.image_rect().intersected(canvas.rect().toRectF()).center()
    return pixel(canvas, point.x(), point.y())


def valid(place: PreviewFile) -> bool:
    try:
        open_preview(place.path, place.sha256, PREVIEW_EDGE)
    except (OSError, PreviewError):
        return False
    return True


@pytest.fixture
def comparator(qtbot) -> Iterator[Comparator]:
    with shown_comparator(qtbot) as widget:
        yield widget


def test_panes_are_painted_from_the_previews_not_the_originals(comparator, qtbot, tmp_path):
    items = [item(tmp_path, 1, BLUE, preview=RED), item(tmp_path, 2, YELLOW, preview=GREEN)]
    comparator.set_items(items, mode="survey")
    loaded(qtbot, comparator)
    first, second = comparator.visible_panes()
    assert first.image_size() == SIZE  # geometry follows the original
    assert max(first.image.width(), first.image.height()) <= screen_edge_for(comparator)
    assert near(centre(first), RED) and near(centre(second), GREEN)


def test_a_truncated_preview_shows_the_original_and_is_written_again(comparator, qtbot, tmp_path):
    broken = item(tmp_path, 1, BLUE, preview=BLUE)
    data = broken.preview.path.read_bytes()
    broken.preview.path.write_bytes(data[: len(data) // 2])
    missing = item(tmp_path, 2, YELLOW)  # no preview yet: a project from an earlier version
    comparator.set_items([broken, missing], mode="survey")
    loaded(qtbot, comparator)
    first, second = comparator.visible_panes()
    assert first.message == "" and second.message == ""  # never a broken picture nor an error
    assert near(centre(first), BLUE) and near(centre(second), YELLOW)
    qtbot.waitUntil(lambda: valid(broken.preview) and valid(missing.preview), timeout=15000)


def test_zooming_reads_the_preview_then_the_original_for_the_region_on_screen(comparator, qtbot, tmp_path):
    comparator.set_items([item(tmp_path, 1, BLUE, preview=RED), item(tmp_path, 2, BLUE, preview=RED)])
    loaded(qtbot, comparator)
    pane = comparator.visible_panes()[0]
    shown_scale = screen_edge_for(comparator) / SIZE[0]
    preview_scale = PREVIEW_EDGE / SIZE[0]
    assert shown_scale < preview_scale, "the test needs a screen image smaller than the preview"

    comparator.sync.set_zoom((shown_scale + preview_scale) / 2, (0.5, 0.5))  # within the preview
    assert pane.needs_detail()
    qtbot.waitUntil(pane.detail_covers_view, timeout=15000)
    assert near(centre(pane), RED)

    comparator.sync.set_zoom(1.0, (0.5, 0.5))  # past the preview: the original's pixels
    qtbot.waitUntil(pane.detail_covers_view, timeout=15000)
    x0, y0, x1, y1 = pane.detail_region
    assert x1 - x0 < 0.5 and y1 - y0 < 0.5  # the region on screen, not the whole picture
    assert near(centre(pane), BLUE)


def test_wipe_shows_screen_size_images_and_the_originals_only_when_zoomed(comparator, qtbot, tmp_path):
    a, b = item(tmp_path, 1, BLUE, preview=RED), item(tmp_path, 2, YELLOW, preview=GREEN)
    comparator.set_items([a, b], mode="wipe")
    wipe = comparator.wipe
    qtbot.waitUntil(wipe.has_image, timeout=15000)
    assert max(wipe.image.width(), wipe.image_b.width()) <= screen_edge_for(comparator)
    assert wipe.image_size() == SIZE
    y = wipe.height() / 2
    left, right = wipe.divider_x() - 30, wipe.divider_x() + 30
    assert near(pixel(wipe, left, y), RED) and near(pixel(wipe, right, y), GREEN)

    comparator.sync.set_zoom(1.0, (0.5, 0.5))
    assert wipe.needs_detail()
    qtbot.waitUntil(wipe.detail_covers_view, timeout=15000)
    assert near(pixel(wipe, left, y), BLUE) and near(pixel(wipe, right, y), YELLOW)


def test_the_loupe_reads_the_previews_too(qtbot, tmp_path):
    loupe = Loupe([item(tmp_path, 1, BLUE, preview=RED)])
    qtbot.addWidget(loupe)
    loupe.resize(900, 700)
    loupe.show()
    qtbot.waitUntil(loupe.canvas.has_image, timeout=15000)
    assert near(centre(loupe.canvas), RED)
    loupe.shutdown()


def test_compare_items_name_the_previews_of_images_and_of_the_anchor(tmp_path):
    project = ProjectService.open(tmp_path / "proj", create=True, name="Little Orange")
    try:
        ids = [
            project.save_variant(variant(png(colour, SIZE), index=i)).image_ids[0]
            for i, colour in enumerate((RED, BLUE))
        ]
        project.sync_slots([project.promoted_reference(ids[0], ReferenceRole.ANCHOR)])
        items, mode = compare_items(project, [ids[1]], ids)
        assert mode == "compare" and [i.is_anchor for i in items] == [True, False]
        for entry in items:
            assert entry.preview is not None and entry.preview.writable
            assert valid(entry.preview)  # written when the image was saved; the anchor has its bytes
    finally:
        project.close()


def test_a_change_repaints_only_the_panes_it_changes(comparator, qtbot, tmp_path):
    """An arriving picture or a new selection must not repaint every pane (each costs the UI thread)."""
    from PySide6.QtCore import QEvent, QObject, Qt

    comparator.set_items([item(tmp_path, n, BLUE, preview=RED) for n in (1, 2, 3)], mode="survey")
    loaded(qtbot, comparator)
    panes = comparator.visible_panes()
    painted = {id(p): 0 for p in panes}

    class Count(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and id(watched) in painted:
                painted[id(watched)] += 1
            return False

    counter = Count()
    for pane in panes:
        pane.installEventFilter(counter)
    assert [p.selected for p in panes] == [False, True, False]
    qtbot.keyClick(comparator, Qt.Key.Key_Right)  # the frame moves from the second pane to the third
    qtbot.waitUntil(lambda: painted[id(panes[1])] > 0 and painted[id(panes[2])] > 0, timeout=5000)
    assert [p.selected for p in panes] == [False, False, True]
    assert painted[id(panes[0])] == 0


def checks(path: Path, dark=(0, 0, 0), light=(255, 255, 255), size=SIZE) -> Path:
    """1-pixel checks: any shrunk copy turns them into one flat colour, the source pixels do not."""
    import numpy as np

    y, x = np.mgrid[0 : size[1], 0 : size[0]]
    odd = ((x + y) % 2).astype(bool)[..., None]
    Image.fromarray(np.where(odd, np.array(light, np.uint8), np.array(dark, np.uint8))).save(path)
    return path


def crisp_around(canvas: ImageCanvas, at, colours) -> bool:
    """Every pixel in a few pixels' row at `at` is one of the two check colours (not a blend)."""
    shot = canvas.grab().toImage()
    dpr = shot.devicePixelRatio()
    seen = set()
    for dx in range(-3, 4):
        colour = shot.pixelColor(round((at.x() + dx) * dpr), round(at.y() * dpr))
        seen.add((colour.red(), colour.green(), colour.blue()))
    return seen <= set(colours) and len(seen) == 2


def test_the_loupe_shows_the_source_pixels_under_it(comparator, qtbot, tmp_path):
    from PySide6.QtTest import QTest

    black_white = ((0, 0, 0), (255, 255, 255))
    blue_yellow = ((0, 0, 255), (255, 255, 0))
    a = checks(tmp_path / "a.png", *black_white)
    b = checks(tmp_path / "b.png", *blue_yellow)
    comparator.set_items([CompareItem(1, a, "#1"), CompareItem(2, b, "#2")], mode="survey")
    loaded(qtbot, comparator)
    pane = comparator.visible_panes()[0]
    comparator.set_loupe(True)
    centre = pane.rect().center()
    QTest.mouseMove(pane, centre)  # the loupe follows the cursor into this pane
    qtbot.waitUntil(pane.loupe_detail_covers, timeout=15000)
    assert crisp_around(pane, centre, black_white)

    comparator.set_mode("wipe")  # A left of the divider, B right: each loupe shows its own pixels
    wipe = comparator.wipe
    qtbot.waitUntil(wipe.has_image, timeout=15000)
    for x, colours in ((wipe.divider_x() - 120, black_white), (wipe.divider_x() + 120, blue_yellow)):
        spot = QPointF(x, wipe.height() / 2).toPoint()
        QTest.mouseMove(wipe, spot)
        qtbot.waitUntil(wipe.loupe_detail_covers, timeout=15000)
        assert crisp_around(wipe, spot, colours)


# -- the Difference mode and the conversation's before/after, at screen size ------------------------

BIG = 4096
PATCH = (3000, 1000, 6, 6)  # x, y, width, height of the one place where B differs from A
PATCH_DELTA = 3  # on the red channel: brightened ×50 (the largest gain) it shows as 150


@pytest.fixture(scope="module")
def textured(tmp_path_factory) -> dict[str, Path]:
    """Two 4096² illustrations with fine noise (JPEG previews of them are lossy everywhere):
    `a`, `same` (A's pixels in another file, so another SHA-256) and `patched` (A but for PATCH)."""
    import numpy as np
    from PIL.PngImagePlugin import PngInfo

    folder = tmp_path_factory.mktemp("textured")
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:BIG, 0:BIG].astype(np.float32) / BIG
    base = np.stack([200 * x + 20, 160 * y + 40, 120 * (1 - x) + 60], axis=2)
    pixels = np.clip(base + rng.normal(0, 8, (BIG, BIG, 3)), 0, 255).astype(np.uint8)
    paths = {"a": folder / "a.png", "same": folder / "same.png", "patched": folder / "patched.png"}
    Image.fromarray(pixels).save(paths["a"], compress_level=1)
    note = PngInfo()
    note.add_text("Comment", "the same pixels in another file")
    Image.fromarray(pixels).save(paths["same"], compress_level=1, pnginfo=note)
    px, py, pw, ph = PATCH
    pixels[py : py + ph, px : px + pw, 0] += PATCH_DELTA  # the noise keeps them below 253 there
    Image.fromarray(pixels).save(paths["patched"], compress_level=1)
    return paths


def big_item(path: Path, image_id: int, *, preview: bool) -> CompareItem:
    """A picture with its cached preview written as on save (or none, in a read-only project)."""
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    place = PreviewFile(path.parent / "previews" / f"{sha}.jpg", sha, writable=preview)
    if preview and not place.path.exists():
        write_cached_copies(path.read_bytes(), sha, None, place.path)
    return CompareItem(image_id, path, f"#{image_id}", preview=place)


def shown_pixels(canvas: ImageCanvas):
    """The canvas as painted without its caption, an (h, w, 3) array, cut to where the picture lies."""
    import numpy as np

    canvas.caption = ""  # the chip over the picture is not part of the difference

    shot = canvas.grab().toImage()
    shot = shot.convertToFormat(shot.Format.Format_RGB888)
    data = np.frombuffer(shot.constBits(), np.uint8).reshape(shot.height(), shot.bytesPerLine())
    array = data[:, : shot.width() * 3].reshape(shot.height(), shot.width(), 3)
    rect = canvas.image_rect().intersected(canvas.rect().toRectF())
    dpr = shot.devicePixelRatio()
    return array[
        round(rect.top() * dpr) + 1 : round(rect.bottom() * dpr) - 1,
        round(rect.left() * dpr) + 1 : round(rect.right() * dpr) - 1,
    ]


def test_the_difference_of_identical_originals_is_black_at_fit_though_their_previews_are_lossy(
    comparator, qtbot, textured
):
    # A is read from its JPEG preview elsewhere, B (a read-only project: no preview) from its original:
    # a difference of what the panes show would be the preview's JPEG error, brightened.
    a = big_item(textured["a"], 1, preview=True)
    b = big_item(textured["same"], 2, preview=False)
    assert a.preview.sha256 != b.preview.sha256
    comparator.set_items([a, b], mode="difference")
    view = comparator.difference
    qtbot.waitUntil(view.has_image, timeout=30000)
    assert view.image_size() == (BIG, BIG)  # geometry follows the originals
    assert max(view.image.width(), view.image.height()) <= screen_edge_for(comparator)  # not 4096²
    assert "identical pixels" in view.caption
    # The settled view (not a frame while it loads) is black all over.
    qtbot.waitUntil(
        lambda: shown_pixels(view).size > 100_000 and int(shown_pixels(view).max()) == 0, timeout=30000
    )


def test_a_small_patch_shows_exactly_at_100_percent(comparator, qtbot, textured):
    import numpy as np

    a, b = big_item(textured["a"], 1, preview=True), big_item(textured["patched"], 2, preview=True)
    comparator.set_items([a, b], mode="difference")
    view = comparator.difference
    qtbot.waitUntil(view.has_image, timeout=30000)
    assert max(view.image.width(), view.image.height()) <= screen_edge_for(comparator)
    assert f"largest difference {PATCH_DELTA}/255" in view.caption  # measured on the originals
    px, py, pw, ph = PATCH

    # That nothing is invented at fit is the identical-originals test's check (all black).

    # At 100 % the region on screen comes from the originals: |A − B| ×50, pixel for pixel.
    comparator.sync.set_zoom(1.0, ((px + pw / 2) / BIG, (py + ph / 2) / BIG))
    assert view.needs_detail()
    qtbot.waitUntil(view.detail_covers_view, timeout=30000)
    x0, y0, x1, y1 = view.detail_region
    assert x1 - x0 < 0.5 and y1 - y0 < 0.5  # a region, not the whole pictures
    dpr = view.devicePixelRatioF()

    def exact_at_100_percent() -> bool:
        """Inside the patch exactly |A − B| ×50; around it, black."""
        shot = view.grab().toImage()
        rect = view.image_rect()

        def at(sx: float, sy: float) -> tuple[int, int, int]:
            colour = shot.pixelColor(round((rect.x() + sx) * dpr), round((rect.y() + sy) * dpr))
            return colour.red(), colour.green(), colour.blue()

        inside = {
            at(x + 0.5, y + 0.5) for x in range(px + 1, px + pw - 1) for y in range(py + 1, py + ph - 1)
        }
        around = [at(px + dx, py + dy) for dx in (-6, -3, pw + 3, pw + 6) for dy in range(-6, ph + 6, 2)]
        return inside == {(PATCH_DELTA * 50, 0, 0)} and np.array(around).max() == 0

    qtbot.waitUntil(exact_at_100_percent, timeout=30000)


def test_before_after_reads_previews_at_fit_and_the_originals_when_zoomed(qtbot, tmp_path, textured):
    from cutie_app.ui.panes.conversation_widgets import BeforeAfter

    before, after = item(tmp_path, 1, BLUE, preview=RED), item(tmp_path, 2, YELLOW, preview=GREEN)
    dialog = BeforeAfter(
        before.path, after.path, ("before", "after"), previews=(before.preview, after.preview)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    views = (dialog.before_view, dialog.after_view)
    qtbot.waitUntil(lambda: all(v.has_image() for v in views), timeout=15000)
    for view, colour in zip(views, (RED, GREEN), strict=True):
        assert view.image_size() == SIZE
        assert max(view.image.width(), view.image.height()) <= screen_edge_for(dialog)
        assert near(centre(view), colour)  # the preview, not the original
    dialog.sync.set_zoom(1.0, (0.5, 0.5))
    for view, colour in zip(views, (BLUE, YELLOW), strict=True):
        qtbot.waitUntil(view.detail_covers_view, timeout=15000)
        assert near(centre(view), colour)  # the original's pixels where zoomed

    dialog.tabs.setCurrentWidget(dialog.wipe)
    qtbot.waitUntil(dialog.wipe.detail_covers_view, timeout=15000)
    y = dialog.wipe.height() / 2
    assert near(pixel(dialog.wipe, dialog.wipe.divider_x() - 30, y), BLUE)
    assert near(pixel(dialog.wipe, dialog.wipe.divider_x() + 30, y), YELLOW)
    dialog.sync.set_fit()
    assert max(dialog.wipe.image.width(), dialog.wipe.image_b.width()) <= screen_edge_for(dialog)
    assert near(pixel(dialog.wipe, dialog.wipe.divider_x() - 30, y), RED)
    dialog.close()


def test_before_after_difference_is_black_for_equal_originals_and_shows_a_patch_at_100_percent(
    qtbot, textured
):
    from cutie_app.ui.panes.conversation_widgets import BeforeAfter

    def opened(after: str) -> BeforeAfter:
        a, b = big_item(textured["a"], 1, preview=True), big_item(textured[after], 2, preview=False)
        dialog = BeforeAfter(a.path, b.path, ("before", "after"), previews=(a.preview, b.preview))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.difference)
        qtbot.waitUntil(dialog.difference.has_image, timeout=30000)
        return dialog

    same = opened("same")
    view = same.difference
    assert max(view.image.width(), view.image.height()) <= screen_edge_for(same)
    qtbot.waitUntil(lambda: int(shown_pixels(view).max()) == 0, timeout=30000)  # once settled
    same.close()

    patched = opened("patched")
    view = patched.difference
    px, py, pw, ph = PATCH
    patched.sync.set_zoom(1.0, ((px + pw / 2) / BIG, (py + ph / 2) / BIG))
    qtbot.waitUntil(view.detail_covers_view, timeout=30000)
    middle = view.from_normalised(((px + pw / 2) / BIG, (py + ph / 2) / BIG))
    assert pixel(view, middle.x(), middle.y()).red() == PATCH_DELTA * 50
    patched.close()
