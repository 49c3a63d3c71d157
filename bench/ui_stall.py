"""The longest UI-thread stall while a 16-variant batch of 4K images arrives and is shown.

A QTimer heartbeat ticks every 5 ms on the UI thread of a real main window (offscreen) with a
real project open; the gap between ticks, minus the interval, is how long the UI could not
respond. The batch is the one `batch_overhead.py` times: the demo server in its own process
(2 s latency, a 4096×4096 image per variant, 8 at a time), so every variant goes through the
whole path: network thread, thumbnail decode, the project store (files, recipe, database),
tiles, and the consistency scores that follow the batch. As there, the JPEG that
gemini-3-pro-image answers in is judged and the larger PNG worst case is reported beside it.
Prints the idle baseline, then per run the longest stall, the 99th percentile and the number
of ticks over 50 ms; the target is a median longest stall ≤ 50 ms.

    python bench/ui_stall.py [RUNS] [JPEG|PNG]
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch_overhead import LATENCY_S, payloads, start_server
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 5
TARGET_MS = 50.0
VARIANTS, CONCURRENCY = 16, 8


class Heartbeat:
    """Records the gaps between ticks of a 5 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append(max(0.0, (now - self._last) / 1e6 - TICK_MS))
        self._last = now

    def summary(self) -> tuple[float, float, int]:
        gaps = sorted(self.gaps) or [0.0]
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
        return gaps[-1], p99, sum(g > TARGET_MS for g in gaps)


def wait(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run the Qt event loop until `condition` holds (checked every 50 ms) or time runs out.

    The UI thread idles in Qt's own loop, as in the app; polling in a Python loop would keep it
    busy and fight the other threads for the interpreter lock, inflating the stalls it measures.
    """
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(50)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    check.start()
    if not condition():
        loop.exec()
    check.stop()
    return condition()


def measure(app: QApplication, home: Path, kind: str, payload: bytes, runs: int) -> tuple[list[float], int]:
    """`runs` batches into a fresh window and project; the longest stall of each, and failures."""
    from cutie_app.core.genai.engine import ImageEngine
    from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
    from cutie_app.core.model.catalog import ModelCatalog
    from cutie_app.core.model.spec import CharacterSpec, PaletteColor
    from cutie_app.ui.mainwindow import MainWindow

    image_file = home / f"payload.{kind.lower()}"
    image_file.write_bytes(payload)
    server, base_url = start_server(image_file)
    catalog = ModelCatalog.load(home / "learned.json")
    client = ClientSettings(api_key="bench", base_url=base_url)
    window = MainWindow(
        catalog,
        lambda: ImageEngine(lambda: GeminiBackend(client), catalog, concurrency=CONCURRENCY),
        demo=True,
        state_file=str(home / "window.ini"),
    )
    window.resize(1280, 800)
    window.show()
    failures = 0
    longest: list[float] = []
    try:
        window.open_project(home / f"project-{kind.lower()}", create=True, name="Stall bench")
        if not wait(lambda: window.session.is_open, 30):
            print("the project did not open")
            return longest, 1
        spec = CharacterSpec(name="Little Orange", palette=(PaletteColor(name="orange", hex="#FF8C00"),))
        window._apply_spec(spec)
        panel = window.generate_panel
        panel.size.setCurrentIndex(max(panel.size.findData("4K"), 0))
        panel.variants.setValue(VARIANTS)
        panel.scene.setPlainText("waving hello")

        beat = Heartbeat()
        beat.start()
        wait(lambda: False, 2.0)
        idle = beat.summary()
        print(f"{kind}: {VARIANTS} variants of a {len(payload) / 1e6:.1f} MB 4096x4096 image, "
              f"{CONCURRENCY} at a time, {LATENCY_S:.0f} s latency; window with a project open; "
              f"heartbeat every {TICK_MS} ms, idle for 2 s: longest stall {idle[0]:.1f} ms", flush=True)  # fmt: skip

        for run in range(1, runs + 1):
            before = len(window.gallery.records())
            beat.start()
            started = time.perf_counter()
            window.generate()
            done = wait(
                lambda b=before: (
                    len(window.gallery.records()) >= b + VARIANTS
                    and not window.bridge.running
                    and not window.gallery.missing_thumbs()
                ),
                180,
            )
            wait(lambda: False, 1.5)  # the consistency scores that follow the batch
            beat.stop()
            worst, p99, over = beat.summary()
            longest.append(worst)
            status = "" if done else "  (did not finish!)"
            failures += not done
            print(
                f"{kind:4s} run {run}: {time.perf_counter() - started:5.1f} s, {len(beat.gaps)} ticks; "
                f"longest stall {worst:6.1f} ms, p99 {p99:5.1f} ms, ticks over {TARGET_MS:.0f} ms: {over}{status}",
                flush=True,
            )
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        server.terminate()
        server.wait(10)
    return longest, failures


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    only = sys.argv[2].upper() if len(sys.argv) > 2 else ""
    home = Path(tempfile.mkdtemp(prefix="cutie-ui-stall-"))
    os.environ["CUTIE_DATA_DIR"] = str(home / "data")
    os.environ["CUTIE_CONFIG_DIR"] = str(home / "config")
    app = QApplication([sys.argv[0]])
    failures = 0
    medians: dict[str, float] = {}
    for kind, payload in payloads().items():
        if only and kind != only:
            continue
        longest, failed = measure(app, home, kind, payload, runs)
        failures += failed
        if longest:
            medians[kind] = statistics.median(longest)
    for kind, median in medians.items():
        verdict = f" (target <= {TARGET_MS:.0f} ms: {'met' if median <= TARGET_MS else 'MISSED'})"
        print(f"{kind:4s} longest UI stall while a batch arrives: median {median:.1f} ms over {runs} runs"
              f"{verdict if kind == 'JPEG' else ''}")  # fmt: skip
    gc.collect()  # free Qt wrappers now, on this thread, not during interpreter shutdown
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
