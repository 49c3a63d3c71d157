"""Start the app window: Qt set-up, theme, demo mode, and a clean shutdown."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from cutie_app import __version__
from cutie_app.core.services.engines import EngineFactory, load_catalog
from cutie_app.core.services.project_paths import DEMO_PROJECT_NAME, demo_project_folder, start_project
from cutie_app.core.system import logging_setup
from cutie_app.core.system.image_memory import use_whole_picture_blocks
from cutie_app.core.system.settings import Settings, load_settings
from cutie_app.ui.dialogs.crash_dialog import install_crash_dialogs, log_qt_messages
from cutie_app.ui.i18n import install_language, pick_language, show_text
from cutie_app.ui.launch import PackImporter, read_launch_path, set_app_identity, show_problem
from cutie_app.ui.mainwindow import MainWindow
from cutie_app.ui.panes.generate_memory import GenerateMemory
from cutie_app.ui.theme import apply_theme
from cutie_app.ui.window.first_paint import AfterFirstPaint
from cutie_app.ui.window.status import key_source
from cutie_app.ui.workers import Jobs

if TYPE_CHECKING:
    from cutie_app.core.services.projects import ProjectService

log = logging.getLogger("cutie.ui")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cutie", description="Keep one character consistent.")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the sample project against the built-in demo server (no key)",
    )
    parser.add_argument("--project", type=Path, metavar="FOLDER", help="open (or create) this project folder")
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="a project folder, its project.cutie file, or a .cutiepack to import (the first is used)",
    )
    parser.add_argument(
        "--theme", choices=("system", "light", "dark"), default=None, help="override the theme setting"
    )
    parser.add_argument("--version", action="version", version=f"Cutie {__version__}")
    parser.add_argument(
        "--quit-after", type=float, default=0.0, metavar="S", help=argparse.SUPPRESS
    )  # smoke tests: quit after S seconds
    return parser.parse_args(list(argv))


def seed_demo(project: ProjectService) -> None:
    """Store worker: fill a new demo project (the sample loads there, not while the window starts)."""
    from cutie_app.core.services.projects import seed_sample

    seed_sample(project)


def resume_garbage_collection() -> None:
    """After the first paint: collect again, leaving out what start-up made (it stays for good).

    `cutie_app.__main__` turns the collector off while the window starts. The few hundred
    unreachable objects start-up leaves (tens of kilobytes) stay frozen with the rest.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_gui(argv: Sequence[str]) -> int:
    args = parse_args(argv)

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Cutie")
    app.setApplicationVersion(__version__)
    set_app_identity(app)
    log_qt_messages()  # Qt's own warnings go to the log, not to a terminal nobody reads
    use_whole_picture_blocks()  # large decodes in workers no longer pause the window
    settings = load_settings()
    language = install_language(pick_language(settings.language, QLocale.system().uiLanguages()))
    apply_theme(app, args.theme or settings.theme)
    catalog = load_catalog()
    # Settings (concurrency, timeout, endpoint) are read each time an engine is built.
    demo_factory = EngineFactory(catalog, demo=True)
    real_factory = EngineFactory(catalog, demo=False)

    def key_tester(api_key: str, base_url: str | None) -> list[str]:
        from cutie_app.core.services.keycheck import test_api_key

        return test_api_key(api_key, base_url, catalog)

    jobs = Jobs(workers=1, name="cutie-start")
    window = MainWindow(
        catalog,
        demo_factory if args.demo else real_factory,
        demo=args.demo,
        has_key=True,
        key_tester=key_tester,
    )
    window.generate_panel.budget.setValue(settings.budget_cap_usd or 0.0)
    if logging_setup.current() is not None:  # started through `cutie`: crashes get a dialog
        install_crash_dialogs(window)
    memory = GenerateMemory(window.generate_panel, settings)  # last scene and variant count
    importer = PackImporter(window)
    painted = AfterFirstPaint(window)  # what the first frame does not show waits for it
    painted.call(resume_garbage_collection)
    target, problem = read_launch_path(args.paths[0] if args.paths else None)

    def open_demo() -> None:
        window.open_project(demo_project_folder(), create=True, name=DEMO_PROJECT_NAME, seed=seed_demo)

    def start_demo() -> None:
        window.demo = True
        window.welcome.hide()
        window.bridge.replace_factory(demo_factory)
        window.show_key_state(True)
        open_demo()

    def preferences_saved(new: Settings) -> None:
        apply_theme(app, args.theme or new.theme)
        if not window.bridge.running:
            window.bridge.replace_factory(demo_factory if window.demo else real_factory)

    def started(tag: object, result: object) -> None:
        if tag == "key" and result is None:
            window.welcome.show()
            window.show_key_state(False)
        elif tag == "key" and isinstance(result, str):
            window.show_key_state(True, result)

    window.demo_requested.connect(start_demo)
    window.preferences_saved.connect(preferences_saved)
    jobs.finished.connect(started)
    # Shown first, opened second, both before the first paint (the event loop has not run yet, so
    # the first frame says which project is opening): the store worker starts after the layout,
    # so it does not take the interpreter from it each time the layout calls back into Python.
    window.show()
    if args.demo:
        open_demo()
    else:
        if target is not None and target.kind == "project":
            window.open_project(target.path)
        else:  # a pack opens the usual project first; the imported one replaces it when unpacked
            folder, create, name = start_project(settings, args.project)
            window.open_project(folder, create=create, name=name)
        painted.call(lambda: jobs.submit("key", key_source))  # the keyring's imports: ~0.1 s
    if target is not None and target.kind == "pack":
        QTimer.singleShot(0, lambda: importer.start(target.path))
    if problem is not None:
        message = problem.message
        title = QCoreApplication.translate("Launch", "Cutie could not open %s") % args.paths[0]
        text = f"{show_text(message.detail)} {show_text(message.action)}".strip()
        QTimer.singleShot(0, lambda: show_problem(window, title, text))
    if args.quit_after > 0:
        QTimer.singleShot(int(args.quit_after * 1000), window.close)
    code = app.exec()
    memory.flush()
    jobs.shutdown()
    importer.shutdown()
    language.remove()
    demo_factory.close()  # stops the demo servers it started
    return code
