"""The comparator as a user drives it: wheel, drag, keys and clicks on real widgets (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.comparators import loaded, shown_comparator
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cutie_app.core.model.generation import Recipe
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.ui.compare.comparator import Comparator, CompareItem, grid_shape
from cutie_app.ui.compare.image_view import ImageCanvas

NO_MODS = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def png(path: Path, color=(255, 140, 0), size=(200, 300), mark=True) -> Path:
    image = Image.new("RGB", size, color)
    if mark:  # something to line up on
        ImageDraw.Draw(image).ellipse(
            (size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2), fill=(0, 0, 0)
        )
    image.save(path)
    return path


def recipe(size: str = "1K", scene: str = "waving") -> dict:
    return Recipe(
        model="gemini-3-pro-image-preview",
        prompt=PromptParts((PromptSection("scene", "Scene", scene),)),
        aspect_ratio="3:4",
        image_size=size,
        seed_requested=None,
        seed_sent=None,
        references=(),
        scene=scene,
        prompt_text=f"Little Orange {scene}",
    ).to_dict()


def items(tmp_path: Path, count: int, *, anchor: bool = False, sizes=None) -> list[CompareItem]:
    out = []
    for i in range(count):
        size = sizes[i] if sizes else (200, 300)
        path = tmp_path / f"img{i}-{size[0]}x{size[1]}.png"
        if not path.exists():
            png(path, (40 * i % 256, 140, 200 - 20 * i), size)
        out.append(
            CompareItem(
                image_id=i + 1,
                path=path,
                title="Anchor" if anchor and i == 0 else f"#{i + 1}",
                recipe=recipe(scene=f"scene {i}"),
                is_anchor=anchor and i == 0,
            )
        )
    return out


@pytest.fixture
def comparator(qtbot) -> Iterator[Comparator]:
    with shown_comparator(qtbot) as widget:
        yield widget


def wheel(canvas: ImageCanvas, pos: QPointF, notches: int = 1, modifiers=NO_MODS) -> None:
    event = QWheelEvent(
        pos,
        QPointF(canvas.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    assert QApplication.sendEvent(canvas, event)


def drag(canvas: ImageCanvas, start: QPoint, end: QPoint, modifiers=NO_MODS) -> None:
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, modifiers, start)
    mid = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    QTest.mouseMove(canvas, mid)
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, modifiers, end)


def approx_pair(a, b, tol=1e-6) -> bool:
    return abs(a[0] - b[0]) < tol and abs(a[1] - b[1]) < tol


# -- layout and loading -------------------------------------------------------------------


def test_auto_mode_is_compare_for_two_and_survey_for_more(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 2))
    assert comparator.mode() == "compare"
    assert len(comparator.visible_panes()) == 2
    comparator.set_items(items(tmp_path, 6))
    assert comparator.mode() == "survey"
    assert len(comparator.visible_panes()) == 6
    loaded(qtbot, comparator)
    # Six portrait images in a wide area: one row of six would waste the space.
    rows = {p.y() for p in comparator.visible_panes()}
    assert len(rows) == 2


def test_grid_shape_uses_the_space():
    assert grid_shape(2, 1000, 500, 0.75) == (2, 1)
    assert grid_shape(2, 500, 1000, 1.5) == (1, 2)
    assert grid_shape(4, 1000, 1000, 1.0) == (2, 2)


def test_panes_say_loading_then_show_the_image_and_files_are_decoded_once(comparator, tmp_path, qtbot):
    shown = items(tmp_path, 3)
    comparator.set_items(shown)
    assert comparator.visible_panes()[0].message == "Loading…" or comparator.visible_panes()[0].has_image()
    loaded(qtbot, comparator)
    assert comparator.cache.decodes == 3
    comparator.set_items(list(reversed(shown)))
    loaded(qtbot, comparator)
    comparator.set_mode("compare")
    for _ in range(3):
        qtbot.keyClick(comparator, Qt.Key.Key_Right)
    loaded(qtbot, comparator)
    assert comparator.cache.decodes == 3


def test_corrupt_and_missing_files_show_an_inline_message(comparator, tmp_path, qtbot):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n this is not really an image")
    good = items(tmp_path, 1)[0]
    comparator.set_items(
        [
            good,
            CompareItem(2, bad, "#2"),
            CompareItem(3, tmp_path / "gone.png", "#3"),
        ]
    )
    broken, missing = comparator.pane_for(2), comparator.pane_for(3)
    qtbot.waitUntil(lambda: broken.message_is_error and missing.message_is_error)
    assert "broken.png" in broken.message and "damaged" in broken.message
    assert "gone.png" in missing.message and "missing" in missing.message
    assert "Traceback" not in broken.message
    qtbot.waitUntil(lambda: comparator.pane_for(1).has_image())


# -- zoom and pan ---------------------------------------------------------------------------


def test_wheel_on_one_pane_zooms_all_panes_about_the_cursor(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 3, sizes=[(200, 300), (400, 600), (200, 300)]))
    loaded(qtbot, comparator)
    panes = comparator.visible_panes()
    first = panes[0]
    cursor = QPointF(first.width() * 0.3, first.height() * 0.4)
    under_cursor = first.to_normalised(cursor)
    fitted = first.effective_zoom()
    wheel(first, cursor, notches=2)
    assert not comparator.sync.fit
    zooms = [p.effective_zoom() for p in panes]
    assert zooms[0] == pytest.approx(fitted * 1.25**2)
    assert all(z == pytest.approx(zooms[0]) for z in zooms)
    centres = [p.effective_centre() for p in panes]
    assert all(approx_pair(c, centres[0]) for c in centres)
    # The image point under the cursor stayed under the cursor.
    assert approx_pair(first.to_normalised(cursor), under_cursor)
    wheel(panes[1], QPointF(10, 10), notches=-1)
    assert all(p.effective_zoom() == pytest.approx(zooms[0] / 1.25) for p in panes)


def test_drag_pans_every_pane_together(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 3))
    loaded(qtbot, comparator)
    panes = comparator.visible_panes()
    qtbot.keyClick(comparator, Qt.Key.Key_Z)  # 100 %
    before = [p.effective_centre() for p in panes]
    drag(panes[1], QPoint(60, 60), QPoint(20, 30))
    after = [p.effective_centre() for p in panes]
    assert after[0][0] > before[0][0] and after[0][1] > before[0][1]  # dragged left/up: view moves right/down
    assert all(approx_pair(c, after[0]) for c in after)


def test_shift_wheel_and_shift_drag_move_one_pane_and_s_resyncs(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 3))
    loaded(qtbot, comparator)
    panes = comparator.visible_panes()
    wheel(panes[0], QPointF(40, 40))  # synced: everyone at the same zoom
    zoom = panes[0].effective_zoom()
    centre = panes[0].effective_centre()
    assert not comparator.resync_button.isEnabled()

    wheel(panes[1], QPointF(30, 50), notches=2, modifiers=SHIFT)
    assert panes[1].effective_zoom() == pytest.approx(zoom * 1.25**2)
    assert panes[0].effective_zoom() == pytest.approx(zoom)
    assert panes[2].effective_zoom() == pytest.approx(zoom)
    assert approx_pair(panes[0].effective_centre(), centre)

    drag(panes[2], QPoint(80, 80), QPoint(30, 40), modifiers=SHIFT)
    assert not approx_pair(panes[2].effective_centre(), centre)
    assert approx_pair(panes[0].effective_centre(), centre)
    assert comparator.resync_button.isEnabled()
    assert "unsynced" in panes[1].zoom_text()

    # A synced wheel afterwards keeps pane 1's offset relative to the others.
    wheel(panes[0], QPointF(40, 40))
    assert panes[1].effective_zoom() == pytest.approx(panes[0].effective_zoom() * 1.25**2)

    qtbot.keyClick(comparator, Qt.Key.Key_S)
    zooms = [p.effective_zoom() for p in panes]
    assert all(z == pytest.approx(zooms[0]) for z in zooms)
    assert all(approx_pair(p.effective_centre(), panes[0].effective_centre()) for p in panes)
    assert not comparator.resync_button.isEnabled()


def test_fit_and_100_percent_by_key_double_click_and_buttons(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 2, sizes=[(200, 300), (300, 200)]))
    loaded(qtbot, comparator)
    panes = comparator.visible_panes()
    assert comparator.sync.fit and comparator.fit_button.isChecked()
    qtbot.keyClick(comparator, Qt.Key.Key_Z)
    assert not comparator.sync.fit and comparator.actual_button.isChecked()
    dpr = panes[0].dpr()
    for pane in panes:
        assert pane.effective_zoom() == pytest.approx(1.0)
        assert pane.image_rect().width() * dpr == pytest.approx(pane.image.width())
    qtbot.keyClick(comparator, Qt.Key.Key_Z)
    assert comparator.sync.fit
    rect = panes[0].image_rect()
    assert rect.width() <= panes[0].width() + 0.5 and rect.height() <= panes[0].height() + 0.5
    QTest.mouseDClick(panes[0], Qt.MouseButton.LeftButton, NO_MODS, panes[0].rect().center())
    assert not comparator.sync.fit
    comparator.fit_button.click()
    assert comparator.sync.fit
    comparator.actual_button.click()
    assert panes[1].effective_zoom() == pytest.approx(1.0)


def test_loupe_shows_the_same_image_point_in_every_pane(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 3, sizes=[(600, 900), (1200, 1800), (600, 900)]))
    loaded(qtbot, comparator)
    panes = comparator.visible_panes()
    assert all(p.loupe_centre() is None for p in panes)
    spot = QPoint(panes[0].width() // 2, panes[0].height() // 2)
    QTest.mousePress(panes[0], Qt.MouseButton.MiddleButton, NO_MODS, spot)
    point = panes[0].to_normalised(QPointF(spot))
    for pane in panes:
        centre = pane.loupe_centre()
        assert centre is not None
        assert approx_pair(pane.to_normalised(centre), point)
    assert panes[0].loupe_zoom() == pytest.approx(1.0)  # fitted view: the loupe shows 100 %
    QTest.mouseRelease(panes[0], Qt.MouseButton.MiddleButton, NO_MODS, spot)
    assert all(p.loupe_centre() is None for p in panes)
    comparator.loupe_button.click()
    assert all(p.loupe_centre() is not None for p in panes)


# -- culling keys -----------------------------------------------------------------------------


def test_flag_and_rating_keys_emit_with_the_current_id_and_update_the_overlay(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 3))
    current = comparator.current_id()
    pane = comparator.pane_for(current)
    for key, flag in ((Qt.Key.Key_P, "pick"), (Qt.Key.Key_X, "reject"), (Qt.Key.Key_U, "none")):
        with qtbot.waitSignal(comparator.flag_changed) as blocker:
            qtbot.keyClick(comparator, key)
        assert blocker.args == [current, flag]
        assert pane.item.flag == flag
    assert "picked" not in pane.overlay_text()
    for stars in (5, 0, 3):
        with qtbot.waitSignal(comparator.rating_changed) as blocker:
            qtbot.keyClick(comparator, getattr(Qt.Key, f"Key_{stars}"))
        assert blocker.args == [current, stars]
    assert pane.item.rating == 3
    assert "3 of 5 stars" in pane.overlay_text()
    qtbot.keyClick(comparator, Qt.Key.Key_P)
    assert "picked" in pane.overlay_text()
    assert comparator.current_id() == current  # no auto-advance unless asked


def test_update_item_changes_what_the_pane_shows(comparator, tmp_path):
    comparator.set_items(items(tmp_path, 3))
    comparator.update_item(2, flag="reject", rating=4, badge="87 %")
    pane = comparator.pane_for(2)
    assert (pane.item.flag, pane.item.rating, pane.item.badge) == ("reject", 4, "87 %")
    assert "87 %" in pane.overlay_text()


def test_arrows_move_the_selection_in_survey(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 6))
    loaded(qtbot, comparator)
    assert comparator.current_id() == 2  # no anchor: the first image is A, the first candidate current
    with qtbot.waitSignal(comparator.current_changed) as blocker:
        qtbot.keyClick(comparator, Qt.Key.Key_Right)
    assert blocker.args == [3]
    assert comparator.pane_for(3).selected and not comparator.pane_for(2).selected
    qtbot.keyClick(comparator, Qt.Key.Key_Left)
    qtbot.keyClick(comparator, Qt.Key.Key_Left)
    assert comparator.current_id() == 1
    qtbot.keyClick(comparator, Qt.Key.Key_Down)
    assert comparator.current_id() == 1 + comparator.grid.columns


def test_survey_scrolls_when_there_are_more_images_than_panes(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 11, anchor=True), mode="survey")
    shown = [p.item.image_id for p in comparator.visible_panes()]
    assert len(shown) == 8 and shown[0] == 1
    for _ in range(9):
        qtbot.keyClick(comparator, Qt.Key.Key_Right)
    assert comparator.current_id() == 11
    shown = [p.item.image_id for p in comparator.visible_panes()]
    assert shown[0] == 1 and 11 in shown  # the anchor stays pinned


def test_arrows_step_the_candidate_beside_the_anchor_in_compare(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 4, anchor=True), mode="compare")
    assert [p.item.image_id for p in comparator.visible_panes()] == [1, 2]
    qtbot.keyClick(comparator, Qt.Key.Key_Right)
    assert [p.item.image_id for p in comparator.visible_panes()] == [1, 3]
    assert comparator.current_id() == 3
    qtbot.keyClick(comparator, Qt.Key.Key_Right)
    qtbot.keyClick(comparator, Qt.Key.Key_Right)  # stops at the last candidate
    assert comparator.pair_ids() == (1, 4)
    assert "3 of 3" in comparator.position_label.text()
    qtbot.keyClick(comparator, Qt.Key.Key_Left)
    assert comparator.pair_ids() == (1, 3)


def test_auto_advance_moves_to_the_next_candidate_after_a_decision(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 4, anchor=True), mode="compare")
    comparator.auto_advance.setChecked(True)
    with qtbot.waitSignal(comparator.flag_changed) as blocker:
        qtbot.keyClick(comparator, Qt.Key.Key_P)
    assert blocker.args == [2, "pick"]
    assert comparator.current_id() == 3
    assert comparator.pane_for(3) is not None
    qtbot.keyClick(comparator, Qt.Key.Key_4)
    assert comparator.item(3).rating == 4
    assert comparator.current_id() == 4
    comparator.set_mode("survey")
    qtbot.keyClick(comparator, Qt.Key.Key_Left)
    qtbot.keyClick(comparator, Qt.Key.Key_X)
    assert comparator.item(3).flag == "reject"
    assert comparator.current_id() == 4


def test_clicking_a_pane_selects_it_and_ctrl_click_diffs_two_recipes(comparator, tmp_path, qtbot):
    shown = items(tmp_path, 3)
    shown[2] = CompareItem(3, shown[2].path, "#3", recipe=recipe(size="2K", scene="scene 0"))
    comparator.set_items([shown[0], shown[1], shown[2]])
    loaded(qtbot, comparator)
    first = comparator.pane_for(1)
    with qtbot.waitSignal(comparator.current_changed) as blocker:
        QTest.mouseClick(first, Qt.MouseButton.LeftButton, NO_MODS, first.rect().center())
    assert blocker.args == [1]
    assert comparator.recipe.changes == []
    third = comparator.pane_for(3)
    QTest.mouseClick(
        third, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, third.rect().center()
    )
    assert comparator.current_id() == 1 and comparator.second_id() == 3
    assert third.secondary
    keys = [c.key for c in comparator.recipe.changes if not c.incidental]
    assert keys == ["config.image_size"]
    assert "Image size" in comparator.recipe.plain_text()


def test_compare_mode_always_shows_the_recipe_differences(comparator, tmp_path):
    a, b = items(tmp_path, 2, anchor=True)
    comparator.set_items([a, b])
    changed = {c.key for c in comparator.recipe.changes}
    assert {"scene", "prompt_text"} <= changed
    text = comparator.recipe.plain_text()
    assert "Scene" in text and "scene 0" in text and "scene 1" in text


def test_promote_back_and_escape(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 3, anchor=True))
    assert comparator.current_id() == 2
    with qtbot.waitSignal(comparator.promote_requested) as blocker:
        comparator.anchor_button.click()
    assert blocker.args == [2, "anchor"]
    with qtbot.waitSignal(comparator.promote_requested) as blocker:
        comparator.reference_button.click()
    assert blocker.args == [2, "reference"]
    qtbot.keyClick(comparator, Qt.Key.Key_Left)
    qtbot.keyClick(comparator, Qt.Key.Key_Left)
    assert comparator.current_id() == 1
    assert not comparator.anchor_button.isEnabled()  # already the anchor
    with qtbot.waitSignal(comparator.closed):
        qtbot.keyClick(comparator, Qt.Key.Key_Escape)
    with qtbot.waitSignal(comparator.closed):
        comparator.back_button.click()


# -- wipe and difference ------------------------------------------------------------------------


def pixel(canvas: ImageCanvas, x: int, y: int) -> QColor:
    image = canvas.grab().toImage()
    dpr = image.devicePixelRatio()
    return image.pixelColor(round(x * dpr), round(y * dpr))


def solid_pair(tmp_path: Path, second=(0, 0, 255)) -> list[CompareItem]:
    red = png(tmp_path / "red.png", (255, 0, 0), (300, 200), mark=False)
    other = png(tmp_path / "other.png", second, (300, 200), mark=False)
    return [CompareItem(1, red, "Red", is_anchor=True), CompareItem(2, other, "Other")]


def test_wipe_shows_a_left_and_b_right_of_the_divider(comparator, tmp_path, qtbot):
    comparator.set_items(solid_pair(tmp_path), mode="wipe")
    wipe = comparator.wipe
    qtbot.waitUntil(wipe.has_image)
    rect = wipe.image_rect()
    y = round(rect.center().y())
    x = round(wipe.divider_x())
    assert pixel(wipe, x - 25, y).name() == "#ff0000"
    assert pixel(wipe, x + 25, y).name() == "#0000ff"
    # Drag the divider to the left: the spot left of the old divider now shows B.
    drag(wipe, QPoint(x, y + 40), QPoint(x - 60, y + 40))
    assert wipe.divider_x() == pytest.approx(x - 60, abs=1)
    assert pixel(wipe, x - 25, y).name() == "#0000ff"
    assert pixel(wipe, x - 90, y).name() == "#ff0000"


def test_difference_of_identical_images_is_black(comparator, tmp_path, qtbot):
    comparator.set_items(solid_pair(tmp_path, second=(255, 0, 0)), mode="difference")
    view = comparator.difference
    qtbot.waitUntil(view.has_image)
    centre = view.image_rect().center()
    assert pixel(view, round(centre.x()), round(centre.y())).name() == "#000000"
    assert "identical" in view.caption


def test_difference_of_different_images_is_not_black(comparator, tmp_path, qtbot):
    comparator.set_items(solid_pair(tmp_path, second=(250, 0, 0)), mode="difference")
    view = comparator.difference
    qtbot.waitUntil(view.has_image)
    centre = view.image_rect().center()
    colour = pixel(view, round(centre.x()), round(centre.y()))
    assert colour.red() > 200  # a difference of 5/255 is stretched until it shows
    assert "5/255" in view.caption


def test_mode_buttons_and_keys_switch_views(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 4, anchor=True))
    assert comparator.mode() == "survey"
    qtbot.keyClick(comparator, Qt.Key.Key_Right)  # current: #3
    comparator.mode_buttons["wipe"].click()
    assert comparator.mode() == "wipe"
    assert comparator.pair_ids() == (1, 3)  # A is the anchor, B the image selected in survey
    assert comparator.stage.currentWidget() is comparator.wipe
    qtbot.keyClick(comparator, Qt.Key.Key_D)
    assert comparator.stage.currentWidget() is comparator.difference
    qtbot.keyClick(comparator, Qt.Key.Key_Right)
    assert comparator.pair_ids() == (1, 4)
    qtbot.keyClick(comparator, Qt.Key.Key_C)
    assert [p.item.image_id for p in comparator.visible_panes()] == [1, 4]
    comparator.set_items(items(tmp_path, 1))
    assert not comparator.mode_buttons["wipe"].isEnabled()


def test_interactive_widgets_are_named(comparator):
    from PySide6.QtWidgets import QAbstractButton

    for widget in comparator.findChildren(QAbstractButton):
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
    for pane in comparator.panes:
        assert pane.objectName() and pane.accessibleName()


def checker(path: Path, size=(3000, 2000)) -> Path:
    """Black and white 1-pixel checks: a shrunk copy turns them grey, the source pixels do not."""
    import numpy as np

    y, x = np.mgrid[0 : size[1], 0 : size[0]]
    grid = (((x + y) % 2) * 255).astype(np.uint8)
    Image.fromarray(np.stack([grid] * 3, axis=2), "RGB").save(path)
    return path


def test_a_large_image_is_shown_from_a_preview_and_zooming_brings_the_source_pixels(
    comparator, tmp_path, qtbot
):
    big = checker(tmp_path / "big.png")
    comparator.set_items([CompareItem(1, big, "#1"), CompareItem(2, png(tmp_path / "small.png"), "#2")])
    loaded(qtbot, comparator)
    pane = comparator.visible_panes()[0]
    assert max(pane.image.width(), pane.image.height()) <= 2048  # never the 3000 × 2000 source
    assert pane.image_size() == (3000, 2000)  # zoom and position are measured on the source
    assert not pane.needs_detail()  # fitted: the preview holds more than the pane shows

    comparator.sync.set_zoom(1.0, (0.5, 0.5))
    assert pane.needs_detail()
    qtbot.waitUntil(pane.detail_covers_view, timeout=15000)
    x0, y0, x1, y1 = pane.detail_region
    assert x0 <= 0.5 <= x1 and y0 <= 0.5 <= y1
    shot = pane.grab().toImage()
    centre = pane.rect().center()
    dpr = pane.dpr()
    colours = {
        shot.pixelColor(round((centre.x() + dx) * dpr), round(centre.y() * dpr)).lightness()
        for dx in range(6)
    }
    assert colours <= {0, 255} and len(colours) == 2, colours  # crisp checks, not a grey blur
    assert comparator.sources.nbytes() <= comparator.sources.max_bytes
    assert comparator.cache.nbytes() <= comparator.cache.max_bytes

    pane.pan_by(-400.0, 0.0)  # off the region held: a new detail follows
    qtbot.waitUntil(pane.detail_covers_view, timeout=15000)
    comparator.set_items([CompareItem(2, tmp_path / "small.png", "#2")])
    assert pane.detail.isNull() or pane.item.path != big  # a new picture drops the old detail


def test_edit_in_conversation_asks_for_the_selected_image(comparator, tmp_path, qtbot):
    comparator.set_items(items(tmp_path, 3, anchor=True))
    assert comparator.conversation_button.isEnabled()
    with qtbot.waitSignal(comparator.conversation_requested) as blocker:
        qtbot.mouseClick(comparator.conversation_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]
    qtbot.keyClick(comparator, Qt.Key.Key_Right)
    with qtbot.waitSignal(comparator.conversation_requested) as blocker:
        comparator.conversation_button.click()
    assert blocker.args == [3]
    comparator.set_items([])
    assert not comparator.conversation_button.isEnabled()


def test_difference_of_pictures_of_two_sizes_says_it_was_measured_at_screen_size(comparator, tmp_path, qtbot):
    red = png(tmp_path / "red.png", (255, 0, 0), (300, 200), mark=False)
    small = png(tmp_path / "small.png", (250, 0, 0), (150, 100), mark=False)
    comparator.set_items([CompareItem(1, red, "Red"), CompareItem(2, small, "Small")], mode="difference")
    view = comparator.difference
    qtbot.waitUntil(view.has_image)
    assert view.image_size() == (300, 200)  # B is laid over A's frame
    centre = view.image_rect().center()
    assert pixel(view, round(centre.x()), round(centre.y())).red() > 200
    assert "5/255" in view.caption and "measured at screen size" in view.caption
