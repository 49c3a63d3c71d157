"""Time from starting the app's process to its main window's first paint, offscreen.

Each run spawns a fresh interpreter that creates the QApplication, installs a paint probe and then
calls the real entry point (`cutie_app.__main__.main`, which runs `ui.app.run_gui`). The probe
prints one line from inside the main window's first `QEvent.Paint`, so the window has really been
drawn: a `QTimer.singleShot(0)` after `show()` would only prove that the event loop turned, and on
some platforms (offscreen among them) exposure and painting come a few events later. The time is
taken in this process, from just before the spawn to the moment that line arrives, so no clock is
compared across processes. The floor is a bare `python -c "import PySide6.QtWidgets"` process
(spawn to exit): no Python Qt app can start faster on this machine.

The app runs as a fresh install: private config and data folders, no keyring (the null backend),
no project. One warm-up run (compiles .pyc files, fills the disk cache) is discarded.

    python bench/startup.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TARGET_S = 0.6
QUIT_AFTER_S = 30  # the app closes itself if the probe never sees a paint

LAUNCHER = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    # Watches the whole app until the main window shows, then only that window: a Python event
    # filter on every event of start-up would slow down what it measures.
    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(obj, QMainWindow):
            QApplication.instance().removeEventFilter(self)
            obj.installEventFilter(self)
        elif kind == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            obj.removeEventFilter(self)
            print("painted", int("google.genai" in sys.modules), len(sys.modules), flush=True)
            QTimer.singleShot(0, obj.close)
        return False


app = QApplication([sys.argv[0]])
probe = FirstPaint()
app.installEventFilter(probe)
from cutie_app.__main__ import main

sys.exit(main(sys.argv[1:]))
"""


def child_env(home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CUTIE_CONFIG_DIR=str(Path(home) / "config"),
        CUTIE_DATA_DIR=str(Path(home) / "data"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def time_floor(env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], env=env, check=True)
    return time.perf_counter() - started


@dataclass(frozen=True)
class Run:
    seconds: float
    genai_imported: bool
    modules: int
    #: The last line of a traceback the app printed (e.g. while closing), or "".
    error: str = ""


def time_first_paint(env: dict[str, str], stderr_file: Path) -> Run:
    """Seconds from spawn to the first paint, and what the process had imported by then."""
    argv = [sys.executable, "-c", LAUNCHER, "--quit-after", str(QUIT_AFTER_S)]
    with stderr_file.open("w+") as err:
        started = time.perf_counter()
        with subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=err, text=True) as proc:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("painted "):
                    elapsed = time.perf_counter() - started
                    _, genai, modules = line.split()
                    break
            else:
                raise SystemExit(f"the main window never painted (exit code {proc.wait()})")
            proc.stdout.read()
            code = proc.wait()
        err.seek(0)
        error = first_exception(err.read())
    if code != 0:
        raise SystemExit(f"the app exited with code {code}: {error}")
    return Run(elapsed, genai == "1", int(modules), error)


def first_exception(stderr: str) -> str:
    """The "SomeError: message" line of the first traceback in `stderr`, or ""."""
    lines = stderr.splitlines()
    for start, line in enumerate(lines):
        if line.startswith("Traceback"):
            return next((ln for ln in lines[start + 1 :] if ln and not ln[0].isspace()), "")
    return ""


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if runs < 5:
        raise SystemExit("use at least 5 runs")
    with tempfile.TemporaryDirectory() as home:
        env = child_env(home)
        stderr_file = Path(home) / "stderr.txt"
        time_floor(env)
        time_first_paint(env, stderr_file)  # warm-up, discarded
        floors: list[float] = []
        paints: list[Run] = []
        for _ in range(runs):  # interleaved, so a busy moment on the machine hits both alike
            floors.append(time_floor(env))
            paints.append(time_first_paint(env, stderr_file))
    floor = statistics.median(floors)
    seconds = [r.seconds for r in paints]
    paint = statistics.median(seconds)
    genai = any(r.genai_imported for r in paints)
    print(f"runs: {runs} of each, after one warm-up; Qt platform offscreen; {sys.executable}")
    print(f'floor, bare `python -c "import PySide6.QtWidgets"`: median {floor:.3f} s')
    print(
        f"start to first painted main window: median {paint:.3f} s "
        f"(min {min(seconds):.3f}, max {max(seconds):.3f}; {paints[-1].modules} modules loaded)"
    )
    print(f"difference (Cutie's own start-up cost): {paint - floor:.3f} s")
    print(f"target: first paint <= {TARGET_S} s: {'met' if paint <= TARGET_S else 'MISSED'}")
    print(f"google.genai imported before the first paint: {'YES (must not be)' if genai else 'no'}")
    errors = sorted({r.error for r in paints if r.error})
    for error in errors:
        print(f"note: the app printed a traceback while closing: {error}")
    return 1 if genai else 0


if __name__ == "__main__":
    sys.exit(main())
