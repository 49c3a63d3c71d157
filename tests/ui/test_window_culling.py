"""Culling from the gallery: thumbnail size, Show in folder, Copy image, Again and Vary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.drops import send_file_drop
from helpers.windows import make_window
from PIL import Image
from PySide6.QtGui import QDesktopServices, QGuiApplication

from cutie_app.core.model.spec import CharacterSpec
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow
from cutie_app.ui.widgets.tile_delegate import TILE, TILE_RANGE, grid_for

WAIT = 20_000


@pytest.fixture
def window(qtbot, demo_server: DemoServer, tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, demo_server, tmp_path)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(tmp_path / "proj", create=True, name="Little Orange")
    win.editing.apply_spec(CharacterSpec(name="Little Orange", hair="orange pigtails"))
    yield win
    win.close()


def generate(qtbot, win: MainWindow, count: int, scene: str = "waving") -> None:
    before = len(win.gallery.records())
    win.generate_panel.scene.setPlainText(scene)
    win.generate_panel.variants.setValue(count)
    win.generate()
    qtbot.waitUntil(lambda: len(win.gallery.records()) == before + count, timeout=WAIT)
    qtbot.waitUntil(win.generate_panel.generate_button.isEnabled, timeout=WAIT)


def action(win: MainWindow, image_id: int, text: str):
    menu = win.gallery.menu_for(win.gallery.tiles.index(win.gallery.tiles.row_of(image_id)))
    return next(a for a in menu.actions() if a.text().startswith(text))


def test_the_thumbnail_slider_changes_the_tile_size(qtbot, window):
    generate(qtbot, window, 1)
    gallery = window.gallery
    slider = gallery.size_slider
    assert slider.isVisibleTo(window) and (slider.minimum(), slider.maximum()) == TILE_RANGE
    assert slider.value() == TILE
    for size in (TILE_RANGE[0], TILE_RANGE[1]):
        slider.setValue(size)
        qtbot.wait(20)
        assert gallery.list.gridSize().height() == grid_for(size).height()
        cell = gallery.list.visualRect(gallery.tiles.index(0))
        assert cell.height() == grid_for(size).height()


def test_show_in_folder_opens_the_folder_holding_the_image(qtbot, window, tmp_path, monkeypatch):
    generate(qtbot, window, 1)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    (record,) = window.gallery.records()
    action(window, record.id, "Show in folder").trigger()
    qtbot.waitUntil(lambda: opened != [], timeout=WAIT)
    folder = Path(opened[0])
    assert folder.is_relative_to(tmp_path / "proj") and any(p.suffix == ".png" for p in folder.iterdir())


def test_copy_image_puts_the_files_own_bytes_on_the_clipboard(qtbot, window):
    generate(qtbot, window, 1)
    (record,) = window.gallery.records()
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    action(window, record.id, "Copy image").trigger()

    def copied() -> bool:
        data = clipboard.mimeData()
        return data is not None and data.hasFormat("image/png")

    qtbot.waitUntil(copied, timeout=WAIT)
    data = clipboard.mimeData()
    (url,) = data.urls()
    assert bytes(data.data("image/png")) == Path(url.toLocalFile()).read_bytes()


def test_vary_puts_the_images_recipe_in_the_generate_panel(qtbot, window):
    panel = window.generate_panel
    ratio = panel.ratio.findData("16:9")
    assert ratio >= 0
    panel.ratio.setCurrentIndex(ratio)
    generate(qtbot, window, 1, scene="waving in the rain")
    (record,) = window.gallery.records()
    panel.scene.setPlainText("something else")
    panel.ratio.setCurrentIndex(0)
    action(window, record.id, "Vary").trigger()
    assert panel.scene_text() == "waving in the rain" and panel.aspect_ratio() == "16:9"
    assert panel.model_info().id == record.model


def test_again_runs_the_recipe_for_new_variants(qtbot, window, demo_server):
    generate(qtbot, window, 1, scene="waving")
    (first,) = window.gallery.records()
    window.generate_panel.scene.setPlainText("something else entirely")
    window.generate_panel.variants.setValue(2)
    calls = demo_server.generate_count
    action(window, first.id, "Again").trigger()
    qtbot.waitUntil(lambda: len(window.gallery.records()) == 3, timeout=WAIT)
    assert demo_server.generate_count == calls + 2
    again = [r for r in window.gallery.records() if r.id != first.id]
    for record in again:
        assert record.recipe().prompt_text == first.recipe().prompt_text
        assert record.recipe().scene == "waving"


def test_again_refuses_when_a_reference_of_the_recipe_is_gone(qtbot, window, demo_server, tmp_path):
    picture = tmp_path / "pose.png"
    Image.new("RGB", (60, 80), (200, 120, 40)).save(picture)
    assert send_file_drop(window.references.list, [picture])
    qtbot.waitUntil(lambda: window.references.list.count() == 1, timeout=WAIT)
    generate(qtbot, window, 1)
    (record,) = window.gallery.records()
    assert len(record.recipe().references) == 1
    window.references.list.setCurrentRow(0)
    window.references.remove_selected()
    calls = demo_server.generate_count
    action(window, record.id, "Again").trigger()
    assert window.banner.isVisible() and "pose.png" in window.banner.label.text()
    assert demo_server.generate_count == calls
