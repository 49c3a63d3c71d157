"""The window makes what its first frame does not show when it is first needed, and nothing changes
for the user: the tabs are there from the start, keys and menus work before the panes exist, and the
shortcut sheet lists the same actions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.windows import make_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableWidget
from pytestqt.qtbot import QtBot

from cutie_app.demo.server import DemoServer
from cutie_app.ui.help import shortcuts_of
from cutie_app.ui.mainwindow import MainWindow

WAIT = 20_000
NOT_BILLED = "demo, not billed"


@pytest.fixture
def window(qtbot: QtBot, demo_server: DemoServer, tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, demo_server, tmp_path)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.open_project(tmp_path / "proj", create=True, name="Little Orange")
    yield win
    win.close()


def generate(qtbot: QtBot, win: MainWindow, count: int) -> list[int]:
    win.generate_panel.scene.setPlainText("waving")
    win.generate_panel.variants.setValue(count)
    win.generate()
    qtbot.waitUntil(lambda: len(win.gallery.records()) >= count, timeout=WAIT)
    return [r.id for r in win.gallery.records()]


def click_tab(qtbot: QtBot, win: MainWindow, label: str) -> None:
    tabs = win.results_tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == label)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def not_made(win: MainWindow) -> list[str]:
    parts = {
        "comparator": win.deferred_comparator,
        "spending": win.deferred_ledger,
        "conversations": win.deferred_conversations,
        "no project page": win.deferred_no_project,
    }
    return [name for name, part in parts.items() if part.made is None]


def test_what_the_first_frame_does_not_show_is_not_made(window: MainWindow) -> None:
    assert not_made(window) == ["comparator", "spending", "conversations", "no project page"]
    tabs = window.results_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Images", "Spending", "Conversations"]
    assert tabs.currentWidget() is window.gallery
    assert window.pages.count() == 1 and window.pages.currentWidget() is window.splitter


def test_the_spending_tab_is_made_when_clicked_and_lists_the_calls(qtbot: QtBot, window: MainWindow) -> None:
    generate(qtbot, window, 2)
    assert window.deferred_ledger.made is None
    click_tab(qtbot, window, "Spending")
    view = window.deferred_ledger.made
    assert view is not None and window.results_tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.findChild(QTableWidget, "ledgerCalls").rowCount() == 2, timeout=WAIT)
    assert NOT_BILLED in view.total.text()  # made in demo mode: it says so from the start


def test_the_conversations_tab_is_made_when_clicked_with_the_open_project(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.generate_panel.isVisible()
    click_tab(qtbot, window, "Conversations")
    pane = window.deferred_conversations.made
    assert pane is not None and window.results_tabs.currentWidget() is pane
    assert not window.generate_panel.isVisible()  # a thread needs the height
    qtbot.waitUntil(lambda: pane.model.attached, timeout=WAIT)  # made after the project opened
    click_tab(qtbot, window, "Images")
    assert window.generate_panel.isVisible()


def test_c_compares_before_the_comparator_exists_and_esc_goes_back(qtbot: QtBot, window: MainWindow) -> None:
    ids = generate(qtbot, window, 2)
    qtbot.keyClick(window.gallery.list, Qt.Key.Key_Escape)  # cancels nothing; makes nothing
    assert window.deferred_comparator.made is None
    window.gallery.select_ids(ids)
    window.gallery.list.setFocus()
    qtbot.keyClick(window.gallery.list, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: window.deferred_comparator.made is not None, timeout=WAIT)
    comparator = window.deferred_comparator.made
    qtbot.waitUntil(lambda: window.pages.currentWidget() is comparator, timeout=WAIT)
    assert sorted(item.image_id for item in comparator.items()) == sorted(ids)
    comparator.setFocus()
    shown = comparator.current_id()
    qtbot.keyClick(comparator, Qt.Key.Key_P)  # its signals reach the project like the gallery's
    qtbot.waitUntil(lambda: window.gallery.tile_state(shown).flag == "pick", timeout=WAIT)
    qtbot.keyClick(comparator, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.splitter


def test_the_shortcut_sheet_lists_the_same_actions_before_and_after_the_panes_are_made(
    window: MainWindow,
) -> None:
    before = shortcuts_of(window)
    in_menus = [
        action
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty() and any(isinstance(o, QMenu) for o in action.associatedObjects())
    ]
    names = {action.objectName() for action in in_menus}
    assert {"actionGenerate", "actionCancel", "actionAdjust", "actionExport", "actionLoupe"} <= names
    assert len(before) == len(in_menus)  # every action with keys in a menu is on the sheet
    window.comparator, window.ledger_view, window.conversations, window.no_project  # noqa: B018
    assert not_made(window) == []
    assert shortcuts_of(window) == before
