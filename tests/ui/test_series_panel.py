"""The series panel as a real widget: editing the scene list, the preflight cost, running."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLineEdit

from cutie_app.ui.panes.series_panel import SeriesPanel, SeriesScene


def make_panel(qtbot, scenes=((1, "waving"), (2, "in the rain"), (3, "at the beach"))) -> SeriesPanel:
    panel = SeriesPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 420)
    panel.set_scenes(list(scenes))
    return panel


def show_active(qtbot, panel: SeriesPanel) -> None:
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)


def click_row(qtbot, panel: SeriesPanel, row: int) -> None:
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.list.selectedItems() == [panel.list.item(row)]


def test_set_scenes_loads_without_reporting_an_edit(qtbot):
    panel = SeriesPanel()
    qtbot.addWidget(panel)
    with qtbot.assertNotEmitted(panel.scenes_edited):
        panel.set_scenes([(4, "waving"), (None, "new one")])
    assert panel.scenes() == [(4, "waving"), (None, "new one")]


def test_add_by_typing_edit_and_remove_each_report_one_edit(qtbot):
    panel = make_panel(qtbot)
    show_active(qtbot, panel)
    click_row(qtbot, panel, 2)

    with qtbot.assertNotEmitted(panel.scenes_edited):  # an empty row is not a scene to save yet
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = panel.list.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(editor.hasFocus)  # open for typing
    assert panel.scenes() == [(1, "waving"), (2, "in the rain"), (3, "at the beach")]
    qtbot.keyClicks(editor, "reading under a tree")
    with qtbot.waitSignal(panel.scenes_edited):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert panel.scenes()[-1] == (None, "reading under a tree")

    with qtbot.waitSignal(panel.scenes_edited):
        panel.list.item(0).setText("waving hello")  # what the in-place editor commits
    click_row(qtbot, panel, 1)
    with qtbot.waitSignal(panel.scenes_edited):
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.scenes() == [(1, "waving hello"), (3, "at the beach"), (None, "reading under a tree")]
    click_row(qtbot, panel, 0)
    with qtbot.waitSignal(panel.scenes_edited):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.scenes() == [(3, "at the beach"), (None, "reading under a tree")]


def test_a_new_scene_left_empty_is_dropped(qtbot):
    panel = make_panel(qtbot)
    panel.show()
    qtbot.waitExposed(panel)
    panel.add_scene()
    editor = panel.list.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert [text for _, text in panel.scenes()] == ["waving", "in the rain", "at the beach"]


def test_reorder_with_alt_arrows_buttons_and_a_model_move(qtbot):
    panel = make_panel(qtbot)
    panel.show()
    qtbot.waitExposed(panel)
    click_row(qtbot, panel, 0)

    with qtbot.waitSignal(panel.scenes_edited):
        qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [i for i, _ in panel.scenes()] == [2, 1, 3]
    assert panel.list.currentRow() == 1  # the moved scene stays current, so it can move again
    with qtbot.waitSignal(panel.scenes_edited):
        qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [i for i, _ in panel.scenes()] == [2, 3, 1]
    with qtbot.assertNotEmitted(panel.scenes_edited):  # already last
        qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(panel.scenes_edited):
        qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert [i for i, _ in panel.scenes()] == [2, 1, 3]

    # A drag inside the list moves a row of the model; that alone must count as an edit.
    with qtbot.waitSignal(panel.scenes_edited):
        assert panel.list.model().moveRow(panel.list.rootIndex(), 2, panel.list.rootIndex(), 0)
    assert [i for i, _ in panel.scenes()] == [3, 2, 1]


def test_paste_many_lines_from_the_clipboard_or_ctrl_v(qtbot):
    panel = make_panel(qtbot, scenes=[])
    QGuiApplication.clipboard().setText("waving\n\n  in the rain  \r\nat the beach\n   \n")
    with qtbot.waitSignal(panel.scenes_edited) as blocker:
        qtbot.mouseClick(panel.paste_button, Qt.MouseButton.LeftButton)
    assert blocker.signal_triggered
    assert panel.scenes() == [(None, "waving"), (None, "in the rain"), (None, "at the beach")]

    many = "\n".join(f"scene {n}" for n in range(40))
    QGuiApplication.clipboard().setText(many)
    edits: list[int] = []
    panel.scenes_edited.connect(lambda: edits.append(1))
    qtbot.keyClick(panel.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.scenes()) == 43 and panel.scenes()[-1] == (None, "scene 39")
    assert edits == [1]  # one edit for the whole paste, not one per line


def test_preflight_numbers_and_unknown_price(qtbot):
    panel = make_panel(qtbot)
    panel.variants.setValue(4)
    assert panel.preflight.text() == "3 scenes × 4 variants × price unknown"
    panel.set_price(0.134)
    assert panel.preflight.text() == "3 scenes × 4 variants × $0.134 = $1.61"
    assert panel.preflight_total() == 3 * 4 * 0.134
    panel.variants.setValue(1)
    panel.set_scenes([(1, "waving")])
    assert panel.preflight.text() == "1 scene × 1 variant × $0.134 = $0.13"
    assert (panel.variants.minimum(), panel.variants.maximum()) == (1, 16)


def test_run_is_disabled_with_a_hint_when_there_is_nothing_to_run(qtbot):
    panel = make_panel(qtbot, scenes=[])
    assert not panel.run_button.isEnabled()
    assert "Add at least one scene" in panel.hint.text()
    panel.set_scenes([(1, "waving"), (2, "   ")])
    assert panel.run_button.isEnabled() and panel.hint.text() == "Scene 2 is empty; Run series skips it."
    assert panel.series_scenes() == [SeriesScene("waving")]
    panel.set_scenes([(1, ""), (2, "   ")])
    assert not panel.run_button.isEnabled() and "Add at least one scene" in panel.hint.text()
    panel.set_scenes([(1, "waving")])
    assert panel.run_button.isEnabled() and panel.hint.text() == ""
    with qtbot.waitSignal(panel.run_requested):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)


def test_running_shows_progress_and_spend_and_locks_the_list(qtbot):
    panel = make_panel(qtbot)
    panel.set_running(True)
    assert not panel.run_button.isEnabled() and panel.cancel_button.isEnabled()
    assert not panel.add_button.isEnabled() and not panel.variants.isEnabled()
    with qtbot.assertNotEmitted(panel.scenes_edited):
        panel.paste_lines("one more")
    panel.set_progress(12, 24, 1.608)
    assert panel.progress.text() == "12 / 24 images · $1.61 so far"
    assert (panel.progress_bar.value(), panel.progress_bar.maximum()) == (12, 24)
    with qtbot.waitSignal(panel.cancel_requested):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    panel.set_running(False)
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()
    assert panel.progress.isHidden()


def test_every_control_is_named_for_tests_and_screen_readers(qtbot):
    panel = make_panel(qtbot)
    for widget in (
        panel.list,
        panel.add_button,
        panel.remove_button,
        panel.up_button,
        panel.down_button,
        panel.paste_button,
        panel.variants,
        panel.run_button,
        panel.cancel_button,
    ):
        assert widget.objectName().startswith("series") and widget.accessibleName()


def test_screenshot_is_not_cramped(qtbot, tmp_path):
    panel = make_panel(qtbot)
    panel.set_price(0.134)
    panel.set_running(True)
    panel.set_progress(5, 12, 0.67)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    path = tmp_path / "series.png"
    assert panel.grab().save(str(path))
    assert not QImage(str(path)).isNull()
    for label in (panel.preflight, panel.progress):
        assert label.width() >= label.sizeHint().width()  # the whole text is visible


def test_empty_scenes_are_skipped_and_not_counted_in_the_cost(qtbot):
    panel = make_panel(qtbot, scenes=[(1, "waving"), (2, ""), (3, "at the beach"), (4, " ")])
    panel.set_price(0.1)
    panel.variants.setValue(2)
    assert panel.preflight.text() == "2 scenes × 2 variants × $0.100 = $0.40"
    assert panel.hint.text() == "Scenes 2, 4 are empty; Run series skips them."
    with qtbot.waitSignal(panel.run_requested):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)


def test_saving_while_typing_keeps_the_editor_the_scroll_and_the_current_row(qtbot):
    panel = make_panel(qtbot, scenes=[(n, f"scene {n}") for n in range(1, 41)])
    panel.resize(420, 300)
    show_active(qtbot, panel)
    click_row(qtbot, panel, 0)
    panel.list.scrollToBottom()
    click_row(qtbot, panel, 39)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = panel.list.findChild(QLineEdit)
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    assert panel.list.viewport().rect().contains(panel.list.visualItemRect(panel.list.item(40)))
    scroll = panel.list.verticalScrollBar().value()
    assert scroll > 0
    qtbot.keyClicks(editor, "a long walk")

    panel.list.item(3).setText("scene 4, edited")  # an earlier edit being saved ...
    saved = [(n, f"scene {n}") for n in range(1, 41)]
    saved[3] = (4, "scene 4, edited")
    panel.set_scenes(saved)  # ... and the project's answer arriving while the user types
    assert panel.list.findChild(QLineEdit) is editor and editor.hasFocus()
    assert editor.text() == "a long walk" and panel.list.currentRow() == 40
    assert panel.list.verticalScrollBar().value() == scroll
    with qtbot.waitSignal(panel.scenes_edited):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert panel.scenes()[-1] == (None, "a long walk")

    reordered = [(None, "first")] + [(n, f"scene {n}") for n in range(1, 41)]
    panel.set_scenes(reordered)  # a real change from elsewhere rebuilds, at the same place
    assert panel.list.verticalScrollBar().value() == scroll


def test_a_scene_chooses_one_of_the_characters_outfits(qtbot):
    panel = make_panel(qtbot)
    panel.set_outfits(["Everyday", "Raincoat", "Festival"])
    panel.show()
    qtbot.waitExposed(panel)
    assert [panel.outfit.itemText(i) for i in range(panel.outfit.count())] == [
        "Default (Everyday)",
        "Raincoat",
        "Festival",
    ]
    click_row(qtbot, panel, 1)  # "in the rain"
    panel.outfit.setFocus()
    qtbot.keyClick(panel.outfit, Qt.Key.Key_Down)  # a real key on the combo box
    assert panel.outfit.currentText() == "Raincoat"
    assert panel.scene_outfit(1) == "Raincoat"
    assert panel.series_scenes() == [
        SeriesScene("waving"),
        SeriesScene("in the rain", "Raincoat"),
        SeriesScene("at the beach"),
    ]
    click_row(qtbot, panel, 0)
    assert panel.outfit.currentText() == "Default (Everyday)"
    click_row(qtbot, panel, 1)
    assert panel.outfit.currentText() == "Raincoat"

    panel.set_scenes([(1, "waving"), (2, "in the rain"), (3, "at the beach")])  # the project's answer
    assert panel.scene_outfit(1) == "Raincoat"
    panel.set_scenes([(3, "at the beach"), (2, "in the rain")])  # reloaded in another order
    assert panel.scene_outfit(1) == "Raincoat" and panel.scene_outfit(0) is None
    panel.set_outfits(["Everyday", "Festival"])  # the spec lost the raincoat: the choice stays visible
    click_row(qtbot, panel, 1)
    assert panel.outfit.currentText() == "Raincoat (not in the spec)"
