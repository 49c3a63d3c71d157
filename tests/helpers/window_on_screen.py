"""Run as a script: show the main window on an offscreen screen of a given size, print its geometry.

    python window_on_screen.py WIDTH HEIGHT STATE_FILE [--resize W H]

Each run is its own process (a QApplication's screens are fixed when it starts), so a test can
save a layout on a big screen and restore it on a small one. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    width, height, state = int(argv[0]), int(argv[1]), argv[2]
    config = Path(tempfile.mkdtemp()) / "screen.json"
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [dict(screen, logicalDpi=96, logicalBaseDpi=96, dpr=1)]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtWidgets import QApplication

    from cutie_app.core.model.catalog import ModelCatalog
    from cutie_app.ui.mainwindow import MainWindow

    app = QApplication([])
    catalog = ModelCatalog.load(Path(state).with_suffix(".learned.json"))
    window = MainWindow(catalog, lambda: None, demo=True, state_file=state)  # type: ignore[arg-type,return-value]
    window.show()
    app.processEvents()
    if "--resize" in argv:
        at = argv.index("--resize")
        window.resize(int(argv[at + 1]), int(argv[at + 2]))
        app.processEvents()
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    print(
        json.dumps(
            {
                "area": [area.x(), area.y(), area.width(), area.height()],
                "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                "size": [window.width(), window.height()],
                "columns": window.splitter.sizes(),
            }
        )
    )
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
