"""Start the app window: Qt set-up, theme, demo mode, and a clean shutdown."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cutie_app import __version__
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.references import DEFAULT_KIND, ReferenceImage, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec
from cutie_app.core.store import PROJECT_FILE, Project
from cutie_app.core.system import paths
from cutie_app.core.system.settings import Settings, load_settings
from cutie_app.ui.mainwindow import MainWindow
from cutie_app.ui.theme import apply_theme
from cutie_app.ui.workers import Jobs

if TYPE_CHECKING:
    from cutie_app.core.genai.engine import ImageEngine

log = logging.getLogger("cutie.ui")
DEMO_KEY = "demo-key"
SAMPLE_SPEC = Path(__file__).resolve().parent.parent / "core" / "data" / "samples" / "little_orange.spec.json"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cutie", description="Keep one character consistent.")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the sample project against the built-in demo server (no key)",
    )
    parser.add_argument("--project", type=Path, metavar="FOLDER", help="open (or create) this project folder")
    parser.add_argument(
        "--theme", choices=("system", "light", "dark"), default=None, help="override the theme setting"
    )
    parser.add_argument("--version", action="version", version=f"Cutie {__version__}")
    parser.add_argument(
        "--quit-after", type=float, default=0.0, metavar="S", help=argparse.SUPPRESS
    )  # smoke tests: quit after S seconds
    return parser.parse_args(list(argv))


def demo_references() -> list[ReferenceImage]:
    """Placeholder front/side/back drawings for the sample character."""
    from cutie_app.demo.placeholder import draw_placeholder

    out = []
    for role, label in (
        (ReferenceRole.IDENTITY, "front"),
        (ReferenceRole.SIDE, "side"),
        (ReferenceRole.BACK, "back"),
    ):
        data = draw_placeholder(
            f"Little Orange — {label} view (sample sketch)", 240, 320, [], f"{label} view"
        )
        out.append(ReferenceImage(data, "image/png", role, DEFAULT_KIND[role], f"little-orange-{label}.png"))
    return out


def seed_sample(project: Project) -> None:
    """Fill a new demo project with the Little Orange spec and sketches (store worker)."""
    project.save_spec(CharacterSpec.load(SAMPLE_SPEC))
    for ref in demo_references():
        project.add_reference(ref)
    for scene in ("Full-body turnaround, neutral pose", "Waving hello in the rain", "Reading under a tree"):
        project.add_scene(scene)


def demo_project_folder() -> Path:
    return paths.data_dir() / "projects" / "Little Orange (demo)"


def start_project(settings: Settings, args: argparse.Namespace) -> tuple[Path, bool, str | None]:
    """Which project to open at start: the one asked for, the last one, or a fresh one."""
    if args.project is not None:
        return args.project, True, None
    for recent in settings.recent_projects:
        if (Path(recent) / PROJECT_FILE).is_file():
            return Path(recent), False, None
    base = paths.data_dir() / "projects"
    folder = base / "My character"
    number = 2
    while folder.exists() and not (folder / PROJECT_FILE).is_file():
        folder = base / f"My character {number}"
        number += 1
    return folder, True, "My character"


def run_gui(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Cutie")
    app.setApplicationVersion(__version__)
    settings = load_settings()
    apply_theme(app, args.theme or settings.theme)
    catalog = ModelCatalog.load(paths.learned_catalog_file())
    servers: list[object] = []

    def demo_factory() -> ImageEngine:
        from cutie_app.core.genai.engine import ImageEngine
        from cutie_app.demo.server import DemoServer

        server = DemoServer().start()
        servers.append(server)
        current = load_settings()
        client = ClientSettings(api_key=DEMO_KEY, base_url=server.base_url)
        return ImageEngine(lambda: GeminiBackend(client), catalog, concurrency=current.concurrency)

    def real_factory() -> ImageEngine:
        from cutie_app.core.genai.engine import ImageEngine

        current = load_settings()

        def backend() -> GeminiBackend:  # runs on the network thread: keyring and SDK stay off the UI
            from cutie_app.core.model.errors import MissingKeyError
            from cutie_app.core.system.secrets import load_api_key

            key = load_api_key()
            if key is None:
                raise MissingKeyError()
            return GeminiBackend(
                ClientSettings(
                    api_key=key.value, base_url=current.endpoint or None, timeout_s=current.timeout_s
                )
            )

        return ImageEngine(backend, catalog, concurrency=current.concurrency, timeout_s=current.timeout_s)

    def key_tester(api_key: str, base_url: str | None) -> list[str]:
        from cutie_app.core.services.keycheck import test_api_key

        return test_api_key(api_key, base_url, catalog)

    def has_key() -> object:  # a worker: the keyring can be slow to answer
        from cutie_app.core.system.secrets import load_api_key

        return load_api_key()

    jobs = Jobs(workers=1, name="cutie-start")
    window = MainWindow(
        catalog,
        demo_factory if args.demo else real_factory,
        demo=args.demo,
        has_key=True,
        key_tester=key_tester,
    )
    window.generate_panel.budget.setValue(settings.budget_cap_usd or 0.0)

    def open_demo() -> None:
        window.open_project(demo_project_folder(), create=True, name="Little Orange (demo)", seed=seed_sample)

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

    window.demo_requested.connect(start_demo)
    window.preferences_saved.connect(preferences_saved)
    jobs.finished.connect(started)
    if args.demo:
        open_demo()
    else:
        folder, create, name = start_project(settings, args)
        window.open_project(folder, create=create, name=name)
        jobs.submit("key", has_key)
    window.show()
    if args.quit_after > 0:
        QTimer.singleShot(int(args.quit_after * 1000), window.close)
    code = app.exec()
    jobs.shutdown()
    for server in servers:
        server.stop()  # type: ignore[attr-defined]
    return code
