"""Start the app window: Qt set-up, theme, demo mode, and a clean shutdown."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from cutie_app import __version__
from cutie_app.core import paths
from cutie_app.core.catalog import ModelCatalog
from cutie_app.core.engine import ImageEngine
from cutie_app.core.references import DEFAULT_KIND, ReferenceImage, ReferenceRole
from cutie_app.core.spec import CharacterSpec
from cutie_app.ui.mainwindow import MainWindow
from cutie_app.ui.thumbs import Thumb, make_thumb, to_qimage
from cutie_app.ui.workers import Jobs

log = logging.getLogger("cutie.ui")
DEMO_KEY = "demo-key"
SAMPLE_SPEC = Path(__file__).resolve().parent.parent / "core" / "data" / "samples" / "little_orange.spec.json"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cutie", description="Keep one character consistent.")
    parser.add_argument("--demo", action="store_true", help="run against the built-in demo server (no key)")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="system")
    parser.add_argument("--version", action="version", version=f"Cutie {__version__}")
    parser.add_argument(
        "--quit-after", type=float, default=0.0, metavar="S", help=argparse.SUPPRESS
    )  # smoke tests: quit after S seconds
    return parser.parse_args(list(argv))


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion everywhere (same look on every OS); dark and light palettes on request."""
    app.setStyle("Fusion")
    if theme == "dark":
        palette = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#2b2b2e"),
            (QPalette.ColorRole.WindowText, "#e8e8ea"),
            (QPalette.ColorRole.Base, "#1f1f22"),
            (QPalette.ColorRole.AlternateBase, "#2f2f33"),
            (QPalette.ColorRole.Text, "#e8e8ea"),
            (QPalette.ColorRole.Button, "#36363a"),
            (QPalette.ColorRole.ButtonText, "#e8e8ea"),
            (QPalette.ColorRole.Highlight, "#e07b00"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.ToolTipBase, "#2b2b2e"),
            (QPalette.ColorRole.ToolTipText, "#e8e8ea"),
            (QPalette.ColorRole.PlaceholderText, "#8a8a90"),
            (QPalette.ColorRole.Mid, "#555559"),
        ):
            palette.setColor(role, QColor(color))
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#77777c"))
        app.setPalette(palette)
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(
        "QLabel#paneTitle { font-size: 15px; font-weight: 600; }"
        " QLabel#sectionTitle { font-weight: 600; }"
        " QPushButton#generateButton { padding: 6px 18px; font-weight: 600; }"
    )


def demo_references() -> list[tuple[ReferenceImage, Thumb | None]]:
    """Placeholder front/side/back drawings for the sample character (worker thread)."""
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
        ref = ReferenceImage(data, "image/png", role, DEFAULT_KIND[role], f"little-orange-{label}.png")
        out.append((ref, make_thumb(data, 160)))
    return out


def run_gui(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
    from cutie_app.core.secrets import load_api_key

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Cutie")
    app.setApplicationVersion(__version__)
    apply_theme(app, args.theme)
    catalog = ModelCatalog.load(paths.learned_catalog_file())
    servers: list[object] = []

    def demo_factory() -> ImageEngine:
        from cutie_app.demo.server import DemoServer

        server = DemoServer().start()
        servers.append(server)
        settings = ClientSettings(api_key=DEMO_KEY, base_url=server.base_url)
        return ImageEngine(lambda: GeminiBackend(settings), catalog)

    def real_factory() -> ImageEngine:
        def backend() -> GeminiBackend:  # runs on the network thread: keyring and SDK stay off the UI
            from cutie_app.core.errors import MissingKeyError

            key = load_api_key()
            if key is None:
                raise MissingKeyError()
            return GeminiBackend(ClientSettings(api_key=key.value))

        return ImageEngine(backend, catalog)

    jobs = Jobs(workers=1, name="cutie-start")
    window = MainWindow(catalog, demo_factory if args.demo else real_factory, demo=args.demo, has_key=True)

    def start_demo() -> None:
        window.demo = True
        window.setWindowTitle("Cutie — demo")
        window.welcome.hide()
        window.bridge.replace_factory(demo_factory)
        window.show_key_state(True)
        load_sample()

    def load_sample() -> None:
        window.spec_editor.set_spec(CharacterSpec.load(SAMPLE_SPEC))
        jobs.submit("demo-refs", demo_references)

    def started(tag: object, result: object) -> None:
        if tag == "demo-refs":
            for ref, thumb in result:  # type: ignore[attr-defined]
                window.references.add_reference(ref, to_qimage(thumb))
        elif tag == "key" and result is None:
            window.welcome.show()
            window.show_key_state(False)

    window.demo_requested.connect(start_demo)
    jobs.finished.connect(started)
    if args.demo:
        load_sample()
    else:
        jobs.submit("key", load_api_key)
    window.show()
    if args.quit_after > 0:
        QTimer.singleShot(int(args.quit_after * 1000), window.close)
    code = app.exec()
    jobs.shutdown()
    for server in servers:
        server.stop()  # type: ignore[attr-defined]
    return code
