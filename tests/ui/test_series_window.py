"""Series › Add inside the window: the project saves each edit while the user keeps typing."""

from __future__ import annotations

import pytest
from helpers.windows import make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from cutie_app.ui.mainwindow import MainWindow

WAIT = 20000


@pytest.fixture
def series_window(qtbot, demo_server, tmp_path):
    win = make_window(qtbot, demo_server, tmp_path)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(tmp_path / "proj", create=True, name="Test character")
    win.generate_panel.tabs.setCurrentWidget(win.generate_panel.series)
    yield win
    win.close()


def saved_texts(win: MainWindow) -> list[str]:
    return [text for _, text in win.generate_panel.series.scenes()]


def test_add_types_a_scene_with_spaces_while_the_project_saves(qtbot, series_window):
    win = series_window
    series = win.generate_panel.series
    series.paste_lines("\n".join(f"scene {n}" for n in range(30)))
    qtbot.waitUntil(lambda: all(i is not None for i, _ in series.scenes()), timeout=WAIT)

    qtbot.mouseClick(series.add_button, Qt.MouseButton.LeftButton)
    editor = series.list.findChild(QLineEdit)
    assert editor is not None and editor.isVisible() and editor.hasFocus()
    new_row = series.list.currentRow()
    qtbot.wait(300)  # the project answers any save in the meantime
    assert series.list.viewport().rect().intersects(series.list.visualItemRect(series.list.item(new_row)))
    assert editor.isVisible() and editor.hasFocus()
    for word in ("in", " ", "the", " ", "rain"):
        qtbot.keyClicks(QApplication.focusWidget(), word)
        qtbot.wait(50)
    assert QApplication.focusWidget() is editor and editor.text() == "in the rain"
    assert series.list.count() == 31  # spaces typed into the editor add no scenes
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits on the next event loop turn
    qtbot.waitUntil(
        lambda: "in the rain" in saved_texts(win) and all(i is not None for i, _ in series.scenes()),
        timeout=WAIT,
    )
    assert saved_texts(win)[new_row] == "in the rain" and len(saved_texts(win)) == 31
    assert series.run_button.isEnabled()
