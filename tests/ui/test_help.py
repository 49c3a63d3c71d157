"""Help menu: the offline guide with live shortcuts and folders, Keyboard Shortcuts, the log folder."""

from __future__ import annotations

from pathlib import Path

from helpers.windows import make_window
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from pytestqt.qtbot import QtBot

from cutie_app.core.system import paths
from cutie_app.demo.server import DemoServer
from cutie_app.ui.help import GuideDialog, guide_dialog, shortcuts_of


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def action(win, name: str) -> QAction:
    found = win.findChild(QAction, name)
    assert found is not None, name
    return found


def test_the_help_menu_has_the_guide_shortcuts_and_log_folder(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path
) -> None:
    win = make_window(qtbot, demo_server, tmp_path)
    help_menu = action(win, "actionAbout").associatedObjects()[-1]
    names = [a.objectName() for a in help_menu.actions() if not a.isSeparator()]
    assert names == [
        "actionGuide",
        "actionShortcuts",
        "actionLogFolder",
        "actionReportProblem",
        "actionAbout",
    ]
    assert action(win, "actionGuide").shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_the_guide_opens_offline_with_its_sections_and_this_computers_folders(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path
) -> None:
    win = make_window(qtbot, demo_server, tmp_path)
    action(win, "actionGuide").trigger()
    dialog = guide_dialog(win)
    assert isinstance(dialog, GuideDialog) and dialog.isVisible()
    text = dialog.browser.toPlainText()
    for section in ("A day with Cutie", "Keys", "Where your files live", "Your API key and privacy"):
        assert section in text
    assert str(paths.logs_dir()) in text
    assert str(paths.settings_file()) in text
    assert "<!--" not in dialog.browser.toHtml()  # both marks were filled in
    dialog.close()


def test_the_shortcut_list_is_read_from_the_menus_so_it_cannot_go_stale(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path
) -> None:
    win = make_window(qtbot, demo_server, tmp_path)
    listed = {(s.action, s.keys) for s in shortcuts_of(win)}
    assert ("Generate Variants", "Ctrl+Return, Ctrl+Enter") in listed
    assert ("User Guide", QKeySequence(QKeySequence.StandardKey.HelpContents).toString()) in listed
    generate_menu = action(win, "actionGenerate").associatedObjects()[-1]
    added = QAction("Make Tea", win)
    added.setShortcut(QKeySequence("Ctrl+Alt+T"))
    generate_menu.addAction(added)
    action(win, "actionShortcuts").trigger()
    text = guide_dialog(win).browser.toPlainText()
    assert "Make Tea" in text and "Ctrl+Alt+T" in text
    assert "Generate Variants" in text
    guide_dialog(win).close()


def test_open_log_folder_hands_the_logs_folder_to_the_desktop(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path
) -> None:
    win = make_window(qtbot, demo_server, tmp_path)
    recorder = UrlRecorder()
    # WORKAROUND: the stubs ask for bytes, but PySide6 6.11 accepts only a str method name here.
    QDesktopServices.setUrlHandler("file", recorder, "open")  # type: ignore[arg-type]
    try:
        action(win, "actionLogFolder").trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert recorder.urls == [QUrl.fromLocalFile(str(paths.logs_dir()))]
    assert paths.logs_dir().is_dir()


def test_a_problem_report_has_the_versions_and_the_logs_end_but_never_a_key(tmp_path: Path) -> None:
    from cutie_app.ui.help import REPORT_LOG_BYTES, problem_report

    log = tmp_path / "cutie.log"
    key = "AIzaSyD-unique-test-key-0123456789abcdefghi"
    early = "an early line that falls outside the report\n"
    late = f"2026-12-07 12:00:00 ERROR cutie.ui: the call failed (key {key})\nthe last line\n"
    log.write_text(early + "x" * REPORT_LOG_BYTES + "\n" + late, encoding="utf-8")

    report = problem_report(log)
    assert report.startswith("Cutie ") and "\nQt " in report and "\nPython " in report
    assert "google-genai " in report
    assert "the last line" in report and "the call failed" in report
    assert "early line" not in report
    assert key not in report and "[REDACTED]" in report
    assert problem_report(tmp_path / "no such.log").startswith("Cutie ")


def test_report_a_problem_copies_the_report(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from cutie_app.ui import help as help_module

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    win = make_window(qtbot, demo_server, tmp_path)
    action(win, "actionReportProblem").trigger()
    assert QGuiApplication.clipboard().text() == help_module.problem_report(help_module._current_log())
    assert shown and "clipboard" in shown[0]
