"""Stacks in the window over the demo server: Stack by and a chosen top survive a restart, Delete on
a closed stack takes only its top (Undo puts it back on top), and C on a closed stack compares
all its members."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.windows import make_window
from PySide6.QtCore import Qt

from cutie_app.core.model.spec import CharacterSpec
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow
from cutie_app.ui.models.gallery_model import STACK_ROLE
from cutie_app.ui.widgets.tile_delegate import TILE, grid_for

WAIT = 20_000


def open_window(qtbot, demo_server: DemoServer, tmp_path: Path) -> MainWindow:
    win = make_window(qtbot, demo_server, tmp_path)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(tmp_path / "proj", create=True, name="Little Orange")
    return win


@pytest.fixture
def window(qtbot, demo_server: DemoServer, tmp_path: Path) -> Iterator[MainWindow]:
    """A project with one batch of three (the middle one rated 4) and one of two."""
    Path(os.environ["XDG_DATA_HOME"]).mkdir(parents=True, exist_ok=True)  # a desktop has a trash
    win = open_window(qtbot, demo_server, tmp_path)
    win.editing.apply_spec(CharacterSpec(name="Little Orange", hair="orange pigtails"))
    for count in (3, 2):
        before = len(win.gallery.records())
        win.generate_panel.scene.setPlainText(f"{count} in a batch")
        win.generate_panel.variants.setValue(count)
        win.generate()
        qtbot.waitUntil(lambda: len(win.gallery.records()) == before + count, timeout=WAIT)  # noqa: B023
        qtbot.waitUntil(win.generate_panel.generate_button.isEnabled, timeout=WAIT)
    first = sorted(r.id for r in win.gallery.records())[:3]
    win.session.set_rating(first[1], 4)
    qtbot.waitUntil(lambda: win.gallery.record(first[1]).rating == 4, timeout=WAIT)
    yield win
    win.close()


def batch_of_three(win: MainWindow) -> list[int]:
    """The ids of the first batch, oldest first."""
    return sorted(r.id for r in win.gallery.records() or ())[:3]


def stack_by_batch(qtbot, win: MainWindow) -> None:
    gallery = win.gallery
    gallery.stack.setFocus()
    qtbot.keyClick(gallery.stack, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: gallery.tiles.stacked and gallery.tiles.rowCount() == 2, timeout=WAIT)


def tops(win: MainWindow) -> dict[int, int]:
    """Each tile's image id -> its stack's count (1: not in a stack)."""
    tiles = win.gallery.tiles
    return {
        tiles.record_at(row).id: stack.count if (stack := tiles.index(row).data(STACK_ROLE)) else 1
        for row in range(tiles.rowCount())
    }


def test_stack_by_and_a_chosen_top_survive_a_restart(qtbot, window, demo_server, tmp_path) -> None:
    win = window
    ids = sorted(r.id for r in win.gallery.records())[:3]
    stack_by_batch(qtbot, win)
    assert tops(win)[ids[1]] == 3  # the four-star image tops its batch

    gallery = win.gallery
    gallery.list.setFocus()
    gallery.select_ids([ids[1]])
    gallery.list.setCurrentIndex(gallery.tiles.index(gallery.tiles.row_of(ids[1])))
    qtbot.keyClick(gallery.list, Qt.Key.Key_S)
    assert {ids[0], ids[2]} <= {r.id for r in gallery.records()}
    menu = gallery.menu_for(gallery.tiles.index(gallery.tiles.row_of(ids[0])))
    next(a for a in menu.actions() if a.text() == "Set as top of stack").trigger()
    qtbot.waitUntil(lambda: gallery.tiles.stack_of(ids[0]).top.id == ids[0], timeout=WAIT)
    assert gallery.tiles.stack_of(ids[0]).chosen
    gallery.size_slider.setFocus()
    qtbot.keyClick(gallery.size_slider, Qt.Key.Key_PageDown)  # the other gallery settings go along
    gallery.sort.setCurrentIndex(gallery.sort.findData("rating"))
    size = gallery.size_slider.value()
    assert size != TILE
    win.close()

    again = open_window(qtbot, demo_server, tmp_path)
    try:
        qtbot.waitUntil(lambda: again.gallery.tiles.rowCount() == 2, timeout=WAIT)
        assert again.gallery.stack.currentText() == "Stack by batch"
        assert tops(again)[ids[0]] == 3  # still the chosen one, not the best
        assert again.gallery.sort.currentData() == "rating" and again.gallery.size_slider.value() == size
        assert again.gallery.list.gridSize().height() == grid_for(size).height()

        with qtbot.waitSignal(again.session.opened, timeout=WAIT):  # another project: its own view
            again.open_project(tmp_path / "other", create=True, name="Other")
        assert again.gallery.stack.currentText() == "No stacks" and again.gallery.size_slider.value() == TILE
        assert again.gallery.sort.currentData() == "time"
    finally:
        again.close()


def test_delete_on_a_closed_stack_moves_its_top_only_and_undo_puts_it_back_on_top(qtbot, window) -> None:
    win = window
    ids = batch_of_three(win)
    stack_by_batch(qtbot, win)
    gallery = win.gallery
    gallery.select_ids([ids[1]])
    gallery.list.setFocus()
    qtbot.keyClick(gallery.list, Qt.Key.Key_Delete)
    # Only the image the tile shows goes (no question for one image); the newest of the two
    # left takes its place, and the stack counts two.
    qtbot.waitUntil(lambda: ids[2] in tops(win), timeout=WAIT)
    assert tops(win)[ids[2]] == 2 and win.culling.deleting.confirmation is None
    assert ids[1] not in {r.id for r in gallery.records()}

    win.gallery.list.setFocus()
    qtbot.keyClick(gallery.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tops(win).get(ids[1]) == 3, timeout=WAIT)


def test_c_on_a_closed_stack_compares_all_its_members(qtbot, window) -> None:
    win = window
    ids = batch_of_three(win)
    stack_by_batch(qtbot, win)
    gallery = win.gallery
    gallery.select_ids([ids[1]])
    gallery.list.setFocus()
    qtbot.keyClick(gallery.list, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.comparator, timeout=WAIT)
    assert [item.image_id for item in win.comparator.items()] == [ids[1], ids[2], ids[0]]  # the best first
    assert win.comparator.mode() == "survey"


def test_changing_only_stack_by_groups_the_listed_images_again_without_reading_them_again(
    qtbot, window, monkeypatch
) -> None:
    win = window
    listings: list[object] = []
    list_images = win.session.list_images

    def counted(serial, query):
        listings.append(query)
        list_images(serial, query)

    monkeypatch.setattr(win.session, "list_images", counted)
    stack_by_batch(qtbot, win)  # the images generated since the last listing: listed again, once
    assert sorted(tops(win).values()) == [2, 3] and len(listings) == 1
    qtbot.keyClick(win.gallery.stack, Qt.Key.Key_Down)  # Stack by scene: one scene per batch here
    qtbot.waitUntil(lambda: win.gallery.stack_mode().value == "scene" and len(tops(win)) == 2, timeout=WAIT)
    qtbot.keyClick(win.gallery.stack, Qt.Key.Key_Up)  # and back to batch
    qtbot.waitUntil(lambda: win.gallery.stack_mode().value == "batch" and len(tops(win)) == 2, timeout=WAIT)
    assert sorted(tops(win).values()) == [2, 3] and len(listings) == 1  # grouped again, not read again

    win.gallery.rating.setCurrentIndex(4)  # four stars or more: a new listing from the store
    qtbot.waitUntil(lambda: len(win.gallery.records()) == 1, timeout=WAIT)
    assert len(listings) == 2 and listings[-1].min_rating == 4
    win.gallery.rating.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(tops(win)) == 2, timeout=WAIT)

    win.generate_panel.scene.setPlainText("new while stacked")
    win.generate_panel.variants.setValue(2)
    win.generate()
    qtbot.waitUntil(lambda: win.gallery.tiles.listed_count == 7, timeout=WAIT)
    qtbot.waitUntil(win.generate_panel.generate_button.isEnabled, timeout=WAIT)
    before = len(listings)
    win.gallery.stack.setFocus()
    qtbot.keyClick(win.gallery.stack, Qt.Key.Key_Home)  # No stacks: images were added, so it lists
    qtbot.waitUntil(lambda: not win.gallery.tiles.stacked and len(win.gallery.records()) == 7, timeout=WAIT)
    assert len(listings) == before + 1
