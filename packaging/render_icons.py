"""Render the app and document icons from their SVGs (run inside the build venv, which has Qt and Pillow).

    python packaging/render_icons.py OUT_DIR
    python packaging/render_icons.py --window

Writes OUT_DIR/hicolor/<N>x<N>/{apps,mimetypes}/*.png and the scalable SVGs (the freedesktop layout),
and for each SVG an .ico (Windows) and an .icns (macOS): cutie, cutie-project, cutie-pack.

`--window` writes the window's own icon, resources/app/cutie-<N>.png (kept in the repository; run it
again after changing cutie.svg, a test checks they match): the window loads PNGs at start, because
reading the SVG would load Qt's SVG module before the window can appear.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_identity import APP_NAME, PACK_MIME, PROJECT_MIME, mime_icon_name

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "app"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The window icon's sizes (`cutie_app.ui.launch.WINDOW_ICON_SIZES`).
WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: (svg in resources/app, hicolor context, icon name)
ICONS = (
    ("cutie.svg", "apps", APP_NAME),
    ("cutie-project.svg", "mimetypes", mime_icon_name(PROJECT_MIME)),
    ("cutie-pack.svg", "mimetypes", mime_icon_name(PACK_MIME)),
)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    _app = QGuiApplication([sys.argv[0]])
    for svg_name, context, icon in ICONS:
        svg = SOURCES / svg_name
        scalable = out / "hicolor" / "scalable" / context
        scalable.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, scalable / f"{icon}.svg")
        for size in SIZES:
            folder = out / "hicolor" / f"{size}x{size}" / context
            folder.mkdir(parents=True, exist_ok=True)
            if not render(svg, size).save(str(folder / f"{icon}.png")):
                raise SystemExit(f"could not write {folder / icon}.png")
        stem = Path(svg_name).stem
        with Image.open(out / "hicolor" / "512x512" / context / f"{icon}.png") as big:
            big.save(out / f"{stem}.ico", sizes=[(s, s) for s in ICO_SIZES])
            big.save(out / f"{stem}.icns")
    print(f"icons: {len(ICONS)} x {len(SIZES)} PNG sizes, .ico and .icns in {out}")
    return 0


def window_icons() -> int:
    _app = QGuiApplication([sys.argv[0]])
    for size in WINDOW_SIZES:
        target = SOURCES / f"cutie-{size}.png"
        if not render(SOURCES / "cutie.svg", size).save(str(target)):
            raise SystemExit(f"could not write {target}")
    print(f"window icon: {len(WINDOW_SIZES)} PNG sizes in {SOURCES}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(window_icons() if sys.argv[1] == "--window" else main(Path(sys.argv[1])))
