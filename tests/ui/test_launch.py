"""`cutie PATH`: a project folder, its project.cutie, or a .cutiepack to import; the app's identity."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.windows import make_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cutie_app.core.model.errors import CutieError
from cutie_app.core.services.projects import ProjectService, open_target, pack_project
from cutie_app.core.system import paths
from cutie_app.demo.server import DemoServer
from cutie_app.ui.launch import (
    DESKTOP_FILE_NAME,
    WINDOW_ICON_SIZES,
    PackImporter,
    app_icon,
    read_launch_path,
    set_app_identity,
)

WAIT = 10_000


def make_project(folder: Path, name: str = "Little Orange") -> Path:
    with ProjectService.open(folder, create=True, name=name) as project:
        project.add_scene("waving hello")
    return folder


def test_a_folder_its_project_file_and_a_pack_are_told_apart(tmp_path: Path) -> None:
    project = make_project(tmp_path / "lo")
    pack = pack_project(project, tmp_path / "lo.cutiepack")
    assert open_target(project) == open_target(project / "project.cutie")
    assert open_target(project).kind == "project" and open_target(project).path == project
    assert open_target(pack).kind == "pack" and open_target(pack).path == pack


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda t: t, "is not a Cutie project"),  # a folder without project.cutie
        (lambda t: t / "gone", "Nothing is there"),
        (lambda t: (t / "notes.txt", (t / "notes.txt").write_text("hi"))[0], "cannot open that file"),
    ],
)
def test_anything_else_is_refused_in_plain_words_and_nothing_is_created(tmp_path: Path, make, words) -> None:
    path = make(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(CutieError) as caught:
        open_target(path)
    assert words in caught.value.message.title
    assert sorted(tmp_path.rglob("*")) == before
    target, problem = read_launch_path(str(path))
    assert target is None and problem is not None


def test_the_app_has_its_icon_and_desktop_file_name(qapp: QApplication) -> None:
    set_app_identity(qapp)
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().availableSizes() or not qapp.windowIcon().pixmap(64, 64).isNull()
    desktop_entry = Path(__file__).parents[2] / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop"
    assert desktop_entry.is_file()  # Wayland and docks match the window to this file by name


def test_the_window_icon_pngs_are_the_svg_rendered(qapp: QApplication) -> None:
    """The window loads PNGs (the SVG would load Qt's SVG module at start); they must stay its image."""
    app_dir = Path(__file__).parents[2] / "resources" / "app"
    shipped = sorted(int(p.stem.removeprefix("cutie-")) for p in app_dir.glob("cutie-[0-9]*.png"))
    assert shipped == sorted(WINDOW_ICON_SIZES)
    assert sorted(s.width() for s in app_icon().availableSizes()) == sorted(WINDOW_ICON_SIZES)
    renderer = QSvgRenderer(str(app_dir / "cutie.svg"))
    for size in WINDOW_ICON_SIZES:
        expected = QImage(size, size, QImage.Format.Format_ARGB32)
        expected.fill(Qt.GlobalColor.transparent)
        painter = QPainter(expected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        png = QImage(str(app_dir / f"cutie-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
        assert png.size() == expected.size(), size
        gap = max(
            abs(a - b) for a, b in zip(bytes(png.constBits()), bytes(expected.constBits()), strict=True)
        )
        assert gap <= 8, f"resources/app/cutie-{size}.png is stale: run packaging/render_icons.py --window"


def test_a_pack_is_unpacked_where_the_user_chose_and_opened(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path
) -> None:
    (tmp_path / "drop").mkdir()
    pack = pack_project(make_project(tmp_path / "source"), tmp_path / "drop" / "lo.cutiepack")
    chosen = tmp_path / "mine"
    chosen.mkdir()
    asked: list[Path] = []
    win = make_window(qtbot, demo_server, tmp_path)
    importer = PackImporter(win, choose=lambda _parent, p: (asked.append(p), chosen)[1])
    with qtbot.waitSignal(win.session.opened, timeout=WAIT) as opened:
        assert importer.start(pack)
    importer.shutdown()
    assert asked == [pack]
    assert win.session.folder == chosen / "source"
    assert opened.args[0].folder == chosen / "source"
    assert [s.text for s in opened.args[0].scenes] == ["waving hello"]
    assert pack.is_file()  # the pack itself stays


def test_a_cancelled_import_writes_nothing(qtbot: QtBot, demo_server: DemoServer, tmp_path: Path) -> None:
    pack = pack_project(make_project(tmp_path / "source"), tmp_path / "lo.cutiepack")
    win = make_window(qtbot, demo_server, tmp_path)
    before = sorted(tmp_path.rglob("*"))
    importer = PackImporter(win, choose=lambda _parent, _pack: None)
    assert not importer.start(pack)
    importer.shutdown()
    assert sorted(tmp_path.rglob("*")) == before


def test_a_damaged_pack_gets_a_message_and_leaves_nothing(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path
) -> None:
    pack = tmp_path / "broken.cutiepack"
    pack.write_bytes(b"this is not a zip file")
    into = tmp_path / "into"
    into.mkdir()
    win = make_window(qtbot, demo_server, tmp_path)
    importer = PackImporter(win, choose=lambda _parent, _pack: into)
    assert importer.start(pack)
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "launchProblem") is not None, timeout=WAIT)
    importer.shutdown()
    box = win.findChild(QMessageBox, "launchProblem")
    assert "broken.cutiepack" in box.windowTitle() + box.text()
    assert list(into.iterdir()) == []
    box.close()


@pytest.mark.slow
@pytest.mark.parametrize("given", ["folder", "project.cutie"])
def test_cutie_path_opens_that_project(tmp_path: Path, given: str) -> None:
    project = make_project(tmp_path / "lo")
    path = project if given == "folder" else project / "project.cutie"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "cutie_app", "--quit-after", "1.5", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    recent = json.loads(paths.settings_file().read_text("utf-8"))["recent_projects"]
    assert recent[0] == str(project)
