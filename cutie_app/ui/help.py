"""The Help menu: the offline user guide, the keyboard shortcuts, the log folder, a problem report.

The guide is `resources/help/guide.html`, shipped with the app, translated beside it as
`guide.<code>.html` for each translation of the window (`guide.zh_CN.html`...): Help opens the
one in the window's language, or the English one. Two parts of it are filled in when it opens,
so they cannot go stale: the shortcut table, read from the window's actions, and the folders
where Cutie keeps its files on this computer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QVBoxLayout, QWidget

from cutie_app import __version__
from cutie_app.core.system import logging_setup, paths
from cutie_app.core.system.app_resources import resource_path
from cutie_app.ui.i18n import current_language

__all__ = [
    "GuideDialog",
    "Shortcut",
    "add_help_actions",
    "guide_dialog",
    "guide_file",
    "guide_html",
    "menu_text",
    "problem_report",
    "shortcuts_of",
    "show_about",
    "versions_text",
]

#: How much of the log's end a problem report carries.
REPORT_LOG_BYTES = 32 * 1024

SHORTCUTS_MARK = "<!--shortcuts-->"
FOLDERS_MARK = "<!--folders-->"


@dataclass(frozen=True)
class Shortcut:
    """One keyboard shortcut as the guide lists it."""

    menu: str
    action: str
    keys: str


#: A mnemonic as Chinese and Japanese menus write it, after the text: "文件(&F)".
_TRAILING_MNEMONIC = re.compile(r"\s*[(（]&[^&\s][)）]")


def menu_text(text: str) -> str:
    """A menu text as the guide names it, without its mnemonic and trailing dots
    ("&Open Project…" -> "Open Project", "角色版本(&V)…" -> "角色版本")."""
    text = _TRAILING_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def shortcuts_of(window: QMainWindow) -> list[Shortcut]:
    """Every action in the window's menus that has a shortcut, in menu order."""
    found: list[Shortcut] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{title} › {menu_text(sub.title())}")
            elif not action.isSeparator():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText)
                    for k in action.shortcuts()
                    if not k.isEmpty()
                )
                if keys:
                    found.append(Shortcut(title, menu_text(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, menu_text(menu.title()))
    return found


def _shortcut_table(shortcuts: list[Shortcut]) -> str:
    import html  # the guide's modules load when it opens, not with the window

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
    import html

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


def guide_file(language: str | None) -> Path | None:
    """The guide in `language` (a translation's code, such as "zh_TW"), else the English one;
    None when this copy of Cutie has no guide at all."""
    translated = resource_path("help", f"guide.{language}.html") if language else None
    return translated or resource_path("help", "guide.html")


def guide_html(window: QMainWindow) -> str:
    """The user guide in the window's language, with its shortcuts and this computer's folders."""
    import html

    path = guide_file(current_language())
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
        # Loaded with the first guide, not with the window (like the other Qt dialogs here).
        from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser

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


def _package_version(name: str) -> str:
    from importlib import metadata  # about 13 ms at start-up otherwise: only when versions are shown

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def versions_text() -> str:
    """Cutie, Qt, PySide6, Python, the Gemini SDK and the system, one per line (no SDK import)."""
    import platform

    return "\n".join(
        [
            f"Cutie {__version__}",
            f"Qt {qVersion()} (PySide6 {_package_version('PySide6-Essentials')})",
            f"Python {platform.python_version()}",
            f"google-genai {_package_version('google-genai')}",
            platform.platform(),
        ]
    )


def problem_report(log_file: Path | None) -> str:
    """The versions and the end of the log, for a bug report; keys are redacted again here."""
    parts = [versions_text()]
    if log_file is not None and log_file.is_file():
        with log_file.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - REPORT_LOG_BYTES))
            tail = handle.read().decode("utf-8", errors="replace")
        if size > REPORT_LOG_BYTES:
            tail = tail.partition("\n")[2]  # start at a whole line
        parts += [f"--- the end of {log_file.name} ---", tail.rstrip()]
    return logging_setup.redact("\n".join(parts))


def _current_log() -> Path | None:
    setup = logging_setup.current()
    return setup.log_file if setup is not None else paths.logs_dir() / logging_setup.LOG_FILE_NAME


def _report_problem(window: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox

    QGuiApplication.clipboard().setText(problem_report(_current_log()))
    QMessageBox.information(
        window,
        QCoreApplication.translate("Help", "Report a problem"),
        QCoreApplication.translate(
            "Help",
            "Copied to the clipboard: the versions of Cutie, Qt, Python and the Gemini SDK, and the "
            "end of Cutie's log (API keys are never in it). Paste it into your message, with what "
            "you did and what you expected.",
        ),
    )


def show_about(window: QWidget) -> None:
    """About, with the versions a bug report needs."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        window,
        QCoreApplication.translate("Help", "About Cutie"),
        QCoreApplication.translate("Help", "Cutie: one character, many images.") + "\n\n" + versions_text(),
    )


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
    add(
        QCoreApplication.translate("Help", "&Report a Problem…"),
        "actionReportProblem",
        lambda: _report_problem(window),
    )
    menu.insertSeparator(before) if before is not None else menu.addSeparator()


def guide_dialog(window: QWidget) -> GuideDialog | None:
    """The guide dialog, once opened (tests, and the window when it wants to close it)."""
    return window.findChild(GuideDialog, "guideDialog")
