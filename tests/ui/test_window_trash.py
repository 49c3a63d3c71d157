"""Delete in the gallery moves images to the system trash; Edit › Undo (Ctrl+Z) puts them back."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.windows import make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow

WAIT = 20_000


@pytest.fixture
def window(qtbot, demo_server: DemoServer, tmp_path: Path) -> Iterator[MainWindow]:
    Path(os.environ["XDG_DATA_HOME"]).mkdir(parents=True, exist_ok=True)  # a desktop has one
    win = make_window(qtbot, demo_server, tmp_path)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(tmp_path / "proj", create=True, name="Little Orange")
    win.editing.apply_spec(CharacterSpec(name="Little Orange", hair="orange pigtails"))
    win.generate_panel.scene.setPlainText("waving")
    win.generate_panel.variants.setValue(3)
    win.generate()
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 3, timeout=WAIT)
    qtbot.waitUntil(win.generate_panel.generate_button.isEnabled, timeout=WAIT)
    yield win
    win.close()


def system_trash() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "Trash" / "files"


def in_trash(data: bytes) -> list[Path]:
    """The files in the system trash holding these bytes."""
    folder = system_trash()
    return [p for p in folder.iterdir() if p.read_bytes() == data] if folder.is_dir() else []


def test_the_delete_key_moves_the_image_to_the_trash_and_ctrl_z_puts_it_back(qtbot, window) -> None:
    win = window
    target = win.gallery.records()[1]
    win.session.set_rating(target.id, 4)
    qtbot.waitUntil(lambda: win.gallery.record(target.id).rating == 4, timeout=WAIT)
    image_file = win.session.folder / "images" / target.file
    data = image_file.read_bytes()

    win.gallery.select_ids([target.id])
    win.gallery.list.setFocus()
    qtbot.keyClick(win.gallery.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: target.id not in {r.id for r in win.gallery.records()}, timeout=WAIT)
    assert not image_file.exists()
    assert in_trash(data) == [system_trash() / target.file]
    assert win.culling.deleting.confirmation is None  # one image, nothing depends on it: no question
    assert win.action_undo.isEnabled()

    win.gallery.list.setFocus()
    qtbot.keyClick(win.gallery.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: target.id in {r.id for r in win.gallery.records()}, timeout=WAIT)
    back = win.gallery.record(target.id)
    assert back.rating == 4 and back.file == target.file
    assert image_file.read_bytes() == data and in_trash(data) == []

    win.action_redo.trigger()  # Edit › Redo: out again, then back again
    qtbot.waitUntil(lambda: target.id not in {r.id for r in win.gallery.records()}, timeout=WAIT)
    assert len(in_trash(data)) == 1 and not image_file.exists()
    win.action_undo.trigger()
    qtbot.waitUntil(lambda: target.id in {r.id for r in win.gallery.records()}, timeout=WAIT)
    assert image_file.is_file()


def test_deleting_several_asks_first_and_undo_brings_all_back(qtbot, window) -> None:
    win = window
    ids = [r.id for r in win.gallery.records()[:2]]
    win.editing.promote(ids[0], ReferenceRole.ANCHOR)  # Set as anchor: the anchor's source
    qtbot.waitUntil(lambda: anchor_source(qtbot, win) == ids[0], timeout=WAIT)
    win.gallery.select_ids(ids)
    win.gallery.list.setFocus()
    qtbot.keyClick(win.gallery.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: win.culling.deleting.confirmation is not None, timeout=WAIT)
    box = win.culling.deleting.confirmation
    qtbot.waitUntil(box.isVisible, timeout=WAIT)
    assert "2 image" in box.text()
    assert "anchor" in box.informativeText()
    assert len(win.gallery.records()) == 3  # nothing moved before the answer
    move = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(move, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 1, timeout=WAIT)

    win.action_undo.trigger()  # Edit › Undo
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 3, timeout=WAIT)
    assert set(ids) <= {r.id for r in win.gallery.records()}


def test_cancelling_the_question_moves_nothing(qtbot, window) -> None:
    win = window
    ids = [r.id for r in win.gallery.records()]
    win.gallery.select_ids(ids)
    action = next(
        a
        for a in win.gallery.menu_for(win.gallery.tiles.index(0)).actions()
        if a.text().startswith("Move to Trash")
    )
    action.trigger()
    qtbot.waitUntil(lambda: win.culling.deleting.confirmation is not None, timeout=WAIT)
    box = win.culling.deleting.confirmation
    qtbot.waitUntil(box.isVisible, timeout=WAIT)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(300)
    assert {r.id for r in win.gallery.records()} == set(ids)
    assert not win.action_undo.isEnabled()


def anchor_source(qtbot, win: MainWindow) -> int | None:
    """The anchor slot's source image as the project has it saved (asked on the store worker)."""
    found: list[int | None] = []
    win.session.call(lambda project: a.source_image_id if (a := project.anchor()) else None, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    return found[0]
