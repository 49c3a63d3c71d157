"""The menu bar: one function per menu, each returning its `QMenu`, so a new pane adds one line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cutie_app.ui.help import show_about

if TYPE_CHECKING:
    from cutie_app.ui.mainwindow import MainWindow

STD = QKeySequence.StandardKey


def add_action(
    menu: QMenu, text: str, slot: Callable[..., Any], shortcut: Any = None, name: str = ""
) -> QAction:
    """A menu entry owned by the menu's window, with an optional shortcut and object name."""
    action = QAction(text, menu.parent() or menu)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    if name:
        action.setObjectName(name)
    menu.addAction(action)
    return action


@dataclass
class Menus:
    """The menus and the actions other parts of the window enable, disable or test."""

    file: QMenu
    edit: QMenu
    generate: QMenu
    view: QMenu
    help: QMenu
    recent: QMenu
    undo: QAction
    redo: QAction
    close: QAction
    project_actions: tuple[QAction, ...]  # enabled only while a project is open

    def set_project_actions(self, enabled: bool) -> None:
        for action in self.project_actions:
            action.setEnabled(enabled)


def build_menus(win: MainWindow) -> Menus:
    bar = win.menuBar()
    file_menu, recent, project_actions = _file_menu(
        win, bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    )
    edit = _edit_menu(win, bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit")))
    undo, redo = edit.actions()[:2]
    menus = Menus(
        file=file_menu,
        edit=edit,
        generate=_generate_menu(win, bar.addMenu(QCoreApplication.translate("MainWindow", "&Generate"))),
        view=_view_menu(win, bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))),
        help=_help_menu(win, bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))),
        recent=recent,
        undo=undo,
        redo=redo,
        close=project_actions[-1],
        project_actions=project_actions,
    )
    menus.set_project_actions(False)
    return menus


def _file_menu(win: MainWindow, menu: QMenu) -> tuple[QMenu, QMenu, tuple[QAction, ...]]:
    projects = win.projects
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&New Project…"),
        projects.new_project,
        STD.New,
        "actionNew",
    )
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&Open Project…"),
        projects.open_project_dialog,
        STD.Open,
        "actionOpen",
    )
    recent = menu.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
    recent.setObjectName("menuRecent")
    recent.aboutToShow.connect(lambda: projects.fill_recent(recent))
    menu.addSeparator()
    save_as = add_action(
        menu,
        QCoreApplication.translate("MainWindow", "Save Project &As…"),
        projects.save_project_as,
        STD.SaveAs,
        "actionSaveAs",
    )
    export = add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&Export Images…"),
        lambda: win.culling.export_images([]),
        "Ctrl+E",
        "actionExport",
    )
    close = add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&Close Project"),
        projects.close_project,
        STD.Close,
        "actionCloseProject",
    )
    menu.addSeparator()
    add_action(menu, QCoreApplication.translate("MainWindow", "&Quit"), win.close, STD.Quit, "actionQuit")
    return menu, recent, (save_as, export, close)


def _edit_menu(win: MainWindow, menu: QMenu) -> QMenu:
    undo = win.undo_stack.createUndoAction(win, QCoreApplication.translate("MainWindow", "&Undo"))
    undo.setShortcut(QKeySequence(STD.Undo))
    undo.setObjectName("actionUndo")
    redo = win.undo_stack.createRedoAction(win, QCoreApplication.translate("MainWindow", "&Redo"))
    redo.setShortcut(QKeySequence(STD.Redo))
    redo.setObjectName("actionRedo")
    menu.addAction(undo)
    menu.addAction(redo)
    menu.addSeparator()
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&Paste Image as Reference"),
        win.references.paste,
        None,
        "actionPasteRef",
    )
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "Character &Versions…"),
        win.editing.show_spec_history,
        None,
        "actionVersions",
    )
    menu.addSeparator()
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "Gemini API &key…"),
        win.keys.add_key,
        None,
        "actionKey",
    )
    prefs = add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&Preferences…"),
        win.keys.show_preferences,
        STD.Preferences,
        "actionPreferences",
    )
    if prefs.shortcut().isEmpty():
        prefs.setShortcut(QKeySequence("Ctrl+,"))
    return menu


def _generate_menu(win: MainWindow, menu: QMenu) -> QMenu:
    gen = win.generation
    # The window's one Ctrl+Enter binding (a second one makes Qt fire neither): what the panel's
    # tab on show would run, Generate or Run series.
    action = add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&Generate Variants"),
        win.generate_panel.activate,
        "Ctrl+Return",
        "actionGenerate",
    )
    action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "Run &Series"),
        gen.run_series,
        "Ctrl+Shift+Return",
        "actionSeries",
    )
    add_action(
        menu, QCoreApplication.translate("MainWindow", "&Cancel All"), win.escape, "Esc", "actionCancel"
    )
    add_action(
        menu, QCoreApplication.translate("MainWindow", "&Retry Failed"), gen.retry_failed, None, "actionRetry"
    )
    menu.addSeparator()
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "Score &Consistency of All Images"),
        win.culling.score_all,
        None,
        "actionScore",
    )
    return menu


def _view_menu(win: MainWindow, menu: QMenu) -> QMenu:
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&Compare Selected"),
        lambda: win.culling.compare(win.gallery.compare_ids()),
        None,
        "actionCompare",
    )
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&Workspace"),
        win.show_workspace,
        "Ctrl+1",
        "actionWorkspace",
    )
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&Loupe (Full Screen)"),
        win.culling.open_loupe,
        "F11",
        "actionLoupe",
    )
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&Spending"),
        lambda: win.results_tabs.setCurrentWidget(win.ledger_view),
        None,
        "actionSpending",
    )
    return menu


def _help_menu(win: MainWindow, menu: QMenu) -> QMenu:
    add_action(
        menu,
        QCoreApplication.translate("MainWindow", "&About Cutie"),
        lambda: show_about(win),
        None,
        "actionAbout",
    )
    return menu
