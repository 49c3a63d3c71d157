"""The window's part of trust: nothing paid for is lost, no generating without a project to save
into, images another process added show up, and the status bar says where the key comes from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.builders import variant
from helpers.faults import unwritable
from helpers.windows import make_window
from PySide6.QtWidgets import QFileDialog, QWidget

from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.store import Project
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow
from cutie_app.ui.models.gallery_model import KIND_ROLE, TITLE_ROLE, TileKind
from cutie_app.ui.window.status import key_source

WAIT = 20_000


def open_project(qtbot, win: MainWindow, folder: Path, **kwargs) -> None:
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(folder, **kwargs)


@pytest.fixture
def window(qtbot, demo_server: DemoServer, tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, demo_server, tmp_path)
    yield win
    win.close()


def generate_one(qtbot, win: MainWindow) -> None:
    win.editing.apply_spec(CharacterSpec(name="Little Orange", hair="orange pigtails"))
    win.generate_panel.variants.setValue(1)
    win.generate()


def menu_texts(win: MainWindow, row: int) -> dict[str, object]:
    menu = win.gallery.menu_for(win.gallery.tiles.index(row))
    return {a.text(): a for a in menu.actions() if a.text()}


# -- a delivered image that could not be saved ---------------------------------------------------------


@pytest.mark.expected_log("cutie.store", "not saved")
def test_a_variant_not_saved_keeps_its_tile_and_bytes_and_can_be_saved_again(qtbot, window, tmp_path):
    folder = tmp_path / "proj"
    open_project(qtbot, window, folder, create=True, name="Little Orange")
    with unwritable(folder / "images"):
        generate_one(qtbot, window)
        qtbot.waitUntil(lambda: window.gallery.unsaved_tiles() != [], timeout=WAIT)
    gallery = window.gallery
    ((job_id, index),) = gallery.unsaved_tiles()
    tile = gallery.tiles.index(gallery.tiles.session_row((job_id, index)))
    assert tile.data(KIND_ROLE) is TileKind.NOT_SAVED
    assert str(tile.data(TITLE_ROLE)).startswith("Not saved: ")
    kept = gallery.session_variant(job_id, index)
    assert kept is not None and kept.images and kept.images[0].data[:4] == b"\x89PNG"
    assert gallery.records() == []  # nothing pretends to be in the project

    actions = menu_texts(window, tile.row())
    assert {"Save as…", "Try again"} <= set(actions)
    actions["Try again"].trigger()  # the folder is writable again
    qtbot.waitUntil(lambda: len(gallery.records()) == 1, timeout=WAIT)
    assert gallery.unsaved_tiles() == [] and gallery.tiles.session_count == 0
    assert (folder / "images").is_dir() and any((folder / "images").iterdir())


@pytest.mark.expected_log("cutie.store", "not saved")
def test_save_as_writes_a_not_saved_variant_into_a_folder_of_the_users_choice(
    qtbot, window, tmp_path, monkeypatch
):
    folder = tmp_path / "proj"
    open_project(qtbot, window, folder, create=True, name="Little Orange")
    with unwritable(folder / "images"):
        generate_one(qtbot, window)
        qtbot.waitUntil(lambda: window.gallery.unsaved_tiles() != [], timeout=WAIT)
    chosen = tmp_path / "rescue here"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(chosen))
    (key,) = window.gallery.unsaved_tiles()
    menu_texts(window, window.gallery.tiles.session_row(key))["Save as…"].trigger()
    qtbot.waitUntil(lambda: window.gallery.unsaved_tiles() == [], timeout=WAIT)
    saved = sorted(p.suffix for p in chosen.iterdir())
    assert saved == [".json", ".png"]
    assert "Saved into" in window.statusBar().currentMessage()


# -- no project, no generating --------------------------------------------------------------------------


def test_without_a_project_generate_is_disabled_with_a_reason_and_sends_nothing(
    qtbot, window, demo_server, tmp_path
):
    panel = window.generate_panel
    assert not panel.generate_button.isEnabled()
    assert panel.blocked_label.isVisibleTo(window) and "No project is open" in panel.blocked_label.text()
    generate_one(qtbot, window)  # Ctrl+Enter or the menu end up here too
    assert window.banner.isVisible() and "No project is open" in window.banner.label.text()
    assert demo_server.generate_count == 0 and window.gallery.tiles.session_count == 0

    open_project(qtbot, window, tmp_path / "proj", create=True)
    assert panel.generate_button.isEnabled() and not panel.blocked_label.isVisibleTo(window)


def test_after_a_failed_open_the_status_bar_says_so_and_generate_stays_off(qtbot, window, tmp_path):
    not_a_project = tmp_path / "holiday photos"
    not_a_project.mkdir()
    with qtbot.waitSignal(window.session.open_failed, timeout=WAIT):
        window.open_project(not_a_project)
    assert "Opening" not in window.statusBar().currentMessage()
    assert window.statusBar().currentMessage().startswith("Not opened")
    assert not window.generate_panel.generate_button.isEnabled()


# -- images another process added ---------------------------------------------------------------------


def test_images_another_cutie_adds_show_when_the_window_is_activated(qtbot, window, tmp_path):
    folder = tmp_path / "shared"
    with Project.create(folder, "Little Orange") as writer:  # another Cutie, holding the lock
        writer.add_variant(variant())
        open_project(qtbot, window, folder)
        qtbot.waitUntil(lambda: len(window.gallery.records()) == 1, timeout=WAIT)
        assert "read-only" in window.banner.label.text().lower()
        assert not window.generate_panel.generate_button.isEnabled()
        window.editing.apply_spec(CharacterSpec(name="Big Blue"))  # shown, not written over the writer
        window.editing.save_spec_now()
        window.editing.save_slots()
        with qtbot.assertNotEmitted(window.session.failed, wait=300):
            window.session.check_for_changes()
        assert writer.spec() is None

        writer.add_variant(variant(index=1, batch_id="b2", response_id="resp-2"))
        other = QWidget()
        qtbot.addWidget(other)
        other.show()
        other.activateWindow()
        qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=WAIT)
        assert len(window.gallery.records()) == 1  # nothing polls behind the user's back
        window.activateWindow()
        qtbot.waitUntil(lambda: len(window.gallery.records()) == 2, timeout=WAIT)


# -- where the key comes from -----------------------------------------------------------------------------


def test_the_status_bar_says_where_the_key_comes_from(qtbot, window, memory_keyring, monkeypatch):
    monkeypatch.delenv("GOOGLE_API_KEY", raising=False)
    monkeypatch.setenv("GEMINI_API_KEY", "AIza-from-the-environment")
    window.demo = False
    window.show_key_state(True, key_source())
    assert window.key_label.text() == "Key: from the environment (GEMINI_API_KEY)"
    memory_keyring.store[("cutie", "gemini-api-key")] = "AIza-in-the-keyring"
    window.show_key_state(True, key_source())
    assert window.key_label.text() == "Key: in keyring"
    monkeypatch.delenv("GEMINI_API_KEY")
    del memory_keyring.store[("cutie", "gemini-api-key")]
    assert key_source() is None
