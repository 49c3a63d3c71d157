"""Soak the real window: a project of a few hundred images, filter changes, comparator zoom.

Run by tests/ui/test_window_soak.py in a subprocess (a leaking Qt build aborts the process), or by
hand: ``python tests/ui/soak_window.py [IMAGES] [FILTER_ROUNDS] [ZOOM_STEPS]``. It prints one JSON
line: what it did and how the reference counts of None, True and False moved.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.generation import GeneratedImage, Recipe, Variant, VariantStatus
from cutie_app.core.model.prompt import compose
from cutie_app.core.store import Project
from cutie_app.demo.server import DemoServer
from cutie_app.ui.mainwindow import MainWindow

TIMEOUT = 60.0


def png(seed: int) -> bytes:
    colour = ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256)
    image = Image.new("RGB", (256, 256), colour)
    image.paste((255 - colour[0], 80, 40), (seed % 200, 40, seed % 200 + 50, 120))
    buf = io.BytesIO()
    image.save(buf, "PNG", compress_level=1)
    return buf.getvalue()


def build(folder: Path, count: int) -> None:
    prompt = compose(None, "soak")
    with Project.create(folder, "Soak") as project:
        for n in range(count):
            recipe = Recipe("gemini-3-pro-image", prompt, None, "1K", None, None, (), batch_id=f"b{n // 8}",
                            variant_index=n % 8, response_id=f"r{n}", cost_usd=0.134)  # fmt: skip
            records = project.add_variant(
                Variant(n % 8, VariantStatus.DELIVERED, recipe, (GeneratedImage(png(n), "image/png"),))
            )
            project.set_rating(records[0].id, n % 6)


def wait_until(condition: object, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.002)


def wheel(widget: object, notches: int) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)  # type: ignore[attr-defined]
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),  # type: ignore[attr-defined]
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def main() -> int:
    images, rounds, steps = (int(a) for a in (sys.argv[1:] + ["300", "20", "300"][len(sys.argv) - 1 :])[:3])
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp, DemoServer() as server:
        folder = Path(tmp) / "Soak"
        build(folder, images)
        catalog = ModelCatalog.load(Path(tmp) / "learned.json")
        settings = ClientSettings(api_key="demo-key", base_url=server.base_url, retry_attempts=1)
        win = MainWindow(
            catalog,
            lambda: ImageEngine(lambda: GeminiBackend(settings), catalog),
            demo=True,
            state_file=str(Path(tmp) / "window.ini"),
        )
        win.resize(1366, 768)
        win.show()
        before = [sys.getrefcount(o) for o in (None, True, False)]
        win.open_project(folder)
        wait_until(lambda: len(win.gallery.records()) == images, "the gallery")
        wait_until(lambda: not win.gallery.missing_thumbs(), "the thumbnails")
        rated = sum(1 for n in range(images) if n % 6 >= 3)
        for _ in range(rounds):
            win.gallery.rating.setCurrentIndex(3)  # three stars or more
            wait_until(lambda: len(win.gallery.records()) == rated, "the rating filter")
            win.gallery.rating.setCurrentIndex(0)  # any rating
            wait_until(lambda: len(win.gallery.records()) == images, "the filter back to any rating")
        ids = [r.id for r in win.gallery.records()][:8]
        win.compare(ids)
        wait_until(lambda: win.pages.currentWidget() is win.comparator, "the comparator")
        wait_until(lambda: all(p.has_image() for p in win.comparator.visible_panes()), "every pane")
        pane = win.comparator.visible_panes()[0]
        for step in range(steps):
            wheel(pane, 1 if (step // 10) % 2 == 0 else -1)
            app.processEvents()
        after = [sys.getrefcount(o) for o in (None, True, False)]
        win.close()
    change = {name: a - b for name, a, b in zip(("None", "True", "False"), after, before, strict=True)}
    print(
        json.dumps(
            {
                "images": images,
                "filter_rounds": rounds,
                "zoom_steps": steps,
                "refcount_change": change,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
