"""The window's keyboard and geometry: one Ctrl+Enter binding, columns that never crush, sizes that fit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.windows import make_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cutie_app.core.model.spec import CharacterSpec
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow

WAIT = 20_000


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
