"""Deferred widgets: made on first use, in their place, with what must connect to them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from cutie_app.ui.window.deferred import Deferred, DeferredTab


def click_tab(qtbot: QtBot, tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def tabs_with_a_deferred_pane(qtbot: QtBot) -> tuple[QTabWidget, DeferredTab[QLabel], list[str]]:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("images"), "Images")
    made: list[str] = []

    def make() -> QLabel:
        made.append("pane")
        return QLabel("the spending pane")

    deferred = DeferredTab(tabs, "Spending", make)
    tabs.addTab(QLabel("chats"), "Conversations")
    tabs.resize(400, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs, deferred, made


def test_the_tab_shows_its_label_but_the_pane_waits(qtbot: QtBot) -> None:
    tabs, deferred, made = tabs_with_a_deferred_pane(qtbot)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Images", "Spending", "Conversations"]
    assert deferred.made is None and made == []
    assert not deferred.is_current()


def test_choosing_the_tab_makes_the_pane_in_its_place_before_anyone_looks(qtbot: QtBot) -> None:
    tabs, deferred, made = tabs_with_a_deferred_pane(qtbot)
    seen: list[tuple[int, QWidget | None]] = []
    tabs.currentChanged.connect(lambda index: seen.append((index, tabs.currentWidget())))
    click_tab(qtbot, tabs, 1)
    pane = deferred.made
    assert made == ["pane"] and isinstance(pane, QLabel)
    assert tabs.currentWidget() is pane and tabs.indexOf(pane) == 1 and tabs.tabText(1) == "Spending"
    assert seen == [(1, pane)]  # one change, already showing the pane: no empty page in between
    assert deferred.is_current() and pane.isVisible()
    click_tab(qtbot, tabs, 0)
    click_tab(qtbot, tabs, 1)
    assert made == ["pane"] and tabs.currentWidget() is pane  # made once


def test_asking_for_the_pane_makes_it_without_changing_the_tab_shown(qtbot: QtBot) -> None:
    tabs, deferred, made = tabs_with_a_deferred_pane(qtbot)
    click_tab(qtbot, tabs, 2)
    changes: list[int] = []
    tabs.currentChanged.connect(changes.append)
    pane = deferred.get()
    assert deferred.get() is pane and made == ["pane"]
    assert tabs.indexOf(pane) == 1 and tabs.count() == 3
    assert tabs.currentIndex() == 2 and tabs.tabText(2) == "Conversations" and changes == []
    tabs.setCurrentWidget(pane)
    assert deferred.is_current() and changes == [1]


def test_hooks_run_once_the_widget_exists(qtbot: QtBot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)

    def make() -> QLabel:
        label = QLabel("comparator")
        stack.addWidget(label)
        return label

    deferred = Deferred(make)
    hooked: list[QLabel] = []
    deferred.when_made(hooked.append)
    assert deferred.made is None and hooked == [] and stack.count() == 0
    widget = deferred.get()
    assert hooked == [widget] and stack.indexOf(widget) == 0
    deferred.when_made(hooked.append)  # registered after: runs at once
    assert hooked == [widget, widget]
    deferred.get()
    assert hooked == [widget, widget] and stack.count() == 1
