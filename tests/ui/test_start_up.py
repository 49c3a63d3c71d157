"""What the window's start-up loads before its first paint, with the last project opening.

The real entry point runs in a fresh interpreter (as `cutie` does), with a project recorded as
the last one. An audit hook notes every module the main thread loads; when the main window first
paints, the list is printed. Modules the first frame does not need must not be on it: they made
start-up slow (`bench/startup.py` measures it), and this keeps them off. Worker threads may load
them meanwhile (the project opens on the store worker): only the main thread is checked.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cutie_app.__main__ import main
from cutie_app.core.services.projects import ProjectService
from cutie_app.core.system.settings import load_settings, save_settings
from cutie_app.ui.app import resume_garbage_collection

#: Loaded on first use, never before the first frame (packages include their submodules).
NOT_BEFORE_THE_FIRST_PAINT = (
    # the store, the project service and what they load: the project opens on a worker
    "sqlite3",
    "cutie_app.core.store.project",
    "cutie_app.core.store.db",
    "cutie_app.core.services.projects",
    "cutie_app.core.services.export",
    "cutie_app.core.services.conversation",
    "cutie_app.core.model.conversation",
    "cutie_app.core.model.adjustments",
    # pictures: thumbnails and references are decoded on workers
    "PIL",
    "numpy",
    "cutie_app.core.imaging",
    # panes and dialogs the first frame does not show
    "cutie_app.ui.compare",
    "cutie_app.ui.panes.ledger_view",
    "cutie_app.ui.panes.conversation_pane",
    "cutie_app.ui.models.conversation_model",
    "cutie_app.ui.panes.adjust_pane",
    "cutie_app.ui.dialogs.export_dialog",
    "cutie_app.ui.dialogs.key_dialog",
    "cutie_app.ui.dialogs.preferences",
    "cutie_app.ui.window.trash",
    # the key check runs after the first paint; the network, the SDK and the CLI are not needed
    "keyring",
    "urllib.request",
    "http.client",
    "ssl",
    "google",
    "cutie_app.core.genai.engine",
    "cutie_app.core.genai.gemini",
    "cutie_app.cli",
    "cutie_app.demo",
    # platform.platform() ran `uname -p` in a subprocess for the log's first line; the log's
    # rotating handler came with socket and pickle; hashing loads OpenSSL
    "subprocess",
    "logging.handlers",
    "socket",
    "pickle",
    "hashlib",
    "secrets",
    # Qt modules the window does not use
    "PySide6.QtSvg",
    "PySide6.QtNetwork",
    "PySide6.QtConcurrent",
)

LAUNCHER = r"""
import gc, json, sys, threading, time

MAIN = threading.get_ident()
loaded = set(sys.modules)
collections = []


def note(event, args):
    if event == "import" and threading.get_ident() == MAIN:
        loaded.add(args[0])


sys.addaudithook(note)


def collected(phase, info):
    if phase == "start" and "cutie_app.ui" in sys.modules:  # once the window's modules load
        collections.append(info["generation"])


gc.callbacks.append(collected)

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    window = None

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(obj, QMainWindow) and self.window is None:
            QApplication.instance().removeEventFilter(self)
            self.window = obj
            obj.installEventFilter(self)
        elif kind == QEvent.Type.Paint and obj is self.window:
            obj.removeEventFilter(self)
            try:  # Qt libraries loaded so far (Linux)
                with open("/proc/self/maps") as maps:
                    libraries = sorted({line.split()[-1].rsplit("/", 1)[-1] for line in maps if ".so" in line})
            except OSError:
                libraries = []
            shown = {
                "status": obj.statusBar().currentMessage(),
                "modules": sorted(loaded),
                "libraries": libraries,
                "collections": len(collections),
            }
            print(json.dumps(shown), flush=True)
            wait_for_collection(obj, time.monotonic() + 30)
        return False


def wait_for_collection(window, deadline):
    # after the first paint the collector comes back on, with start-up's objects frozen
    if gc.isenabled() or time.monotonic() > deadline:
        print(json.dumps({"collecting": gc.isenabled(), "frozen": gc.get_freeze_count()}), flush=True)
        window.close()
    else:
        QTimer.singleShot(10, lambda: wait_for_collection(window, deadline))


app = QApplication([sys.argv[0]])
probe = FirstPaint()
app.installEventFilter(probe)
from cutie_app.__main__ import main


sys.exit(main(["--quit-after", "60"]))
"""


def offending(modules: list[str]) -> list[str]:
    return sorted(
        m
        for m in modules
        for banned in NOT_BEFORE_THE_FIRST_PAINT
        if m == banned or m.startswith(banned + ".")
    )


@pytest.mark.slow
def test_the_first_frame_loads_only_what_it_shows(tmp_path: Path) -> None:
    folder = tmp_path / "Little Orange"
    with ProjectService.open(folder, create=True, name="Little Orange") as project:
        project.add_scene("waving hello")
    save_settings(load_settings().with_recent(str(folder)))  # the project opened last
    env = dict(
        os.environ,  # the private data and config folders of this test
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 2, f"the window never painted: {done.stderr}"
    shown, after = json.loads(lines[0]), json.loads(lines[1])
    assert "Little Orange" in shown["status"]  # "Opening Little Orange…": the last project
    assert "cutie_app.ui.mainwindow" in shown["modules"]  # the hook saw the window's own modules
    assert offending(shown["modules"]) == []
    assert [lib for lib in shown["libraries"] if "Svg" in lib or "svg" in lib] == []  # the icon is PNG
    assert shown["collections"] == 0  # no cyclic collection over start-up's objects before the paint
    assert after["collecting"] and after["frozen"] > 10_000  # then on again, start-up's objects frozen


def test_garbage_collection_resumes_after_the_first_paint_only_if_start_up_stopped_it() -> None:
    frozen = gc.get_freeze_count()
    resume_garbage_collection()  # it was on: nothing to do
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    gc.disable()
    try:
        resume_garbage_collection()
        assert gc.isenabled() and gc.get_freeze_count() > frozen
    finally:
        gc.enable()
        gc.unfreeze()


def test_an_early_exit_leaves_garbage_collection_on() -> None:
    with pytest.raises(SystemExit):
        main(["--version"])  # argparse prints the version and exits before any window
    assert gc.isenabled()
