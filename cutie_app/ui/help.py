"""The Help menu: the offline user guide, the keyboard shortcuts, the log folder.

The guide is `resources/help/guide.html`, shipped with the app. Two parts of it are filled in
when it opens, so they cannot go stale: the shortcut table, read from the window's actions, and
the folders where Cutie keeps its files on this computer.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cutie_app.core.system import paths
from cutie_app.core.system.app_resources import resource_path

__all__ = ["GuideDialog", "Shortcut", "add_help_actions", "guide_dialog", "guide_html", "shortcuts_of"]

SHORTCUTS_MARK = "<!--shortcuts-->"
FOLDERS_MARK = "<!--folders-->"


@dataclass(frozen=True)
class Shortcut:
    """One keyboard shortcut as the guide lists it."""

    menu: str
    action: str
    keys: str


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker and trailing dots ("&Open Project…" -> "Open Project")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def shortcuts_of(window: QMainWindow) -> list[Shortcut]:
    """Every action in the window's menus that has a shortcut, in menu order."""
    found: list[Shortcut] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{title} › {_plain(sub.title())}")
            elif not action.isSeparator():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText)
                    for k in action.shortcuts()
                    if not k.isEmpty()
                )
                if keys:
                    found.append(Shortcut(title, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(menu.title()))
    return found


def _shortcut_table(shortcuts: list[Shortcut]) -> str:
    rows = "".join(
        f"<tr><td><b>{html.escape(s.keys)}</b></td><td>{html.escape(s.action)}</td>"
        f"<td>{html.escape(s.menu)}</td></tr>"
        for s in shortcuts
    )
    head = "".join(
        f"<th align='left'>{html.escape(t)}</th>"
        for t in (
            QCoreApplication.translate("Help", "Keys"),
            QCoreApplication.translate("Help", "Does"),
            QCoreApplication.translate("Help", "Menu"),
        )
    )
    head = f"<tr>{head}</tr>"
    return f"<table cellpadding='3'>{head}{rows}</table>"


def _folder_list() -> str:
    folders = (
        (QCoreApplication.translate("Help", "Projects (new ones start here)"), paths.data_dir() / "projects"),
        (QCoreApplication.translate("Help", "Settings"), paths.settings_file()),
        (QCoreApplication.translate("Help", "Logs"), paths.logs_dir()),
        (
            QCoreApplication.translate("Help", "Images kept when they could not be saved in their project"),
            paths.rescue_dir(),
        ),
        (QCoreApplication.translate("Help", "Cache (safe to delete)"), paths.cache_dir()),
    )
    items = "".join(
        f"<li>{html.escape(what)}: <code>{html.escape(str(where))}</code></li>" for what, where in folders
    )
    return f"<ul>{items}</ul>"


def guide_html(window: QMainWindow) -> str:
    """The user guide with this window's shortcuts and this computer's folders filled in."""
    path = resource_path("help", "guide.html")
    if path is None:
        return (
            "<p>"
            + html.escape(
                QCoreApplication.translate("Help", "The user guide is not installed with this copy of Cutie.")
            )
            + "</p>"
        )
    text = path.read_text("utf-8")
    return text.replace(SHORTCUTS_MARK, _shortcut_table(shortcuts_of(window))).replace(
        FOLDERS_MARK, _folder_list()
    )


class GuideDialog(QDialog):
    """The guide in a browser pane; links inside it jump, links outside open the web browser."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("guideDialog")
        self.setWindowTitle(QCoreApplication.translate("Help", "Cutie user guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def show_section(self, anchor: str) -> None:
        if self.isVisible():
            self.raise_()  # already open behind the window: bring it forward
        else:
            self.show()
        self.browser.scrollToAnchor(anchor)


def _open_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def add_help_actions(window: QMainWindow, menu: QMenu) -> None:
    """User Guide (F1), Keyboard Shortcuts and Open Log Folder, then a separator, atop `menu`."""
    state: dict[str, GuideDialog] = {}
    existing = menu.actions()
    before = existing[0] if existing else None  # About and the like stay below the guide

    def show(anchor: str) -> None:
        dialog = state.get("guide")
        if dialog is None:
            dialog = state["guide"] = GuideDialog(window)
        else:  # shortcuts may have changed since (e.g. a platform default resolved later)
            dialog.browser.setHtml(guide_html(window))
        dialog.show_section(anchor)

    def add(text: str, name: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        return action

    add(
        QCoreApplication.translate("Help", "&User Guide"),
        "actionGuide",
        lambda: show("day"),
        QKeySequence(QKeySequence.StandardKey.HelpContents),
    )
    add(
        QCoreApplication.translate("Help", "&Keyboard Shortcuts"),
        "actionShortcuts",
        lambda: show("keys"),
        QKeySequence("Ctrl+/"),
    )
    add(
        QCoreApplication.translate("Help", "Open &Log Folder"),
        "actionLogFolder",
        lambda: _open_folder(paths.logs_dir()),
    )
    menu.insertSeparator(before) if before is not None else menu.addSeparator()


def guide_dialog(window: QWidget) -> GuideDialog | None:
    """The guide dialog, once opened (tests, and the window when it wants to close it)."""
    return window.findChild(GuideDialog, "guideDialog")
