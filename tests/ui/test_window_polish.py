"""Smaller window defects a new illustrator hit: stale banners, New Project…'s folder, the empty
"No project open" page, and which gallery image is the anchor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.windows import make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.references import ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow

WAIT = 20_000


@pytest.fixture
def window(qtbot, demo_server: DemoServer, tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, demo_server, tmp_path)
    yield win
    win.close()


def open_project(qtbot, win: MainWindow, folder: Path, **kwargs) -> None:
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(folder, **kwargs)


def test_the_no_key_banner_goes_once_the_demo_is_chosen(qtbot, tmp_path):
    catalog = ModelCatalog.load(tmp_path / "learned.json")
    win = MainWindow(catalog, lambda: None, has_key=False, state_file=str(tmp_path / "w.ini"))  # type: ignore[arg-type,return-value]
    qtbot.addWidget(win)
    win.show()
    win.generate()
    assert win.banner.isVisible() and "No Gemini API key" in win.banner.label.text()
    win.demo = True  # what "Try the demo" does (ui/app.py)
    win.show_key_state(True)
    assert not win.banner.isVisible()
    win.close()


def test_a_banner_whose_cause_was_fixed_goes_and_others_stay(qtbot, window, tmp_path):
    window.generate()
    assert window.banner.isVisible() and "No project is open" in window.banner.label.text()
    open_project(qtbot, window, tmp_path / "proj", create=True)
    assert not window.banner.isVisible()  # a project is open now

    not_a_project = tmp_path / "holiday photos"
    not_a_project.mkdir()
    with qtbot.waitSignal(window.session.open_failed, timeout=WAIT):
        window.open_project(not_a_project)
    assert window.banner.isVisible()
    window.show_key_state(True)  # a key says nothing about that folder: the message stays
    assert window.banner.isVisible()
    open_project(qtbot, window, tmp_path / "proj")  # opening a project fixes it
    assert not window.banner.isVisible()


def test_new_project_proposes_a_folder_beside_the_open_one_never_inside(qtbot, window, tmp_path, monkeypatch):
    current = tmp_path / "Little Orange"
    open_project(qtbot, window, current, create=True)
    (tmp_path / "My character").mkdir()  # taken: the proposal picks another name
    asked: list[str] = []

    def dialog(_parent: object, _title: str, start: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""  # the user cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.projects.new_project()
    (start,) = asked
    proposal = Path(start)
    assert proposal.parent == current.parent and not proposal.is_relative_to(current)
    assert proposal.name == "My character 2"


def test_the_no_project_page_lists_recent_projects_and_opens_one(qtbot, window, tmp_path):
    first, second = tmp_path / "Little Orange", tmp_path / "Big Blue"
    open_project(qtbot, window, first, create=True)
    open_project(qtbot, window, second, create=True)
    with qtbot.waitSignal(window.session.closed, timeout=WAIT):
        window.close_project()
    page = window.no_project
    assert window.pages.currentWidget() is page and page.recent.isVisibleTo(window)
    shown = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert shown[0].startswith("Big Blue") and any(t.startswith("Little Orange") for t in shown)
    item = next(
        page.recent.item(i)
        for i in range(page.recent.count())
        if "Little Orange" in page.recent.item(i).text()
    )
    with qtbot.waitSignal(window.session.opened, timeout=WAIT):
        page.recent.itemActivated.emit(item)
    assert window.session.folder == first and window.pages.currentWidget() is window.splitter


def test_the_gallery_shows_which_image_is_the_anchor(qtbot, window, tmp_path):
    open_project(qtbot, window, tmp_path / "proj", create=True)
    window.editing.apply_spec(CharacterSpec(name="Little Orange", hair="orange pigtails"))
    window.generate_panel.variants.setValue(2)
    window.generate()
    qtbot.waitUntil(lambda: len(window.gallery.records()) == 2, timeout=WAIT)
    first, second = (r.id for r in window.gallery.records())
    assert not window.gallery.tile_state(first).anchor and not window.gallery.tile_state(second).anchor

    window.editing.promote(second, ReferenceRole.ANCHOR)
    qtbot.waitUntil(lambda: window.gallery.tile_state(second).anchor, timeout=WAIT)
    assert not window.gallery.tile_state(first).anchor
    row = window.gallery.tiles.row_of(second)
    assert "the anchor" in window.gallery.tiles.index(row).data(Qt.ItemDataRole.AccessibleTextRole)

    window.references.list.setCurrentRow(0)
    window.references.remove_selected()
    qtbot.waitUntil(lambda: not window.gallery.tile_state(second).anchor, timeout=WAIT)


@pytest.mark.parametrize("demo", [True, False])
def test_demo_spending_says_it_is_not_billed(qtbot, demo_server, tmp_path, demo):
    win = make_window(qtbot, demo_server, tmp_path, demo=demo)
    open_project(qtbot, win, tmp_path / "proj", create=True)
    win.editing.apply_spec(CharacterSpec(name="Little Orange"))
    win.generate_panel.variants.setValue(1)
    win.generate()
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 1, timeout=WAIT)
    assert "$0.13" in win.spend_label.text()
    assert ("demo, not billed" in win.spend_label.text()) is demo
    win.close()
