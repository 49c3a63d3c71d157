"""The main window over the demo server, as the window tests build it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow


def make_window(qtbot: Any, server: DemoServer, tmp_path: Path, *, demo: bool = True) -> MainWindow:
    """A shown window on the demo server; `demo=False` behaves as with a key in the keyring."""
    catalog = ModelCatalog.load(tmp_path / "learned.json")
    settings = ClientSettings(api_key="demo-key", base_url=server.base_url, retry_attempts=1)
    win = MainWindow(
        catalog,
        lambda: ImageEngine(lambda: GeminiBackend(settings), catalog),
        demo=demo,
        state_file=str(tmp_path / "window.ini"),
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
