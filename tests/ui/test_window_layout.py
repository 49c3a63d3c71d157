"""The window's keyboard and geometry: one Ctrl+Enter binding, columns that never crush, sizes that fit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.drops import send_file_drop
from helpers.windows import make_window
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cutie_app.core.model.errors import ErrorKind, UserMessage
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow
from cutie_app.ui.window.layout import COLUMN_MIN

WAIT = 20_000
PROBE = Path(__file__).parents[1] / "helpers" / "window_on_screen.py"


@pytest.fixture
def window(qtbot, demo_server: DemoServer, tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, demo_server, tmp_path)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(tmp_path / "proj", create=True, name="Little Orange")
    yield win
    win.close()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_typed_in_the_scene_box_generates(qtbot, window, demo_server, key):
    window.editing.apply_spec(CharacterSpec(name="Little Orange", hair="orange pigtails"))
    window.generate_panel.variants.setValue(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    scene = window.generate_panel.scene
    scene.setFocus()
    qtbot.waitUntil(scene.hasFocus, timeout=WAIT)
    modifiers = Qt.KeyboardModifier.ControlModifier
    if key == Qt.Key.Key_Enter:
        modifiers |= Qt.KeyboardModifier.KeypadModifier
    QTest.keyClick(scene, key, modifiers)
    qtbot.waitUntil(lambda: window.gallery.tiles.session_count == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: demo_server.generate_count == 1, timeout=WAIT)
    assert scene.toPlainText() == ""  # the key went to the shortcut, not into the text


# -- columns and banners -----------------------------------------------------------------------------------


def over_budget(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Seven character references for a model that keeps five: the long red budget line."""
    files = []
    for i in range(7):
        path = tmp_path / f"a reference with a rather long file name {i}.png"
        Image.new("RGB", (60, 80), (i * 30, 90, 40)).save(path)
        files.append(path)
    assert send_file_drop(window.references.list, files)
    qtbot.waitUntil(lambda: window.references.list.count() == 7, timeout=WAIT)
    assert window.references.over_budget()


def test_at_the_minimum_size_a_long_budget_line_never_crushes_the_character(qtbot, window, tmp_path):
    window.resize(window.minimumSize())
    over_budget(qtbot, window, tmp_path)
    qtbot.wait(50)
    character, middle, _right = (window.splitter.widget(i) for i in range(3))
    assert character.width() >= COLUMN_MIN[0]
    assert window.spec_editor.width() >= COLUMN_MIN[0] - 20  # the editor itself, not only its box
    budget = window.references.budget
    assert budget.isVisible() and budget.width() <= middle.width()
    assert budget.wordWrap() and budget.height() > budget.fontMetrics().height()  # wrapped, not cut
    assert window.size() == window.minimumSize()


def test_a_banner_never_resizes_the_window_even_at_its_minimum_size(qtbot, window):
    window.resize(window.minimumSize())
    qtbot.wait(20)
    before = window.size()
    long = "The service said something rather long about this request. " * 12
    window.banner.show_message(UserMessage(ErrorKind.UNKNOWN, "A long title " * 6, long, long))
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT)
    qtbot.wait(50)
    assert window.size() == before
    assert window.banner.width() <= window.splitter.widget(2).width()


# -- sizes that fit the screen -----------------------------------------------------------------------------


def on_screen(width: int, height: int, state: Path, *resize: int) -> dict[str, list[int]]:
    args = [sys.executable, str(PROBE), str(width), str(height), str(state)]
    if resize:
        args += ["--resize", *map(str, resize)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(frame: list[int], area: list[int]) -> bool:
    return (
        frame[0] >= area[0]
        and frame[1] >= area[1]
        and frame[0] + frame[2] <= area[0] + area[2]
        and frame[1] + frame[3] <= area[1] + area[3]
    )


def test_the_first_start_fits_a_1366_by_768_screen(tmp_path):
    shown = on_screen(1366, 768, tmp_path / "window.ini")
    assert inside(shown["frame"], shown["area"]), shown
    assert shown["size"][1] < 800  # not the old fixed 1280 × 800, taller than the screen
    assert shown["columns"][0] >= COLUMN_MIN[0]


def test_a_layout_saved_on_a_big_screen_is_restored_to_fit_a_laptop(tmp_path):
    state = tmp_path / "window.ini"
    big = on_screen(2560, 1600, state, 2400, 1500)
    assert big["size"] == [2400, 1500]
    small = on_screen(1366, 768, state)
    assert inside(small["frame"], small["area"]), small
    assert small["columns"][0] >= COLUMN_MIN[0]


def test_generate_takes_the_height_of_the_tab_on_show_and_no_more(qtbot, window):
    """On first start One scene is not padded to the Series list's height; Series still gets its room."""
    panel = window.generate_panel
    single = panel.tabs.widget(0)
    button_bottom = panel.generate_button.mapTo(single, panel.generate_button.rect().bottomLeft()).y()
    assert single.height() - button_bottom < 40  # the gallery below gets the rest
    panel.tabs.setCurrentWidget(panel.series)
    qtbot.waitUntil(lambda: panel.series.height() >= panel.series.minimumSizeHint().height(), timeout=WAIT)
