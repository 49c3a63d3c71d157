"""The adjustment pane with real widgets over a real project: previews off the UI thread, Apply,
paste and sync onto a selection, batches with Cancel, undo, looks; and its place in the window."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance
from PySide6.QtCore import Qt

from cutie_app.core.imaging.adjust import decode_image, render, render_preview
from cutie_app.core.model.adjustments import (
    AdjustmentStack,
    Brightness,
    Contrast,
    StepKind,
    Warmth,
)
from cutie_app.core.model.generation import GeneratedImage, Recipe, Variant, VariantStatus
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.core.services.adjust import ItemStatus, LookLibrary
from cutie_app.core.services.adjust_editor import AdjustEditor, EditSource, LookPlace
from cutie_app.core.services.adjust_project import ProjectAdjustStore
from cutie_app.core.store import Project
from cutie_app.ui.panes.adjust_pane import AdjustPane, StepChooser

WAIT = 30000


def picture(seed: int, size: tuple[int, int]) -> bytes:
    rng = np.random.default_rng(seed)
    h, w = size[1], size[0]
    y, x = np.mgrid[0:h, 0:w]
    base = np.stack([x * 255 // max(w, 1), y * 255 // max(h, 1), (x + y) * 127 // max(w + h, 1)], axis=-1)
    noise = rng.integers(-20, 21, (h, w, 3))
    pixels = np.clip(base + noise, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def add_images(project: Project, count: int, size: tuple[int, int] = (160, 120)) -> list[int]:
    recipe = Recipe(
        model="gemini-3-pro-image",
        prompt=PromptParts((PromptSection("scene", "Scene", "waving"),)),
        aspect_ratio="4:3",
        image_size="1K",
        seed_requested=None,
        seed_sent=None,
        references=(),
        prompt_text="waving",
    )
    ids = []
    for i in range(count):
        image = GeneratedImage(picture(i + 1, size), "image/png")
        (record,) = project.add_variant(Variant(i, VariantStatus.DELIVERED, recipe, images=(image,)))
        ids.append(record.id)
    return ids


class RecordingEditor(AdjustEditor):
    """The real service, noting which thread each preview was rendered on."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.preview_threads: list[threading.Thread] = []

    def preview(self, source: EditSource, stack: AdjustmentStack):
        self.preview_threads.append(threading.current_thread())
        return super().preview(source, stack)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "Little Orange") as opened:
        yield opened


@pytest.fixture
def editor(project: Project, tmp_path: Path) -> RecordingEditor:
    return RecordingEditor(ProjectAdjustStore(project), LookLibrary(tmp_path / "my-looks"))


@pytest.fixture
def pane(qtbot, editor: RecordingEditor) -> Iterator[AdjustPane]:
    widget = AdjustPane(editor)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    AdjustPane.clipboard = None
    yield widget
    widget.shutdown()


def open_and_wait(qtbot, pane: AdjustPane, ids: list[int]) -> None:
    with qtbot.waitSignal(pane.preview_shown, timeout=WAIT):
        pane.open_images(ids)
    qtbot.waitUntil(pane.preview_is_current, timeout=WAIT)


def settle(qtbot, pane: AdjustPane) -> None:
    qtbot.waitUntil(pane.preview_is_current, timeout=WAIT)


def shown_after(pane: AdjustPane) -> bytes:
    image = pane.canvas.image_b.convertToFormat(pane.canvas.image_b.Format.Format_RGBA8888)
    return bytes(image.constBits())[: image.width() * image.height() * 4]


def expected_preview(project: Project, image_id: int, stack: AdjustmentStack, side: int) -> bytes:
    data = project.image_path(project.image(image_id)).read_bytes()
    source = decode_image(data, max_side=side).image
    return render_preview(source, stack).image.convert("RGBA").tobytes()


# -- preview ----------------------------------------------------------------------------------------


def test_the_preview_renders_off_the_ui_thread_and_the_newest_request_wins(qtbot, pane, project, editor):
    (image_id,) = add_images(project, 1)
    open_and_wait(qtbot, pane, [image_id])
    pane.add_step(StepKind.BRIGHTNESS)
    settle(qtbot, pane)
    editor.preview_threads.clear()

    box = pane.step_editor.number
    for value in (0.9, 0.8, 0.7, 0.6, 0.5):  # five edits while the first render runs
        box.setValue(value)
    settle(qtbot, pane)

    assert pane.stack == AdjustmentStack((Brightness(0.5),))
    assert len(editor.preview_threads) == 2  # the first, then one for all the later edits
    assert all(t is not threading.main_thread() for t in editor.preview_threads)
    side = pane.preview_side()
    assert shown_after(pane) == expected_preview(project, image_id, pane.stack, side)
    assert pane.histogram.histogram is not None and pane.histogram.histogram.pixels == 160 * 120


def test_before_and_after_use_the_comparators_wipe(qtbot, pane, project):
    (image_id,) = add_images(project, 1)
    open_and_wait(qtbot, pane, [image_id])
    assert pane.canvas.split == 0.0  # after only
    qtbot.mouseClick(pane.compare_box, Qt.MouseButton.LeftButton)
    assert pane.canvas.split == 0.5
    before = pane.canvas.image.convertToFormat(pane.canvas.image.Format.Format_RGBA8888)
    data = project.image_path(project.image(image_id)).read_bytes()
    original = decode_image(data).image.convert("RGBA").tobytes()
    assert bytes(before.constBits())[: len(original)] == original


# -- apply --------------------------------------------------------------------------------------------


def test_apply_makes_a_child_version_whose_recipe_holds_the_stack(qtbot, pane, project):
    (image_id,) = add_images(project, 1, size=(900, 700))
    open_and_wait(qtbot, pane, [image_id])
    pane.add_step(StepKind.BRIGHTNESS)
    pane.step_editor.number.setValue(0.85)
    pane.add_step(StepKind.CONTRAST)
    pane.step_editor.number.setValue(1.2)
    settle(qtbot, pane)
    with qtbot.waitSignal(pane.applied, timeout=WAIT) as blocker:
        qtbot.mouseClick(pane.apply_button, Qt.MouseButton.LeftButton)
    (record,) = blocker.args[0]
    child = project.image(record.id)
    assert child.parent_image_id == image_id
    adjustments = child.recipe().adjustments
    assert adjustments.stack == AdjustmentStack((Brightness(0.85), Contrast(1.2)))
    assert adjustments.source_image_id == image_id
    assert (child.width, child.height) == (900, 700)  # full size, not the preview
    full = decode_image(project.image_path(project.image(image_id)).read_bytes()).image
    with Image.open(project.image_path(child)) as got:
        assert got.size == (900, 700)
        assert got.tobytes() == render(full, adjustments.stack).tobytes()
        assert got.tobytes() != ImageEnhance.Brightness(full).enhance(0.85).tobytes()
    assert pane.image_id == child.id  # later edits are saved as a version of the same original
    assert project.image_path(project.image(image_id)).is_file()  # the source stays


# -- copy, paste, sync, batches --------------------------------------------------------------------------


def test_paste_onto_the_selection_appends_or_replaces(qtbot, pane, project, editor):
    a, b, c = add_images(project, 3)
    earlier = editor.apply(b, AdjustmentStack((Warmth(0.3), Brightness(0.9))))
    b_version = earlier.image.id
    pane.batch_workers = 2  # the real process pool
    open_and_wait(qtbot, pane, [a, b_version, c])
    pane.add_step(StepKind.BRIGHTNESS)
    pane.step_editor.number.setValue(0.6)
    pane.add_step(StepKind.WARMTH)
    pane.step_editor.number.setValue(-0.5)
    settle(qtbot, pane)
    assert pane.copy_steps([0]) == AdjustmentStack((Brightness(0.6),))

    with qtbot.waitSignal(pane.batch_finished, timeout=WAIT) as blocker:
        pane.paste_onto_selection(pane.paste_mode_value())  # "Replace same kind"
    outcomes = blocker.args[0]
    assert [o.source_id for o in outcomes] == [b_version, c]
    assert all(o.status is ItemStatus.WRITTEN for o in outcomes)
    new_b, new_c = (project.image(o.image.id) for o in outcomes)
    assert new_b.parent_image_id == b  # a version of the original, not of the earlier version
    assert new_b.recipe().adjustments.stack == AdjustmentStack((Warmth(0.3), Brightness(0.6)))
    assert new_c.recipe().adjustments.stack == AdjustmentStack((Brightness(0.6),))
    with (
        Image.open(project.image_path(project.image(c))) as src,
        Image.open(project.image_path(new_c)) as got,
    ):
        assert got.tobytes() == ImageEnhance.Brightness(src).enhance(0.6).tobytes()

    pane.paste_mode.setCurrentIndex(pane.paste_mode.findData("append"))
    with qtbot.waitSignal(pane.batch_finished, timeout=WAIT) as blocker:
        qtbot.mouseClick(pane.paste_selection_button, Qt.MouseButton.LeftButton)
    appended = project.image(blocker.args[0][1].image.id)
    assert appended.recipe().adjustments.stack == AdjustmentStack((Brightness(0.6),))  # c's own was empty
    appended_b = project.image(blocker.args[0][0].image.id)
    assert appended_b.recipe().adjustments.stack == AdjustmentStack(
        (Warmth(0.3), Brightness(0.9), Brightness(0.6))
    )


def test_sync_to_selected_through_the_step_chooser(qtbot, pane, project):
    a, b = add_images(project, 2)
    pane.batch_workers = 1
    open_and_wait(qtbot, pane, [a, b])
    pane.add_step(StepKind.BRIGHTNESS)
    pane.step_editor.number.setValue(0.7)
    pane.add_step(StepKind.WARMTH)
    pane.step_editor.number.setValue(0.4)
    qtbot.mouseClick(pane.sync_button, Qt.MouseButton.LeftButton)
    chooser = pane.findChild(StepChooser, "adjustStepChooser")
    assert chooser is not None and len(chooser.boxes) == 2
    chooser.boxes[0].setChecked(False)  # only the warmth
    with qtbot.waitSignal(pane.batch_finished, timeout=WAIT) as blocker:
        chooser.accept()
    (outcome,) = blocker.args[0]
    assert project.image(outcome.image.id).recipe().adjustments.stack == AdjustmentStack((Warmth(0.4),))


def test_cancelling_a_batch_leaves_no_half_written_image(qtbot, pane, project):
    ids = add_images(project, 8, size=(1400, 1100))
    first, targets = ids[0], ids[1:]
    pane.batch_workers = 1  # one at a time, so the cancel lands between images
    open_and_wait(qtbot, pane, ids)
    pane.add_step(StepKind.BRIGHTNESS)
    pane.step_editor.number.setValue(0.8)
    pane.copy_steps()
    pane._batch_signals.progress.connect(
        lambda done, total: done >= 1 and pane.cancel_button.isEnabled() and pane.cancel_button.click()
    )
    with qtbot.waitSignal(pane.batch_finished, timeout=WAIT) as blocker:
        pane.paste_onto_selection(pane.paste_mode_value())
    outcomes = blocker.args[0]
    assert [o.source_id for o in outcomes] == targets
    written = [o for o in outcomes if o.status is ItemStatus.WRITTEN]
    assert 1 <= len(written) < len(targets)
    assert all(o.status is ItemStatus.CANCELLED for o in outcomes[len(written) :])
    assert len(project.images()) == len(ids) + len(written)
    report = project.check()
    assert not (report.orphan_files or report.missing_files or report.hash_mismatches)
    assert sorted(p.name for p in project.images_dir.iterdir() if p.name.startswith(".")) == []
    for outcome in written:
        child = project.image(outcome.image.id)
        with Image.open(project.image_path(project.image(outcome.source_id))) as src:
            expected = ImageEnhance.Brightness(src).enhance(0.8).tobytes()
        with Image.open(project.image_path(child)) as got:
            assert got.tobytes() == expected
    assert pane.progress.isHidden() and "cancelled" in pane.status.text()
    assert first not in [o.source_id for o in outcomes]


# -- undo, reorder, mute ----------------------------------------------------------------------------------


def test_undo_and_redo_with_the_keyboard_and_the_preview_follows(qtbot, pane, project):
    (image_id,) = add_images(project, 1)
    open_and_wait(qtbot, pane, [image_id])
    pane.add_step(StepKind.BRIGHTNESS)
    slider = pane.step_editor.slider
    slider.setSliderDown(True)  # one drag: many values, one undo step
    for value in (450, 400, 350, 300):
        slider.setValue(value)
    slider.setSliderDown(False)
    pane.add_step(StepKind.WARMTH)
    pane.step_editor.number.setValue(0.5)
    pane.steps.item(0).setCheckState(Qt.CheckState.Unchecked)  # mute brightness
    settle(qtbot, pane)
    dragged = Brightness(0.6, enabled=False)
    assert pane.stack == AdjustmentStack((dragged, Warmth(0.5)))

    pane.steps.setFocus()
    qtbot.keyClick(pane.steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # unmute
    qtbot.keyClick(pane.steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # warmth amount
    qtbot.keyClick(pane.steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # add warmth
    assert pane.stack == AdjustmentStack((Brightness(0.6),))
    qtbot.keyClick(pane.steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the whole drag
    assert pane.stack == AdjustmentStack((Brightness(1.0),))
    settle(qtbot, pane)
    assert shown_after(pane) == expected_preview(project, image_id, pane.stack, pane.preview_side())
    qtbot.keyClick(
        pane.steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert pane.stack == AdjustmentStack((Brightness(0.6),))
    assert pane.steps.count() == 1 and pane.steps.item(0).text().startswith("Brightness")

    pane.add_step(StepKind.CONTRAST)
    assert pane.steps.model().moveRow(
        pane.steps.model().index(0, 0).parent(), 1, pane.steps.model().index(0, 0).parent(), 0
    )
    assert [s.KIND for s in pane.stack] == [StepKind.CONTRAST, StepKind.BRIGHTNESS]
    pane.undo_stack.undo()
    assert [s.KIND for s in pane.stack] == [StepKind.BRIGHTNESS, StepKind.CONTRAST]


# -- looks --------------------------------------------------------------------------------------------------


def test_looks_in_the_project_and_for_the_user_with_an_amount(qtbot, pane, project, editor, tmp_path):
    (image_id,) = add_images(project, 1)
    open_and_wait(qtbot, pane, [image_id])
    pane.add_step(StepKind.BRIGHTNESS)
    pane.step_editor.number.setValue(0.6)
    with qtbot.waitSignal(pane.look_combo.model().rowsInserted, timeout=WAIT):
        pane.save_look("Dusk", LookPlace.PROJECT)
    pane.reset_all()
    pane.add_step(StepKind.WARMTH)
    pane.step_editor.number.setValue(0.8)
    pane.save_look("Autumn", LookPlace.USER)
    qtbot.waitUntil(lambda: pane.look_combo.count() == 2, timeout=WAIT)
    assert [pane.look_combo.itemText(i) for i in range(2)] == ["Dusk  (project)", "Autumn  (yours)"]
    assert (project.folder / "looks" / "Dusk.look.json").is_file()
    assert (tmp_path / "my-looks" / "Autumn.look.json").is_file()

    pane.look_combo.setCurrentIndex(0)
    pane.look_amount.setValue(50)
    qtbot.mouseClick(pane.use_look_button, Qt.MouseButton.LeftButton)
    assert pane.stack == AdjustmentStack((Brightness(0.8),))  # halfway from 1.0 to 0.6
    pane.undo_stack.undo()
    assert pane.stack == AdjustmentStack((Warmth(0.8),))


def test_an_unreadable_image_says_so_in_the_pane(qtbot, pane, project):
    (image_id,) = add_images(project, 1)
    project.image_path(project.image(image_id)).write_bytes(b"not a picture")
    pane.open_images([image_id])
    qtbot.waitUntil(lambda: "is not an image Cutie can read" in pane.status.text(), timeout=WAIT)
    assert not pane.apply_button.isEnabled()


# -- in the window -------------------------------------------------------------------------------------------


def test_adjust_from_the_image_menu_and_the_gallery_menu_saves_a_version_into_the_gallery(
    qtbot, demo_server, tmp_path
):
    from helpers.windows import make_window

    folder = tmp_path / "proj"
    with Project.create(folder) as made:
        first, second = add_images(made, 2)
    win = make_window(qtbot, demo_server, tmp_path)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(folder)
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 2, timeout=WAIT)
    image_menu = next(
        a.menu() for a in win.menuBar().actions() if a.menu() and a.menu().objectName() == "menuImage"
    )
    action = win.findChild(type(image_menu.actions()[0]), "actionAdjust")
    assert action in image_menu.actions() and action in win.gallery.menu_actions
    assert not action.isEnabled()  # nothing selected yet

    win.gallery.select_ids([first, second])
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: win.adjust.dialog is not None and win.adjust.dialog.isVisible(), timeout=WAIT)
    pane = win.adjust.dialog.pane
    qtbot.waitUntil(pane.preview_is_current, timeout=WAIT)
    assert pane.image_id in (first, second) and sorted(pane.selection) == [first, second]
    pane.add_step(StepKind.BRIGHTNESS)
    pane.step_editor.number.setValue(0.5)
    with qtbot.waitSignal(pane.applied, timeout=WAIT) as blocker:
        pane.apply()
    (record,) = blocker.args[0]
    qtbot.waitUntil(lambda: record.id in [r.id for r in win.gallery.records()], timeout=WAIT)
    assert record.parent_image_id == pane.selection[0]
    win.close()
    assert win.adjust.dialog is None  # the pane's workers stopped with the window


def test_repeat_an_approved_version_with_the_model_then_compare_it_with_the_exact_one(
    qtbot, demo_server, tmp_path
):
    from helpers.windows import make_window
    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "proj"
    with Project.create(folder) as made:
        first, second = add_images(made, 2)
    win = make_window(qtbot, demo_server, tmp_path)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(folder)
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 2, timeout=WAIT)
    win.adjust.open([first, second])
    qtbot.waitUntil(lambda: win.adjust.dialog is not None, timeout=WAIT)
    pane = win.adjust.dialog.pane
    qtbot.waitUntil(pane.preview_is_current, timeout=WAIT)
    assert not pane.effect_button.isEnabled()  # an original shows no change to repeat
    pane.add_step(StepKind.BRIGHTNESS)
    pane.step_editor.number.setValue(0.85)
    with qtbot.waitSignal(pane.applied, timeout=WAIT) as blocker:
        pane.apply()
    (approved,) = blocker.args[0]
    assert pane.effect_button.isEnabled()
    pane.effect_variants.setValue(2)

    qtbot.mouseClick(pane.effect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: win.adjust.confirm_box is not None and win.adjust.confirm_box.isVisible(), timeout=WAIT
    )
    box = win.adjust.confirm_box
    assert "Send 2 request(s)" in box.text()
    assert "Brightness about 85 % of the original" in box.informativeText()
    assert "repeat it exactly" in box.informativeText()
    assert win.status.project_spend == 0.0  # the originals were never billed
    box.button(QMessageBox.StandardButton.Yes).click()

    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.comparator, timeout=WAIT)
    assert "2 variant(s) made" in pane.status.text() and "1 exact local version(s)" in pane.status.text()
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 2 + 1 + 2 + 1, timeout=WAIT)
    made_ids = {r.id for r in win.gallery.records()} - {first, second, approved.id}
    records = {r.id: r for r in win.gallery.records()}
    variants = [records[i] for i in made_ids if records[i].parent_image_id is None]
    exact = [records[i] for i in made_ids if records[i].parent_image_id == second]
    assert len(variants) == 2 and len(exact) == 1
    for record in variants:
        recipe = record.recipe()
        assert recipe.scene == "Approved effect"
        assert [r.sha256 for r in recipe.references] == [
            records[first].sha256,
            approved.sha256,
            records[second].sha256,
        ]
    assert exact[0].recipe().adjustments.stack == AdjustmentStack((Brightness(0.85),))

    # The two calls count in the status bar's spend as Generate's do, and match the ledger.
    billed = sum(record.recipe().cost_usd for record in variants)
    assert billed > 0
    qtbot.waitUntil(lambda: win.status.session_spend == pytest.approx(billed), timeout=WAIT)
    assert win.status.project_spend == pytest.approx(billed)
    assert f"${billed:.2f}" in win.spend_label.text() and "demo, not billed" in win.spend_label.text()
    win.close()
    with Project.open(folder, read_only=True) as project:
        assert project.spend_usd() == pytest.approx(billed)
